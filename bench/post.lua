-- wrk script for the Plateau benchmark (bench/run.sh): the same POST /invocations the other tools send.
-- wrk reads the whole chunked SSE answer before it counts a response, so its "requests" are completed
-- streams; it parses no SSE, which is why it is the floor for CPU per request (no TTFT: n/a).
wrk.method = "POST"
wrk.path = "/invocations"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "text/event-stream"
wrk.body = '{"input":[{"role":"user","content":"What is the capital of France? Answer in one sentence."}],"stream":true}'

-- One machine-readable line for bench/summarize.py (wrk's own text output is for humans).
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "WRK_JSON {\"requests\":%d,\"duration_us\":%d,\"bytes\":%d," ..
      "\"err_connect\":%d,\"err_read\":%d,\"err_write\":%d,\"err_status\":%d,\"err_timeout\":%d," ..
      "\"lat_p50_ms\":%.3f,\"lat_p99_ms\":%.3f}\n",
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50) / 1000.0, latency:percentile(99) / 1000.0))
end
