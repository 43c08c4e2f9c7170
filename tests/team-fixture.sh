#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CTest fixture of the team atlas tests: `start STATE` starts a throwaway PostgreSQL server
# (scripts/team-server.sh) in a new temporary folder and writes that folder's path to STATE;
# `stop STATE` stops it and removes the folder and STATE, leaving nothing behind.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server=$here/../scripts/team-server.sh
state=${2:?usage: team-fixture.sh start|stop STATE}
case $1 in
  start)
    rm -f "$state"
    dir=$(mktemp -d "${TMPDIR:-/tmp}/twinatlas-test-pg.XXXXXX")
    echo "$dir" >"$state"
    "$server" start "$dir"
    ;;
  stop)
    [[ -f $state ]] || exit 0
    dir=$(cat "$state")
    if [[ -d $dir ]]; then
      "$server" stop "$dir" || rm -rf "$dir"
    fi
    rm -f "$state"
    # Nothing of the server may outlive the tests.
    if pgrep -f -- "-D $dir/data" >/dev/null; then
      echo "team-fixture: a server process of $dir is still running" >&2
      exit 1
    fi
    ;;
  *) echo "usage: team-fixture.sh start|stop STATE" >&2; exit 2 ;;
esac
