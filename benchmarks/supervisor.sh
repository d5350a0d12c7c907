#!/usr/bin/env bash
# Supervisor benchmark: worker cold start (spawn to lifespan startup complete, over several
# restarts), idle RSS per worker, and requests/s with one worker and with two, all on real worker
# processes serving the hello sample. Without wrk (scripts/install-tools.sh bench) it measures all
# but requests/s.
#
#   benchmarks/supervisor.sh [--starts N] [--duration SECONDS] [--connections N]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

wharf_need_tools bench wrk=wrk || echo "Going on without requests/s figures." >&2
bench_build
# Jars only, so the workers (which run on this classpath) can use their class-data archive.
for jar in "$root"/benchmarks/target/wharf-benchmarks-*.jar; do
  classpath="$root/app-gui/target/lib/*:$jar"
  break
done
exec "$java" "${jvm_flags[@]}" -cp "$classpath" dev.wharf.benchmarks.SupervisorBench "$@"
