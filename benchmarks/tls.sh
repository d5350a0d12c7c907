#!/usr/bin/env bash
# HTTPS and HTTP/2 benchmark, hello app, in the same run, alternating, several rounds:
#   wharf-http    Wharf, plain HTTP/1.1 (wrk)
#   wharf-https   Wharf, HTTPS HTTP/1.1, JDK TLS provider (wrk)
#   wharf-h2      Wharf, HTTP/2 over TLS by ALPN (h2load -c 16 -m 32)
#   uvicorn-https Uvicorn (httptools + uvloop) with --ssl-keyfile/--ssl-certfile, the same certificate (wrk)
# and the TLS handshake a fresh worker's first client pays (curl's appconnect - connect), beside the
# second client's.
#
#   benchmarks/tls.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS]
#
# With 2+ cores the server is pinned to core 1 and the client to core 0, one worker, one event loop.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
bench_options "$@"

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

# The first TLS handshake of a freshly started worker against the next one (ms).
port=$((port + 1))
start_server wharf-https >/dev/null 2>&1 &
pid=$!
# Waits for the port by TCP alone: a TLS client's attempt would be the first handshake.
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  sleep 0.05
done
handshake() { curl -sk -o /dev/null -w '%{time_connect} %{time_appconnect}\n' "https://127.0.0.1:$port/" | awk '{ printf "%.1f", ($2 - $1) * 1000 }'; }
first=$(handshake)
second=$(handshake)
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
printf 'TLS handshake of a fresh worker: first client %s ms, second %s ms\n' "$first" "$second" >&2

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

awk -v rounds="$rounds" -v first="$first" -v second="$second" "$BENCH_AWK_MEDIAN"'
  { rps[$2, ++n[$2]] = $3 }
  END {
    split("wharf-http wharf-https wharf-h2 uvicorn-https", names, " ")
    printf "\n%-14s %14s   (medians of %d rounds)\n", "server", "requests/s", rounds
    for (k = 1; k <= 4; k++) { s = names[k]; r[s] = median(rps, s, n[s]); printf "%-14s %14.0f\n", s, r[s] }
    printf "\nwharf https / wharf http       %.2f x\n", r["wharf-https"] / r["wharf-http"]
    printf "wharf h2 / wharf https (h1)    %.2f x\n", r["wharf-h2"] / r["wharf-https"]
    printf "wharf https / uvicorn https    %.2f x\n", r["wharf-https"] / r["uvicorn-https"]
    printf "first TLS handshake of a fresh worker %s ms (the next one %s ms)\n", first, second
  }' "$results"
