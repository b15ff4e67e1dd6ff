#!/usr/bin/env python3
"""tinta's build benchmark: clean full builds of the shared kit's synthetic blog at several sizes,
optionally against Hugo on the same corpus in the same run. See bench/README.md.

usage: bench/run.sh [--sizes 1,100,1000,static] [--runs 3] [--warmup 1] [--hugo | --no-hugo] [--with-100k]
                    [--jvm-matrix | --modes launcher,nocache,...] [--java25 JDK] [--profile] [--jar JAR]
                    [--cache DIR] [--update-baseline | --no-baseline] [--fail-on-regression] [--no-results]
                    [--wait-idle S] [--noisy-cores X] [--no-interleave] [--note TEXT]
"""
import argparse
import random
import re
import datetime
import fcntl
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
KIT_SRC = "/work/shared/bench"
KIT_FILES = ["gen_corpus.py", "adapt.py", "build.sh", "timeit.py", "README.md"]
HZ = os.sysconf("SC_CLK_TCK")
NCPU = os.cpu_count() or 1

# The launcher (src/dist/bin/tinta, which ./tinta and the install zip run) starts the jar with
# these flags, and with a start-up cache recorded from `tinta startup-training`: an AppCDS archive
# below Java 25, an AOT cache from 25 on. The bench runs that launcher itself (mode "launcher"),
# from a copy in the cache beside a copy of the jar; the other modes run `java FLAGS -jar` on the
# same jar, {cds} being the launcher's own archive. check_launcher() warns when the launcher's
# flags change.
LAUNCHER_JIT = ["-Xlog:cds=off", "-XX:SharedArchiveFile={cds}", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1"]
LAUNCHER_GC = ["-XX:+UseParallelGC", "-XX:MaxNewSize=256m"]
LAUNCHER_FLAGS = LAUNCHER_JIT + LAUNCHER_GC + ["-XX:MaxTenuringThreshold=0",
                                               "-XX:InitialRAMPercentage=4"]
PLAIN_FLAGS = ["-XX:TieredStopAtLevel=1"] + LAUNCHER_GC + ["-XX:MaxTenuringThreshold=0",
                                                           "-XX:InitialRAMPercentage=4"]
CDS = ["-Xlog:cds=off", "-XX:SharedArchiveFile={cds}", "-Xshare:auto"]
AOT = ["-Xlog:cds=off", "-Xlog:aot=off", "-XX:AOTCache={aot}"]
# A mode is a list of JVM flags for `java -jar`, or a dict: {"launcher": True} runs bin/tinta;
# "java25": True runs Java 25 (--java25) instead of the java on PATH.
MODES = {
    # bin/tinta as users run it: `tinta build` goes to the warm build daemon, which the first
    # (warm-up) run starts; the daemon's CPU and memory are counted in each run's figures
    "launcher": {"launcher": True},
    # bin/tinta with the daemon off: a cold JVM with the start-up cache every run
    "launcher-nodaemon": {"launcher": True, "env": {"TINTA_DAEMON": "off"}},
    "launcher-java25": {"launcher": True, "java25": True},
    # what the start-up cache is worth: the launcher's flags without any archive
    "nocache": PLAIN_FLAGS,
    # the old ./tinta: the archive recorded by whatever ran first, here `tinta --version`
    "cds-from-version": ["-Xlog:cds=off", "-XX:SharedArchiveFile={cds_version}"] + PLAIN_FLAGS,
    # the archive recorded from the same build that is timed (is the training representative?)
    "cds-from-build": ["-Xlog:cds=off", "-XX:SharedArchiveFile={cds_build}"] + PLAIN_FLAGS,
    "java25-nocache": {"flags": PLAIN_FLAGS, "java25": True},
    "java25-appcds": {"flags": ["-Xlog:cds=off", "-XX:SharedArchiveFile={cds25}"] + PLAIN_FLAGS,
                      "java25": True},
    "java25-aot-c2": {"flags": AOT + LAUNCHER_GC + ["-XX:MaxTenuringThreshold=0",
                                                     "-XX:InitialRAMPercentage=4"],
                      "java25": True, "aot": "c2"},
    "one-core": ["-XX:ActiveProcessorCount=1"] + LAUNCHER_FLAGS,
    "launcher-flags": LAUNCHER_FLAGS,
    "default": [],
    "xshare-off": ["-Xshare:off"],
    "c1": ["-XX:TieredStopAtLevel=1"],
    "serialgc": ["-XX:+UseSerialGC"],
    "parallelgc": ["-XX:+UseParallelGC"],
    "appcds": CDS,
    "appcds+serialgc": CDS + ["-XX:+UseSerialGC"],
    "appcds+parallelgc": CDS + ["-XX:+UseParallelGC"],
    "launcher-serialgc": LAUNCHER_JIT + ["-XX:+UseSerialGC"],
    "launcher-g1": LAUNCHER_JIT + ["-XX:+UseG1GC"],
    "launcher-default-tenuring": LAUNCHER_JIT + LAUNCHER_GC,  # without promotion at once
}
MAIN_MODE = "launcher"
REGRESSION = 0.10


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def sha(path_or_bytes):
    h = hashlib.sha256()
    if isinstance(path_or_bytes, bytes):
        h.update(path_or_bytes)
    else:
        with open(path_or_bytes, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


# ---- preparation ----------------------------------------------------------------------------

def build_jar(cache):
    """Packages tinta into CACHE/build (never the shared target/) when sources are newer, the same
    staleness rule as ./tinta."""
    out = os.path.join(cache, "build")
    jar = os.path.join(out, "tinta.jar")
    inputs = [os.path.join(REPO, p) for p in ("src/main", "templates", "pom.xml")]
    newest = 0.0
    for p in inputs:
        if os.path.isfile(p):
            newest = max(newest, os.path.getmtime(p))
        for root, _, files in os.walk(p):
            for f in files:
                newest = max(newest, os.path.getmtime(os.path.join(root, f)))
    if os.path.exists(jar) and os.path.getmtime(jar) >= newest:
        return jar
    log(f"packaging tinta into {out} (mvn -Dtinta.buildDir=... -Dmaven.test.skip=true package)")
    r = subprocess.run(["mvn", "-q", "-B", "-f", os.path.join(REPO, "pom.xml"),
                        f"-Dtinta.buildDir={out}", "-Dmaven.test.skip=true", "package"],
                       text=True, capture_output=True)
    if r.returncode != 0 or not os.path.exists(jar):
        sys.exit(f"bench: the Maven build failed (the checkout does not compile now; --jar JAR "
                 f"times an existing jar):\n{r.stdout}{r.stderr}")
    return jar


def check_launcher():
    try:
        text = open(os.path.join(REPO, "src", "dist", "bin", "tinta")).read()
    except OSError:
        return "no src/dist/bin/tinta launcher found"
    want = [f.split("=")[0] for f in PLAIN_FLAGS]
    missing = [f for f in want if f not in text]
    return (f"src/dist/bin/tinta no longer has {missing}: update PLAIN_FLAGS" if missing
            else "")


def copy_kit(cache):
    """The shared kit is read-only and writes beside itself: a writable copy of what we use."""
    kit = os.path.join(cache, "kit")
    os.makedirs(kit, exist_ok=True)
    for f in KIT_FILES:
        dst = os.path.join(kit, f)
        if not os.path.exists(dst) or sha(dst) != sha(os.path.join(KIT_SRC, f)):
            shutil.copyfile(os.path.join(KIT_SRC, f), dst)
            shutil.copymode(os.path.join(KIT_SRC, f), dst)
            os.chmod(dst, os.stat(dst).st_mode | 0o200)
    skel = os.path.join(kit, "skel", "hugo")
    if os.path.exists(skel):
        shutil.rmtree(skel)
    shutil.copytree(os.path.join(KIT_SRC, "skel", "hugo"), skel)
    for root, dirs, files in os.walk(os.path.join(kit, "skel")):
        for x in dirs + files:
            p = os.path.join(root, x)
            os.chmod(p, os.stat(p).st_mode | 0o200)
    return kit


def stamp_ok(path, stamp):
    try:
        return open(path).read() == stamp
    except OSError:
        return False


def corpus(kit, n):
    """The kit's deterministic corpus for N posts, generated once and reused while the generator
    is unchanged."""
    d = os.path.join(kit, "corpora", f"c{n}")
    stamp = f"{sha(os.path.join(kit, 'gen_corpus.py'))} {n}\n"
    if not stamp_ok(os.path.join(d, ".stamp"), stamp):
        log(f"corpus N={n}: gen_corpus.py {n}")
        subprocess.run([sys.executable, "gen_corpus.py", str(n), d], cwd=kit, check=True)
        with open(os.path.join(d, ".stamp"), "w") as f:
            f.write(stamp)
    return d


# The blog with heavy static files: 75 posts of the kit's corpus plus 50 MB of generated,
# incompressible files in static/ (photos and two PDFs), the shape of a real blog with images.
STATIC = "static"
STATIC_POSTS = 75
STATIC_BYTES = 50 * 1024 * 1024
STATIC_STAMP = "static v1: 190 photos + 2 pdfs, 50 MiB, seed 20240601\n"


def size_n(size):
    return STATIC_POSTS if size == STATIC else size


def size_label(size):
    return f"{STATIC_POSTS} + 50 MB static" if size == STATIC else f"{size:,}"


def size_key(size):
    """How a size is written in baseline.tsv."""
    return "75+50MB" if size == STATIC else str(size)


def size_order(size):
    return (1, 0) if size == STATIC else (0, size)


def static_files(cache):
    """The 50 MiB of static files, generated once (deterministic; not in git): photos of 120 to
    380 KiB under images/YYYY/ (45 MiB) and two PDFs of 2.5 MiB under files/."""
    d = os.path.join(cache, "static-50mb")
    if stamp_ok(d + ".stamp", STATIC_STAMP):
        return d
    log(f"static files: {STATIC_BYTES / 2**20:.0f} MiB into {d}")
    if os.path.exists(d):
        shutil.rmtree(d)
    rng = random.Random(20240601)
    sizes = [rng.randint(120 * 1024, 380 * 1024) for _ in range(190)]
    photos = STATIC_BYTES - 5 * 1024 * 1024
    sizes = [int(x * photos / sum(sizes)) for x in sizes]
    sizes[-1] += photos - sum(sizes)
    files = [(f"images/{2015 + k % 10}/photo-{k:03d}.jpg", n) for k, n in enumerate(sizes)]
    files += [("files/talk-2019.pdf", 5 * 2**19), ("files/talk-2023.pdf", 5 * 2**19)]
    for name, n in files:
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(rng.randbytes(n))
    with open(d + ".stamp", "w") as f:
        f.write(STATIC_STAMP)
    return d


def with_static(site, static):
    dst = os.path.join(site, "static")
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(static, dst)


def tinta_site(cache, kit, size, corpus_dir, static=None):
    name = "tinta-75-static" if size == STATIC else f"tinta-{size}"
    site = os.path.join(cache, "sites", name)
    stamp = (open(os.path.join(corpus_dir, ".stamp")).read()
             + sha(os.path.join(BENCH, "tinta_site.py")) + "\n"
             + (STATIC_STAMP if static else ""))
    if not stamp_ok(os.path.join(cache, "sites", f".{name}.stamp"), stamp):
        log(f"site {name}")
        subprocess.run([sys.executable, os.path.join(BENCH, "tinta_site.py"), corpus_dir, site],
                       check=True, stdout=subprocess.DEVNULL)
        if static:
            with_static(site, static)
        with open(os.path.join(cache, "sites", f".{name}.stamp"), "w") as f:
            f.write(stamp)
    return site


def hugo_site(kit, size, corpus_dir, static=None):
    name = "hugo-75-static" if size == STATIC else f"hugo-{size}"
    site = os.path.join(kit, "sites", name)
    stamp = (open(os.path.join(corpus_dir, ".stamp")).read() + sha(os.path.join(kit, "adapt.py"))
             + (STATIC_STAMP if static else ""))
    if not stamp_ok(os.path.join(kit, "sites", f".{name}.stamp"), stamp):
        log(f"site {name}: adapt.py hugo")
        subprocess.run([sys.executable, "adapt.py", "hugo", corpus_dir, site], cwd=kit, check=True)
        if static:
            with_static(site, static)
        with open(os.path.join(kit, "sites", f".{name}.stamp"), "w") as f:
            f.write(stamp)
    return site


def install_copy(cache, jar):
    """The launcher and the jar laid out as the install zip has them (bin/tinta, lib/tinta.jar),
    from the checkout's src/dist/bin/tinta: the jar's path is the one every mode runs and the
    start-up caches are made for."""
    d = os.path.join(cache, "dist")
    os.makedirs(os.path.join(d, "bin"), exist_ok=True)
    os.makedirs(os.path.join(d, "lib"), exist_ok=True)
    launcher = os.path.join(d, "bin", "tinta")
    shutil.copyfile(os.path.join(REPO, "src", "dist", "bin", "tinta"), launcher)
    os.chmod(launcher, 0o755)
    shutil.copyfile(os.path.join(REPO, "src", "dist", "lib", "daemon-client.bash"),
                    os.path.join(d, "lib", "daemon-client.bash"))
    lib = os.path.join(d, "lib", "tinta.jar")
    if not os.path.exists(lib) or sha(lib) != sha(jar):
        shutil.copyfile(jar, lib)
    return launcher, lib


def startup_caches(cache, launcher, lib, site, java25):
    """Makes the launcher's start-up caches (untimed) by running it once on SITE, for the java on
    PATH ("cds") and for Java 25 ("launcher25"); returns their paths and the seconds each first
    launch took (the training included)."""
    env = os.environ | {"TINTA_CACHE_DIR": os.path.join(cache, "startup-cache"),
                        "TRASH": os.path.join(cache, "trash")}
    env.pop("JAVA_HOME", None)
    found, first = {}, {}
    for key, extra in (("cds", {}), ("launcher25", {"JAVA_HOME": java25} if java25 else None)):
        if extra is None:
            continue
        t0 = time.monotonic()
        r = subprocess.run([os.path.join(BENCH, "tinta-build.sh"), site, launcher],
                           capture_output=True, text=True, env=env | extra)
        if r.returncode != 0:
            sys.exit(f"bench: the launcher failed on {site}:\n{r.stderr[-3000:]}")
        first[key] = time.monotonic() - t0
        r = subprocess.run([launcher, "--version"], capture_output=True, text=True,
                           env=env | extra)
        line = next((l for l in r.stdout.splitlines() if l.startswith("start-up cache:")), "")
        m = re.match(r"start-up cache: in use \((AppCDS archive|AOT cache) (.*)\)$", line)
        if not m:
            sys.exit(f"bench: the launcher's start-up cache is not in use: {line!r}")
        found[key] = m.group(2)
    shutil.rmtree(os.path.join(cache, "trash"), ignore_errors=True)
    return found, first


def record_archive(java, lib, out, args, cwd=None):
    """An AppCDS archive recorded from one run of `java -jar LIB ARGS` (flags as the launcher's)."""
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if os.path.exists(out):
        os.remove(out)
    subprocess.run([java, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    f"-XX:ArchiveClassesAtExit={out}"] + PLAIN_FLAGS + ["-jar", lib] + args,
                   check=True, capture_output=True, cwd=cwd)
    return out


def check_comments(jar, site, manifest):
    """The converted comment files must parse with tinta's own parser (`tinta comments list`),
    and hold as many comments as the kit's manifest says."""
    r = subprocess.run(["java", "-jar", jar, "comments", "list", "--site", site],
                       text=True, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"bench: tinta rejects the converted comments of {site}:\n{r.stderr[-3000:]}")
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    want = sum(int(line.split("\t")[3]) for line in open(manifest) if line.strip())
    got = int(last.split()[0].replace(",", "")) if last[:1].isdigit() else -1
    if got != want:
        sys.exit(f"bench: `tinta comments list` on {site} says {last!r}; the kit's manifest has "
                 f"{want} comments")
    return f"{os.path.basename(site)}: {last} (= the kit's manifest)"


# ---- timing ---------------------------------------------------------------------------------

def busy_seconds():
    """CPU seconds the whole machine has spent busy since boot (all cores)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]  # idle + iowait
    return (sum(v[:8]) - idle) / HZ


def background_cores(seconds=1.0):
    b0, t0 = busy_seconds(), time.monotonic()
    time.sleep(seconds)
    return (busy_seconds() - b0) / (time.monotonic() - t0)


def wait_idle(limit, cores):
    """Waits (at most limit seconds) until the other engineers' work leaves the machine quiet."""
    deadline = time.monotonic() + limit
    while True:
        bg = background_cores(0.5)
        if bg < cores or time.monotonic() > deadline:
            return bg


# Trash folders (previous outputs) kept until every timed run is over: deleting ~300 MB of small
# files between runs made the next runs' file writes seconds slower on this ext4 (mounted with
# `discard`: the freed blocks are trimmed while the next build writes), for every tool alike.
TRASH = set()
KEEP_FREE = 5 * 1024**3


def set_aside(trash):
    """Empties a trash folder after the last timed run, or at once when the disk is short."""
    TRASH.add(trash)
    if os.path.isdir(trash) and shutil.disk_usage(trash).free < KEEP_FREE:
        shutil.rmtree(trash, ignore_errors=True)
        os.sync()


def empty_trash():
    for t in sorted(TRASH):
        shutil.rmtree(t, ignore_errors=True)
    TRASH.clear()


def run_once(job, args):
    """One timed run of a job: fork/exec + wait4 rusage of that child, as the kit's timeit.py,
    plus what the rest of the machine used meanwhile (busy CPU from /proc/stat minus this run's
    own CPU, in cores)."""
    if args.wait_idle > 0:
        wait_idle(args.wait_idle, args.noisy_cores)
    os.sync()  # the previous run's dirty pages are not written back inside this one
    daemons0 = daemon_usage(job.get("daemons"), reset_peak=True)
    b0 = busy_seconds()
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        p = subprocess.Popen(job["cmd"], cwd=job["cwd"], env=job["env"], stdout=fo, stderr=fe)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        out, err = fo.read().decode(errors="replace"), fe.read().decode(errors="replace")
    cpu = ru.ru_utime + ru.ru_stime
    user, system, rss = ru.ru_utime, ru.ru_stime, ru.ru_maxrss / 1024
    daemons1 = daemon_usage(job.get("daemons"), reset_peak=False)
    for pid, (u1, s1, peak) in daemons1.items():
        u0, s0, _ = daemons0.get(pid, (0.0, 0.0, 0))
        user, system = user + u1 - u0, system + s1 - s0
        rss = max(rss, peak / 1024)
    cpu = user + system
    bg = max(0.0, (busy_seconds() - b0 - cpu) / wall)
    set_aside(job["trash"])
    if p.returncode != 0:
        sys.exit(f"bench: {job['name']} failed (exit {p.returncode}):\n{err[-3000:]}")
    job["stdout"] = out.strip().splitlines()[-1:]
    return {"wall": wall, "cpu": cpu, "user": user, "sys": system,
            "rss": rss, "bg": bg, "noisy": bg > args.noisy_cores}


def daemon_usage(folder, reset_peak):
    """CPU seconds (user, system) and peak RSS (KiB) of each build daemon with a port file in
    FOLDER, by pid; with reset_peak, the peak is reset first (/proc/PID/clear_refs, 5), so that
    the peak read after a run is that run's."""
    usage = {}
    if not folder or not os.path.isdir(folder):
        return usage
    for name in os.listdir(folder):
        if not name.endswith(".port"):
            continue
        try:
            with open(os.path.join(folder, name)) as f:
                pid = int(f.read().split()[2])
            if reset_peak:
                with open(f"/proc/{pid}/clear_refs", "w") as f:
                    f.write("5")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/status") as f:
                peak = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
        except (OSError, ValueError, IndexError, StopIteration):
            continue
        usage[pid] = (int(fields[11]) / HZ, int(fields[12]) / HZ, peak)
    return usage


def stop_daemons(launcher, env):
    """Stops the build daemons the launcher started (they would idle on for an hour)."""
    subprocess.run([launcher, "daemon", "stop"], env=env, capture_output=True, text=True)


def measure(jobs, args):
    """Warm-up runs (not counted), then args.runs counted runs of every job. Interleaved (the
    default), each round runs every job once, in an order rotated each round, so a slow drift of
    the machine touches every job alike; else each job's runs come one after another. A counted
    run during which the rest of the machine used more than args.noisy_cores cores is repeated
    (at most 2 x runs times per job; then kept, and counted as noisy in the table)."""
    for job in jobs:
        job.update(rows=[], retries=2 * args.runs)

    def counted(job):
        while True:
            row = run_once(job, args)
            if row["noisy"] and job["retries"] > 0:
                job["retries"] -= 1
                log(f"  {job['name']}: noisy run (others used {row['bg']:.2f} cores; "
                    f"{row['wall']:.3f} s), repeating")
                continue
            job["rows"].append(row)
            log(f"  {job['name']}: wall {row['wall']:.3f} s, cpu {row['cpu']:.3f} s, "
                f"{row['rss']:.0f} MiB, others {row['bg']:.2f} cores")
            return

    if args.interleave:
        for _ in range(args.warmup):
            for job in jobs:
                run_once(job, args)
        for k in range(args.runs):
            for job in jobs[k % len(jobs):] + jobs[:k % len(jobs)]:
                counted(job)
    else:
        for job in jobs:
            log(f"{job['name']}: {args.runs} runs after {args.warmup} warm-up")
            for _ in range(args.warmup):
                run_once(job, args)
            for _ in range(args.runs):
                counted(job)


def summarize(rows):
    def m(k):
        v = [r[k] for r in rows]
        return {"med": statistics.median(v), "min": min(v), "max": max(v)}
    return {k: m(k) for k in ("wall", "cpu", "rss", "bg")} | {
        "runs": len(rows), "noisy": sum(r["noisy"] for r in rows)}


def count_output(site, out_name):
    html = files = 0
    for _, _, fs in os.walk(os.path.join(site, out_name)):
        files += len(fs)
        html += sum(f.endswith(".html") for f in fs)
    return html, files


# ---- baseline -------------------------------------------------------------------------------

BASELINE = os.path.join(BENCH, "baseline.tsv")
BASE_HEAD = ("# tinta medians per JVM mode and N (bench/run.sh); a row is added when missing and "
             "replaced by --update-baseline\n"
             "mode\tn\twall_s\tcpu_s\trss_mib\thtml\tdate\tcommit\tjar_sha256\twall_min_s\n")


def read_baseline():
    rows = {}
    if os.path.exists(BASELINE):
        for line in open(BASELINE):
            if line.startswith("#") or line.startswith("mode\t") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            rows[(f[0], f[1])] = f
    return rows


def write_baseline(rows):
    with open(BASELINE, "w") as out:
        out.write(BASE_HEAD)
        for key in sorted(rows, key=lambda k: (k[0] != MAIN_MODE, k[0],
                                               size_order(STATIC if k[1] == size_key(STATIC)
                                                          else int(k[1])))):
            out.write("\t".join(rows[key]) + "\n")


# ---- main -----------------------------------------------------------------------------------

def fmt_s(s):
    return f"{s['med']:.3f} ({s['min']:.3f}–{s['max']:.3f})"


def parse_sizes(text):
    sizes = []
    for t in (x.strip() for x in text.split(",")):
        if not t:
            continue
        if t == STATIC:
            sizes.append(STATIC)
        elif t.isdigit():
            sizes.append(int(t))
        else:
            sys.exit(f"bench: --sizes takes numbers of posts and '{STATIC}', not {t!r}")
    return sizes


def mode_spec(mode):
    m = MODES[mode]
    return m if isinstance(m, dict) else {"flags": m}


def main():
    ap = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=f"1,100,1000,{STATIC}",
                    help=f"numbers of posts, and '{STATIC}' for the 75-post blog with 50 MB of "
                         "static files")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--hugo", action="store_true", default=None,
                    help="also Hugo on the same corpus, and the ratios (default: when hugo is "
                         "installed)")
    ap.add_argument("--no-hugo", dest="hugo", action="store_false")
    ap.add_argument("--with-100k", action="store_true", help="add N=100,000 (tinta only)")
    ap.add_argument("--jvm-matrix", action="store_true", help="every JVM flag set at every size")
    ap.add_argument("--modes", default="", help=f"comma list of {', '.join(MODES)}")
    ap.add_argument("--java25", default="/usr/lib/jvm/temurin-25-jdk-amd64",
                    help="a Java 25+ home for the java25 modes")
    ap.add_argument("--profile", action="store_true", help="one JFR build at the largest size")
    ap.add_argument("--jar", help="time this jar instead of packaging the checkout")
    ap.add_argument("--cache", default=os.environ.get("TINTA_BENCH_CACHE", "/tmp/tinta-bench"))
    ap.add_argument("--update-baseline", action="store_true")
    ap.add_argument("--no-baseline", action="store_true",
                    help="compare with bench/baseline.tsv but never write it")
    ap.add_argument("--fail-on-regression", action="store_true")
    ap.add_argument("--no-results", action="store_true", help="write neither bench/results/ nor bench/baseline.tsv (trial runs)")
    ap.add_argument("--wait-idle", type=float, default=30,
                    help="before each run wait up to S seconds for a quiet machine (0: never)")
    ap.add_argument("--noisy-cores", type=float, default=0.3,
                    help="a run while others use more cores than this is repeated (max 2x runs)")
    ap.add_argument("--no-interleave", dest="interleave", action="store_false",
                    help="run each row's runs back to back instead of in rotated rounds")
    ap.add_argument("--note", default="")
    args = ap.parse_args()

    sizes = parse_sizes(args.sizes)
    if args.with_100k and 100000 not in sizes:
        sizes.append(100000)
    sizes.sort(key=size_order)
    if args.hugo is None:
        args.hugo = shutil.which("hugo") is not None
        if not args.hugo:
            log("hugo is not installed (apt-get install -y hugo): tinta only, no ratios")
    elif args.hugo and shutil.which("hugo") is None:
        sys.exit("bench: --hugo needs Debian's hugo (apt-get install -y hugo)")
    modes = [MAIN_MODE]
    if args.jvm_matrix:
        modes = list(MODES)
    elif args.modes:
        modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    for m in modes:
        if m not in MODES:
            sys.exit(f"bench: unknown mode {m}; known: {', '.join(MODES)}")
    java25 = None
    if any(mode_spec(m).get("java25") for m in modes):
        java25 = os.path.abspath(args.java25)
        if not os.access(os.path.join(java25, "bin", "java"), os.X_OK):
            sys.exit(f"bench: no Java 25 at {java25} (--java25 JDK)")

    cache = os.path.abspath(args.cache)
    os.makedirs(cache, exist_ok=True)
    # Two runs on one cache would delete each other's archives and output: one at a time.
    lock = open(os.path.join(cache, ".lock"), "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.seek(0)
        sys.exit(f"bench: another run uses {cache} ({lock.read().strip() or 'pid unknown'}); "
                 "wait for it or pass --cache DIR")
    lock.truncate(0)
    lock.write(f"pid {os.getpid()}, started {time.strftime('%H:%M:%S')}\n")
    lock.flush()
    started = datetime.datetime.now()
    warn = check_launcher()
    if warn:
        log("WARNING: " + warn)
    built = os.path.abspath(args.jar) if args.jar else build_jar(cache)
    launcher, jar = install_copy(cache, built)
    kit = copy_kit(cache)
    os.makedirs(os.path.join(cache, "sites"), exist_ok=True)
    static = static_files(cache) if STATIC in sizes else None
    sites = {}
    for size in sizes:
        c = corpus(kit, size_n(size))
        extra = static if size == STATIC else None
        sites[("tinta", size)] = tinta_site(cache, kit, size, c, extra)
        if args.hugo and size_n(size) <= 10000:
            sites[("hugo", size)] = hugo_site(kit, size, c, extra)
    # the converted comments must all parse: check the largest site up to 10,000 posts
    numeric = [n for n in sizes if n != STATIC]
    n_check = max([n for n in numeric if n <= 10000] or numeric or [STATIC], key=size_order)
    comments_check = check_comments(
        jar, sites[("tinta", n_check)],
        os.path.join(kit, "corpora", f"c{size_n(n_check)}", "manifest.tsv"))

    # The launcher's start-up caches, made as a user's first command makes them (untimed).
    site0 = sites[("tinta", sizes[0])]
    caches, first_launch = startup_caches(
        cache, launcher, jar, site0,
        java25 if any(mode_spec(m).get("java25") and mode_spec(m).get("launcher")
                      for m in modes) else None)
    archives = dict(caches)
    flags_text = " ".join(" ".join(mode_spec(m).get("flags", [])) for m in modes)
    if "{cds_version}" in flags_text:
        archives["cds_version"] = record_archive(
            "java", jar, os.path.join(cache, "cds", "from-version.jsa"), ["--version"])
    if "{cds25}" in flags_text:
        archives["cds25"] = record_archive(
            os.path.join(java25, "bin", "java"), jar, os.path.join(cache, "cds", "java25.jsa"),
            ["startup-training"])
    if "{aot}" in flags_text:  # an AOT cache for C2 (the launcher's is recorded with C1 only)
        out = os.path.join(cache, "cds", "java25-c2.aot")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if os.path.exists(out):
            os.remove(out)
        subprocess.run([os.path.join(java25, "bin", "java"), "-Xlog:cds=off", "-Xlog:aot=off",
                        f"-XX:AOTCacheOutput={out}"] + LAUNCHER_GC
                       + ["-XX:MaxTenuringThreshold=0", "-XX:InitialRAMPercentage=4", "-jar",
                          jar, "startup-training"], check=True, capture_output=True)
        archives["aot"] = out
    for size in sizes if "{cds_build}" in flags_text else []:
        # recorded from one clean build of the very site that is timed
        site = sites[("tinta", size)]
        out = os.path.join(cache, "cds", f"from-build-{size_key(size)}.jsa")
        shutil.rmtree(os.path.join(site, "site-output"), ignore_errors=True)
        archives[f"cds_build_{size_key(size)}"] = record_archive(
            "java", jar, out, ["build", "--site", "."], cwd=site)

    java_version = subprocess.run(["java", "-version"], capture_output=True,
                                  text=True).stderr.splitlines()[0]
    if java25:
        java_version += "; java25 modes: " + subprocess.run(
            [os.path.join(java25, "bin", "java"), "-version"], capture_output=True,
            text=True).stderr.splitlines()[0]
    hugo_version = sh(["hugo", "version"]).split()[1] if args.hugo else ""
    commit = sh(["git", "rev-parse", "--short=12", "HEAD"], cwd=REPO).strip()
    dirty = len(sh(["git", "status", "--porcelain", "--", "src", "templates", "pom.xml"],
                   cwd=REPO).splitlines())
    load0 = open("/proc/loadavg").read().split()[:3]

    results = []  # dicts: tool, mode, n (a size), s (summary), rows, html, files, stdout
    trash = os.path.join(cache, "trash")
    base_env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    for n in sizes:
        jobs = []
        if args.hugo and ("hugo", n) in sites:
            site = sites[("hugo", n)]
            jobs.append({"tool": "hugo", "mode": "hugo", "n": n,
                         "name": f"hugo N={size_label(n)}",
                         "cmd": [os.path.join(kit, "build.sh"), "hugo", site], "cwd": site,
                         "env": None, "trash": os.path.join(kit, "trash"), "out": "public"})
        for mode in modes:
            site = sites[("tinta", n)]
            spec = mode_spec(mode)
            env = base_env | {"TRASH": trash,
                              "TINTA_CACHE_DIR": os.path.join(cache, "startup-cache")}
            env |= spec.get("env", {})
            if spec.get("java25"):
                env["JAVA_HOME"] = java25
                env["JAVA"] = os.path.join(java25, "bin", "java")
            if spec.get("launcher"):
                cmd = [os.path.join(BENCH, "tinta-build.sh"), site, launcher]
            else:
                subst = archives | {"cds_build": archives.get(f"cds_build_{size_key(n)}", "")}
                cmd = [os.path.join(BENCH, "tinta-build.sh"), site, jar] + [
                    f.format(**subst) for f in spec["flags"]]
            jobs.append({"tool": "tinta", "mode": mode, "n": n,
                         "name": f"tinta {mode} N={size_label(n)}",
                         "cmd": cmd, "cwd": site, "env": env, "trash": trash,
                         "out": "site-output",
                         "daemons": os.path.join(cache, "startup-cache", "daemons")
                         if spec.get("launcher") and "env" not in spec else None})
        log(f"N={size_label(n)}: {', '.join(j['name'] for j in jobs)}; {args.runs} runs after "
            f"{args.warmup} warm-up{', interleaved' if args.interleave else ''}")
        measure(jobs, args)
        for job in jobs:
            html, files = count_output(job["cwd"], job["out"])
            results.append({"tool": job["tool"], "mode": job["mode"], "n": n,
                            "s": summarize(job["rows"]), "rows": job["rows"], "html": html,
                            "files": files, "stdout": job["stdout"]})
    empty_trash()
    stop_daemons(launcher, base_env | {"TINTA_CACHE_DIR": os.path.join(cache, "startup-cache")})

    profile_md = ""
    if args.profile:
        sys.dont_write_bytecode = True  # no __pycache__ in the repo
        import profile_build
        profile_md = profile_build.profile(jar, sites[("tinta", sizes[-1])], archives["cds"],
                                           [f.format(**archives) for f in LAUNCHER_FLAGS],
                                           os.path.join(cache, "profile"), trash)

    report = render(args, sizes, modes, results, jar, java_version, hugo_version, commit, dirty,
                    load0, started, first_launch, comments_check, warn, profile_md, archives)
    print()
    print(report["text"])
    if profile_md:
        print()
        print(profile_md)
    if not args.no_results:
        os.makedirs(os.path.join(BENCH, "results"), exist_ok=True)
        path = os.path.join(BENCH, "results", started.strftime("%Y-%m-%d-%H%M%S") + ".md")
        with open(path, "w") as f:
            f.write(report["md"])
        log(f"results: {os.path.relpath(path, REPO)}")
    if report["regressions"] and args.fail_on_regression:
        sys.exit(1)


def describe_mode(mode, archives):
    spec = mode_spec(mode)
    java = "Java 25" if spec.get("java25") else "java on PATH"
    if spec.get("launcher"):
        return f"{mode}: `bin/tinta` ({java})"
    flags = " ".join(spec["flags"]) or "(none)"
    return f"{mode}: `{flags}` ({java})"


# The goals of issue #16: tinta wall / Hugo wall, paired in one run.
GOALS = {1: 3.0, 100: 2.0, 1000: 1.0, 10000: 0.8, STATIC: 1.0}


def render(args, sizes, modes, results, jar, java_version, hugo_version, commit, dirty, load0,
           started, first_launch, comments_check, warn, profile_md, archives):
    by = {(r["mode"], r["n"]): r for r in results}
    lines = []
    lines.append("| tool | JVM mode | N | median wall s (min–max) | median cpu s | peak RSS MiB "
                 "| HTML files | pages/s | µs/post | others' cores | runs |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in sorted(results, key=lambda r: (size_order(r["n"]), r["tool"] != "hugo",
                                            modes.index(r["mode"]) if r["mode"] in modes else -1)):
        s = r["s"]
        pps = r["html"] / s["wall"]["med"]
        noisy = f" ({s['noisy']} noisy)" if s["noisy"] else ""
        lines.append(f"| {r['tool']} | {r['mode'] if r['tool'] == 'tinta' else hugo_version} "
                     f"| {size_label(r['n'])} | {fmt_s(s['wall'])} | {s['cpu']['med']:.3f} "
                     f"| {s['rss']['med']:.0f} | {r['html']:,} | {pps:,.0f} "
                     f"| {s['wall']['med'] / size_n(r['n']) * 1e6:,.0f} | {s['bg']['med']:.2f} "
                     f"| {s['runs']}{noisy} |")
    table = "\n".join(lines)

    # tinta (the launcher) against Hugo: medians, the goal, and the ratio of each round (with
    # interleaving, run i of both rows ran in round i, so a round's ratio is free of the
    # machine's drift between rounds; their median is the figure to hold against the goal)
    ratio = []
    if args.hugo:
        ratio.append("| N | tinta wall s | Hugo wall s | tinta/Hugo wall | goal | met "
                     "| per-round ratios | tinta/Hugo cpu | tinta/Hugo RSS "
                     "| tinta/Hugo HTML files |")
        ratio.append("|---:|---:|---:|---:|---:|---|---|---:|---:|---:|")
        for n in sizes:
            t, h = by.get((MAIN_MODE, n)), by.get(("hugo", n))
            if t and h:
                ts, hs = t["s"], h["s"]
                rounds = [a["wall"] / b["wall"] for a, b in zip(t["rows"], h["rows"])]
                paired_med = statistics.median(rounds) if args.interleave else None
                r = ts["wall"]["med"] / hs["wall"]["med"]
                goal = GOALS.get(n)
                held = paired_med if paired_med is not None else r
                met = "" if goal is None else ("yes" if held <= goal else "**no**")
                ratio.append(f"| {size_label(n)} | {ts['wall']['med']:.3f} "
                             f"| {hs['wall']['med']:.3f} "
                             f"| **{r:.2f}** (paired {held:.2f}) "
                             f"| {'' if goal is None else f'≤ {goal:.1f}'} | {met} "
                             f"| {', '.join(f'{x:.2f}' for x in rounds)} "
                             f"| {ts['cpu']['med'] / hs['cpu']['med']:.2f} "
                             f"| {ts['rss']['med'] / hs['rss']['med']:.2f} "
                             f"| {t['html']:,} / {h['html']:,} |")

    # Paired ratios of every other row against the main mode, per round.
    paired = []
    if args.interleave:
        for n in sizes:
            main_r = by.get((MAIN_MODE, n))
            for r in results:
                if r["n"] != n or r is main_r or main_r is None:
                    continue
                q = [a["wall"] / b["wall"] for a, b in zip(r["rows"], main_r["rows"])]
                c = [a["cpu"] / b["cpu"] for a, b in zip(r["rows"], main_r["rows"])]
                if q:
                    name = "Hugo" if r["tool"] == "hugo" else r["mode"]
                    paired.append(f"- N={size_label(n)}: {name}/{MAIN_MODE} wall "
                                  f"{statistics.median(q):.2f}, cpu {statistics.median(c):.2f} "
                                  "(rounds: " + ", ".join(f"{x:.2f}" for x in q) + ")")

    # time per post: whole-process µs/post, and the marginal cost between consecutive sizes
    per_post = []
    for mode in modes:
        ns = [n for n in sizes if (mode, n) in by and n != STATIC]
        if len(ns) < 2:
            continue
        parts = []
        for a, b in zip(ns, ns[1:]):
            wa, wb = by[(mode, a)]["s"]["wall"]["med"], by[(mode, b)]["s"]["wall"]["med"]
            parts.append(f"{a:,}→{b:,}: {(wb - wa) / (b - a) * 1e6:,.0f} µs/post")
        flat = ""
        big = [n for n in ns if n >= 1000]
        if len(big) >= 2:
            lo, hi = big[0], big[-1]
            ulo = by[(mode, lo)]["s"]["wall"]["med"] / lo * 1e6
            uhi = by[(mode, hi)]["s"]["wall"]["med"] / hi * 1e6
            flat = (f"; whole-build µs/post {lo:,}: {ulo:,.0f}, {hi:,}: {uhi:,.0f} "
                    f"({(uhi / ulo - 1) * 100:+.0f}%)")
        per_post.append(f"- {mode}: marginal " + ", ".join(parts) + flat)

    # baseline comparison (tinta rows only)
    jar_sha = sha(jar)[:12]
    base = read_baseline()
    verdicts, regressions, changed = [], [], False
    today = started.strftime("%Y-%m-%d")
    for r in results:
        if r["tool"] != "tinta":
            continue
        key = (r["mode"], size_key(r["n"]))
        s = r["s"]
        row = [r["mode"], size_key(r["n"]), f"{s['wall']['med']:.3f}", f"{s['cpu']['med']:.3f}",
               f"{s['rss']['med']:.0f}", str(r["html"]), today, commit + ("+dirty" if dirty else ""),
               jar_sha, f"{s['wall']['min']:.3f}"]
        if key in base:
            bw, bc = float(base[key][2]), float(base[key][3])
            dw = s["wall"]["med"] / bw - 1
            dc = s["cpu"]["med"] / bc - 1
            what = (f"tinta {r['mode']} N={size_label(r['n'])}: median wall {s['wall']['med']:.3f} s vs "
                    f"baseline {bw:.3f} s ({dw * 100:+.1f}%), cpu {s['cpu']['med']:.3f} s vs "
                    f"{bc:.3f} s ({dc * 100:+.1f}%)")
            if len(base[key]) > 9:  # the fastest run too: noise only ever adds time
                bm = float(base[key][9])
                what += f", fastest run {s['wall']['min']:.3f} s vs {bm:.3f} s ({(s['wall']['min'] / bm - 1) * 100:+.1f}%)"
            what += f" [baseline {base[key][6]} {base[key][7]}]"
            if dw > REGRESSION:
                line = "REGRESSION: " + what
                regressions.append(line)
            elif dw < -REGRESSION:
                line = "FASTER: " + what + (" (baseline updated)" if args.update_baseline
                                            else " (--update-baseline to keep it)")
            else:
                line = "ok: " + what
            verdicts.append(line)
            if args.update_baseline:
                base[key] = row
                changed = True
        else:
            verdicts.append(f"new baseline row: tinta {r['mode']} N={size_label(r['n'])}"
                            + (" (not written)" if args.no_results or args.no_baseline else ""))
            base[key] = row
            changed = True
    if changed and not (args.no_results or args.no_baseline):
        write_baseline(base)

    load1 = open("/proc/loadavg").read().split()[:3]
    env = [f"- date: {started:%Y-%m-%d %H:%M}; commit {commit}"
           + (f" with {dirty} uncommitted changes under src/, templates/, pom.xml" if dirty else ""),
           f"- jar: {jar} (sha256 {sha(jar)[:12]}, {os.path.getsize(jar) / 1e6:.1f} MB); {java_version}"
           + (f"; hugo {hugo_version}" if hugo_version else ""),
           f"- machine: {NCPU} cores, load average {' '.join(load0)} at start, {' '.join(load1)} "
           "at end; 'others' cores' = CPU the rest of the machine used during the run",
           f"- method: {args.runs} counted runs after {args.warmup} warm-up per row"
           + (" (interleaved: rounds of every row, order rotated)" if args.interleave else "")
           + "; clean full "
           "builds (previous output renamed away first, untimed sync before each run, old outputs deleted only after the last run); a run while "
           f"others used > {args.noisy_cores} cores was repeated (at most 2x runs); "
           "wall/cpu/peak RSS from wait4 of the whole command (sh + rename + exec)",
           "- tinta invoked as `bench/tinta-build.sh SITE LAUNCHER` = `bin/tinta build --site .` "
           "(mode launcher: the install's launcher, its start-up cache made by one untimed first "
           "run) or `bench/tinta-build.sh SITE JAR FLAGS` = `java FLAGS -jar JAR build --site .`; "
           "modes: " + "; ".join(describe_mode(m, archives) for m in modes),
           f"- comments check (`tinta comments list`): {comments_check}"]
    for key, secs in first_launch.items():
        env.append(f"- first launch of the launcher ({'Java 25' if key != 'cds' else 'java on PATH'};"
                   f" makes its start-up cache {archives.get(key, '')}, then builds "
                   f"N={size_label(sizes[0])}): {secs:.3f} s wall")
    if warn:
        env.append(f"- WARNING: {warn}")
    if args.note:
        env.append(f"- note: {args.note}")

    raw = ["| tool/mode | N | run | wall s | cpu s | user s | sys s | peak MiB | others' cores | "
           "last stdout |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        for k, row in enumerate(r["rows"], 1):
            raw.append(f"| {r['mode']} | {size_label(r['n'])} | {k} | {row['wall']:.3f} | {row['cpu']:.3f} "
                       f"| {row['user']:.3f} | {row['sys']:.3f} | {row['rss']:.0f} | {row['bg']:.2f} "
                       f"| {' '.join(r['stdout']) if k == len(r['rows']) else ''} |")

    text = "\n".join([table, ""] + ratio + [""]
                     + (["Paired ratios (same round):"] + paired + [""] if paired else [])
                     + ["Time per post:"] + per_post + [""] + verdicts)
    md = "\n".join(
        [f"# tinta build benchmark, {started:%Y-%m-%d %H:%M}", ""] + env
        + ["", "## Clean full builds (medians)", "", table, ""]
        + (["## tinta / Hugo (JVM mode: " + MAIN_MODE + ")", ""] + ratio + [""] if ratio else [])
        + (["## Paired ratios (interleaved rounds)", "",
            "Run i of every row ran in round i; the median of the per-round ratios is free of "
            "the machine's drift between rounds.", ""] + paired + [""] if paired else [])
        + ["## Time per post", ""] + per_post + ["", "## Against bench/baseline.tsv", ""]
        + [f"- {v}" for v in verdicts] + ["", "## Every counted run", ""] + raw + [""]
        + ([profile_md] if profile_md else []))
    return {"text": text, "md": md, "regressions": regressions}


if __name__ == "__main__":
    main()
