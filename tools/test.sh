#!/bin/sh
# test.sh — the whole test suite, as CI runs it: a release build with -Werror and its tests, the
# same tests under AddressSanitizer + UndefinedBehaviorSanitizer, and a short libFuzzer run of the
# scenario loader. Usage: tools/test.sh [FUZZ_SECONDS]   (default 60; 0 skips fuzzing)
set -eu
cd "$(dirname "$0")/.."
fuzz_seconds=${1:-60}
jobs=$(nproc 2>/dev/null || echo 2)

echo "== release build, -Werror"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DLVSIM_WERROR=ON -DLVSIM_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLVSIM_SANITIZE=ON -DLVSIM_WERROR=ON -DLVSIM_TESTS=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"

if [ "$fuzz_seconds" -gt 0 ]; then
    CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DLVSIM_FUZZ=ON -DLVSIM_TESTS=OFF >/dev/null
    cmake --build build-fuzz -j "$jobs" --target fuzz-scenario fuzz-sweep fuzz-results fuzz-calllog fuzz-report fuzz-serve
    # A sixth of the time each for scenarios (and overrides), sweep files, result
    # directories (part files and manifests), call logs (lvsim fit) and results JSON read by
    # lvsim report (the HTML report) and the workbench's JSON handlers (lvsim serve).
    for target in scenario sweep results calllog report serve; do
        max_len=8192
        case $target in
        scenario)
            seconds=$((fuzz_seconds - 5 * (fuzz_seconds / 6)))
            dict=tests/fuzz/scenario.dict
            seeds="scenarios/*.yaml tests/data/bad/*.yaml tests/fuzz/regressions/* tests/fuzz/override-seed.txt tests/fuzz/mode-seeds/*"
            ;;
        sweep)
            seconds=$((fuzz_seconds / 6))
            dict=tests/fuzz/scenario.dict
            seeds="tests/fuzz/sweep-seeds/*.yaml"
            ;;
        results)
            seconds=$((fuzz_seconds / 6))
            dict=tests/fuzz/results.dict
            seeds="tests/fuzz/results-seeds/* tests/fuzz/results-regressions/*"
            ;;
        calllog)
            seconds=$((fuzz_seconds / 6))
            dict=tests/fuzz/calllog.dict
            seeds="tests/fuzz/calllog-seeds/*"
            ;;
        report)
            seconds=$((fuzz_seconds / 6))
            dict=tests/fuzz/report.dict
            seeds="tests/fuzz/report-seeds/*"
            max_len=32768 # the seeds are results documents of up to 17 KB
            ;;
        serve)
            seconds=$((fuzz_seconds / 6))
            dict=tests/fuzz/serve.dict
            seeds="tests/fuzz/serve-seeds/*"
            ;;
        esac
        echo "== libFuzzer: $target loader for ${seconds}s"
        corpus=build-fuzz/corpus-$target
        mkdir -p "$corpus"
        # shellcheck disable=SC2086
        cp $seeds "$corpus"/
        build-fuzz/fuzz-$target -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -dict="$dict" -artifact_prefix=build-fuzz/ "$corpus" \
            2>build-fuzz/fuzz-$target.log ||
            { tail -50 build-fuzz/fuzz-$target.log; exit 1; }
        grep -E 'stat::number_of_executed_units' build-fuzz/fuzz-$target.log || true
    done
fi
echo "== all tests passed"
