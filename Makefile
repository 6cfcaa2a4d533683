# mtlint: the set-up is `make run` (lint the sample corpus) and `make test` (the test suite).
# Both install ICU's development files first when pkg-config cannot find them.

SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN := .build/debug/mtlint

.PHONY: all deps test-deps build release run test update-golden docs install clean

all: build

# ICU (libicu-dev) is the one system library mtlint needs.
deps:
	@if ! pkg-config --exists icu-i18n 2>/dev/null; then \
		echo "ICU development files not found: installing libicu-dev and pkg-config"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libicu-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# A demonstration: lint the project's own corpus and show the report, whatever it finds.
# A CI gate calls mtlint itself and uses its exit code.
run: build
	$(DEBUG_BIN) check --fail-on never corpora/

# python3's jsonschema validates the SARIF report against the official schema in a test.
test-deps:
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

test: deps test-deps
	$(SWIFT) test

# Re-record the golden reports from the current rules, deliberately, and review the diff:
# corpora/**/NAME.expected.json, Tests/MTLintCLITests/Golden/corpora.* (every format) and
# Tests/MTLintTests/Fixtures/reporter.sarif.
update-golden: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter 'GoldenCorpusTests|GoldenFormatTests|FormatReporterTests'

# Regenerate docs/rules.md from the rules' metadata.
docs: build
	$(DEBUG_BIN) rules --format markdown > docs/rules.md

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/mtlint $(PREFIX)/bin/mtlint

clean:
	rm -rf .build
