#!/usr/bin/env bash
# Supervisor benchmark: worker cold start (spawn to lifespan startup complete, over several
# restarts), idle RSS per worker, and requests/s with one worker and with two, all on real worker
# processes serving the hello sample. Installs wrk if it is missing.
#
#   benchmarks/supervisor.sh [--starts N] [--duration SECONDS] [--connections N]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
. "$root/scripts/lib/bench.sh"

if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing wrk ..." >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
bench_build
# Jars only, so the workers (which run on this classpath) can use their class-data archive.
classpath="$root/app-gui/target/lib/*:$(ls "$root"/benchmarks/target/wharf-benchmarks-*.jar | head -n 1)"
exec "$java" "${jvm_flags[@]}" -cp "$classpath" dev.wharf.benchmarks.SupervisorBench "$@"
