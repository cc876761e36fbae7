#!/usr/bin/env bash
# Members who write a lot: every list a person can grow is seeded with EACH items (1,000 by
# default, what the write limit lets a person write in a couple of weeks; noticings, sliding
# doors, feedback, urges, hurts, moments a safe behaviour happened, disclosures against a promise,
# a clinician's notes), then every member read, JSON and page, is measured: the size of
# its answer and its reads per second beside GET /healthz of the same server. Every answer should
# stay the same size however much was written.
#
#     TRELLIS_BIN=.build/release/trellis bash Benchmarks/http/lists.sh
#
# Environment (all optional): EACH (1000), DURATION seconds per route (5), CONNECTIONS (32),
# PORT (18180). Needs curl and wrk (Debian's packages).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${TRELLIS_BIN:?set TRELLIS_BIN to a trellis binary (swift build -c release --product trellis)}"
EACH="${EACH:-1000}"
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
sign_up() { # name -> "token id"
  curl -sf -X POST "$BASE/api/v1/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1@example.org\",\"password\":\"a long enough password\",\"name\":\"$1\"}" |
    python3 -c 'import json,sys; a = json.load(sys.stdin); print(a["session"]["token"], a["account"]["id"])'
}

read -r READER READER_ID <<<"$(sign_up reader)"
read -r WRITER _ <<<"$(sign_up writer)"
read -r CLINICIAN CLINICIAN_ID <<<"$(sign_up clinician)"
COUPLE="$(api POST /api/v1/couples "$READER" '{}' | field '["id"]')"
CODE="$(api POST "/api/v1/couples/$COUPLE/invites" "$READER" | field '["code"]')"
api POST /api/v1/invites/accept "$WRITER" "{\"code\":\"$CODE\"}" >/dev/null
C="/api/v1/couples/$COUPLE"
AREA="$(api GET "$C" "$READER" | field '["areas"][0]["id"]')"
BEHAVIOUR="$(api POST "$C/safe-behaviours" "$READER" "{\"areaId\":\"$AREA\",\"what\":\"Ask about my day\"}" |
  field '["named"][-1]["id"]')"
PROMISE="$(api POST "$C/expectations" "$WRITER" "{\"areaId\":\"$AREA\",\"words\":\"I tell you first\",\"promise\":true}" |
  field '["expectations"][-1]["id"]')"
api POST "$C/expectations/$PROMISE/agree" "$READER" '{"version":1}' >/dev/null
UNTIL="$(date -u -d '+30 days' +%F)"
api PUT /api/v1/me/clinician "$CLINICIAN" \
  '{"name":"Dr Ana","approaches":["affairRecovery"],"online":true,"languages":["English"],"about":"Couples.","listed":false}' \
  >/dev/null
api POST "$C/clinicians" "$READER" \
  "{\"clinicianId\":\"$CLINICIAN_ID\",\"parts\":[\"integrity\"],\"until\":\"$UNTIL\"}" >/dev/null
api PUT "$C/clinicians/$CLINICIAN_ID/consent" "$WRITER" "{\"parts\":[\"integrity\"],\"until\":\"$UNTIL\"}" >/dev/null

seed() { # label token path json, its _N_ numbered -> prints how many of EACH were taken
  local taken
  taken="$(seq "$EACH" | xargs -P 8 -I_N_ curl -s -o /dev/null -w '%{http_code}\n' -X POST "$BASE$3" \
    -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$4" | grep -c '^2' || true)"
  printf '%-52s %10s\n' "seeded: $1" "$taken/$EACH" >&2
}
printf '== %s of each list\n' "$EACH" >&2
seed "shared noticings" "$WRITER" "$C/noticings" '{"what":"A kind word at breakfast, number _N_","shared":true}'
seed "sliding doors" "$WRITER" "$C/sliding-doors" '{"toward":true,"what":"Turned toward, number _N_"}'
seed "feedback to the partner" "$WRITER" "$C/feedback" "{\"to\":\"$READER_ID\",\"text\":\"Feedback _N_\"}"
seed "urges (a day holds 50)" "$WRITER" "$C/urges" '{"kind":"phone","actedOn":false,"trigger":"Trigger _N_"}'
seed "hurts, shared" "$WRITER" "$C/areas/$AREA/hurts" '{"what":"Hurt _N_","help":"Tell me","private":false}'
seed "times a safe behaviour happened" "$WRITER" "$C/safe-behaviours/$BEHAVIOUR/happened" '{}'
seed "disclosures against a promise" "$WRITER" "$C/expectations/$PROMISE/disclosures" '{"text":"Told _N_"}'
seed "a clinician's notes" "$CLINICIAN" "/api/v1/clients/$COUPLE/notes" '{"text":"Note _N_"}'

rps() { # url header -> requests per second
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/report.lua" -H "$2" "$1" |
    awk '/^@@bench / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rps") printf "%.0f", kv[2] } }'
}
HEALTHZ="$(rps "$BASE/healthz" "Accept: */*")"
printf '\n%-44s %10s %10s %8s\n' "read (as the reader, or the writer for *)" "bytes" "req/s" "x /healthz"
printf '%-44s %10s %10s %8s\n' "GET /healthz" "-" "$HEALTHZ" "1.000"
measure() { # label token path [cookie]
  local header="Authorization: Bearer $2" size reads
  [[ -n "${4:-}" ]] && header="Cookie: trellis_session=$2"
  size="$(curl -s -o /dev/null -w '%{size_download}' -H "$header" "$BASE$3")"
  reads="$(rps "$BASE$3" "$header")"
  printf '%-44s %10s %10s %8s\n' "$1" "$size" "$reads" \
    "$(awk -v a="$reads" -v b="$HEALTHZ" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
}
for route in "" /repair /integrity /news /trust /grants /expectations /windows /signs /ruptures /fears /clinicians /events; do
  measure "GET .../couples/{id}$route" "$READER" "$C$route"
done
measure "GET .../couples/{id}/urges *" "$WRITER" "$C/urges"
measure "GET .../couples/{id}/integrity *" "$WRITER" "$C/integrity"
for page in /home /integrity /repair "/repair/areas/$AREA" /trust /expectations /help; do
  measure "page ${page/$AREA/{area\}}" "$READER" "$page" cookie
done
measure "page /urges *" "$WRITER" /urges cookie
# A clinician's reads are limited (a burst of 20, then one a minute): its size only.
printf '%-44s %10s\n' "GET /api/v1/clients/{id} (size only)" \
  "$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $CLINICIAN" "$BASE/api/v1/clients/$COUPLE")"
WRITE="$(curl -sf -o /dev/null -w '%{size_download}' -X POST "$BASE$C/noticings" \
  -H "Authorization: Bearer $WRITER" -H 'Content-Type: application/json' -d '{"what":"One more","shared":true}')"
printf '%-44s %10s\n' "one more noticing's answer (the writer)" "$WRITE"
