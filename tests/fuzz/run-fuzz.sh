#!/usr/bin/env bash
# Fuzzes the readers of lists (CSV, pasted lists, Wikidata JSON and CSV, .mo catalogues) with
# libFuzzer for a bounded time, starting from the seed corpus in tests/fuzz/corpus. A crash is
# copied into tests/fuzz/regressions/, where the tst_fuzzcorpus test replays it from then on:
# fix the reader, keep the file.
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]     (default 120; FUZZ_BUILD=dir to choose the build)
# Needs: clang-14 and libFuzzer (Debian: clang-14 libfuzzer-14-dev), Qt 6 Core.
set -euo pipefail

seconds="${1:-120}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${FUZZ_BUILD:-${TMPDIR:-/tmp}/twinatlas-fuzz}"

missing=()
command -v clang++-14 >/dev/null 2>&1 || missing+=(clang-14)
if [ ${#missing[@]} -eq 0 ]; then
  probe="$(mktemp -d)"
  printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long){return 0;}\n' >"$probe/p.cpp"
  clang++-14 -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1 || missing+=(libfuzzer-14-dev)
  rm -rf "$probe"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "run-fuzz.sh: missing ${missing[*]}; install with:" >&2
  echo "  sudo apt-get install clang-14 libfuzzer-14-dev" >&2
  exit 2
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" >/dev/null

work="$build/corpus"
artifacts="$build/artifacts/"
mkdir -p "$work" "$artifacts"
status=0
"$build/fuzz_readers" "$work" "$here/corpus" "$here/regressions" \
  -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts" -print_final_stats=1 || status=$?

found=0
for crash in "$artifacts"*; do
  [ -f "$crash" ] || continue
  name="$(basename "$crash")"
  cp "$crash" "$here/regressions/$name"
  echo "run-fuzz.sh: new regression input tests/fuzz/regressions/$name" >&2
  found=1
done
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
  echo "run-fuzz.sh: the fuzzer found a fault; tst_fuzzcorpus now replays it" >&2
  exit 1
fi
echo "run-fuzz.sh: no fault in ${seconds} s"
