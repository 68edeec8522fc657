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
    echo "== libFuzzer: scenario loader for ${fuzz_seconds}s"
    CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DLVSIM_FUZZ=ON -DLVSIM_TESTS=OFF >/dev/null
    cmake --build build-fuzz -j "$jobs" --target fuzz-scenario
    corpus=build-fuzz/corpus
    mkdir -p "$corpus"
    cp scenarios/*.yaml tests/data/bad/*.yaml tests/fuzz/regressions/* "$corpus"/
    build-fuzz/fuzz-scenario -max_total_time="$fuzz_seconds" -max_len=8192 -timeout=10 \
        -print_final_stats=1 -dict=tests/fuzz/scenario.dict "$corpus" 2>build-fuzz/fuzz.log ||
        { tail -50 build-fuzz/fuzz.log; exit 1; }
    grep -E 'stat::number_of_executed_units|Done' build-fuzz/fuzz.log || true
fi
echo "== all tests passed"
