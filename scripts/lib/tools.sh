# shellcheck shell=bash
# What a script that needs more than a JDK and Maven checks before it starts (sourced, not run):
# none of them installs anything; each says what is missing and how to get it
# (scripts/install-tools.sh, with apt-get on Debian/Ubuntu).

# Returns 0 when every COMMAND=PACKAGE pair's command is on the PATH (the pair libgtk-3=PACKAGE
# stands for GTK 3's library); otherwise says which are missing and how to install them, and
# returns 1. Arguments: the install-tools.sh groups that install them, then the pairs.
wharf_need_tools() {
  local groups=$1 missing=() pair name
  shift
  for pair in "$@"; do
    name=${pair%%=*}
    if [ "$name" = libgtk-3 ]; then
      # GTK is a library, not a command; ldconfig knows it on Linux, the only system these run on
      # (in /sbin, off a user's PATH). grep reads all: with -q, ldconfig's SIGPIPE fails pipefail.
      { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep 'libgtk-3\.so' >/dev/null && continue
    elif command -v "$name" >/dev/null 2>&1; then
      continue
    fi
    missing+=("$name (Debian package ${pair#*=})")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  printf '%s needs what is not installed here:\n' "$(basename "$0")" >&2
  printf '  %s\n' "${missing[@]}" >&2
  printf 'Install it with: scripts/install-tools.sh %s (Debian/Ubuntu; as root, or through sudo)\n' "$groups" >&2
  return 1
}

# Returns 0 on Linux; elsewhere says that what this script does needs Linux, and why, and returns 1.
# Argument: what needs Linux, as a sentence's end ("runs the window under Xvfb").
wharf_need_linux() {
  [ "$(uname -s)" = Linux ] && return 0
  printf '%s %s, which this project does on Linux only; this system is %s.\n' "$(basename "$0")" "$1" "$(uname -s)" >&2
  return 1
}

# The tools of the window under Xvfb: xvfb-run, xdotool, ImageMagick's import, curl and GTK 3.
# Arguments: more COMMAND=PACKAGE pairs, and the install-tools.sh groups for all of them.
wharf_window_tools() {
  local groups=$1
  shift
  wharf_need_linux "runs the Wharf window under Xvfb" || return 1
  wharf_need_tools "$groups" xvfb-run=xvfb xdotool=xdotool import=imagemagick curl=curl libgtk-3=libgtk-3-0 "$@"
}
