#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only).

  summarize.py plan   --template T --url U --users N --transport lean|qnam --duration S --settle S
                      --threads N [--ca-file F] --out FILE        write a Plateau plan for one run
  summarize.py tables --work DIR --users "400 1000" --tools "..." [--mock-log F] [--host TEXT]
                                                                 Markdown tables + verdicts on stdout
  summarize.py soak   --dir DIR [--host TEXT]                     RSS series and slope of a soak run

Definitions (printed with the tables too):
  CPU ms/req  (user+system CPU of the generator process from /usr/bin/time, warm-up and start-up included)
              / (streams it completed successfully over the same process lifetime)
  QPS         successful completions inside the measured window / window length (after the warm-up)
  TTFT err    measured TTFT percentile - the mock's true TTFT (first delta due 1 x chunk delay after the
              request arrives); Locust rounds its percentiles (to whole ms, 2 significant digits above 100)
  RSS         peak resident set of the generator (%M of /usr/bin/time)
  mock CPU    the mock's utime+stime over the tool's whole run / wall time, and the busiest second
"""

import argparse
import csv
import glob
import json
import os
import re
import statistics
import sys

TRUE_TTFT_MS = 10.0  # first of 80 deltas, 10 ms apart
TRUE_LATENCY_MS = 800.0
MOCK_SATURATED_PCT = 90.0  # average over a run; the busiest second is shown beside it
TOOL_NAMES = {
    "plateau-lean": "Plateau lean",
    "plateau-qnam": "Plateau qnam",
    "locust": "Locust 2.12",
    "wrk": "wrk (floor)",
    "h2load": "h2load --h1 (floor)",
}


# ---------------------------------------------------------------------------------------------- plan
def cmd_plan(a):
    with open(a.template) as f:
        plan = json.load(f)
    plan["name"] = f"bench-{a.transport}-{a.users}"
    plan["targets"][0]["url"] = a.url
    p = plan["profile"]
    p["kind"] = "sustained"
    p["sustained_users"] = a.users
    p["duration_s"] = float(a.duration)
    p["settle_s"] = float(a.settle)
    plan["request"]["transport"] = a.transport
    plan["engine"]["threads"] = a.threads
    if a.ca_file:
        plan["tls"] = {"ca_file": a.ca_file}
    with open(a.out, "w") as f:
        json.dump(plan, f, indent=2)
        f.write("\n")


# ---------------------------------------------------------------------------------------------- readers
def read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def read_time(path):
    """/usr/bin/time -f '%e %U %S %M' -> dict, or None (the file also holds 'Command exited...' lines)."""
    try:
        with open(path) as f:
            for line in reversed(f.read().splitlines()):
                parts = line.split()
                if len(parts) == 4:
                    try:
                        e, u, s, m = (float(x) for x in parts)
                    except ValueError:
                        continue
                    return {"elapsed": e, "user": u, "sys": s, "maxrss_kb": m}
    except OSError:
        pass
    return None


def read_samples(path):
    """run.sh sampler lines: 't_ms mock_ticks [gen_ticks gen_rss_kb]'."""
    rows = []
    try:
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and all(re.fullmatch(r"\d+", p) for p in parts):
                    rows.append([int(p) for p in parts])
    except OSError:
        pass
    return rows


def busiest_second_pct(samples, col, clk_tck):
    best = None
    for a, b in zip(samples, samples[1:]):
        if len(a) > col and len(b) > col and b[0] > a[0]:
            pct = (b[col] - a[col]) / clk_tck / ((b[0] - a[0]) / 1000.0) * 100.0
            best = pct if best is None else max(best, pct)
    return best


def window_pct(samples, col, clk_tck, from_ms, to_ms):
    """Average CPU% of one sampled process from from_ms to its last sample before to_ms."""
    rows = [r for r in samples if len(r) > col and r[0] <= to_ms]
    start = next((r for r in rows if r[0] >= from_ms), None)
    if not rows or start is None or rows[-1][0] <= start[0]:
        return None
    end = rows[-1]
    return (end[col] - start[col]) / clk_tck / ((end[0] - start[0]) / 1000.0) * 100.0


def find_one(pattern):
    hits = sorted(glob.glob(pattern, recursive=True))
    return hits[0] if hits else None


def read_plateau(d):
    r = {}
    run = read_json(find_one(os.path.join(d, "runs", "**", "run.json")) or "")
    if not run or not run.get("targets"):
        r["error"] = "no run.json"
        return r
    t = run["targets"][0]
    r["total_ok"] = t["totals"]["ok"]
    r["total_failed"] = t["totals"]["failed"]
    r["failures"] = t["totals"].get("failures")
    steps = find_one(os.path.join(d, "runs", "**", "steps.csv"))
    row = None
    if steps:
        with open(steps, newline="") as f:
            rows = list(csv.DictReader(f))
        row = rows[0] if rows else None
    if row:
        num = lambda k: float(row[k]) if row.get(k) not in (None, "") else None  # noqa: E731
        r["window_ok"] = num("ok")
        r["qps"] = num("qps_ok")
        r["ttft_p50"] = num("ttft_p50_ms")
        r["ttft_p99"] = num("ttft_p99_ms")
        r["lat_p50"] = num("latency_p50_ms")
        r["lat_p99"] = num("latency_p99_ms")
        r["window_failed"] = num("failed")
        r["gen_cpu_pct_engine"] = num("gen_cpu_pct")
        r["gen_lag_max_ms"] = num("gen_lag_max_ms")
    else:  # no steps.csv: fall back to the whole-run figures
        ms = t.get("ms", {})
        r["qps"] = t["totals"]["ok"] / max(1e-9, float(t.get("duration_s") or 1))
        r["ttft_p50"] = ms.get("ttft", {}).get("p50")
        r["ttft_p99"] = ms.get("ttft", {}).get("p99")
        r["lat_p50"] = ms.get("latency", {}).get("p50")
        r["lat_p99"] = ms.get("latency", {}).get("p99")
        r["note"] = "whole run (no steps.csv)"
    return r


def read_locust(d, seconds):
    r = {}
    path = os.path.join(d, "locust_stats.csv")
    try:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError:
        r["error"] = "no locust_stats.csv"
        return r

    def pick(typ, name):
        return next((x for x in rows if x.get("Type") == typ and x.get("Name") == name), None)

    inv = pick("POST", "/invocations")
    ttft = pick("SSE", "TTFT")
    if not inv:
        r["error"] = "no /invocations row"
        return r
    ok = int(inv["Request Count"]) - int(inv["Failure Count"])
    warm = read_json(os.path.join(d, "locust_warmup.json")) or {"requests": 0, "failures": 0}
    r["window_ok"] = ok
    r["window_failed"] = int(inv["Failure Count"])
    r["total_ok"] = ok + int(warm["requests"]) - int(warm["failures"])
    r["qps"] = ok / seconds
    r["headers_p50"] = float(inv["50%"]) if inv["50%"] not in ("N/A", "") else None
    if ttft and ttft["Request Count"] not in ("0", ""):
        r["ttft_p50"] = float(ttft["50%"])
        r["ttft_p99"] = float(ttft["99%"])
    try:
        with open(os.path.join(d, "stderr.txt"), errors="replace") as f:
            err = f.read()
        r["cpu_warnings"] = len(re.findall(r"CPU usage above 90%", err))
    except OSError:
        pass
    fails = os.path.join(d, "locust_failures.csv")
    if os.path.exists(fails):
        with open(fails, newline="") as f:
            r["failures"] = {x["Error"][:60]: int(x["Occurrences"]) for x in csv.DictReader(f)}
    return r


def read_stdout(d):
    """A tool's captured stdout, or "" when it left none."""
    try:
        with open(os.path.join(d, "stdout.txt"), errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def read_wrk(d):
    r = {}
    text = read_stdout(d)
    m = re.search(r"WRK_JSON (\{.*\})", text)
    if not m:
        r["error"] = "no WRK_JSON line"
        return r
    w = json.loads(m.group(1))
    ok = w["requests"] - w["err_status"]
    r["total_ok"] = ok
    r["window_ok"] = ok
    r["qps"] = ok / (w["duration_us"] / 1e6)
    r["lat_p50"] = w["lat_p50_ms"]
    r["lat_p99"] = w["lat_p99_ms"]
    errs = {k: w[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout") if w[k]}
    r["failures"] = errs or None
    r["window_failed"] = sum(errs.values())
    r["note"] = "whole run (wrk has no warm-up)"
    return r


def read_h2load(d):
    r = {}
    text = read_stdout(d)
    req = re.search(r"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout", text)
    fin = re.search(r"finished in ([\d.]+)(m?s)", text)
    if not req or not fin:
        r["error"] = "no h2load summary"
        return r
    seconds = float(fin.group(1)) / (1000.0 if fin.group(2) == "ms" else 1.0)
    ok = int(req.group(4))
    r["total_ok"] = ok
    r["window_ok"] = ok
    r["qps"] = ok / seconds if seconds > 0 else None
    # h2load prints min/max/mean/sd of the request time, no percentiles.
    mean = re.search(r"time for request:\s+\S+\s+\S+\s+(\S+)", text)
    r["lat_p50"] = None
    r["lat_p99"] = None
    failed = int(req.group(5)) + int(req.group(6)) + int(req.group(7))
    r["failures"] = {"failed+errored+timeout": failed} if failed else None
    r["window_failed"] = failed
    r["note"] = "whole run (h2load has no warm-up)" + (f"; mean request time {mean.group(1)}" if mean else "")
    return r


def collect(work, users, tool):
    d = os.path.join(work, f"u{users}", tool)
    meta = read_json(os.path.join(d, "meta.json"))
    if meta is None:
        return None
    tm = read_time(os.path.join(d, "time.txt"))
    if tool.startswith("plateau-"):
        r = read_plateau(d)
    elif tool == "locust":
        r = read_locust(d, meta["seconds"])
    elif tool == "h2load":
        r = read_h2load(d)
    else:
        r = read_wrk(d)
    r.update(meta=meta, time=tm)
    clk = meta["clk_tck"]
    wall = meta["wall_s"]
    r["mock_pct"] = meta["mock_ticks"] / clk / wall * 100.0 if wall > 0 else None
    samples = read_samples(os.path.join(d, "samples.txt"))
    r["mock_peak_pct"] = busiest_second_pct(samples, 1, clk)
    end_ms = (meta["warmup_s"] + meta["seconds"] + 2) * 1000  # not a hang on exit
    r["gen_window_pct"] = window_pct(samples, 2, clk, meta["warmup_s"] * 1000 + 1000, end_ms)
    # Everything that ran on the generator's core that was not the generator: other people's work.
    c = meta["mock_cpu"]
    if c[3] > c[1]:
        busy = (c[2] - c[0]) / (c[3] - c[1]) * 100.0
        r["mock_core_others_pct"] = max(0.0, busy - (r["mock_pct"] or 0))
    total_s = meta["warmup_s"] + meta["seconds"]
    if tm and wall > total_s + 15:
        # The tool hung on exit and was stopped by run.sh's deadline: count its CPU only up to a few
        # seconds after its run time (from the per-second samples), not the hang.
        cut = next((s for s in samples if len(s) > 2 and s[0] >= (total_s + 5) * 1000), None)
        r["overran_s"] = wall - total_s
        rows = [s for s in samples if len(s) > 3]
        if cut and rows:
            # /usr/bin/time saw only `timeout` (it kills its own group): take CPU and RSS from the samples.
            tm = dict(tm, user=cut[2] / clk, sys=0.0, maxrss_kb=max(s[3] for s in rows), whole_cpu_s=rows[-1][2] / clk)
            r["time"] = tm
    g = meta["gen_cpu"]
    if tm and g[3] > g[1]:
        busy = (g[2] - g[0]) / (g[3] - g[1]) * 100.0
        own = tm.get("whole_cpu_s", tm["user"] + tm["sys"])
        r["gen_core_busy_pct"] = busy
        r["gen_core_others_pct"] = max(0.0, busy - own / wall * 100.0)
    if tm and r.get("total_ok"):
        r["cpu_ms_per_req"] = (tm["user"] + tm["sys"]) * 1000.0 / r["total_ok"]
        r["rss_mb"] = tm["maxrss_kb"] / 1024.0
    elif tm:
        r["rss_mb"] = tm["maxrss_kb"] / 1024.0
    return r


# ---------------------------------------------------------------------------------------------- tables
def f(x, fmt="{:.2f}", na="n/a"):
    return na if x is None else fmt.format(x)


def verdicts(results, users_list):
    out = []

    def cpu(u, t):
        r = results.get((u, t))
        return r.get("cpu_ms_per_req") if r else None

    for u in users_list:
        lean, wrk, loc, h2 = cpu(u, "plateau-lean"), cpu(u, "wrk"), cpu(u, "locust"), cpu(u, "h2load")
        if lean and h2:
            out.append(f"- {u} users: Plateau lean CPU/req = {lean / h2:.2f}x h2load --h1's")
        if lean and wrk:
            ratio = lean / wrk
            out.append(
                f"- {u} users: Plateau lean CPU/req = {ratio:.2f}x wrk's (target <= 1.25x): "
                + ("MET" if ratio <= 1.25 else f"NOT MET, {lean - 1.25 * wrk:.3f} ms/req over ({ratio / 1.25:.2f}x the limit)")
            )
        if lean and loc:
            ratio = lean / loc
            out.append(
                f"- {u} users: Plateau lean CPU/req = {ratio:.2f}x Locust's (target <= 0.33x): "
                + ("MET" if ratio <= 1 / 3 else f"NOT MET, {lean - loc / 3:.3f} ms/req over")
            )
        r = results.get((u, "plateau-lean"))
        limit = 5.0 if u <= 400 else 20.0
        if r and r.get("ttft_p99") is not None:
            err = r["ttft_p99"] - TRUE_TTFT_MS
            out.append(
                f"- {u} users: Plateau lean TTFT p99 error = {err:.1f} ms (target <= {limit:.0f} ms): "
                + ("MET" if err <= limit else f"NOT MET by {err - limit:.1f} ms")
            )
        if u >= 1000 and r and r.get("rss_mb") is not None:
            out.append(
                f"- {u} users: Plateau lean peak RSS = {r['rss_mb']:.1f} MB (target <= 150 MB): "
                + ("MET" if r["rss_mb"] <= 150 else f"NOT MET by {r['rss_mb'] - 150:.1f} MB")
            )
        q = results.get((u, "plateau-qnam"))
        if u >= 1000 and q and q.get("rss_mb") is not None:
            out.append(f"- {u} users: Plateau qnam peak RSS = {q['rss_mb']:.1f} MB (same target, for reference)")
    return out


def cmd_tables(a):
    users_list = [int(u) for u in a.users.split()]
    tools = a.tools.split()
    results = {}
    lines = ["# Plateau generator benchmark", ""]
    if a.host:
        lines += [a.host, ""]
    if a.plateau:
        lines += [f"plateau binary: `{a.plateau}`", ""]
    warn = []
    for u in users_list:
        ideal = u / (TRUE_LATENCY_MS / 1000.0)
        lines += [
            f"## {u} users, 80 events x 10 ms (true TTFT {TRUE_TTFT_MS:.0f} ms, latency {TRUE_LATENCY_MS:.0f} ms, "
            f"ideal {ideal:.0f} QPS)",
            "",
            "| tool | CPU ms/req | QPS (x ideal) | TTFT p50 err ms | TTFT p99 err ms | latency p50/p99 ms "
            "| peak RSS MB | gen CPU % | failed | mock CPU % avg/peak | others on gen/mock core % |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for t in tools:
            r = collect(a.work, u, t)
            if r is None:
                lines.append(f"| {TOOL_NAMES.get(t, t)} | not run | | | | | | | | | |")
                continue
            results[(u, t)] = r
            if r.get("error"):
                warn.append(f"{u} users, {t}: {r['error']} (rc {r['meta']['rc']}; see its stderr.txt)")
            e50 = r["ttft_p50"] - TRUE_TTFT_MS if r.get("ttft_p50") is not None else None
            e99 = r["ttft_p99"] - TRUE_TTFT_MS if r.get("ttft_p99") is not None else None
            lat = "n/a"
            if r.get("lat_p50") is not None:
                lat = f"{r['lat_p50']:.0f} / {r['lat_p99']:.0f}"
            elif r.get("headers_p50") is not None:
                lat = f"(headers {r['headers_p50']:.0f})"
            mock_sat = (r.get("mock_pct") or 0) >= MOCK_SATURATED_PCT
            mock = f"{f(r.get('mock_pct'), '{:.0f}')} / {f(r.get('mock_peak_pct'), '{:.0f}')}"
            if mock_sat:
                mock = f"**{mock} SATURATED**"
            gen = f(r.get("gen_window_pct"), "{:.0f}")
            if r.get("cpu_warnings"):
                gen += f" (Locust warned CPU>90% x{r['cpu_warnings']})"
            lines.append(
                "| "
                + " | ".join(
                    [
                        TOOL_NAMES.get(t, t),
                        f(r.get("cpu_ms_per_req"), "{:.3f}"),
                        f"{f(r.get('qps'), '{:.0f}')} ({f(r['qps'] / ideal if r.get('qps') else None, '{:.2f}')})",
                        f(e50, "{:.1f}"),
                        f(e99, "{:.1f}"),
                        lat,
                        f(r.get("rss_mb"), "{:.1f}"),
                        gen,
                        f(r.get("window_failed"), "{:.0f}"),
                        mock,
                        f"{f(r.get('gen_core_others_pct'), '{:.0f}')} / {f(r.get('mock_core_others_pct'), '{:.0f}')}",
                    ]
                )
                + " |"
            )
            if mock_sat:
                warn.append(
                    f"{u} users, {t}: the MOCK's core was saturated ({r['mock_pct']:.0f}% avg): this row measures the "
                    "mock, not the generator (try BENCH_MOCK_THREADS / fewer users / a bigger machine)"
                )
            if r.get("overran_s"):
                warn.append(
                    f"{u} users, {t}: did not exit on time (ran {r['overran_s']:.0f} s past its end, stopped by the "
                    "deadline); its CPU is counted up to 5 s after its run time"
                )
            # Others only disturb a run when the core was full: idle time they used cost the tool nothing.
            if (r.get("gen_core_others_pct") or 0) > 10 and (r.get("gen_core_busy_pct") or 0) >= 95:
                warn.append(
                    f"{u} users, {t}: other processes used {r['gen_core_others_pct']:.0f}% of the generator's core "
                    "while it was full (load avg " + r["meta"]["loadavg"] + "): its latency figures may be disturbed"
                )
        lines.append("")
    lines += ["## Targets", ""] + verdicts(results, users_list) + [""]
    if warn:
        lines += ["## Warnings", ""] + [f"- {w}" for w in warn] + [""]
    lines += [
        "## Definitions",
        "",
        "- CPU ms/req: (user+sys CPU of the generator process, /usr/bin/time, start-up and warm-up included) / "
        "streams it completed successfully in that lifetime.",
        "- QPS: successful completions in the measured window (after the warm-up) / window; ideal = users / 0.8 s. "
        "wrk: whole run.",
        "- TTFT err: percentile of send -> first text delta, minus the true 10 ms. Locust rounds its percentiles; "
        "wrk parses no SSE (n/a). Locust's own /invocations time is time-to-headers (shown in brackets).",
        "- gen CPU %: the generator's CPU over the measured window (100 = its whole core: it is the bottleneck).",
        "- mock CPU %: the mock's CPU over the tool's run (avg) and its busiest second; at >= 90% avg the mock, "
        "not the generator, limits the run.",
        "- others: CPU time on the pinned cores used by processes outside the benchmark (shared machine).",
        "",
    ]
    if a.mock_log and os.path.exists(a.mock_log):
        with open(a.mock_log, errors="replace") as fh:
            tail = [x.strip() for x in fh if "served" in x]
        if tail:
            lines += [f"mock: {tail[-1]}", ""]
    print("\n".join(lines))


# ---------------------------------------------------------------------------------------------- soak
def slope_per_min(points):
    if len(points) < 3:
        return None
    xs = [p[0] / 60.0 for p in points]
    ys = [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else None


def cmd_soak(a):
    samples = read_samples(os.path.join(a.dir, "samples.txt"))
    series = [(r[0] / 1000.0, r[3] / 1024.0) for r in samples if len(r) >= 4]
    tm = read_time(os.path.join(a.dir, "time.txt"))
    r = read_plateau(a.dir)
    lines = ["# Plateau soak: lean transport, RSS of the generator", ""]
    if a.host:
        lines += [a.host, ""]
    lines += ["| t s | RSS MB |", "|---|---|"] + [f"| {t:.0f} | {m:.1f} |" for t, m in series] + [""]
    whole = slope_per_min(series)
    after = [p for p in series if p[0] >= 60]
    half = series[len(series) // 2 :]
    lines += [
        f"- slope, whole run: {f(whole, '{:+.3f}')} MB/min; after the first minute: "
        f"{f(slope_per_min(after), '{:+.3f}')} MB/min; second half: {f(slope_per_min(half), '{:+.3f}')} MB/min",
    ]
    if series:
        lines.append(
            f"- RSS min/max after the first minute: {f(min((m for _, m in after), default=None), '{:.1f}')} / "
            f"{f(max((m for _, m in after), default=None), '{:.1f}')} MB; peak (/usr/bin/time): "
            f"{f(tm['maxrss_kb'] / 1024.0 if tm else None, '{:.1f}')} MB"
        )
    if tm and r.get("total_ok"):
        lines.append(
            f"- completed {r['total_ok']} streams ({r.get('total_failed', 0)} failed), "
            f"CPU {(tm['user'] + tm['sys']) * 1000.0 / r['total_ok']:.3f} ms/req, TTFT p99 "
            f"{f(r.get('ttft_p99'), '{:.1f}')} ms"
        )
    print("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("plan")
    p.add_argument("--template", required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--users", type=int, required=True)
    p.add_argument("--transport", choices=["lean", "qnam"], required=True)
    p.add_argument("--duration", type=float, required=True)
    p.add_argument("--settle", type=float, default=0)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--ca-file", default="")
    p.add_argument("--out", required=True)
    t = sub.add_parser("tables")
    t.add_argument("--work", required=True)
    t.add_argument("--users", required=True)
    t.add_argument("--tools", required=True)
    t.add_argument("--mock-log")
    t.add_argument("--host")
    t.add_argument("--plateau")
    s = sub.add_parser("soak")
    s.add_argument("--dir", required=True)
    s.add_argument("--host")
    a = ap.parse_args()
    {"plan": cmd_plan, "tables": cmd_tables, "soak": cmd_soak}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
