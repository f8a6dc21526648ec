# The two commands a fresh machine needs: `make book` and `make test`.
# Both create .venv from requirements.txt (exact pins) the first time, then reuse it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BOOK_FLAGS := -W -n --keep-going

CHROMIUM := /usr/bin/chromium

.PHONY: book test bench install browser clean clean-book help

help:
	@echo "make book   create .venv, install, execute every notebook and build _build/html"
	@echo "make test   run the whole test suite (unit tests, notebook checks, the book build)"
	@echo "make bench  benchmark the run at 10 to 10,000 documents (benchmarks/results/; not part of make test)"
	@echo "make clean  remove .venv and _build"

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# The browser test drives Debian's Chromium with Playwright; install it when we can (root, apt).
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium is missing (sudo apt-get install chromium): the browser test will be skipped"; \
	  fi; \
	fi

# The build is cleared first when the corpus ($$ANALYSIS_CORPUS or seeds/), the package or the pins
# changed since the last one, so no page is served from a stale execution cache.
book: $(STAMP)
	$(BIN)/python -m analysis.runtime.build_state _build
	$(BIN)/jupyter-book build . $(BOOK_FLAGS)

test: $(STAMP) browser
	$(BIN)/python -m pytest

# Synthetic corpora of 10 to 10,000 documents (about 50 MB); writes benchmarks/results/benchmark.csv and .png.
# BENCH_SIZES="10 100" for a quick run.
BENCH_SIZES ?= 10 100 1000 10000
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_benchmark --sizes $(BENCH_SIZES)

clean-book:
	rm -rf _build

clean: clean-book
	rm -rf $(VENV)
