"""Gates that read the built files without a browser: links and anchors, XML, accessibility."""

import re
import xml.etree.ElementTree as ElementTree

from sitepages import CJK, LATIN_PHRASE, resolve

LINK_ATTRIBUTES = ("href", "src", "xlink:href", "poster", "action")
IDREF_ATTRIBUTES = ("aria-labelledby", "aria-describedby", "aria-controls", "for", "headers")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
INLINE_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
SVG_NS = "{http://www.w3.org/2000/svg}"
EDITION_LANG = {"zh": "zh-Hans", "en": "en"}
# The root chooser is one choice between two links: no repeated blocks to skip or navigate.
SINGLE_PURPOSE = {"index.html"}


def run(site, results):
    """Runs every static gate over every page of `site`."""
    for path, page in site.pages.items():
        results.check(path, "links", link_problems(site, page))
        results.check(path, "svg-xml", inline_svg_problems(page))
        results.check(path, "lang", lang_problems(page))
        results.check(path, "headings", heading_problems(page))
        results.check(path, "landmarks", landmark_problems(page))
        results.check(path, "skip-link", skip_link_problems(page))
        results.check(path, "chart-a11y", chart_problems(page))
    for path in sorted(site.files):
        if path.endswith(".css"):
            results.check(path, "links", css_link_problems(site, path))
        elif path.endswith((".svg", ".xml")):
            results.check(path, "svg-xml" if path.endswith(".svg") else "xml", xml_file_problems(site, path))


def link_problems(site, page):
    problems = []
    ids = page.ids()
    for element in page.tree.iter():
        for attribute in LINK_ATTRIBUTES:
            reference = element.attrs.get(attribute)
            if reference is None:
                continue
            problem = _reference_problem(site, page.path, reference)
            if problem:
                problems.append(f"{element.describe()} {attribute}=\"{reference}\": {problem}")
        for attribute in IDREF_ATTRIBUTES:
            for ref in (element.attrs.get(attribute) or "").split():
                if ref not in ids:
                    problems.append(f"{element.describe()} {attribute} names missing id \"{ref}\"")
    return problems


def _reference_problem(site, page_path, reference):
    if reference.strip() == "":
        return "empty reference"
    target = resolve(page_path, reference)
    if target is None:
        return None
    path, fragment = target
    if path is None:
        return "not a relative link inside the site"
    if path not in site.files:
        return f"no file {path}"
    if fragment and path.endswith(".html") and fragment not in site.ids(path):
        return f"no anchor #{fragment} in {path}"
    return None


def css_link_problems(site, path):
    problems = []
    for reference in CSS_URL.findall(site.read(path)):
        problem = _reference_problem(site, path, reference.strip())
        if problem:
            problems.append(f"url({reference}): {problem}")
    return problems


def inline_svg_problems(page):
    problems = []
    for number, match in enumerate(INLINE_SVG.finditer(page.source), 1):
        line = page.source.count("\n", 0, match.start()) + 1
        try:
            root = ElementTree.fromstring(match.group(0))
        except ElementTree.ParseError as error:
            problems.append(f"SVG {number} (line {line}) is not well-formed XML: {error}")
            continue
        if root.tag != SVG_NS + "svg":
            problems.append(f"SVG {number} (line {line}) lacks the SVG namespace")
    return problems


def xml_file_problems(site, path):
    try:
        ElementTree.fromstring(site.read(path).encode("utf-8"))
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]
    return []


def lang_problems(page):
    problems = []
    if page.html is None:
        return ["no <html> element"]
    if not page.lang:
        return ["<html> has no lang attribute"]
    expected = EDITION_LANG.get(page.edition)
    if expected and page.lang != expected:
        problems.append(f"<html lang=\"{page.lang}\"> in the {page.edition} edition, expected \"{expected}\"")
    if page.lang not in EDITION_LANG.values():
        problems.append(f"<html lang=\"{page.lang}\"> is not one of {sorted(EDITION_LANG.values())}")
    for text, parent in page.tree.texts():
        problem = _run_problem(text, parent.language() or "")
        if problem:
            problems.append(f"{parent.describe()} {problem}")
    for element in page.tree.iter():
        for attribute in ("title", "alt", "aria-label", "placeholder"):
            value = element.attrs.get(attribute)
            if value:
                problem = _run_problem(value, element.language() or "")
                if problem:
                    problems.append(f"{element.describe()} {attribute}: {problem}")
    return problems


def _run_problem(text, language):
    """Chinese in English (or an English phrase in Chinese) not marked with its own lang."""
    if language.startswith("en") and CJK.search(text):
        return f"Chinese text \"{_excerpt(text, CJK)}\" without lang=\"zh-Hans\""
    if language.startswith("zh"):
        for segment in CJK.split(text):
            phrase = LATIN_PHRASE.search(segment)
            if phrase:
                return f"English phrase \"{phrase.group(0)[:60]}\" without lang=\"en\""
    return None


def _excerpt(text, pattern):
    match = pattern.search(text)
    start = max(0, match.start() - 10)
    return text[start:match.start() + 20].strip()


def heading_problems(page):
    problems = []
    headings = [e for e in page.tree.iter() if re.fullmatch(r"h[1-6]", e.tag) and not _in_svg(e)]
    ones = [h for h in headings if h.tag == "h1"]
    if len(ones) != 1:
        problems.append(f"{len(ones)} <h1> elements, expected exactly one")
    previous = 0
    for heading in headings:
        level = int(heading.tag[1])
        if level > previous + 1:
            problems.append(
                f"{heading.describe()} \"{heading.text().strip()[:40]}\" skips from h{previous} to h{level}"
                if previous else f"the first heading is {heading.describe()}, not <h1>")
        if not heading.text().strip():
            problems.append(f"{heading.describe()} is empty")
        previous = level
    return problems


def _in_svg(element):
    return any(a.tag == "svg" for a in element.ancestors())


SECTIONING = {"article", "aside", "main", "nav", "section"}


def landmark_problems(page):
    problems = []
    mains = list(page.tree.iter("main"))
    if len(mains) != 1:
        problems.append(f"{len(mains)} <main> elements, expected one")
    if page.path in SINGLE_PURPOSE:
        return problems
    banner = [h for h in page.tree.iter("header") if not any(a.tag in SECTIONING for a in h.ancestors())]
    footer = [f for f in page.tree.iter("footer") if not any(a.tag in SECTIONING for a in f.ancestors())]
    navs = list(page.tree.iter("nav"))
    if len(banner) != 1:
        problems.append(f"{len(banner)} page <header> (banner) landmarks, expected one")
    if len(footer) != 1:
        problems.append(f"{len(footer)} page <footer> (contentinfo) landmarks, expected one")
    if not navs:
        problems.append("no <nav> landmark")
    if len(navs) > 1:
        unnamed = [n for n in navs if not (n.attrs.get("aria-label") or n.attrs.get("aria-labelledby"))]
        if unnamed:
            problems.append(f"{len(navs)} <nav> landmarks and {unnamed[0].describe()} has no accessible name")
    return problems


FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


def skip_link_problems(page):
    if page.path in SINGLE_PURPOSE:
        return []
    body = next(page.tree.iter("body"), None)
    if body is None:
        return ["no <body>"]
    first = next(
        (e for e in body.iter()
         if (e.tag in FOCUSABLE and (e.tag != "a" or "href" in e.attrs)) or e.attrs.get("tabindex", "-1") != "-1"),
        None)
    if first is None or first.tag != "a" or not first.attrs.get("href", "").startswith("#"):
        return [f"the first focusable element is {first.describe() if first else 'missing'}, not a skip link"]
    target = first.attrs["href"][1:]
    main = next(page.tree.iter("main"), None)
    if main is None or main.attrs.get("id") != target:
        return [f"the skip link points at #{target}, which is not the <main> element"]
    if not first.text().strip():
        return ["the skip link has no text"]
    return []


def chart_problems(page):
    problems = []
    for svg in page.tree.iter("svg"):
        if "chart" not in svg.classes():
            continue
        figure = next((a for a in svg.ancestors() if a.tag == "figure"), None)
        name = f"chart {figure.attrs.get('id') if figure is not None else svg.describe()}"
        if svg.attrs.get("role") != "img":
            problems.append(f"{name}: role is not img")
        children = [c for c in svg.children if not isinstance(c, str)]
        title = children[0] if children and children[0].tag == "title" else None
        desc = next((c for c in children[:2] if c.tag == "desc"), None)
        if title is None or not title.text().strip():
            problems.append(f"{name}: no <title> as its first child")
        if desc is None or not desc.text().strip():
            problems.append(f"{name}: no <desc>")
        labelled = (svg.attrs.get("aria-labelledby") or "").split()
        for part, label in (("<title>", title), ("<desc>", desc)):
            if label is not None and label.attrs.get("id") not in labelled:
                problems.append(f"{name}: aria-labelledby does not name its {part}")
        if figure is None:
            problems.append(f"{name}: not inside a <figure>")
            continue
        if next(figure.iter("figcaption"), None) is None:
            problems.append(f"{name}: its figure has no <figcaption>")
        table = next(figure.iter("table"), None)
        if table is None:
            problems.append(f"{name}: its data is not given as a table")
        elif next(table.iter("th"), None) is None or len(list(table.iter("tr"))) < 2:
            problems.append(f"{name}: its data table has no header cells or no rows")
    return problems
