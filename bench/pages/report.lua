-- wrk reporter shared by bench/pages and bench/startup: one line "RESULT requests req/s p99-ms errors non-2xx/3xx"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.2f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
