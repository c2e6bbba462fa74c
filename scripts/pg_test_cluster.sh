#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for tests: trust auth, 127.0.0.1 only, data in a temp dir.
#   scripts/pg_test_cluster.sh start   -> prints the URL to put in CABLEGRAM_TEST_PG
#   scripts/pg_test_cluster.sh stop    -> stops the cluster and removes its folder
# Env: PG_BIN (default /usr/lib/postgresql/15/bin), PG_PORT (default 55432).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-55432}"
STATE="${TMPDIR:-/tmp}/cablegram-pg-${PG_PORT}.dir"   # remembers where the cluster lives

as_postgres() {
    # initdb refuses to run as root; run as the postgres system user when we are root.
    if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

start() {
    if [ -f "$STATE" ] && [ -d "$(cat "$STATE")" ]; then
        echo "a test cluster is already running in $(cat "$STATE"); run '$0 stop' first" >&2
        exit 1
    fi
    [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL binaries not found in $PG_BIN (apt-get install -y postgresql, or set PG_BIN)" >&2; exit 1; }
    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/cablegram-pg.XXXXXX")"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_postgres "'$PG_BIN/initdb' -D '$dir/data' -U postgres -A trust >'$dir/initdb.log' 2>&1"
    as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l '$dir/server.log' -w start >/dev/null"
    echo "$dir" >"$STATE"
    echo "postgresql://postgres@127.0.0.1:${PG_PORT}/postgres"
}

stop() {
    if [ ! -f "$STATE" ]; then
        echo "no test cluster recorded for port $PG_PORT" >&2
        exit 0
    fi
    local dir
    dir="$(cat "$STATE")"
    if [ -d "$dir/data" ]; then
        as_postgres "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    fi
    rm -rf "$dir" "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
