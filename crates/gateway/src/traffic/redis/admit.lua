-- Gatehouse admission of one call: every rate limit (GCRA) and every quota that applies, checked
-- and counted atomically, all or nothing.
--
-- KEYS: the rate limits' keys (each holds its theoretical arrival time, in µs of Redis' clock),
--       then the quotas' window counters.
-- ARGV: [1] how many KEYS are rate limits, [2] the call's cost in quota units, then
--       (emission interval µs, burst tolerance µs) per rate limit,
--       then (units allowed, expiry as a Unix time in s) per quota.
-- Returns {1} when the call is admitted (and counted); {0, 1, i, wait µs} when rate limit i
-- refuses it (the one with the longest wait); {0, 2, j, 0} when quota j would be exceeded.
-- A refused call is counted nowhere.
if redis.replicate_commands then redis.replicate_commands() end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local limits = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local next_tats = {}
local refused, longest = 0, 0
for i = 1, limits do
  local interval = tonumber(ARGV[1 + 2 * i])
  local tolerance = tonumber(ARGV[2 + 2 * i])
  local tat = tonumber(redis.call('GET', KEYS[i]) or now)
  if tat < now then tat = now end
  local wait = tat - tolerance - now
  if wait > 0 then
    if wait > longest then refused, longest = i, wait end
  else
    next_tats[i] = tat + interval
  end
end
if refused > 0 then return {0, 1, refused, math.ceil(longest)} end
local base = 2 + 2 * limits
local quotas = #KEYS - limits
for j = 1, quotas do
  local used = tonumber(redis.call('GET', KEYS[limits + j]) or 0)
  if used + cost > tonumber(ARGV[base + 2 * j - 1]) then return {0, 2, j, 0} end
end
for i = 1, limits do
  -- The key may go once the bucket is full again: then it means the same as no key.
  local ttl = math.max(1, math.ceil((next_tats[i] - now) / 1000))
  redis.call('SET', KEYS[i], string.format('%.0f', next_tats[i]), 'PX', ttl)
end
for j = 1, quotas do
  redis.call('INCRBY', KEYS[limits + j], ARGV[2])
  redis.call('EXPIREAT', KEYS[limits + j], ARGV[base + 2 * j])
end
return {1}
