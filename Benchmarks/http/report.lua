-- Shared by every benchmark run: prints one machine-readable line after wrk's own report, so
-- run.sh reads exact numbers (latency in microseconds) instead of parsing wrk's rounded text
-- with its changing units (us/ms/s).
--
-- non2xx is wrk's own count of responses with status > 399 (its "Non-2xx or 3xx responses");
-- redirects are NOT counted by wrk, which is why run.sh checks each route's status with curl
-- before measuring it.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "@@bench requests=%d duration_us=%d rps=%.2f p99_us=%.0f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
