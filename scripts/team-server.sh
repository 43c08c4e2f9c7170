#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 server on this machine, for trying a team atlas and for the tests.
#
#   scripts/team-server.sh start [DIR]   starts a server in DIR (default: a new temporary folder)
#                                        and prints how to reach it; DIR/server.env holds it too
#   scripts/team-server.sh stop DIR      stops it and removes DIR, leaving nothing behind
#   scripts/team-server.sh kill DIR      stops it at once, as a crash would (for the tests)
#   scripts/team-server.sh restart DIR   starts a stopped or killed server in DIR again
#
# The server listens on a Unix socket in DIR and on 127.0.0.1 at a free port, with TLS on a
# self-signed certificate for 127.0.0.1 and localhost (DIR/server.crt is the certificate to
# trust; DIR/other.crt is an unrelated one, to test a wrong certificate). The superuser
# "postgres" may connect over the socket without a password; everyone else needs one.
# PostgreSQL refuses to run as root: run as root, the server runs as the user "postgres" (or
# "nobody"), which then owns DIR.
set -euo pipefail

bindir=${TWINATLAS_PG_BINDIR:-/usr/lib/postgresql/15/bin}

die() {
  echo "team-server: $*" >&2
  exit 1
}

usage() {
  sed -n '3,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

[[ -x $bindir/initdb && -x $bindir/pg_ctl ]] \
  || die "PostgreSQL 15 is not installed ($bindir/initdb is missing); install the Debian package postgresql-15"
command -v openssl >/dev/null || die "openssl is not installed; install the Debian package openssl"

# The user the server runs as: ourselves, or an unprivileged one when we are root.
server_user=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  if id postgres >/dev/null 2>&1; then server_user=postgres; else server_user=nobody; fi
fi

as_server() {
  if [[ $(id -u) -eq 0 ]]; then
    setpriv --reuid="$server_user" --regid="$(id -g "$server_user")" --clear-groups -- "$@"
  else
    "$@"
  fi
}

pg_ctl_run() {
  local dir=$1
  shift
  (cd "$dir" && as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" "$@")
}

start_server() {
  local dir=$1 port=$2
  pg_ctl_run "$dir" -w -t 60 -o "-p $port" start >/dev/null
}

free_port() {
  # A port nobody listens on now; start_server retries if it is taken meanwhile.
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free port found"
}

make_certificates() {
  local dir=$1
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$dir/server.key" -out "$dir/server.crt" 2>/dev/null
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -subj "/CN=localhost" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$dir/other.key" -out "$dir/other.crt" 2>/dev/null
  rm -f "$dir/other.key"
  chmod 600 "$dir/server.key"
}

write_env() {
  local dir=$1 port=$2
  cat >"$dir/server.env" <<EOF
PGHOST=$dir
PGPORT=$port
PGUSER=postgres
TWINATLAS_TEAM_SERVER_DIR=$dir
TWINATLAS_TEAM_CERT=$dir/server.crt
TWINATLAS_TEAM_OTHER_CERT=$dir/other.crt
EOF
}

cmd_start() {
  local dir=${1:-}
  if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/twinatlas-pg.XXXXXX")
  else
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ ! -e $dir/data ]] || die "$dir already holds a server; use restart, or stop to remove it"
  fi
  chmod 755 "$dir"
  make_certificates "$dir"
  chown -R "$server_user" "$dir"
  as_server test -w "$dir" || die "$server_user cannot reach $dir: a folder above it is closed to others"
  (cd "$dir" && as_server "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1) \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
ssl = on
ssl_cert_file = '$dir/server.crt'
ssl_key_file = '$dir/server.key'
password_encryption = 'scram-sha-256'
fsync = off
max_connections = 60
EOF
  # Only the superuser may come in without a password, and only over the socket.
  cat >"$dir/data/pg_hba.conf" <<EOF
local all postgres trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
EOF
  local port started=0
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if start_server "$dir" "$port"; then
      started=1
      break
    fi
  done
  ((started)) || { cat "$dir/server.log" >&2; die "the server did not start"; }
  echo "$port" >"$dir/port"
  write_env "$dir" "$port"
  as_server "$bindir/createdb" -h "$dir" -p "$port" -U postgres twinatlas
  echo "A PostgreSQL server runs in $dir, as $server_user:"
  echo "  socket:      $dir (port $port)"
  echo "  TCP with TLS: 127.0.0.1:$port, certificate $dir/server.crt"
  echo "  database:    twinatlas, superuser postgres (over the socket, no password)"
  echo "Set it up:     twinatlas server init 'postgresql://postgres@/twinatlas?host=$dir&port=$port'"
  echo "Stop it:       $0 stop $dir"
}

check_dir() {
  [[ -n ${1:-} && -f $1/port && -d $1/data ]] || die "${1:-(none)} holds no server started by this script"
}

cmd_stop() {
  check_dir "${1:-}"
  local dir
  dir=$(cd "$1" && pwd)
  if [[ -f $dir/data/postmaster.pid ]]; then
    pg_ctl_run "$dir" -w -t 60 -m fast stop >/dev/null 2>&1 || pg_ctl_run "$dir" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

cmd_kill() {
  check_dir "${1:-}"
  pg_ctl_run "$(cd "$1" && pwd)" -w -m immediate stop >/dev/null
}

cmd_restart() {
  check_dir "${1:-}"
  local dir
  dir=$(cd "$1" && pwd)
  if [[ -f $dir/data/postmaster.pid ]]; then
    pg_ctl_run "$dir" -w -m fast stop >/dev/null 2>&1 || true
  fi
  start_server "$dir" "$(cat "$dir/port")" || { tail -20 "$dir/server.log" >&2; die "the server did not start"; }
}

case ${1:-} in
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  kill) cmd_kill "${2:-}" ;;
  restart) cmd_restart "${2:-}" ;;
  *) usage ;;
esac
