#!/usr/bin/env bash
# Builds Agora's libFuzzer binary and runs one target.
#   Tests/Fuzz/run.sh TARGET SECONDS [libFuzzer options…]   e.g. Tests/Fuzz/run.sh csv 600
#   Tests/Fuzz/run.sh build                                    only build
# TARGET: session, journal, csv, words, activity, palette. New inputs go to .build-fuzz/corpus/TARGET
# (the committed seeds in Tests/Fuzz/Corpus/TARGET are read, never written); a crash leaves
# its input in .build-fuzz/TARGET-crash-* and the script exits non-zero.
# AGORA_FUZZ_OPT=-Onone builds faster and runs slower (CI's short runs); the default is -O.
set -euo pipefail
cd "$(dirname "$0")/../.."
opt=${AGORA_FUZZ_OPT:--O}
out=${AGORA_FUZZ_BUILD:-.build-fuzz$([ "$opt" = -O ] || echo "$opt")}
binary="$out/agora-fuzz"
mkdir -p "$out"

build() {
    local flags=("$opt" -g -sanitize=fuzzer,address -parse-as-library -enable-testing)
    # Rebuild only when a source changed.
    local newest
    newest=$(find Sources/AgoraCore Sources/AgoraStore Sources/AgoraPalette Tests/Fuzz -name '*.swift' -newer "$binary" 2>/dev/null | head -1 || true)
    [ -x "$binary" ] && [ -z "$newest" ] && return 0
    echo "Building $binary…" >&2
    swiftc "${flags[@]}" -module-name AgoraCore -emit-module -emit-module-path "$out/AgoraCore.swiftmodule" \
        -emit-library -static -o "$out/libAgoraCore.a" $(find Sources/AgoraCore -name '*.swift' | sort)
    swiftc "${flags[@]}" -module-name AgoraStore -I "$out" -emit-module -emit-module-path "$out/AgoraStore.swiftmodule" \
        -emit-library -static -o "$out/libAgoraStore.a" $(find Sources/AgoraStore -name '*.swift' | sort)
    swiftc "${flags[@]}" -module-name AgoraPalette -I "$out" -emit-module -emit-module-path "$out/AgoraPalette.swiftmodule" \
        -emit-library -static -o "$out/libAgoraPalette.a" $(find Sources/AgoraPalette -name '*.swift' | sort)
    # (ld.gold warns about every address-sanitizer symbol; those lines are left out.)
    swiftc "${flags[@]}" -module-name AgoraFuzz -I "$out" -L "$out" -lAgoraPalette -lAgoraStore -lAgoraCore \
        Tests/Fuzz/FuzzTargets.swift -o "$binary" \
        2> >(grep -v "Cannot export local symbol" >&2)
}

build
[ "${1:-}" = build ] && exit 0
target=${1:?usage: run.sh TARGET SECONDS [libFuzzer options]}
seconds=${2:-30}
shift 2 || true
mkdir -p "$out/corpus/$target"
# No leak detection (-detect_leaks=0 for each input, ASAN_OPTIONS for the check at exit):
# LeakSanitizer takes the Swift runtime's and Foundation's lazily made globals (the demo
# session's bytes, metadata caches) for leaks; memory errors are still caught by ASan.
# The palette target completes lines with agora's own grammar: a built agora's, else the copy
# in Tests/Fuzz (refresh it with `agora --experimental-dump-help > Tests/Fuzz/palette-grammar.json`).
grammar=Tests/Fuzz/palette-grammar.json
for agora in .build/debug/agora .build/release/agora; do
    if [ -x "$agora" ] && "$agora" --experimental-dump-help >"$out/palette-grammar.json" 2>/dev/null; then
        grammar="$out/palette-grammar.json"; break
    fi
done
export AGORA_FUZZ_PALETTE_GRAMMAR=$grammar
export AGORA_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -artifact_prefix="$out/$target-" \
    -print_final_stats=1 "$@" "$out/corpus/$target" "Tests/Fuzz/Corpus/$target"
