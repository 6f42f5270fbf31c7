-- wrk script: a mix of requests read from a JSON Lines file of {"path": ..., "headers": {...}, "body": "..."}
-- lines (the body a string), sent round-robin; counts statuses per path so the report can say which
-- endpoint failed, if one did.
local requests = {}
local counter = 0
local threads = {}

local function decode_line(line)
  -- the bench writes "path\theader-name: value|...\tbody" lines: no JSON parser needed in Lua
  local path, headers, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
  local h = {["Content-Type"] = "application/json"}
  for pair in headers:gmatch("[^|]+") do
    local name, value = pair:match("^([^:]+):%s*(.*)$")
    if name then h[name] = value end
  end
  return wrk.format("POST", path, h, body)
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(requests, decode_line(line)) end
  end
  statuses = {}
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, n in pairs(counts) do totals[status] = (totals[status] or 0) + n end
  end
  for status, n in pairs(totals) do io.write(string.format("STATUS %d %d\n", status, n)) end
end
