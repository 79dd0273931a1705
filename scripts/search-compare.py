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

# (language, query, the expected first result as page.html#anchor: the heading named by the
# query where there is one, else the title or entry that is about it; the anchor is checked
# for ours only, Pagefind's first result is judged by its page).
QUERIES = [
    ("zh", "技术转让", "composition.html#2-技术转让合同"),
    ("zh", "转让", "composition.html#2-技术转让合同"),
    ("zh", "深圳", "agencies.html#directory-g34"),
    ("zh", "广东", "agencies.html#directory-g19"),
    ("zh", "高等院校", "agencies.html#高等院校"),
    ("zh", "北京技术交易促进中心", "agencies.html#directory-g1"),
    ("zh", "技术合同", "composition.html#"),
    ("zh", "电子信息", "overview.html#3-电子信息领域技术交易继续领先"),
    ("zh", "长江经济带", "regions.html#六-长江经济带地区"),
    ("zh", "粤港澳大湾区", "regions.html#七-粤港澳大湾区"),
    ("zh", "知识产权", "appendix.html#知识产权构成"),
    ("zh", "财政部", "chronicle.html#e2019-04-05"),
    ("zh", "技术开发", "overview.html#2-技术开发与技术服务合计占全国近九成"),
    ("zh", "计划单列市", "provinces.html#2-计划单列市输出技术"),
    ("zh", "一带一路", "regions.html#九-一带一路-地区"),
    ("en", "Guangdong", "agencies.html#directory-g19"),
    ("en", "Shenzhen", "agencies.html#directory-g34"),
    ("en", "technology transfer", "composition.html#2-technology-transfer-contracts"),
    ("en", "universities", "agencies.html#universities"),
    ("en", "Beijing Technology Exchange Promotion Center", "agencies.html#directory-g1"),
    ("en", "intellectual property", "overview.html#5-contracts-involving-intellectual-property-grow-markedly"),
    ("en", "electronic information", "overview.html#3-electronic-information-stays-in-the-lead"),
    ("en", "Yangtze River Economic Belt", "regions.html#vi-yangtze-river-economic-belt"),
    ("en", "Greater Bay Area", "regions.html#vii-guangdong-hong-kong-macao-greater-bay-area"),
    ("en", "Ministry of Finance", "chronicle.html#e2019-04-05"),
    ("en", "Torch Center", "chronicle.html#e2019-04-10"),
    ("en", "Jiangsu", "agencies.html#directory-g10"),
    ("en", "sub-provincial cities", "provinces.html#3-output-by-sub-provincial-cities"),
    ("en", "Belt and Road", "regions.html#ix-belt-and-road-countries"),
    ("en", "technology services contracts", "composition.html#4-technology-services-contracts"),
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
                    # A folder's URL (/zh/) is its index.html.
                    results.append([(lambda last: "index.html" + last if last[:1] in ("", "#") else last)(f["anchor"].split("/")[-1])
                                    for f in found])
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
    rows, failures, right, missing = [], 0, [0, 0], 0
    for (language, query, expected), m, t in zip(QUERIES, mine, theirs):
        my_pages = {h.split("#")[0] for h in m["hits"]}
        their_pages = {h.split("#")[0] for h in t}
        missed = sorted(their_pages - my_pages)
        my_first = m["hits"][0] if m["hits"] else "—"
        their_first = t[0] if t else "—"
        my_right = my_first.startswith(expected)
        their_right = their_first.split("#")[0] == expected.split("#")[0]
        failures += bool(missed) + (not my_right)
        missing += bool(missed)
        right[0] += my_right
        right[1] += their_right
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
    print(f"First result as expected: ours {right[0]}/{len(QUERIES)}, Pagefind's {right[1]}/{len(QUERIES)}; "
          f"queries where Pagefind finds a page ours misses: {missing}.")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
