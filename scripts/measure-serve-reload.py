#!/usr/bin/python3
"""Save → reloaded page with `yearbook serve`, measured in a real headless Chromium.

usage: /usr/bin/python3 scripts/measure-serve-reload.py [--binary PATH] [--runs 5] [--work DIR]

What it does, so the numbers can be reproduced:
  1. copies Content/ and Templates/ of this repository into a fresh --work folder
     (default /tmp/serve-measure) and starts `BINARY serve --port 0` on that copy;
  2. opens en/overview.html in headless Chromium (Debian's chromium and chromedriver, python3-selenium)
     and waits for it to load and its live-reload client to connect;
  3. for comparison, --runs plain reloads of the page with no edit: the browser's own share;
  4. a chapter edit, --runs times: appends a paragraph with a new marker to
     Content/chapters/overview.en.md, taking time.time() just before the write, then polls
     the page's DOM (document.body.innerText) until the marker shows, and takes the time again;
  5. a CSV edit, --runs times: sets amount_2019 in Content/data/fig-1-2-average-per-contract.csv
     (the table and chart of Figure 1-2 on the overview pages) to a new value and waits, the
     same way, for the page's table to show it;
  6. prints every run, the median and the range; how much of each run passed before the
     browser began to reload (the rest is the browser's reload and load); the rebuild times
     serve printed;
  7. checks the error overlay: a value that is not a number in that CSV must show over the
     open page as `…/fig-1-2-average-per-contract.csv:2:13 …`, the page keeping its last good
     content, and a good save must clear it; then stops serve with SIGINT (it must exit 0).
A save is followed by serve's 100 ms quiet period, the incremental rebuild, the reload event,
the browser's reload and the page's load; all of that is in the number. Build the binary in
release first (`swift build -c release --product yearbook`); the default --binary is
.build/release/yearbook. Exit status 0 when every step worked, 1 otherwise.
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHAPTER = "Content/chapters/overview.en.md"
TABLE = "Content/data/fig-1-2-average-per-contract.csv"
PAGE = "en/overview.html"  # the page of that chapter, which places that table
POLL = 0.005  # seconds between two looks at the page
TIMEOUT = 30


class Serve:
    """`yearbook serve` on the copy, its output collected as it comes."""

    def __init__(self, binary, work):
        self.lines = []
        self.process = subprocess.Popen(
            [binary, "serve", "--content", os.path.join(work, "Content"), "--templates", os.path.join(work, "Templates"),
             "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def url(self):
        deadline = time.time() + 300
        while time.time() < deadline and self.process.poll() is None:
            for line in self.lines:
                found = re.match(r"serving (http://127\.0\.0\.1:\d+/)", line)
                if found:
                    return found.group(1)
            time.sleep(0.05)
        sys.exit("serve did not start:\n" + "\n".join(self.lines))

    def rebuild_ms(self, since):
        """The `in N ms` of rebuild lines printed after line number `since`."""
        return [int(m.group(1)) for line in self.lines[since:] for m in [re.search(r" in (\d+) ms$", line)] if m]

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)


def make_driver():
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    return driver


def wait_for(driver, script, timeout=TIMEOUT):
    """Polls `script` in the page until it returns something true; returns the time it did.
    During a reload chromedriver holds the call until the new page has loaded."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if driver.execute_script(script):
                return time.time()
        except Exception:  # the page went away between two looks: look again
            pass
        time.sleep(POLL)
    raise TimeoutError(script)


def settle(driver):
    """Waits for the page to load and gives its live-reload client time to connect."""
    wait_for(driver, "return document.readyState === 'complete' && window.yearbookLive === true")
    time.sleep(1.0)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def shows(text):
    """A script expression: true when the page's text includes `text`."""
    return "document.body.innerText.includes(%s)" % repr(text)


def timed(driver, start, text):
    """Waits for the page to show `text`; returns (save → shown, save → the reload's start), the
    second from the new page's `performance.timeOrigin`, which splits the server's part (quiet
    period, rebuild, event) from the browser's (reload, load)."""
    shown = wait_for(driver, "return " + shows(text))
    reload_started = driver.execute_script("return performance.timeOrigin") / 1000
    return shown - start, reload_started - start


def chapter_edit(work, driver, run):
    path = os.path.join(work, CHAPTER)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    marker = "Reload marker %d %d" % (run, time.time_ns())
    start = time.time()
    write(path, text + "\n%s.\n" % marker)
    return timed(driver, start, marker)


def csv_edit(work, driver, run):
    path = os.path.join(work, TABLE)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    value = "47%d.3" % run
    if driver.execute_script("return " + shows(value)):
        raise RuntimeError("the page already shows %s before the edit" % value)
    changed = re.sub(r"^(平均每项技术合同成交额,)[^,]*,", r"\g<1>%s," % value, text, flags=re.M)
    if changed == text:
        raise RuntimeError("the CSV edit changed nothing")
    start = time.time()
    write(path, changed)
    return timed(driver, start, value)


def overlay(work, driver):
    """A broken CSV shows over the open page with its file and line; a good save clears it."""
    path = os.path.join(work, TABLE)
    with open(path, encoding="utf-8") as f:
        good = f.read()
    value = re.search(r"^平均每项技术合同成交额,([^,]*),", good, flags=re.M).group(1)
    write(path, good.replace("," + value + ",", ",4x7.3,", 1))
    wait_for(driver, "return !!document.getElementById('yearbook-live-errors')")
    text = driver.execute_script("return document.getElementById('yearbook-live-errors').innerText")
    where = os.path.join(work, TABLE) + ":2:13"
    ok = where in text and "not a number" in text and driver.execute_script("return " + shows(value))
    print("overlay on a broken CSV:", "ok" if ok else "WRONG", "-", " ".join(text.split())[:240])
    write(path, good.replace("," + value + ",", ",479.3,", 1))
    wait_for(driver, "return !document.getElementById('yearbook-live-errors') && " + shows("479.3"))
    print("overlay cleared by the next good save: ok")
    return ok


def plain_reload(driver, run):
    """The browser's own floor: a reload asked for by the page, no edit, until loaded again."""
    start = time.time()
    driver.execute_script("setTimeout(() => location.reload(), 0)")
    loaded = wait_for(driver, "return performance.timeOrigin > %r && document.readyState === 'complete'" % (start * 1000))
    return loaded - start, driver.execute_script("return performance.timeOrigin") / 1000 - start


def report(name, times):
    ms = [round(shown * 1000) for shown, _ in times]
    print("%-12s runs %s ms; median %d ms, range %d–%d ms" % (name, ms, statistics.median(ms), min(ms), max(ms)))
    started = [round(reload * 1000) for _, reload in times]
    print("%-12s of which until the reload started %s ms (median %d ms)" % ("", started, statistics.median(started)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/release/yearbook"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/serve-measure")
    args = parser.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    for name in ("Content", "Templates"):
        shutil.copytree(os.path.join(REPO, name), os.path.join(args.work, name))
    serve = Serve(args.binary, args.work)
    driver = None
    ok = True
    try:
        url = serve.url()
        driver = make_driver()
        driver.get(url + PAGE)
        settle(driver)
        results = {}
        for name, edit in (("plain reload", plain_reload), ("chapter edit", chapter_edit), ("CSV edit", csv_edit)):
            since = len(serve.lines)
            times = []
            for run in range(1, args.runs + 1):
                times.append(edit(driver, run) if edit is plain_reload else edit(args.work, driver, run))
                settle(driver)
            results[name] = (times, serve.rebuild_ms(since))
        print("binary %s, %d cores, load average %s" % (args.binary, os.cpu_count(), " ".join("%.2f" % x for x in os.getloadavg())))
        print("save → page showing the edit in headless Chromium (%s%s):" % (url, PAGE))
        for name, (times, builds) in results.items():
            report(name, times)
            if builds:
                print("%-12s serve's rebuild lines said %s ms" % ("", builds))
        ok = overlay(args.work, driver)
    finally:
        if driver:
            driver.quit()
        status = serve.stop()
        print("serve stopped on SIGINT with exit status %d: %s" % (status, serve.lines[-1] if serve.lines else ""))
        ok = ok and status == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
