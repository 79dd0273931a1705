# yearbook — make site builds the report; make test runs every test.
SWIFT ?= swift
RELEASE_BIN = .build/release/yearbook
DEBUG_BIN = .build/debug/yearbook

.PHONY: deps site check preview test test-unit test-browser bench clean

deps:
	@pkg-config --exists libcmark || { \
	  echo "installing libcmark-dev"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; fi; }

$(RELEASE_BIN): deps
	$(SWIFT) build -c release --product yearbook

site: $(RELEASE_BIN)
	$(RELEASE_BIN) build

check: deps
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) check

preview: deps
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) serve

test: deps
	$(SWIFT) test
	$(SWIFT) build --product yearbook
	$(DEBUG_BIN) check
	$(DEBUG_BIN) build --output .build-site/Output
	@if command -v chromium >/dev/null && python3 -c 'import selenium' 2>/dev/null; then \
	  python3 Tests/browser/run.py .build-site/Output; \
	else echo "browser suite skipped: chromium or python3-selenium missing (make test-browser installs them via .ci/run)"; fi

clean:
	rm -rf .build .build-* Output/*
