-- wrk: print requests per second and latency percentiles as one JSON line.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'WRK {"rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "requests": %d, "errors": %d, "non2xx": %d}\n',
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status
  ))
end
