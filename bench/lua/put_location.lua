-- PUT full locations on a Receiver interface, cycling through the ids of the seeded set.
local count = tonumber(os.getenv("BENCH_COUNT") or "10000")
local base = os.getenv("BENCH_PATH")
local file = io.open(os.getenv("BENCH_TEMPLATE"), "r")
local template = file:read("*a")
file:close()
local n = 0
wrk.method = "PUT"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local id = string.format("LOC%06d", (n * 7919) % count)
  local body = string.gsub(template, "LOC000000", id)
  return wrk.format("PUT", base .. "/" .. id, nil, body)
end
