#!/usr/bin/env python3
"""Simulated phones for Agora's served pages: each joins as one participant and casts a ballot.

Used by the SIGKILL test (`AgoraServerTests`) and by the benchmark in README (Performance).
Plain HTTP/1.1 over asyncio streams, one connection per request, no outside package.

    phones.py URL --first 1 --count 500 --topics 20 [--concurrency 100] [--report] [--server-pid PID]
    phones.py URL --count 500 --topics 20 --rate 50 [--seed 1] --report

Two loads. `--concurrency N` (closed loop): N phones at a time, each starting as soon as one
ends, so the server is always saturated and a ballot's time is mostly its wait in line
(N ÷ throughput). `--rate R` (open loop): phones arrive on their own, R a second on average
(Poisson arrivals, from `--seed`), whether or not the earlier ones are done, as a room does:
500 phones at 50 a second is the issue's "500 ballots in 10 s"; the figures then say how
long a phone waits at that pace, and a rate above the server's throughput shows as times
that grow without bound.

Prints `ok ID T:N T:N ...` once a phone got its success page for its ballot (flushed at
once, so a killer reading stdout knows which ballots were acknowledged), `fail ID STATUS
REASON` otherwise, and with --report a JSON line with throughput, the ballot's latency
percentiles (its POST alone) and the whole visit's (join page, claim and ballot);
with --server-pid also the serving process's CPU time (user + system, from /proc) per phone
that joined and voted, a figure that a busy machine barely moves (unlike the latencies).
"""
import argparse, asyncio, json, os, random, re, sys, time
from urllib.parse import urlsplit, urlencode

class Phone:
    def __init__(self, host, port, base):
        self.host, self.port, self.base, self.cookie = host, port, base, None

    async def request(self, method, path, form=None):
        reader, writer = await asyncio.open_connection(self.host, self.port)
        body = urlencode(form).encode() if form is not None else b""
        head = [f"{method} {self.base}{path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: close"]
        if self.cookie:
            head.append(f"Cookie: agora_phone={self.cookie}")
        if form is not None:
            head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()
        data = await reader.read()
        writer.close()
        header, _, payload = data.partition(b"\r\n\r\n")
        lines = header.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = [l.split(":", 1) for l in lines[1:] if ":" in l]
        if b"transfer-encoding: chunked" in header.lower():
            payload = dechunk(payload)
        for name, value in headers:
            if name.lower() == "set-cookie" and value.strip().startswith("agora_phone="):
                self.cookie = value.strip().split(";")[0].split("=", 1)[1]
        return status, payload.decode("utf-8", "replace")

def dechunk(data):
    out = b""
    while data:
        size, _, rest = data.partition(b"\r\n")
        n = int(size.split(b";")[0] or b"0", 16)
        if n == 0:
            break
        out += rest[:n]
        data = rest[n + 2:]
    return out

def csrf_of(page):
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    return match.group(1) if match else ""

def ballot_of(pid, topics):
    """A 5-dot ballot: 3 on one topic, 2 on the next (the default cap is 3)."""
    a = (pid % topics) + 1
    b = ((pid + 1) % topics) + 1
    return {a: 3, b: 2}

async def one_phone(pid, args, host, port, base, latencies, whole, sem, start_at=0.0):
    if start_at > 0:
        await asyncio.sleep(start_at)
    async with sem:
        arrived = time.perf_counter()
        phone = Phone(host, port, base)
        try:
            status, page = await phone.request("GET", "/")
            token = csrf_of(page)
            status, page = await phone.request("POST", "/join", {"csrf": token, "participant": str(pid)})
            if status != 200:
                print(f"fail {pid} {status} join", flush=True)
                return
            ballot = ballot_of(pid, args.topics)
            form = {"csrf": token}
            form.update({f"t{t}": str(n) for t, n in ballot.items()})
            started = time.perf_counter()
            status, page = await phone.request("POST", "/vote", form)
            done = time.perf_counter()
            latencies.append(done - started)
            whole.append(done - arrived)
            if status == 200 and "Ballot saved" in page:
                print("ok " + str(pid) + " " + " ".join(f"{t}:{n}" for t, n in sorted(ballot.items())), flush=True)
            else:
                print(f"fail {pid} {status} vote", flush=True)
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError) as error:
            print(f"fail {pid} 0 {type(error).__name__}", flush=True)

def cpu_seconds(pid):
    """User + system CPU time of process `pid` so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--topics", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rate", type=float, help="open loop: phones arriving per second (Poisson), no cap on those in flight")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--server-pid", type=int)
    args = parser.parse_args()
    parts = urlsplit(args.url)
    base = parts.path.rstrip("/")
    latencies, whole = [], []
    # Open loop: every phone is let in at its arrival time, however many are still busy.
    sem = asyncio.Semaphore(args.count if args.rate else args.concurrency)
    arrivals, clock = [], 0.0
    rng = random.Random(args.seed)
    for _ in range(args.count):
        arrivals.append(clock)
        if args.rate:
            clock += rng.expovariate(args.rate)
    cpu_before = cpu_seconds(args.server_pid) if args.server_pid else None
    started = time.perf_counter()
    await asyncio.gather(*(one_phone(pid, args, parts.hostname, parts.port, base, latencies, whole, sem, arrivals[n])
                           for n, pid in enumerate(range(args.first, args.first + args.count))))
    elapsed = time.perf_counter() - started
    if args.report and latencies:
        ordered = sorted(latencies)
        pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000
        report = {"phones": args.count, "ballots": len(latencies), "seconds": round(elapsed, 3),
                  "ballots_per_second": round(len(latencies) / elapsed, 1),
                  "p50_ms": round(pick(0.50), 1), "p99_ms": round(pick(0.99), 1), "max_ms": round(ordered[-1] * 1000, 1)}
        # A phone's whole visit: the join page, its claim and its ballot (three requests).
        visits = sorted(whole)
        report.update({"visit_p50_ms": round(visits[len(visits) // 2] * 1000, 1),
                       "visit_p99_ms": round(visits[min(len(visits) - 1, int(0.99 * len(visits)))] * 1000, 1)})
        if args.rate:
            report["load"] = f"open loop, {args.rate:g} phones a second"
        else:
            report["load"] = f"closed loop, {args.concurrency} at a time"
        if cpu_before is not None:
            cpu = cpu_seconds(args.server_pid) - cpu_before
            report.update({"server_cpu_s": round(cpu, 2), "server_cpu_ms_per_ballot": round(cpu / len(latencies) * 1000, 2)})
        print(json.dumps(report), flush=True)

if __name__ == "__main__":
    asyncio.run(main())
