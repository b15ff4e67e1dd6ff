#!/usr/bin/env python3
"""Lay a neutral corpus from the shared kit's gen_corpus.py out as a tinta site.

usage: tinta_site.py CORPUS_DIR SITE_DIR

This is the tinta branch that the kit's adapt.py (/work/shared/bench/adapt.py) does not have.
SITE_DIR is recreated with:
  site.yaml                     the settings the kit's other sites use (see SITE_YAML)
  content/posts/<slug>.md       the corpus post, byte for byte: its front matter (title, date,
                                tags, slug) is already what tinta reads
  content/comments/<slug>.yaml  the kit's {comments: [{author, date, body}]} converted to tinta's
                                format: a top-level list of {id: c1.., author, date, status:
                                approved, body}; dates get an explicit offset ("Z" -> "+00:00",
                                none -> "+00:00": the generator writes UTC); a post without
                                comments gets "[]", so both tinta and Hugo read one data file a post
No templates/ folder: tinta uses its default theme from the jar.
"""
import json
import os
import re
import shutil
import sys

# Equivalent to the kit's Hugo config (skel/hugo/hugo.toml): base URL, en-GB, UTC, /posts/:slug/,
# 10 posts a page, 20 feed entries.
SITE_YAML = """\
# Written by bench/tinta_site.py: the kit's benchmark blog, for tinta's default theme.
title: Bench Blog
description: A synthetic blog for the build benchmark
base_url: https://blog.example.org/
language: en-GB
time_zone: UTC
author:
  name: Bench
  about: A synthetic blog from the shared benchmark kit.
permalink: /posts/:slug/
page_size: 10
feed_size: 20
"""

DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?$")


def kit_comments(text, name):
    """Parses the exact YAML the kit's generator writes; anything else is an error, not a guess."""
    if text == "comments: []\n":
        return []
    lines = text.split("\n")
    assert lines[0] == "comments:", f"{name}: unexpected first line {lines[0]!r}"
    out, cur = [], None
    for ln in lines[1:]:
        if ln.startswith("  - author: "):
            cur = {"author": json.loads(ln[len("  - author: "):]), "body": []}
            out.append(cur)
        elif ln.startswith("    date: "):
            cur["date"] = ln[len("    date: "):]
        elif ln == "    body: |-":
            pass
        elif ln.startswith("      ") or ln == "":
            cur["body"].append(ln[6:])
        else:
            raise AssertionError(f"{name}: unexpected line {ln!r}")
    for c in out:
        c["body"] = "\n".join(c["body"]).rstrip("\n")  # |- strips the final line breaks
    return out


def offset_date(d, name):
    assert DATE.match(d), f"{name}: unexpected date {d!r}"
    if d.endswith("Z"):
        return d[:-1] + "+00:00"
    if not re.search(r"[+-]\d\d:\d\d$", d):
        return d + "+00:00"
    return d


def tinta_comments(comments, name):
    if not comments:
        return "[]\n"
    out = []
    for k, c in enumerate(comments, 1):
        body = "".join(("    " + ln if ln else "") + "\n" for ln in c["body"].split("\n"))
        out.append(f"- id: c{k}\n  author: {json.dumps(c['author'], ensure_ascii=False)}\n"
                   f"  date: {offset_date(c['date'], name)}\n  status: approved\n  body: |-\n{body}")
    return "".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, site = sys.argv[1:]
    if os.path.exists(site):
        shutil.rmtree(site)
    posts = os.path.join(site, "content", "posts")
    comments = os.path.join(site, "content", "comments")
    os.makedirs(posts)
    os.makedirs(comments)
    with open(os.path.join(site, "site.yaml"), "w") as f:
        f.write(SITE_YAML)
    n_posts = n_comments = 0
    for name in sorted(os.listdir(os.path.join(corpus, "posts"))):
        slug = name[:-3]
        shutil.copyfile(os.path.join(corpus, "posts", name), os.path.join(posts, name))
        src = os.path.join(corpus, "comments", slug + ".yaml")
        with open(src) as f:
            parsed = kit_comments(f.read(), src)
        with open(os.path.join(comments, slug + ".yaml"), "w") as f:
            f.write(tinta_comments(parsed, src))
        n_posts += 1
        n_comments += len(parsed)
    print(f"{site}: {n_posts} posts, {n_comments} comments")


if __name__ == "__main__":
    main()
