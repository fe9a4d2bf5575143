# The README's commands. Each target creates .venv and installs into it when needed;
# a second run reuses it (the stamp file is rebuilt only when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The engine, scers-estimate and the PDF install and run without Qt: make test runs their tests once in
# a second environment that has only the base dependencies and the test tools (no gui extra).
HEADLESS := .venv-headless
HEADLESS_STAMP := $(HEADLESS)/.installed
HEADLESS_TESTS := tests/engine tests/present tests/i18n tests/session tests/report tests/test_cli.py tests/test_cli_hostile.py tests/test_cli_timing.py tests/test_cli_option_factors.py tests/test_cli_jobs.py \
  tests/test_characterisation.py tests/test_fixed_english_dates.py tests/test_no_hidden_inputs.py tests/test_bundle_locales.py
export LANG := C.UTF-8

.PHONY: run test test-build lint format bench fuzz build dist snapshot clean catalogs

# The compiled translation catalogs (scers_desktop/locale/<code>/LC_MESSAGES/messages.mo, not in git),
# rebuilt from the .po source files whenever one changes (Babel's compiler, keeping X-Reviewed).
PO_FILES := $(wildcard scers_desktop/locale/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
catalogs: $(MO_FILES)
$(MO_FILES) &: $(PO_FILES) tools/compile_catalogs.py tools/catalog_io.py | $(STAMP)
	$(BIN)/python tools/compile_catalogs.py

$(STAMP): pyproject.toml
	@$(PYTHON) tools/check_system.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[gui,dev]"
	@touch $(STAMP)

$(HEADLESS_STAMP): pyproject.toml
	@test -x $(HEADLESS)/bin/python || $(PYTHON) -m venv $(HEADLESS)
	$(HEADLESS)/bin/python -m pip install --quiet --upgrade pip
	$(HEADLESS)/bin/python -m pip install --quiet -e ".[dev-core]"
	@touch $(HEADLESS_STAMP)

run: $(STAMP) catalogs
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: rendering the sample case to out/ instead (open out/*.png to see it)."; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/scers-desktop --snapshot out/; \
	else \
	  $(PYTHON) tools/check_system.py --display && $(BIN)/scers-desktop; \
	fi

test: $(STAMP) catalogs $(HEADLESS_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not build" $(addprefix --ignore=,$(HEADLESS_TESTS))
	@if $(HEADLESS)/bin/python -c "import PySide6" 2>/dev/null; then \
	  echo "$(HEADLESS) must not have Qt: the engine and CLI tests run there without it"; exit 1; fi
	$(HEADLESS)/bin/pytest -m "not build" $(HEADLESS_TESTS)

build: $(STAMP) catalogs
	$(BIN)/python -m pip install --quiet -e ".[gui,build]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build build_spec/scers_desktop.spec
	$(BIN)/python tools/strip_bundle.py dist/scers-desktop

dist: build
	$(BIN)/python tools/make_dist.py

test-build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[gui,build]"
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m build

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python tools/check_catalogs.py

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# At least 20,000 generated scenario files through the real scers-estimate --json, checked line by line.
fuzz: $(STAMP) catalogs
	$(BIN)/python tools/fuzz_cli.py --files 20000 --batch 500

bench: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

snapshot: $(STAMP) catalogs
	QT_QPA_PLATFORM=offscreen $(BIN)/scers-desktop --snapshot out/

clean:
	rm -rf $(VENV) $(HEADLESS) build dist out .mypy_cache .ruff_cache
