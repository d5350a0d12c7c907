# shellcheck shell=bash
# The window's start-up cache (sourced by ./wharf after scripts/lib/jdk.sh). Most of the window's
# start-up is the JVM loading, verifying and linking some 7,000 classes (JavaFX, AtlantaFX, Jackson,
# the engine) and spinning their lambdas, and the JIT compiling that code. On a JDK 25 or newer the
# first run records what the window loads (-XX:AOTMode=record); when it closes, a background step
# assembles an AOT cache (JEP 483/515), and later runs map it (-XX:AOTCache) instead: half the CPU
# time to the first frame. The cache is named after the JDK and the jars it was made from, so a
# rebuild or another JDK simply records a new one; a cache the JVM cannot use is ignored by it.
# WHARF_WINDOW_CACHE=off runs without it.

# Sets window_cache_flags (JVM flags for this run) and window_cache_record (the configuration file
# this run records, to assemble once it ends; empty when it uses or skips the cache).
# Arguments: the JDK home, the folder of the window's jars.
wharf_window_cache() {
  local home=$1 lib=$2 version folder key
  window_cache_flags=()
  window_cache_record=""
  version=$(wharf_jdk_version "$home")
  if [ "${WHARF_WINDOW_CACHE:-on}" = off ] || ! [ "$version" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  folder="${XDG_CACHE_HOME:-$HOME/.cache}/wharf/aot"
  mkdir -p "$folder" 2>/dev/null || return 0
  key=$({ cat "$home/release" 2>/dev/null; echo "$home"; ls -l --time-style=+%s "$lib"/*.jar "$lib"/javafx/*.jar; } | cksum | cut -d' ' -f1)
  if [ -f "$folder/window-$key.aot" ]; then
    window_cache_flags=("-XX:AOTCache=$folder/window-$key.aot" "-Xlog:aot*=off" "-Xlog:cds*=off")
  elif ! [ -f "$folder/window-$key.aotconf" ]; then
    # Caches of older builds or JDKs are of no further use.
    rm -f "$folder"/window-*.aot "$folder"/window-*.aotconf
    window_cache_record="$folder/window-$key.aotconf"
    window_cache_flags=("-XX:AOTMode=record" "-XX:AOTConfiguration=$window_cache_record" "-Xlog:aot*=off" "-Xlog:cds*=off")
  fi
}

# Assembles the cache from what the run recorded, in the background and silently, then removes the
# recording. Arguments: the java command and its flags and class path as the window ran with them.
wharf_window_cache_assemble() {
  local conf=$window_cache_record cache
  [ -n "$conf" ] && [ -f "$conf" ] || return 0
  cache=${conf%.aotconf}.aot
  (
    "$@" -XX:AOTMode=create "-XX:AOTConfiguration=$conf" "-XX:AOTCache=$cache.tmp" -Xlog:aot*=off -Xlog:cds*=off \
      && mv -f "$cache.tmp" "$cache"
    rm -f "$conf" "$cache.tmp"
  ) >/dev/null 2>&1 </dev/null &
  disown 2>/dev/null || true
}
