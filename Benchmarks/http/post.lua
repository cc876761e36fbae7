-- A durable write: record a noticing. The bearer token comes from run.sh (-H), the path from the
-- URL; only the method, body and content type live here. No request() function, so wrk builds
-- the request once and reuses it (the cheapest way for wrk to send it).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

wrk.method = "POST"
wrk.body = '{"what":"A kind word at breakfast","shared":true}'
wrk.headers["Content-Type"] = "application/json"
