#!/usr/bin/env bash
# Issue 7's targets, measured on the real window: ./wharf under Xvfb (GTK, software rendering), the
# window tracing itself (-Dwharf.gui.trace), real lifecycle-lab workers, wrk for load. Prints
# markdown tables: window start (first frame, interactive, CPU; with and without the AOT cache),
# app.state change -> screen, the window's CPU while 8 busy workers are shown, and how responsive it
# stays with 16 workers and 1,000 open connections. benchmarks/gui/window_bench.py says how each is
# measured. Installs xvfb, xdotool, wrk and GTK when missing (Debian/Ubuntu, as root).
#
#   benchmarks/gui.sh [--rounds N] [--samples N] [--duration SECONDS] [--warmup SECONDS] [--connections N] [--phases startup,latency,cpu,crowd]
#
# WHARF_SKIP_BUILD=1 skips the build (mvn package) when target/lib is current; WHARF_GUI_BENCH_JAVA_OPTS
# adds JVM options to the measured window (to profile it, say).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
. "$root/scripts/lib/bench.sh"

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v wrk >/dev/null || missing+=(wrk)
command -v python3 >/dev/null || missing+=(python3)
ldconfig -p 2>/dev/null | grep -q libgtk-3 || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${WHARF_SKIP_BUILD:-}" != 1 ]; then
  bench_build
  touch "$root/app-gui/target/lib/.built"
fi
xvfb-run -a -s "-screen 0 1280x800x24" python3 "$root/benchmarks/gui/window_bench.py" "$@"
