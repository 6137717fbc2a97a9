-- PATCH tokens on a CPO's Receiver interface (block and unblock cards), cycling through the uids
-- put_object.lua stored (TOK%06d). last_updated moves on with every request (TF-10).
local count = tonumber(os.getenv("BENCH_COUNT") or "1000")
local base = os.getenv("BENCH_PATH")
local n = 0
wrk.method = "PATCH"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local uid = string.format("TOK%06d", (n * 7919) % count)
  local body = string.format('{"valid":%s,"last_updated":"2026-06-01T%02d:%02d:%02dZ"}',
                             (n % 2 == 0) and "true" or "false", math.floor(n / 3600) % 24,
                             math.floor(n / 60) % 60, n % 60)
  return wrk.format("PATCH", base .. "/" .. uid, nil, body)
end
