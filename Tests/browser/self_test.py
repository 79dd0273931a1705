"""Plants one known fault per page in a copy of a built site and checks that the gates catch
each one, naming the page, and that an untouched page still passes every gate."""

import os
import re
import shutil
import tempfile

from results import Results, note

MAIN_OPEN = re.compile(r"<main\b[^>]*>")


def _after_main(snippet):
    def edit(html):
        match = MAIN_OPEN.search(html)
        return html[:match.end()] + "\n" + snippet + html[match.end():] if match else html
    return edit


def _replace(old, new, count=1):
    return lambda html: html.replace(old, new, count)


def _sub(pattern, replacement, flags=0):
    return lambda html: re.sub(pattern, replacement, html, count=1, flags=flags)


def _in_first_chart(edit):
    """Applies `edit` to the first figure's SVGs only: its desktop and its phone drawing."""
    def apply(html):
        figure_end = html.find("</figure>", html.find('<figure class="chart-figure'))
        start = html.find('<svg xmlns="http://www.w3.org/2000/svg"')
        while 0 <= start < figure_end:
            end = html.find("</svg>", start)
            if end < 0:
                break
            edited = edit(html[start:end])
            html = html[:start] + edited + html[end:]
            figure_end += len(edited) - (end - start)
            start = html.find('<svg xmlns="http://www.w3.org/2000/svg"', start + len(edited))
        return html
    return apply


def _before(marker, snippet):
    return lambda html: html.replace(marker, snippet + marker, 1)


def _swap_first_h2_for_h4(html):
    start = html.find("<h2")
    end = html.find("</h2>", start)
    if start < 0 or end < 0:
        return html
    return html[:start] + "<h4" + html[start + 3:end] + "</h4>" + html[end + 5:]


# (page, the gates that must fail on it, what the fault is, the edit that plants it)
FAULTS = [
    ("zh/overview.html", ["links"], "a link to a missing page",
     _after_main('<p><a href="missing-page.html">missing</a></p>')),
    ("en/overview.html", ["toc", "links"], "a table-of-contents link to a missing anchor",
     _sub(r'(<nav class="toc".*?<a href="#)', r"\1no-such-section-", re.S)),
    ("en/provinces.html", ["overflow@390", "overflow@1280"], "an element wider than the page",
     _after_main('<div style="width:1500px">too wide</div>')),
    ("zh/regions.html", ["lang"], "no lang on <html>",
     _replace('<html lang="zh-Hans">', "<html>")),
    ("en/composition.html", ["charts@390", "charts@1280"], "chart text moved outside the chart",
     _in_first_chart(_sub(r'(<text\b[^>]*?) x="[-\d.]+"', r'\1 x="-300"'))),
    ("zh/composition.html", ["chart-a11y"], "a chart without its <title>",
     _in_first_chart(_sub(r"<title\b[^>]*>.*?</title>", "", re.S))),
    ("zh/provinces.html", ["svg-xml"], "an HTML entity that is not XML inside a chart",
     _in_first_chart(_replace("</desc>", "&nbsp;</desc>"))),
    ("en/regions.html", ["headings"], "an h4 straight after the h1",
     _swap_first_h2_for_h4),
    ("en/agencies.html", ["skip-link", "focus@1280"], "no skip link",
     _sub(r'<a class="skip-link"[^>]*>.*?</a>', "")),
    ("zh/agencies.html", ["console@390", "console@1280"], "a script that throws",
     _before("</body>", '<script>throw new Error("self-test fault");</script>\n')),
    ("en/chronicle.html", ["requests@390", "requests@1280", "links"], "an image that is not there",
     _after_main('<p><img src="missing-image.png" alt="missing"></p>')),
    ("zh/chronicle.html", ["language-link"], "a language link to the wrong page",
     _sub(r'(class="language-switch" href=")[^"]*"', r'\1../en/index.html"')),
    ("zh/appendix.html", ["print"], "navigation left visible in print",
     _before("</head>", "<style>@media print { .site-header, .site-nav { display: block !important; } }</style>\n")),
    ("en/appendix.html", ["focus@390", "focus@1280"], "focus rings switched off",
     _before("</head>", "<style>:focus, :focus-visible { outline: none !important; }</style>\n")),
    ("404.html", ["html-valid"], "a duplicate id",
     _after_main('<span id="main"></span>')),
    ("en/index.html", ["landmarks"], "no page footer",
     lambda html: html.replace('<footer class="site-footer">', '<div class="site-footer">').replace("</footer>", "</div>")),
    ("en/index.html", ["lang"], "Chinese text without lang in the English edition",
     _after_main("<p>未标注的中文</p>")),
    ("zh/regions.html", ["search-http", "search-subpath", "search-file"], "a search box whose index is missing",
     _replace('/search-index.js"', '/search-index-missing.js"')),
    ("index.html", ["headings"], "the chooser without its h1",
     _sub(r"<h1>.*?</h1>", "", re.S)),
]
# A page left as built: every gate must pass on it, so the gates do not cry wolf.
CONTROL = "zh/index.html"


def run_self_test(root, results, run_gates):
    """Plants FAULTS in a copy of `root`, runs the gates over the faulty pages and CONTROL, and
    records one check per expected (page, gate) failure and one for the control page."""
    workspace = tempfile.mkdtemp(prefix="yearbook-self-test-")
    try:
        copy = os.path.join(workspace, "site")
        shutil.copytree(root, copy)
        for path, gates, what, edit in FAULTS:
            file = os.path.join(copy, path)
            with open(file, encoding="utf-8") as handle:
                before = handle.read()
            after = edit(before)
            if after == before:
                results.check(path, "self-test", [f"could not plant the fault ({what}): the page changed shape"])
                continue
            with open(file, "w", encoding="utf-8") as handle:
                handle.write(after)
        pages = {path for path, *_ in FAULTS} | {CONTROL}
        inner = Results(quiet=True)
        note(f"self-test: {len(FAULTS)} faults planted in {len(pages) - 1} pages of a copy at {copy}")
        run_gates(copy, inner, only=pages)
        for path, gates, what, _ in FAULTS:
            for gate in gates:
                caught = [m for p, g, m in inner.failures if p == path and g == gate]
                results.check(path, f"self-test {gate}", [] if caught else [f"the fault ({what}) was not caught by {gate}"])
                if caught:
                    print(f"caught {path} [{gate}]: {caught[0][:160]}")
        stray = [f"[{g}] {m[:200]}" for p, g, m in inner.failures if p == CONTROL]
        results.check(CONTROL, "self-test control", [f"the untouched page failed {s}" for s in stray])
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
