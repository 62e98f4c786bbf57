#!/usr/bin/env bash
# Starts the local PostgreSQL and Redis that CI and the tests use, each only when it does not answer
# already, and waits until it does. Usage: scripts/startServices.sh [postgres] [redis] (default: both).
# On a machine without them: apt-get install postgresql redis-server (Debian), then run this again.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
# The Redis port can be moved (REDIS_PORT=6390) to try this script without touching the shared one.
REDIS_PORT=${REDIS_PORT:-6379}

# Polls the command after the name for up to 30 s.
wait_for() {
  local name=$1
  shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "startServices: $name did not answer within 30 s" >&2
  return 1
}

start_postgres() {
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null || [ ! -d /etc/postgresql ]; then
    echo "startServices: PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
    return 1
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "startServices: starting PostgreSQL $version" >&2
  # Two test files may race to start it; the loser's "already running" is fine, the wait decides.
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for PostgreSQL pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
}

redis_ready() {
  [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
}

start_redis() {
  if redis_ready; then return 0; fi
  if ! command -v redis-server >/dev/null; then
    echo "startServices: Redis is not installed (Debian: apt-get install redis-server)" >&2
    return 1
  fi
  echo "startServices: starting Redis" >&2
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  wait_for Redis redis_ready
}

services=("$@")
[ ${#services[@]} -eq 0 ] && services=(postgres redis)
for service in "${services[@]}"; do
  case $service in
    postgres) start_postgres ;;
    redis) start_redis ;;
    *) echo "startServices: unknown service '$service' (postgres, redis)" >&2; exit 2 ;;
  esac
done
