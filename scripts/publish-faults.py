#!/usr/bin/python3
"""The published site is whole at every instant: `yearbook build` killed and raced, with a reader.

usage: python3 scripts/publish-faults.py [--binary PATH] [--kills 60] [--pairs 12] [--work DIR]

What it does, so the result can be reproduced:
  1. copies Content/ into two folders of --work (default: a fresh temporary folder), A as it is
     and B with a marker added to the report's title, which every page shows; builds A once;
  2. starts a reader thread that, until the end, (a) opens Output/index.html and
     Output/zh/overview.html by path, as a web server does, counting every time one is
     missing, and (b) opens the Output folder once and reads both pages through that one
     folder, counting every time they come from different builds (a mix);
  3. --kills times: starts a build of A or B in turn and kills it with SIGKILL after a random
     delay between 0 and 1.2 times a normal build's duration, so kills land in every phase
     (reading, rendering, staging, swapping, removing the old site);
  4. runs one build to the end and checks that no staging folder of any killed build is left
     beside Output/;
  5. --pairs times: starts a build of A and one of B at the same moment and waits for both:
     both must exit 0 and Output/ must then hold the pages of one build only;
  6. prints the counts and exits 1 if any page was missing, any read was a mix, a staging
     folder was left, or a pair left a mixed site; 0 otherwise.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

MARKER = "VARIANT-B"
PAGES = ["index.html", "zh/overview.html"]


def variant(text):
    return "B" if MARKER in text else "A"


class Reader(threading.Thread):
    def __init__(self, output):
        super().__init__(daemon=True)
        self.output = output
        self.stop = False
        self.reads = 0
        self.missing = []
        self.mixes = []
        self.raced = 0

    def run(self):
        while not self.stop:
            self.reads += 1
            for page in PAGES:
                try:
                    with open(os.path.join(self.output, page), "rb") as f:
                        f.read(64)
                except FileNotFoundError:
                    self.missing.append(page)
            try:
                folder = os.open(self.output, os.O_RDONLY | os.O_DIRECTORY)
            except FileNotFoundError:
                self.missing.append("Output/")
                continue
            try:
                seen = []
                for page in PAGES:
                    fd = os.open(page, os.O_RDONLY, dir_fd=folder)
                    with os.fdopen(fd, "rb") as f:
                        seen.append(variant(f.read().decode("utf-8", "replace")))
                if len(set(seen)) > 1:
                    self.mixes.append(seen)
            except FileNotFoundError:
                # The folder was swapped out and is being removed: a reader by path is
                # already in the new one.
                self.raced += 1
            finally:
                os.close(folder)


def build(binary, content, templates, output):
    return subprocess.Popen(
        [binary, "build", "--content", content, "--templates", templates, "--output", output],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def leftovers(work):
    return sorted(n for n in os.listdir(work) if n.startswith(".Output.staging-") or n.startswith(".Output.old-"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/yearbook")
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument("--work")
    args = parser.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = os.path.abspath(args.binary)
    work = args.work or tempfile.mkdtemp(prefix="yearbook-faults-")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    templates = os.path.join(repo, "Templates")
    content = {}
    for name in "AB":
        content[name] = os.path.join(work, "Content-" + name)
        shutil.copytree(os.path.join(repo, "Content"), content[name])
    site = os.path.join(content["B"], "site.yaml")
    with open(site, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("zh: 2020全国技术市场统计年报", "zh: 2020全国技术市场统计年报 " + MARKER, 1)
    text = text.replace("en: Annual Report on Statistics of China Technology Market 2020",
                        "en: Annual Report on Statistics of China Technology Market 2020 " + MARKER, 1)
    with open(site, "w", encoding="utf-8") as f:
        f.write(text)
    output = os.path.join(work, "Output")
    random.seed(2019)

    started = time.time()
    first = build(binary, content["A"], templates, output)
    if first.wait() != 0:
        print(first.stderr.read().decode(), file=sys.stderr)
        return 1
    duration = time.time() - started
    reader = Reader(output)
    reader.start()
    failures = []

    for i in range(args.kills):
        process = build(binary, content["AB"[i % 2]], templates, output)
        time.sleep(random.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
    left_after_kills = leftovers(work)
    final = build(binary, content["A"], templates, output)
    if final.wait() != 0:
        failures.append("the build after the kills failed: " + final.stderr.read().decode())
    left = leftovers(work)
    if left:
        failures.append(f"staging folders left after the next build: {left}")

    mixed_pairs = 0
    for i in range(args.pairs):
        a = build(binary, content["A"], templates, output)
        b = build(binary, content["B"], templates, output)
        codes = (a.wait(), b.wait())
        if codes != (0, 0):
            failures.append(f"pair {i}: exit statuses {codes}: {a.stderr.read().decode()} {b.stderr.read().decode()}")
        variants = set()
        for folder, _, names in os.walk(output):
            for name in names:
                if name.endswith(".html"):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        variants.add(variant(f.read()))
        if len(variants) > 1:
            mixed_pairs += 1
    reader.stop = True
    reader.join()

    if reader.missing:
        failures.append(f"a page was missing {len(reader.missing)} times: {sorted(set(reader.missing))}")
    if reader.mixes:
        failures.append(f"a read through one folder mixed two builds {len(reader.mixes)} times")
    if mixed_pairs:
        failures.append(f"{mixed_pairs} of {args.pairs} concurrent pairs left a mixed site")
    print(f"publish faults: {args.kills} builds killed (staging left before the next build: {len(left_after_kills)}), "
          f"{args.pairs} concurrent pairs, {reader.reads} reads "
          f"({reader.raced} of a folder being removed), build {duration * 1000:.0f} ms")
    for failure in failures:
        print("FAIL: " + failure)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    print("publish faults: " + ("FAILED" if failures else "none found"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
