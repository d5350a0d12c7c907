#!/usr/bin/env bash
# JMH microbenchmarks of code on every request's path (benchmarks/src/main/java/dev/wharf/benchmarks/micro),
# where a whole server run's noise is larger than the cost to be shown.
#
#   benchmarks/micro.sh [JMH options, e.g. ResponseTimesBench]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

bench_build
for jar in "$root"/benchmarks/target/wharf-benchmarks-*.jar; do
  classpath="$jar:$root/benchmarks/target/lib/*"
  break
done
exec "$java" "${jvm_flags[@]}" -cp "$classpath" org.openjdk.jmh.Main "$@"
