# The README's commands. Each target creates .venv and installs into it when needed;
# a second run reuses it (the stamp file is rebuilt only when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export LANG := C.UTF-8

.PHONY: run test test-build lint format bench fuzz build dist snapshot clean

$(STAMP): pyproject.toml
	@$(PYTHON) tools/check_system.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: rendering the sample case to out/ instead (open out/*.png to see it)."; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/scers-desktop --snapshot out/; \
	else \
	  $(PYTHON) tools/check_system.py --display && $(BIN)/scers-desktop; \
	fi

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not build"

build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build_spec/scers_desktop.spec
	$(BIN)/python tools/strip_bundle.py dist/scers-desktop

dist: build
	$(BIN)/python tools/make_dist.py

test-build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[build]"
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m build

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# At least 20,000 generated scenario files through the real scers-estimate --json, checked line by line.
fuzz: $(STAMP)
	$(BIN)/python tools/fuzz_cli.py --files 20000 --batch 500

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

snapshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/scers-desktop --snapshot out/

clean:
	rm -rf $(VENV) build dist out .mypy_cache .ruff_cache
