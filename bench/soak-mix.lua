-- wrk: a mix of the dashboard (one logged-in session per line of the file SESSIONS, taken in turn), the KPI API
-- and exports (HTTP Basic AUTH)
dofile("bench/redirects.lua")
local cookies = {}
for line in io.lines(os.getenv("SESSIONS")) do cookies[#cookies + 1] = line end
local auth = os.getenv("AUTH")
local month = os.getenv("MONTH") or "2020-06"
local n = 0
request = function()
    n = n + 1
    local k = n % 10
    if k < 4 then
        return wrk.format("GET", "/controlling/dashboard.xhtml?month=" .. month, { ["Cookie"] = cookies[n % #cookies + 1] })
    elseif k < 8 then
        return wrk.format("GET", "/api/controlling/kpis?month=" .. month, { ["Authorization"] = auth })
    elseif k == 8 then
        return wrk.format("GET", "/api/reporting/exports/jobcenter?format=csv", { ["Authorization"] = auth })
    else
        return wrk.format("GET", "/api/reporting/exports/kennzahlen?format=xlsx&month=" .. month, { ["Authorization"] = auth })
    end
end
