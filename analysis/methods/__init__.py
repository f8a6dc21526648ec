"""One module per method of the book; each reads as its method."""
