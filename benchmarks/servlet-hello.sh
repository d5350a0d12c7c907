#!/usr/bin/env bash
# Servlet hello benchmark: a plain servlet (benchmarks' HelloServlet) through Wharf's servlet adapter,
# against Wharf's ASGI hello (the hello sample) and the same servlet in an embedded Jetty 12 (EE 11), in
# the same run, alternating, several rounds. Prints requests/s, p99 latency and the ratios; the target is
# the adapter at 0.8 x or more of the ASGI hello.
#
#   benchmarks/servlet-hello.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS]
#
# As http-hello.sh: with 2+ cores the server is pinned to core 1 and wrk (-t1) to core 0, one worker,
# one event loop; the JVMs warm up for 15 s first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
bench_options "$@"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk ..." >&2
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "Please install: wrk (Debian package)" >&2
    exit 1
  fi
fi

bench_build
bench_pin_cores

port=18180
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  case "$1" in
    wharf-servlet) exec "${server_cpu[@]}" "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
             run dev.wharf.benchmarks.servlet.HelloServlet --app-dir "$root/benchmarks/target/classes" \
             --interface servlet --port "$port" --no-access-log --log-level warning ;;
    wharf-asgi) exec "${server_cpu[@]}" "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
             run hello --port "$port" --no-access-log --log-level warning ;;
    jetty) exec "${server_cpu[@]}" "$java" "${jvm_flags[@]}" \
             -cp "$root/benchmarks/target/lib/*:$root/benchmarks/target/classes" \
             dev.wharf.benchmarks.servlet.JettyServletHello "$port" ;;
  esac
}

# CPU seconds (user + system) the process has used so far.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"
}

results=$(mktemp)
trap 'rm -f "$results"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
servers=(wharf-servlet wharf-asgi jetty)
echo "rounds=$rounds duration=${duration}s connections=$connections warmup=${warmup}s java=$("$java" -version 2>&1 | head -n 1)" >&2
for round in $(seq 1 "$rounds"); do
  for server in "${servers[@]}"; do
    port=$((port + 1))
    start_server "$server" >/dev/null 2>&1 &
    pid=$!
    bench_wait_http
    "${client_cpu[@]}" wrk -t1 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$port/" >/dev/null
    cpu_before=$(cpu_seconds "$pid")
    line=$("${client_cpu[@]}" wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/" | bench_parse_wrk)
    cpu=$(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" 'BEGIN { printf "%.2f", b - a }')
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    # requests/s, p99, server CPU % of its core, requests per server CPU-second
    line=$(echo "$line $cpu" | awk -v d="$duration" '{ printf "%s %s %.0f %.0f", $1, $2, 100 * $3 / d, ($3 > 0 ? $1 * d / $3 : 0) }')
    echo "$round $server $line" >> "$results"
    # shellcheck disable=SC2086 # the line's four figures, one argument each
    printf 'round %s  %-14s %10.0f req/s   p99 %7.2f ms   server cpu %3d %%   %8.0f req per cpu-s\n' "$round" "$server" ${line} >&2
  done
done

awk -v rounds="$rounds" "$BENCH_AWK_MEDIAN"'
  { rps[$2, ++n[$2]] = $3; p99[$2, n[$2]] = $4; eff[$2, n[$2]] = $6 }
  END {
    split("wharf-servlet wharf-asgi jetty", names, " ")
    printf "\n%-14s %14s %12s %20s   (medians of %d rounds)\n", "server", "requests/s", "p99 ms", "req per cpu-second", rounds
    for (k = 1; k <= 3; k++) {
      s = names[k]; r[s] = median(rps, s, n[s]); p[s] = median(p99, s, n[s]); e[s] = median(eff, s, n[s])
      printf "%-14s %14.0f %12.2f %20.0f\n", s, r[s], p[s], e[s]
    }
    printf "\nwharf-servlet / wharf-asgi   requests/s %.2f x   p99 %.2f x   per server cpu-second %.2f x   (target: >= 0.80 x)\n",
      r["wharf-servlet"] / r["wharf-asgi"], p["wharf-servlet"] / p["wharf-asgi"], e["wharf-servlet"] / e["wharf-asgi"]
    printf "wharf-servlet / jetty        requests/s %.2f x   p99 %.2f x   per server cpu-second %.2f x\n",
      r["wharf-servlet"] / r["jetty"], p["wharf-servlet"] / p["jetty"], e["wharf-servlet"] / e["jetty"]
  }' "$results"
