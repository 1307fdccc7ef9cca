#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 (temp dir, trust auth)
# and prints its URL on stdout. Installs Debian's postgresql if missing.
#
#   export GATEHOUSE_TEST_POSTGRES=$(tests/postgres.sh)      # start
#   tests/postgres.sh stop                                  # stop + delete
#
# Env: PGPORT (default 55432). State dir: /tmp/gatehouse-pg-$PGPORT.
set -euo pipefail
PORT=${PGPORT:-55432}
DIR=/tmp/gatehouse-pg-$PORT
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
    else
        echo "postgresql not installed (need: apt-get install postgresql)" >&2; exit 1
    fi
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi

if [ "${1:-start}" = stop ]; then
    [ -d "$DIR" ] && "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >&2 || true
    rm -rf "$DIR"
    exit 0
fi

if [ -d "$DIR" ]; then
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
fi
mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U gatehouse --auth=trust -E UTF8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on" start >/dev/null
echo "postgres://gatehouse@127.0.0.1:$PORT/postgres"
