#!/usr/bin/env bash
# Hot swap soak: --swaps method-body edits hot-swapped into the running workers of `wharf run --reload`
# (--reload-mode swap, the default) while a steady client asks for the page (a new connection per
# request) and one WebSocket stays open, echoing a message every 50 ms with the current code. It says
# how many requests failed and how many times the WebSocket dropped (both should be 0), how long each
# edit took to show, and when the reload's report line appeared: after the first response with the new
# code (negative: before it) and after the write. The window's timeline entry comes from the same
# event as the line, so it appears with it, plus at most the window's 100 ms of coalescing.
#
#   benchmarks/hot-swap.sh [--swaps N] [--pause SECONDS] [--workers N] [--reload-delay SECONDS]
#                          [--change java|class]
#
# --change java edits Greeting.java and Wharf compiles it; class writes a Greeting.class compiled
# beforehand, as an IDE's build does. Loopback only; the server is stopped at the end.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

swaps=20 pause=1 workers=2 delay=0.25 change=java
while [ $# -gt 0 ]; do
  case "$1" in
    --swaps) swaps=$2; shift 2 ;;
    --pause) pause=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --reload-delay) delay=$2; shift 2 ;;
    --change) change=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
case "$change" in java|class) ;; *) echo "--change is java or class, not '$change'" >&2; exit 2 ;; esac

wharf_need_tools bench curl=curl || exit 1
bench_build
lib="$root/app-gui/target/lib"
templates="$root/benchmarks/reload"
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

app="$work/app"
mkdir -p "$app/src/main/java/bench" "$app/target/classes"
cp "$templates/Main.java" "$app/src/main/java/bench/"
sed 's/{v}/1/' "$templates/Greeting.java.template" > "$app/src/main/java/bench/Greeting.java"
"$WHARF_JAVA_HOME/bin/javac" -d "$app/target/classes" -cp "$lib/*" "$app/src/main/java/bench/"*.java

port=18390
(cd "$app" && exec "$java" "${jvm_flags[@]}" -cp "$lib/*" dev.wharf.cli.Main run bench.Main:app \
  --app-dir target/classes --reload --reload-delay "$delay" --workers "$workers" --port "$port" \
  --no-access-log) >"$work/server.log" 2>&1 &
pid=$!
bench_wait_http
sleep 5

args=(--port "$port" --rounds "$swaps" --pause "$pause" --timeout 30 --websocket /ws --log "$work/server.log"
      --file "$app/src/main/java/bench/Greeting.java" --template "$templates/Greeting.java.template")
if [ "$change" = class ]; then
  args+=(--classes "$app/target/classes" --classpath "$lib/*")
fi
echo "swaps=$swaps pause=${pause}s workers=$workers reload-delay=${delay}s change=.$change" \
     "java=$("$java" -version 2>&1 | head -n 1)" >&2
echo "load before: $(uptime)" >&2
out=$("$java" -cp "$root/benchmarks/target/classes" dev.wharf.benchmarks.ReloadProbe "${args[@]}")
echo "load after: $(uptime)" >&2
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
pid=""
while IFS= read -r line; do echo "  $line"; done <<<"$out" >&2

swapped=$(grep -c 'Hot-swapped ' "$work/server.log" || true)
rolled=$(grep -c 'Reloaded in ' "$work/server.log" || true)
echo
echo "| $swaps edits, $workers workers, .$change change | value |"
echo "|---|---|"
echo "$out" | awk -v swapped="$swapped" -v rolled="$rolled" '
  /^round [0-9]+: [0-9]+ ms$/ { n++; t[n] = $3 }
  /^round [0-9]+ report line: none/ { missing++; next }
  /^round [0-9]+ report line: / { m++; r[m] = $5 + 0; w[m] = $(NF - 4) + 0 }
  /^websocket: / { ws = $0 }
  { last = $0 }
  function sort(a, k,   i, j, x) { for (i = 2; i <= k; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x } }
  function med(a, k) { return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END {
    split(last, f, " ")
    sort(t, n); sort(r, m); sort(w, m)
    printf "| reloads hot-swapped / rolled | %d / %d |\n", swapped, rolled
    printf "| file write → new response, median (min–max) | %d ms (%d–%d ms) |\n", med(t, n), t[1], t[n]
    printf "| report line after the first new response, median (max) | %+.1f ms (%+.1f ms) |\n", med(r, m), r[m]
    printf "| report line after the file write, median (max) | %.1f ms (%.1f ms) |\n", med(w, m), w[m]
    if (missing) printf "| report lines not seen within 5 s | %d |\n", missing
    printf "| failed requests / requests | %d / %d |\n", f[5], f[4] + f[5]
    sub(/^websocket: /, "", ws)
    printf "| the open WebSocket | %s |\n", ws
  }'
