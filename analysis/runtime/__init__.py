"""The command line, the pipeline, and the only home of parallel, cache and speed code."""
