# yearbook — make site builds the report; make test runs every test.
SWIFT ?= swift
RELEASE_BIN = .build/release/yearbook
# Release builds link the Swift runtime and Foundation into the binaries, as plain (not
# position-independent) executables, and `yearbook` itself fully static (Package.swift): no
# dynamic loader, no shared library to find, map and relocate. Its `main` starts ~1.6 ms after
# exec, against ~20 ms with the shared Swift libraries and ~4.4 ms with only libc, libstdc++ and
# libcmark shared (see BENCHMARKS.md), a large part of a whole build of the report.
RELEASE = -c release --static-swift-stdlib -Xlinker -no-pie
DEBUG_BIN = .build/debug/yearbook
# The static link prints glibc's notice, for each of getaddrinfo, getpwuid, dlopen…, that a
# static program calling it needs the same glibc's shared libraries at run time: true of any
# static glibc program, and so for a binary built and run on the same machine (serve resolves
# --host with getaddrinfo; `--host localhost` works). Those lines are left out of the output;
# every other line, and the build's exit status, come through.
SHELL := /bin/bash
RELEASE_YEARBOOK = set -o pipefail; $(SWIFT) build $(RELEASE) --product yearbook 2>&1 | \
  { grep -v 'in statically linked applications requires at runtime the shared libraries' || true; }

.PHONY: deps site check preview test bench clean

deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; fi; }

$(RELEASE_BIN): deps
	@$(RELEASE_YEARBOOK)

site: $(RELEASE_BIN)
	$(RELEASE_BIN) build

check: deps
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) check

# Serves the report at http://127.0.0.1:8000/ with drafts, rebuilding what a save touches and
# reloading the open pages; a release build keeps rebuilds short. SERVE_FLAGS passes options
# (SERVE_FLAGS="--port 0 --open", --no-drafts to see exactly what build publishes).
preview: $(RELEASE_BIN)
	$(RELEASE_BIN) serve $(SERVE_FLAGS)

# After the unit tests: builds killed at random moments and raced while a reader polls the
# output (never missing, never mixed). The last step runs `serve` in a real browser: live reload after a chapter and a CSV edit, the
# error overlay on a broken CSV and its clearing, exit 0 on Ctrl-C.
test: deps
	$(SWIFT) test
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) check
	$(DEBUG_BIN) build --output .build-site/Output
	python3 scripts/publish-faults.py --binary $(DEBUG_BIN) --work .build-site/faults
	@if command -v chromium >/dev/null && /usr/bin/python3 -c 'import selenium' 2>/dev/null; then \
	  /usr/bin/python3 Tests/browser/run.py .build-site/Output && \
	  /usr/bin/python3 Tests/browser/run.py --self-test .build-site/Output && \
	  /usr/bin/python3 scripts/measure-serve-reload.py --binary $(DEBUG_BIN) --runs 1 --work .build-site/serve; \
	else echo "browser suite skipped: chromium or python3-selenium missing (.ci/run installs them)"; fi

# Not part of `make test`: builds in release, runs our harness (real report, synthetic 10/100/1000
# chapters, stages, incremental rebuilds, peak memory), then the side by side with Hugo.
# Results in .build/bench/results.md and .build/bench/hugo.md; see BENCHMARKS.md.
BENCH_SIZES ?= 10,100,1000
bench: deps
	@$(RELEASE_YEARBOOK)
	$(SWIFT) build $(RELEASE) --product yearbook-bench
	.build/release/yearbook-bench --work .build/bench --sizes $(BENCH_SIZES)
	/usr/bin/python3 scripts/bench-hugo.py --work .build/bench --yearbook $(RELEASE_BIN) --sizes $(BENCH_SIZES)

clean:
	rm -rf .build .build-* Output/*
