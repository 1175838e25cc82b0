# unsit: two commands. `make run` builds and starts unsit; `make test` runs the whole suite.
# Both install the Debian packages they need first (scripts/install-deps.sh, idempotent).

SHELL := bash
CARGO ?= cargo
# Set CARGO_TARGET_DIR to keep builds outside the tree (.ci/run does).
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR

.PHONY: run test install deps-build deps-test build-release lint unit ui-test

run: deps-build build-release
	$(CARGO_TARGET_DIR)/release/unsit run

test: deps-test lint unit ui-test

# Not needed to run or test unsit: puts it in the applications menu (PREFIX defaults to ~/.local).
install: deps-build build-release
	scripts/install --bin $(CARGO_TARGET_DIR)/release $(if $(PREFIX),--prefix $(PREFIX))

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
	desktop-file-validate assets/io.github.unsit.Unsit.desktop

# The end-to-end tests run both binaries, so the whole workspace is built before any test runs.
# Every test that needs a desktop starts its own private one through scripts/headless.
unit:
	$(CARGO) build --workspace
	$(CARGO) test --workspace

ui-test:
	node --test tests/ui/
