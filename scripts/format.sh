#!/usr/bin/env bash
# Formats every module's Java with the build's formatter (Spotless, palantir-java-format).
# The formatter parses Java 21, so Maven runs on a JDK >= 21 found the way ./wharf finds one.
# `scripts/format.sh --check` only reports what is not formatted.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
wharf_find_jdk || exit 1

goal=spotless:apply
[ "${1:-}" = --check ] && goal=spotless:check
cd "$root"
JAVA_HOME="$WHARF_JAVA_HOME" MAVEN_OPTS="${MAVEN_OPTS:-} $(wharf_maven_opts)" exec mvn -q -B "$goal"
