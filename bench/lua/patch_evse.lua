-- PATCH the status of EVSEs on a Receiver interface (LOC-05: the location's last_updated follows).
local count = tonumber(os.getenv("BENCH_COUNT") or "10000")
local base = os.getenv("BENCH_PATH")
local statuses = {"AVAILABLE", "CHARGING", "BLOCKED", "INOPERATIVE"}
local n = 0
wrk.method = "PATCH"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local id = string.format("LOC%06d", (n * 7919) % count)
  local seconds = n % 60
  local body = string.format('{"status":"%s","last_updated":"2026-06-01T12:%02d:%02dZ"}',
                             statuses[(n % 4) + 1], math.floor(n / 60) % 60, seconds)
  return wrk.format("PATCH", string.format("%s/%s/%s-E%d", base, id, id, n % 2), nil, body)
end
