#!/usr/bin/env bash
# Retakes the README's screenshots: app-gui's ReadmeScreenshots walks the newcomer's path in the
# Wharf window with TestFX, headless, on real workers (pick the lifecycle-lab profile, Start, a
# second worker, requests, each panel, the dark theme) and saves what JavaFX draws of each view
# into docs/screenshots/. Needs Maven and no display. Usage: scripts/screenshots.sh [output-folder]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

cd "$root"
mvn -q -B -pl app-gui -am test -Dtest=ReadmeScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwharf.screenshots="$out"
echo "Screenshots in $out" >&2
