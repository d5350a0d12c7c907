# shellcheck shell=bash
# Start-up caches of the JVMs ./wharf starts itself (sourced by ./wharf after scripts/lib/jdk.sh):
# the window and `wharf run`. Most of their start is the JVM loading, verifying and linking thousands
# of classes (JavaFX, AtlantaFX, Jackson, Netty, the engine; the JDK's TLS for HTTPS) and spinning
# their lambdas. On a JDK 25 or newer the first run of a kind records what it loads; once it has
# ended, a background process assembles an AOT cache (JEP 483/515) from that, and later runs of that
# kind map it. How a cache is named, who may record it, when another build's goes and how it is
# assembled is the engine's dev.wharf.startup, as for the workers: these functions ask its command.

# Adds this run's cache flags to cache_flags, and sets cache_recording to the file this run records
# (to assemble once it has ended), or to nothing when it maps the cache or runs without. Arguments:
# the kind of run (window, run, run-tls ...), the java command, the folder of the jars, the run's JVM
# flags (its class path is all the jars of that folder). Without a JDK 25 or newer it adds nothing.
wharf_startup_cache() {
  local kind=$1 java=$2 lib=$3 jar flag answer=() memo question
  shift 3
  cache_recording=""
  cache_command=()
  cache_options=("$@" -cp "$lib/*")
  if ! [ "$(wharf_jdk_version "$WHARF_JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  # The command runs from the one jar that holds it, interpreted (it is done before a compiler would
  # have compiled anything of it).
  for jar in "$lib"/wharf-engine-*.jar; do
    [ -f "$jar" ] || return 0
    cache_command=("$java" -Xint -XX:+UseSerialGC -XX:-UsePerfData -cp "$jar" dev.wharf.startup.StartupCacheCommand)
  done
  # Its answer depends on nothing but this question, the jars and the cache folder's files: once it
  # is to map a cache, it is kept beside the jars and reused while it holds, which spares every run
  # after the first the start of a JVM (about 0.1 s). It is asked again daily anyway, so that the
  # cache counts as used and no other build's clean-up takes it.
  memo="$lib/.$kind-cache"
  question=$(printf '%s\n' "$kind" "$java" "${HOME:-}" "${XDG_CACHE_HOME:-}" "$@" -cp "$lib/*")
  if wharf_startup_cache_memo "$memo" "$question" "$lib"; then
    return 0
  fi
  # A recording's lock names this script, which waits for the run and then has the cache assembled.
  while IFS= read -r flag; do
    answer+=("$flag")
    case $flag in
      -XX:AOTConfiguration=*) cache_recording=${flag#-XX:AOTConfiguration=} ;;
    esac
  done < <("${cache_command[@]}" flags "$kind" "$$" "$@" -cp "$lib/*")
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
# Arguments: the memo file, the question, the folder of the jars.
wharf_startup_cache_memo() {
  local memo=$1 question=$2 lib=$3 jar line asked="" answered=0 flags=()
  [ -f "$memo" ] && [ -n "$(find "$memo" -mmin -1440 2>/dev/null)" ] || return 1
  for jar in "$lib"/*.jar "$lib"/javafx/*.jar; do
    [ -e "$jar" ] || continue
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

# Runs the java command given, which records the cache (cache_recording), and exits with its status
# once it has ended, after having the cache assembled from what it recorded. It runs as a child,
# not exec'd, so that this script is there to do that when it ends; a signal to this script is for
# the run, as when the script execs it (CTRL+C reaches the script and its background child, which
# ignores SIGINT: it gets SIGTERM instead, and a second one for a second CTRL+C, which both the
# window and `wharf run` take as CTRL+C). The JVM says on stdout that it recorded its classes: the
# user has nothing to do with that line. Arguments: the java command and its arguments.
wharf_startup_cache_record() {
  local run status=0
  "$@" > >(grep -v --line-buffered '^ *AOTConfiguration recorded: ') &
  run=$!
  trap 'kill -TERM "$run" 2>/dev/null' TERM INT HUP
  while kill -0 "$run" 2>/dev/null; do
    wait "$run" && status=0 || status=$?
  done
  trap - TERM INT HUP
  # A run that failed (a refused setting, no display) recorded nothing worth keeping: its recording goes.
  if { [ "$status" = 0 ] || [ "$status" -gt 128 ]; } && [ -f "$cache_recording" ]; then
    nohup "${cache_command[@]}" assemble "$cache_recording" "${cache_options[@]}" >/dev/null 2>&1 </dev/null &
  else
    rm -f "$cache_recording"
  fi
  exit "$status"
}
