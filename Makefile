# The two commands a fresh machine needs: `make book` and `make test`.
# Both create .venv from requirements.txt (exact pins) the first time, then reuse it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BOOK_FLAGS := -W -n --keep-going

.PHONY: book test install clean clean-book help

help:
	@echo "make book   create .venv, install, execute every notebook and build _build/html"
	@echo "make test   run the whole test suite (unit tests, notebook checks, the book build)"
	@echo "make clean  remove .venv and _build"

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build . $(BOOK_FLAGS)

test: $(STAMP)
	$(BIN)/python -m pytest

clean-book:
	rm -rf _build

clean: clean-book
	rm -rf $(VENV)
