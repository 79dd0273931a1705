#!/usr/bin/python3
"""Our search against Pagefind's on the built report: 30 fixed queries (15 Chinese, 15 English).

    /usr/bin/python3 scripts/search-compare.py --site Output [--pagefind 'python3 -m pagefind']

Pagefind (PyPI `pagefind` with its extended binary, `pip install 'pagefind[extended]'`) indexes a
copy of the site; its search runs in headless Chromium over loopback (it fetches its index, so
it needs a server). Ours runs the same Templates/assets/search.js under Node on the
<language>/search-index.js files the build wrote. For each query: the pages each finds, and
whether the first result is the expected page (and, for ours, anchor); then the sizes and
Pagefind's indexing time. Prints a Markdown table (for BENCHMARKS.md); the exit status is 1
when ours misses a page Pagefind finds, or our first result is not the expected one.
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "browser"))

# (language, query, the expected first result as page.html#anchor; the anchor is checked for
# ours only, Pagefind's first result is judged by its page).
QUERIES = [
    ("zh", "技术转让", "overview.html#"),
    ("zh", "转让", "overview.html#"),
    ("zh", "深圳", "provinces.html#"),
    ("zh", "广东", "provinces.html#"),
    ("zh", "高等院校", "composition.html#"),
    ("zh", "北京技术交易促进中心", "agencies.html#"),
    ("zh", "技术合同", "overview.html#"),
    ("zh", "电子信息", "composition.html#"),
    ("zh", "长江经济带", "regions.html#"),
    ("zh", "粤港澳大湾区", "regions.html#"),
    ("zh", "知识产权", "composition.html#"),
    ("zh", "财政部", "chronicle.html#"),
    ("zh", "技术开发", "composition.html#"),
    ("zh", "计划单列市", "provinces.html#"),
    ("zh", "一带一路", "regions.html#"),
    ("en", "Guangdong", "provinces.html#"),
    ("en", "Shenzhen", "provinces.html#"),
    ("en", "technology transfer", "composition.html#"),
    ("en", "universities", "composition.html#"),
    ("en", "Beijing Technology Exchange Promotion Center", "agencies.html#"),
    ("en", "intellectual property", "composition.html#"),
    ("en", "electronic information", "composition.html#"),
    ("en", "Yangtze River Economic Belt", "regions.html#"),
    ("en", "Greater Bay Area", "regions.html#"),
    ("en", "Ministry of Finance", "chronicle.html#"),
    ("en", "Torch Center", "chronicle.html#"),
    ("en", "Jiangsu", "provinces.html#"),
    ("en", "sub-provincial cities", "provinces.html#"),
    ("en", "Belt and Road", "regions.html#"),
    ("en", "technology services contracts", "composition.html#"),
]

NODE_SEARCH = r"""
const fs = require("fs"), vm = require("vm");
const [script, site, queriesFile] = process.argv.slice(1);
const core = require(script);
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const indexes = {};
const out = [];
for (const [language, query] of queries) {
  if (!indexes[language]) {
    const window = {};
    vm.runInNewContext(fs.readFileSync(`${site}/${language}/search-index.js`, "utf8"), { window });
    indexes[language] = new core.Index(window.yearbookSearch[language]);
  }
  const index = indexes[language];
  const started = process.hrtime.bigint();
  const found = index.search(query);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const hits = found.map((n) => index.data.targets[index.data.entries[n][0]]).map((t) => index.data.pages[t[0]] + "#" + t[1]);
  out.push({ hits, ms });
}
console.log(JSON.stringify(out));
"""

PAGEFIND_SEARCH = """
const [query, done] = arguments;
(async () => {
  const pagefind = await import("/pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.map((r) => r.data()));
  done(data.map((d) => ({ url: d.url, anchor: (d.sub_results[0] || {}).url || d.url })));
})().catch((e) => done({ error: String(e) }));
"""


def ours(site, queries):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([[q[0], q[1]] for q in queries], handle)
    try:
        script = os.path.join(site, "assets", "search.js")
        output = subprocess.run(["node", "-e", NODE_SEARCH, os.path.abspath(script), site, handle.name],
                                check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(handle.name)
    return json.loads(output)


def pagefind(site, queries, command):
    from browser_gates import make_driver
    from loopback import LoopbackServer

    work = tempfile.mkdtemp(prefix="search-compare-")
    try:
        copy = os.path.join(work, "site")
        shutil.copytree(site, copy)
        started = time.monotonic()
        subprocess.run(shlex.split(command) + ["--site", copy], check=True, capture_output=True)
        seconds = time.monotonic() - started
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(copy, "pagefind")) for f in fs)
        per_language = {}
        for language in ("zh", "en"):
            per_language[language] = sum(
                os.path.getsize(os.path.join(copy, "pagefind", d, f))
                for d in ("index", "fragment") if os.path.isdir(os.path.join(copy, "pagefind", d))
                for f in os.listdir(os.path.join(copy, "pagefind", d)))
        results = []
        driver = make_driver()
        try:
            with LoopbackServer(copy) as server:
                current = None
                for language, query, _ in queries:
                    if language != current:
                        driver.get(server.url(f"{language}/index.html"))
                        current = language
                    found = driver.execute_async_script(PAGEFIND_SEARCH, query)
                    if isinstance(found, dict):
                        raise RuntimeError(f"Pagefind failed on {query!r}: {found['error']}")
                    results.append([f["anchor"].split("/")[-1] for f in found])
        finally:
            driver.quit()
        return results, seconds, size
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="Output")
    parser.add_argument("--pagefind", default=f"{shlex.quote(sys.executable)} -m pagefind")
    arguments = parser.parse_args()
    site = os.path.abspath(arguments.site)
    mine = ours(site, QUERIES)
    theirs, seconds, pagefind_bytes = pagefind(site, QUERIES, arguments.pagefind)
    rows, failures = [], 0
    for (language, query, expected), m, t in zip(QUERIES, mine, theirs):
        my_pages = {h.split("#")[0] for h in m["hits"]}
        their_pages = {h.split("#")[0] for h in t}
        missed = sorted(their_pages - my_pages)
        my_first = m["hits"][0] if m["hits"] else "—"
        their_first = t[0] if t else "—"
        my_right = my_first.startswith(expected)
        their_right = their_first.split("#")[0] == expected.split("#")[0]
        failures += bool(missed) + (not my_right)
        rows.append(f"| {language} | {query} | {len(m['hits'])} in {len(my_pages)} pages | {len(t)} pages | "
                    f"{'yes' if my_right else 'no'} ({my_first}) | {'yes' if their_right else 'no'} ({their_first}) | "
                    f"{', '.join(missed) or '—'} | {m['ms']:.2f} |")
    ours_bytes = {language: os.path.getsize(os.path.join(site, language, "search-index.js")) for language in ("zh", "en")}
    script_bytes = os.path.getsize(os.path.join(site, "assets", "search.js"))
    print("| lang | query | ours: entries found | Pagefind: pages found | ours first right | Pagefind first right | pages Pagefind finds and ours misses | ours ms (Node) |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(f"Sizes before gzip: ours zh {ours_bytes['zh'] / 1024:.0f} KB + en {ours_bytes['en'] / 1024:.0f} KB index, "
          f"search.js {script_bytes / 1024:.1f} KB, {(sum(ours_bytes.values()) + script_bytes) / 1024:.0f} KB in all; "
          f"Pagefind {pagefind_bytes / 1024:.0f} KB (index, fragments, WebAssembly and UI), indexing in {seconds:.2f} s.")
    print(f"Our first result right: {sum(r.count('| yes (', 0) > 0 and r.split('|')[5].strip().startswith('yes') for r in rows)}/30; "
          f"Pagefind's: {sum(r.split('|')[6].strip().startswith('yes') for r in rows)}/30.")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
