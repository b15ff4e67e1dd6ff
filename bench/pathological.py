#!/usr/bin/env python3
"""Hostile Markdown (issue #11): time a one-post site built with tinta, per input and size.

usage: bench/pathological.py [--sizes 10000,20000,40000] [--only NAME,...] [--timeout 120]
                             [--launcher ./tinta] [--work /tmp/tinta-pathological] [--no-serve]

The inputs are cmark's pathological tests (test/pathological_tests.py of commonmark/cmark, commit
54b2be5), the ones commonmark-java adds (huge rule, backslashes in a link), GFM tables, and the
passes tinta adds on top of commonmark (heading anchors, highlighting, link rewriting,
footnotes). Each is made at the sizes given, in "units" (one repetition of its pattern; a few
inputs whose text grows with the square of their depth use fewer units, noted in the table).
Each size is built once as the only post of a fresh site with the launcher (`./tinta build`);
the table shows the input's bytes, the build time tinta reports (its summary line, without JVM
start-up), the wall time, and "x prev": how much longer than the previous size, against how
much bigger. Linear time keeps "x prev" near the size ratio (2 when the sizes double); an input
that is refused shows the first error line instead.

Then `tinta serve` gets one of the largest inputs, then one it refuses, then one it builds again,
and must answer on its port throughout and end with 200: the dev server survives hostile input.
"""
import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SITE_YAML = """\
title: Pathological
base_url: https://example.org/
language: en
time_zone: UTC
"""

FRONT = "---\ntitle: Hostile\ndate: 2024-01-02\n---\n\n"


def nested_lists(n):
    return "".join("  " * x + "* a\n" for x in range(n))


def backticks(n):
    return "".join("e" + "`" * x for x in range(1, n))


def many_references(n):
    return "".join("[r%d]: /u%d\n" % (i, i) for i in range(n)) + "\n" + "[r0] " * n


# name -> (make(units), divisor): the input is made with units // divisor (its text grows faster
# than its units), so all inputs can share one --sizes list.
INPUTS = {
    # cmark test/pathological_tests.py
    "nested strong emph": (lambda n: "*a **a " * n + "b" + " a** a*" * n, 1),
    "emph closers, no openers": (lambda n: "a_ " * n, 1),
    "emph openers, no closers": (lambda n: "_a " * n, 1),
    "link closers, no openers": (lambda n: "a]" * n, 1),
    "link openers, no closers": (lambda n: "[a" * n, 1),
    "mismatched openers, closers": (lambda n: "*a_ " * n, 1),
    "cmark issue #389": (lambda n: "*a " * n + "_a*_ " * n, 1),
    "openers, closers multiple of 3": (lambda n: "a**b" + "c* " * n, 1),
    "link openers, emph closers": (lambda n: "[ a_" * n, 1),
    "pattern [ (]( repeated": (lambda n: "[ (](" * n, 1),
    "pattern ![[]() repeated": (lambda n: "![[]()" * n, 1),
    "nested brackets": (lambda n: "[" * n + "a" + "]" * n, 1),
    "nested block quotes": (lambda n: "> " * n + "a", 1),
    "deeply nested lists": (nested_lists, 20),
    "backticks": (backticks, 20),
    "unclosed links A": (lambda n: "[a](<b" * n, 1),
    "unclosed links B": (lambda n: "[a](b" * n, 1),
    "unclosed <!--": (lambda n: "</" + "<!--" * n, 1),
    "empty lines in nested lists": (lambda n: "- " * n + "x" + "\n" * n, 1),
    "same in a block quote": (lambda n: "> " + "- " * n + "x\n" + ">\n" * n, 1),
    "emph in deep block quote": (lambda n: ">" * n + "a*" * n, 1),
    "many references": (many_references, 1),
    "nested inlines": (lambda n: "*" * n + "a" + "*" * n, 1),
    # commonmark-java's PathologicalTest
    "huge horizontal rule": (lambda n: "*" * n + "\n", 1),
    "backslashes in a link": (lambda n: "[" + "\\" * n + "\n", 1),
    # GFM tables
    "wide table": (lambda n: "|" + " c |" * n + "\n|" + "---|" * n + "\n" + ("|" + " x |" * n + "\n") * 3, 1),
    "long table": (lambda n: "| a | b |\n|---|---|\n" + "| x | y |\n" * n, 1),
    "table rows wider than header": (lambda n: "| a |\n|---|\n" + ("|" + " x |" * 50 + "\n") * (n // 50), 1),
    # tinta's own passes
    "same heading repeated": (lambda n: "## Same\n\n" * n, 1),
    "fenced code blocks": (lambda n: "```java\nint x = 1;\n```\n\n" * n, 1),
    "one long code line": (lambda n: "```java\n" + "x = x + 1; " * n + "\n```\n", 1),
    "links to a post": (lambda n: "[me](p.md) " * n, 1),
    "footnote chain": (lambda n: "text[^0]\n\n" + "".join("[^%d]: see [^%d]\n" % (i, i + 1) for i in range(n)), 1),
    "raw html nesting": (lambda n: "<div>" * n + "x" + "</div>" * n, 1),
}

SUMMARY_MS = re.compile(r"· ([\d,.\u00a0\u202f]+) ms\s*$")


def write_site(dirname, body):
    if os.path.exists(dirname):
        shutil.rmtree(dirname)
    os.makedirs(os.path.join(dirname, "content", "posts"))
    with open(os.path.join(dirname, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
    with open(os.path.join(dirname, "content", "posts", "p.md"), "w", encoding="utf-8") as f:
        f.write(FRONT + body + "\n")


def build(launcher, site, timeout):
    start = time.perf_counter()
    try:
        p = subprocess.run([launcher, "build", "--site", site], capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start, "TIMEOUT after %d s" % timeout
    wall = time.perf_counter() - start
    if p.returncode != 0:
        first = (p.stderr.strip().splitlines() or ["(no output)"])[0]
        return p.returncode, wall, first
    m = SUMMARY_MS.search(p.stdout.strip().splitlines()[-1])
    return 0, wall, int(re.sub(r"\D", "", m.group(1))) / 1000.0 if m else None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=30):
    """The status and body of a GET; an HTTP error status is an answer too."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def check_serve(launcher, work, names, units):
    """Serves a site with one hostile post, swaps in another, and asks for a page each time."""
    site = os.path.join(work, "serve")
    write_site(site, INPUTS[names[0]][0](units // INPUTS[names[0]][1]))
    port = free_port()
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([launcher, "serve", "--site", site, "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    ok = True
    try:
        deadline = time.time() + 120
        while True:
            try:
                status, _ = get("http://127.0.0.1:%d/" % port, timeout=5)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    print("serve: did not come up (exit %s), see %s/serve.log" % (server.poll(), work))
                    return False
                time.sleep(0.5)
        print("serve: %s at %d units: GET / -> %d" % (names[0], units, status))
        for name in names[1:]:
            with open(os.path.join(site, "content", "posts", "p.md"), "w", encoding="utf-8") as f:
                f.write(FRONT + INPUTS[name][0](units // INPUTS[name][1]) + "\n")
            time.sleep(8)  # the watcher's debounce and the rebuild
            alive = server.poll() is None
            try:
                status, body = get("http://127.0.0.1:%d/" % port)
            except OSError as e:
                status, body = "no answer (%s)" % e, b""
            print("serve: rewrote the post as %s: server %s, GET / -> %s"
                  % (name, "running" if alive else "EXITED", status))
            ok = ok and alive and isinstance(status, int)
        ok = ok and status == 200  # the last input builds: the server recovered
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,20000,40000")
    ap.add_argument("--only", default="")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--launcher", default=os.path.join(ROOT, "tinta"))
    ap.add_argument("--work", default="/tmp/tinta-pathological")
    ap.add_argument("--no-serve", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in INPUTS if not args.only or n in args.only.split(",")]
    os.makedirs(args.work, exist_ok=True)

    # one warm-up build: the launcher may compile tinta first
    write_site(os.path.join(args.work, "warmup"), "plain text")
    build(args.launcher, os.path.join(args.work, "warmup"), 600)

    print("| input | units | bytes | build s | wall s | x prev (size x) | result |")
    print("|---|---:|---:|---:|---:|---:|---|")
    worst = []
    for name in names:
        make, div = INPUTS[name]
        prev = None
        for size in sizes:
            units = size // div
            body = make(units)
            site = os.path.join(args.work, "site")
            write_site(site, body)
            code, wall, result = build(args.launcher, site, args.timeout)
            if code == 0:
                ratio = ""
                if prev and prev[1] and result:
                    ratio = "%.1f (%.1f)" % (result / max(prev[1], 0.001), len(body) / prev[0])
                    if result > 0.3 and result / max(prev[1], 0.001) > 1.6 * len(body) / prev[0]:
                        worst.append((name, units, ratio))
                print("| %s | %d | %d | %.2f | %.2f | %s | built |"
                      % (name, units, len(body), result or 0, wall, ratio))
                prev = (len(body), result)
            else:
                print("| %s | %d | %d | | %.2f | | exit %s: %s |"
                      % (name, units, len(body), wall, code, result.replace("|", "\\|")))
                prev = None
            sys.stdout.flush()
    if worst:
        print("\nsuper-linear steps (time ratio > 1.6 x size ratio, above 0.3 s):")
        for w in worst:
            print("  %s at %d units: %s" % w)
    if not args.no_serve:
        big = sizes[-1]
        ok = check_serve(args.launcher, args.work,
                         ["emph in deep block quote", "cmark issue #389", "nested block quotes"], big)
        print("serve: " + ("survived" if ok else "FAILED"))
        if not ok:
            sys.exit(1)


if __name__ == "__main__":
    main()
