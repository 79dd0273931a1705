"""The built site as the gates see it: its files, and each HTML page parsed into a small tree."""

import os
import posixpath
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}
# Elements whose text is not reader-visible prose.
NON_PROSE = {"script", "style", "template"}
EXTERNAL = ("http:", "https:", "mailto:", "tel:", "data:", "javascript:")


class Element:
    """An element with its attributes, children (elements and strings) and source line."""

    def __init__(self, tag, attrs, parent, line):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []
        self.line = line

    def iter(self, tag=None):
        """Every descendant element in document order, optionally only those named `tag`."""
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def text(self):
        """The concatenated text inside, scripts and styles left out."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in NON_PROSE:
                parts.append(child.text())
        return "".join(parts)

    def texts(self):
        """(text, parent element) for every text node inside, in document order."""
        for child in self.children:
            if isinstance(child, str):
                yield child, self
            elif child.tag not in NON_PROSE:
                yield from child.texts()

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def language(self):
        """The `lang` in force here: the nearest one on this element or an ancestor."""
        for node in [self, *self.ancestors()]:
            if "lang" in node.attrs:
                return node.attrs["lang"] or ""
        return None

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def describe(self):
        """A short CSS-like name for messages: tag#id.class."""
        name = self.tag
        if self.attrs.get("id"):
            name += "#" + self.attrs["id"]
        elif self.classes():
            name += "." + ".".join(self.classes()[:2])
        return f"<{name}> (line {self.line})"


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None, 1)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs}, self.current, self.getpos()[0])
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs}, self.current, self.getpos()[0])
        self.current.children.append(element)

    def handle_endtag(self, tag):
        # Close up to the matching open element; a stray end tag is left to the Nu checker.
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html):
    """The document tree of `html`."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


class Page:
    """One HTML file of the site: its path under the output root, source and tree."""

    def __init__(self, path, source):
        self.path = path
        self.source = source
        self.tree = parse(source)
        html = next(self.tree.iter("html"), None)
        self.html = html
        self.lang = html.attrs.get("lang") if html is not None else None
        top = path.split("/")[0]
        # The edition a page belongs to, from its folder (zh/…, en/…); root pages have none.
        self.edition = top if "/" in path else None

    def ids(self):
        """Every fragment a link may point at: `id`s and `<a name>`s."""
        found = set()
        for element in self.tree.iter():
            if element.attrs.get("id"):
                found.add(element.attrs["id"])
            if element.tag == "a" and element.attrs.get("name"):
                found.add(element.attrs["name"])
        return found


class Site:
    """Every file of a built site, and its HTML pages parsed."""

    def __init__(self, root, only=None):
        self.root = os.path.abspath(root)
        self.files = set()
        for folder, dirs, names in os.walk(self.root):
            dirs.sort()
            for name in names:
                relative = os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/")
                self.files.add(relative)
        self.pages = {}
        for path in sorted(self.files):
            if path.endswith(".html") and (only is None or path in only):
                with open(os.path.join(self.root, path), encoding="utf-8") as handle:
                    self.pages[path] = Page(path, handle.read())
        self._ids = {}

    def ids(self, path):
        """The anchors of the page at `path` (parsed on demand when outside `pages`)."""
        if path not in self._ids:
            page = self.pages.get(path)
            if page is None:
                with open(os.path.join(self.root, path), encoding="utf-8") as handle:
                    page = Page(path, handle.read())
            self._ids[path] = page.ids()
        return self._ids[path]

    def read(self, path):
        with open(os.path.join(self.root, path), encoding="utf-8") as handle:
            return handle.read()


def resolve(page_path, reference):
    """(path under the root, fragment) that `reference` on `page_path` points at.

    None for external URLs; the path is None when the reference leaves the site root or is
    root-absolute (the contract wants relative links only)."""
    if reference.startswith(EXTERNAL) or reference.startswith("//"):
        return None
    parts = urlsplit(reference)
    fragment = unquote(parts.fragment) if "#" in reference else None
    if parts.path.startswith("/"):
        return (None, fragment)
    if parts.path == "":
        return (page_path, fragment)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(parts.path)))
    if joined.startswith("../") or joined == "..":
        return (None, fragment)
    if reference.split("#")[0].split("?")[0].endswith("/"):
        joined = joined + "/index.html"
    return (joined, fragment)


def twin(path, edition, other):
    """The path of the same page in the `other` edition (`zh/x.html` → `en/x.html`)."""
    return other + path[len(edition):]


CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")
# A phrase of four or more Latin words. Shorter runs inside Chinese prose are terms, names
# and glosses (GDP, R&D, "Research and Development"), which WCAG 3.1.2 leaves unmarked.
LATIN_PHRASE = re.compile(r"[A-Za-z][A-Za-z'’&.\-]*(?:[\s,;:]+[A-Za-z][A-Za-z'’&.\-]*){3,}")
