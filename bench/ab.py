#!/usr/bin/env python3
"""Interleaved A/B timing of a few commands on a noisy, shared machine. See bench/README.md.

usage: bench/ab.py [--runs 15] [--warmup 2] [--cwd DIR] [--prepare CMD] [--env K=V ...]
                   NAME=COMMAND NAME=COMMAND ...

Each round runs every command once, in an order rotated each round (so a drift of the machine
touches every command alike), after --prepare (a shell command, untimed, e.g. moving the last
output away). Wall, user+sys CPU and peak RSS come from wait4 of the child. Printed: median and
min-max wall per command, median CPU, and for each command after the first the median of the
per-round wall ratios against the first (the A/B figure to quote), with the rounds' spread.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd, cwd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, shell=isinstance(cmd, str))
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"ab: {cmd!r} failed (exit {code}):\n{err.decode(errors='replace')[-2000:]}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss": ru.ru_maxrss / 1024}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--cwd", default=".")
    ap.add_argument("--prepare", default="")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    args = ap.parse_args()
    env = dict(os.environ)
    for kv in args.env:
        k, _, v = kv.partition("=")
        env[k] = v
    jobs = []
    for c in args.commands:
        name, sep, cmd = c.partition("=")
        if not sep:
            sys.exit(f"ab: {c!r} is not NAME=COMMAND")
        jobs.append({"name": name, "cmd": shlex.split(cmd), "rows": []})

    def once(job):
        if args.prepare:
            subprocess.run(args.prepare, shell=True, cwd=args.cwd, env=env, check=True)
        return run(job["cmd"], args.cwd, env)

    for _ in range(args.warmup):
        for job in jobs:
            once(job)
    for k in range(args.runs):
        for job in jobs[k % len(jobs):] + jobs[:k % len(jobs)]:
            job["rows"].append(once(job))
    load = open("/proc/loadavg").read().split()[:3]
    print(f"{args.runs} interleaved rounds after {args.warmup} warm-up; load average "
          f"{' '.join(load)}; cwd {os.path.abspath(args.cwd)}")
    first = jobs[0]
    width = max(len(j["name"]) for j in jobs)
    for job in jobs:
        w = [r["wall"] for r in job["rows"]]
        cpu = statistics.median(r["cpu"] for r in job["rows"])
        rss = statistics.median(r["rss"] for r in job["rows"])
        line = (f"{job['name']:<{width}}  wall {statistics.median(w):.3f} s "
                f"({min(w):.3f}-{max(w):.3f})  cpu {cpu:.3f} s  rss {rss:.0f} MiB")
        if job is not first:
            q = sorted(a["wall"] / b["wall"] for a, b in zip(job["rows"], first["rows"]))
            line += (f"  /{first['name']} {statistics.median(q):.3f} "
                     f"(quartiles {q[len(q) // 4]:.2f}-{q[(3 * len(q)) // 4]:.2f})")
        print(line)


if __name__ == "__main__":
    main()
