-- GET one of our locations by id, spread over the whole set.
local count = tonumber(os.getenv("BENCH_COUNT") or "10000")
local base = os.getenv("BENCH_PATH")
local n = 0
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
request = function()
  n = n + 1
  return wrk.format("GET", string.format("%s/LOC%06d", base, (n * 7919) % count))
end
