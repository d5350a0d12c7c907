#!/usr/bin/env bash
# Hostile clients against one worker: Wharf (lifecycle-lab) and, where the attack applies, Uvicorn
# (httptools + uvloop, websockets; the same routes in benchmarks/uvicorn/lab.py), one after the other.
#
#   benchmarks/hostile.sh [--duration SECONDS] [--slow N] [--timeout-read SECONDS] [--fuzz INPUTS]
#                         [--servers "wharf uvicorn"] [--attacks "pipeline ping-flood deflate-bomb slow"]
#                         [--wharf-jvm "FLAGS"]
#
# Prints, per server and attack:
#   pipeline      a client that pipelines 64 KiB POSTs to /echo and never reads: the worker's RSS growth
#   ping-flood    WebSocket pings from a client that never reads the pongs: RSS growth
#   deflate-bomb  permessage-deflate messages of a few KiB that inflate to 15 MiB each: RSS growth
#   slow          N slow-body and N slow-head connections (a byte every timeout-read + 5 s: a byte a
#                 minute against the default 60 s) while a normal client asks GET / ten times a second:
#                 its median and p99 latency, and the slow connections still open once the read timeout
#                 has passed (the attack runs timeout-read + 15 s)
# and then the request parser fuzzer (RequestParserFuzzTest) run long: inputs per second, 0 failures.
# Defaults: 60 s per attack, N = 1000, Wharf's --timeout-read as the settings model has it, 200,000
# fuzz inputs. Wharf serves one worker in its own process, with the memory flags a development
# worker process gets (serial collector, 16 MB initial heap, --worker-max-heap auto's 512 MB on a
# machine of 1 GB or more), so its RSS is a worker's; --wharf-jvm adds JVM flags after those.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

duration=60 slow=1000 timeout_read="" fuzz=200000 only_servers="wharf uvicorn" wharf_jvm=""
attacks="pipeline ping-flood deflate-bomb slow"
while [ $# -gt 0 ]; do
  case "$1" in
    --servers) only_servers=$2; shift 2 ;;
    --attacks) attacks=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --slow) slow=$2; shift 2 ;;
    --timeout-read) timeout_read=$2; shift 2 ;;
    --fuzz) fuzz=$2; shift 2 ;;
    --wharf-jvm) wharf_jvm=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

if ! /usr/bin/python3 -c 'import uvicorn, httptools, uvloop, websockets' 2>/dev/null; then
  echo "Uvicorn is not installed, so only Wharf is attacked (scripts/install-tools.sh installs it)." >&2
  uvicorn=no
else
  uvicorn=yes
fi

bench_build
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
client_cp="$root/benchmarks/target/lib/*:$root/benchmarks/target/classes"
port=18200
pid=""
sampler=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$sampler" ] && kill "$sampler" 2>/dev/null; true' EXIT

# Starts $1 (wharf or uvicorn) in the background on a new port; sets pid.
start_server() {
  port=$((port + 1))
  case "$1" in
    wharf)
      local extra=() worker_flags=()
      [ -n "$timeout_read" ] && extra=(--timeout-read "$timeout_read")
      [ -n "$wharf_jvm" ] && read -r -a worker_flags <<< "$wharf_jvm"
      "$java" "${jvm_flags[@]}" -XX:+UseSerialGC -Xms16m -Xmx512m ${worker_flags[@]+"${worker_flags[@]}"} -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main run lifecycle-lab \
        --port "$port" --no-access-log --log-level warning ${extra[@]+"${extra[@]}"} >/dev/null 2>&1 &
      ;;
    uvicorn)
      /usr/bin/python3 -m uvicorn --app-dir "$root/benchmarks/uvicorn" lab:app --port "$port" \
        --no-access-log --log-level warning --http httptools --loop uvloop --ws websockets >/dev/null 2>&1 &
      ;;
  esac
  pid=$!
  bench_wait_http
}

stop_server() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

rss_kib() {
  awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# Samples the server's RSS twice a second into $1 (the highest seen).
sample_rss() {
  local out=$1 max=0 now
  while kill -0 "$pid" 2>/dev/null; do
    now=$(rss_kib "$pid")
    [ "$now" -gt "$max" ] && max=$now && echo "$max" > "$out"
    sleep 0.5
  done
}

memory_attack() {
  local server=$1 attack=$2 before peak figures out
  start_server "$server"
  # A few requests first, so the baseline is a worker that has served, not one that just started.
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$port/"; done
  sleep 1
  before=$(rss_kib "$pid")
  out=$(mktemp)
  echo "$before" > "$out"
  sample_rss "$out" &
  sampler=$!
  figures=$("$java" "${jvm_flags[@]}" -cp "$client_cp" dev.wharf.benchmarks.hostile.HostileClient \
    "$attack" 127.0.0.1 "$port" "$duration" 2>&1 | tail -n 1)
  kill "$sampler" 2>/dev/null || true; sampler=""
  peak=$(cat "$out"); rm -f "$out"
  local served=no
  curl -s -m 5 -o /dev/null "http://127.0.0.1:$port/" && served=yes
  stop_server
  printf '%-8s %-13s RSS %6.1f -> %7.1f MiB  growth %7.1f MiB   still serving: %-3s  (%s)\n' \
    "$server" "$attack" "$(echo "$before" | awk '{print $1/1024}')" "$(echo "$peak" | awk '{print $1/1024}')" \
    "$(awk -v a="$before" -v b="$peak" 'BEGIN {print (b-a)/1024}')" "$served" "$figures"
}

slow_attack() {
  local server=$1 seconds figures trickle
  seconds=$(( ${timeout_read:-60} + 15 ))
  trickle=$(( (${timeout_read:-60} + 5) * 1000 ))
  start_server "$server"
  figures=$("$java" "${jvm_flags[@]}" -cp "$client_cp" dev.wharf.benchmarks.hostile.HostileClient \
    slow 127.0.0.1 "$port" "$seconds" "$slow" "$trickle" 2>&1 | tail -n 1)
  stop_server
  printf '%-8s %-13s %s s: %s\n' "$server" "slow x$slow" "$seconds" "$figures"
}

echo "java=$("$java" -version 2>&1 | head -n 1) duration=${duration}s slow=$slow timeout-read=${timeout_read:-default}" >&2
for server in $only_servers; do
  [ "$server" = uvicorn ] && [ "$uvicorn" != yes ] && continue
  for attack in $attacks; do
    if [ "$attack" = slow ]; then
      slow_attack "$server"
    else
      memory_attack "$server" "$attack"
    fi
  done
done

if [ "$fuzz" -gt 0 ]; then
  echo "fuzzing the request parser with $fuzz inputs ..." >&2
  (cd "$root" && JAVA_HOME="$WHARF_JAVA_HOME" MAVEN_OPTS="${MAVEN_OPTS:-} $(wharf_maven_opts)" mvn -q -B \
    -Dstyle.color=never -pl server-engine/engine -am -Dtest=RequestParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true -Dwharf.fuzz.inputs="$fuzz" verify 2>&1) | grep -E '^fuzz:|FAIL|Tests run' || true
fi
