#!/usr/bin/env bash
# A member who writes a lot: one partner records NOTICINGS shared noticings (2,000 by default, what
# the write limit lets a person write in a few weeks), and the other reads. Prints the size of the
# integrity answer and its reads per second beside GET /healthz of the same server, and the size
# of one more write's answer. Every answer should stay the same size however much was written.
#
#     TRELLIS_BIN=.build/release/trellis bash Benchmarks/http/lists.sh
#
# Environment (all optional): NOTICINGS (2000), DURATION seconds per route (5), CONNECTIONS (32),
# PORT (18180). Needs curl and wrk (Debian's packages).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${TRELLIS_BIN:?set TRELLIS_BIN to a trellis binary (swift build -c release --product trellis)}"
NOTICINGS="${NOTICINGS:-2000}"
DURATION="${DURATION:-5}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-18180}"
BASE="http://127.0.0.1:$PORT"
DATA="$(mktemp -d -t trellis-lists.XXXXXX)"
SERVER=""

cleanup() {
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# The write limit is lifted so seeding takes seconds; the reads are what is measured.
"$BIN" serve --data-dir "$DATA" --host 127.0.0.1 --port "$PORT" --writes-per-minute 100000000 \
  >"$DATA/serve.log" 2>&1 &
SERVER=$!
until curl -sf -o /dev/null --max-time 2 "$BASE/healthz"; do
  kill -0 "$SERVER" 2>/dev/null || { tail -n 20 "$DATA/serve.log" >&2; exit 1; }
  sleep 0.2
done

api() { # method path token [json] -> the answer's body
  curl -sf -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
sign_up() {
  curl -sf -X POST "$BASE/api/v1/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1@example.org\",\"password\":\"a long enough password\",\"name\":\"$1\"}" |
    field '["session"]["token"]'
}

READER="$(sign_up reader)"
WRITER="$(sign_up writer)"
COUPLE="$(api POST /api/v1/couples "$READER" '{}' | field '["id"]')"
CODE="$(api POST "/api/v1/couples/$COUPLE/invites" "$READER" | field '["code"]')"
api POST /api/v1/invites/accept "$WRITER" "{\"code\":\"$CODE\"}" >/dev/null

printf '== %s shared noticings by one partner\n' "$NOTICINGS" >&2
seq "$NOTICINGS" | xargs -P 8 -I{} curl -sf -o /dev/null -X POST "$BASE/api/v1/couples/$COUPLE/noticings" \
  -H "Authorization: Bearer $WRITER" -H 'Content-Type: application/json' \
  -d '{"what":"A kind word at breakfast, number {}","shared":true}'

rps() { # url [token] -> requests per second
  local header=()
  [[ -n "${2:-}" ]] && header=(-H "Authorization: Bearer $2")
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/report.lua" "${header[@]}" "$1" |
    awk '/^@@bench / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rps") printf "%.0f", kv[2] } }'
}

INTEGRITY="$BASE/api/v1/couples/$COUPLE/integrity"
SIZE="$(curl -sf -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $READER" "$INTEGRITY")"
WRITE="$(curl -sf -o /dev/null -w '%{size_download}' -X POST "$BASE/api/v1/couples/$COUPLE/noticings" \
  -H "Authorization: Bearer $WRITER" -H 'Content-Type: application/json' -d '{"what":"One more","shared":true}')"
HEALTHZ="$(rps "$BASE/healthz")"
READS="$(rps "$INTEGRITY" "$READER")"

printf '%-52s %10s\n' "integrity answer, bytes (the reading partner)" "$SIZE"
printf '%-52s %10s\n' "one more noticing's answer, bytes (the writer)" "$WRITE"
printf '%-52s %10s\n' "GET /healthz, req/s" "$HEALTHZ"
printf '%-52s %10s  %s x /healthz\n' "GET .../integrity, req/s" "$READS" \
  "$(awk -v a="$READS" -v b="$HEALTHZ" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
