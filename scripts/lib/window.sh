# shellcheck shell=bash
# The window's start-up cache (sourced by ./wharf after scripts/lib/jdk.sh). Most of the window's
# start-up is the JVM loading, verifying and linking some 7,000 classes (JavaFX, AtlantaFX, Jackson,
# the engine) and spinning their lambdas. On a JDK 25 or newer the first run records what the window
# loads; once it closes, a background process assembles an AOT cache (JEP 483/515) from that, and
# later runs map it. How the cache is named, who may record it, when another build's goes and how it
# is assembled is the engine's dev.wharf.startup, as for the workers: this script asks its command.
# WHARF_WINDOW_CACHE=off runs without it; so does a JDK older than 25.

# Adds this run's cache flags to cache_flags, and sets window_cache_recording to the file this run
# records (to assemble once the window has closed), or to nothing when it maps the cache or runs
# without. Arguments: the java command, the folder of the window's jars, the window's JVM flags.
wharf_window_cache() {
  local java=$1 lib=$2 jar flag
  shift 2
  window_cache_recording=""
  window_cache_command=()
  if [ "${WHARF_WINDOW_CACHE:-on}" = off ] || ! [ "$(wharf_jdk_version "$WHARF_JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  # The command runs before every window, so it starts from the one jar that holds it, interpreted
  # (it is done before a compiler would have compiled anything of it).
  for jar in "$lib"/wharf-engine-*.jar; do
    [ -f "$jar" ] || return 0
    window_cache_command=("$java" -Xint -XX:+UseSerialGC -XX:-UsePerfData -cp "$jar" dev.wharf.startup.StartupCacheCommand)
  done
  # A recording's lock names this script, which waits for the window and then has the cache assembled.
  while IFS= read -r flag; do
    cache_flags+=("$flag")
    case $flag in
      -XX:AOTConfiguration=*) window_cache_recording=${flag#-XX:AOTConfiguration=} ;;
    esac
  done < <("${window_cache_command[@]}" flags window "$$" "$@" -cp "$lib/*")
}

# Has the cache assembled from what the window recorded, in the background, at low priority and
# immune to the terminal's hang-up: it goes on after this script has ended.
# Arguments: the window's JVM flags and class path, as it ran.
wharf_window_cache_assemble() {
  [ -n "$window_cache_recording" ] || return 0
  nohup "${window_cache_command[@]}" assemble "$window_cache_recording" "$@" >/dev/null 2>&1 </dev/null &
}
