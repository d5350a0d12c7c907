#!/usr/bin/env bash
# Issue 7's targets, measured on the real window: ./wharf under Xvfb (GTK, software rendering), the
# window tracing itself (-Dwharf.gui.trace), real lifecycle-lab workers, wrk for load. Prints
# markdown tables: window start (first frame, interactive, CPU; with and without the AOT cache),
# app.state change -> screen, the window's CPU while 8 busy workers are shown, and how responsive it
# stays with 16 workers and 1,000 open connections, and its CPU with two servers at once (4 workers
# each, each under wrk). benchmarks/gui/window_bench.py says how each is measured. Linux only (Xvfb);
# scripts/install-tools.sh window bench installs what it needs.
#
#   benchmarks/gui.sh [--rounds N] [--samples N] [--duration SECONDS] [--warmup SECONDS] [--connections N] [--phases startup,latency,cpu,crowd,two]
#
# WHARF_SKIP_BUILD=1 skips the build (mvn package) when target/lib is current; WHARF_GUI_BENCH_JAVA_OPTS
# adds JVM options to the measured window (to profile it, say).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

wharf_window_tools "window bench" wrk=wrk python3=python3 || exit 1

if [ "${WHARF_SKIP_BUILD:-}" != 1 ]; then
  bench_build
  touch "$root/app-gui/target/lib/.built"
fi
xvfb-run -a -s "-screen 0 1280x800x24" python3 "$root/benchmarks/gui/window_bench.py" "$@"
