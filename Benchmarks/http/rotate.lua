-- Loads every couple once: each request reads the next couple of a tokens file
-- ("COUPLE_ID TOKEN" per line) with that couple's own bearer token, round-robin, and the thread
-- stops once as many responses as couples have come back.
--
--     wrk -t1 -c8 -d300s -s rotate.lua http://127.0.0.1:PORT -- tokens.txt [done-marker]
--
-- Use a single thread (-t1): the counter is per thread, so with more threads every thread would
-- start again at the first couple. The first N requests sent cover all N couples, and N
-- responses back mean at least N were sent, so stopping then has touched every couple.
--
-- wrk cannot stop by count: a stopped thread still leaves wrk's main thread asleep for the whole
-- -d. So when done this also creates the done-marker file, and the caller sends wrk SIGINT on
-- seeing it (wrk then prints its report as usual). -d is only the upper bound.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local requests_by_line = {}
local next_index = 0
local responses = 0
local marker = nil

function init(args)
  local path = args[1] or os.getenv("TOKENS")
  marker = args[2]
  assert(path, "rotate.lua: give the tokens file after -- or in TOKENS")
  for line in io.lines(path) do
    local id, token = line:match("^%s*(%S+)%s+(%S+)")
    if id then
      -- Built once here, so request() only picks a string.
      requests_by_line[#requests_by_line + 1] = wrk.format("GET", "/api/v1/couples/" .. id,
        { ["Authorization"] = "Bearer " .. token })
    end
  end
  assert(#requests_by_line > 0, "rotate.lua: no 'COUPLE_ID TOKEN' lines in " .. path)
end

function request()
  next_index = next_index % #requests_by_line + 1
  return requests_by_line[next_index]
end

function response(status, headers, body)
  responses = responses + 1
  if responses == #requests_by_line then
    if marker then
      io.open(marker, "w"):close()
    end
    wrk.thread:stop()
  end
end
