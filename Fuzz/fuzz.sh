#!/bin/sh
# `make fuzz`: builds mtlint's fuzz targets with libFuzzer and AddressSanitizer, seeds their
# corpora and runs each one. docs/reliability.md ("Fuzzing") says what the targets check.
#
#   FUZZ_RUNS     executions per target (default 100000; -1: no limit, then FUZZ_TIME ends it)
#   FUZZ_TIME     seconds per target at most (default 0: no limit)
#   FUZZ_TARGETS  which targets (default: lint configuration glossary baseline documents)
#   FUZZ_FLAGS    more libFuzzer options, e.g. "-jobs=2 -workers=2" or "-only_ascii=1"
#
# The corpora grow in Fuzz/.corpus/TARGET across runs; an input that breaks an invariant,
# crashes, hangs (-timeout) or takes too much memory is saved as Fuzz/.findings/TARGET-*
# and the run stops with libFuzzer's status. Reproduce one with
#   Fuzz/.build/release/FuzzLint Fuzz/.findings/lint-crash-...
# and turn it into a regression test in the main package. Each run's log and a summary line
# per target (executions, seconds, result) are written to Fuzz/.findings/.
set -eu
cd "$(dirname "$0")"
FUZZ_RUNS=${FUZZ_RUNS:-100000}
FUZZ_TIME=${FUZZ_TIME:-0}
FUZZ_TARGETS=${FUZZ_TARGETS:-"lint configuration glossary baseline documents"}
FUZZ_FLAGS=${FUZZ_FLAGS:-}
SWIFT=${SWIFT:-swift}

# SwiftPM keeps the list of mtlint's source files from the last build of this package: a file
# added to mtlint since then is missing ("cannot find ... in scope"). Touching the manifest
# makes it read the list again, but the build it then made mixed old and new objects of
# mtlint's modules, and the fuzzers stopped at their first input on a layout that did not
# match (SEGV reading a FileReport). mtlint's modules and the targets are therefore built
# afresh each time; the dependencies stay built.
touch Package.swift
rm -rf .build/*/release/MTLint*.build .build/*/release/Fuzz*.build .build/*/release/Modules/MTLint* \
    .build/*/release/Modules/Fuzz*
# lld: gold stops with an internal error on these binaries' debug information.
$SWIFT build -c release --sanitize=address -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
BIN=.build/release
mkdir -p .corpus/lint .corpus/configuration .corpus/glossary .corpus/baseline .corpus/documents .findings

# Seeds, written again on every run (a corpus file keeps its name, so this adds no copies).
# Lint: the rule examples (written by the target), the sample articles of corpora/, each
# behind the selector byte of its language (1 it, 2 fr, 3 es; 0 detects it) and once in
# UTF-16LE with a BOM, detected.
MTLINT_FUZZ_WRITE_SEEDS=.corpus/lint $BIN/FuzzLint
for file in ../corpora/*/*.txt; do
    language=$(basename "$(dirname "$file")")
    name=$(basename "$file" .txt)
    case $language in it) selector='\001' ;; fr) selector='\002' ;; es) selector='\003' ;; *) selector='\000' ;; esac
    { printf "$selector"; cat "$file"; } > ".corpus/lint/corpora-$language-$name"
    { printf '\000\377\376'; iconv -f UTF-8 -t UTF-16LE "$file"; } > ".corpus/lint/corpora-$language-$name-utf16"
done
cp Seeds/configuration/* .corpus/configuration/
# Glossaries: a selector byte, even for YAML and odd for TBX, then the file.
for file in Seeds/glossary/*.yml ../Sources/MTLintCore/Resources/default-glossary.yml; do
    { printf '\000'; cat "$file"; } > ".corpus/glossary/$(basename "$file")"
done
for file in Seeds/glossary/*.tbx; do
    { printf '\001'; cat "$file"; } > ".corpus/glossary/$(basename "$file")"
done
cp Seeds/baseline/* .corpus/baseline/
MTLINT_FUZZ_WRITE_SEEDS=.corpus/baseline $BIN/FuzzBaseline
# Documents: the test fixtures of each format behind the selector byte of that format (0
# Markdown, 1 HTML, 2 XLIFF, 3 PO, 4 TMX, 5 CSV, 6 TSV; FuzzDocuments writes XLIFF 2 itself),
# and the two-file pairs (7) as the source, a NUL byte and the translation.
MTLINT_FUZZ_WRITE_SEEDS=.corpus/documents $BIN/FuzzDocuments
for file in ../Tests/*/*.md ../Tests/*/*/*.md ../Tests/*/*.html ../Tests/*/*/*.html ../Tests/*/*/*.xlf \
    ../Tests/*/*/*.po ../Tests/*/*/*.tmx ../Tests/*/*/*.csv ../Tests/*/*/*.tsv ../Tests/*/*/*/*.tsv; do
    case $file in
        */Golden/*) continue ;; # reports mtlint wrote, not inputs (and 130 KB)
        *.md) selector='\000' ;; *.html) selector='\001' ;; *.xlf) selector='\002' ;; *.po) selector='\003' ;;
        *.tmx) selector='\004' ;; *.csv) selector='\005' ;; *.tsv) selector='\006' ;;
    esac
    if [ -f "$file" ]; then { printf "$selector"; cat "$file"; } > ".corpus/documents/$(basename "$file")"; fi
done
# Each NAME.SRC-TGT.gold.tsv names a pair: NAME.SRC.txt translated as NAME.TGT.txt.
for gold in ../Tests/MTLintCLITests/Bilingual/Pairs/*.gold.tsv; do
    pair=${gold%.gold.tsv}
    languages=${pair##*.}
    name=${pair%.*}
    source=$name.${languages%-*}.txt
    target=$name.${languages#*-}.txt
    if [ ! -f "$source" ] || [ ! -f "$target" ]; then continue; fi
    { printf '\007'; cat "$source"; printf '\000'; cat "$target"; } > ".corpus/documents/pair-$(basename "$name")-$languages"
done

# Leaks are not looked for: mtlint's caches live as long as the process, and Foundation
# leaks the errors of its XML parser. Allocations keep no stack (a third faster: Swift
# allocates much); to see where a block was allocated, run a finding again with
# ASAN_OPTIONS=malloc_context_size=30.
export ASAN_OPTIONS="detect_leaks=0:malloc_context_size=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# Swift's own crash handler, run after a broken invariant, sets off a second AddressSanitizer
# report of its own that buries the first in the log: libFuzzer's report is enough.
export SWIFT_BACKTRACE=enable=no

status=0
for target in $FUZZ_TARGETS; do
    case $target in
        lint) binary=FuzzLint; max_len=8192 ;;
        configuration) binary=FuzzConfiguration; max_len=4096 ;;
        glossary) binary=FuzzGlossary; max_len=16384 ;;
        baseline) binary=FuzzBaseline; max_len=4096 ;;
        documents) binary=FuzzDocuments; max_len=16384 ;;
        *) echo "fuzz.sh: unknown target $target (lint, configuration, glossary, baseline, documents)" >&2; exit 2 ;;
    esac
    log=.findings/$target.log
    echo "fuzzing $target: $FUZZ_RUNS runs, at most ${FUZZ_TIME}s (log: Fuzz/$log)"
    started=$(date +%s)
    # -timeout: a hang; -rss_limit_mb: memory; the targets' own TimeBudget bounds the time
    # per byte.
    # shellcheck disable=SC2086
    if $BIN/$binary -runs="$FUZZ_RUNS" -max_total_time="$FUZZ_TIME" -max_len=$max_len \
        -timeout=60 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
        -dict=Dictionaries/$target.dict -artifact_prefix=".findings/$target-" $FUZZ_FLAGS \
        ".corpus/$target" > "$log" 2>&1; then
        result=ok
    else
        result="FAILED (see Fuzz/$log and Fuzz/.findings/$target-*)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    line="$(date -u +%Y-%m-%dT%H:%MZ) $target: ${runs:-?} executions in $(( $(date +%s) - started ))s, corpus $(ls ".corpus/$target" | wc -l) files: $result"
    echo "$line" | tee -a .findings/summary.txt
done
exit $status
