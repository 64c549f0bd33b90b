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
-- the RESULT line of bench/pages (wrk runs from the project folder)
dofile("bench/pages/report.lua")
