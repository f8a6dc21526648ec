"""The analysis behind the book, in five layers (see CONTRIBUTING.md, "Architecture").

- :mod:`analysis.io`: reading a corpus (folder, CSV, JSONL) and writing tables;
- :mod:`analysis.text`: cleaning, sentences, tokens and the document-term matrix;
- :mod:`analysis.methods`: one module per method of the book (frequency, keyness, TF-IDF, stance, ...);
- :mod:`analysis.runtime`: the command line, the pipeline, and the only home of parallel and cache code;
- :mod:`analysis.book`: what the chapters need to show results (glue, plots, tables).
"""
