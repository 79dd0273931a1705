#!/usr/bin/python3
"""Quality gates over a built yearbook site: a real browser, the Nu HTML checker, links, XML
and accessibility. Run with Debian's python3 (where python3-selenium lives):

    /usr/bin/python3 Tests/browser/run.py <built site dir>        every gate on every page
    /usr/bin/python3 Tests/browser/run.py --self-test <site dir>  plants faults in a copy and
                                                                  checks that each is caught

Every failure is printed as `FAIL <page> [<gate>]: <what>`; the output ends with
`N passed, N failed`, and the exit status is 1 when anything failed. See README.md here.
"""

import argparse
import os
import sys
import time

# No __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import static_gates  # noqa: E402
from nu_checker import NuChecker  # noqa: E402
from results import Results, note  # noqa: E402
from sitepages import Site  # noqa: E402


def run_gates(root, results, only=None, browser=True):
    """Runs every gate over the site at `root` (or over the pages in `only`)."""
    site = Site(root, only)
    if not site.pages:
        results.check(root, "pages", ["no HTML page found: is this a built site?"])
        return
    svg_files = [p for p in sorted(site.files) if p.endswith(".svg") and only is None]
    started = time.monotonic()
    nu = NuChecker(site, list(site.pages) + svg_files)
    with results.timed("static gates (links, svg-xml, lang, headings, landmarks, skip-link, chart-a11y)"):
        static_gates.run(site, results)
    if browser:
        with results.timed(f"browser gates ({len(site.pages)} pages × 2 widths)"):
            _browser(site, results)
    nu.collect(results)
    results.timings.append(("html-valid (Nu checker, in parallel with the rest)", time.monotonic() - started))


def _browser(site, results):
    try:
        import selenium  # noqa: F401
    except ImportError:
        results.check("(browser)", "start", ["python3-selenium is missing: run with /usr/bin/python3"])
        return
    from browser_gates import BrowserGates
    from loopback import LoopbackServer

    with LoopbackServer(site.root) as server:
        BrowserGates(site, server, results).run()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", nargs="?", help="the built site (for example .build-site/Output)")
    parser.add_argument("--self-test", action="store_true", help="plant faults in a copy and check each is caught")
    parser.add_argument("--only", help="comma-separated page paths to check (default: every page)")
    parser.add_argument("--no-browser", action="store_true", help="skip the browser gates")
    arguments = parser.parse_args()
    root = arguments.site or _default_site()
    if not root or not os.path.isdir(root):
        parser.error(f"no built site at {root!r}: build one with `yearbook build --output DIR`")
    results = Results()
    if arguments.self_test:
        from self_test import run_self_test

        with results.timed("self-test"):
            run_self_test(root, results, run_gates)
    else:
        only = set(arguments.only.split(",")) if arguments.only else None
        note(f"checking {root}")
        run_gates(root, results, only, browser=not arguments.no_browser)
    sys.exit(results.summary())


def _default_site():
    repository = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for candidate in (".build-site/Output", "Output"):
        path = os.path.join(repository, candidate)
        if os.path.isfile(os.path.join(path, "index.html")):
            return path
    return None


if __name__ == "__main__":
    main()
