"""Pass and fail records of the quality gates, and the summary that ends every run."""

import sys
import time


class Results:
    """Collects one outcome per (page, gate) check and prints each failure as it happens."""

    def __init__(self, quiet=False):
        self.passed = 0
        self.failures = []  # (page, gate, message)
        self.timings = []  # (gate family, seconds)
        self.quiet = quiet

    def check(self, page, gate, problems):
        """Records one check: `problems` is a list of messages, empty when the check passed."""
        if not problems:
            self.passed += 1
            return
        message = "; ".join(problems[:6])
        if len(problems) > 6:
            message += f"; … and {len(problems) - 6} more"
        self.failures.append((page, gate, message))
        if not self.quiet:
            print(f"FAIL {page} [{gate}]: {message}", flush=True)

    def failed(self, page, gate):
        """Whether `page` failed `gate` (a gate name, or a prefix such as `overflow@`)."""
        return any(p == page and (g == gate or g.startswith(gate)) for p, g, _ in self.failures)

    def timed(self, family):
        """A context manager that adds the wall time of a block to the timing table."""
        return _Timer(self, family)

    def summary(self):
        """Prints the timings and the closing `N passed, N failed` line; returns the exit code."""
        for family, seconds in self.timings:
            print(f"time {family}: {seconds:.1f} s")
        print(f"{self.passed} passed, {len(self.failures)} failed", flush=True)
        return 1 if self.failures else 0


class _Timer:
    def __init__(self, results, family):
        self.results = results
        self.family = family

    def __enter__(self):
        self.start = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.results.timings.append((self.family, time.monotonic() - self.start))
        return False


def note(text):
    """A progress line on standard error, so that standard output stays the gate record."""
    print(text, file=sys.stderr, flush=True)
