# shellcheck shell=bash
# What the benchmark scripts share: their options, the build, the cores they pin to and the median.
# Source it after scripts/lib/jdk.sh; it sets rounds, duration, connections, warmup, java, jvm_flags,
# server_cpu and client_cpu.

# Reads --rounds, --duration, --connections, --warmup into the variables of those names.
bench_options() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --rounds) rounds=$2; shift 2 ;;
      --duration) duration=$2; shift 2 ;;
      --connections) connections=$2; shift 2 ;;
      --warmup) warmup=$2; shift 2 ;;
      *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
  done
}

# Finds the JDK and builds everything the servers and clients run from.
bench_build() {
  wharf_find_jdk
  java="$WHARF_JAVA_HOME/bin/java"
  mapfile -t jvm_flags < <(wharf_jvm_flags)
  if [ "${WHARF_SKIP_BUILD:-}" = 1 ]; then
    return 0 # as ./wharf: the last build is used as it is
  fi
  echo "Building (mvn package) ..." >&2
  (cd "$root" && JAVA_HOME="$WHARF_JAVA_HOME" mvn -q -B -Dstyle.color=never -DskipTests package >&2)
}

# With 2+ cores the server runs on core 1 and the load client on core 0.
bench_pin_cores() {
  server_cpu=() client_cpu=()
  if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null 2>&1; then
    server_cpu=(taskset -c 1)
    client_cpu=(taskset -c 0)
  fi
}

# Waits until http://127.0.0.1:$port/ answers, for up to 30 s.
bench_wait_http() {
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.05
  done
  echo "server did not come up" >&2
  return 1
}

# An awk function for the result tables: median(arr, name, count) of arr[name, 1..count].
BENCH_AWK_MEDIAN='
  function median(arr, name, count,   i, j, t, v) {
    for (i = 1; i <= count; i++) v[i] = arr[name, i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }'
