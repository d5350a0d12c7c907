#!/usr/bin/env bash
# Installs, with apt-get (Debian/Ubuntu), the tools Wharf's checks and measurements need besides a
# JDK and Maven, and only those asked for. Nothing else installs anything: a script that lacks a tool
# says which, and points here.
#
#   scripts/install-tools.sh GROUP...
#
#   window      a real window under Xvfb (scripts/screenshots.sh, benchmarks/gui.sh): xvfb, xdotool,
#               imagemagick (import, for screenshots), curl and GTK 3
#   installer   installer/smoke-test.sh: the window's tools, fakeroot (to build the .deb) and file
#   bench       the benchmarks: wrk, curl, python3 with Uvicorn, httptools and uvloop
#   lint        ShellCheck, for the scripts' static check (scripts/check-scripts.sh, run by .ci/run)
#   tls         the HTTPS and HTTP/2 tests' clients (run by .ci/run): curl, python3 (its ssl module),
#               nghttp2-client (nghttp, h2load), certutil (libnss3-tools) and openssl
#   systemd     systemd-socket-activate and systemd-analyze (Debian's systemd package), which the tests
#               of --fd and of the exported units use (installed by .ci/run when missing)
#   browser     headless Chromium, the real browser the HTTPS and live-reload tests load pages in
#               (installed by .ci/run when missing)
#   all         every group above
#
# As root it runs apt-get itself; otherwise through sudo when there is one.
set -euo pipefail

usage() {
  sed -n '2,22s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

[ $# -gt 0 ] || usage
packages=()
for group in "$@"; do
  case "$group" in
    window) packages+=(xvfb xdotool imagemagick curl libgtk-3-0) ;;
    installer) packages+=(xvfb xdotool imagemagick curl libgtk-3-0 fakeroot file) ;;
    bench) packages+=(wrk curl python3 python3-uvicorn python3-httptools python3-uvloop) ;;
    lint) packages+=(shellcheck) ;;
    tls) packages+=(curl python3 nghttp2-client libnss3-tools openssl) ;;
    systemd) packages+=(systemd) ;;
    browser) packages+=(chromium) ;;
    all) packages+=(xvfb xdotool imagemagick curl libgtk-3-0 fakeroot file wrk python3 python3-uvicorn
                    python3-httptools python3-uvloop shellcheck nghttp2-client libnss3-tools openssl systemd chromium) ;;
    -h|--help) usage ;;
    *) echo "install-tools.sh: unknown group '$group'" >&2; usage ;;
  esac
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-tools.sh installs with apt-get (Debian/Ubuntu), which this system lacks; install these" \
    "(or their equivalents, e.g. with Homebrew) yourself: ${packages[*]}" >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-tools.sh needs root to run apt-get, and there is no sudo: run it as root to install ${packages[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "Installing with apt-get: ${packages[*]}" >&2
${as_root[@]+"${as_root[@]}"} apt-get update -qq
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
echo "Installed: ${packages[*]}" >&2
