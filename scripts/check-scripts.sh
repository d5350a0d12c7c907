#!/usr/bin/env bash
# The scripts' static check, run by .ci/run: ShellCheck over every shell script of the repository
# (./wharf, .ci/run, and the *.sh and extensionless shell scripts under scripts/, benchmarks/ and
# installer/), then a search for what macOS's bash 3.2 and BSD tools do not have, where the README
# says the scripts run. A line that runs on Linux alone by design says so with "# linux only" (the
# script then tells other systems it cannot run there). ShellCheck: scripts/install-tools.sh lint.
#
#   scripts/check-scripts.sh [FILE...]     (no FILE: every script)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Every shell script: by name, or by a shell in its first line.
scripts() {
  local file
  printf '%s\n' wharf .ci/run
  find scripts benchmarks installer -name target -prune -o -type f -print | sort | while IFS= read -r file; do
    case "$file" in
      *.sh) printf '%s\n' "$file" ;;
      */*.*) ;;
      *) head -n 1 "$file" | grep -qE '^#!.*[/ ](ba)?sh( |$)' && printf '%s\n' "$file" ;;
    esac
  done
}

files=()
if [ $# -gt 0 ]; then
  files=("$@")
else
  while IFS= read -r file; do files+=("$file"); done < <(scripts)
fi

if ! command -v shellcheck >/dev/null 2>&1; then
  echo "check-scripts.sh needs ShellCheck: scripts/install-tools.sh lint (Debian/Ubuntu), or brew install shellcheck" >&2
  exit 1
fi
echo "ShellCheck $(shellcheck --version | sed -n 's/^version: //p') on ${#files[@]} scripts" >&2
status=0
# -x follows the scripts they source, named from the repository's root.
shellcheck -x "${files[@]}" || status=1

# What a pattern finds, and why it does not run on macOS (bash 3.2, BSD userland).
portability=(
  '\b(mapfile|readarray)\b|mapfile and readarray are bash 4'
  '\b(declare|local|typeset) -[a-zA-Z]*A|associative arrays are bash 4'
  '\b(declare|local|typeset) -[a-zA-Z]*n\b|namerefs are bash 4.3'
  '\$\{[A-Za-z_][A-Za-z_0-9]*(\[[^]]*\])?(,,?|\^\^?)\}|case changing expansions are bash 4'
  '&>>|\|&|;;&|coproc\b|wait -n\b|EPOCH(REAL)?TIME|bash 4 and 5 syntax'
  '--time-style|ls --time-style is GNU ls'
  'readlink -f|readlink -f is GNU (and macOS 12.3+): use wharf_resolve of scripts/lib/jdk.sh'
  '\bfind\b.*-printf|find -printf is GNU find'
  '\bsed -i\b|sed -i takes its argument differently in GNU and BSD sed: write to a new file and move it'
  '\bdate\b.*%N|date +%N is GNU date'
  '\bnproc\b|nproc is GNU: getconf _NPROCESSORS_ONLN'
  '\bdu -[a-zA-Z]*b|du -b is GNU du'
  '\bstat -c\b|stat -c is GNU stat'
  '\bgrep -[a-zA-Z]*P|grep -P is GNU grep'
)
for file in "${files[@]}"; do
  # This file's patterns are what it looks for, not what it runs.
  [ "$file" = scripts/check-scripts.sh ] && continue
  for rule in "${portability[@]}"; do
    # Comments, and lines marked as Linux's alone, are left out.
    grep -nE -- "${rule%|*}" "$file" | grep -vE '^[0-9]+:[[:space:]]*#|# linux only' | while IFS= read -r hit; do
      echo "$file:${hit%%:*}: ${rule##*|}: ${hit#*:}"
    done | grep . && status=1
  done
done
[ "$status" = 0 ] && echo "The scripts are clean." >&2
exit "$status"
