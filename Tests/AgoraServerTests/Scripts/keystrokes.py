#!/usr/bin/env python3
"""Keystroke latency of the interactive view while phones vote (README, Performance).

Starts `agora open FILE --serve --bind 127.0.0.1` in a private tmux server, then presses keys
that switch between two tabs and times each key until the pane shows the other tab (tmux
send-keys, then capture-pane polled), first with the server idle and then while phones.py
floods it with joins and ballots. Prints a JSON line per phase with p50/p99 in ms.

    keystrokes.py AGORA FILE [--keys 200] [--count 500] [--concurrency 100 | --rate 50] [--topics 20]

The figure includes tmux's own work (send-keys, the pane update, capture-pane), so it is an
upper bound of the view's own key-to-frame time. FILE must hold participants "Phone owner N"
and topics "Topic number N" with voting open (the README's recipe).
"""
import argparse, json, os, subprocess, sys, time

def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCKET] + list(args), capture_output=True, text=True).stdout

def screen():
    return tmux("capture-pane", "-p", "-t", "keys")

def wait_for(text, timeout=30.0, absent=None):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        pane = screen()
        if text in pane and (absent is None or absent not in pane):
            return pane
    raise SystemExit(f"timed out waiting for {text!r}; screen:\n{screen()}")

# Tab key, then the tab bar as it marks that tab (and no longer the other). The tab bar, not
# the tab's rows: the status line quotes the phones' events ("Phone owner 134 joined from a
# phone"), which held a name-based check back for as long as the notice stayed (up to 1.7 s
# counted against keys that had long been drawn).
TABS = [("2", "[2 People]", "[3 Topics]"), ("3", "[3 Topics]", "[2 People]")]

def press_and_time(n):
    times = []
    for i in range(n):
        key, shown, gone = TABS[i % 2]
        started = time.perf_counter()
        tmux("send-keys", "-t", "keys", key)
        wait_for(shown, absent=gone)
        times.append(time.perf_counter() - started)
    return times

def report(phase, times, extra=None):
    ordered = sorted(times)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)
    line = {"phase": phase, "keys": len(times), "p50_ms": pick(0.5), "p99_ms": pick(0.99), "max_ms": pick(1.0)}
    if extra: line.update(extra)
    print(json.dumps(line), flush=True)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("agora"); parser.add_argument("file")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rate", type=float, help="phones arriving per second (phones.py's open loop) instead of --concurrency")
    parser.add_argument("--topics", type=int, default=20)
    args = parser.parse_args()
    command = f"LANG=C.UTF-8 LC_ALL=C.UTF-8 '{os.path.abspath(args.agora)}' open '{os.path.abspath(args.file)}' --serve --bind 127.0.0.1"
    tmux("new-session", "-d", "-s", "keys", "-x", "120", "-y", "40", command)
    try:
        pane = wait_for("Join: http://")
        url = next(l.split("Join: ", 1)[1].strip() for l in pane.splitlines() if "Join: http://" in l)
        tmux("send-keys", "-t", "keys", "Escape")
        wait_for("serving phones", absent="JOIN FROM YOUR PHONE")
        tmux("send-keys", "-t", "keys", "3"); wait_for("[3 Topics]", absent="[2 People]")
        report("idle", press_and_time(args.keys))
        phones = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "phones.py"), url,
                                   "--count", str(args.count), "--topics", str(args.topics),
                                   "--report"] + (["--rate", str(args.rate)] if args.rate else ["--concurrency", str(args.concurrency)]),
                                  stdout=subprocess.PIPE, text=True)
        times = []
        while phones.poll() is None:
            times += press_and_time(2)
        out = phones.stdout.read().splitlines()
        phone_report = json.loads(out[-1]) if out and out[-1].startswith("{") else {}
        report("while phones vote", times, {"phones": phone_report})
        report("idle again", press_and_time(args.keys))
    finally:
        tmux("kill-server")

SOCKET = f"agora-keys-{os.getpid()}"
if __name__ == "__main__":
    main()
