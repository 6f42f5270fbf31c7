-- wrk script: POST a rotating mix of realistic render requests read from a JSON Lines file.
local bodies = {}
local counter = 0

function init(args)
  local path = args[1]
  for line in io.lines(path) do
    if #line > 0 then table.insert(bodies, line) end
  end
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/v1/render", {["Content-Type"] = "application/json"}, body)
end
