-- wrk counts a redirect as success; a logged-in page that redirects has lost its session (to the login page).
-- Loaded by the scripts that drive logged-in sessions: prints "Redirects: N" at the end (all threads).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) redirects = 0 end
function response(status, headers, body)
    if status >= 300 and status < 400 then redirects = redirects + 1 end
end
function done(summary, latency, requests)
    local n = 0
    for _, thread in ipairs(threads) do n = n + thread:get("redirects") end
    io.write(string.format("Redirects: %d\n", n))
end
