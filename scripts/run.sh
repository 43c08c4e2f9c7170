#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start the atlas on its
# bundled database. Extra arguments go to twinatlas (e.g. --database FILE).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/ensure-packages.sh"
"$root/scripts/build.sh"
exec "${TWINATLAS_BUILD_DIR:-$root/build}/app/twinatlas" "$@"
