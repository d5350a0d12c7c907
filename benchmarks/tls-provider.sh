#!/usr/bin/env bash
# Which TLS provider Wharf should serve with: the JDK's (what Wharf does) or OpenSSL through
# netty-tcnative-boringssl-static. One minimal Netty HTTPS hello server (TlsProviderHello, one event
# loop, the same P-256 certificate, ALPN offering h2 then http/1.1, TLS 1.3 and 1.2) with each
# provider, in the same run, alternating, several rounds (and jdk-aes256: the JDK's provider preferring
# TLS_AES_256_GCM_SHA384 by --ssl-ciphers, the suite BoringSSL settles on with wrk and curl, so that
# both are also compared on the same cipher):
#   throughput   HTTPS HTTP/1.1 keep-alive requests/s (wrk -t1 -c64)
#   handshakes   new TLS connections/s: the same with `Connection: close`, one full handshake a request
#   cold start   a fresh JVM started to its first HTTPS response (the client's first handshake
#                included), with the context's build (files read) and the first two handshakes as
#                the server saw them
# The servers run with a worker's JVM flags (scripts/lib/jdk.sh's, SerialGC, -Xms16m); the throughput
# rounds with the full JIT, as a production worker; the cold starts with C1 only, as a development
# worker (`--cold-jit tiered` to start them with the full JIT too). Load averages are printed, and
# how busy each core was while the keep-alive load ran (the server's, the client's).
#
#   benchmarks/tls-provider.sh [--rounds N] [--duration SECONDS] [--connections N] [--warmup SECONDS]
#                              [--starts N] [--cold-jit c1|tiered] [--providers "jdk openssl jdk-aes256"]
#
# --starts: cold starts of each provider (default 7). With 2+ cores the server is pinned to core 1
# and the client to core 0. Linux on x86-64 only (the benchmarks module carries that native library).
# WHARF_SKIP_BUILD=1 uses the last build of the benchmarks module.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=3 duration=10 connections=64 warmup=15
starts=7 cold_jit=c1 providers="jdk openssl jdk-aes256"
options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --starts) starts=$2; shift 2 ;;
    --cold-jit) cold_jit=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    *) options+=("$1"); shift ;;
  esac
done
case "$cold_jit" in
  c1|tiered) ;;
  *) echo "--cold-jit takes c1 or tiered, not $cold_jit" >&2; exit 2 ;;
esac
bench_options ${options[@]+"${options[@]}"}

for provider in $providers; do
  case "$provider" in
    jdk|jdk-aes256|openssl) ;;
    *) echo "--providers takes jdk, openssl and jdk-aes256, not $provider" >&2; exit 2 ;;
  esac
done
wharf_need_linux "loads netty-tcnative's native library for linux-x86_64" || exit 1
if [ "$(uname -m)" != x86_64 ]; then
  echo "$(basename "$0") loads netty-tcnative's native library for linux-x86_64; this machine is $(uname -m)." >&2
  exit 1
fi
wharf_need_tools "bench tls" wrk=wrk curl=curl openssl=openssl || exit 1

# Only the benchmarks module (and what it needs) is built: the servers run from its classes.
skip_build=${WHARF_SKIP_BUILD:-}
WHARF_SKIP_BUILD=1 bench_build
if [ "$skip_build" != 1 ]; then
  echo "Building the benchmarks module (mvn package) ..." >&2
  (cd "$root" && JAVA_HOME="$WHARF_JAVA_HOME" mvn -q -B -Dstyle.color=never -DskipTests -pl benchmarks -am package >&2)
fi
bench_pin_cores

lib="$root/benchmarks/target/lib"
classpath="$lib/*:$root/benchmarks/target/classes"
if ! ls "$lib"/netty-tcnative-boringssl-static-*.jar >/dev/null 2>&1; then
  echo "no netty-tcnative-boringssl-static jar in $lib: build the benchmarks module" >&2
  exit 1
fi

# A worker's flags (WorkerLauncher): scripts/lib/jdk.sh's, the serial collector, a small first heap.
worker_flags=(${jvm_flags[@]+"${jvm_flags[@]}"} -XX:+UseSerialGC -Xms16m)
cold_flags=("${worker_flags[@]}")
if [ "$cold_jit" = c1 ]; then
  cold_flags+=(-XX:TieredStopAtLevel=1)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT
# One P-256 certificate, as --ssl-dev makes and benchmarks/tls.sh serves.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

load_average() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }

port=18280
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
# Arguments: provider, then the JVM flags.
start_server() {
  local provider=$1
  shift
  exec ${server_cpu[@]+"${server_cpu[@]}"} "$java" "$@" -cp "$classpath" dev.wharf.benchmarks.TlsProviderHello \
    "$provider" "$port" "$work/cert.pem" "$work/key.pem"
}

wait_up() {
  for _ in $(seq 1 600); do
    curl -sk --http1.1 -o /dev/null "https://127.0.0.1:$port/" && return 0
    sleep 0.05
  done
  echo "server did not come up" >&2
  return 1
}

# wrk -> requests/s (and the errors it counted, which a close run must not have)
wrk_rps() {
  local seconds=$1
  shift
  ${client_cpu[@]+"${client_cpu[@]}"} wrk -t1 -c"$connections" -d"${seconds}s" "$@" "https://127.0.0.1:$port/" \
    | awk '/Requests\/sec:/ { rps = $2 } /Socket errors|Non-2xx/ { errors = errors " " $0 } END { print rps; if (errors != "") print "wrk:" errors > "/dev/stderr" }'
}

# Milliseconds since the epoch: GNU date's %N is missing from BSD's, Perl's Time::HiRes is on both.
now_ms() {
  perl -MTime::HiRes=time -e 'printf "%d\n", time() * 1000'
}

# One cold start: prints "cold_ms context_ms server_first_ms server_second_ms client_first_ms client_second_ms
# native_ms negotiated", native_ms being netty-tcnative's library loaded (part of context_ms).
cold_start() {
  local provider=$1 t0 t1 first second log="$work/cold.log"
  t0=$(now_ms)
  start_server "$provider" "${cold_flags[@]}" >"$log" 2>&1 &
  pid=$!
  # The port is probed by TCP alone: a TLS client's attempt would be the first handshake.
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the $provider server stopped before it listened:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.005
  done
  first=$(curl -sk --http1.1 -o /dev/null -w '%{time_connect} %{time_appconnect}\n' "https://127.0.0.1:$port/")
  t1=$(now_ms)
  second=$(curl -sk --http1.1 -o /dev/null -w '%{time_connect} %{time_appconnect}\n' "https://127.0.0.1:$port/")
  sleep 0.2 # the server prints its second handshake
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  awk -v cold=$((t1 - t0)) -v first="$first" -v second="$second" '
    /^ready / {
      for (i = 2; i <= NF; i++) {
        if ($i ~ /^context_ms=/) { sub(/^context_ms=/, "", $i); context = $i }
        if ($i ~ /^native_ms=/) { sub(/^native_ms=/, "", $i); native = $i }
      }
    }
    /^handshake / { n = $2; sub(/^n=/, "", n); ms = $3; sub(/^ms=/, "", ms); server[n] = ms; if (n == 1) what = $4 " " $5 " " $6 }
    END {
      split(first, a, " "); split(second, b, " ")
      printf "%d %s %s %s %.1f %.1f %s %s\n", cold, context, server[1], server[2], (a[2] - a[1]) * 1000, (b[2] - b[1]) * 1000,
        native, what
    }' "$log"
}

# The providers in round N's order: the list turned by N - 1, so each goes first in turn.
in_order() {
  local list=() i count
  read -r -a list <<<"$providers"
  count=${#list[@]}
  for ((i = 0; i < count; i++)); do printf '%s ' "${list[$(((i + $1 - 1) % count))]}"; done
}

# Jiffies of cores 0 and 1, busy then all: "busy0 all0 busy1 all1".
cpu_ticks() {
  awk '/^cpu[01] / { busy = $2 + $3 + $4 + $7 + $8; printf "%s %s ", busy, busy + $5 + $6 } END { print "" }' /proc/stat
}
# Two cpu_ticks lines -> "server% client%" (core 1 is the server's, core 0 the client's).
busy_percent() {
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ")
    printf "%.0f %.0f\n", 100 * (y[3] - x[3]) / (y[4] - x[4] + 1e-9), 100 * (y[1] - x[1]) / (y[2] - x[2] + 1e-9) }'
}

echo "rounds=$rounds duration=${duration}s connections=$connections warmup=${warmup}s starts=$starts cold-jit=$cold_jit" >&2
echo "java=$("$java" -version 2>&1 | head -n 1)  load at the start: $(load_average)" >&2

coldfile="$work/cold.txt"
for round in $(seq 1 "$starts"); do
  for provider in $(in_order "$round"); do
    port=$((port + 1)) # here: cold_start runs in a subshell
    line=$(cold_start "$provider")
    echo "$provider $line" >> "$coldfile"
    read -r cold context s1 s2 c1 c2 native negotiated <<<"$line"
    printf 'start %s  %-10s cold %s ms  context %s ms (native library %s)  handshakes (server) %s, %s ms  (client) %s, %s ms  %s  (load %s)\n' \
      "$round" "$provider" "$cold" "$context" "$native" "$s1" "$s2" "$c1" "$c2" "$negotiated" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)" >&2
  done
done

results="$work/results.txt"
for round in $(seq 1 "$rounds"); do
  for provider in $(in_order "$round"); do
    port=$((port + 1))
    start_server "$provider" "${worker_flags[@]}" >"$work/server.log" 2>&1 &
    pid=$!
    wait_up || { cat "$work/server.log" >&2; exit 1; }
    wrk_rps "$warmup" >/dev/null
    before=$(cpu_ticks)
    rps=$(wrk_rps "$duration")
    read -r server_busy client_busy < <(busy_percent "$before" "$(cpu_ticks)")
    wrk_rps 3 -H "Connection: close" >/dev/null
    hps=$(wrk_rps "$duration" -H "Connection: close")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    echo "$provider $rps $hps $server_busy $client_busy" >> "$results"
    printf 'round %s  %-10s %8.0f req/s keep-alive (cores busy: server %s%%, client %s%%) %6.0f new connections/s  (load %s)\n' \
      "$round" "$provider" "$rps" "$server_busy" "$client_busy" "$hps" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)" >&2
  done
done

echo "load at the end: $(load_average)" >&2
tcnative_kb=$(du -ck "$lib"/netty-tcnative-*.jar | tail -n 1 | cut -f1)
awk -v rounds="$rounds" -v starts="$starts" -v kb="$tcnative_kb" -v results="$results" -v providers="$providers" "$BENCH_AWK_MEDIAN"'
  FILENAME == results { n[$1]++; rps[$1, n[$1]] = $2; hps[$1, n[$1]] = $3; sb[$1, n[$1]] = $4; cb[$1, n[$1]] = $5; next }
  { c[$1]++; cold[$1, c[$1]] = $2; ctx[$1, c[$1]] = $3; s1[$1, c[$1]] = $4; s2[$1, c[$1]] = $5; c1[$1, c[$1]] = $6; c2[$1, c[$1]] = $7
    nat[$1, c[$1]] = $8 }
  END {
    printf "\n%-10s %8s %13s %8s %11s %14s %14s %16s   (medians: %d rounds, %d cold starts)\n", "provider", "req/s",
      "handshakes/s", "cold ms", "context ms", "1st hs server", "1st hs client", "busy srv/client", rounds, starts
    count = split(providers, names, " ")
    for (k = 1; k <= count; k++) {
      p = names[k]
      r[p] = median(rps, p, n[p]); h[p] = median(hps, p, n[p]); cm[p] = median(cold, p, c[p])
      printf "%-10s %8.0f %13.0f %8d %11.1f %14.1f %14.1f %11d%%/%d%%   (second handshake %.1f server, %.1f client)\n",
        p, r[p], h[p], cm[p], median(ctx, p, c[p]), median(s1, p, c[p]), median(c1, p, c[p]), median(sb, p, n[p]),
        median(cb, p, n[p]), median(s2, p, c[p]), median(c2, p, c[p])
    }
    if (r["jdk"] > 0 && r["openssl"] > 0) {
      printf "\nopenssl / jdk: throughput %.2f x, handshakes %.2f x, cold start %+d ms\n", r["openssl"] / r["jdk"], h["openssl"] / h["jdk"],
        cm["openssl"] - cm["jdk"]
    }
    if (r["jdk-aes256"] > 0 && r["openssl"] > 0) {
      printf "openssl / jdk-aes256 (same cipher): throughput %.2f x, handshakes %.2f x\n", r["openssl"] / r["jdk-aes256"], h["openssl"] / h["jdk-aes256"]
    }
    if (c["openssl"] > 0) printf "netty-tcnative native library unpacked and loaded: %.1f ms of openssl'"'"'s context\n", median(nat, "openssl", c["openssl"])
    printf "netty-tcnative jars (boringssl-static for this platform and the classes): %d KiB\n", kb
  }' "$results" "$coldfile"
