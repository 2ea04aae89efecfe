-- KEYS[1]: the order's reservations; ARGV[1]: the SKU
local stock = 'stock:' .. ARGV[1]
if tonumber(redis.call('GET', stock)) > 0 then
  redis.call('DECR', stock)
  redis.call('SADD', KEYS[1], ARGV[1])
  return 1
end
return 0
