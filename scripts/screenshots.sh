#!/usr/bin/env bash
# Runs the Wharf window under Xvfb on a fresh config folder, walks the newcomer's path (pick the
# lifecycle-lab profile, Start, send requests, select a worker) and saves a screenshot of each main
# view into docs/screenshots/. Linux only (Xvfb); scripts/install-tools.sh window installs what it
# needs. Usage: scripts/screenshots.sh [output-folder]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshots}
mkdir -p "$out"

# shellcheck source=scripts/lib/tools.sh
. "$root/scripts/lib/tools.sh"
wharf_window_tools window python3=python3 || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/walk.sh" <<WALK
set -u
shot() { sleep "\${2:-1}"; import -window root "$out/\$1.png"; echo "saved $out/\$1.png" >&2; }
key() { xdotool key --clearmodifiers "\$@"; }
click() { xdotool mousemove "\$1" "\$2" click 1; }

"$root/wharf" > "$work/wharf.log" 2>&1 &
wharf=\$!
for _ in \$(seq 60); do xdotool search --name '^Wharf\$' >/dev/null 2>&1 && break; sleep 0.5; done
sleep 3
shot 01-first-start 0

# The lifecycle-lab profile (third in the list: chat, hello, lifecycle-lab), then Start (F5).
click 80 166
key ctrl+2
sleep 1
click 640 400
xdotool search --name '^Wharf\$' windowactivate --sync >/dev/null 2>&1 || true
shot 02-settings 1
key F5
sleep 6
key ctrl+equal
sleep 5
# Traffic for half a minute: a few kept-alive clients asking for /state, so counts, rates and state move.
python3 - <<'PY' &
import socket, time
clients = [socket.create_connection(("127.0.0.1", 8000)) for _ in range(6)]
end = time.time() + 30
while time.time() < end:
    for i, c in enumerate(clients):
        if i % 2 == 0 or int(time.time()) % 3 == 0:
            c.sendall(b"GET /state HTTP/1.1\\r\\nhost: localhost\\r\\n\\r\\n")
            c.recv(4096)
    time.sleep(0.05)
PY
sleep 8
key ctrl+1
sleep 1
click 600 140
shot 03-workers 1
key ctrl+3
shot 04-charts 6
key ctrl+4
shot 05-timeline 1
key ctrl+5
shot 06-logs 1
key ctrl+1
click 1230 25
shot 07-workers-dark 2
kill \$wharf 2>/dev/null
sleep 2
kill -9 \$wharf 2>/dev/null || true
WALK

WHARF_CONFIG_HOME="$work/config" \
WHARF_JAVA_OPTS="-Djava.util.prefs.userRoot=$work/prefs ${WHARF_JAVA_OPTS:-}" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/walk.sh"
echo "Screenshots in $out; the window's output:" >&2
cat "$work/wharf.log" >&2
