#!/usr/bin/env python3
"""Build time of a site with N photos: cold (no image cache) and warm (cache kept).

Writes a site of N posts, each a post folder with one photo-like JPEG of WIDTH x HEIGHT pixels
(bench/PhotoSite.java, the same bytes every time), then times clean builds with tinta's jar:

  cold     the image cache (.tinta-cache/) and the output deleted first: every variant encoded
  warm     the output deleted, the cache kept: sizes read and variants copied from the cache
  rebuild  nothing deleted: the build finds every file unchanged and writes none

    bench/images.py [--photos 50] [--size 4000x3000] [--runs 3] [--jar target/tinta.jar] [--jvm FLAGS]

Medians of --runs runs after one uncounted warm-up of each kind. Prints a table and writes it to
bench/results/<date>-<time>-images.md (not with --no-results).
"""
import argparse
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.environ.get("TINTA_BENCH_CACHE", "/tmp/tinta-bench")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--photos", type=int, default=50)
    ap.add_argument("--size", default="4000x3000", help="photo size, WIDTHxHEIGHT")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "tinta.jar"))
    ap.add_argument("--jvm", default="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=256m",
                    help="JVM flags (default: the launcher's, without its class archive)")
    ap.add_argument("--no-results", action="store_true")
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    if not os.path.isfile(args.jar):
        subprocess.run(["mvn", "-q", "-B", "-DskipTests", "package"], cwd=ROOT, check=True)
    site = os.path.join(CACHE, "photos", f"photos-{args.photos}-{width}x{height}")
    if not os.path.isdir(os.path.join(site, "content")):
        print(f"writing {args.photos} photos of {width}x{height} to {site} ...", flush=True)
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run(["java", os.path.join(HERE, "PhotoSite.java"), site, str(args.photos),
                        str(width), str(height)], check=True)
    source_bytes = sum(os.path.getsize(os.path.join(d, f))
                       for d, _, fs in os.walk(os.path.join(site, "content")) for f in fs
                       if f.endswith(".jpg"))

    def build():
        start = time.perf_counter()
        run = subprocess.run(["java", *args.jvm.split(), "-jar", args.jar, "build", "--site", site],
                             capture_output=True, text=True)
        wall = time.perf_counter() - start
        if run.returncode != 0:
            sys.exit(run.stdout + run.stderr)
        return wall, run.stdout.strip().splitlines()[-1]

    def clear(cache):
        shutil.rmtree(os.path.join(site, "site-output"), ignore_errors=True)
        if cache:
            shutil.rmtree(os.path.join(site, ".tinta-cache"), ignore_errors=True)

    rows = []
    for kind in ("cold", "warm", "rebuild"):
        walls = []
        summary = ""
        for i in range(args.runs + 1):
            if kind == "cold":
                clear(True)
            elif kind == "warm":
                clear(False)
            wall, summary = build()
            if i > 0:
                walls.append(wall)
        med = statistics.median(walls)
        rows.append((kind, med, min(walls), max(walls), med / args.photos * 1000, summary))
        print(f"{kind:8} {med:7.2f} s  ({min(walls):.2f}-{max(walls):.2f})  "
              f"{med / args.photos * 1000:6.0f} ms a photo   {summary}", flush=True)
    cache_bytes = sum(os.path.getsize(os.path.join(d, f))
                      for d, _, fs in os.walk(os.path.join(site, ".tinta-cache")) for f in fs)
    load = os.getloadavg()
    lines = [
        f"# Images: {args.photos} photos of {width}x{height}",
        "",
        f"{datetime.datetime.now().isoformat(timespec='seconds')}, {os.cpu_count()} cores, "
        f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at the end (other work on the "
        "machine counts in these times), "
        f"medians of {args.runs} runs after one warm-up, jar {os.path.relpath(args.jar, ROOT)}, "
        f"JVM flags `{args.jvm}`.",
        f"Photos {source_bytes / 1e6:.1f} MB; variant cache {cache_bytes / 1e6:.1f} MB.",
        "",
        "| build | median wall | min-max | per photo | tinta's summary |",
        "|---|---:|---:|---:|---|",
    ]
    for kind, med, lo, hi, per, summary in rows:
        lines.append(f"| {kind} | {med:.2f} s | {lo:.2f}-{hi:.2f} s | {per:.0f} ms | {summary} |")
    text = "\n".join(lines) + "\n"
    print()
    print(text)
    if not args.no_results:
        name = datetime.datetime.now().strftime("%Y-%m-%d-%H%M%S") + "-images.md"
        with open(os.path.join(HERE, "results", name), "w") as f:
            f.write(text)
        print("wrote bench/results/" + name)


if __name__ == "__main__":
    main()
