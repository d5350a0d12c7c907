#!/usr/bin/env bash
# The worker's JIT, measured: C1 only (-XX:TieredStopAtLevel=1, the development profile's),
# full tiered compilation (the production profile's) and tiered with the C2 thresholds lowered
# five times, each on one worker process serving the hello sample. For each: cold start (the
# `wharf run` process starting to its first response, the supervisor's own start included), time to
# peak (the first one-second slice of load within 5 % of the steady rate), steady requests/s (the
# median of the last 10 one-second slices) and the worker's RSS at the end. Variants alternate
# within each round, so a machine shared with other work weighs on all of them alike.
#
#   benchmarks/jit.sh [--rounds N] [--duration SECONDS] [--connections N]
#
# --duration is the seconds of load after the first response (default 40). With 2+ cores the
# server is pinned to core 1 and wrk (one thread) to core 0.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

# shellcheck disable=SC2034 # bench_options sets warmup too; the load itself is the warm-up here
rounds=2 duration=40 connections=64 warmup=0
bench_options "$@"
wharf_need_tools bench wrk=wrk curl=curl || exit 1
bench_build
bench_pin_cores

variants=(c1 tiered tiered-low-c2)
jit_flags() {
  case "$1" in
    c1) echo "-XX:TieredStopAtLevel=1" ;;
    tiered) echo "-XX:+TieredCompilation" ;;
    tiered-low-c2) echo "-XX:Tier4InvocationThreshold=1000 -XX:Tier4MinInvocationThreshold=120 -XX:Tier4CompileThreshold=3000 -XX:Tier4BackEdgeThreshold=8000" ;;
  esac
}

work=$(mktemp -d)
: > "$work/empty.env"
trap 'rm -rf "$work"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
port=18300

# Milliseconds since the epoch: GNU date's %N is missing from BSD's, Perl's Time::HiRes is on both.
now_ms() {
  perl -MTime::HiRes=time -e 'printf "%d\n", time() * 1000'
}

# One run: prints "cold_ms peak_s steady_rps rss_mib".
measure() {
  local variant=$1 options=() flag t0 t1 slice rps worker rss
  for flag in $(jit_flags "$variant"); do options+=("--worker-jvm-option=$flag"); done
  port=$((port + 1))
  t0=$(now_ms)
  # An env file (empty) makes even one worker a worker process, as every development run's is.
  ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
    run hello --port "$port" --workers 1 --env-file "$work/empty.env" --environment production \
    --no-access-log --log-level warning "${options[@]}" >/dev/null 2>&1 &
  pid=$!
  bench_wait_http >/dev/null
  t1=$(now_ms)
  : > "$work/slices"
  for slice in $(seq 1 "$duration"); do
    rps=$(${client_cpu[@]+"${client_cpu[@]}"} wrk -t1 -c"$connections" -d1s "http://127.0.0.1:$port/" | awk '/Requests\/sec:/ { print $2 }')
    echo "$slice ${rps:-0}" >> "$work/slices"
  done
  worker=$(pgrep -P "$pid" java | head -n 1 || true)
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$worker/status" 2>/dev/null || echo 0)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  awk -v cold=$((t1 - t0)) -v rss="${rss:-0}" -v n="$duration" '
    { r[$1] = $2 }
    END {
      m = 0; for (i = n - 9; i <= n; i++) v[++m] = r[i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      steady = (v[5] + v[6]) / 2
      for (i = 1; i <= n; i++) if (r[i] >= 0.95 * steady) { peak = i; break }
      printf "%d %d %.0f %s\n", cold, peak, steady, rss
    }' "$work/slices"
}

echo "rounds=$rounds load=${duration}s connections=$connections java=$("$java" -version 2>&1 | head -n 1) load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)" >&2
: > "$work/results"
for round in $(seq 1 "$rounds"); do
  for variant in "${variants[@]}"; do
    line=$(measure "$variant")
    echo "$variant $line" >> "$work/results"
    read -r cold peak steady rss <<<"$line"
    printf 'round %s  %-14s cold start %6d ms   peak after %3d s   steady %8.0f req/s   RSS %4d MiB   (load %s)\n' \
      "$round" "$variant" "$cold" "$peak" "$steady" "$rss" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)" >&2
  done
done

awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
  { cold[$1, ++n[$1]] = $2; peak[$1, n[$1]] = $3; rps[$1, n[$1]] = $4; rss[$1, n[$1]] = $5 }
  END {
    split("c1 tiered tiered-low-c2", names, " ")
    printf "\n%-14s %14s %12s %14s %9s %12s   (medians of %d rounds)\n", "JIT", "cold start ms", "peak after s", "steady req/s", "RSS MiB", "vs tiered", rounds
    for (k = 1; k <= 3; k++) { s = names[k]; r[s] = median(rps, s, n[s]) }
    for (k = 1; k <= 3; k++) {
      s = names[k]
      printf "%-14s %14.0f %12.0f %14.0f %9.0f %11.2fx\n", s, median(cold, s, n[s]), median(peak, s, n[s]), r[s], median(rss, s, n[s]), r[s] / r["tiered"]
    }
  }' "$work/results"
