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
  local java=$1 lib=$2 jar flag answer=() memo question
  shift 2
  window_cache_recording=""
  window_cache_command=()
  if [ "${WHARF_WINDOW_CACHE:-on}" = off ] || ! [ "$(wharf_jdk_version "$WHARF_JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  # The command runs from the one jar that holds it, interpreted (it is done before a compiler would
  # have compiled anything of it).
  for jar in "$lib"/wharf-engine-*.jar; do
    [ -f "$jar" ] || return 0
    window_cache_command=("$java" -Xint -XX:+UseSerialGC -XX:-UsePerfData -cp "$jar" dev.wharf.startup.StartupCacheCommand)
  done
  # Its answer depends on nothing but this question, the jars and the cache folder's files: once it
  # is to map a cache, it is kept beside the jars and reused while it holds, which spares every
  # window after the first the start of a JVM (about 0.1 s of 1.6). It is asked again daily anyway,
  # so that the cache counts as used and no other build's clean-up takes it.
  memo="$lib/.window-cache"
  question=$(printf '%s\n' "$java" "${HOME:-}" "${XDG_CACHE_HOME:-}" "$@" -cp "$lib/*")
  if wharf_window_cache_memo "$memo" "$question" "$lib"; then
    return 0
  fi
  # A recording's lock names this script, which waits for the window and then has the cache assembled.
  while IFS= read -r flag; do
    answer+=("$flag")
    case $flag in
      -XX:AOTConfiguration=*) window_cache_recording=${flag#-XX:AOTConfiguration=} ;;
    esac
  done < <("${window_cache_command[@]}" flags window "$$" "$@" -cp "$lib/*")
  cache_flags+=(${answer[@]+"${answer[@]}"})
  rm -f "$memo"
  case "${answer[*]-}" in
    -XX:AOTCache=*)
      { printf '%s\n--\n' "$question"; printf '%s\n' "${answer[@]}"; } > "$memo.$$" 2>/dev/null \
        && mv -f "$memo.$$" "$memo" 2>/dev/null
      rm -f "$memo.$$" ;;
  esac
  return 0
}

# Adds the flags of the last answer to cache_flags when it still holds: it was to the same question,
# no jar has changed since, it is less than a day old and the cache it maps is there.
# Arguments: the memo file, the question, the folder of the window's jars.
wharf_window_cache_memo() {
  local memo=$1 question=$2 lib=$3 jar line asked="" answered=0 flags=()
  [ -f "$memo" ] && [ -n "$(find "$memo" -mmin -1440 2>/dev/null)" ] || return 1
  for jar in "$lib"/*.jar "$lib"/javafx/*.jar; do
    # Not newer: a jar written in the memo's second may be newer all the same.
    [ "$memo" -nt "$jar" ] || return 1
  done
  while IFS= read -r line; do
    if [ "$answered" = 1 ]; then
      flags+=("$line")
    elif [ "$line" = -- ]; then
      answered=1
    else
      asked="$asked$line"$'\n'
    fi
  done < "$memo"
  [ "$asked" = "$question"$'\n' ] && [ ${#flags[@]} -gt 0 ] || return 1
  case "${flags[0]}" in
    -XX:AOTCache=*) [ -f "${flags[0]#-XX:AOTCache=}" ] || return 1 ;;
    *) return 1 ;;
  esac
  cache_flags+=("${flags[@]}")
}

# Has the cache assembled from what the window recorded, in the background, at low priority and
# immune to the terminal's hang-up: it goes on after this script has ended.
# Arguments: the window's JVM flags and class path, as it ran.
wharf_window_cache_assemble() {
  [ -n "$window_cache_recording" ] || return 0
  nohup "${window_cache_command[@]}" assemble "$window_cache_recording" "$@" >/dev/null 2>&1 </dev/null &
}
