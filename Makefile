# unsit: two commands. `make run` builds and starts unsit; `make test` runs the whole suite.
# Both install the Debian packages they need first (scripts/install-deps.sh, idempotent).

SHELL := bash
CARGO ?= cargo
# Set CARGO_TARGET_DIR to keep builds outside the tree (.ci/run does).
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR

.PHONY: run test deps-build deps-test build-release lint unit ui-test

run: deps-build build-release
	$(CARGO_TARGET_DIR)/release/unsit run

test: deps-test lint unit ui-test

deps-build:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

# unsit-ui embeds ui/ in release builds (custom-protocol); the resident is built in the same run.
build-release:
	$(CARGO) build --release --workspace --features unsit-ui/custom-protocol

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# The end-to-end tests run both binaries, so the whole workspace is built before any test runs.
# Every test that needs a desktop starts its own private one through scripts/headless.
unit:
	$(CARGO) build --workspace
	$(CARGO) test --workspace

ui-test:
	node --test tests/ui/
