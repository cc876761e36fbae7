#!/usr/bin/env bash
# Member reads through HAProxy to one instance, then to two, over one PostgreSQL, with wrk; each
# beside GET /healthz through the same balancer in the same run. Needs wrk, haproxy, a release
# trellis (TRELLIS_BIN, or it builds one) and TRELLIS_BENCH_POSTGRES_URL.
#
#     TRELLIS_BENCH_POSTGRES_URL=postgres://user@127.0.0.1:5432/db bash Benchmarks/http/instances.sh
#
# On a machine with few cores the instances, PostgreSQL, HAProxy and wrk share them: read the
# ratio as what a second instance adds here, not as what it adds on machines of its own.
# FRESHNESS=announced serves with kept folds that follow the database's announcements.
set -euo pipefail

DURATION="${DURATION:-5}"
FRESHNESS="${FRESHNESS:-checked}"
CONNECTIONS="${CONNECTIONS:-32}"
URL="${TRELLIS_BENCH_POSTGRES_URL:?set TRELLIS_BENCH_POSTGRES_URL}"
BIN="${TRELLIS_BIN:-}"
if [ -z "$BIN" ]; then
  swift build -c release --product trellis >&2
  BIN="$(swift build -c release --show-bin-path)/trellis"
fi
WORK="$(mktemp -d -t trellis-instances.XXXXXX)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

SCHEMA="bench_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DATABASE="$URL$([[ $URL == *\?* ]] && echo '&' || echo '?')search_path=$SCHEMA"
export TRELLIS_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"

serve() { # port
  "$BIN" serve --port "$1" --data-dir "$WORK/data-$1" --database "$DATABASE" --log-level warning \
    --writes-per-minute 1000000 --freshness "$FRESHNESS" > "$WORK/serve-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/readyz" > /dev/null && return; sleep 0.2; done
  echo "instance on $1 did not start" >&2; cat "$WORK/serve-$1.log" >&2; exit 1
}

balance() { # port, instance ports...
  local port="$1"; shift
  { printf 'defaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n'
    printf 'frontend f\n  bind 127.0.0.1:%s\n  default_backend b\nbackend b\n  balance roundrobin\n' "$port"
    for p in "$@"; do printf '  server s%s 127.0.0.1:%s\n' "$p" "$p"; done; } > "$WORK/haproxy-$port.cfg"
  haproxy -f "$WORK/haproxy-$port.cfg" -db > /dev/null 2>&1 &
  PIDS+=($!)
  sleep 1
}

rps() { # url [token]
  local auth=()
  [ -n "${2:-}" ] && auth=(-H "Authorization: Bearer $2")
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "${auth[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}

serve 19101
serve 19102
SIGNUP='{"name":"Bench","email":"bench@example.org","password":"a long enough password"}'
TOKEN="$(curl -sf -XPOST -H 'content-type: application/json' -d "$SIGNUP" http://127.0.0.1:19101/api/v1/accounts |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["session"]["token"])')"
COUPLE="$(curl -sf -XPOST -H "Authorization: Bearer $TOKEN" http://127.0.0.1:19101/api/v1/couples |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"

balance 19201 19101
balance 19202 19101 19102
for setup in "one 19201" "two 19202"; do
  set -- $setup
  health="$(rps "http://127.0.0.1:$2/healthz")"
  read="$(rps "http://127.0.0.1:$2/api/v1/couples/$COUPLE" "$TOKEN")"
  printf '%s instance(s): GET /api/v1/couples/{id} %s req/s; /healthz through the same balancer %s req/s\n' \
    "$1" "$read" "$health"
  eval "READ_$1=$read"
done
python3 -c "print(f'two instances / one: {float($READ_two) / float($READ_one):.2f}')"
