# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STORE  := out/store

.PHONY: demo test install bench bench-store eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -rf $(STORE)
	$(KG) build data/corpus --store $(STORE)
	$(KG) export --store $(STORE) --format ttl -o out/graph.ttl
	$(KG) render --store $(STORE) -o out/graph.png --title "Sample corpus"
	$(KG) query --store $(STORE) summary
	$(KG) query --store $(STORE) leaders

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/throughput.py

bench-store: install
	$(PY) benchmarks/store.py

eval: install
	bash benchmarks/referee.sh

clean:
	rm -rf out $(VENV)
