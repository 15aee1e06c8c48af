-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk (an independent HTTP load tool) against the station's web service: each request is a courier's scan with a new
-- scan id (POST /api/v1/handovers), one in ten lists the shipments. Every scan must be answered and recorded: the
-- script counts the answers by status so that scripts/bench/wrk-scans.sh can compare them with the field_scan rows.
local token = os.getenv("PREP_TOKEN")
local shipment = os.getenv("PREP_SHIPMENT")
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
    thread:set("id", thread_id)
    thread_id = thread_id + 1
    table.insert(threads, thread)
end

function init(args)
    scans, lists, ok, other = 0, 0, 0, 0
end

request = function()
    counter = counter + 1
    local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
    if counter % 10 == 0 then
        lists = lists + 1
        return wrk.format("GET", "/api/v1/shipments", headers)
    end
    scans = scans + 1
    local body = string.format(
        '{"kind":"pickup","code":"%s","place":"PUI (wrk)","scan_id":"wrk-%d-%d"}', shipment, id, counter)
    return wrk.format("POST", "/api/v1/handovers", headers, body)
end

response = function(status, headers, body)
    if status == 200 then ok = ok + 1 else other = other + 1 end
end

done = function(summary, latency, requests)
    local s, l, o, x = 0, 0, 0, 0
    for _, t in ipairs(threads) do
        s = s + t:get("scans"); l = l + t:get("lists"); o = o + t:get("ok"); x = x + t:get("other")
    end
    io.write(string.format("sent: %d scans, %d lists; answered 200: %d, other: %d\n", s, l, o, x))
    io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000))
end
