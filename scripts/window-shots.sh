#!/usr/bin/env bash
# Looks at the real window at the sizes its layout must hold, as a user sees it: for 1024×700 and
# 1440×900, light and dark, a screen of that size (Xvfb) shows `./wharf window --workers 2 --port N`
# on a fresh config folder (the bundled samples' profiles, lifecycle-lab selected), Start (F5),
# requests with curl, a worker selected, then each panel (Ctrl+2…6) and the settings search for
# "workers" (its field marked "flag"), each saved as a PNG with ImageMagick's import. Open them.
#
#   scripts/window-shots.sh [output-folder]      (default: target/window-shots)
#
# Linux only; needs what `scripts/install-tools.sh window` installs. Builds first when needed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "${1:-}" = --inside ]; then
  # One size and theme, on the display xvfb-run made.
  width=$2 height=$3 dark=$4 port=$5 out=$6
  tag=${width}x${height}-$([ "$dark" = true ] && echo dark || echo light)
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  prefs="$home/prefs/.java/.userPrefs/dev/wharf/window"
  mkdir -p "$prefs" "$home/config"
  cat >"$prefs/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="dark" value="$dark"/>
  <entry key="lastProfile" value="$home/config/profiles/lifecycle-lab.json"/>
</map>
XML
  WHARF_CONFIG_HOME="$home/config" WHARF_JAVA_OPTS="-Djava.util.prefs.userRoot=$home/prefs" \
    "$root/wharf" window --workers 2 --port "$port" >"$out/$tag.log" 2>&1 &
  app=$!
  window=""
  for _ in $(seq 1 120); do
    window=$(xdotool search --name '^Wharf$' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.5
  done
  if [ -z "$window" ]; then
    echo "window-shots: no window opened at $tag; its output is in $out/$tag.log" >&2
    kill "$app" 2>/dev/null || true
    exit 1
  fi
  sleep 3
  xdotool windowfocus "$window" 2>/dev/null || true
  xdotool key --window "$window" F5
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/state" && break
    sleep 0.25
  done
  for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$port/state" || true; done
  sleep 3
  # The first worker's row: the toolbar and the panels' tabs take the same height at every size.
  xdotool mousemove 400 141 click 1
  sleep 2
  import -window root "$out/$tag-1-workers.png"
  panels=(x x settings charts timeline logs reloads)
  for n in 2 3 4 5 6; do
    xdotool key --window "$window" "ctrl+$n"
    sleep 2
    import -window root "$out/$tag-$n-${panels[n]}.png"
  done
  xdotool key --window "$window" ctrl+2
  sleep 1
  # The settings' search box sits left of Copy configuration, below the form's state line.
  xdotool mousemove 400 167 click 1
  xdotool type --delay 40 workers
  sleep 2
  import -window root "$out/$tag-7-settings-search.png"
  xdotool key --window "$window" shift+F5
  sleep 5
  kill "$app" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$app" 2>/dev/null || exit 0
    sleep 0.25
  done
  kill -9 "$app" 2>/dev/null || true
  exit 0
fi

# shellcheck source=scripts/lib/tools.sh
. "$root/scripts/lib/tools.sh"
wharf_window_tools window || exit 1
out=${1:-$root/target/window-shots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# Built once here, so no run builds while its screen is being looked at.
"$root/wharf" --version >/dev/null
port=18470
for size in 1024x700 1440x900; do
  for dark in false true; do
    port=$((port + 1))
    WHARF_SKIP_BUILD=1 xvfb-run -a -s "-screen 0 ${size}x24" \
      "$0" --inside "${size%x*}" "${size#*x}" "$dark" "$port" "$out"
  done
done
echo "Screenshots in $out: open them." >&2
