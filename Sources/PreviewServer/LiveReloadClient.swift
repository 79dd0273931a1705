/// The script `serve` puts into every page it builds (through `BuildOptions.liveReloadScript`;
/// `build` never sets it). It reloads the page when a rebuild changed it, swaps stylesheets
/// in place when only CSS changed, keeps the scroll position across a reload, and shows the
/// errors of a failed build over the page (file, line, message), until a good build clears them.
///
/// Only one tab holds the event stream: the others hear it through a `BroadcastChannel`, with
/// a Web Lock electing the holder, so a dozen open chapters do not use up the browser's six
/// connections per host. Where either is missing (a page reached over plain HTTP on another
/// address is not a secure context), each tab listens for itself.
public enum LiveReloadClient {
  /// Where the server sends its events.
  public static let eventsPath = "/__yearbook/events"
  /// Where a page reads the current state when it loads.
  public static let statusPath = "/__yearbook/status"

  /// The script, to go inside a `<script>` element (it holds no `</script` nor `<!--`).
  public static let script = #"""
    (() => {
      if (window.yearbookLive) return;
      window.yearbookLive = true;
      let here = location.pathname;
      try { here = decodeURIComponent(here); } catch (_) {}
      here = here.replace(/^\/+/, '').replace(/(^|\/)$/, '$1index.html');
      const scrollKey = 'yearbook-live-scroll';
      let session = null, generation = -1, overlay = null, notice = null;
      // The overlay speaks the page's language.
      const zh = /^zh/i.test(document.documentElement.lang || '');
      const words = zh ? {
        failed: (n) => '构建失败，共 ' + n + ' 个错误。',
        lastGood: '本页为上次成功构建的版本，错误修正后自动刷新。',
        noBuild: '尚无成功的构建：首次构建即失败。错误修正后本页自动显示。',
        hide: '隐藏',
        disconnected: '预览已断开：yearbook serve 未在运行。重新启动后本页自动重连。',
      } : {
        failed: (n) => 'yearbook: the build failed with ' + n + (n === 1 ? ' error' : ' errors') + '.',
        lastGood: ' This page is the last good build; it reloads when the errors are fixed.',
        noBuild: ' There is no good build yet: the first build failed. This page shows the site once the errors are fixed.',
        hide: 'Hide',
        disconnected: 'Preview disconnected: yearbook serve is not running. This page reconnects when it is back.',
      };
      const noBuildYet = !!document.querySelector('meta[name="yearbook-no-build"]');
      function disconnected(on) {
        if (!on) { if (notice) { notice.remove(); notice = null; } return; }
        if (notice) return;
        notice = document.createElement('p');
        notice.id = 'yearbook-live-disconnected';
        notice.setAttribute('role', 'status');
        notice.style.cssText = 'position:fixed;left:50%;top:.5em;transform:translateX(-50%);z-index:2147483647;margin:0;' +
          'padding:.4em .9em;background:#3a3a3a;color:#fff;border-radius:4px;font:13px/1.4 system-ui,sans-serif;' +
          'box-shadow:0 2px 10px rgba(0,0,0,.35)';
        notice.textContent = words.disconnected;
        (document.body || document.documentElement).append(notice);
      }
      try {
        const saved = JSON.parse(sessionStorage.getItem(scrollKey) || 'null');
        sessionStorage.removeItem(scrollKey);
        if (saved && saved.path === location.pathname) addEventListener('load', () => scrollTo(saved.x, saved.y));
      } catch (_) {}
      function reload() {
        try { sessionStorage.setItem(scrollKey, JSON.stringify({ path: location.pathname, x: scrollX, y: scrollY })); } catch (_) {}
        location.reload();
      }
      function restyle() {
        for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
          const url = new URL(link.href);
          url.searchParams.set('live', Date.now());
          link.href = url.href;
        }
      }
      function show(diagnostics) {
        if (overlay) { overlay.remove(); overlay = null; }
        const errors = (diagnostics || []).filter((d) => d.severity === 'error');
        if (!errors.length) return;
        overlay = document.createElement('section');
        overlay.id = 'yearbook-live-errors';
        overlay.setAttribute('role', 'alert');
        overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;' +
          'margin:0;padding:1em 1.25em;background:#2b0d0e;color:#fff;border-top:4px solid #e5484d;text-align:left;' +
          'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px rgba(0,0,0,.45)';
        const title = document.createElement('p');
        title.style.cssText = 'margin:0 0 .5em;font-weight:bold';
        title.textContent = words.failed(errors.length) + (noBuildYet ? words.noBuild : words.lastGood);
        const close = document.createElement('button');
        close.type = 'button';
        close.textContent = '×';
        close.setAttribute('aria-label', words.hide);
        close.style.cssText = 'position:absolute;top:.5em;right:.75em;font:inherit;font-size:20px;color:inherit;background:none;border:0;cursor:pointer';
        close.onclick = () => overlay.remove();
        const list = document.createElement('ol');
        list.style.cssText = 'margin:0;padding-left:1.5em';
        for (const d of errors) {
          const item = document.createElement('li');
          const where = document.createElement('code');
          where.style.cssText = 'color:#ffb4b4';
          where.textContent = d.file + (d.line ? ':' + d.line + (d.column ? ':' + d.column : '') : '');
          item.append(where, ' ' + d.message + ' [' + d.rule + ']');
          list.append(item);
        }
        overlay.append(title, close, list);
        (document.body || document.documentElement).append(overlay);
      }
      function handle(kind, data) {
        if (kind === 'hello') {
          const missed = session !== null && (data.session !== session || data.generation !== generation);
          session = data.session;
          if (missed) return reload();
          generation = data.generation;
          return show(data.diagnostics);
        }
        if (data.generation <= generation) return;
        generation = data.generation;
        if (kind === 'failure') return show(data.diagnostics);
        show([]);
        const changed = data.changed || [];
        if (changed.includes(here) || changed.some((p) => /\.(js|svg|png|jpe?g|gif|webp|avif|woff2?)$/.test(p))) return reload();
        if (changed.some((p) => p.endsWith('.css'))) restyle();
      }
      const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('yearbook-live') : null;
      function listen() {
        const source = new EventSource('/__yearbook/events');
        // The browser retries on its own; until it is back, the page says it no longer follows saves.
        source.addEventListener('error', () => disconnected(true));
        source.addEventListener('open', () => disconnected(false));
        for (const kind of ['hello', 'reload', 'failure']) {
          source.addEventListener(kind, (event) => {
            const data = JSON.parse(event.data);
            if (channel) channel.postMessage({ kind, data });
            handle(kind, data);
          });
        }
      }
      function start() {
        if (channel && navigator.locks) {
          channel.onmessage = (event) => handle(event.data.kind, event.data.data);
          navigator.locks.request('yearbook-live', () => { listen(); return new Promise(() => {}); });
        } else {
          listen();
        }
      }
      fetch('/__yearbook/status', { cache: 'no-store' })
        .then((response) => response.json())
        .then((data) => handle('hello', data))
        .catch(() => {})
        .finally(start);
    })();
    """#
}
