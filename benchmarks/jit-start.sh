#!/usr/bin/env bash
# What the development JIT buys when workers start: --workers 2 of `hello` and of the Jersey app
# (`servlet-api`) started together, as a reload that rolls a generation or a `wharf run` starts
# them, with C1 only (-XX:TieredStopAtLevel=1, the development profile's) and with full tiered
# compilation (the production profile's). For each: the `wharf run` process starting to its first
# response, the CPU time both workers have used two seconds after it (what a laptop's other work
# waits for meanwhile), and both workers' RSS then. Variants alternate within each round.
# benchmarks/jit.sh measures the other side of the choice, throughput, on one worker.
#
#   benchmarks/jit-start.sh [--rounds N]
#
# Not pinned: two workers starting together use every core the machine has, as they do for a user.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

# shellcheck disable=SC2034 # bench_options sets them all; only rounds is used here
rounds=4 duration=0 connections=0 warmup=0
bench_options "$@"
wharf_need_tools bench curl=curl || exit 1
bench_build

[ -r /proc/self/stat ] || { echo "jit-start.sh reads workers' CPU time and RSS from /proc: Linux only" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
: > "$work/empty.env"
pid=""
trap 'rm -rf "$work"; [ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
port=18700

now_ms() {
  perl -MTime::HiRes=time -e 'printf "%d\n", time() * 1000'
}

# One start: prints "first_ms cpu_ms rss_mib" for app $1 with JIT variant $2.
measure() {
  local app=$1 flag=-XX:TieredStopAtLevel=1 t0 t1 worker cpu=0 rss=0
  [ "$2" = tiered ] && flag=-XX:+TieredCompilation
  port=$((port + 1))
  t0=$(now_ms)
  # The empty env file makes the workers processes; production, so that only the flag differs.
  "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main run "$app" --port "$port" \
    --workers 2 --env-file "$work/empty.env" --environment production --no-access-log --log-level warning \
    "--worker-jvm-option=$flag" >/dev/null 2>&1 &
  pid=$!
  bench_wait_http >/dev/null
  t1=$(now_ms)
  sleep 2
  for worker in $(pgrep -P "$pid" java || true); do
    cpu=$((cpu + $(awk '{ print $14 + $15 }' "/proc/$worker/stat")))
    rss=$((rss + $(awk '/VmRSS/ { print $2 }' "/proc/$worker/status")))
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo "$((t1 - t0)) $((cpu * 1000 / ticks)) $((rss / 1024))"
}

echo "rounds=$rounds java=$("$java" -version 2>&1 | head -n 1) cores=$(getconf _NPROCESSORS_ONLN) load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
: > "$work/results"
for round in $(seq 1 "$rounds"); do
  for app in hello servlet-api; do
    for variant in c1 tiered; do
      read -r first cpu rss <<<"$(measure "$app" "$variant")"
      echo "$app/$variant $first $cpu $rss" >> "$work/results"
      printf 'round %s  %-12s %-7s first response %5d ms   workers CPU %5d ms   RSS %4d MiB   (load %s)\n' \
        "$round" "$app" "$variant" "$first" "$cpu" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" >&2
    done
  done
done

awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
  { first[$1, ++n[$1]] = $2; cpu[$1, n[$1]] = $3; rss[$1, n[$1]] = $4 }
  END {
    printf "\n%-20s %18s %24s %14s   (medians of %d rounds)\n", "app / JIT", "first response ms", "workers CPU ms at +2 s", "RSS MiB (2)", rounds
    split("hello/c1 hello/tiered servlet-api/c1 servlet-api/tiered", names, " ")
    for (k = 1; k <= 4; k++) {
      s = names[k]
      printf "%-20s %18.0f %24.0f %14.0f\n", s, median(first, s, n[s]), median(cpu, s, n[s]), median(rss, s, n[s])
    }
  }' "$work/results"
