#!/usr/bin/env bash
# Reload benchmark: how long from a file write to the first response with the new content, and how
# many requests fail meanwhile. Wharf `run --reload` on a small Java app, for a .class change (what an
# IDE's or a build's compile writes) and a .java change (Wharf compiles it), beside Uvicorn `--reload`
# on the same app in Python for a .py change, in the same run, alternating, with the same reload delay.
# The edit changes a method body, which Wharf hot-swaps into the running workers (--reload-mode swap,
# the default); the *-restart modes make Wharf roll a new generation for it instead, as before.
# wharf-jaxrs edits a JAX-RS resource of a Jersey app served through the servlet adapter (Jersey and its
# Jackson from the servlet-api sample's libraries in --app-dir), which Wharf compiles against them.
#
#   benchmarks/reload.sh [--rounds N] [--reloads N] [--pause SECONDS] [--reload-delay SECONDS]
#                        [--modes "wharf-class wharf-java wharf-class-restart wharf-java-restart wharf-jaxrs uvicorn-py"]
#
# Each round starts each server afresh and makes --reloads changes, --pause seconds apart (a user
# saving a file), after a warm-up of 5 s. A steady client (a new connection per request, one at a
# time) runs throughout and counts failed requests, refused connections included. Servers and probe
# share the machine's cores: a reload's compile and JVM start are what is measured.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/bench.sh
. "$root/scripts/lib/bench.sh"

rounds=2 reloads=8 pause=2.5 delay=0.25
modes="wharf-class wharf-java wharf-class-restart wharf-java-restart wharf-jaxrs uvicorn-py"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --reloads) reloads=$2; shift 2 ;;
    --pause) pause=$2; shift 2 ;;
    --reload-delay) delay=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

wharf_need_tools bench curl=curl || exit 1
bench_python uvicorn || exit 1

bench_build
lib="$root/app-gui/target/lib"
jersey="$lib/samples/servlet-api"
templates="$root/benchmarks/reload"
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Both apps at version 1, the Java one built as its own build would.
reset_apps() {
  rm -rf "$work/app" "$work/py"
  mkdir -p "$work/app/src/main/java/bench" "$work/app/target/classes" "$work/py"
  cp "$templates/Main.java" "$work/app/src/main/java/bench/"
  sed 's/{v}/1/' "$templates/Greeting.java.template" > "$work/app/src/main/java/bench/Greeting.java"
  "$WHARF_JAVA_HOME/bin/javac" -d "$work/app/target/classes" -cp "$lib/*" "$work/app/src/main/java/bench/"*.java
  sed 's/{v}/1/' "$templates/app.py.template" > "$work/py/app.py"
  rm -rf "$work/jaxrs"
  mkdir -p "$work/jaxrs/src/main/java/bench/jaxrs" "$work/jaxrs/target/classes"
  cp "$templates/jaxrs/Api.java" "$work/jaxrs/src/main/java/bench/jaxrs/"
  sed 's/{v}/1/' "$templates/jaxrs/VersionResource.java.template" > "$work/jaxrs/src/main/java/bench/jaxrs/VersionResource.java"
  "$WHARF_JAVA_HOME/bin/javac" -d "$work/jaxrs/target/classes" -cp "$jersey/*:$lib/*" "$work/jaxrs/src/main/java/bench/jaxrs/"*.java
}

port=18300
# Runs in a background subshell; exec makes $! the server itself, so kill reaches it.
start_server() {
  case "$1" in
    wharf-class|wharf-java|wharf-class-restart|wharf-java-restart)
      local reload_mode=swap
      case "$1" in *-restart) reload_mode=restart ;; esac
      cd "$work/app" && exec "$java" "${jvm_flags[@]}" -cp "$lib/*" dev.wharf.cli.Main run bench.Main:app \
        --app-dir target/classes --reload --reload-mode "$reload_mode" --reload-delay "$delay" --port "$port" \
        --no-access-log ;;
    wharf-jaxrs) cd "$work/jaxrs" && exec "$java" "${jvm_flags[@]}" -cp "$lib/*" dev.wharf.cli.Main \
        run org.glassfish.jersey.servlet.ServletContainer --interface servlet \
        --servlet-init-param jakarta.ws.rs.Application=bench.jaxrs.Api --app-dir "target/classes:$jersey/*" \
        --reload --reload-delay "$delay" --port "$port" --no-access-log ;;
    uvicorn-py) cd "$work/py" && exec "$python" -m uvicorn app:app --reload --reload-delay "$delay" --port "$port" \
        --no-access-log ;;
  esac
}

probe() {
  local args=(--port "$port" --rounds "$reloads" --pause "$pause" --timeout 30)
  case "$1" in
    wharf-class|wharf-class-restart) args+=(--file "$work/app/src/main/java/bench/Greeting.java" --template "$templates/Greeting.java.template"
                        --classes "$work/app/target/classes" --classpath "$lib/*") ;;
    wharf-java|wharf-java-restart) args+=(--file "$work/app/src/main/java/bench/Greeting.java" --template "$templates/Greeting.java.template") ;;
    wharf-jaxrs) args+=(--file "$work/jaxrs/src/main/java/bench/jaxrs/VersionResource.java"
                        --template "$templates/jaxrs/VersionResource.java.template") ;;
    uvicorn-py) args+=(--file "$work/py/app.py" --template "$templates/app.py.template") ;;
  esac
  "$java" -cp "$root/benchmarks/target/classes" dev.wharf.benchmarks.ReloadProbe "${args[@]}"
}

results=$(mktemp)
echo "rounds=$rounds reloads=$reloads pause=${pause}s reload-delay=${delay}s java=$("$java" -version 2>&1 | head -n 1)" \
     "uvicorn=$("$python" -c 'import uvicorn; print(uvicorn.__version__)')" >&2
for _ in $(seq 1 "$rounds"); do
  for mode in $modes; do
    port=$((port + 1))
    reset_apps
    start_server "$mode" >"$work/$mode.log" 2>&1 &
    pid=$!
    bench_wait_http
    sleep 5
    out=$(probe "$mode")
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    pid=""
    while IFS= read -r line; do echo "  $mode: $line"; done <<<"$out" >&2
    echo "$out" | awk -v m="$mode" '/^round [0-9]+: [0-9]+ ms$/ { print m, "sample", $3 }' >> "$results"
    echo "$out" | tail -n 1 | awk -v m="$mode" '{ print m, "count", $4, $5 }' >> "$results"
    compile=$(awk '{ for (i = 1; i < NF; i++) if ($i == "(compile") s = s $(i + 1) " " } END { print s }' "$work/$mode.log")
    startup=$(awk '{ for (i = 1; i < NF; i++) if ($i == "startup" && $(i + 2) ~ /^s\)/) s = s $(i + 1) " " } END { print s }' "$work/$mode.log")
    swap=$(awk '/Hot-swapped / { for (i = 1; i < NF; i++) if ($i == "swap") s = s $(i + 1) " " } END { print s }' "$work/$mode.log")
    if [ -n "$startup" ]; then
      echo "  $mode: compile (s): $compile; startup (s): $startup" >&2
    elif [ -n "$swap" ]; then
      echo "  $mode: compile (ms): $compile; swap (ms): $swap" >&2
    fi
  done
done

echo
echo "| reload | median file write → new response | min | max | failed requests / requests |"
echo "|---|---|---|---|---|"
awk '
  $2 == "sample" { m = $1; n[m]++; v[m, n[m]] = $3 }
  $2 == "count" { ok[$1] += $3; failed[$1] += $4 }
  '"$BENCH_AWK_MEDIAN"'
  END {
    label["wharf-class"] = "Wharf, .class change (hot swap)"
    label["wharf-java"] = "Wharf, .java change (compiled by Wharf, hot swap)"
    label["wharf-class-restart"] = "Wharf --reload-mode restart, .class change (new generation)"
    label["wharf-java-restart"] = "Wharf --reload-mode restart, .java change (new generation)"
    label["wharf-jaxrs"] = "Wharf, JAX-RS resource .java change (servlet adapter)"
    label["uvicorn-py"] = "Uvicorn --reload, .py change"
    count = split("wharf-class wharf-java wharf-class-restart wharf-java-restart wharf-jaxrs uvicorn-py", order, " ")
    for (i = 1; i <= count; i++) {
      m = order[i]
      if (!(m in n)) continue
      lo = v[m, 1]; hi = v[m, 1]
      for (j = 2; j <= n[m]; j++) { if (v[m, j] < lo) lo = v[m, j]; if (v[m, j] > hi) hi = v[m, j] }
      printf "| %s | %d ms | %d ms | %d ms | %d / %d |\n", label[m], median(v, m, n[m]), lo, hi, failed[m], ok[m] + failed[m]
    }
  }' "$results"
echo "($rounds rounds of $reloads reloads each; --reload-delay $delay for both)"
rm -f "$results"
