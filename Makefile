# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STORE  := out/store

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install browser bench bench-store eval calibrate clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# The HTML view is tested in Debian's chromium; installed once when missing.
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get install -y --no-install-recommends chromium \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium; }; }

demo: install
	rm -rf $(STORE)
	$(KG) build data/corpus --store $(STORE)
	$(KG) export --store $(STORE) --format ttl -o out/graph.ttl
	$(KG) render --store $(STORE) -o out/graph.png --title "Sample corpus"
	$(KG) export --store $(STORE) --format html -o out/graph.html
	$(KG) query --store $(STORE) summary
	$(KG) query --store $(STORE) leaders

test: install browser
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/throughput.py

bench-store: install
	$(PY) benchmarks/store.py

eval: install
	bash benchmarks/referee.sh

calibrate: install
	$(PY) benchmarks/calibrate.py

clean:
	rm -rf out $(VENV)
