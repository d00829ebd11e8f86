-- wrk script for bench/replicas.sh: the audited assessment of bench/audit-assess.lua, with wrk's
-- threads spread round-robin over the replicas' ports (PORTS, comma-separated): thread i sends
-- every request of its connections to replica i mod n. Run with -t a multiple of the replica count.
dofile("bench/audit-assess.lua")
local ports = {}
for port in string.gmatch(os.getenv("PORTS"), "%d+") do
  ports[#ports + 1] = port
end
local threads = 0
function setup(thread)
  thread.addr = wrk.lookup("127.0.0.1", ports[threads % #ports + 1])[1]
  threads = threads + 1
end
