#!/usr/bin/env bash
# HTTP benchmarks for a real `trellis serve`, measured with wrk on 127.0.0.1.
#
#     bash Benchmarks/http/run.sh          # from the repository root
#
# Every figure is printed beside a baseline from the same run on the same machine (GET /healthz
# of the same server, or the same read at the smallest history), because absolute numbers vary
# with the machine. See README.md beside this file for the budgets.
#
# Environment (all optional):
#   TRELLIS_BIN   prebuilt trellis binary; skips `swift build`
#   DURATION      seconds per measured route (default 5)
#   CONNECTIONS   wrk connections per measured route (default 32)
#   SIZES         history sizes in events (default "10 2000 20000"; first and last are compared)
#   COUPLES       couples loaded for the memory figure (default 10000)
#   LOAD_TIMEOUT  upper bound in seconds for loading every couple (default 300)
#   BASE_PORT     first port tried (default 18080)
#   SERVE_ARGS    extra arguments for `trellis serve`, e.g. "--log-level warning"
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DURATION="${DURATION:-5}"
CONNECTIONS="${CONNECTIONS:-32}"
SIZES="${SIZES:-10 2000 20000}"
COUPLES="${COUPLES:-10000}"
LOAD_TIMEOUT="${LOAD_TIMEOUT:-300}"
NEXT_PORT="${BASE_PORT:-18080}"
HOST=127.0.0.1
READY_TIMEOUT=60
NOTICING='{"what":"A kind word at breakfast","shared":true}'

# Routes measured at every size, in order: the baseline first, the write last (it grows the
# history the reads would otherwise see). Fields: label|auth|method|path|expected status.
# {id} is the couple's id; auth is none, bearer or cookie.
ROUTES=(
  "GET /healthz|none|GET|/healthz|200"
  "GET /api/v1/couples/{id}|bearer|GET|/api/v1/couples/{id}|200"
  "GET /api/v1/couples/{id}/repair|bearer|GET|/api/v1/couples/{id}/repair|200"
  "GET /api/v1/couples/{id}/integrity|bearer|GET|/api/v1/couples/{id}/integrity|200"
  "GET /api/v1/couples/{id}/news|bearer|GET|/api/v1/couples/{id}/news|200"
  "GET /home|cookie|GET|/home|200"
  "GET /repair|cookie|GET|/repair|200"
  "GET /integrity|cookie|GET|/integrity|200"
  "POST /api/v1/couples/{id}/noticings|bearer|POST|/api/v1/couples/{id}/noticings|201"
)

SERVER_PID=""
CHILD_PID="" # wrk or trellis demo, while one runs
DATA_DIR=""
WORK="$(mktemp -d -t trellis-http-bench.XXXXXX)" # logs and wrk output for this run
declare -A RPS                                    # "size|label" -> requests/s
PROBLEMS=0                                        # routes that answered the wrong status

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

# --- cleanup: never leave a server or a data directory behind, even on ctrl-c ---------------

# SIGTERM (the server shuts down gracefully), SIGKILL if it is still there after 10 s.
stop_process() {
  local pid="$1" tries=50
  kill "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && ((tries-- > 0)); do sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true # its exit status is the signal's; not an error
}

stop_server() {
  if [[ -n "$SERVER_PID" ]]; then
    stop_process "$SERVER_PID"
    SERVER_PID=""
  fi
}

drop_data_dir() {
  if [[ -n "$DATA_DIR" ]]; then
    rm -rf "$DATA_DIR"
    DATA_DIR=""
  fi
}

cleanup() {
  if [[ -n "$CHILD_PID" ]]; then stop_process "$CHILD_PID"; fi
  stop_server
  drop_data_dir
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT # exit runs the EXIT trap, so ctrl-c cleans up too
trap 'exit 143' TERM

# Runs a long command (wrk, trellis demo) in the background and waits for it. In the foreground
# bash would hold a trap until the command ends, and would skip the INT trap altogether when the
# command handles SIGINT itself and exits normally, as wrk does: ctrl-c would only skip a route.
run_child() {
  local status=0
  "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}

# --- tools and binary ------------------------------------------------------------------------

# Debian's packages; the index is refreshed only when the plain install fails (it is slow).
ensure_tool() {
  local tool="$1" package="$2"
  command -v "$tool" >/dev/null && return
  say "installing $package"
  apt-get install -y -q "$package" >&2 ||
    { apt-get update -q >&2 && apt-get install -y -q "$package" >&2; } ||
    die "could not install $package"
}

# One release build for the whole run; TRELLIS_BIN skips it (to test with a prebuilt binary).
find_binary() {
  if [[ -n "${TRELLIS_BIN:-}" ]]; then
    BIN="$TRELLIS_BIN"
  else
    say "building release (swift build -c release --product trellis)"
    swift build -c release --product trellis >&2
    BIN="$(swift build -c release --show-bin-path)/trellis"
  fi
  [[ -x "$BIN" ]] || die "no executable trellis at $BIN"
}

# --- server ------------------------------------------------------------------------------------

# The next port from BASE_PORT that nothing on 127.0.0.1 answers on.
take_port() {
  while (: <"/dev/tcp/$HOST/$NEXT_PORT") 2>/dev/null; do NEXT_PORT=$((NEXT_PORT + 1)); done
  PORT=$NEXT_PORT
  NEXT_PORT=$((NEXT_PORT + 1))
}

# Starts `trellis serve` on DATA_DIR and waits for /healthz; sets SERVER_PID, PORT and BASE.
start_server() {
  local log="$WORK/serve-$1.log"
  take_port
  # shellcheck disable=SC2086 # SERVE_ARGS is meant to split into arguments
  # wrk writes far faster than a person: lift the per-member write limit so it measures the write path.
  "$BIN" serve --data-dir "$DATA_DIR" --host "$HOST" --port "$PORT" --writes-per-minute 100000000 ${SERVE_ARGS:-} \
    >"$log" 2>&1 &
  SERVER_PID=$!
  BASE="http://$HOST:$PORT"
  local deadline=$((SECONDS + READY_TIMEOUT))
  until curl -sf -o /dev/null --max-time 2 "$BASE/healthz"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      SERVER_PID=""
      say "--- last lines of $log"; tail -n 20 "$log" >&2 || true
      die "trellis serve exited before answering $BASE/healthz"
    fi
    if ((SECONDS >= deadline)); then
      say "--- last lines of $log"; tail -n 20 "$log" >&2 || true
      die "trellis serve did not answer $BASE/healthz within ${READY_TIMEOUT}s"
    fi
    sleep 0.2
  done
}

# Resident memory of the server process in MiB, from the kernel's own count.
server_rss_mib() {
  awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

# Seeds a fresh DATA_DIR with `trellis demo`; the tokens file has "COUPLE_ID TOKEN" lines.
seed() {
  local couples="$1" events="$2"
  DATA_DIR="$(mktemp -d -t trellis-http-data.XXXXXX)"
  TOKENS="$DATA_DIR/tokens.txt"
  run_child "$BIN" demo --data-dir "$DATA_DIR" --couples "$couples" --events "$events" --tokens "$TOKENS" \
    >"$WORK/demo-$couples-$events.log" 2>&1 || {
    tail -n 20 "$WORK/demo-$couples-$events.log" >&2
    die "trellis demo --couples $couples --events $events failed"
  }
  [[ -s "$TOKENS" ]] || die "trellis demo wrote no tokens to $TOKENS"
}

# --- measuring -----------------------------------------------------------------------------

# a / b to two places (bash has no floating point).
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# Whether the number $1 is below $2.
below() { awk -v x="$1" -v limit="$2" 'BEGIN { exit !(x < limit) }'; }

# Runs wrk against one route; sets MEASURED to "rps p99_ms non2xx socket_errors requests" (a global,
# not output, so that die stops the script). The numbers come from report.lua's line.
measure() {
  local url="$1" script="$2" out="$WORK/wrk.out"
  shift 2
  run_child wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$script" "$@" "$url" >"$out" 2>&1 ||
    { cat "$out" >&2; die "wrk failed on $url"; }
  MEASURED="$(awk '/^@@bench / {
         for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
         printf "%s %.2f %s %s %s\n", v["rps"], v["p99_us"] / 1000, v["non2xx"], v["socket_errors"], v["requests"]
         found = 1
       }
       END { if (!found) exit 1 }' "$out")" || { cat "$out" >&2; die "no @@bench line from wrk on $url"; }
}

# The status one request of the route gets. wrk does not count redirects as failures, so a
# page bouncing to /login would look fast; this catches it before measuring.
status_of() {
  local method="$1" url="$2"
  shift 2
  curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X "$method" "$@" "$url" || true
}

# Measures every route of ROUTES on the running server and prints one table.
measure_routes() {
  local size="$1" id="$2" token="$3" entry label auth method path expected url status
  local rps p99 non2xx sockerr requests ratio note baseline=""
  local -a headers
  local script
  printf '\n%-6s %-40s %10s %9s %7s %8s  %s\n' size route req/s p99_ms ratio non-2xx note
  for entry in "${ROUTES[@]}"; do
    IFS='|' read -r label auth method path expected <<<"$entry"
    url="$BASE${path//\{id\}/$id}"
    case "$auth" in
      none) headers=() ;;
      bearer) headers=(-H "Authorization: Bearer $token") ;;
      cookie) headers=(-H "Cookie: trellis_session=$token") ;;
    esac
    if [[ "$method" == POST ]]; then
      script="$HERE/post.lua"
      status="$(status_of POST "$url" "${headers[@]}" -H 'Content-Type: application/json' --data "$NOTICING")"
    else
      script="$HERE/report.lua"
      status="$(status_of GET "$url" "${headers[@]}")"
    fi
    if [[ "$status" != "$expected" ]]; then
      PROBLEMS=$((PROBLEMS + 1))
      printf '%-6s %-40s %10s %9s %7s %8s  %s\n' "$size" "$label" - - - - \
        "NOT MEASURED: status $status, expected $expected"
      continue
    fi
    measure "$url" "$script" "${headers[@]}"
    read -r rps p99 non2xx sockerr requests <<<"$MEASURED"
    RPS["$size|$label"]="$rps"
    [[ -z "$baseline" ]] && baseline="$rps" # the first route is /healthz
    ratio="$(ratio_of "$rps" "$baseline")"
    note=""
    if [[ "$method" == GET && "$label" != "GET /healthz" ]] && below "$ratio" 0.5; then
      note="below budget (0.5x /healthz)"
    fi
    ((non2xx > 0)) && note="${note:+$note; }$non2xx of $requests answered 4xx/5xx"
    ((sockerr > 0)) && note="${note:+$note; }$sockerr socket errors"
    printf '%-6s %-40s %10.0f %9s %7s %8s  %s\n' "$size" "$label" "$rps" "$p99" "$ratio" "$non2xx" "$note"
  done
}

# One history size: fresh data, fresh server, every route, then everything removed.
bench_size() {
  local size="$1" id token
  say ""
  say "== $size events: seeding"
  seed 1 "$size"
  read -r id token <"$TOKENS"
  [[ -n "$id" && -n "$token" ]] || die "first line of $TOKENS is not 'COUPLE_ID TOKEN'"
  start_server "$size"
  say "== $size events: measuring on $BASE (${DURATION}s per route, $CONNECTIONS connections)"
  measure_routes "$size" "$id" "$token"
  stop_server
  drop_data_dir
}

# Each read at the largest history against the same read at the smallest.
compare_sizes() {
  local small="$1" large="$2" entry label method ratio note
  printf '\nreads at %s events against the same read at %s events (budget >= 0.8)\n' "$large" "$small"
  printf '%-40s %10s %10s %7s  %s\n' route "req/s@$small" "req/s@$large" ratio note
  for entry in "${ROUTES[@]}"; do
    IFS='|' read -r label _ method _ _ <<<"$entry"
    [[ "$method" == GET && "$label" != "GET /healthz" ]] || continue
    if [[ -z "${RPS[$small|$label]:-}" || -z "${RPS[$large|$label]:-}" ]]; then
      printf '%-40s %10s %10s %7s  %s\n' "$label" - - - "not measured at both sizes"
      continue
    fi
    ratio="$(ratio_of "${RPS[$large|$label]}" "${RPS[$small|$label]}")"
    note=""
    below "$ratio" 0.8 && note="below budget"
    printf '%-40s %10.0f %10.0f %7s  %s\n' "$label" "${RPS[$small|$label]}" "${RPS[$large|$label]}" "$ratio" "$note"
  done
}

# Reads every couple of TOKENS once through rotate.lua; wrk's report goes to $1. rotate.lua
# touches a marker file when done, and wrk is told to finish then (SIGINT makes it report and
# exit; it would otherwise sleep out the whole -d, which is only the upper bound).
load_every_couple() {
  local out="$1" marker="$WORK/loaded" status=0
  rm -f "$marker"
  wrk -t1 -c8 -d"${LOAD_TIMEOUT}s" --timeout 30s -s "$HERE/rotate.lua" "$BASE" -- "$TOKENS" "$marker" \
    >"$out" 2>&1 &
  CHILD_PID=$!
  while kill -0 "$CHILD_PID" 2>/dev/null && [[ ! -e "$marker" ]]; do sleep 0.2; done
  kill -INT "$CHILD_PID" 2>/dev/null || true
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  ((status == 0)) || { cat "$out" >&2; die "wrk failed while loading couples"; }
}

# Idle memory on an empty data directory, then after every one of COUPLES couples was read once.
bench_memory() {
  local idle loaded couples out="$WORK/rotate.out" requests
  say ""
  say "== memory: idle server on an empty data directory"
  DATA_DIR="$(mktemp -d -t trellis-http-data.XXXXXX)"
  start_server idle
  sleep 2 # let start-up allocations settle
  idle="$(server_rss_mib)"
  stop_server
  drop_data_dir

  say "== memory: seeding $COUPLES couples"
  seed "$COUPLES" 10
  couples="$(grep -c . "$TOKENS")"
  start_server loaded
  say "== memory: reading each of $couples couples once on $BASE"
  load_every_couple "$out"
  requests="$(sed -n 's/^@@bench requests=\([0-9]*\).*/\1/p' "$out")"
  sleep 1 # in-flight requests finish
  loaded="$(server_rss_mib)"
  stop_server
  drop_data_dir

  printf '\nmemory (budget: idle under 64 MiB)\n'
  printf '%-44s %8s MiB  %s\n' "idle RSS, empty data directory" "$idle" "$(below "$idle" 64 || echo over budget)"
  printf '%-44s %8s MiB\n' "RSS after reading $couples couples once" "$loaded"
  printf '%-44s %8s KiB\n' "per couple loaded" \
    "$(ratio_of "$(awk -v a="$loaded" -v b="$idle" 'BEGIN { print (a - b) * 1024 }')" "$couples")"
  printf 'couples loaded: %s (%s responses%s)\n' "$couples" "${requests:-?}" \
    "$(grep -q '^Non-2xx' "$out" && printf ', %s' "$(grep '^Non-2xx' "$out")")"
  if [[ -z "$requests" || "$requests" -lt "$couples" ]]; then
    say "warning: only ${requests:-0} of $couples couples answered within ${LOAD_TIMEOUT}s (raise LOAD_TIMEOUT)"
  fi
}

main() {
  [[ -f Package.swift ]] || die "run from the repository root: bash Benchmarks/http/run.sh"
  ensure_tool wrk wrk
  ensure_tool curl curl
  find_binary
  local sizes size
  read -r -a sizes <<<"$SIZES"
  for size in "${sizes[@]}"; do bench_size "$size"; done
  ((${#sizes[@]} > 1)) && compare_sizes "${sizes[0]}" "${sizes[-1]}"
  bench_memory
  if ((PROBLEMS > 0)); then
    die "$PROBLEMS route(s) answered the wrong status and were not measured"
  fi
}

main "$@"
