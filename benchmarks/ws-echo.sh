#!/usr/bin/env bash
# WebSocket echo benchmark: Wharf (lifecycle-lab's /ws, an echo through the ASGI contract) against a
# minimal raw Netty WebSocket echo server (same Netty, same JVM and flags, one event loop), in the
# same run, alternating, several rounds. The load client ships with the repo (WebSocketEchoLoad):
# each connection sends one small text message and waits for its echo before sending the next.
# Prints round-trips/s, p50/p99 latency, the server's CPU use and the ratios. When the server's core is
# not saturated (the load client on its one core can be the limit, most of all against raw Netty),
# round-trips per server CPU-second is the fairer comparison; both ratios are printed.
#
#   benchmarks/ws-echo.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS]
#
# With 2+ cores the server is pinned to core 1 and the load client to core 0.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
bench_options "$@"
[ "$duration" -ge 4 ] || { echo "--duration must be at least 4 seconds" >&2; exit 2; }

bench_build
bench_pin_cores
bench_cp="$root/benchmarks/target/lib/*:$root/benchmarks/target/classes"

port=18180
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  case "$1" in
    wharf) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
             run lifecycle-lab --port "$port" --no-access-log --log-level warning ;;
    raw-netty) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$bench_cp" dev.wharf.benchmarks.RawNettyWebSocketEcho "$port" ;;
  esac
}

wait_ready() {
  for _ in $(seq 1 200); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "server did not come up" >&2
  return 1
}

# CPU seconds (user + system) the process has used so far: /proc's clock ticks where there is a
# /proc (Linux), else ps's [[dd-]hh:]mm:ss[.ss].
cpu_seconds() {
  if [ -r "/proc/$1/stat" ]; then
    awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"
  else
    ps -o time= -p "$1" | awk '{
      n = split($1, part, /[-:]/); unit[1] = 1; unit[2] = 60; unit[3] = 3600; unit[4] = 86400
      for (i = 1; i <= n; i++) seconds += part[n + 1 - i] * unit[i]
      print seconds }'
  fi
}

results=$(mktemp)
trap 'rm -f "$results"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
servers=(wharf raw-netty)
echo "rounds=$rounds duration=${duration}s connections=$connections warmup=${warmup}s java=$("$java" -version 2>&1 | head -n 1)" >&2
for round in $(seq 1 "$rounds"); do
  for server in "${servers[@]}"; do
    port=$((port + 1))
    start_server "$server" >/dev/null 2>&1 &
    pid=$!
    wait_ready
    out=$(mktemp)
    ${client_cpu[@]+"${client_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$bench_cp" dev.wharf.benchmarks.WebSocketEchoLoad \
      "ws://127.0.0.1:$port/ws" "$connections" "$warmup" "$duration" > "$out" &
    client=$!
    # The server's CPU use inside the client's measured window (its first and last second left out).
    sleep $((warmup + 2))
    cpu_before=$(cpu_seconds "$pid")
    sleep $((duration - 2))
    cpu=$(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" -v t="$((duration - 2))" 'BEGIN { printf "%.0f", 100 * (b - a) / t }')
    wait "$client"
    line=$(cat "$out"); rm -f "$out"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    rt=$(sed -E 's/.*round_trips_per_second=([0-9]+).*/\1/' <<<"$line")
    p50=$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line")
    p99=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    echo "$round $server $rt $p50 $p99 $cpu" >> "$results"
    printf 'round %s  %-10s %10.0f round-trips/s   p50 %6d us   p99 %6d us   server cpu %3d %%   errors %s\n' \
      "$round" "$server" "$rt" "$p50" "$p99" "$cpu" "$errors" >&2
  done
done

awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
  { rt[$2, ++n[$2]] = $3; p99[$2, n[$2]] = $5; eff[$2, n[$2]] = $6 > 0 ? $3 * 100 / $6 : 0 }
  END {
    split("wharf raw-netty", names, " ")
    printf "\n%-10s %16s %10s %26s   (medians of %d rounds)\n", "server", "round-trips/s", "p99 us", "round-trips per cpu-second", rounds
    for (k = 1; k <= 2; k++) {
      s = names[k]; r[s] = median(rt, s, n[s]); p[s] = median(p99, s, n[s]); e[s] = median(eff, s, n[s])
      printf "%-10s %16.0f %10.0f %26.0f\n", s, r[s], p[s], e[s]
    }
    printf "\nwharf / raw-netty   round-trips/s %.2f x   p99 %.2f x   per server cpu-second %.2f x   (target: >= 0.50 x)\n",
      r["wharf"] / r["raw-netty"], p["wharf"] / p["raw-netty"], e["wharf"] / e["raw-netty"]
  }' "$results"
