# `make run`: set up, build the sample index if missing, open the chat.
# `make test`: set up and run lint + the whole test suite.
PYTHON ?= python3
VENV ?= .venv
# torch first: the pinned version is a local CPU build; unpinned pip pulls a multi-GB CUDA build.
TORCH ?= torch==2.13.0
INDEX ?= embeddings/default
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: setup run index test lint browser clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[test,milvus]"
	touch $(STAMP)

run: setup
	QA_BOT_INDEX=$(INDEX) $(BIN)/python app.py

index: setup
	$(BIN)/python scripts/rebuild_index.py data/sample --index $(INDEX)

# Browser tests drive Debian's chromium (never `playwright install`).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else echo "browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

lint: setup
	$(BIN)/ruff check .

test: setup browser lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
