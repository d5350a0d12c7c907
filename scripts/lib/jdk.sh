# shellcheck shell=bash
# Finds a JDK that can run Wharf, for the launcher and the benchmark scripts (sourced, not run).
# Order: JAVA_HOME, then `java` on the PATH, then the usual install folders; the newest suitable
# one among the folders wins. Sets WHARF_JAVA_HOME, or prints why none fits and returns 1.
# WHARF_JDK_DIRS (colon-separated folder patterns) replaces the list of install folders searched.

WHARF_MIN_JAVA=21

# The feature version (21, 25, ...) of the JDK at $1, or nothing.
wharf_jdk_version() {
  local home=$1 version=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$version" in
    1.*) version=${version#1.} ;;
  esac
  printf '%s\n' "${version%%[.+-]*}"
}

# The file a path names once its symbolic links are followed, as `readlink -f` (which macOS's
# readlink lacks before macOS 12.3) gives it.
wharf_resolve() {
  local path=$1 link hops=0
  while [ -L "$path" ] && [ "$hops" -lt 40 ]; do
    link=$(readlink "$path") || break
    case "$link" in
      /*) path=$link ;;
      *) path=$(dirname "$path")/$link ;;
    esac
    hops=$((hops + 1))
  done
  printf '%s\n' "$path"
}

# The folder a `java` executable belongs to.
wharf_java_home_of() {
  dirname "$(dirname "$(wharf_resolve "$1")")"
}

wharf_find_jdk() {
  local seen="" home version best="" best_version=0 candidate
  if [ -n "${JAVA_HOME:-}" ]; then
    version=$(wharf_jdk_version "$JAVA_HOME")
    if [ -n "$version" ] && [ "$version" -ge "$WHARF_MIN_JAVA" ] 2>/dev/null; then
      WHARF_JAVA_HOME=$JAVA_HOME
      return 0
    fi
    seen="$seen\n  JAVA_HOME=$JAVA_HOME (Java ${version:-?})"
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(wharf_java_home_of "$(command -v java)")
    version=$(wharf_jdk_version "$home")
    if [ -n "$version" ] && [ "$version" -ge "$WHARF_MIN_JAVA" ] 2>/dev/null && [ -x "$home/bin/javac" ]; then
      WHARF_JAVA_HOME=$home
      return 0
    fi
    seen="$seen\n  java on the PATH: $home (Java ${version:-?})"
  fi
  # Homebrew's openjdk formulae are keg-only: neither on the PATH nor under /Library.
  local dirs="${WHARF_JDK_DIRS-/usr/lib/jvm/*:/Library/Java/JavaVirtualMachines/*/Contents/Home:/opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home:/usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home:$HOME/.sdkman/candidates/java/*:$HOME/.jdks/*:/opt/java/*:/usr/java/*}"
  local patterns=() pattern
  IFS=: read -r -a patterns <<< "$dirs"
  # bash 3.2 (macOS) takes "${patterns[@]}" of an empty array for an unset variable under set -u.
  for pattern in ${patterns[@]+"${patterns[@]}"}; do
    for candidate in $pattern; do
      if ! [ -x "$candidate/bin/java" ] || ! [ -x "$candidate/bin/javac" ]; then
        continue
      fi
      version=$(wharf_jdk_version "$candidate")
      [ -n "$version" ] || continue
      if [ "$version" -ge "$WHARF_MIN_JAVA" ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
        best=$candidate
        best_version=$version
      elif [ "$version" -lt "$WHARF_MIN_JAVA" ] 2>/dev/null; then
        seen="$seen\n  $candidate (Java $version)"
      fi
    done
  done
  if [ -n "$best" ]; then
    WHARF_JAVA_HOME=$best
    return 0
  fi
  printf 'Wharf needs a JDK %s or newer, and found none.\n' "$WHARF_MIN_JAVA" >&2
  if [ -n "$seen" ]; then
    printf 'Too old:%b\n' "$seen" >&2
  fi
  printf 'Install one (for example: apt-get install openjdk-21-jdk, or brew install openjdk@21) or point JAVA_HOME at it.\n' >&2
  return 1
}

# JVM flags that keep Wharf's log clean on newer JDKs (Netty loads native code and uses Unsafe).
wharf_jvm_flags() {
  local version
  version=$(wharf_jdk_version "$WHARF_JAVA_HOME")
  printf '%s\n' "--enable-native-access=ALL-UNNAMED"
  if [ "$version" -ge 23 ] 2>/dev/null; then
    printf '%s\n' "--sun-misc-unsafe-memory-access=allow"
  fi
}

# Options for a Maven running on $WHARF_JAVA_HOME: newer JDKs warn about the Unsafe use of Maven's
# own libraries, which is no concern of a Wharf build.
wharf_maven_opts() {
  if [ "$(wharf_jdk_version "$WHARF_JAVA_HOME")" -ge 23 ] 2>/dev/null; then
    printf '%s\n' "--sun-misc-unsafe-memory-access=allow"
  fi
}
