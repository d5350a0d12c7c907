# shellcheck shell=bash
# What the benchmark scripts share: their options, the build, the cores they pin to and the median.
# Source it after scripts/lib/jdk.sh; it sets rounds, duration, connections, warmup, java, jvm_flags,
# server_cpu and client_cpu. server_cpu and client_cpu may be empty: expand them as
# ${server_cpu[@]+"${server_cpu[@]}"}, since bash 3.2 (macOS) takes an empty array for an unset one.

# shellcheck source=scripts/lib/tools.sh
. "$(dirname "${BASH_SOURCE[0]}")/tools.sh"

# Reads --rounds, --duration, --connections, --warmup into the variables of those names.
# shellcheck disable=SC2034 # the sourcing script reads them
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
# shellcheck disable=SC2034,SC2154 # java is the sourcing script's to read, root its to set
bench_build() {
  local flag
  wharf_find_jdk
  java="$WHARF_JAVA_HOME/bin/java"
  jvm_flags=()
  while IFS= read -r flag; do jvm_flags+=("$flag"); done < <(wharf_jvm_flags)
  if [ "${WHARF_SKIP_BUILD:-}" = 1 ]; then
    return 0 # as ./wharf: the last build is used as it is
  fi
  echo "Building (mvn package) ..." >&2
  (cd "$root" && JAVA_HOME="$WHARF_JAVA_HOME" mvn -q -B -Dstyle.color=never -DskipTests package >&2)
}

# With 2+ cores the server runs on core 1 and the load client on core 0 (Linux's taskset; elsewhere
# both run where the system puts them).
# shellcheck disable=SC2034 # the sourcing script reads them
bench_pin_cores() {
  server_cpu=() client_cpu=()
  if command -v taskset >/dev/null 2>&1 && [ "$(getconf _NPROCESSORS_ONLN)" -ge 2 ]; then
    server_cpu=(taskset -c 1)
    client_cpu=(taskset -c 0)
  fi
}

# Waits until http://127.0.0.1:$port/ answers, for up to 30 s.
# shellcheck disable=SC2154 # port is the sourcing script's
bench_wait_http() {
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.05
  done
  echo "server did not come up" >&2
  return 1
}

# Sets python to a python3 that imports every module named (the system's, where Debian's packages
# put them, else the PATH's), or says what to install and returns 1.
# shellcheck disable=SC2034 # the sourcing script reads python
bench_python() {
  local candidate
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c "import $(IFS=,; echo "$*")" >/dev/null 2>&1; then
      python=$candidate
      return 0
    fi
  done
  printf '%s needs python3 with the modules %s (Debian packages:%s).\n' "$(basename "$0")" "$*" "$(printf ' python3-%s' "$@")" >&2
  printf 'Install them with: scripts/install-tools.sh bench (Debian/Ubuntu; as root, or through sudo)\n' >&2
  return 1
}

# An awk function for the result tables: median(arr, name, count) of arr[name, 1..count].
# shellcheck disable=SC2034 # for the sourcing script's awk programs
BENCH_AWK_MEDIAN='
  function median(arr, name, count,   i, j, t, v) {
    for (i = 1; i <= count; i++) v[i] = arr[name, i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }'

# wrk --latency output on stdin -> "requests_per_second p99_ms"
bench_parse_wrk() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" {
      v = $2
      if (v ~ /us$/) { sub(/us$/, "", v); ms = v / 1000 }
      else if (v ~ /ms$/) { sub(/ms$/, "", v); ms = v }
      else if (v ~ /s$/) { sub(/s$/, "", v); ms = v * 1000 }
    }
    END { printf "%s %.3f\n", rps, ms }'
}
