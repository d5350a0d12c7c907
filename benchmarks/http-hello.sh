#!/usr/bin/env bash
# HTTP hello benchmark: Wharf (hello sample, through the ASGI contract) against a minimal raw Netty
# server (same Netty, same JVM and flags) and Uvicorn (httptools + uvloop, the same hello app),
# in the same run, alternating, several rounds. Prints requests/s, p99 latency and the ratios.
#
#   benchmarks/http-hello.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS] [--response-times]
#
# --response-times measures what the worker's response-time histogram and status counts cost instead:
# Wharf's hello with them (the default) against the same with -Dwharf.responseTimes=off on the worker's
# JVM, alternating (on, off, then off, on the next round, so a drift of the machine weighs on both).
#
# The JVMs warm up for 15 s by default: on one pinned core the JIT competes with the server, and a
# shorter warm-up measures the compiler rather than the server.
#
# With 2+ cores the server is pinned to core 1 and wrk to core 0 (wrk -t1), one worker, one event loop.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
servers=(wharf raw-netty uvicorn)
options=()
for option in "$@"; do
  if [ "$option" = --response-times ]; then
    servers=(times-on times-off)
  else
    options+=("$option")
  fi
done
bench_options ${options[@]+"${options[@]}"}

wharf_need_tools bench wrk=wrk curl=curl || exit 1
if [ "${servers[0]}" = wharf ]; then
  bench_python uvicorn httptools uvloop || exit 1
fi

bench_build
bench_pin_cores

port=18080
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  case "$1" in
    wharf) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
             run hello --port "$port" --no-access-log --log-level warning ;;
    times-on|times-off) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
             run hello --port "$port" --no-access-log --log-level warning --worker-jvm-option="-Dwharf.responseTimes=${1#times-}" ;;
    raw-netty) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" \
             -cp "$root/benchmarks/target/lib/*:$root/benchmarks/target/classes" dev.wharf.benchmarks.RawNettyHello "$port" ;;
    uvicorn) exec ${server_cpu[@]+"${server_cpu[@]}"} "$python" -m uvicorn --app-dir "$root/benchmarks/uvicorn" hello:app \
             --port "$port" --no-access-log --log-level warning --http httptools --loop uvloop ;;
  esac
}

results=$(mktemp)
trap 'rm -f "$results"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
echo "rounds=$rounds duration=${duration}s connections=$connections warmup=${warmup}s java=$("$java" -version 2>&1 | head -n 1)" >&2
for round in $(seq 1 "$rounds"); do
  order=("${servers[@]}")
  if [ "${servers[0]}" = times-on ] && [ $((round % 2)) = 0 ]; then
    order=(times-off times-on)
  fi
  for server in "${order[@]}"; do
    port=$((port + 1))
    start_server "$server" >/dev/null 2>&1 &
    pid=$!
    bench_wait_http
    ${client_cpu[@]+"${client_cpu[@]}"} wrk -t1 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$port/" >/dev/null
    line=$(${client_cpu[@]+"${client_cpu[@]}"} wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/" | bench_parse_wrk)
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    echo "$round $server $line" >> "$results"
    read -r rps p99 <<<"$line"
    printf 'round %s  %-10s %10.0f req/s   p99 %7.2f ms\n' "$round" "$server" "$rps" "$p99" >&2
  done
done

if [ "${servers[0]}" = times-on ]; then
  awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
    { rps[$2, ++n[$2]] = $3; p99[$2, n[$2]] = $4 }
    END {
      printf "\n%-10s %14s %12s   (medians of %d rounds)\n", "histogram", "requests/s", "p99 ms", rounds
      split("times-on times-off", names, " ")
      for (k = 1; k <= 2; k++) {
        s = names[k]; r[s] = median(rps, s, n[s]); p[s] = median(p99, s, n[s])
        printf "%-10s %14.0f %12.2f\n", substr(s, 7), r[s], p[s]
      }
      printf "\ncost of the histogram: %.1f %% of the requests/s (median on / median off)\n", 100 * (1 - r["times-on"] / r["times-off"])
      printf "each round, on / off:"
      for (i = 1; i <= n["times-on"]; i++) printf " %.3f", rps["times-on", i] / rps["times-off", i]
      printf "\n"
    }' "$results"
  exit 0
fi

awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
  { rps[$2, ++n[$2]] = $3; p99[$2, n[$2]] = $4 }
  END {
    split("wharf raw-netty uvicorn", names, " ")
    printf "\n%-10s %14s %12s   (medians of %d rounds)\n", "server", "requests/s", "p99 ms", rounds
    for (k = 1; k <= 3; k++) {
      s = names[k]; r[s] = median(rps, s, n[s]); p[s] = median(p99, s, n[s])
      printf "%-10s %14.0f %12.2f\n", s, r[s], p[s]
    }
    printf "\nwharf / raw-netty   requests/s %.2f x   p99 %.2f x\n", r["wharf"] / r["raw-netty"], p["wharf"] / p["raw-netty"]
    printf "wharf / uvicorn     requests/s %.2f x   p99 %.2f x\n", r["wharf"] / r["uvicorn"], p["wharf"] / p["uvicorn"]
  }' "$results"
