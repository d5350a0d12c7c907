# shellcheck shell=bash
# The window's start-up cache (sourced by ./wharf after scripts/lib/jdk.sh). Most of the window's
# start-up is the JVM loading, verifying and linking some 7,000 classes (JavaFX, AtlantaFX, Jackson,
# the engine) and spinning their lambdas. On a JDK 25 or newer the first run records what the window
# loads (-XX:AOTMode=record); when it closes, a background step assembles an AOT cache (JEP 483/515)
# and later runs map it (-XX:AOTCache) instead. The cache is named after the JDK and the jars it was
# made from, so a rebuild or another JDK records a new one; a cache the JVM cannot use it ignores.
# A lock file holds the pid of the run recording or of the step assembling, so a second window
# neither records nor uses a half-made cache, and a recording whose owner died is made again.
# WHARF_WINDOW_CACHE=off runs without it.

# Sets window_cache_flags (JVM flags for this run) and window_cache_record (the configuration file
# this run records, to assemble once it ends; empty when it uses or skips the cache).
# Arguments: the JDK home, the folder of the window's jars.
wharf_window_cache() {
  local home=$1 lib=$2 version folder key base owner
  window_cache_flags=()
  window_cache_record=""
  version=$(wharf_jdk_version "$home")
  if [ "${WHARF_WINDOW_CACHE:-on}" = off ] || ! [ "$version" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  folder="${XDG_CACHE_HOME:-$HOME/.cache}/wharf/aot"
  mkdir -p "$folder" 2>/dev/null || return 0
  key=$({ cat "$home/release" 2>/dev/null; echo "$home"; ls -l --time-style=+%s "$lib"/*.jar "$lib"/javafx/*.jar; } | cksum | cut -d' ' -f1)
  base="$folder/window-$key"
  if [ -f "$base.aot" ]; then
    window_cache_flags=("-XX:AOTCache=$base.aot" "-Xlog:aot*=off" "-Xlog:cds*=off")
    return 0
  fi
  owner=$(cat "$base.lock" 2>/dev/null || true)
  if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then
    return 0
  fi
  # Caches and recordings of older builds or JDKs are of no further use.
  rm -f "$folder"/window-*.aot "$folder"/window-*.aotconf "$folder"/window-*.lock
  echo "$$" > "$base.lock"
  window_cache_record="$base.aotconf"
  window_cache_flags=("-XX:AOTMode=record" "-XX:AOTConfiguration=$window_cache_record" "-Xlog:aot*=off" "-Xlog:cds*=off")
}

# Assembles the cache from what the run recorded, silently, in a session of its own (so closing the
# terminal or the window's process group leaves it be), then removes the recording and the lock.
# Arguments: the java command and its flags and class path as the window ran with them.
wharf_window_cache_assemble() {
  local conf=$window_cache_record detach=(nohup)
  [ -n "$conf" ] || return 0
  command -v setsid >/dev/null 2>&1 && detach=(setsid -f)
  # shellcheck disable=SC2016
  BASE=${conf%.aotconf} "${detach[@]}" bash -c '
    echo $$ > "$BASE.lock"
    [ -f "$BASE.aotconf" ] && "$@" -XX:AOTMode=create "-XX:AOTConfiguration=$BASE.aotconf" "-XX:AOTCache=$BASE.aot.tmp" \
      -Xlog:aot*=off -Xlog:cds*=off && mv -f "$BASE.aot.tmp" "$BASE.aot"
    rm -f "$BASE.aotconf" "$BASE.aot.tmp" "$BASE.lock"' assemble "$@" >/dev/null 2>&1 </dev/null &
}
