#!/usr/bin/env bash
# Scaling with workers: the hello app at 1, 2, 4, 8, ... workers, up to the cores the server gets,
# served by Wharf in both profiles (development: C1-only workers; production: tiered), by Uvicorn
# --workers N (httptools + uvloop) and by the raw Netty anchor with N event loops, in the same run,
# alternating. Prints requests/s, p99 latency and scaling efficiency (req/s at N / (N x req/s at
# 1)), and for Wharf how the workers split wrk's connections (`ss`), the sign of a shared accept
# queue's imbalance.
#
#   benchmarks/scaling.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS]
#
# Cores: a quarter of them (at least one) run wrk, with one thread each, the rest run the server
# (taskset). Whether wrk is the limit: the raw Netty anchor, loaded by the same wrk, must serve more
# than every server measured at that N; where it does not, the figures at that N are wrk's.
# --connections is per worker (default 64), so every worker has the same load at each N.
# On 2 cores the server has one core: N=1 and N=2 still run (the second on that one core), as
# the note says, and the efficiency then shows sharing one core, not scaling.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=1 duration=10 connections=64 warmup=10
bench_options "$@"
wharf_need_tools bench wrk=wrk curl=curl || exit 1
bench_python uvicorn httptools uvloop || exit 1
bench_build

cores=$(getconf _NPROCESSORS_ONLN)
server_cpu=() client_cpu=()
client_cores=$((cores / 4)); [ "$client_cores" -lt 1 ] && client_cores=1
if command -v taskset >/dev/null 2>&1 && [ "$cores" -ge 2 ]; then
  server_cores=$((cores - client_cores))
  client_cpu=(taskset -c "0-$((client_cores - 1))")
  server_cpu=(taskset -c "$client_cores-$((cores - 1))")
else
  server_cores=$cores
fi
counts=()
for ((n = 1; n <= server_cores; n *= 2)); do counts+=("$n"); done
note=""
if [ "$server_cores" -lt 2 ]; then
  counts=(1 2)
  note="Only $server_cores core for the server: N=2 shares it, so its efficiency shows two workers on one core, not scaling. Run on 4+ cores for scaling figures."
fi

servers=(wharf-dev wharf-prod uvicorn raw-netty)
work=$(mktemp -d)
: > "$work/empty.env"
trap 'rm -rf "$work"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
port=18500

# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  local n=$2
  case "$1" in
    # An env file (empty) makes one worker a worker process too, so 1 and N are the same setup.
    wharf-dev | wharf-prod)
      exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main \
        run hello --port "$port" --workers "$n" --env-file "$work/empty.env" \
        --environment "$([ "$1" = wharf-dev ] && echo development || echo production)" \
        --no-access-log --log-level warning ;;
    uvicorn)
      exec ${server_cpu[@]+"${server_cpu[@]}"} "$python" -m uvicorn --app-dir "$root/benchmarks/uvicorn" hello:app \
        --port "$port" --workers "$n" --no-access-log --log-level warning --http httptools --loop uvloop ;;
    raw-netty)
      exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" \
        -cp "$root/benchmarks/target/lib/*:$root/benchmarks/target/classes" dev.wharf.benchmarks.RawNettyHello "$port" "$n" ;;
  esac
}

# The established connections to $port each process of the server holds, "pid:count ...".
connection_split() {
  ss -Htnp state established "( sport = :$port )" 2>/dev/null \
    | grep -o 'pid=[0-9]*' | sort | uniq -c | awk '{ sub("pid=", "", $2); printf "%s:%s ", $2, $1 }'
}

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

echo "cores=$cores (server $server_cores, wrk $client_cores with -t$client_cores) workers=${counts[*]} rounds=$rounds duration=${duration}s warmup=${warmup}s connections=$connections per worker" >&2
echo "java=$("$java" -version 2>&1 | head -n 1)  uvicorn=$("$python" -c 'import uvicorn; print(uvicorn.__version__)')  load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)" >&2
[ -n "$note" ] && echo "note: $note" >&2
: > "$work/results"
for round in $(seq 1 "$rounds"); do
  for n in "${counts[@]}"; do
    c=$((connections * n))
    for server in "${servers[@]}"; do
      port=$((port + 1))
      start_server "$server" "$n" >/dev/null 2>&1 &
      pid=$!
      bench_wait_http
      ${client_cpu[@]+"${client_cpu[@]}"} wrk -t"$client_cores" -c"$c" -d"${warmup}s" "http://127.0.0.1:$port/" >/dev/null
      ${client_cpu[@]+"${client_cpu[@]}"} wrk -t"$client_cores" -c"$c" -d"${duration}s" --latency "http://127.0.0.1:$port/" > "$work/wrk" &
      wrk_pid=$!
      sleep $((duration / 2))
      split=""
      case "$server" in wharf-*) split=$(connection_split) ;; esac
      wait "$wrk_pid"
      line=$(bench_parse_wrk < "$work/wrk")
      kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
      echo "$round $n $server $line" >> "$work/results"
      read -r rps p99 <<<"$line"
      printf 'round %s  N=%-3s %-11s %10.0f req/s   p99 %8.2f ms   load %-6s %s\n' "$round" "$n" "$server" "$rps" "$p99" "$(load)" \
        "${split:+connections per worker pid: $split}" >&2
    done
  done
done

awk -v rounds="$rounds" -v counts="${counts[*]}" "$BENCH_AWK_MEDIAN"'
  { key = $3 SUBSEP $2; rps[key, ++m[key]] = $4; p99[key, m[key]] = $5 }
  END {
    split("wharf-dev wharf-prod uvicorn raw-netty", names, " ")
    k = split(counts, ns, " ")
    printf "\n%-11s %4s %12s %10s %11s   (medians of %d rounds)\n", "server", "N", "req/s", "p99 ms", "efficiency", rounds
    for (i = 1; i <= 4; i++) {
      s = names[i]
      one = median(rps, s SUBSEP ns[1], m[s SUBSEP ns[1]])
      for (j = 1; j <= k; j++) {
        key = s SUBSEP ns[j]
        r = median(rps, key, m[key])
        printf "%-11s %4d %12.0f %10.2f %10.0f%%\n", s, ns[j], r, median(p99, key, m[key]), 100 * r / (ns[j] * one)
      }
    }
    for (j = 1; j <= k; j++) {
      d = median(rps, "wharf-dev" SUBSEP ns[j], rounds); p = median(rps, "wharf-prod" SUBSEP ns[j], rounds)
      u = median(rps, "uvicorn" SUBSEP ns[j], rounds)
      printf "N=%-3d wharf dev / prod %.2f   wharf prod / uvicorn %.2f   wharf dev / uvicorn %.2f\n", ns[j], d / p, p / u, d / u
    }
  }' "$work/results"
[ -n "$note" ] && echo "note: $note"
exit 0
