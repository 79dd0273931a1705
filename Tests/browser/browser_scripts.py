"""JavaScript that the browser gates run inside each page; each returns plain JSON values."""

# Short names for elements in messages.
_DESCRIBE = """
function describe(el) {
  let name = el.tagName.toLowerCase();
  if (el.id) name += '#' + el.id;
  else if (el.classList && el.classList.length) name += '.' + Array.from(el.classList).slice(0, 2).join('.');
  const fig = el.closest && el.closest('figure[id]');
  if (fig && fig !== el) name += ' in figure#' + fig.id;
  return name;
}
"""

# Horizontal overflow: the page must not be wider than the viewport. When it is, the outermost
# elements that stick out (and are not clipped by a scrolling or clipping ancestor) are named.
OVERFLOW = _DESCRIBE + """
const width = arguments[0];
const root = document.documentElement;
const scrollWidth = Math.max(root.scrollWidth, document.body.scrollWidth);
const result = {scrollWidth: scrollWidth, clientWidth: root.clientWidth, offenders: []};
if (scrollWidth <= width + 1) return result;
const found = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right <= width + 1 && r.left >= -1) continue;
  let clipped = false;
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') { clipped = true; break; }
  }
  if (clipped || found.some(f => f.contains(el))) continue;
  found.push(el);
  result.offenders.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
  if (found.length >= 5) break;
}
return result;
"""

# Charts: a non-zero box, and every text inside the chart's viewBox as drawn on screen.
CHARTS = _DESCRIBE + """
const out = [];
// Each figure holds a wide and a narrow drawing and shows exactly one of them.
document.querySelectorAll('figure.chart-figure').forEach(fig => {
  const shown = [...fig.querySelectorAll('svg.chart')].filter(s => s.getClientRects().length > 0);
  if (shown.length !== 1) out.push({name: fig.id, width: 0, height: 0, spills: ['shows ' + shown.length + ' drawings, not 1']});
});
document.querySelectorAll('svg.chart').forEach((svg, index) => {
  if (svg.getClientRects().length === 0 && svg.closest('.chart-wide, .chart-narrow')) return;
  const fig = svg.closest('figure');
  const name = fig && fig.id ? fig.id : 'chart ' + (index + 1);
  const box = svg.getBoundingClientRect();
  const item = {name: name, width: box.width, height: box.height, spills: []};
  out.push(item);
  if (box.width < 1 || box.height < 1) return;
  // The viewBox in screen coordinates: what the chart may draw in.
  const vb = svg.viewBox.baseVal;
  const m = svg.getScreenCTM();
  const area = vb && vb.width ? {
    left: m.a * vb.x + m.e, top: m.d * vb.y + m.f,
    right: m.a * (vb.x + vb.width) + m.e, bottom: m.d * (vb.y + vb.height) + m.f,
  } : {left: box.left, top: box.top, right: box.right, bottom: box.bottom};
  // The svg element's own box clips too (letterboxing only makes it larger).
  area.left = Math.max(area.left, box.left); area.right = Math.min(area.right, box.right);
  area.top = Math.max(area.top, box.top); area.bottom = Math.min(area.bottom, box.bottom);
  const tolerance = 1;
  svg.querySelectorAll('text').forEach(t => {
    const r = t.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    const over = [];
    if (r.left < area.left - tolerance) over.push('left by ' + (area.left - r.left).toFixed(1));
    if (r.right > area.right + tolerance) over.push('right by ' + (r.right - area.right).toFixed(1));
    if (r.top < area.top - tolerance) over.push('top by ' + (area.top - r.top).toFixed(1));
    if (r.bottom > area.bottom + tolerance) over.push('bottom by ' + (r.bottom - area.bottom).toFixed(1));
    if (over.length) item.spills.push('"' + t.textContent.trim().slice(0, 40) + '" spills ' + over.join(', ') + ' px');
  });
});
return out;
"""

# The page's language and its language link, resolved to an absolute URL.
LANGUAGE = """
const link = document.querySelector('a.language-switch');
return {
  url: location.href.split('#')[0],
  lang: document.documentElement.lang,
  link: link ? link.href : null,
  hreflang: link ? link.getAttribute('hreflang') : null,
  linkLang: link ? link.getAttribute('lang') : null,
};
"""

# Table of contents: every link is an in-page link, and following it makes its target :target.
TOC = _DESCRIBE + """
const problems = [];
const links = document.querySelectorAll('nav.toc a[href]');
for (const a of links) {
  const href = a.getAttribute('href');
  if (!href.startsWith('#')) { problems.push('"' + href + '" is not an in-page link'); continue; }
  const id = decodeURIComponent(href.slice(1));
  const target = document.getElementById(id);
  if (!target) { problems.push('"' + href + '" has no target'); continue; }
  if (target.getClientRects().length === 0) { problems.push('"' + href + '" leads to hidden ' + describe(target)); continue; }
  a.click();
  if (document.querySelector(':target') !== target) problems.push('following "' + href + '" did not land on ' + describe(target));
}
history.replaceState(null, '', location.pathname);
window.scrollTo(0, 0);
return {count: links.length, problems: problems};
"""

# Keyboard focus. The first Tab (sent by the driver before this runs) must reach a visible
# skip link with a focus ring; then one element of each focusable kind, focused after that
# keyboard move, must show a ring too. A ring is an outline or box-shadow of 2 px or more,
# with at least 3:1 contrast against the page background.
FOCUS = _DESCRIBE + """
const expectSkip = arguments[0];
const problems = [];
function rgb(text) { const m = text.match(/[\\d.]+/g); return m ? m.slice(0, 4).map(Number) : null; }
function lum(c) {
  const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
function contrast(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c && (c.length < 4 || c[3] > 0)) return c;
  }
  return [255, 255, 255];
}
function ring(el) {
  const cs = getComputedStyle(el);
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
    const c = rgb(cs.outlineColor), bg = background(el.parentElement || el);
    const ratio = contrast(c, bg);
    return ratio >= 3 ? null : 'its focus outline has contrast ' + ratio.toFixed(2) + ':1 (under 3:1)';
  }
  if (cs.boxShadow && cs.boxShadow !== 'none') return null;
  return 'shows no focus ring (outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ')';
}
function visible(el) {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
}
const first = document.activeElement;
if (!first || first === document.body) {
  problems.push('the first Tab focused nothing');
} else {
  if (expectSkip && !first.classList.contains('skip-link')) problems.push('the first Tab reached ' + describe(first) + ', not the skip link');
  if (!visible(first)) problems.push('the first focused element ' + describe(first) + ' is not visible on screen');
  const r = ring(first);
  if (r) problems.push(describe(first) + ' ' + r);
}
const kinds = ['a.language-switch', 'summary', 'main a[href]', 'input', 'button', 'select', '[tabindex="0"]'];
for (const selector of kinds) {
  // Only elements a reader can reach: rendered, and not inside a closed <details>.
  const el = Array.from(document.querySelectorAll(selector)).find(e =>
    e.checkVisibility({checkVisibilityCSS: true}) && !e.closest('details:not([open]) > :not(summary)'));
  if (!el) continue;
  el.focus();
  if (document.activeElement !== el) { problems.push(describe(el) + ' cannot take focus'); continue; }
  const r = ring(el);
  if (r) problems.push(describe(el) + ' ' + r);
}
document.activeElement.blur();
window.scrollTo(0, 0);
return problems;
"""

# Print: charts keep a size and stay visible; navigation, the site header and the skip link go.
PRINT = _DESCRIBE + """
const problems = [];
document.querySelectorAll('figure.chart-figure').forEach(fig => {
  const shown = [...fig.querySelectorAll('svg.chart')].filter(s => s.getClientRects().length > 0);
  if (shown.length !== 1) problems.push('chart ' + describe(fig) + ' shows ' + shown.length + ' drawings in print, not 1');
});
document.querySelectorAll('svg.chart').forEach((svg, i) => {
  if (svg.getClientRects().length === 0 && svg.closest('.chart-wide, .chart-narrow')) return;
  const r = svg.getBoundingClientRect();
  const shown = svg.getClientRects().length > 0 && getComputedStyle(svg).visibility !== 'hidden';
  if (!shown || r.width < 1 || r.height < 1) problems.push('chart ' + describe(svg) + ' is not shown in print');
});
for (const el of document.querySelectorAll('nav, header.site-header, .skip-link, .language-switch')) {
  const shown = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  if (shown) problems.push(describe(el) + ' is still shown in print');
}
return problems;
"""
