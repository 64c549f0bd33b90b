-- the public pages in Spanish and English, one after the other, for the 60 s load of bench/startup
local paths = { "/", "/meetings", "/agreements", "/documents", "/glossary", "/directory" }
local langs = { "es", "en" }
local i = 0
request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  local lang = langs[(math.floor(i / #paths) % #langs) + 1]
  return wrk.format("GET", path, { ["Accept-Language"] = lang })
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.2f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
