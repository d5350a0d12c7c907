#!/usr/bin/env python3
"""Measures issue 7's targets on the real Wharf window (./wharf, GTK under Xvfb), run by benchmarks/gui.sh.

Each phase opens a fresh window on its own config folder, with a profile of lifecycle-lab selected,
and reads what the window itself wrote with -Dwharf.gui.trace=FILE (see dev.wharf.gui.trace):
  startup    process start -> first frame and -> interactive (profiles loaded, drawn), and the CPU
             time the window used until then; the first run records the AOT cache, later ones map it;
             and the same without the cache (WHARF_WINDOW_CACHE=off)
  latency    GET /state bumps a worker's own app.state counter; from sending the request to the frame
             that shows the new counter in that worker's row
  cpu        the window's CPU (% of one core) while 8 workers serve wrk's load
  crowd      16 workers and 1,000 open connections (idle, then busy under wrk): how late the FX thread
             runs what it is given, how long a panel switch takes to reach the screen, app.state latency
  two        two profiles served at once, 4 workers each, each under its own wrk -c64: the window's CPU
             (the second profile is selected with Alt+Down, the window's "next profile" key, and the trace
             must say it is shown; each server's port must answer from its own workers before the load)
"""
import argparse
import json
import os
import pathlib
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(text):
    print(text, file=sys.stderr, flush=True)


class Window:
    """One ./wharf window on a fresh config folder, its profile 'bench' selected, traced."""

    def __init__(self, work, port, workers, cache, access_log=True, cache_on=True, second_port=None):
        self.work = pathlib.Path(tempfile.mkdtemp(dir=work))
        self.port = port
        self.trace = self.work / "trace.jsonl"
        self.profile = self.work / "config" / "profiles" / "bench.json"
        self.profile.parent.mkdir(parents=True)
        self.profile.write_text(json.dumps({"name": "bench", "app": "lifecycle-lab", "port": port, "workers": workers,
                                            "timeout_keep_alive": 300, "access_log": access_log}))
        if second_port:
            # "bench2" sorts right after "bench": the second row of the profiles list.
            (self.profile.parent / "bench2.json").write_text(json.dumps(
                {"name": "bench2", "app": "lifecycle-lab", "port": second_port, "workers": workers,
                 "timeout_keep_alive": 300, "access_log": access_log}))
        prefs = self.work / "prefs" / ".userPrefs" / "dev" / "wharf" / "window"
        prefs.mkdir(parents=True)
        (prefs / "prefs.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">\n'
            '<map MAP_XML_VERSION="1.0">\n'
            f'  <entry key="lastProfile" value="{self.profile}"/>\n'
            '</map>\n')
        env = dict(os.environ, WHARF_SKIP_BUILD="1", WHARF_CONFIG_HOME=str(self.work / "config"), XDG_CACHE_HOME=str(cache),
                   WHARF_JAVA_OPTS=f"-Djava.util.prefs.userRoot={self.work / 'prefs'} -Dwharf.gui.trace={self.trace} "
                                   + os.environ.get("WHARF_GUI_BENCH_JAVA_OPTS", ""))
        if not cache_on:
            env["WHARF_WINDOW_CACHE"] = "off"
        self.out = open(self.work / "window.log", "w")
        self.process = subprocess.Popen([str(ROOT / "wharf")], env=env, stdout=self.out, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        self.read = 0
        self.events = []
        self.pid = None

    def poll(self):
        """Reads the trace lines written since the last call."""
        if not self.trace.exists():
            return []
        with open(self.trace) as f:
            f.seek(self.read)
            text = f.read()
        complete = text[: text.rfind("\n") + 1]
        self.read += len(complete.encode())
        new = [json.loads(line) for line in complete.splitlines() if line]
        self.events.extend(new)
        for event in new:
            if event["event"] == "main":
                self.pid = event["pid"]
        return new

    def wait_for(self, predicate, timeout=90):
        end = time.time() + timeout
        while time.time() < end:
            for event in self.poll():
                if predicate(event):
                    return event
            if self.process.poll() is not None:
                raise RuntimeError(f"the window exited; see {self.work / 'window.log'}")
            time.sleep(0.01)
        raise TimeoutError(f"no such trace event within {timeout}s; see {self.trace}")

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def key(self, *keys):
        ids = subprocess.run(["xdotool", "search", "--name", "^Wharf$"], capture_output=True, text=True).stdout.split()
        if ids:
            subprocess.run(["xdotool", "windowfocus", "--sync", ids[0]], capture_output=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)

    def start_server(self, workers, shown=None):
        """F5, then waits until every worker's row shows its own app.state (pids in shown are another server's)."""
        self.poll()
        if not any(e["event"] == "interactive" for e in self.events):
            self.wait_for(lambda e: e["event"] == "interactive")
        self.key("F5")
        pids = set()
        known = shown if shown is not None else set()
        self.wait_for(lambda e: e["event"] == "state-shown" and e["pid"] not in known and pids.add(e["pid"]) is None
                      and len(pids) >= workers, timeout=180)
        known.update(pids)
        return pids

    def show_profile(self, name, key):
        """Presses key (a profile shortcut) once; the trace must then say profile name is shown."""
        since = time.time() * 1000
        self.key(key)
        event = self.wait_for(lambda e: e["event"] == "profile-shown" and e["at"] >= since, timeout=10)
        if event["profile"] != name:
            raise RuntimeError(f"{key} showed profile {event['profile']}, not {name}; see {self.trace}")

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.out.close()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(values, unit="ms"):
    return (f"median {statistics.median(values):.0f} {unit}, p90 {percentile(values, 90):.0f} {unit}, "
            f"max {max(values):.0f} {unit} (n={len(values)})")


def get_state(port):
    """GET /state on a new connection: the worker's pid and its counter after the bump, and when the request left."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        sent = time.time() * 1000
        s.sendall(b"GET /state HTTP/1.1\r\nhost: bench\r\nconnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    body = data.split(b"\r\n\r\n", 1)[1].decode()
    return sent, int(re.search(r'"pid"\s*:\s*(\d+)', body).group(1)), int(re.search(r'"counter"\s*:\s*(\d+)', body).group(1))


def state_latencies(window, samples, gap=0.25):
    latencies = []
    for _ in range(samples):
        sent, pid, counter = get_state(window.port)
        # The row's summary reads key=value, changed keys first ("counter=7  started_at=…").
        pattern = re.compile(r'\bcounter=' + str(counter) + r'\b')
        shown = window.wait_for(lambda e: e["event"] == "state-shown" and e["pid"] == pid and pattern.search(e["state"]), timeout=10)
        latencies.append(shown["at"] - sent)
        time.sleep(gap)
    return latencies


def fx_lags(window, since_ms):
    window.poll()
    return [e["ms"] for e in window.events if e["event"] == "fx-lag" and e["at"] >= since_ms]


def tab_latencies(window, rounds):
    latencies = []
    for i in range(rounds):
        # Never the panel already shown (Workers, the first, at the start): a switch must happen.
        tab = (i + 1) % 5
        sent = time.time() * 1000
        window.key(f"ctrl+{tab + 1}")
        shown = window.wait_for(lambda e: e["event"] == "tab-shown" and e["tab"] == tab and e["at"] >= sent, timeout=10)
        latencies.append(shown["at"] - sent)
        time.sleep(0.3)
    return latencies


def wrk(port, connections, seconds):
    threads = min(2, connections)
    return subprocess.Popen(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"http://127.0.0.1:{port}/"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def requests_per_second(wrk_output):
    match = re.search(r"Requests/sec:\s+([\d.]+)", wrk_output)
    return float(match.group(1)) if match else 0.0


def phase_startup(args, work):
    cache = pathlib.Path(tempfile.mkdtemp(dir=work))
    rows = []
    for label, cache_on, runs in (("first run: records the AOT cache", True, 1), ("AOT cache", True, args.rounds),
                                  ("no cache (WHARF_WINDOW_CACHE=off)", False, args.rounds)):
        for _ in range(runs):
            window = Window(work, args.port, 1, cache, cache_on=cache_on)
            try:
                first = window.wait_for(lambda e: e["event"] == "first-frame")
                ready = window.wait_for(lambda e: e["event"] == "interactive")
                cpu = window.cpu_seconds()
                rows.append((label, first["uptime"], ready["uptime"], cpu))
                log(f"  startup [{label}] first frame {first['uptime']} ms, interactive {ready['uptime']} ms, cpu {cpu:.2f} s")
            finally:
                window.close()
            time.sleep(2 if label.startswith("first") else 0.5)
            if label.startswith("first"):
                # The cache is assembled in the background once the first window closes.
                for _ in range(300):
                    if list(cache.glob("wharf/aot/*.aot")):
                        break
                    time.sleep(1)
                else:
                    raise RuntimeError(f"no AOT cache was assembled in {cache}")
    print("\n## Window start (process start -> drawn), medians")
    print("| run | first frame | interactive | window CPU until interactive |")
    print("|---|---|---|---|")
    for label in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == label]
        print(f"| {label} (n={len(mine)}) | {statistics.median(r[1] for r in mine):.0f} ms | "
              f"{statistics.median(r[2] for r in mine):.0f} ms | {statistics.median(r[3] for r in mine):.2f} s |")


def phase_latency(args, work, cache):
    window = Window(work, args.port + 1, 2, cache)
    try:
        window.start_server(2)
        time.sleep(2)
        latencies = state_latencies(window, args.samples)
    finally:
        window.close()
    print("\n## app.state change -> screen (2 workers, idle)")
    print(f"GET /state sent -> frame showing the new counter in that worker's row: {summary(latencies)}")


def window_cpu(window, args):
    """The window's CPU (% of one core) and FX thread lags over args.duration, after args.warmup of load."""
    # Measured after a warm-up: the JIT compiling the window's code is start-up, not steady state.
    time.sleep(args.warmup)
    since = time.time() * 1000
    before = window.cpu_seconds()
    time.sleep(args.duration)
    return 100 * (window.cpu_seconds() - before) / args.duration, fx_lags(window, since)


def phase_cpu(args, work, cache):
    print("\n## Window CPU while 8 busy workers are shown (wrk -c64)")
    print("| access log | requests/s (all workers) | window CPU, % of one core | FX thread lag p99 |")
    print("|---|---|---|---|")
    for access_log in (True, False):
        window = Window(work, args.port + 2, 8, cache, access_log=access_log)
        try:
            window.start_server(8)
            load = wrk(window.port, 64, args.duration + args.warmup + 5)
            cpu, lags = window_cpu(window, args)
            output = load.communicate()[0]
        finally:
            window.close()
        print(f"| {'on' if access_log else 'off'} | {requests_per_second(output):,.0f} | {cpu:.1f} % | {percentile(lags, 99):.0f} ms |")
        log(f"  cpu: access log {access_log}: {cpu:.1f} %")


def hold_connections(port, count):
    """Opens count kept-alive connections, each having sent one request and read its answer."""
    held = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(b"GET / HTTP/1.1\r\nhost: bench\r\n\r\n")
        s.recv(65536)
        held.append(s)
    return held


def phase_crowd(args, work, cache):
    window = Window(work, args.port + 3, 16, cache, access_log=False)
    held = []
    try:
        window.start_server(16)
        held = hold_connections(window.port, args.connections)
        time.sleep(3)
        print(f"\n## 16 workers, {len(held):,} open connections")
        print("| load | FX thread lag p50 / p99 / max | panel switch -> screen | app.state -> screen | window CPU |")
        print("|---|---|---|---|---|")
        for label, busy in (("idle connections", False), (f"plus wrk -c{args.connections} busy", True)):
            load = wrk(window.port, args.connections, args.duration + 15) if busy else None
            time.sleep(3 if busy else 0)
            since = time.time() * 1000
            before = window.cpu_seconds()
            tabs = tab_latencies(window, 10)
            states = state_latencies(window, 10)
            elapsed = time.time() * 1000 - since
            cpu = 100 * (window.cpu_seconds() - before) / (elapsed / 1000)
            lags = fx_lags(window, since)
            if load:
                load.wait()
            print(f"| {label} | {percentile(lags, 50):.0f} / {percentile(lags, 99):.0f} / {max(lags):.0f} ms | "
                  f"median {statistics.median(tabs):.0f} ms, max {max(tabs):.0f} ms | "
                  f"median {statistics.median(states):.0f} ms, max {max(states):.0f} ms | {cpu:.1f} % |")
    finally:
        for s in held:
            s.close()
        window.close()


def phase_two(args, work, cache):
    print("\n## Two servers at once, 4 workers each, each under wrk -c64 (access log on)")
    print("| requests/s (server 1 + server 2) | window CPU, % of one core | FX thread lag p99 | load average |")
    print("|---|---|---|---|")
    window = Window(work, args.port + 4, 4, cache, second_port=args.port + 5)
    loads = []
    try:
        shown = set()
        first = window.start_server(4, shown)
        window.show_profile("bench2", "alt+Down")
        second = window.start_server(4, shown)
        # Each port answers from its own server's workers: the second server really runs beside the first.
        for port, pids in ((args.port + 4, first), (args.port + 5, second)):
            served = {get_state(port)[1] for _ in range(8)}
            if not served <= pids:
                raise RuntimeError(f"port {port} was served by {served}, not by its own workers {pids}")
            log(f"  two servers: port {port} served by workers {sorted(served)} of {sorted(pids)}")
        loads = [wrk(port, 64, args.duration + args.warmup + 5) for port in (args.port + 4, args.port + 5)]
        cpu, lags = window_cpu(window, args)
        load_average = os.getloadavg()[0]
        rates = [requests_per_second(load.communicate()[0]) for load in loads]
    finally:
        for load in loads:
            if load.poll() is None:
                load.kill()
        window.close()
    print(f"| {rates[0]:,.0f} + {rates[1]:,.0f} | {cpu:.1f} % | {percentile(lags, 99):.0f} ms | {load_average:.1f} |")
    log(f"  two servers: {cpu:.1f} %")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="start-up runs with and without the cache")
    parser.add_argument("--samples", type=int, default=40, help="app.state changes timed")
    parser.add_argument("--duration", type=int, default=20, help="seconds of load measured")
    parser.add_argument("--warmup", type=int, default=30, help="seconds of load before measuring")
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--port", type=int, default=18300)
    parser.add_argument("--phases", default="startup,latency,cpu,crowd,two")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    work = pathlib.Path(tempfile.mkdtemp(prefix="wharf-gui-bench-"))
    cache = pathlib.Path(tempfile.mkdtemp(dir=work))
    phases = args.phases.split(",")
    print(f"# Wharf window on {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    try:
        if "startup" in phases:
            phase_startup(args, work)
        if "latency" in phases:
            phase_latency(args, work, cache)
        if "cpu" in phases:
            phase_cpu(args, work, cache)
        if "crowd" in phases:
            phase_crowd(args, work, cache)
        if "two" in phases:
            phase_two(args, work, cache)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
