"""Locust side of the Plateau benchmark (bench/run.sh): the way Databricks' load-testing guide load-tests an agent.

An SSE HttpUser (requests-based, stream=True, iter_lines) POSTs /invocations with stream:true, reads the
event stream to data: [DONE], and reports TTFT as a custom Locust metric with events.request.fire
(request_type="SSE", name="TTFT"), the way the guide's locustfile.py does. The "/invocations" entry that Locust
records itself is a *completed* stream (catch_response reports it when the with-block closes, after
[DONE]), but its response_time is only time-to-headers: that is how requests measures a streamed call.
Completed requests are counted from that entry, never from the TTFT entry (docs/architecture.md, "Metric definitions").

TTFT here is send -> first text delta (response.output_text.delta), the same definition Plateau uses, so the
two can be compared against the mock's true TTFT. The guide's locustfile.py timed the first data event of any kind
(here: the tool-call event the mock sends with the headers); set BENCH_LOCUST_TTFT=first_event for that.
"""

import json
import os
import time

from locust import HttpUser, constant, events, task

BODY = {
    "input": [{"role": "user", "content": "What is the capital of France? Answer in one sentence."}],
    "stream": True,
}
HEADERS = {"Accept": "text/event-stream"}
FIRST_EVENT = os.environ.get("BENCH_LOCUST_TTFT", "first_delta") == "first_event"
DELTA_TYPE = "response.output_text.delta"


class SseUser(HttpUser):
    # Closed loop with no think time, like the other generators in the benchmark.
    wait_time = constant(0)

    def on_start(self):
        # https runs: trust the certificate bench/run.sh made for the mock.
        if os.environ.get("BENCH_CA_FILE"):
            self.client.verify = os.environ["BENCH_CA_FILE"]

    @task
    def invoke(self):
        start = time.perf_counter()
        ttft_sent = False
        done = False
        with self.client.post(
            "/invocations", json=BODY, headers=HEADERS, stream=True, catch_response=True, name="/invocations"
        ) as resp:
            if resp.status_code != 200:
                resp.failure(f"HTTP {resp.status_code}")
                return
            for line in resp.iter_lines():
                if not line.startswith(b"data:"):
                    continue
                data = line[5:].strip()
                if data == b"[DONE]":
                    done = True
                    break
                try:
                    event = json.loads(data)
                except ValueError:
                    resp.failure("bad JSON in a data: line")
                    return
                if not ttft_sent and (FIRST_EVENT or event.get("type") == DELTA_TYPE):
                    ttft_sent = True
                    events.request.fire(
                        request_type="SSE",
                        name="TTFT",
                        response_time=(time.perf_counter() - start) * 1000.0,
                        response_length=0,
                        exception=None,
                        context={},
                    )
                if "error" in event:
                    resp.failure(f"mid-stream error: {str(event['error'])[:100]}")
                    return
            if done:
                resp.success()
            else:
                resp.failure("stream ended without [DONE]")


# --- benchmark plumbing (not part of the guide's locustfile.py) -------------------------------------------------
# bench/run.sh runs Locust for BENCH_WARMUP + BENCH_SECONDS and wants percentiles and QPS from the measured
# window only, like Plateau's settle period. After BENCH_WARMUP seconds this records how many streams had
# completed (so CPU per request can still use every request the process served) and resets the stats.
WARMUP_S = float(os.environ.get("BENCH_WARMUP", "0") or 0)
WARMUP_FILE = os.environ.get("BENCH_LOCUST_WARMUP_FILE", "")


@events.test_start.add_listener
def _arm_warmup_reset(environment, **_kwargs):
    if WARMUP_S <= 0:
        return
    import gevent

    def reset():
        stats = environment.runner.stats
        entry = stats.get("/invocations", "POST")
        if WARMUP_FILE:
            with open(WARMUP_FILE, "w") as f:
                json.dump(
                    {"requests": entry.num_requests, "failures": entry.num_failures, "at_s": WARMUP_S}, f
                )
        stats.reset_all()

    gevent.spawn_later(WARMUP_S, reset)
