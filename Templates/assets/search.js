// Search across the report. The index of the page's language (written by `yearbook build`
// as <language>/search-index.js) is loaded as a script the first time the box is used, so it
// works from file:// and from any folder a server puts the site in. Terms and ranking follow
// Sources/YearbookKit/Search (SearchTokenizer, SearchIndex+Query): Chinese by pairs of
// characters, English by words, lower case, plurals folded. Node can load this file too
// (scripts/search-compare.py runs the same search on the built index).
(function () {
  "use strict";
  var LIMIT = 8;

  function narrow(code) {
    if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
    return code === 0x3000 ? 0x20 : code;
  }
  function isCJK(code) {
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f);
  }
  // Letters and digits of any script; the Unicode test is slow, so its answers are kept.
  var WORD = /^[\p{Alphabetic}\p{N}]$/u, wordCache = new Map();
  function isWord(ch) {
    var code = ch.codePointAt(0);
    if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    var known = wordCache.get(code);
    if (known === undefined) wordCache.set(code, known = WORD.test(ch));
    return known;
  }
  function ends(word, suffix) { return word.slice(-suffix.length) === suffix; }
  function fold(word) {
    var count = Array.from(word).length;
    if (count <= 3 || !ends(word, "s")) return word;
    if (count > 4 && ends(word, "ies")) return word.slice(0, -3) + "y";
    if (ends(word, "sses") || ends(word, "xes") || ends(word, "ches") || ends(word, "shes")) return word.slice(0, -2);
    if (ends(word, "ss") || ends(word, "us") || ends(word, "is")) return word;
    return word.slice(0, -1);
  }
  // Runs of text: {cjk: "技术转让"} or {word: "city"}.
  function runs(text) {
    var out = [], word = "", cjk = "";
    function flush() {
      if (word) out.push({ word: fold(word) });
      if (cjk) out.push({ cjk: cjk });
      word = cjk = "";
    }
    for (var ch of text) {
      var code = narrow(ch.codePointAt(0));
      var c = String.fromCodePoint(code);
      if (isCJK(code)) {
        if (word) flush();
        cjk += c;
      } else if (isWord(c)) {
        if (cjk) flush();
        word += code < 128 ? c.toLowerCase() : c.toLowerCase();
      } else {
        flush();
      }
    }
    flush();
    return out;
  }
  function pairs(run) {
    var chars = Array.from(run);
    if (chars.length === 1) return chars;
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }
  function folded(list) {
    return list.map(function (r) { return r.word !== undefined ? r.word : r.cjk; }).join(" ");
  }

  function Index(data) {
    this.data = data;
    this.lists = {};
    this.folded = [];
    this.words = null;
    this.byChar = null;
    // Compiling the Unicode pattern takes tens of milliseconds: done on loading, not on the
    // first query.
    isWord("\u00e9");
    isWord("\u3001");
  }
  Index.prototype.list = function (term) {
    if (this.lists[term]) return this.lists[term];
    var code = this.data.terms[term], out = [], n = 0;
    if (code !== undefined) code.split(".").forEach(function (gap) { n += parseInt(gap, 36); out.push(n); });
    this.lists[term] = out;
    return out;
  };
  Index.prototype.union = function (terms) {
    var seen = new Set();
    for (var i = 0; i < terms.length; i++) this.list(terms[i]).forEach(function (n) { seen.add(n); });
    return seen;
  };
  Index.prototype.matches = function (run, prefix) {
    var self = this;
    if (run.word !== undefined) {
      if (!prefix) return new Set(this.list(run.word));
      if (!this.words) {
        this.words = Object.keys(this.data.terms).filter(function (t) { return !isCJK(t.codePointAt(0)); }).sort();
      }
      var lo = 0, hi = this.words.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (this.words[mid] < run.word) lo = mid + 1; else hi = mid; }
      var found = [];
      for (var i = lo; i < this.words.length && this.words[i].lastIndexOf(run.word, 0) === 0; i++) found.push(this.words[i]);
      return this.union(found);
    }
    var chars = Array.from(run.cjk);
    if (chars.length === 1) {
      if (!this.byChar) {
        this.byChar = {};
        Object.keys(this.data.terms).forEach(function (t) {
          Array.from(t).forEach(function (c) {
            if (!isCJK(c.codePointAt(0))) return;
            (self.byChar[c] = self.byChar[c] || []).push(t);
          });
        });
      }
      return this.union(this.byChar[chars[0]] || []);
    }
    var hits = null;
    pairs(run.cjk).forEach(function (term) {
      var list = new Set(self.list(term));
      hits = hits ? new Set(Array.from(hits).filter(function (n) { return list.has(n); })) : list;
    });
    return hits || new Set();
  };
  // Entry numbers matching `query`, best first: see SearchIndex+Query.swift.
  Index.prototype.search = function (query) {
    var list = runs(query);
    if (!list.length) return [];
    var last = Array.from(query).pop();
    var typing = isWord(String.fromCodePoint(narrow(last.codePointAt(0))));
    var found = null;
    for (var i = 0; i < list.length; i++) {
      var hits = this.matches(list[i], typing && i === list.length - 1);
      found = found ? new Set(Array.from(found).filter(function (n) { return hits.has(n); })) : hits;
      if (!found.size) return [];
    }
    var stretches = list.filter(function (r) { return r.cjk !== undefined && Array.from(r.cjk).length > 2; })
      .map(function (r) { return r.cjk; });
    var q = folded(list), entries = this.data.entries, ranked = [], self = this;
    found.forEach(function (n) {
      var own = self.folded[n];
      if (!own) {
        var r = runs(entries[n][2]);
        own = self.folded[n] = [folded(r), r.filter(function (x) { return x.cjk !== undefined; }).map(function (x) { return x.cjk; })];
      }
      if (stretches.length) {
        var all = stretches.every(function (s) { return own[1].some(function (c) { return c.indexOf(s) !== -1; }); });
        if (!all) return;
      }
      var text = own[0];
      ranked.push([entries[n][1], text === q ? 0 : text.lastIndexOf(q, 0) === 0 ? 1 : 2, n]);
    });
    ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    var full = ranked.map(function (r) { return r[2]; });
    return full.concat(this.scattered(list, full));
  };
  // Pages holding every part of the query in different entries, one result each: see
  // SearchIndex+Query.swift.
  Index.prototype.scattered = function (list, full) {
    var self = this, parts = [];
    list.forEach(function (run) {
      if (run.word !== undefined) {
        var w = run.word, stem = Array.from(w).length > 4 && (ends(w, "e") || ends(w, "y")) ? w.slice(0, -1) : w;
        parts.push(self.matches({ word: stem }, true));
        return;
      }
      var chars = Array.from(run.cjk);
      if (chars.length <= 2) { parts.push(self.matches(run, false)); return; }
      for (var start = 0; start < chars.length; start += 2) parts.push(self.matches({ cjk: chars.slice(start, start + 2).join("") }, false));
    });
    if (parts.length < 2) return [];
    var page = function (n) { return self.data.targets[self.data.entries[n][0]][0]; };
    var done = new Set(full.map(page)), pages = null;
    parts.forEach(function (part) {
      var here = new Set(Array.from(part).map(page));
      pages = pages ? new Set(Array.from(pages).filter(function (p) { return here.has(p); })) : here;
    });
    var best = new Map(), all = new Set();
    parts.forEach(function (part) { part.forEach(function (n) { all.add(n); }); });
    all.forEach(function (n) {
      var p = page(n);
      if (!pages.has(p) || done.has(p)) return;
      var count = parts.filter(function (part) { return part.has(n); }).length, known = best.get(p);
      if (known && (known[0] > count || (known[0] === count && known[1] < n))) return;
      best.set(p, [count, n]);
    });
    return Array.from(best.values()).map(function (b) { return b[1]; }).sort(function (a, b) { return a - b; });
  };

  var api = { runs: runs, fold: fold, pairs: pairs, Index: Index };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  // The box in the page header: hidden until this script shows it, since it needs the script.
  var box = document.querySelector("[data-search]");
  if (!box) return;
  var input = box.querySelector("input");
  var panel = box.querySelector(".search-panel");
  var list = box.querySelector(".search-results");
  var shown = box.querySelector(".search-count");
  var status = box.querySelector("[role=status]");
  var source = box.getAttribute("data-index");
  var base = source.replace(/[^\/]*$/, "");
  var language = box.getAttribute("data-language");
  var english = document.documentElement.lang === "en";
  var index = null, loading = false, failed = false;
  box.hidden = false;

  function load() {
    if (index || loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = source;
    script.onload = function () {
      var data = window.yearbookSearch && window.yearbookSearch[language];
      if (data) index = new Index(data); else failed = true;
      update();
    };
    script.onerror = function () { failed = true; update(); };
    document.head.appendChild(script);
  }
  function say(text) {
    shown.textContent = text;
    if (status.textContent !== text) status.textContent = text;
  }
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  // Chinese inside the English edition is marked as such (names of agencies, originals).
  function tagged(html) {
    return english ? html.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff（），、：；。“”《》]+/g, '<span lang="zh-Hans">$&</span>') : html;
  }
  // The text around the first match, every match marked.
  function snippet(text, query) {
    var plain = Array.from(text).map(function (c) { return String.fromCodePoint(narrow(c.codePointAt(0))); }).join("").toLowerCase();
    if (plain.length !== text.length) plain = text.toLowerCase();
    var spans = [];
    runs(query).forEach(function (r) {
      var needles = r.cjk !== undefined ? [r.cjk] : Array.from(new Set(query.toLowerCase().split(/[^\p{Alphabetic}\p{N}]+/u)
        .filter(function (w) { return w && fold(w) === r.word; }).concat([r.word])));
      needles.forEach(function (needle) {
        for (var at = plain.indexOf(needle); at !== -1; at = plain.indexOf(needle, at + needle.length)) {
          if (r.word !== undefined && at > 0 && isWord(plain[at - 1])) continue;
          spans.push([at, at + needle.length]);
        }
      });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var start = spans.length && text.length > 140 ? Math.max(0, Math.min(spans[0][0] - 30, text.length - 140)) : 0;
    var end = Math.min(text.length, start + 140);
    var html = start > 0 ? "…" : "", cursor = start;
    spans.forEach(function (s) {
      if (s[0] < cursor || s[0] >= end) return;
      html += tagged(escape(text.slice(cursor, s[0]))) + "<mark>" + tagged(escape(text.slice(s[0], Math.min(s[1], end)))) + "</mark>";
      cursor = Math.min(s[1], end);
    });
    return html + tagged(escape(text.slice(cursor, end))) + (end < text.length ? "…" : "");
  }
  function open(show) {
    panel.hidden = !show;
  }
  function update() {
    var query = input.value;
    list.textContent = "";
    if (!query.trim()) { open(false); say(""); return; }
    if (failed) { open(true); say(box.getAttribute("data-unavailable")); return; }
    if (!index) { load(); return; }
    var started = performance.now();
    var found = index.search(query);
    var entries = index.data.entries, html = "";
    found.slice(0, LIMIT).forEach(function (n) {
      var e = entries[n], target = index.data.targets[e[0]];
      var href = base + index.data.pages[target[0]] + (target[1] ? "#" + encodeURIComponent(target[1]) : "");
      html += '<li><a href="' + escape(href) + '" data-kind="' + e[1] + '"><span class="search-place">' + tagged(escape(target[2])) +
        '</span> <span class="search-text">' + snippet(e[2], query) + "</span></a></li>";
    });
    list.innerHTML = html;
    box.setAttribute("data-query-ms", (performance.now() - started).toFixed(1));
    var count = found.length === 0 ? box.getAttribute("data-none") : found.length === 1 ? box.getAttribute("data-count-one")
      : (found.length > LIMIT ? box.getAttribute("data-count-shown") : box.getAttribute("data-count"));
    say(count.replace("{n}", String(found.length)).replace("{shown}", String(LIMIT)));
    open(true);
  }
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("focus", load);
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    var all = links();
    if (event.key === "ArrowDown" && all.length) { event.preventDefault(); open(true); all[0].focus(); }
    else if (event.key === "Enter" && all.length) { event.preventDefault(); all[0].click(); }
    else if (event.key === "Escape") { event.preventDefault(); open(false); if (panel.hidden && !input.value) input.blur(); }
  });
  list.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === "Escape") { event.preventDefault(); open(false); input.focus(); }
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) open(false);
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target, tag = target && target.tagName;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) open(false);
  });
  if (input.value) update();
})();
