-- wrk script: each request picks the next public address of the list (pages, API, CSV), so that
-- the 50 "visitors" browse the site as people and harvesters do. Accept-Encoding like a browser.
local paths = {
  "/", "/objectifs", "/objectifs/7-3", "/objectifs/1-1", "/objectifs?axe=2&statut=a-surveiller&tri=echeance",
  "/axes/1", "/organisations", "/organisations/ans", "/api/v1/objectives", "/api/v1/objectives/7-3",
  "/opendata/objectives.csv", "/donnees-ouvertes"
}
local counter = 0
-- THINK_MS: a visitor's pause before each request (0, the default, sends them back to back: the
-- machine's saturation; about 1000 ms models people reading a page)
local think = tonumber(os.getenv("THINK_MS") or "0") or 0

if think > 0 then
  delay = function()
    return think
  end
end

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end

-- a non-2xx/3xx answer is counted by wrk itself ("Non-2xx or 3xx responses"). wrk's "timeout" counts
-- a connection whose last request started over 2 s ago, even while it waits out the think time: with
-- --think 1000, a response slower than about 1 s counts as a timeout though it did arrive (max_ms says
-- how slow the slowest was).
done = function(summary, latency, requests)
  io.write(string.format("LOAD public requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.1f rps=%.1f\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1000000)))
end
