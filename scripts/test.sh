#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test headless.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/ensure-packages.sh"
"$root/scripts/build.sh"
cd "${TWINATLAS_BUILD_DIR:-$root/build}"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 900 "$@"
