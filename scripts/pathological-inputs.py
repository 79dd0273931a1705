#!/usr/bin/python3
"""Times `yearbook check` (and `build`) on a copy of the content folder whose English overview
chapter ends with one of libcmark's pathological inputs (its test/pathological_tests.py, and a
few more), and prints each run's exit status, wall time, peak memory (maximum resident set
size) and first finding.

    scripts/pathological-inputs.py [--binary .build/release/yearbook] [--repetitions 50000] [--build]

Every input must end within seconds in bounded memory, with exit status 0 (it is read as
Markdown) or 1 (refused with a finding at its line); a crash or a timeout is reported as such
and makes the script exit 1.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60


def cases(n: int) -> dict[str, str]:
    """The inputs, `n` repetitions each (the nested lists by indentation take n lines' worth
    of their quadratic size: 1,000 levels)."""
    return {
        "nested block quotes": "> " * n + "a",
        "nested block quotes, no spaces": ">" * n + "a",
        "emphasis in deep block quotes": ">" * n + "a*" * n,
        "nested lists on one line": "- " * n + "x",
        "nested lists, blank lines": "- " * n + "x" + "\n" * n,
        "nested lists in a block quote": "> " + "- " * n + "x\n" + ">\n" * n,
        "nested ordered lists": "1. " * n + "x",
        "nested lists by indentation": "".join("  " * i + "* a\n" for i in range(1000)),
        "nested strong emphasis": "*a **a " * n + "b" + " a** a*" * n,
        "nested inlines": "*" * n + "a" + "*" * n,
        "emphasis closers without openers": "a_ " * n,
        "emphasis openers without closers": "_a " * n,
        "mismatched openers and closers": "*a_ " * n,
        "openers and closers multiple of 3": "a**b" + "c* " * n,
        "cmark issue 389": "*a " * n + "_a*_ " * n,
        "emphasis runs a*": "a*" * n,
        "emphasis runs a_": "a_" * n,
        "link closers without openers": "a]" * n,
        "link openers without closers": "[a" * n,
        "link openers and emphasis closers": "[ a_" * n,
        "nested brackets": "[" * n + "a" + "]" * n,
        "nested links": "[a " * n + "](u)" * n,
        "nested images": "![" * n + "a" + "](u)" * n,
        "pattern [ (](": "[ (](" * n,
        "pattern ![[]()": "![[]()" * n,
        "unclosed links <": "[a](<b" * n,
        "unclosed links": "[a](b" * n,
        "unclosed <": "<" * n,
        "unclosed [": "[" * n,
        "unclosed ![": "![" * n,
        "unclosed <!--": "</" + "<!--" * n,
        "nested ( in link destinations": "[a](" + "(" * n + "b" + ")" * n + ")",
        "backtick runs": "".join("e" + "`" * i for i in range(1, 2500)),
        "backtick runs, n": "`" * n + "a" + "`" * (n - 1),
        "many link reference definitions": "".join(f"[{i}]: u\n" for i in range(n)) + "[0] " * n,
        "many links on one line": "[a](b) " * n,
        "many headings": "# h\n" * n,
        "U+0000 in input": "abc\0de\0" * n,
    }


def run(command: list[str]) -> tuple[int, float, float, str]:
    """Exit status (negative: the signal), seconds, peak MiB and the refusal or first output line."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        deadline = start + TIMEOUT
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        out.seek(0)
        lines = out.read().decode(errors="replace").split("\n")
        # The refusal, if any; else the first line.
        first = next((line for line in lines if "[nesting]" in line or "[brackets]" in line), lines[0])
    code = os.waitstatus_to_exitcode(status)
    return code, seconds, usage.ru_maxrss / 1024, first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/yearbook")
    parser.add_argument("--content", default="Content")
    parser.add_argument("--templates", default="Templates")
    parser.add_argument("--repetitions", type=int, default=50_000)
    parser.add_argument("--build", action="store_true", help="time build too")
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    failed = False
    print(f"{'input':36} {'MB in':>6}  {'command':7} {'exit':>4} {'s':>6} {'peak MiB':>8}  first line")
    with tempfile.TemporaryDirectory() as folder:
        content = os.path.join(folder, "Content")
        for name, text in cases(args.repetitions).items():
            if args.only and args.only not in name:
                continue
            shutil.rmtree(content, ignore_errors=True)
            shutil.copytree(args.content, content)
            chapter = os.path.join(content, "chapters", "overview.en.md")
            with open(chapter, "a", encoding="utf-8") as f:
                f.write("\n\n" + text + "\n")
            size = os.path.getsize(chapter) / 1e6
            commands = [("check", [binary, "check", "--content", content, "--templates", args.templates])]
            if args.build:
                output = os.path.join(folder, "Output")
                commands.append(("build", [binary, "build", "--content", content, "--templates", args.templates, "--output", output]))
            for label, command in commands:
                code, seconds, peak, first = run(command)
                verdict = "" if code in (0, 1) and seconds < TIMEOUT else "  FAILED"
                failed = failed or bool(verdict)
                first = first.replace(folder, "")[:90]
                print(f"{name:36} {size:6.2f}  {label:7} {code:4} {seconds:6.2f} {peak:8.0f}  {first}{verdict}", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
