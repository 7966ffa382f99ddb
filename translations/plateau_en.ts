<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>KneeReason</name>
    <message>
        <source>QPS flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure rate over the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual send → end of the stream (data: [DONE], or the body&apos;s end), per successful request. Time to headers is reported apart; Plateau&apos;s Locust-compatible CSV files use this latency as their response time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send → response headers complete. Locust-based scripts report only this and call it latency; for a streaming agent it says little about what users wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: send → the first text delta (an answer token); tool-call and other events do not count. Time to first event is reported apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send → the first SSE event of any kind, reported apart from TTFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-token latency, per request: (last delta − first delta) / (deltas − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per output token, per request: (latency − TTFT) / (deltas − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS of a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests completed inside the step&apos;s window (after the settle period), divided by the window&apos;s length. A TTFT sample is never counted as a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like QPS, counting only the requests that succeeded (failures excluded). Requests cancelled at the end of a test are neither ok nor failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed / completed requests, shown as a percentage (thresholds take the ratio: 0.15 is 15 %). Requests cancelled at the end of a test are not failures. Each failure class (connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error, protocol, stall and total timeout) is counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency from intended send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-loop profiles: intended send time → end of the stream, which includes any queueing in the generator (coordinated omission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step with the highest QPS ok: its QPS ok (peak QPS ok) and the number of concurrent users it ran with (users at peak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step that still scaled: after it, added users raised QPS by less than the set fraction of the linear expectation, or latency p95 or the failure rate crossed its limit (one noisy step is not a knee). When the first step is already over a limit, the knee is that step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator itself ran out of CPU or its event loop lagged: the numbers are a floor for the server, not its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real percentiles from log-linear histograms (within 1 % relative error), merged across worker threads; not Locust&apos;s rounded ones. Timings count successful requests only; whole-target values cover every step of the ramp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens of the requests that ended in a window, from the server&apos;s usage report, divided by the window&apos;s length. When the server reports no usage, text deltas per second are shown instead and labelled deltas/s (a delta may hold several tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max QPS under SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest QPS ok of a step whose latency p95, TTFT p95 and failure rate all stayed within the plan&apos;s SLO, and the users it ran with: the load the endpoint can promise, where the peak is only what it survived. When no step met the SLO, that is said instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the Qt network stack hides some server faults: it resends a request whose answer was malformed (the server sees it more than once), reads a garbage answer or an unparsable chunk size as a short body (counted as no_done, not protocol), accepts an answer head of any size and drops the fields of one with more than 100 (counted as content_type). Use the lean transport to judge a server&apos;s HTTP; this one for proxies, redirects and HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>usage:
  plateau report RUN_DIR [--out FILE] [--svg]
  plateau report BASELINE CANDIDATE [--tolerance PCT] [--failure-tolerance PP] [--out FILE] [--svg]
  plateau report --baseline RUN... --candidate RUN... [--tolerance PCT] [--failure-tolerance PP]
                 [--out FILE] [--svg]
  plateau report --compare RUN RUN... [--out FILE] [--svg]
  plateau report RUN RUN RUN... [--out FILE] [--svg]

One run folder: (re)writes RUN_DIR/dashboard.html.
Two runs: a regression check of the candidate (the second) against the baseline (the first): per
configuration (target label) peak QPS ok, latency p95, TTFT p95 and failure rate, their change and a
verdict, as a table on stdout and at the top of the comparison page. A regression is a change for the
worse (QPS down; latency, TTFT, failures up) by more than the tolerance. A configuration the candidate
lacks, skipped or left without a successful request is a regression too.
Repeats (the r1..r5 loop): --baseline r1 r2 r3 --candidate r4 r5 r6 compares the means (shown as
mean ± sd); a change is a regression only when it also exceeds 2 standard deviations of either group.
Three or more runs, or --compare: the comparison page of the runs side by side, no check.

Options:
  --out FILE              where to write the HTML (default: RUN_DIR/dashboard.html for one run
                          folder, ./comparison.html otherwise)
  --svg                   draw the charts with the built-in SVG renderer, not Chart.js
  --baseline RUN...       the baseline runs of a check (every run up to the next option)
  --candidate RUN...      the candidate runs of a check
  --tolerance PCT         the change in peak QPS ok, latency p95 and TTFT p95, in percent of the
                          baseline, that is still no regression (default 5)
  --failure-tolerance PP  the rise of the failure rate, in percentage points, that is still no
                          regression (default 1)
  --compare               several runs side by side without a check, exit 0 (what `plateau report A B`
                          did before it became a check)
  -h, --help              this text

RUN is a Plateau run folder or a Locust *_stats.csv file (its *_stats_history.csv beside it).
Exit status: 0 written, and no regression; 1 a regression; 2 bad input, or a run or file that could
not be read or written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plateau report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the runs either as BASELINE CANDIDATE or after --baseline and --candidate, not both (left over: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare shows runs without a check; it does not go with --baseline and --candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline needs at least one run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--candidate needs at least one run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one run folder (plateau report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to a regression check: name two runs, or --baseline and --candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to %2 (e.g. 5), not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGRESSION (exit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no regression (exit 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPhase</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau</name>
    <message>
        <source>No step completed a request, so there is no saturation verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 QPS ok at %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS flattened after %1 users: %1→%2 users added %3 QPS where linear scaling predicts %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95 crossed the %1 ms limit after %2 users: %3 ms at %4 users (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95 was over the %1 ms limit from the first step on: %2 users, %3 ms at %4 users (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure rate crossed the %1% limit after %2 users: %3% at %4 users (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure rate was over the %1% limit from the first step on: %2 users, %3% at %4 users (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS kept scaling up to %1 users: no knee within the ramp (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few requests completed per step to find a knee (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator itself was saturated at %1 users (CPU %2% of %3%, event-loop lag up to %4 ms): these numbers are a floor, not the server&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS (completed/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS ok (succeeded/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no string &quot;prompt&quot; or &quot;content&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes; at most 64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request succeeded at %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failure rate was %1 at %2 users (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 was %1 ms at %2 users (limit %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 was %1 ms at %2 users (limit %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text delta arrived at %1 users, so TTFT was never measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 ≤ %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 ≤ %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure rate ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max QPS under the SLO (%1): %2 QPS ok at %3 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step met the SLO (%1); the first measured step already missed it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step completed a request, so none met the SLO (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — its threshold failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — its threshold passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — all %2 thresholds passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 thresholds failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start not judged: the burst has no first seconds to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start not judged: the first %1 s or the rest of the burst completed no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 %1 ms in the first %2 s against %3 ms after, failures %4 against %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold-start penalty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cold-start penalty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift not judged: fewer than two parts of the phase completed a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 %1 ms in the first part against %2 ms in the last, failures %3 against %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodput %1 req/s at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probe stayed within the SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLO broke at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLO broke at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SLO held up to the bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its gate was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target ended before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 QPS ok at %2 req/s offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failure rate was %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 was %1 ms (limit %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it served %1 req/s (%2% of the offered rate), %3 arrivals dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint kept up with the arrival rate up to %1 req/s; at %2 %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint fell behind from the first step on: at %1 %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint kept up with every arrival rate up to %1 req/s: no knee within the ramp (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator itself was saturated at %1 req/s (CPU %2%, event-loop lag up to %3 ms): these numbers are a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no string &quot;%1&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no &quot;prompt&quot;, &quot;content&quot;, &quot;text&quot;, &quot;question&quot; or &quot;input&quot; column; the header has %2: name the column to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no column &quot;%2&quot;; the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 cells, so no &quot;%2&quot; (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row: the first line names the columns, e.g. prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as text, one prompt per line, which has no field &quot;%2&quot;: use a .jsonl or .csv file, or leave the field empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max QPS under the SLO (%1): %2 QPS ok at %3 req/s offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::AuthRefModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth M2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-user login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no Authorization header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static token (PAT or short-lived user token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth M2M (service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI token (a command prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-user login (users file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another reference already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ChartPanel</name>
    <message>
        <source>Plot against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per ramp step (and the step in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per snapshot interval since the load phase began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to max users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the users axis to lower concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet. Start a run (F5), or open a past run from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid p50, dashed p95, dotted p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid p50, dashed p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since the load phase began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak = knee, %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee %1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS, latency, TTFT and failures at once, on one shared x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One metric per tab, larger, with QPS ok and latency p99 apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS — solid ok, dashed all completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms) — solid p50, dashed p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms) — solid p50, dashed p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ChecksEditor</name>
    <message>
        <source>Health check and warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each target before its load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One streaming request must reach [DONE] before the load starts; a target that fails it is skipped and the run fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the check is tried before the target is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between two attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of one attempt; an app that starts cold may need a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent one after another before the load, not counted in the results (0 = none); they run whether the check is on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knee is the first step whose QPS gain is below this share of the gain expected if QPS grew linearly with users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step whose latency p95 crosses this limit is the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step whose failure rate (0..1) crosses this limit is the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95 limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a step must deliver to count as served: the results show the highest QPS ok of a step within all three limits as &quot;max QPS under SLO&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step whose latency p95 is above this limit is not within the SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step whose time to first token p95 is above this limit is not within the SLO; a step without any text delta then never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step whose failure rate (0..1) is above this limit is not within the SLO; 0 allows no failure at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each enabled target passes only when every threshold holds, over its whole load phase or in every step; a failed threshold makes the run exit 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s named threshold set judged beside the thresholds below (plateau run --threshold-set NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gate(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::Cli</name>
    <message>
        <source>(plateau %1 --help lists every option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a load test with live progress and writes its run folder (plan.json, run.json, dashboard.html, one folder of CSVs per target). Without a plan file, --app-url and the flags below describe the whole plan, with the defaults of Databricks&apos; load-testing guide; with one, they override its fields. Exit 0 passed, 1 a threshold or health check failed, 2 bad input, 130 Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan (*.plateau.json); optional with --app-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo plan against an embedded mock agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder name (default: the plan&apos;s name and the time; without a plan file it also names the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the run folders go in (default ./runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write a run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for run_load_test.py&apos;s command lines: every run folder gets its dashboard.html anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan as it will run to this file, then run it (with --dry-run: only write it). Never holds a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plan and print what would run (targets, steps, estimated time); send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth references file (default: the workbench&apos;s, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read secrets from the environment only, not from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window (the run command never opens one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau run [PLAN.plateau.json] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define it in the workbench under Run &gt; Credentials… (or pass --auth-refs FILE); --client-id with --client-secret-env defines &apos;%1&apos; for one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dashboard is written into the run folder: drop --no-output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo runs the demo plan as it is, without --app-url, the plan flags, --dry-run or --save-plan; use those without --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs a plan file, --app-url URL or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau run: cannot save the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: plan saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: dry run: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a plan and prints every problem with its JSON path (exit 2), or a one-line summary (exit 0). The plan flags override its fields as they do for plateau run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan (*.plateau.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau validate PLAN.plateau.json [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port, 0 = any free one (default 8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server threads (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text deltas per answer (default %1; MOCK_CHUNK_COUNT sets it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between deltas (default %1; MOCK_CHUNK_DELAY_MS sets it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool-call items before the text (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams served at once, the rest queue; 0 = unlimited (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 429, 0 to 1 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 500, 0 to 1 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with an error event mid-stream, 0 to 1 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share that stall half-way, 0 to 1 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau mock [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp: %1 more users every %2 s up to %3, %4 users/s, the first %5 s of each step not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst: %1 users within %2 s, held %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sustained: %1 users for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant_rate: %1 requests/s for %2 s, at most %3 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), users: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &apos;%1&apos;: %2 target(s), tested one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute %1, workers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute %1, workers unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, auth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  about %1 of load per target, %2 for %3 target(s), plus health checks and warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a starter plan with a // comment on every section and field (what it does, its unit). It runs as it is against `plateau mock`; --app-url and the other plan flags fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the plan (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite FILE when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plateau init --help lists every option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau init [FILE] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: give one file, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: %1 does not end in .json; name it like %2, which the workbench&apos;s Open dialog lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: %1 is a folder; name a file in it, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: %1 already exists; pass --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau init: wrote %1 (%2 target(s), about %3 of load per target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: edit its targets, or try it as it is: `plateau mock` in one terminal, `plateau run %1` in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: plateau run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given %2 times: give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number (e.g. %1 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number (e.g. %1 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3 --app-url: the n-th %2 belongs to the n-th --app-url; drop the extra ones or add their --app-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with a plan file, %1 comes with --app-url, which replaces the plan&apos;s targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compute-size is empty: give a size such as medium or large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-url is empty: give the endpoint&apos;s base URL, e.g. https://my-app.aws.databricksapps.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-url &apos;%1&apos; has no scheme: add http:// or https:// (e.g. https://%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-url &apos;%1&apos; is not an http(s) URL with a host (e.g. https://my-app.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-users, --step-size, --step-duration, --spawn-rate and --settle shape a step_ramp profile, but this plan&apos;s profile is %1: change profile.kind in the plan, or drop those flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs the workspace URL of its token endpoint: pass --host https://&lt;workspace&gt;.cloud.databricks.com or set DATABRICKS_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal needs a client id: pass --client-id ID or set DATABRICKS_CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host (or DATABRICKS_HOST): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABRICKS_CLIENT_ID is set, but no --client-id was given: the targets are called without credentials (add --client-id &quot;$DATABRICKS_CLIENT_ID&quot; --client-secret-env DATABRICKS_CLIENT_SECRET for the service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-ref names a reference of the auth references file, and --client-id and its companions make one of their own: give one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --client-secret-env or --client-secret, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; has no scheme: add https:// (e.g. https://%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-env %1: the variable %1 is not set or is empty (export %1=&lt;secret&gt; first, or name the variable that holds the secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret given with --client-secret is visible to other local users in the process list; --client-secret-env VAR is the safer form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal needs its secret: pass --client-secret-env VAR (e.g. --client-secret-env DATABRICKS_CLIENT_SECRET) or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint base URL to test, with http:// or https://; repeat it for a matrix, tested one after another. Replaces a plan file&apos;s targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the n-th --app-url, names its results folder (default: from the host name, as the workbench&apos;s Add URLs… makes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute size of the n-th --app-url: small, medium, large, xlarge or any tag (default: from the host name, else medium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server workers of the n-th --app-url, for the report (default: from the host name, e.g. -w8, else 0 = unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most concurrent users of the step ramp (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users added per step (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each step is held (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users started per second (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds at the start of each step left out of its statistics (default: a sixth of --step-duration, at most 5; with a plan file, the plan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth M2M service principal client id for every target (default: DATABRICKS_CLIENT_ID once a secret flag is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret, e.g. DATABRICKS_CLIENT_SECRET (default: PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET, then DATABRICKS_CLIENT_SECRET). Never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret itself, kept in memory only; other local users can see it in the process list, so prefer --client-secret-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace URL for the OAuth token endpoint {host}/oidc/v1/token (default: DATABRICKS_HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth reference of the auth references file (the workbench&apos;s Run &gt; Credentials…) for every target (default: none, or the plan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers &apos;%1&apos; is not a whole number of server workers, 0 or more (e.g. --workers 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the run folders (runs/&lt;name&gt;-&lt;time&gt;) unless --run-name gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique; names the target&apos;s folder in a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL with http:// or https://; request.path is appended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag for the report: small, medium, large, xlarge or any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side workers, for the report (0 = unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request headers, e.g. [{&quot;name&quot;: &quot;X-Team&quot;, &quot;value&quot;: &quot;a&quot;}]; never a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth reference (the workbench&apos;s Run &gt; Credentials…); &quot;&quot; = no Authorization header.
On the command line, --client-id with --client-secret-env sets one for every target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false skips the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp: most concurrent users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp: users added per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp: seconds each step is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users started per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds at the start of each step left out of its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a user pauses between requests: at random between think_min_s and think_max_s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true ends the ramp once the knee is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst: users started within burst_ramp_s seconds, then held for hold_s seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sustained: users held for duration_s seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sustained and constant_rate: seconds of load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant_rate: requests started per second, whatever the answers take (open loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant_rate: most requests in flight at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every virtual user sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON; {{prompt}} becomes one of the prompts, {{session}} the user&apos;s session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: the answer is read as Server-Sent Events as it arrives (TTFT, inter-token latency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without a byte before a request fails as a stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a whole request may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lean judges a server; qnam (Qt&apos;s network stack) for proxies, redirects and HTTP/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qnam only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each target&apos;s ramp: a health check (a streamed answer that ends in [DONE]), then warm-up requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries before the target is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one try may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent one after another before the ramp, not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the knee (the last step that still scaled) is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that adds less than this share (0 to 1) of the linear QPS gain is flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds; a step whose p95 latency is over it is past the knee (0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of failed requests (0 to 1) past which a step is past the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in mock agent, when the workbench starts it for this plan; real endpoints ignore this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text deltas per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between deltas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool-call items before the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers streamed at once, the rest queue (0 = unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares (0 to 1) of answers that are a 429, a 500, an error mid-stream, a stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator: threads = 0 is one per core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to each target&apos;s url, unless the url already ends in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass/fail gates per target; a failed one makes the run exit 1, e.g.
[{&quot;metric&quot;: &quot;latency_p95_ms&quot;, &quot;op&quot;: &quot;&lt;&quot;, &quot;value&quot;: 2000}]; metrics: %1. &quot;scope&quot;: &quot;step&quot; judges every step, &quot;abort_on_fail&quot;: true stops the ramp when crossed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a step must deliver to count as served; the summary&apos;s &quot;max QPS under SLO&quot; is the best step within all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds (0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to the first token (0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of failed requests (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plateau: %n target(s) of plan &apos;%1&apos; run against the built-in mock agent at %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>plateau: the mock serves POST %1: %2 %3 runs as POST %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: the body has no &quot;input&quot; or &quot;messages&quot; field for the mock to read: it runs with the default body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan against the built-in mock agent, as its &quot;mock&quot; section sets it up: every enabled target points at it, without auth; nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the plan in less time: every duration of its phases times F (0.001 to 1); users, rates and limits stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a number from %1 to 1 (0.1 runs the plan in a tenth of its time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: rehearsal: every duration times %1, about %2 s per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau run: cannot read the prompts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear_ramp: %1 -&gt; %2 users over %3 s, measured every %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival_ramp: %1 -&gt; %2 requests/s over %3 s in %4 levels, at most %5 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival_ramp: %1 -&gt; %2 requests/s over %3 s, at most %4 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: the highest arrival rate within the SLO, %1 to %2 requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: the most users within the SLO, %1 to %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, probes of %1 s, at most %2, within %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) from the plan, %1 order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) loaded from %1, %2 order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n prompt(s) loaded from %1 (field %2), %3 order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  phase %1/%2 %3%4, about %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only if the phase before passed its thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt file for every request: .txt (one per line), .jsonl or .csv (with a header row). Read when the run starts; replaces the plan&apos;s prompts and prompt_source.file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL field or CSV column that holds the prompt (default: prompt, then content; a CSV also text, question, input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (each request picks one, the default) or sequential (in file order, round robin across all users of a target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompts is empty: give a prompt file, e.g. --prompts prompts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompt-field is empty: give the column or field, e.g. --prompt-field question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompt-order &apos;%1&apos; is not an order: give random or sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in place of {{prompt}}, one picked at random per request; at least one. Or from a file: &quot;prompt_source&quot;: {&quot;file&quot;: &quot;prompts.csv&quot;, &quot;order&quot;: &quot;sequential&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau test plan, format version 2. Open it in the workbench, or: plateau validate FILE, plateau run FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints, tested one after another, each through all phases.
Replace the example with your apps; http://127.0.0.1:8765 is `plateau mock`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load, in phases run in order (e.g. smoke, then ramp). Examples of several: resources/examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique; names the phase in the summary and the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true runs the phase only if the phase before passed its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp: step_size more users every step_duration_s seconds, up to max_users
(Databricks&apos; load-testing guide&apos;s ramp to saturation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_ramp, linear_ramp, burst, sustained, constant_rate, arrival_ramp or sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear_ramp: users at the start, rising to max_users over duration_s; sweep on users: the first probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: rate or users; it searches for the highest load within the slo, probes of step_duration_s, within sweep_tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival_ramp: requests/s at the start, rising to end_rate over duration_s (rate_steps levels, 0 = linear); sweep: the first probe, end_rate the bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--max-users, --step-size, --step-duration, --spawn-rate and --settle shape one step_ramp profile, but this plan has %n phase(s): change them in the plan&apos;s phases, or drop those flags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Judge the plan&apos;s threshold set NAME beside its own thresholds (default: the plan&apos;s threshold_set; with --against-mock, its &quot;mock&quot; set when it has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a target even when its environment guard finds no test environment (the run says so); without it such a target is skipped and the run fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: threshold set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the built-in mock agent: POST /invocations streams agent-style Server-Sent Events (tool calls, text deltas, [DONE]), GET /health and GET /api/health answer ok with the app_env, and POST /api/auth/login-json, /api/sessions and /api/chat serve a log-in -&gt; session -&gt; chat journey. Ctrl-C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What /api/health reports as app_env (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users file of the accounts log-in accepts (default: any username with a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  first GET %1 must have %2 == &quot;%3&quot; (else the target is skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  journey of %n step(s), key tag %1%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, accounts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, once per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, every iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, gives {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, then %1-%2 s think time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  thresholds (set &apos;%1&apos; included): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve https with this PEM certificate (chain); needs --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the Kubernetes bundle of a plan: an Indexed Job of N pods that each run one shard of the load on a common schedule, the first merging them when all are done, with the plan in a ConfigMap, credentials from a Secret and the results on a shared volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pods share the load (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container image with plateau (default plateau:latest; see packaging/kubernetes/Containerfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth references file the plan&apos;s targets name (it goes into the ConfigMap; it holds no secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the bundle goes in (default ./kubernetes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau bundle PLAN.plateau.json [--shards N] [--image IMAGE] [--out DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau bundle: give exactly one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau bundle: %1 shards of %2 in %3; next: kubectl apply -k %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:
  plateau                                  open the workbench
  plateau run --app-url URL [--app-url URL ...] [options]
                                           test endpoints, no plan file needed
  plateau run PLAN.plateau.json [options]  run a plan; flags override its fields
  plateau run --demo                       the demo plan against an embedded mock agent
  plateau init [FILE] [--force]            write a commented starter plan (default plan.plateau.json)
  plateau validate PLAN.plateau.json       check a plan, print every problem with its path
  plateau mock [--port N] [...]            serve the built-in mock agent
  plateau report RUN_DIR [RUN_DIR...]      (re)generate dashboard.html, compare runs
  plateau run PLAN --shard i/N [...]       run one slice of the load (one of N processes)
  plateau merge SHARD_DIR... --out RUN_DIR merge the shards&apos; run folders into one run
  plateau bundle PLAN --shards N --image I the plan as a Kubernetes Indexed Job of N shards
  plateau help COMMAND                     every option of a command, with its default
  plateau --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: shard %1: this process runs its share of every step&apos;s users and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges the run folders of the N shards of one run (plateau run --shard i/N) into one run folder, as if one process had run the whole load: counts summed, latency histograms merged bucket by bucket, the verdict and the thresholds judged on the merged figures, the dashboard written. Shards that have not finished are merged with what they wrote and the run is marked incomplete, so the merge can be re-run while they write. Exit 0 passed, 1 a threshold failed or the run is incomplete, 2 the shards do not make one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shards&apos; run folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to this many seconds for every shard to be there and finished, then merge (what a Job&apos;s last step does); merges what is there when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged run folder (replaced when it holds an earlier merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plateau merge SHARD_DIR... --out RUN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau merge: give the shards&apos; run folders and --out RUN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau merge: --wait takes seconds, from 0 to a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau merge: %1 of %2 shards there, %3 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau merge: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plateau merge: %n shard(s) merged into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>plateau merge: INCOMPLETE: shard(s) %1 had not finished (exit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the i-th of N slices of the load: every step&apos;s users and arrival rate split so that the N shards add up to the plan; merge their run folders with plateau merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the load at this wall-clock time (ISO 8601 with a zone, or +SECONDS from now), after the health check and warm-up, so that every shard runs its steps together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on the start with the other shards through this file on a shared volume: the first shard writes now + --start-lead seconds into it, the others read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --start-at-file: how long the other shards have to get there (default %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-lead takes seconds, from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-at and --start-at-file both set the start: use one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::CredentialsDialog</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are sent without an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token you paste: a personal access token or a short-lived user token. It is never refreshed, so for runs longer than about an hour use OAuth M2M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal&apos;s client ID and secret are exchanged for a token at host + token path (client-credentials grant). Plateau refreshes the token before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau runs this command and reads the token it prints (JSON with access_token), e.g. the Databricks CLI. {host} in the command is replaced by the host. No secret is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each virtual user logs in as one account of the users file by posting its username and password to the login URL. The shared password serves accounts listed without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret entered for &apos;%1&apos; (type it in the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n s: the test was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the secret store did not answer within %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available: secrets are kept for this session only and are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New auth reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected reference; its stored secrets are copied when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected reference; its secrets are removed when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auth references yet.

Click Add to create one. Plans refer to it by name; its secrets go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod-sp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Plans refer to the reference by this name, and its secrets are stored under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note, e.g. which workspace or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL the token is requested from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scope sent with the token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the token endpoint on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and arguments; quote an argument with spaces in &quot;double quotes&quot;. It must print the token as JSON and must not prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: [{&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}] or {&quot;users&quot;: [...]}; the password may be left out when a shared password is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives {&quot;username&quot;: …, &quot;password&quot;: …} and answers {&quot;access_token&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for one token request, login or command run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing here replaces the stored secret when you save. A stored secret is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you typed (a stored secret is never read back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this secret: the stored value is removed when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in authrefs.json or a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a token with these settings, typed secrets included. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Saving replaces it and keeps the old file as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); the first: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: replaces {host} in the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to test: no token is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: none stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored yet: enter it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be removed when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• (taken over from &apos;%1&apos; when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• (kept for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stored value: type it to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: secrets last until Plateau quits and are never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Token received, expires at %1 (in %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token found and usable in a header. It carries no expiry time: only the target can tell whether it is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received; it does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged in as &apos;%1&apos;, the first of %n account(s) in the users file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: &apos;%1&apos; has a problem. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: could not store %1. %2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing secrets no reference uses any more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n old secret(s) could not be removed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plateau::FailureClass</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect (3xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication refused (401/403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ended without [DONE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error event in stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at test end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::HistoryPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder elsewhere, or Locust --csv output (*_stats.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run in the charts and the results table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the curves of the selected runs on the same axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one run to show it, or several (Ctrl+click) to compare their curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder or Locust CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the runs folder again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::KpiStrip</name>
    <message>
        <source>The last snapshot interval of each target: the numbers plateau run prints as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 QPS completed, failures included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last interval before this target finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::LoadEngine</name>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n problem(s):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: cancelling requests in flight and writing results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run stopped before this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth reference &apos;%1&apos; could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authenticated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check: a streaming request must reach [DONE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: health check attempt %2/%3 to %4 failed: %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check failed %1 of %2 attempts to %3: %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: health check passed (TTFT %2 ms, %3 deltas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warm-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warm-up had failures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequential warm-up requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s load shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results are incomplete: %1; stopping the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: knee confirmed, stopping the ramp as the plan asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phase %2/%3 %4: %5, about %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for a test environment (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: test environment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WARNING: not a test environment (%2); loading it anyway, as the run allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a test environment: %1; nothing was sent to it beyond this check. Start the run with --allow-non-test (or confirm in the workbench) to load it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey.users_file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey.users_file: %1 holds no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting %2 s for the shards&apos; common start at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::LogPane</name>
    <message>
        <source>The engine&apos;s log appears here during a run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::MainWindow</name>
    <message>
        <source>Cannot open the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short ramp against the built-in mock agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run, keeping the results so far (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mock Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the built-in mock agent on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock agent cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Results as &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plateau&lt;/b&gt; %1&lt;br&gt;Load-test workbench for streaming AI-agent endpoints: ramp to saturation, live charts, saturation verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running — about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress. Stop it and quit? The results so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan: add the URLs of the apps to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opened with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau plans (*.plateau.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo plan against the built-in mock agent at %1: press F5 to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems first (marked red in the plan):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the mock agent the plan points at (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1. Best: %2, peak %3 QPS ok at %4 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished without results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mock agent moved to %1; %n target(s) updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in mock agent streams at %1/invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; open past runs when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth references for the targets&apos; Auth column, their secrets in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Summary as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to export yet: run the plan or open a run from History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add it in Run &gt; Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as it is written:
%2

The plan cannot run until the file is fixed and opened again, or the plan is saved from here, which writes it as shown, without these parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as the workbench shows it, without what it could not read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 thresholds failed (see Results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the targets are test environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a test environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment guard found no test environment here:
%1

Load these hosts anyway? Cancel starts nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading hosts that are not test environments, as confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for &amp;Kubernetes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods that share the load (each runs one shard):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image with Plateau (built from packaging/kubernetes/Containerfile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Kubernetes bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes bundle written to %1: kubectl apply -k %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PhaseListModel</name>
    <message>
        <source>Step ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival-rate ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the previous passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs only if the phase before it passed its thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs whatever the phase before it gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time of this phase per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PhaseResultsModel</name>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PhasesEditor</name>
    <message>
        <source>Every target runs these phases in order; double-click a name to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phase after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected phase (a plan keeps at least one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only if the previous phase passed its thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise this phase, and the gated phases after it, are skipped with the reason (a smoke test before the ramp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 — %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target (%n phase(s): %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b&gt;%1&lt;/b&gt; for %n enabled target(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(load only; a sweep counts at its bound, a gated phase as if it runs; each target&apos;s health check and warm-up add a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PlanEditor</name>
    <message>
        <source>Name of the plan; runs are saved as &lt;runs folder&gt;/&lt;name&gt;-&lt;time&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets (run one after another, in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ The plan is ready to run.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;&lt;b&gt;%n problem(s)&lt;/b&gt;&lt;/span&gt; — the run cannot start until they are fixed; the cells and fields concerned are marked red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check and warm-up, thresholds, and the saturation verdict&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them come from reading the file: fix the file and open it again, or save the plan from here, which writes it as shown, without them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The phases every target runs in order, and the load shape of each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ProfileEditor</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ramp to saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant arrival rate (open loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> users/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the ramp at the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spawn rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing (closed loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user pauses a random time between min and max before its next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds step-size users every step duration up to max users, holding each level; each step&apos;s QPS is measured after the settle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts all users within the ramp time, then holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a fixed number of users for the whole duration (soak test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends requests at a fixed rate whatever the latency; latency is also reported from the intended send time (coordinated omission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target (%2 steps × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated run time: &lt;b&gt;%1&lt;/b&gt; per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, &lt;b&gt;%1&lt;/b&gt; for %n enabled target(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(load phase only; each target&apos;s health check and warm-up add a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of each step is excluded from its statistics while new users start. Auto (below 0): a third of the step, at most 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this target&apos;s ramp at the first step after the knee is found (the rules that find the knee are on the Checks tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear ramp of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival-rate ramp (open loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep for the highest load within the SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival rate (open loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (closed loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 rises linearly, measured in windows; N holds N levels, each an equal part of the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open loop sends at its rate whatever the latency: at most this many requests wait at once, arrivals beyond it are dropped and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search stops when the last load within the SLO and the first beyond it are this close (0.05 = within 5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle per probe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle per window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users rise evenly from start users to max users over the duration; QPS is measured in windows of the window length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival rate rises from the start rate to the end rate over the duration, evenly or in levels, whatever the latency (open loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes the load from the start upwards, doubling while the plan&apos;s SLO holds, then narrows down between the last load within it and the first beyond (the SLO is on the Checks tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated run time: at most &lt;b&gt;%1&lt;/b&gt; per target (%2 probes × %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ProgressPrinter</name>
    <message>
        <source>  %1 %2 over the load phase
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PromptEditor</name>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a line break inside a prompt as \n and a backslash as \\.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A .txt file (one prompt per line), .jsonl (a &quot;prompt&quot; or &quot;content&quot; field, or a JSON string, per line) or .csv (a header row and a prompt, content, text, question or input column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a file reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save only the file&apos;s path in the plan and read its prompts when the run starts, instead of copying them into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random: each request picks a prompt. In order: the prompts in turn, round robin across all users of a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One prompt per line. Each request takes one, in the order chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file with Load from file…; its prompts are read when the run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts are read from %1 when the run starts; the list below is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::PromptIo</name>
    <message>
        <source>the quote that opens this cell is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote: quote the whole cell and write a quote inside it as &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::RequestEditor</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to each target&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses style (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat completions style (messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body; every {{prompt}} becomes a prompt from the list (JSON-escaped), {{session}} the virtual user&apos;s session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming response (text/event-stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and TLS connection setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall: no byte received for this long (counted as a stall timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of the whole request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle (stall):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean HTTP/1.1 (fastest, lowest generator CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt network stack (proxies, redirects, optional HTTP/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP/2 over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best configuration: highest peak QPS ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok, %2 failed; %3 cancelled at the end of the test (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load generator itself was saturated: these numbers are a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration (target label). ★ marks the best one: the highest peak QPS ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute size of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak QPS ok: the highest QPS ok of any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak QPS: the highest QPS of any step, failures included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the whole load phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server failures counted apart by class: connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text delta, mid-stream error event, protocol, stall and total timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed requests over the load phase (ok + failed); requests cancelled at the end of the test are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the target&apos;s run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak
QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak
QPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users
at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee
(users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT
p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT
p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures
by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max QPS
under SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest QPS ok of a step within the plan&apos;s SLO (latency p95, TTFT p95, failure rate), with its users: the capacity that can be promised. — when no step met it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users at max QPS under SLO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ResultsPanel</name>
    <message>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table, tab separated, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step has completed a request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Best configuration: %1&lt;/b&gt; — peak %2 QPS ok at %3 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ Skipped:&lt;/b&gt; %1 (see Status)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;✗ %1 of %2 thresholds failed:&lt;/b&gt; %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b5e20&quot;&gt;&lt;b&gt;✓ All %1 thresholds passed.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds&lt;/b&gt; — %1 of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds&lt;/b&gt; — all %1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phases&lt;/b&gt; — in the order each target ran them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey tags&lt;/b&gt; — every step&apos;s requests by tag, over the whole load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::RunController</name>
    <message>
        <source>a run is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting run of %n target(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped; the results so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1% of %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event-loop lag %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n late dispatch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The load generator itself is saturated (%1: %2 at %3 users): results at this load are a floor, not the server&apos;s capacity. Use fewer users, the lean transport, or a bigger machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1 of %2 thresholds failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::RunListModel</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::RunProgressModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from the load profile; health check and warm-up not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::RunSeries</name>
    <message>
        <source>phase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the live charts redraw during a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw chart lines with OpenGL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster with very many points; solid lines only, and some platforms cannot take screenshots of OpenGL charts. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the runs folder of the folder Plateau was started in, where plateau run writes its runs, when there is one; otherwise %1. History lists the runs of this folder, whichever front end wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::SummaryPrinter</name>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak QPS ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max QPS under SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: no best configuration: no target completed its load phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only target that completed its load phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest of %1 targets that completed their load phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load generator itself was saturated, so the figures are a floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: stopped by user: %1 of %2 targets ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: summary (SLO: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: best configuration: %1: %2 QPS ok at %3 within the SLO (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: best configuration: %1: peak %2 QPS ok at %3, %4; no target met the SLO (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no knee within %1: raise max_users to see its ceiling (%2 QPS ok is a lower bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no knee within %1: %2 QPS ok is a lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: %1 per journey tag (the key tag makes the table above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plateau: %1: %n new connection(s), connect p50 %2 / p99 %3 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, TLS handshake p50 %1 / p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (connection setup is a large part of the TTFT p99 of %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plateau: TLS certificates were not verified (tls.insecure): figures for a test host only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::TagResultsModel</name>
    <message>
        <source>%1 (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3 passed, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key tag: the results table, the charts and the saturation verdict are its requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::TargetTableModel</name>
    <message>
        <source>Server-side workers unknown (informational only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enabled targets are run, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the configuration; also the folder name of its results in the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute size of the app (small, medium, large, xlarge or free text); charts group by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side worker processes, informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of an auth reference resolved at run time; the secret itself never enters the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request headers as &quot;Name: value; Name2: value2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL of the app: the request path is appended, unless the URL already ends with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::TargetsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add URLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add several targets at once: one URL per line; labels come from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: targets run in table order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: targets run in table order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n target(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http(s) URL, skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add targets from URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One app URL per line. Labels, compute size and workers are taken from the host name where it says them (my-app-medium-w4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdTableModel</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the measured value must compare: &lt; &lt;= &gt; &gt;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit; latencies in milliseconds, the failure rate as a fraction (0.05 = 5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, over each target&apos;s whole load phase or in each step (see Scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole target: the gate is judged once, over the target&apos;s whole load phase. Every step: each measured step is judged on its own, and one bad step fails the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the ramp when crossed: checked at the end of every step; the target&apos;s load stops at once, the run goes on with the next target and exits 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::ThresholdsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was measured for %1 (no successful request), so the threshold cannot pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 %3: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 %3: failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration (target label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s gate: over the whole load phase unless it names a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the target measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the gate allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the actual value met the limit; a failed threshold makes the run exit 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plateau::TokenRate</name>
    <message>
        <source>output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deltas/s (the server reports no token usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deltas/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
