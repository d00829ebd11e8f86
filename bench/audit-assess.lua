-- wrk script for bench/audit-overhead.sh: POST the bench case to /api/assessments.
-- AUTH (the Basic credentials, base64) and BODY_FILE come from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.body = f:read("*a")
f:close()
