#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# A throwaway PostgreSQL cluster for the tests and the benchmark:
#
#   pgcluster.sh start STATEFILE [bench]   initdb in a new folder under /tmp, start the server on a Unix
#                                          socket in that folder only (no TCP), trust authentication
#   pgcluster.sh stop STATEFILE            stop it and remove the folder
#
# STATEFILE receives KEY=VALUE lines the tests read: PARLANCE_PG_CONNINFO (a libpq connection string
# for the superuser "postgres") and PARLANCE_PG_DIR; or, when there is no server to start,
# PARLANCE_PG_UNAVAILABLE with the reason (the tests then skip, they do not fail).
# initdb and pg_ctl refuse to run as root: as root the server runs as the user "postgres".
set -eu

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATEFILE [bench]" >&2; exit 2; }

find_bindir() {
    if [ -n "${PARLANCE_PG_BINDIR:-}" ]; then
        [ -x "$PARLANCE_PG_BINDIR/initdb" ] && echo "$PARLANCE_PG_BINDIR"
        return 0
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

# Runs a server program as a user allowed to (anyone but root).
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state" ] || return 0
    dir=$(sed -n 's/^PARLANCE_PG_DIR=//p' "$state")
    bindir=$(sed -n 's/^PARLANCE_PG_BINDIR=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
        /tmp/parlance-pg.*) rm -rf "$dir" ;;
    esac
    rm -f "$state"
}

unavailable() {
    printf 'PARLANCE_PG_UNAVAILABLE=%s\n' "$1" >"$state"
    echo "pgcluster: $1 (the PostgreSQL tests will skip)" >&2
    exit 0
}

case "$action" in
stop)
    stop_cluster
    ;;
start)
    stop_cluster # a cluster left by an interrupted run
    bindir=$(find_bindir)
    [ -n "$bindir" ] || unavailable "PostgreSQL server binaries not found: no initdb/pg_ctl in \$PARLANCE_PG_BINDIR, /usr/lib/postgresql/*/bin or PATH (Debian: apt-get install postgresql-17)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root and there is no user \"postgres\" to run the PostgreSQL server as"
    fi
    dir=$(mktemp -d /tmp/parlance-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    # The tests need speed, not durability (the cluster is thrown away); the benchmark keeps fsync on.
    extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB"
    [ "${3:-}" = bench ] && extra="-c shared_buffers=256MB -c max_wal_size=4GB"
    if ! as_server_user "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        echo "pgcluster: initdb failed" >&2
        exit 1
    fi
    if ! as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-k $dir -c listen_addresses='' $extra" start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        rm -rf "$dir"
        echo "pgcluster: the server did not start" >&2
        exit 1
    fi
    {
        printf 'PARLANCE_PG_DIR=%s\n' "$dir"
        printf 'PARLANCE_PG_BINDIR=%s\n' "$bindir"
        printf 'PARLANCE_PG_CONNINFO=host=%s user=postgres dbname=postgres\n' "$dir"
    } >"$state"
    ;;
*)
    echo "usage: $0 start|stop STATEFILE [bench]" >&2
    exit 2
    ;;
esac
