# The two commands a fresh machine needs: `make book` and `make test`.
# Both create .venv from requirements.txt (exact pins) the first time, then reuse it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BOOK_FLAGS := -W -n --keep-going

CHROMIUM := /usr/bin/chromium

.PHONY: book report test bench install browser clean clean-book help stance-cv

help:
	@echo "make book   create .venv, install, execute every notebook and build _build/html"
	@echo "make report CORPUS=DIR   a report on any corpus (folder, CSV or JSONL) in _build/report/html"
	@echo "make test   run the whole test suite (unit tests, notebook checks, the book build)"
	@echo "make stance-cv  record the stance methods' cross-validation and the matrix model's regularisation for a release (about 15 minutes)"
	@echo "make bench  benchmark the run at 10 to 10,000 documents (benchmarks/results/; not part of make test)"
	@echo "make lab    open the chapters in JupyterLab (127.0.0.1, the project's .venv as kernel) to rerun them"
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

# A report on any corpus, with prose written from its data; rebuilt whole when the corpus changes.
CORPUS ?=
REPORT_BUILD := _build/report
report: $(STAMP)
	@test -n "$(CORPUS)" || { echo "make report: say which corpus, e.g. make report CORPUS=path/to/statements"; exit 2; }
	@test -e "$(CORPUS)" || { echo "make report: $(CORPUS): no such folder or file"; exit 2; }
	ANALYSIS_CORPUS="$(abspath $(CORPUS))" $(BIN)/python -m analysis.runtime.build_state $(REPORT_BUILD)/_build
	ANALYSIS_CORPUS="$(abspath $(CORPUS))" $(BIN)/jupyter-book build report --path-output $(REPORT_BUILD) $(BOOK_FLAGS)
	rm -rf $(REPORT_BUILD)/html && cp -r $(REPORT_BUILD)/_build/html $(REPORT_BUILD)/html
	@echo "The report is in $(REPORT_BUILD)/html/index.html"

test: $(STAMP) browser
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# A stance release records its learned methods' cross-validated predictions on the development labels,
# with the key of the data, code and libraries they came from; builds read them while the key matches.
stance-cv: $(STAMP)
	$(BIN)/python -c "from analysis.methods.stance import record; record.record_cross_validation(); record.record_matrix_regularisation()"

# JupyterLab on this machine only (127.0.0.1), in book/, with .venv's Python as the kernel.
# LAB_PORT picks another port; the token in the printed URL is new at every start.
LAB_PORT ?= 8888
ifndef LAB_TOKEN
LAB_TOKEN := $(shell python3 -c "import secrets; print(secrets.token_hex(16))")
endif
# Offline: no extension manager, update check or news feed reaching the internet; root only in containers.
LAB_FLAGS := --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port_retries=0 --ServerApp.root_dir=book \
  --LabApp.extension_manager=readonly --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
  --LabApp.news_url=None $(if $(filter 0,$(shell id -u)),--allow-root)
.PHONY: lab
lab: $(STAMP)
	@echo "JupyterLab: open http://127.0.0.1:$(LAB_PORT)/lab/tree/01_corpus.ipynb?token=$(LAB_TOKEN)"
	@echo "Open a chapter, then Run > Run All Cells. Stop with Ctrl-C."
	$(BIN)/jupyter lab $(LAB_FLAGS) --ServerApp.port=$(LAB_PORT) --IdentityProvider.token=$(LAB_TOKEN)

# Synthetic corpora of 10 to 10,000 documents (about 50 MB); writes benchmarks/results/benchmark.csv and .png.
# BENCH_SIZES="10 100" for a quick run.
BENCH_SIZES ?= 10 100 1000 2000 10000
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_benchmark --sizes $(BENCH_SIZES)

clean-book:
	rm -rf _build

clean: clean-book
	rm -rf $(VENV)

# ruff (configured in pyproject.toml): the linter and the formatter's check; make test runs both.
lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
