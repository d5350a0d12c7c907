#!/usr/bin/env bash
# HTTPS and HTTP/2 benchmark, hello app, in the same run, alternating, several rounds:
#   wharf-http    Wharf, plain HTTP/1.1 (wrk)
#   wharf-https   Wharf, HTTPS HTTP/1.1, JDK TLS provider (wrk)
#   wharf-h2      Wharf, HTTP/2 over TLS by ALPN (h2load -c 16 -m 32)
#   uvicorn-https Uvicorn (httptools + uvloop) with --ssl-keyfile/--ssl-certfile, the same certificate (wrk)
# and what TLS adds to a worker's cold start: `wharf run` starting to its first response over plain
# HTTP and over HTTPS, alternating, with the first client's TLS handshake (curl's appconnect - connect)
# and the second one's; then a worker as the supervisor starts it, plain and over HTTPS: a cold one,
# and a spare adopted by a restart (TlsWorkerStartBench).
#
#   benchmarks/tls.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS] [--start-only]
#
# --start-only measures the cold starts and handshakes alone (each of --rounds, at least 5).
# With 2+ cores the server is pinned to core 1 and the client to core 0, one worker, one event loop.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
start_only=0
options=()
for option in "$@"; do
  if [ "$option" = --start-only ]; then start_only=1; else options+=("$option"); fi
done
bench_options ${options[@]+"${options[@]}"}

wharf_need_tools "bench tls" wrk=wrk curl=curl h2load=nghttp2-client openssl=openssl || exit 1
bench_python uvicorn httptools uvloop || exit 1

bench_build
bench_pin_cores

certs=$(mktemp -d)
results=$(mktemp)
trap 'rm -rf "$certs" "$results"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
# One P-256 certificate for every server, as --ssl-dev makes (and as browsers are offered today).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$certs/key.pem" -out "$certs/cert.pem" 2>/dev/null

port=18180
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  local tls=(--ssl-keyfile "$certs/key.pem" --ssl-certfile "$certs/cert.pem")
  case "$1" in
    wharf-http) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" -cp "$root/app-gui/target/lib/*" \
             dev.wharf.cli.Main run hello --port "$port" --no-access-log --log-level warning ;;
    wharf-https|wharf-h2) exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "${jvm_flags[@]}" \
             -cp "$root/app-gui/target/lib/*" dev.wharf.cli.Main run hello --port "$port" --no-access-log \
             --log-level warning "${tls[@]}" ;;
    uvicorn-https) exec ${server_cpu[@]+"${server_cpu[@]}"} "$python" -m uvicorn --app-dir "$root/benchmarks/uvicorn" \
             hello:app --port "$port" --no-access-log --log-level warning --http httptools --loop uvloop "${tls[@]}" ;;
  esac
}

url() {
  case "$1" in
    wharf-http) echo "http://127.0.0.1:$port/" ;;
    *) echo "https://127.0.0.1:$port/" ;;
  esac
}

wait_up() {
  for _ in $(seq 1 600); do
    curl -sk -o /dev/null "$1" && return 0
    sleep 0.05
  done
  echo "server did not come up" >&2
  return 1
}

# wrk output -> requests/s; h2load output -> requests/s
parse_wrk() { awk '/Requests\/sec:/ { print $2 }'; }
parse_h2load() { awk '/^finished in/ { gsub(",", "", $4); print $4 }'; }

load() {
  local seconds=$2 target
  target=$(url "$1")
  if [ "$1" = wharf-h2 ]; then
    ${client_cpu[@]+"${client_cpu[@]}"} h2load -t1 -c16 -m32 -D"$seconds" "$target" | parse_h2load
  else
    ${client_cpu[@]+"${client_cpu[@]}"} wrk -t1 -c"$connections" -d"${seconds}s" "$target" | parse_wrk
  fi
}

echo "rounds=$rounds duration=${duration}s connections=$connections (h2load: -c16 -m32) warmup=${warmup}s java=$("$java" -version 2>&1 | head -n 1)" >&2

# Milliseconds since the epoch: GNU date's %N is missing from BSD's, Perl's Time::HiRes is on both.
now_ms() {
  perl -MTime::HiRes=time -e 'printf "%d\n", time() * 1000'
}

# One cold start of wharf-http or wharf-https: prints "cold_ms handshake_ms next_handshake_ms", cold_ms
# from the process's start to its first response (its TLS handshake included). One worker serves in
# the `wharf run` process and binds only once it is ready (its TLS context built), so the port is
# probed by TCP alone: a TLS client's attempt would be the first handshake. Both clients speak HTTP/1.1,
# so what differs is TLS alone (HTTP/2's own classes would weigh on the HTTPS side).
cold_start() {
  local server=$1 t0 t1 first second
  port=$((port + 1))
  t0=$(now_ms)
  start_server "$server" >/dev/null 2>&1 &
  pid=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    sleep 0.005
  done
  first=$(curl -sk --http1.1 -o /dev/null -w '%{time_connect} %{time_appconnect}\n' "$(url "$server")")
  t1=$(now_ms)
  second=$(curl -sk --http1.1 -o /dev/null -w '%{time_connect} %{time_appconnect}\n' "$(url "$server")")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  awk -v cold=$((t1 - t0)) -v first="$first" -v second="$second" 'BEGIN {
    split(first, a, " "); split(second, b, " ")
    printf "%d %.1f %.1f\n", cold, (a[2] > 0 ? (a[2] - a[1]) * 1000 : 0), (b[2] > 0 ? (b[2] - b[1]) * 1000 : 0)
  }'
}

starts=$(mktemp)
start_rounds=$((rounds < 5 ? 5 : rounds))
for round in $(seq 1 "$start_rounds"); do
  for server in wharf-http wharf-https; do
    line=$(cold_start "$server")
    echo "$server $line" >> "$starts"
    printf 'start %s  %-12s %s   (load %s)\n' "$round" "$server" "$line" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)" >&2
  done
done
read -r cold_http cold_https first second < <(awk "$BENCH_AWK_MEDIAN"'
  { n[$1]++; cold[$1, n[$1]] = $2; first[$1, n[$1]] = $3; second[$1, n[$1]] = $4 }
  END { printf "%d %d %.1f %.1f\n", median(cold, "wharf-http", n["wharf-http"]), median(cold, "wharf-https", n["wharf-https"]),
          median(first, "wharf-https", n["wharf-https"]), median(second, "wharf-https", n["wharf-https"]) }' "$starts")
rm -f "$starts"
printf '\ncold start to the first response (medians of %d): plain %d ms, HTTPS %d ms: TLS adds %d ms\n' \
  "$start_rounds" "$cold_http" "$cold_https" $((cold_https - cold_http)) >&2
printf 'TLS handshake of a fresh worker: first client %s ms, second %s ms\n' "$first" "$second" >&2

# The same as the supervisor starts workers: a cold worker, and an adopted spare (reload keeps one),
# which rehearses TLS with a throwaway key while it waits. Not pinned: a worker builds its TLS
# context beside the app's import, on a second core when there is one.
for jar in "$root"/benchmarks/target/wharf-benchmarks-*.jar; do
  bench_classpath="$root/app-gui/target/lib/*:$jar"
  break
done
echo >&2
"$java" "${jvm_flags[@]}" -cp "$bench_classpath" dev.wharf.benchmarks.TlsWorkerStartBench \
  "$certs/key.pem" "$certs/cert.pem" --rounds "$start_rounds" --restarts 3 >&2
if [ "$start_only" = 1 ]; then
  exit 0
fi

servers=(wharf-http wharf-https wharf-h2 uvicorn-https)
for round in $(seq 1 "$rounds"); do
  for server in "${servers[@]}"; do
    port=$((port + 1))
    start_server "$server" >/dev/null 2>&1 &
    pid=$!
    wait_up "$(url "$server")"
    load "$server" "$warmup" >/dev/null
    rps=$(load "$server" "$duration")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    echo "$round $server $rps" >> "$results"
    printf 'round %s  %-14s %10.0f req/s\n' "$round" "$server" "$rps" >&2
  done
done

awk -v rounds="$rounds" -v first="$first" -v second="$second" -v added=$((cold_https - cold_http)) "$BENCH_AWK_MEDIAN"'
  { rps[$2, ++n[$2]] = $3 }
  END {
    split("wharf-http wharf-https wharf-h2 uvicorn-https", names, " ")
    printf "\n%-14s %14s   (medians of %d rounds)\n", "server", "requests/s", rounds
    for (k = 1; k <= 4; k++) { s = names[k]; r[s] = median(rps, s, n[s]); printf "%-14s %14.0f\n", s, r[s] }
    printf "\nwharf https / wharf http       %.2f x\n", r["wharf-https"] / r["wharf-http"]
    printf "wharf h2 / wharf https (h1)    %.2f x\n", r["wharf-h2"] / r["wharf-https"]
    printf "wharf https / uvicorn https    %.2f x\n", r["wharf-https"] / r["uvicorn-https"]
    printf "first TLS handshake of a fresh worker %s ms (the next one %s ms); TLS adds %s ms to its cold start\n", first, second, added
  }' "$results"
