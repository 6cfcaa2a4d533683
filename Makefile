# mtlint: the set-up is `make run` (lint the sample corpus) and `make test` (the test suite).
# Both install what a fresh machine lacks (ICU, hunspell and its dictionaries) first.

SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBUG_BIN := .build/debug/mtlint

.PHONY: lint format all deps test-deps build release run test spark-deps spark-test bench bench-records oracle-record oracle-check eval update-golden glossary han-readings docs entities install clean browser-deps browser-test bench-html bilingual-eval fuzz tsan

all: build

# System packages: ICU (libicu-dev), hunspell (libhunspell-dev), cmark (libcmark-dev, Markdown),
# gumbo (libgumbo-dev, HTML) and libxml2 (libxml2-dev, TBX glossaries) to build; hunspell's dictionaries of the languages mtlint
# knows, read at run time as lexicons of common words, as NAME:DEBIAN-PACKAGE (NAME is the one
# the language's file gives in `dictionaries`).
DICTIONARIES := it_IT:hunspell-it fr_FR:hunspell-fr es_ES:hunspell-es de_DE:hunspell-de-de \
	pt_PT:hunspell-pt-pt en_US:hunspell-en-us

deps:
	@missing=""; \
	pkg-config --exists icu-i18n 2>/dev/null || missing="$$missing libicu-dev pkg-config"; \
	pkg-config --exists hunspell 2>/dev/null || missing="$$missing libhunspell-dev"; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev"; \
	pkg-config --exists gumbo 2>/dev/null || missing="$$missing libgumbo-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	for dictionary in $(DICTIONARIES); do \
		[ -e /usr/share/hunspell/$${dictionary%%:*}.dic ] || missing="$$missing $${dictionary#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		packages=$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' '); \
		echo "installing:$$packages"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$packages; \
	fi

build: deps
	$(SWIFT) build

# The release binary links Swift's standard library and Foundation statically: loading and
# binding a dozen shared Swift libraries cost a third of a one-sentence check (docs/performance.md),
# and the binary then runs on a machine without a Swift toolchain. Build with the same flags
# (`swift build -c release $(RELEASE_FLAGS)`), or SwiftPM rebuilds everything.
RELEASE_FLAGS := --static-swift-stdlib

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

# A demonstration: lint the project's own corpus and show the report, whatever it finds.
# A CI gate calls mtlint itself and uses its exit code.
run: build
	$(DEBUG_BIN) check --fail-on never corpora/

# python3's jsonschema validates the SARIF report against the official schema in a test;
# html5lib parses the HTML report strictly (Tests/Browser/check_html.py); language_tool_python,
# LanguageTool's Python client, checks text through `mtlint serve`, and pygls's LSP client
# drives `mtlint lsp` (each skipped, with a message, where PyPI cannot be reached).
test-deps:
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
	@python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install -q html5lib
	@python3 -c 'import language_tool_python' 2>/dev/null || python3 -m pip install -q language_tool_python \
		|| echo "note: language_tool_python could not be installed; the LanguageTool client test will be skipped"
	@python3 -c "import pygls.lsp.client, importlib.metadata as m; assert int(m.version('pygls').split('.')[0]) >= 2" 2>/dev/null \
		|| python3 -m pip install -q 'pygls>=2' \
		|| echo "note: pygls could not be installed; the LSP client test will be skipped"

# Debian's chromium, in which a test loads the HTML report (Tests/Browser/browser_test.py,
# driven over the DevTools pipe with Python's standard library: no chromedriver, no Selenium).
# About two minutes on a fresh machine; the test is skipped, with a message, without it.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

test: deps test-deps browser-deps lint
	$(SWIFT) test

# The code's own style, checked in `make test` with swift-format (part of the Swift toolchain)
# and the repository's .swift-format; `make format` rewrites the files to it.
SWIFT_SOURCES := Sources Tests Package.swift Fuzz
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES)

format:
	$(SWIFT) format --in-place --recursive --parallel $(SWIFT_SOURCES)

# Spark (integrations/spark/): lints a corpus made from corpora/ on local[2], JSON Lines and
# Parquet, and checks that the results and the summary are byte for byte one machine's
# (docs/scale.md). Not part of `make test`: it needs Java (Debian's default-jre-headless) and
# PySpark (PyPI), installed here when missing.
spark-deps:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	@python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install -q -r integrations/spark/requirements.txt

spark-test: build spark-deps
	python3 integrations/spark/spark_test.py

# The HTML report's checks alone: strict parsing, and the page in headless Chromium.
browser-test: deps test-deps browser-deps
	$(SWIFT) test --filter 'HTMLValidityTests|HTMLBrowserTests'

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
	# One file on two cores: its rules share the threads; with its source, the source is
	# analyzed and aligned beside the target's rules.
	TSAN_OPTIONS=halt_on_error=1 $(TSAN_BIN) check --no-config --jobs 2 --fail-on never corpora/it/chip-ai-mt.txt > /dev/null
	cd Tests/MTLintCLITests/Bilingual/Pairs && TSAN_OPTIONS=halt_on_error=1 ../../../../$(TSAN_BIN) check --no-config \
		--jobs 2 --fail-on never --source modello-ia.zh.txt modello-ia.it.txt > /dev/null
	# A file of over 512 findings: the JSON and SARIF reports encode its findings in batches on
	# both threads.
	for i in $$(seq 1 60); do cat corpora/it/chip-ai-mt.txt; done > .build-tsan/many-findings.txt
	for format in json sarif; do \
		TSAN_OPTIONS=halt_on_error=1 $(TSAN_BIN) check --no-config --jobs 2 --fail-on never --lang it --format $$format \
			.build-tsan/many-findings.txt > /dev/null || exit 1; \
	done

# The benchmark: mtlint against a bare ICU word-break pass (Benchmarks/floor.c) on inputs
# generated from corpora/; writes docs/benchmarks.md. Speed is measured here, never in tests.
# Then load on `mtlint serve` (Benchmarks/serve_load.py): /v2/check requests for 20 s on
# loopback, printing requests/s, latency percentiles, errors and the server's memory.
# hunspell's command line and Translate Toolkit's pofilter are reference points in the table.
# Then Spark's job on local[1] and local[2] over 100 MB of records (docs/scale.md).
bench: deps
	@command -v hunspell >/dev/null || $(SUDO) apt-get install -y -qq hunspell
	@command -v pofilter >/dev/null || python3 -m pip install -q translate-toolkit
	python3 Benchmarks/bench.py
	python3 Benchmarks/serve_load.py
	python3 Benchmarks/spark_bench.py

# The output oracle of issue 21 (Benchmarks/oracle.py): the big file's and the folder's reports
# in the formats a windowed run could stream, recorded at a commit and compared byte for byte
# after a change meant to keep every finding. Record at the commit a performance change starts from.
oracle-record: release
	python3 Benchmarks/oracle.py record

oracle-check: release
	python3 Benchmarks/oracle.py check

# Records mode measured: records per second with --jobs 1 and 2 and peak memory over 10,000
# and 100,000 records made from corpora/ (RECORDS_MILLION=1 adds 1,000,000), and the same
# texts as files; prints the table of docs/scale.md.
bench-records: release
	python3 Benchmarks/records_bench.py

# The HTML report of the benchmark's 2,000 articles: its size, and how long Chromium takes to
# open it and to filter it (Benchmarks/html_page.py); docs/html-report.md quotes the figures.
bench-html: release browser-deps
	python3 Benchmarks/html_page.py

# The accuracy harness: recall and false alarms on the development set (../shared/eval, when
# present) and false alarms on Debian's man pages and fortunes (downloaded once into
# Eval/.cache/); writes docs/accuracy.md. A measurement, like bench: it gates nothing.
eval: release
	python3 Eval/eval.py

# False alarms of the source/* checks on Debian's human translations (the .mo files under
# /usr/share/locale, turned back into PO with msgunfmt from gettext into Eval/.cache/); writes
# the figures into docs/bilingual.md. A measurement: it gates nothing.
bilingual-eval: release
	@command -v msgunfmt >/dev/null || $(SUDO) apt-get install -y -qq gettext
	python3 Eval/bilingual_eval.py

# Re-record the golden reports from the current rules, deliberately, and review the diff:
# corpora/**/NAME.expected.json, Tests/MTLintCLITests/Golden/corpora.* (every format) and
# Tests/MTLintTests/Fixtures/reporter.sarif.
update-golden: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter 'GoldenCorpusTests|GoldenFormatTests|FormatReporterTests'

# Recompile the default glossary (Sources/MTLintCore/Resources/default-glossary.yml, the source)
# to the JSON the binary reads; a test fails while the two differ.
glossary: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter DefaultGlossaryTests

# Remake Sources/MTLintCore/Resources/han-readings.txt, the Han readings source/name-mismatch
# reads, from ICU's Han-Latin transliteration (after an ICU upgrade; a test fails while they differ).
han-readings: deps
	MTLINT_RECORD=1 $(SWIFT) test --filter HanReadingsTests

# Regenerate Sources/CHTML/entities.c, HTML5's named character references, from the list
# Python's html.entities module holds (the WHATWG list).
entities:
	python3 Tools/html-entities.py

# Regenerate docs/rules.md from the rules' metadata.
docs: build
	$(DEBUG_BIN) rules --format markdown > docs/rules.md

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/mtlint $(PREFIX)/bin/mtlint

clean:
	rm -rf .build
