-- BENCH ONLY. wrk script: with WRK_DELAY_MS set, each connection waits that long before each
-- request (paced load, used for "half the maximum load"); at the end prints one RESULT line.
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")

if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    "RESULT rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d non2xx=%d errors=%d bytes_per_req=%.0f\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.errors.status,
    errors, summary.bytes / math.max(summary.requests, 1)))
end
