# The two commands of the README: `make site` builds the website, `make test` runs every test.
SWIFT ?= swift
BIN := .build/release/reglessons

.PHONY: site test deps binary unit-tests lint browser-tests

## Installs missing system packages, compiles the release binary, and writes output/.
site: deps binary
	$(BIN) build

## Runs every test: registry check, unit and end-to-end tests, lint, and browser tests.
test: deps binary
	scripts/install-deps.sh --browser
	$(BIN) sync --check
	$(SWIFT) test -c release
	$(SWIFT) format lint --strict -r Sources Tests lessons
	scripts/browser-tests.sh

deps:
	scripts/install-deps.sh

binary:
	SWIFT=$(SWIFT) scripts/build-binary.sh
