-- A paced mix for bench/console: about BENCH_RATE requests/s in all over wrk's connections (each
-- connection waits between requests, wrk's delay()), one in ten a PATCH of
-- a token on the CPO's Receiver interface (so the console's Tokens page sees changes), the others
-- GETs of one location on the CPO's Sender interface, spread over the whole set.
local count = tonumber(os.getenv("BENCH_COUNT") or "10000")
local rate = tonumber(os.getenv("BENCH_RATE") or "1000")
local locations = os.getenv("BENCH_LOCATIONS_PATH")
local tokens = os.getenv("BENCH_TOKENS_PATH")
local auth = os.getenv("BENCH_AUTH")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "10")
local n = 0

request = function()
  n = n + 1
  if n % 10 == 0 then
    local uid = string.format("TOK%06d", (n * 7919) % count)
    local body = string.format('{"valid":%s,"last_updated":"2026-06-01T%02d:%02d:%02dZ"}',
                               (n % 20 == 0) and "true" or "false", math.floor(n / 3600) % 24,
                               math.floor(n / 60) % 60, n % 60)
    return wrk.format("PATCH", tokens .. "/" .. uid,
                      {["Authorization"] = auth, ["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("GET", string.format("%s/LOC%06d", locations, (n * 7919) % count), {["Authorization"] = auth})
end

-- A fixed pause of connections/rate would ignore the answer's own time and fall short of the rate:
-- once a second (Lua's clock has whole seconds) the pause is corrected by the rate reached.
local pause = connections * 1000 / rate
local second = os.time()
local sent = 0
delay = function()
  local now = os.time()
  if now ~= second then
    if sent > 0 then
      pause = math.max(0, math.min(1000, pause * sent / rate))
    end
    second = now
    sent = 0
  end
  sent = sent + 1
  return math.floor(pause)
end

-- Refused answers would make the load cheaper than it looks: count them (wrk: status >= 400).
done = function(summary)
  io.write(string.format("refused (HTTP >= 400): %d of %d\n", summary.errors.status, summary.requests))
end
