-- PUT whole objects on a Receiver interface, cycling through BENCH_COUNT ids. The template's
-- BENCH_PLACEHOLDER (LOC000000 unless set) is replaced by each id, written with BENCH_ID_FORMAT.
local count = tonumber(os.getenv("BENCH_COUNT") or "10000")
local base = os.getenv("BENCH_PATH")
local placeholder = os.getenv("BENCH_PLACEHOLDER") or "LOC000000"
local format = os.getenv("BENCH_ID_FORMAT") or "LOC%06d"
local file = io.open(os.getenv("BENCH_TEMPLATE"), "r")
local template = file:read("*a")
file:close()
local n = 0
wrk.method = "PUT"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local id = string.format(format, (n * 7919) % count)
  local body = string.gsub(template, placeholder, id)
  return wrk.format("PUT", base .. "/" .. id, nil, body)
end
