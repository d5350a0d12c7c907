#!/usr/bin/env bash
# `./wharf run` started as a user starts it, to its first response: the hello app, served in the
# command's own JVM over plain HTTP and over HTTPS (one P-256 certificate), and supervised with two
# workers, each with the command's start-up cache (the default) and without it (WHARF_RUN_CACHE=off),
# alternating. The caches live in a folder of this run's own: a first, unreported run of each kind
# records its cache, which is assembled before the rounds start.
#
#   benchmarks/run-start.sh [--rounds N]        (default 5)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=5
bench_options "$@"
wharf_need_tools "bench tls" curl=curl openssl=openssl || exit 1
bench_build

work=$(mktemp -d)
results="$work/results"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export WHARF_SKIP_BUILD=1 XDG_CACHE_HOME="$work/cache"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
port=18191

# Prints the milliseconds from `./wharf run hello ARGS...` to its first response, then stops it with
# SIGTERM (as systemd or CTRL+C's forwarding does) and waits until it has gone.
# Arguments: on|off (the start-up cache), then the run's own flags.
first_response() {
  local cache=$1 url="http://127.0.0.1:$port/" start end
  shift
  case "$*" in *--ssl-*) url="https://127.0.0.1:$port/" ;; esac
  start=$(date +%s%N) # linux only: GNU date's nanoseconds
  WHARF_RUN_CACHE=$cache "$root/wharf" run hello --port "$port" --no-access-log --log-level warning "$@" \
    > "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    curl -sk -o /dev/null "$url" && break
    sleep 0.01
  done
  end=$(date +%s%N) # linux only
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  echo $(((end - start) / 1000000))
}

# Waits until no start-up cache is being recorded or assembled in this run's folder.
caches_in_place() {
  for _ in $(seq 1 600); do
    if ! ls "$XDG_CACHE_HOME"/wharf/aot/*.lock >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "a start-up cache was still being made after 5 minutes" >&2
  return 1
}

tls=(--ssl-keyfile "$work/key.pem" --ssl-certfile "$work/cert.pem")
modes="plain https workers"
run_mode() {
  case "$1" in
    plain) first_response "$2" ;;
    https) first_response "$2" "${tls[@]}" ;;
    workers) first_response "$2" --workers 2 ;;
  esac
}

echo "Recording each kind's start-up cache (unreported) ..." >&2
for mode in $modes; do
  run_mode "$mode" on > /dev/null
  caches_in_place
  # The workers record their own cache on their first run, the supervisor's on its second.
  [ "$mode" = workers ] && { run_mode workers on > /dev/null; caches_in_place; }
done

for round in $(seq 1 "$rounds"); do
  for mode in $modes; do
    for cache in off on; do
      ms=$(run_mode "$mode" "$cache")
      printf 'round %d  %-8s cache %-3s %6d ms   (load %s)\n' "$round" "$mode" "$cache" "$ms" \
        "$(uptime | sed 's/.*average: *//; s/,.*//')" >&2
      echo "$mode $cache $ms" >> "$results"
    done
  done
done

awk "$BENCH_AWK_MEDIAN"'
  { n[$1, $2]++; v[$1 "/" $2, n[$1, $2]] = $3 }
  END {
    printf "\n%-40s %10s %10s\n", "./wharf run hello to its first response", "no cache", "its cache"
    split("plain https workers", modes, " ")
    split("served in its own JVM, plain HTTP|served in its own JVM, HTTPS|supervising 2 workers, plain HTTP", names, "|")
    for (i = 1; i <= 3; i++) {
      m = modes[i]
      off[m] = median(v, m "/off", n[m, "off"]); on[m] = median(v, m "/on", n[m, "on"])
      printf "%-40s %7d ms %7d ms\n", names[i], off[m], on[m]
    }
    printf "TLS adds: %d ms without the cache, %d ms with it (medians of %d)\n",
      off["https"] - off["plain"], on["https"] - on["plain"], n["plain", "on"]
  }' "$results"
