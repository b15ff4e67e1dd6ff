#!/usr/bin/env python3
"""Rebuild after one edit: the dev server's incremental rebuild of one post in a big blog.

Starts `tinta serve` on a copy of a benchmark site (made by bench/run.sh, default the
10,000-post one), appends a sentence to one post at a time, and reads the server's own
`Rebuilt in N ms: ...` line for each edit; also the wall time from the write to that line
(which adds the watcher's quiet period, 100 ms). Prints the medians. Like the shared kit's
rebuild_watch.py does for Hugo and Eleventy.

    bench/rebuild.py [--site DIR] [--jar JAR] [--edits 7] [--jvm "FLAGS"]

The JVM runs with the launcher's flags (./tinta serve), without its class archive, unless --jvm
gives others ("" for the JDK's defaults: G1 and C2).
"""
import argparse
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.environ.get("TINTA_BENCH_CACHE", "/tmp/tinta-bench")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", default=os.path.join(CACHE, "sites", "tinta-10000"))
    ap.add_argument("--jar", default=os.path.join(CACHE, "build", "tinta.jar"))
    ap.add_argument("--edits", type=int, default=7)
    ap.add_argument("--warmup", type=int, default=2, help="edits not counted (JIT warm-up)")
    ap.add_argument("--jvm", default="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=256m",
                    help="JVM flags (default: the launcher's, without its class archive)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.site, "content", "posts")):
        sys.exit(f"no site at {args.site}: run bench/run.sh --sizes 10000 first")
    work = tempfile.mkdtemp(prefix="tinta-rebuild-")
    site = os.path.join(work, "site")
    shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("site-output", ".site-output.*"))
    posts = sorted(os.listdir(os.path.join(site, "content", "posts")))
    n = len(posts)
    server = subprocess.Popen(
        ["java", *args.jvm.split(), "-jar", args.jar, "serve", "--site", site, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in server.stdout], daemon=True).start()

    def wait_for(pattern, timeout):
        end = time.time() + timeout
        while time.time() < end:
            try:
                line = lines.get(timeout=max(0.01, end - time.time()))
            except queue.Empty:
                break
            m = re.search(pattern, line)
            if m:
                return m, time.time()
            if "error" in line.lower() or "failed" in line.lower():
                print("server: " + line.rstrip())
        sys.exit(f"timed out waiting for /{pattern}/")

    try:
        start = time.time()
        wait_for(r"Serving at (\S+)", 600)
        print(f"{n:,} posts; first build and start: {time.time() - start:.1f} s")
        reported, walls = [], []
        for i in range(args.warmup + args.edits):
            post = os.path.join(site, "content", "posts", posts[(i * 7919) % n])
            time.sleep(0.5)
            written = time.time()
            with open(post, "a", encoding="utf-8") as f:
                f.write(f"\nOne more sentence, edit {i}.\n")
            m, seen = wait_for(r"Rebuilt in (\d+) ms", 120)
            kind = "warm-up" if i < args.warmup else "counted"
            print(f"edit {i + 1} ({kind}): tinta reports {m.group(1)} ms, "
                  f"write to line {1000 * (seen - written):.0f} ms")
            if i >= args.warmup:
                reported.append(int(m.group(1)))
                walls.append(1000 * (seen - written))
        print(f"median rebuild after one edit, {n:,} posts: {statistics.median(reported):.0f} ms "
              f"(tinta's own figure; min {min(reported)}, max {max(reported)}), "
              f"{statistics.median(walls):.0f} ms from the write to the line")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
