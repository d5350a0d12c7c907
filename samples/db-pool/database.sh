#!/usr/bin/env bash
# The db-pool sample's database: H2's TCP server on 127.0.0.1:${DB_PORT:-9092}, in the foreground
# (Ctrl+C stops it). Databases are created on first connection (-ifNotExists); the sample's default
# URL names an in-memory one, gone when the server stops. Uses the H2 jar the sample's build copied
# to target/samples/db-pool.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=../../scripts/lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
wharf_find_jdk || exit 1

h2=$(find "$here/target/samples/db-pool" -maxdepth 1 -name 'h2-*.jar' 2>/dev/null | head -n 1 || true)
if [ -z "$h2" ]; then
  echo "No H2 jar in $here/target/samples/db-pool: build the sample first (./wharf builds everything," \
       "or: mvn -q -pl samples/db-pool -am package -DskipTests)." >&2
  exit 1
fi

port=${DB_PORT:-9092}
echo "H2 TCP server on 127.0.0.1:$port; the sample's DB_URL: jdbc:h2:tcp://127.0.0.1:$port/mem:wharf-db-pool;DB_CLOSE_DELAY=-1" >&2
exec "$WHARF_JAVA_HOME/bin/java" -cp "$h2" org.h2.tools.Server -tcp -tcpPort "$port" -ifNotExists "$@"
