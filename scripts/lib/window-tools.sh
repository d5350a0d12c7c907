# shellcheck shell=bash
# What the scripts that run the Wharf window under Xvfb need (sourced, not run): xvfb-run, xdotool,
# ImageMagick's import, curl and GTK, installed with apt-get when missing (Debian/Ubuntu, as root).

# Installs what is missing of those, and of the COMMAND=PACKAGE pairs given (fakeroot=fakeroot).
wharf_window_tools() {
  local missing=() pair
  for pair in xvfb-run=xvfb xdotool=xdotool import=imagemagick curl=curl "$@"; do
    command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
  done
  ldconfig -p 2>/dev/null | grep -q libgtk-3 || missing+=(libgtk-3-0)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
