#!/usr/bin/env bash
# Plateau load-generator benchmark: Plateau against its peers (Locust, wrk) on one mock agent.
#
#   bench/run.sh           Plateau (lean), Plateau (qnam), Locust and wrk, one after another, against ONE mock
#                          process, at 400 and 1000 users streaming 80 events x 10 ms; Markdown tables to
#                          stdout and bench/results/<date>.md
#   bench/run.sh --soak    Plateau (lean), 400 users for 600 s; the generator's RSS every 10 s and its slope
#
# The mock agent (`plateau mock`) is pinned to CPU 0 and every generator to CPU 1, so each tool gets exactly
# one core and the mock's core is measured apart: when the mock's core is saturated the comparison says
# nothing about the generators, and the tables flag it.
#
# Environment (all optional):
#   PLATEAU              the plateau binary (default: the first of build-bench, build-*, build under the repo
#                        root and /work, that exists)
#   BENCH_SECONDS=30     measured seconds per tool;  BENCH_WARMUP=5 seconds before that, excluded from the
#                        percentiles and QPS (Plateau: settle period; Locust: stats reset; wrk: none)
#   BENCH_USERS="400 1000"   scenarios;  BENCH_TOOLS="plateau-lean plateau-qnam locust wrk" (h2load: h2load --h1,
#                        a second floor beside wrk, from nghttp2-client)
#   BENCH_SCHEME=http    https: the mock serves TLS with a certificate made for the run (Plateau trusts it
#                        through the plan's tls.ca_file, Locust through requests' verify, wrk and h2load do
#                        not verify)
#   BENCH_HOST=127.0.0.1 the host in the URL: localhost measures the path through a host name
#   BENCH_MOCK_THREADS=1 mock event-loop threads (all on the mock's one core)
#   BENCH_MOCK_CPU=0 BENCH_GEN_CPU=1   cores for the mock and for the generator under test
#   BENCH_MOCK_NO_GLIB=1 run the mock with QT_NO_GLIB=1 (cheaper event loop, keeps the fixture off its limit)
#   BENCH_GEN_NO_GLIB=0  run Plateau with QT_NO_GLIB=1 (about 9% less CPU, measured on the transports' prototypes)
#   BENCH_PLATEAU_THREADS=1   Plateau engine threads (one core, so one worker)
#   BENCH_NICE=auto      nice level for the mock and the generators (auto: -19 when root, else 0), so that
#                        other work on a shared machine does not steal their cores mid-measurement. With
#                        scheduler autogroups (Linux default) a process's nice only counts inside its own
#                        session, so the script also sets this session's /proc/self/autogroup nice for the
#                        length of the run and restores it on exit
#   BENCH_PORT           mock port (default: a free one);  BENCH_WORK   scratch folder (default: mktemp)
#   BENCH_SOAK_SECONDS=600 BENCH_SOAK_USERS=400 BENCH_SOAK_SAMPLE_S=10
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

MODE=bench
case "${1:-}" in
"") ;;
--soak) MODE=soak ;;
-h | --help)
    sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    echo "bench/run.sh: unknown argument '$1' (try --help)" >&2
    exit 2
    ;;
esac

SCHEME=${BENCH_SCHEME:-http}
HOST=${BENCH_HOST:-127.0.0.1}
[[ $SCHEME == http || $SCHEME == https ]] || { echo "bench/run.sh: BENCH_SCHEME must be http or https" >&2; exit 2; }
SECS=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-5}
USERS_LIST=${BENCH_USERS:-"400 1000"}
TOOLS=${BENCH_TOOLS:-"plateau-lean plateau-qnam locust wrk"}
MOCK_THREADS=${BENCH_MOCK_THREADS:-1}
MOCK_CPU=${BENCH_MOCK_CPU:-0}
GEN_CPU=${BENCH_GEN_CPU:-1}
PLATEAU_THREADS=${BENCH_PLATEAU_THREADS:-1}
SOAK_SECS=${BENCH_SOAK_SECONDS:-600}
SOAK_USERS=${BENCH_SOAK_USERS:-400}
SOAK_SAMPLE=${BENCH_SOAK_SAMPLE_S:-10}
CHUNKS=80
DELAY_MS=10

die() {
    echo "bench/run.sh: $*" >&2
    exit 2
}
for v in SECS WARMUP MOCK_THREADS MOCK_CPU GEN_CPU PLATEAU_THREADS SOAK_SECS SOAK_USERS SOAK_SAMPLE; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a non-negative integer (got '${!v}')"
done
for u in $USERS_LIST; do [[ $u =~ ^[1-9][0-9]*$ ]] || die "BENCH_USERS holds '$u', not a user count"; done

# ---- tools ------------------------------------------------------------------------------------------------
"$ROOT/scripts/deps.sh" bench || die "could not install the benchmark's packages (scripts/deps.sh bench)"
if [[ -z ${PLATEAU:-} ]]; then
    for c in "$ROOT"/../build-bench/app/plateau "$ROOT"/build-bench/app/plateau "$ROOT"/build/app/plateau \
        "$ROOT"/../build-*/app/plateau; do
        if [[ -x $c ]]; then
            PLATEAU=$c
            break
        fi
    done
fi
[[ -n ${PLATEAU:-} && -x $PLATEAU ]] || die "no plateau binary: build the plateau target (Release) or set PLATEAU"
PLATEAU=$(readlink -f "$PLATEAU")
command -v taskset >/dev/null || die "taskset missing (util-linux)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time missing (apt-get install time)"
command -v curl >/dev/null || die "curl missing"
need_tool() { [[ " $TOOLS " == *" $1 "* ]]; }
if need_tool wrk || [[ $WARMUP -gt 0 ]]; then command -v wrk >/dev/null || die "wrk missing (apt-get install wrk)"; fi
if need_tool h2load; then command -v h2load >/dev/null || die "h2load missing (apt-get install nghttp2-client)"; fi
if need_tool locust; then command -v locust >/dev/null || die "locust missing (apt-get install python3-locust)"; fi
PY=$(command -v python3)
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc --all)
((MOCK_CPU < NCPU && GEN_CPU < NCPU)) || die "BENCH_MOCK_CPU/BENCH_GEN_CPU beyond the $NCPU CPUs here"

NICE=${BENCH_NICE:-auto}
if [[ $NICE == auto ]]; then if (($(id -u) == 0)); then NICE=-19; else NICE=0; fi; fi
[[ $NICE =~ ^-?[0-9]+$ ]] || die "BENCH_NICE must be an integer or auto (got '$NICE')"

WORK=${BENCH_WORK:-$(mktemp -d /tmp/plateau-bench.XXXXXX)}
mkdir -p "$WORK"
PORT=${BENCH_PORT:-$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BASE="$SCHEME://$HOST:$PORT"
MOCK_TLS=()
CURL_TLS=()
CA_FILE=""
if [[ $SCHEME == https ]]; then
    command -v openssl >/dev/null || die "openssl missing (apt-get install openssl)"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$WORK/mock.key" \
        -out "$WORK/mock.crt" -days 2 -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        >/dev/null 2>&1 || die "openssl could not make the mock's certificate"
    MOCK_TLS=(--tls-cert "$WORK/mock.crt" --tls-key "$WORK/mock.key")
    CURL_TLS=(--cacert "$WORK/mock.crt")
    CA_FILE=$WORK/mock.crt
fi

# ---- /proc helpers (no forks: the samplers run beside the measured processes) ----------------------------
# CPU ticks (utime+stime) of a process, or empty when it is gone.
proc_ticks() {
    local line rest
    read -r line </proc/"$1"/stat 2>/dev/null || return 0
    rest=${line##*) }
    # shellcheck disable=SC2086
    set -- $rest
    echo $((${12} + ${13}))
}
proc_rss_kb() {
    local k v _
    while read -r k v _; do
        if [[ $k == VmRSS: ]]; then
            echo "$v"
            return 0
        fi
    done </proc/"$1"/status 2>/dev/null
}
# "busy total" ticks of one CPU from /proc/stat.
cpu_ticks() {
    local name u n s idle iow irq sirq steal _
    while read -r name u n s idle iow irq sirq steal _; do
        if [[ $name == "cpu$1" ]]; then
            echo "$((u + n + s + irq + sirq + steal)) $((u + n + s + idle + iow + irq + sirq + steal))"
            return 0
        fi
    done </proc/stat
}

# ---- the mock ---------------------------------------------------------------------------------------------
MOCK_PID=""
SAMPLER_PID=""
AUTOGROUP_OLD=""
if ((NICE != 0)) && [[ -w /proc/self/autogroup ]]; then
    read -r _ _ AUTOGROUP_OLD </proc/self/autogroup || true
    if echo "$NICE" >/proc/self/autogroup 2>/dev/null; then :; else AUTOGROUP_OLD=""; fi
fi
cleanup() {
    if [[ -n $AUTOGROUP_OLD ]]; then
        echo "$AUTOGROUP_OLD" >/proc/self/autogroup 2>/dev/null || true
        AUTOGROUP_OLD=""
    fi
    if [[ -n $SAMPLER_PID ]]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
    if [[ -n $MOCK_PID ]] && kill -0 "$MOCK_PID" 2>/dev/null; then
        kill -INT "$MOCK_PID" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$MOCK_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill "$MOCK_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_mock() {
    local glib=()
    [[ ${BENCH_MOCK_NO_GLIB:-1} == 1 ]] && glib=(env QT_NO_GLIB=1)
    # taskset execs the mock, so $! is the mock itself. MOCK_CHUNK_* would override the shape: unset them.
    env -u MOCK_CHUNK_COUNT -u MOCK_CHUNK_DELAY_MS "${glib[@]}" nice -n "$NICE" taskset -c "$MOCK_CPU" "$PLATEAU" mock \
        --port "$PORT" --chunk-count "$CHUNKS" --chunk-delay-ms "$DELAY_MS" --threads "$MOCK_THREADS" \
        "${MOCK_TLS[@]}" >"$WORK/mock.log" 2>&1 &
    MOCK_PID=$!
    for _ in $(seq 100); do
        if curl -fsS "${CURL_TLS[@]}" -o /dev/null "$BASE/health" 2>/dev/null; then return 0; fi
        kill -0 "$MOCK_PID" 2>/dev/null || break
        sleep 0.1
    done
    cat "$WORK/mock.log" >&2
    die "the mock did not come up on $BASE"
}

# Per-second samples of the mock's and the generator's CPU ticks while a tool runs:
# "t_s mock_ticks gen_ticks gen_rss_kb". The generator is the child of /usr/bin/time.
start_sampler() { # $1 = file, $2 = pid of /usr/bin/time, $3 = sample period
    (
        local t0 gen=""
        t0=$(date +%s%N)
        while :; do
            if [[ -z $gen ]]; then # the deepest first descendant: time -> timeout -> the tool
                local p=$2 c
                while c=$(cat /proc/"$p"/task/"$p"/children 2>/dev/null) && [[ -n $c ]]; do p=${c%% *}; done
                [[ $p != "$2" && $(readlink /proc/"$p"/exe 2>/dev/null) != */timeout ]] && gen=$p
            fi
            local now=$(($(date +%s%N) - t0))
            echo "$((now / 1000000)) $(proc_ticks "$MOCK_PID") ${gen:+$(proc_ticks "$gen")} ${gen:+$(proc_rss_kb "$gen")}"
            sleep "$3"
        done
    ) >"$1" 2>/dev/null &
    SAMPLER_PID=$!
}
stop_sampler() {
    if [[ -n $SAMPLER_PID ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
        SAMPLER_PID=""
    fi
}

# ---- one tool, one scenario -------------------------------------------------------------------------------
render_plan() { # $1 users, $2 transport, $3 duration, $4 settle, $5 out file
    "$PY" "$HERE/summarize.py" plan --template "$HERE/plan-template.json" --url "$BASE" --users "$1" \
        --transport "$2" --duration "$3" --settle "$4" --threads "$PLATEAU_THREADS" --ca-file "$CA_FILE" --out "$5"
}

run_tool() { # $1 tool, $2 users, $3 scenario folder
    local tool=$1 users=$2 dir=$3/$1 total=$((WARMUP + SECS)) cmd=() envs=()
    mkdir -p "$dir"
    case $tool in
    plateau-lean | plateau-qnam)
        render_plan "$users" "${tool#plateau-}" "$total" "$WARMUP" "$dir/plan.json"
        [[ ${BENCH_GEN_NO_GLIB:-0} == 1 ]] && envs=(QT_NO_GLIB=1)
        cmd=("$PLATEAU" run "$dir/plan.json" --out "$dir/runs" --run-name bench)
        ;;
    locust)
        envs=(BENCH_WARMUP="$WARMUP" BENCH_LOCUST_WARMUP_FILE="$dir/locust_warmup.json" BENCH_CA_FILE="$CA_FILE")
        cmd=(locust -f "$HERE/locustfile.py" --headless -u "$users" -r "$users" -t "${total}s" --host "$BASE"
            --csv "$dir/locust" --only-summary --exit-code-on-error 0 --loglevel WARNING)
        ;;
    wrk)
        cmd=(wrk -t1 -c "$users" -d "${total}s" --timeout 10s -s "$HERE/post.lua" "$BASE/invocations")
        ;;
    h2load)
        # HTTP/1.1 (--h1), one thread, the same body and headers as post.lua; reads each stream to its end.
        printf '%s' '{"input":[{"role":"user","content":"What is the capital of France? Answer in one sentence."}],"stream":true}' >"$dir/body.json"
        cmd=(h2load --h1 -t1 -c "$users" -D "$total" -d "$dir/body.json" -H 'Content-Type: application/json'
            -H 'Accept: text/event-stream' "$BASE/invocations")
        ;;
    *) die "unknown tool '$tool' in BENCH_TOOLS" ;;
    esac
    local m0 m1 c0 c1 g0 g1 w0 w1 rc=0 tpid
    m0=$(proc_ticks "$MOCK_PID")
    c0=$(cpu_ticks "$MOCK_CPU")
    g0=$(cpu_ticks "$GEN_CPU")
    w0=$(date +%s%N)
    # A hard deadline: Locust 2.12 can hang on exit at high user counts (seen: a livelock in gevent's lock
    # under urllib3's pool while the users are killed); the tables flag a run that overran.
    env "${envs[@]}" nice -n "$NICE" /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" \
        timeout -s INT -k 10 $((total + 20)) taskset -c "$GEN_CPU" "${cmd[@]}" \
        >"$dir/stdout.txt" 2>"$dir/stderr.txt" &
    tpid=$!
    start_sampler "$dir/samples.txt" "$tpid" 1
    wait "$tpid" || rc=$?
    stop_sampler
    w1=$(date +%s%N)
    m1=$(proc_ticks "$MOCK_PID")
    c1=$(cpu_ticks "$MOCK_CPU")
    g1=$(cpu_ticks "$GEN_CPU")
    [[ -n $m1 ]] || die "the mock died during $tool at $users users (see $WORK/mock.log)"
    cat >"$dir/meta.json" <<EOF
{"tool":"$tool","users":$users,"seconds":$SECS,"warmup_s":$WARMUP,"rc":$rc,"wall_s":$(((w1 - w0) / 1000000)).0e-3,
 "clk_tck":$CLK_TCK,"mock_ticks":$((m1 - m0)),"mock_cpu":[${c0// /,},${c1// /,}],"gen_cpu":[${g0// /,},${g1// /,}],
 "loadavg":"$(cut -d' ' -f1-3 /proc/loadavg)","nice":$NICE,"mock_threads":$MOCK_THREADS,"gen_no_glib":${BENCH_GEN_NO_GLIB:-0}}
EOF
    if ((rc != 0)); then
        echo "  $tool exited $rc (last lines of its stderr follow)" >&2
        tail -5 "$dir/stderr.txt" >&2 || true
    fi
}

warm_mock() { # $1 users: a short wrk run so the mock's connections, buffers and caches are warm
    if ((WARMUP > 0)); then
        nice -n "$NICE" taskset -c "$GEN_CPU" wrk -t1 -c "$1" -d "${WARMUP}s" --timeout 10s -s "$HERE/post.lua" \
            "$BASE/invocations" >"$WORK/warm-$1.txt" 2>&1 || true
        sleep 1
    fi
}

host_line() {
    echo "host $(hostname), $(nproc --all) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), kernel $(uname -r)"
}

# ---- modes ------------------------------------------------------------------------------------------------
start_mock
echo "bench: mock pid $MOCK_PID on CPU $MOCK_CPU ($MOCK_THREADS thread(s), nice $NICE) at $BASE ($SCHEME); generators on CPU $GEN_CPU; work in $WORK" >&2

if [[ $MODE == soak ]]; then
    dir=$WORK/soak
    mkdir -p "$dir"
    render_plan "$SOAK_USERS" lean "$SOAK_SECS" "$WARMUP" "$dir/plan.json"
    echo "bench: soak, Plateau lean, $SOAK_USERS users for $SOAK_SECS s, RSS every $SOAK_SAMPLE s" >&2
    nice -n "$NICE" /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" taskset -c "$GEN_CPU" "$PLATEAU" run "$dir/plan.json" \
        --out "$dir/runs" --run-name soak >"$dir/stdout.txt" 2>"$dir/stderr.txt" &
    tpid=$!
    start_sampler "$dir/samples.txt" "$tpid" "$SOAK_SAMPLE"
    rc=0
    wait "$tpid" || rc=$?
    stop_sampler
    ((rc == 0)) || echo "bench: plateau exited $rc" >&2
    mkdir -p "$HERE/results"
    out="$HERE/results/soak-$(date +%Y-%m-%d-%H%M).md"
    "$PY" "$HERE/summarize.py" soak --dir "$dir" --host "$(host_line)" | tee "$out"
    echo "bench: written $out" >&2
    exit 0
fi

for users in $USERS_LIST; do
    sdir=$WORK/u$users
    mkdir -p "$sdir"
    echo "bench: $users users: warming the mock for ${WARMUP}s" >&2
    warm_mock "$users"
    for tool in $TOOLS; do
        echo "bench: $users users: $tool for ${WARMUP}+${SECS}s" >&2
        run_tool "$tool" "$users" "$sdir"
        sleep 2 # let the closed connections drain so the next tool starts on an idle mock
    done
done
cleanup
MOCK_PID=""

mkdir -p "$HERE/results"
out="$HERE/results/$(date +%Y-%m-%d-%H%M).md"
"$PY" "$HERE/summarize.py" tables --work "$WORK" --users "$USERS_LIST" --tools "$TOOLS" \
    --mock-log "$WORK/mock.log" --host "$(host_line)" --plateau "$PLATEAU" | tee "$out"
echo "bench: written $out (raw data in $WORK)" >&2
