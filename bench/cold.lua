-- wrk script for the cold mix: every request a body no worker has seen. Each wrk thread walks
-- its own share of the bodies (thread k of n sends bodies k, k + n, k + 2n, ...), so no body is
-- sent twice until the file runs out.
local bodies = {}
local counter = 0
local created = 0

function setup(thread)
  thread:set("id", created)
  created = created + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(bodies, line) end
  end
  threads = tonumber(args[2]) or 2
end

function request()
  local body = bodies[((counter * threads + id) % #bodies) + 1]
  counter = counter + 1
  return wrk.format("POST", "/v1/render", {["Content-Type"] = "application/json"}, body)
end
