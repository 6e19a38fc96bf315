-- wrk: alternate between two logged-in sessions (COOKIE1, COOKIE2), one pinned to each node
dofile("bench/redirects.lua")
local cookies = { os.getenv("COOKIE1"), os.getenv("COOKIE2") }
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", nil, { ["Cookie"] = cookies[n % 2 + 1] })
end
