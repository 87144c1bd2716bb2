-- wrk script: POST the request body in $BODY_FILE to the given path.
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

dofile("bench/report.lua")
