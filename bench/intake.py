#!/usr/bin/env python3
"""Throughput and latency of the comment intake server (tinta comments serve).

Starts the server on 127.0.0.1 and a free port for a fresh one-post site (rate limits lifted,
min_seconds 0), fetches one form token per comment first, then has CLIENTS concurrent clients post
valid JSON comments to the one post until TOTAL are sent (or --seconds pass). Reports accepted
comments per second and latency percentiles of the POSTs, then stops the server with SIGTERM and
checks that the comments file holds every accepted comment. Standard library only.

    bench/intake.py                         # 50 clients, 2,000 comments
    bench/intake.py --clients 50 --total 300 --jar target/tinta.jar
"""
import argparse
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def site(folder):
    os.makedirs(os.path.join(folder, "content", "posts"))
    with open(os.path.join(folder, "site.yaml"), "w") as f:
        f.write("title: Bench\nbase_url: https://bench.example.org/\ncomments:\n"
                "  endpoint: http://127.0.0.1/\n  intake:\n    min_seconds: 0\n"
                "    per_minute: 1000000\n    per_day: 1000000\n    per_hour_total: 1000000\n")
    with open(os.path.join(folder, "content", "posts", "post.md"), "w") as f:
        f.write("---\ntitle: Bench post\ndate: 2026-01-01\n---\n\nHello.\n")


def start(jar, folder):
    proc = subprocess.Popen(
        ["java", "-jar", jar, "comments", "serve", "--site", folder, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        proc.kill()
        sys.exit("the server did not start: " + line)
    return proc, int(m.group(1))


def request(port, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--total", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=120, help="stop sending after this long")
    ap.add_argument("--warmup", type=int, default=200, help="comments sent before measuring")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "tinta.jar"))
    a = ap.parse_args()
    if not os.path.exists(a.jar):
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package", "-f", os.path.join(ROOT, "pom.xml")], check=True)
    folder = tempfile.mkdtemp(prefix="tinta-intake-bench-")
    site(folder)
    proc, port = start(a.jar, folder)
    try:
        tokens = []
        for _ in range(a.total + a.warmup):
            status, data = request(port, "GET", "/api/token?slug=post")
            tokens.append(json.loads(data)["token"])
        lock = threading.Lock()
        latencies, accepted, failed = [], [0], [0]

        def phase(indices, measure):
            queue = list(indices)

            def client():
                deadline = time.monotonic() + a.seconds
                while time.monotonic() < deadline:
                    with lock:
                        if not queue:
                            return
                        i = queue.pop(0)
                    body = json.dumps({"author": "Bench %d" % i,
                                       "body": "Comment %d of the bench." % i, "token": tokens[i]})
                    t0 = time.perf_counter()
                    status, _ = request(port, "POST", "/c/post", body)
                    ms = (time.perf_counter() - t0) * 1000
                    with lock:
                        if status != 202:
                            failed[0] += 1
                        elif measure:
                            accepted[0] += 1
                        if measure:
                            latencies.append(ms)

            threads = [threading.Thread(target=client) for _ in range(a.clients)]
            t0 = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return time.monotonic() - t0

        phase(range(a.warmup), False)
        elapsed = phase(range(a.warmup, a.warmup + a.total), True)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] if latencies else 0

    with open(os.path.join(folder, "content", "comments", "post.yaml")) as f:
        stored = f.read().count("\n- id: ")
    print("clients %d, comments %d (+%d warm-up), %.1f s" % (a.clients, len(latencies), a.warmup, elapsed))
    print("accepted %d, refused %d, stored in the file %d" % (accepted[0], failed[0], stored))
    print("accepted comments/s %.0f" % (accepted[0] / elapsed if elapsed else 0))
    print("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f" % (pct(50), pct(95), pct(99), latencies[-1] if latencies else 0))
    ok = failed[0] == 0 and stored == accepted[0] + a.warmup
    print("targets: >= 100 accepted/s and p99 < 100 ms:",
          "met" if ok and accepted[0] / elapsed >= 100 and pct(99) < 100 else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
