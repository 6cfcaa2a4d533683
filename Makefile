# mtlint: the set-up is `make run` (lint the sample corpus) and `make test` (the test suite).
# Both install what a fresh machine lacks (ICU, hunspell and its dictionaries) first.

SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN := .build/debug/mtlint

.PHONY: all deps test-deps build release run test fuzz tsan bench eval update-golden glossary docs install clean

all: build

# System packages: ICU (libicu-dev), hunspell (libhunspell-dev) and libxml2 (libxml2-dev, for
# TBX glossaries) to build; hunspell's
# dictionaries of the languages mtlint knows, read at run time as lexicons of common words.
DICTIONARIES := hunspell-it hunspell-fr hunspell-es hunspell-de-de hunspell-pt-pt hunspell-en-us

deps:
	@missing=""; \
	pkg-config --exists icu-i18n 2>/dev/null || missing="$$missing libicu-dev pkg-config"; \
	pkg-config --exists hunspell 2>/dev/null || missing="$$missing libhunspell-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	for dictionary in it_IT fr_FR es_ES de_DE pt_PT en_US; do \
		[ -e /usr/share/hunspell/$$dictionary.dic ] || missing="$$missing $(DICTIONARIES)"; \
	done; \
	if [ -n "$$missing" ]; then \
		packages=$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' '); \
		echo "installing:$$packages"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$packages; \
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

# In-process fuzzing with libFuzzer and AddressSanitizer: a separate package (Fuzz/) that
# builds the four targets (lint, configuration, glossary, baseline) and runs each for FUZZ_RUNS
# executions (default 100000) or FUZZ_TIME seconds; findings land in Fuzz/.findings/. Never
# part of `make test`. See Fuzz/fuzz.sh and docs/reliability.md.
FUZZ_RUNS ?= 100000
FUZZ_TIME ?= 0
fuzz: deps
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_TIME=$(FUZZ_TIME) SWIFT=$(SWIFT) Fuzz/fuzz.sh

# The test suite under ThreadSanitizer, then `--jobs 2` over the corpora with every report
# format, in a build folder of its own (.build-tsan) so that the normal build is not redone.
# A race fails the run (TSan's exit code 66). Skipped: the test that writes under `ulimit -f 0`,
# where TSan's own runtime dies with SIGBUS before mtlint can report the failed write.
TSAN_BIN := .build-tsan/debug/mtlint
tsan: deps test-deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip failedWrite
	for format in text json jsonl sarif junit github checkstyle; do \
		TSAN_OPTIONS=halt_on_error=1 $(TSAN_BIN) check --no-config --jobs 2 --fail-on never --format $$format corpora/ > /dev/null || exit 1; \
	done

# The benchmark: mtlint against a bare ICU word-break pass (Benchmarks/floor.c) on inputs
# generated from corpora/; writes docs/benchmarks.md. Speed is measured here, never in tests.
# hunspell's command line and Translate Toolkit's pofilter are reference points in the table.
bench: deps
	@command -v hunspell >/dev/null || $(SUDO) apt-get install -y -qq hunspell
	@command -v pofilter >/dev/null || python3 -m pip install -q translate-toolkit
	python3 Benchmarks/bench.py

# The accuracy harness: recall and false alarms on the development set (../shared/eval, when
# present) and false alarms on Debian's man pages and fortunes (downloaded once into
# Eval/.cache/); writes docs/accuracy.md. A measurement, like bench: it gates nothing.
eval: release
	python3 Eval/eval.py

# Re-record the golden reports from the current rules, deliberately, and review the diff:
# corpora/**/NAME.expected.json, Tests/MTLintCLITests/Golden/corpora.* (every format) and
# Tests/MTLintTests/Fixtures/reporter.sarif.
update-golden: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter 'GoldenCorpusTests|GoldenFormatTests|FormatReporterTests'

# Recompile the default glossary (Sources/MTLintCore/Resources/default-glossary.yml, the source)
# to the JSON the binary reads; a test fails while the two differ.
glossary: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter DefaultGlossaryTests

# Regenerate docs/rules.md from the rules' metadata.
docs: build
	$(DEBUG_BIN) rules --format markdown > docs/rules.md

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/mtlint $(PREFIX)/bin/mtlint

clean:
	rm -rf .build
