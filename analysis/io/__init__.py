"""Reading a corpus and writing its tables."""
