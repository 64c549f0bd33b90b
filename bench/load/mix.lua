-- A mixed Puente workload for wrk: anonymous reads, searches, calendar feeds, signed-in edits (meetings created
-- through the JSON API with a browser session and its CSRF token) and uploads (a small text document through the
-- upload form). Environment: SESSIONS (a file of "session-cookie csrf-token" lines, one signed-in person each: wrk
-- thread N uses line N, so run with as many threads as connections, -tU -cU, for one person per connection) or
-- SESSION and CSRF (one session shared by every connection; from bench/lib/puente.sh sign_in), THINK_MS (each
-- connection pauses a random 0.5–1.5 × THINK_MS before each request, as a person reads; unset or 0: no pause, a
-- saturation test), ACKED (a file: the id of every write acknowledged with 2xx/3xx is appended), REFUSED (a file:
-- the status and request of every answer >= 400 is appended), TAG (marks this
-- run's meetings and documents).
-- globals, not locals: wrk's thread:set (in setup) replaces a thread's globals after its copy of this script ran
session = os.getenv("SESSION") or ""
csrf = os.getenv("CSRF") or ""
local sessions_file = os.getenv("SESSIONS")
local think_ms = tonumber(os.getenv("THINK_MS") or "0") or 0
local acked_file = os.getenv("ACKED")
local refused_file = os.getenv("REFUSED")
local tag = os.getenv("TAG") or "bench"
local reads = { "/", "/meetings", "/documents", "/glossary", "/directory", "/meetings/month?month=2017-09",
  "/agreements", "/documents/inputs" }
local words = { "migración", "calendario", "acta", "insumos", "refugiados", "retorno", "trata", "niñez",
  "remesas", "diásporas", "frontera", "plenaria" }
local counter = 0
thread_id = 0
local acked = {}

local people = {}
if sessions_file then
  for line in io.lines(sessions_file) do
    local s, c = string.match(line, "^(%S+)%s+(%S+)")
    if s then people[#people + 1] = { s, c } end
  end
end

function setup(thread)
  thread_id = thread_id + 1
  thread:set("thread_id", thread_id)
  if #people > 0 then
    local person = people[(thread_id - 1) % #people + 1]
    thread:set("session", person[1])
    thread:set("csrf", person[2])
  end
end

function init(args)
  -- each thread its own sequence: unseeded, every thread would send the same requests at the same moments
  math.randomseed(os.time() * 1000 + thread_id * 7919)
end

if think_ms > 0 then
  function delay()
    return math.floor(think_ms * (0.5 + math.random()))
  end
end

local function cookie_headers(extra)
  local h = { ["Cookie"] = "SESSION=" .. session, ["X-CSRF-TOKEN"] = csrf }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

local function edit()
  counter = counter + 1
  local day = 1 + (counter % 27)
  local body = string.format('{"titleEs":"%s-%d-%d","kind":"WORKING_MEETING","precision":"DAYS",' ..
    '"startDate":"2028-03-%02d","status":"TENTATIVE","visibility":"PUBLIC","processes":["CRM"]}',
    tag, thread_id, counter, day)
  return wrk.format("POST", "/api/v1/meetings", cookie_headers({ ["Content-Type"] = "application/json",
    ["Accept"] = "application/json" }), body)
end

local function upload()
  counter = counter + 1
  local boundary = "benchboundary" .. counter
  local name = string.format("%s-%d-%d", tag, thread_id, counter)
  local parts = {
    { "title.es", name }, { "kind", "REPORT" }, { "language", "es" }, { "date", "2017-06-20" },
    { "confidentiality", "PUBLIC" }, { "processes", "CRM" }, { "_csrf", csrf } }
  local body = {}
  for _, p in ipairs(parts) do
    body[#body + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. p[1] .. "\"\r\n\r\n" .. p[2] .. "\r\n"
  end
  body[#body + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" .. name ..
    ".txt\"\r\nContent-Type: text/plain\r\n\r\nInforme " .. name .. " sobre cooperación consular.\r\n--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/documents", cookie_headers({ ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }),
    table.concat(body))
end

-- percent-encoded: raw UTF-8 in a request line is refused (400) before the application sees it
local function encoded(text)
  return (string.gsub(text, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- what the connection asked last: with one connection per thread, the answer response() sees is to this request
local last = ""

function request()
  local r = math.random(100)
  if session ~= "" and r <= 12 then last = "POST /api/v1/meetings"; return edit() end
  if session ~= "" and r <= 20 then last = "POST /documents"; return upload() end
  if r <= 35 then last = "GET /search"; return wrk.format("GET", "/search?q=" .. encoded(words[math.random(#words)])) end
  if r <= 45 then last = "GET /calendar.ics"; return wrk.format("GET", "/calendar.ics") end
  last = "GET " .. reads[math.random(#reads)]
  return wrk.format("GET", string.sub(last, 5))
end

function response(status, headers, body)
  if status == 201 then
    local id = string.match(body, '"id":"([0-9a-f%-]+)"')
    if id then acked[#acked + 1] = "meeting " .. id end
  elseif status == 302 and headers["Location"] then
    local id = string.match(headers["Location"], "/documents/([0-9a-f%-]+)$")
    if id then acked[#acked + 1] = "document " .. id end
  end
  if refused_file and status > 399 then
    local f = io.open(refused_file, "a")
    f:write(status .. " " .. last .. " " .. (headers["Retry-After"] and "retry-after" or "") .. "\n")
    f:close()
  end
  -- written at once: wrk's done() runs in another Lua state and could not flush what a thread kept
  if acked_file and #acked > 0 then
    local f = io.open(acked_file, "a")
    f:write(table.concat(acked, "\n") .. "\n")
    f:close()
    acked = {}
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (connect %d, read %d, write %d, timeout %d, status %d)\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
