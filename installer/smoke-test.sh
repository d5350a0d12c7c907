#!/usr/bin/env bash
# Builds Wharf's app image and .deb with the installer profile, then checks them as a user without a
# JDK would meet them: from the image alone, with an empty PATH, no JAVA_HOME and a fresh home.
#   1. Wharf --version and wharf-cli --version print the version;
#   2. Wharf run hello --workers 2 serves an HTTP request, its workers on the image's own java;
#   3. the window opens under Xvfb: time to a visible window measured for the first run on a fresh
#      home, which archives the window's classes as it exits, and for the runs after, which map
#      them; screenshot saved;
#   4. the image is under 150 MB;
#   5. the .deb holds the launchers, one desktop entry with Wharf's icon and the /usr/bin/wharf link
#      (with --install-deb it is also installed with apt-get, run from the PATH and purged).
# Linux only (the image it checks is Linux's, and the .deb); scripts/install-tools.sh installer
# installs the tools it needs (Xvfb, xdotool, ImageMagick, curl, GTK, fakeroot, file).
# Usage: installer/smoke-test.sh [--no-build] [--runs N] [--install-deb]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
dest=$root/installer/target/installer
image=$dest/Wharf
out=$root/installer/target/smoke
work=$out/work
home=$work/home
empty_bin=$work/empty-bin
# The options: how many times the window starts, and whether the .deb is installed too.
runs=3
install_deb=0

# The image's launcher with nothing of this machine's Java: an empty PATH, no JAVA_HOME. An array,
# not a function, so that "${wharf[@]}" ... & gives the launcher's own pid (env execs it).
launcher_env=(env -i "HOME=$home" "PATH=$empty_bin" "XDG_CACHE_HOME=$home/.cache" "XDG_CONFIG_HOME=$home/.config")
[ -n "${DISPLAY:-}" ] && launcher_env+=("DISPLAY=$DISPLAY")
[ -n "${XAUTHORITY:-}" ] && launcher_env+=("XAUTHORITY=$XAUTHORITY")
wharf=("${launcher_env[@]}" "$image/bin/Wharf")
wharf_cli=("${launcher_env[@]}" "$image/bin/wharf-cli")

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

fresh_home() {
  rm -rf "$home"
  mkdir -p "$home" "$empty_bin"
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 )) # linux only, as this whole script
}

# In MB of 10^6 bytes, as the packager and file managers count.
megabytes() {
  du -sb "$1" | awk '{printf "%.1f", $1 / 1e6}' # linux only, as this whole script
}

build() {
  echo "Building the image and the .deb (mvn -Pinstaller -pl installer -am package) ..."
  (cd "$root" && mvn -B -q -Pinstaller -pl installer -am package -DskipTests)
}

check_version() {
  local version cli_version
  echo "1. Wharf --version and wharf-cli --version, from the image alone"
  version=$("${wharf[@]}" --version) || fail "Wharf --version exited with $?"
  echo "  ${version//$'\n'/$'\n'  }"
  echo "$version" | grep -q "^Wharf [0-9]" || fail "no version in: $version"
  cli_version=$("${wharf_cli[@]}" --version) || fail "wharf-cli --version exited with $?"
  [ "$cli_version" = "$version" ] || fail "wharf-cli --version printed '$cli_version', Wharf --version '$version'"
}

check_run_hello() {
  local server port="" body worker exe
  echo "2. Wharf run hello --workers 2"
  "${wharf[@]}" run hello --port 0 --workers 2 > "$out/run.log" 2>&1 &
  server=$!
  # shellcheck disable=SC2064 # the trap is for this server, whose pid is known now
  trap "kill $server 2>/dev/null || true" EXIT
  for _ in $(seq 600); do
    port=$(sed -n 's/.*Wharf running on http:\/\/127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$out/run.log" | head -n 1)
    [ -n "$port" ] && [ "$(grep -c "Application startup complete." "$out/run.log")" -ge 2 ] && break
    kill -0 "$server" 2>/dev/null || fail "wharf run exited: $(cat "$out/run.log")"
    sleep 0.1
  done
  [ -n "$port" ] || fail "wharf run did not start: $(cat "$out/run.log")"
  body=$(curl -sS "http://127.0.0.1:$port/")
  [ "$body" = "hello from ASGI" ] || fail "GET / answered '$body'"
  echo "  GET http://127.0.0.1:$port/ -> $body"
  for worker in $(pgrep -P "$server"); do
    exe=$(wharf_resolve "/proc/$worker/exe")
    [ "$exe" = "$(wharf_resolve "$image/lib/runtime/bin/java")" ] || fail "worker $worker runs $exe, not the image's java"
    echo "  worker $worker runs $exe"
  done
  kill -TERM "$server"
  wait "$server" || fail "wharf run exited with $? on SIGTERM"
  trap - EXIT
}

check_window() {
  echo "3. The window under Xvfb ($runs starts)"
  xvfb-run -a -s "-screen 0 1280x800x24" "$0" --no-build --runs "$runs" --window
}

# One start of the window: prints the time from start to a visible window named Wharf; the first
# run's window is saved as a screenshot. The window is closed as a window manager would (SIGTERM),
# so the first run writes its class archive as it exits.
window_start() {
  local run=$1 pid start visible="" geometry
  start=$(now_ms)
  "${wharf[@]}" > "$out/window-$run.log" 2>&1 &
  pid=$!
  while [ -z "$visible" ] && [ $(( $(now_ms) - start )) -lt 60000 ] && kill -0 "$pid" 2>/dev/null; do
    xdotool search --onlyvisible --name '^Wharf$' >/dev/null 2>&1 && visible=$(( $(now_ms) - start ))
    [ -n "$visible" ] || sleep 0.05
  done
  if [ -z "$visible" ]; then
    kill "$pid" 2>/dev/null || true
    fail "no visible Wharf window within 60 s; the app printed:"$'\n'"$(cat "$out/window-$run.log")"
  fi
  if [ "$run" = 1 ]; then
    # Time for the profiles, which load off the FX thread, to show.
    sleep 5
    import -window root "$out/window.png"
    geometry=$(xdotool search --onlyvisible --name '^Wharf$' getwindowgeometry 2>/dev/null | sed -n 's/.*Geometry: //p' | head -n 1)
    echo "  window $geometry, screenshot $out/window.png" >&2
  fi
  # What the app printed while starting; SIGTERM then stops it the hard way, and JavaFX may
  # complain of paint jobs it can no longer run, which a user closing the window never sees.
  cp "$out/window-$run.log" "$out/window-$run.startup.log"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$visible"
}

# Run under xvfb-run (--window): the window started on a fresh home, then again on the same home.
window_checks() {
  local times=() run archive visible
  fresh_home
  # Where the window's launcher keeps its class archive, on a JDK 25 runtime (none before).
  # shellcheck disable=SC2016 # $HOME as the launcher's configuration writes it, unexpanded
  archive=$(sed -n 's/^java-options=-XX:SharedArchiveFile=\$HOME//p' "$image/lib/app/Wharf.cfg")
  [ -z "$archive" ] || archive=$home$archive
  for run in $(seq "$runs"); do
    visible=$(window_start "$run") || exit 1
    times+=("$visible")
    if [ "$run" = 1 ] && [ -n "$archive" ]; then
      [ -s "$archive" ] || fail "the first window did not leave its class archive at $archive"
      echo "  class archive: $(du -m "$archive" | cut -f1) MB at ~${archive#"$home"}"
    fi
  done
  echo "  start to visible window (ms): first run on a fresh home ${times[0]}, then ${times[*]:1}"
  if [ "${#times[@]}" -gt 1 ]; then
    printf '%s\n' "${times[@]:1}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print "  median of the runs after the first: " m " ms"}'
  fi
  if grep -h -i -E "exception|warning" "$out"/window-*.startup.log; then
    fail "the window's log shows the lines above"
  fi
}

check_size() {
  local size
  echo "4. Size"
  size=$(megabytes "$image")
  echo "  $image: $size MB (runtime $(megabytes "$image/lib/runtime") MB, app $(megabytes "$image/lib/app") MB)"
  awk -v size="$size" 'BEGIN {exit !(size < 150)}' || fail "the image is $size MB, over 150 MB"
}

check_deb() {
  local deb="" candidate desktops desktop icon
  for candidate in "$dest"/*.deb; do
    [ -f "$candidate" ] && deb=$candidate && break
  done
  if [ -z "$deb" ]; then
    echo "5. No .deb in $dest (the build skipped it; its output says why)"
    return 0
  fi
  echo "5. $(basename "$deb"): $(megabytes "$deb") MB"
  dpkg-deb -f "$deb" Depends | grep -q "libgtk-3-0" || fail "the .deb does not depend on GTK"
  mkdir -p "$work/deb" && dpkg-deb -x "$deb" "$work/deb" && dpkg-deb -e "$deb" "$work/deb/DEBIAN"
  desktops=$(find "$work/deb" -type f -name '*.desktop')
  [ -n "$desktops" ] || fail "no desktop entry in the .deb"
  [ "$(echo "$desktops" | wc -l)" = 1 ] || fail "the .deb has more than one desktop entry: $desktops"
  desktop=$desktops
  [ -x "$work/deb/opt/wharf/bin/wharf-cli" ] || fail "no /opt/wharf/bin/wharf-cli in the .deb"
  grep -q "^Exec=/opt/wharf/bin/Wharf" "$desktop" || fail "the desktop entry does not start /opt/wharf/bin/Wharf"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  file "$work/deb$icon" | grep -q "512 x 512" || fail "the desktop entry's icon is not Wharf's: $(file "$work/deb$icon")"
  grep -q "/usr/bin/wharf" "$work/deb/DEBIAN/postinst" || fail "postinst does not link /usr/bin/wharf"
  grep -q "/bin/wharf-cli" "$work/deb/DEBIAN/postinst" || fail "postinst does not link /usr/bin/wharf to wharf-cli"
  echo "  $(basename "$desktop"): $(grep -E '^(Name|Exec|Icon|Categories)=' "$desktop" | tr '\n' ' ')"
  if [ "$install_deb" = 1 ]; then
    check_deb_installed "$deb"
  fi
}

# --install-deb: the package installed with apt-get, its wharf command run from the PATH, then purged.
check_deb_installed() {
  local deb=$1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  [ "$(readlink /usr/bin/wharf)" = /opt/wharf/bin/wharf-cli ] || fail "/usr/bin/wharf links to $(readlink /usr/bin/wharf)"
  echo "  installed: $(env -i PATH=/usr/bin:/bin HOME="$home" wharf --version | head -n 1) from $(command -v wharf) -> $(readlink /usr/bin/wharf)"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq wharf >/dev/null
  [ ! -e /usr/bin/wharf ] || fail "/usr/bin/wharf is left after purging the package"
  echo "  purged: /opt/wharf and /usr/bin/wharf are gone"
}

main() {
  local build=1 window_only=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --no-build) build=0 ;;
      --runs) runs=$2; shift
              [ "$runs" -ge 1 ] 2>/dev/null || { echo "--runs takes a number from 1 up" >&2; exit 2; } ;;
      --install-deb) install_deb=1 ;;
      --window) window_only=1 ;;  # internal: the window checks, run under xvfb-run
      *) echo "unknown option: $1 (use --no-build, --runs N, --install-deb)" >&2; exit 2 ;;
    esac
    shift
  done
  if [ "$window_only" = 1 ]; then
    window_checks
    return 0
  fi

  # shellcheck source=scripts/lib/tools.sh
  . "$root/scripts/lib/tools.sh"
  # shellcheck source=scripts/lib/jdk.sh
  . "$root/scripts/lib/jdk.sh"
  wharf_need_linux "checks the Linux image and .deb, its window under Xvfb" || exit 1
  wharf_window_tools installer fakeroot=fakeroot file=file dpkg-deb=dpkg || exit 1

  [ "$build" = 0 ] || build
  [ -x "$image/bin/Wharf" ] || fail "no image at $image; build it first (drop --no-build)"
  rm -rf "$out"
  mkdir -p "$out"
  fresh_home
  check_version
  check_run_hello
  check_window
  check_size
  check_deb
  echo "Smoke test passed."
}

main "$@"
