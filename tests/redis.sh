#!/usr/bin/env bash
# Starts a throwaway Redis on 127.0.0.1 (temp dir, no persistence) and prints its URL on
# stdout. Installs Debian's redis-server if missing (as root).
#
#   export GATEHOUSE_TEST_REDIS=$(tests/redis.sh)      # start
#   tests/redis.sh stop                                # stop + delete
#
# Env: REDIS_PORT (default 56379). State dir: /tmp/gatehouse-redis-$REDIS_PORT.
set -euo pipefail
PORT=${REDIS_PORT:-56379}
DIR=/tmp/gatehouse-redis-$PORT
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } >&2
    else
        echo "redis-server not installed (need: apt-get install redis-server)" >&2; exit 1
    fi
fi

stop() {
    if [ -f "$DIR/redis.pid" ]; then
        redis-cli -h 127.0.0.1 -p "$PORT" shutdown nosave >/dev/null 2>&1 \
            || kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true
        # Bounded: a Redis without persistence stops at once (its port stops answering).
        for _ in $(seq 50); do
            redis-cli -h 127.0.0.1 -p "$PORT" ping >/dev/null 2>&1 || break
            sleep 0.1
        done
    fi
    rm -rf "$DIR"
}

if [ "${1:-start}" = stop ]; then
    stop >&2
    exit 0
fi

stop >/dev/null 2>&1
mkdir -p "$DIR"
redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DIR" --daemonize yes \
    --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" \
    --save '' --appendonly no >&2
for _ in $(seq 100); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = PONG ]; then
        echo "redis://127.0.0.1:$PORT"
        exit 0
    fi
    sleep 0.1
done
echo "redis-server did not answer on 127.0.0.1:$PORT within 10s; its log:" >&2
cat "$DIR/redis.log" >&2 || true
exit 1
