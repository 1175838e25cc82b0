# unsit: two commands. `make run` builds and starts unsit; `make test` runs the whole suite.
# Both install the Debian packages they need first (scripts/install-deps.sh, idempotent).

SHELL := bash
CARGO ?= cargo
# Set CARGO_TARGET_DIR to keep builds outside the tree (.ci/run does).
CARGO_TARGET_DIR ?= $(CURDIR)/target
export CARGO_TARGET_DIR
VERSION := $(shell sed -n 's/^version = "\(.*\)"$$/\1/p' Cargo.toml | head -1)

.PHONY: run test install deb deps-build deps-package deps-test build-release lint unit ui-test package-test a11y-deps

run: deps-build build-release
	$(CARGO_TARGET_DIR)/release/unsit run

test: deps-test lint unit ui-test package-test

# Not needed to run or test unsit: puts it in the applications menu (PREFIX defaults to ~/.local).
install: deps-build build-release
	scripts/install --bin $(CARGO_TARGET_DIR)/release $(if $(PREFIX),--prefix $(PREFIX))

# The Debian package, unsit_VERSION_ARCH.deb in this directory (`sudo apt install ./unsit_*.deb`),
# from the release build `make run` uses; man pages and completions come from the command lines'
# definitions (src-tauri/examples/docs.rs). packaging/deb/build says what goes where.
deb: deps-package build-release
	rm -rf $(CARGO_TARGET_DIR)/docs
	$(CARGO) run -q --release --features unsit-ui/custom-protocol -p unsit-ui --example docs -- $(CARGO_TARGET_DIR)/docs
	packaging/deb/build --bin $(CARGO_TARGET_DIR)/release --docs $(CARGO_TARGET_DIR)/docs --out $(CURDIR)

# Checks the package (lintian, AppStream, contents) and, as root, installs it with apt, runs it in
# the headless desktop and purges it (tests/package.rs). It reads the screenshots the UI tests take.
package-test: deb
	UNSIT_DEB=$(CURDIR)/unsit_$(VERSION)_$$(dpkg --print-architecture).deb $(CARGO) test --workspace --test package -- --nocapture

deps-build:
	@scripts/install-deps.sh build

deps-package:
	@scripts/install-deps.sh package

deps-test:
	@scripts/install-deps.sh test

# unsit-ui embeds ui/ in release builds (custom-protocol); the resident is built in the same run.
build-release:
	$(CARGO) build --release --workspace --features unsit-ui/custom-protocol

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy --workspace --test package -- -D warnings
	desktop-file-validate assets/io.github.unsit.Unsit.desktop
	appstreamcli validate --no-net --no-color packaging/io.github.unsit.Unsit.metainfo.xml

# The end-to-end tests run both binaries, so the whole workspace is built before any test runs.
# Every test that needs a desktop starts its own private one through scripts/headless.
unit: a11y-deps
	$(CARGO) build --workspace
	$(CARGO) test --workspace

ui-test:
	node --test tests/ui/

# axe-core, for the accessibility tests (src-tauri/tests/accessibility.rs): a test dependency
# from npm, pinned by tests/a11y/package-lock.json and never shipped in ui/.
a11y-deps:
	@[ tests/a11y/node_modules/.package-lock.json -nt tests/a11y/package-lock.json ] || \
		npm ci --prefix tests/a11y --no-audit --no-fund --silent
