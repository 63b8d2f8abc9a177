# The two commands of the README: `make site` builds the website, `make test` runs every test.
SWIFT ?= swift
BIN := .build/release/reglessons

.PHONY: site test deps binary

## Installs missing system packages, compiles the release binary, and writes output/.
site: deps binary
	$(BIN) build

## Runs every test: registry check, lint, unit and end-to-end tests, a real `new` lesson
## compiled in, and browser tests.
test: deps binary
	scripts/install-deps.sh --browser
	$(BIN) sync --check
	$(SWIFT) format lint --strict -r Sources Tests lessons
	$(SWIFT) test -c release
	scripts/new-lesson-e2e.sh
	scripts/browser-tests.sh

deps:
	scripts/install-deps.sh

binary:
	SWIFT=$(SWIFT) scripts/build-binary.sh
