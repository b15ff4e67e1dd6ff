#!/usr/bin/env python3
"""Where a tinta build spends its time: one clean build under Java Flight Recorder.

usage: profile_build.py JAR SITE [OUTDIR] [JVM_FLAG ...]     (bench/run.sh --profile calls profile())

Records with `-XX:StartFlightRecording=settings=profile` (Java samples every 10 ms, native-method
samples every 20 ms) and reads the recording back with the JDK's `jfr print --json`. Prints
markdown: samples by build stage (the innermost tinta frame that names one), hottest methods by
self and by inclusive samples, native (I/O) samples, GC pauses and JIT compilation time.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))

# Build stages, recognised by a frame in the stack; the innermost match wins (so a template
# rendering Markdown for a comment counts as Markdown, and SiteBuilder.build as "other").
STAGES = [
    ("config", "dev.tinta.config.ConfigLoader."),
    ("template setup", "dev.tinta.templates.TemplateRenderer.create"),
    ("read + front matter", "dev.tinta.content."),
    ("markdown", "dev.tinta.markdown.MarkdownRenderer."),
    ("html passes (jsoup)", "dev.tinta.html."),
    ("comments", "dev.tinta.comments."),
    ("page plan", "dev.tinta.pipeline.PagePlan."),
    ("templates (FreeMarker)", "dev.tinta.templates.TemplateRenderer.render"),
    ("feeds + sitemap", "dev.tinta.feeds."),
    ("static files", "dev.tinta.pipeline.StaticFiles."),
    ("write output", "dev.tinta.output."),
    ("cli", "dev.tinta.cli."),
    ("other tinta", "dev.tinta."),
    ("cli (picocli)", "picocli."),
]


def frame_name(f):
    m = f["method"]
    return f"{m['type']['name'].replace('/', '.')}.{m['name']}"


def events(jfr, kinds):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", ",".join(kinds), jfr],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def duration_ms(v):
    # jfr --json writes durations as ISO-8601 strings ("PT0.012S") or numbers (ns)
    if isinstance(v, (int, float)):
        return v / 1e6
    if isinstance(v, str) and v.startswith("PT") and v.endswith("S"):
        return float(v[2:-1]) * 1000
    return 0.0


def stage_of(names):
    for name in names:  # innermost (top of stack) first
        for stage, prefix in STAGES:
            if name.startswith(prefix):
                return stage
    return "JVM / outside tinta frames"


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * (len(head) - 1) + "---:|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def analyse(jfr, stdout_line=""):
    samples = [e["values"] for e in events(jfr, ["jdk.ExecutionSample"])]
    native = [e["values"] for e in events(jfr, ["jdk.NativeMethodSample"])]
    gcs = [e["values"] for e in events(jfr, ["jdk.GarbageCollection"])]
    comp = [e["values"] for e in events(jfr, ["jdk.Compilation"])]
    gcconf = events(jfr, ["jdk.GCConfiguration"])
    n = len(samples) or 1

    stage, self_c, incl, pkg, ours = (collections.Counter() for _ in range(5))
    for s in samples:
        names = [frame_name(f) for f in (s.get("stackTrace") or {}).get("frames", [])]
        if not names:
            continue
        stage[stage_of(names)] += 1
        self_c[names[0]] += 1
        top = names[0].split(".")
        pkg[".".join(top[:3]) if top[0] in ("org", "com", "dev") else ".".join(top[:2])] += 1
        for name in set(names):
            if "$$Lambda" not in name:
                incl[name] += 1
        mine = [x for x in names if x.startswith("dev.tinta.") and "$$Lambda" not in x]
        ours[mine[0] if mine else "(no tinta frame)"] += 1
    nat_stage, nat_self = collections.Counter(), collections.Counter()
    for s in native:
        names = [frame_name(f) for f in (s.get("stackTrace") or {}).get("frames", [])]
        if names:
            nat_stage[stage_of(names)] += 1
            nat_self[names[0]] += 1

    pct = lambda c: f"{c / n * 100:.1f}%"
    md = [f"### Profile: {os.path.basename(jfr)}", ""]
    if stdout_line:
        md += [f"tinta said: `{stdout_line}`", ""]
    md += [f"{len(samples)} Java execution samples (threads running Java code; ~10 ms period per "
           f"thread), {len(native)} native-method samples (threads in native code: file I/O, "
           "waits).", ""]
    md += ["By build stage (innermost tinta frame):", "",
           table(["stage", "Java samples", "share", "native samples"],
                 [(k, v, pct(v), nat_stage.get(k, 0)) for k, v in stage.most_common()]), ""]
    md += ["Innermost tinta frame (the tinta code that is running, or calling the library that is):",
           "", table(["method", "samples", "share"],
                     [(f"`{k}`", v, pct(v)) for k, v in ours.most_common(15)]), ""]
    md += ["Top of stack by package:", "",
           table(["package", "samples", "share"],
                 [(k, v, pct(v)) for k, v in pkg.most_common(12)]), ""]
    md += ["Hottest methods, self (top of stack):", "",
           table(["method", "samples", "share"],
                 [(f"`{k}`", v, pct(v)) for k, v in self_c.most_common(20)]), ""]
    md += ["Hottest methods, inclusive (anywhere on the stack; library and tinta frames):", "",
           table(["method", "samples", "share"],
                 [(f"`{k}`", v, pct(v)) for k, v in incl.most_common(60)
                  if not k.startswith(("java.lang.Thread.", "java.util.concurrent.",
                                       "java.util.stream.", "java.util.Spliterator"))][:30]), ""]
    md += ["Native-method samples, top of stack:", "",
           table(["method", "samples"], nat_self.most_common(8)), ""]
    if gcs:
        pauses = [duration_ms(g.get("sumOfPauses")) for g in gcs]
        names = collections.Counter(g.get("name", "?") for g in gcs)
        conf = gcconf[0]["values"] if gcconf else {}
        md += [f"GC: {len(gcs)} collections ({', '.join(f'{k} {v}' for k, v in names.items())}; "
               f"young {conf.get('youngCollector', '?')}, old {conf.get('oldCollector', '?')}), "
               f"pauses total {sum(pauses):.0f} ms, longest {max(pauses):.0f} ms.", ""]
    if comp:
        total = sum(duration_ms(c.get("duration")) for c in comp)
        tiers = collections.Counter(c.get("compileLevel") for c in comp)
        md += [f"JIT: {len(comp)} compilations above JFR's 100 ms threshold, {total:.0f} ms of "
               f"compiler-thread time (by tier: {dict(sorted(tiers.items()))}).", ""]
    return "\n".join(md)


def profile(jar, site, cds, flags, outdir, trash):
    """One clean build with JFR (flags: the JVM mode being profiled); returns markdown."""
    os.makedirs(outdir, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    jfr = os.path.join(outdir, f"build-{os.path.basename(site)}-{stamp}.jfr")
    gclog = os.path.join(outdir, f"gc-{os.path.basename(site)}-{stamp}.log")
    rec = [f"-XX:StartFlightRecording=filename={jfr},settings=profile,dumponexit=true",
           f"-Xlog:gc:file={gclog}", "-Xlog:jfr+startup=off",
           "-XX:FlightRecorderOptions:stackdepth=512"]
    print(f"[{time.strftime('%H:%M:%S')}] profile: {' '.join(flags + rec)} on {site}", flush=True)
    t0 = time.monotonic()
    r = subprocess.run([os.path.join(BENCH, "tinta-build.sh"), site, jar] + flags + rec,
                       capture_output=True, text=True, env=os.environ | {"TRASH": trash})
    wall = time.monotonic() - t0
    shutil.rmtree(trash, ignore_errors=True)
    if r.returncode != 0:
        return f"### Profile failed\n\n```\n{r.stderr[-2000:]}\n```\n"
    line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    md = analyse(jfr, line)
    return (f"## Profile (one build under JFR, {wall:.1f} s wall with recording; "
            f"flags `{' '.join(flags)}`)\n\nRecording: {jfr}; GC log: {gclog}\n\n" + md)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    jar, site = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    outdir = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else "/tmp/tinta-bench/profile"
    flags = sys.argv[4:]
    print(profile(jar, site, "", flags, outdir, os.path.join(outdir, "trash")))


if __name__ == "__main__":
    main()
