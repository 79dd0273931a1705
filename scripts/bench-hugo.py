#!/usr/bin/python3
"""Side by side with Hugo: the same synthetic chapters built by `yearbook build` and by Debian's
`hugo`, timed as whole processes by hyperfine in one run, with each one's peak memory.

`yearbook-bench` writes the sites first (`<work>/compare-<N>/Content` and `<work>/compare-<N>/hugo`:
the same Markdown text, tables as Markdown tables on the Hugo side, the same navigation in the
layout, charts left out of both). `make bench` runs both.

usage: scripts/bench-hugo.py [--work .build/bench] [--yearbook .build/release/yearbook]
                             [--templates Templates] [--sizes 10,100,1000] [--runs 10]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys


def peak_rss_kib(command):
    """Runs `command` once (output discarded) and returns (exit status, its ru_maxrss in KiB)."""
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(command, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, usage.ru_maxrss


def count_files(folder):
    files = 0
    size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size


def hyperfine(commands, runs, warmup, export):
    argv = ["hyperfine", "--shell=none", "--warmup", str(warmup), "--runs", str(runs), "--export-json", export, "--style", "basic"]
    for name, command in commands:
        argv += ["--command-name", name, " ".join(command)]
    subprocess.run(argv, check=True, stdout=sys.stderr)
    with open(export) as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default=".build/bench")
    parser.add_argument("--yearbook", default=".build/release/yearbook")
    parser.add_argument("--templates", default="Templates")
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for tool in ["hugo", "hyperfine"]:
        if shutil.which(tool) is None:
            sys.exit(f"bench-hugo: {tool} is not installed (apt-get install {tool})")
    work = os.path.abspath(args.work)
    yearbook = os.path.abspath(args.yearbook)
    templates = os.path.abspath(args.templates)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()

    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = f"{work}/compare-{size}"
        if not os.path.isdir(f"{folder}/hugo"):
            sys.exit(f"bench-hugo: {folder} is missing; run yearbook-bench first")
        yb_out = f"{folder}/yearbook-out"
        hugo_out = f"{folder}/hugo-out"
        shutil.rmtree(hugo_out, ignore_errors=True)
        yb = [yearbook, "build", "--content", f"{folder}/Content", "--templates", templates, "--output", yb_out]
        hg = ["hugo", "--source", f"{folder}/hugo", "--destination", hugo_out, "--quiet"]
        # Fewer runs for the big sizes: each takes seconds.
        runs = args.runs if size <= 10 else max(5, args.runs // 2) if size <= 100 else 3
        warmup = 2 if size <= 100 else 1
        results = hyperfine([(f"yearbook {size}", yb), (f"hugo {size}", hg)], runs, warmup, f"{folder}/hyperfine.json")
        yb_status, yb_rss = peak_rss_kib(yb)
        hg_status, hg_rss = peak_rss_kib(hg)
        if yb_status != 0 or hg_status != 0:
            sys.exit(f"bench-hugo: a build failed at size {size} (yearbook {yb_status}, hugo {hg_status})")
        yb_files = count_files(yb_out)
        hg_files = count_files(hugo_out)
        yb_ms = results[f"yearbook {size}"]["median"] * 1000
        hg_ms = results[f"hugo {size}"]["median"] * 1000
        rows.append((size, yb_ms, hg_ms, yb_rss, hg_rss, yb_files, hg_files))

    out = []
    out.append(f"### Side by side with Hugo ({hugo_version.split(' BuildDate')[0]})\n")
    out.append("Same synthetic chapters, both languages, charts left out of both (Hugo has none); whole processes timed")
    out.append("by hyperfine in one run (median), peak memory from wait4's ru_maxrss.\n")
    out.append("| chapters ×2 | yearbook ms | hugo ms | hugo ÷ yearbook | yearbook peak MiB | hugo peak MiB | hugo ÷ yearbook memory | output files yearbook / hugo | output MiB yearbook / hugo |")
    out.append("|:--|--:|--:|--:|--:|--:|--:|--:|--:|")
    for size, yb_ms, hg_ms, yb_rss, hg_rss, yb_files, hg_files in rows:
        out.append(
            f"| {size} | {yb_ms:.1f} | {hg_ms:.1f} | {hg_ms / yb_ms:.1f} × | {yb_rss / 1024:.1f} | {hg_rss / 1024:.1f} | {hg_rss / yb_rss:.1f} × "
            f"| {yb_files[0]} / {hg_files[0]} | {yb_files[1] / 1048576:.1f} / {hg_files[1] / 1048576:.1f} |"
        )
    out.append("")
    out.append("| target | measured | met |")
    out.append("|:--|--:|--:|")
    for size, yb_ms, hg_ms, yb_rss, hg_rss, _, _ in rows:
        if size in (100, 1000):
            out.append(f"| {size} chapters at least 3 × faster than Hugo | {hg_ms / yb_ms:.1f} × | {'yes' if hg_ms >= 3 * yb_ms else 'no'} |")
        if size == 1000:
            out.append(f"| peak memory at 1000 chapters under ¼ of Hugo's | {yb_rss / 1024:.0f} vs {hg_rss / 1024:.0f} MiB | {'yes' if 4 * yb_rss < hg_rss else 'no'} |")
    text = "\n".join(out) + "\n"
    print(text)
    with open(f"{work}/hugo.md", "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
