/// The Hugo site's layout: the same page structure as the yearbook's `layout`, `chapter` and
/// `cover` templates (head, skip link, site title, language switch, the navigation — every
/// chapter up to 24, else the first, the last and four either side of the page's own with gap
/// marks, as `NavigationWindow` does —, table of contents, pager), so both generators write
/// comparable pages.
enum HugoLayouts {
  static let files: [String: String] = [
    "_default/baseof.html": """
      <!DOCTYPE html>
      <html lang="{{ .Site.Params.htmllang }}">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} — {{ .Site.Title }}{{ end }}</title>
      {{ with .Params.summary }}<meta name="description" content="{{ . }}">
      {{ end }}<link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
      <link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
      <script src="{{ "assets/site.js" | relURL }}" defer></script>
      </head>
      <body class="{{ if .IsHome }}cover{{ else }}chapter{{ end }}">
      <a class="skip-link" href="#main">{{ .Site.Params.skip }}</a>
      <header class="site-header">
      <div class="bar">
      <a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
      {{ range .Translations }}<a class="language-switch" href="{{ .RelPermalink }}" hreflang="{{ .Language.Params.htmllang }}" lang="{{ .Language.Params.htmllang }}">{{ .Language.LanguageName }}</a>{{ end }}
      </div>
      <nav class="site-nav" aria-label="{{ .Site.Params.nav }}">
      <details class="nav-menu">
      <summary>{{ .Site.Params.nav }}</summary>
      <ol>
      {{ $current := .RelPermalink }}{{ $pages := .Site.RegularPages.ByWeight }}{{ $n := len $pages }}{{ $shown := $pages }}{{ $low := 1 }}{{ $high := sub $n 2 }}{{ if gt $n 24 }}{{ $at := 0 }}{{ if .IsPage }}{{ $at = sub .Weight 1 }}{{ end }}{{ $low = sub $at 4 }}{{ if lt $low 1 }}{{ $low = 1 }}{{ end }}{{ $high = add $at 4 }}{{ if gt $high (sub $n 2) }}{{ $high = sub $n 2 }}{{ end }}{{ $shown = slice (index $pages 0) }}{{ $shown = $shown | append (first (add (sub $high $low) 1) (after $low $pages)) }}{{ $shown = $shown | append (index $pages (sub $n 1)) }}{{ end }}{{ range $i, $p := $shown }}{{ if and (gt $n 24) (or (and (eq $i 1) (gt $low 1)) (and (eq $i (sub (len $shown) 1)) (lt $high (sub $n 2)))) }}<li class="nav-gap" aria-hidden="true">…</li>
      {{ end }}<li><a href="{{ $p.RelPermalink }}"{{ if eq $p.RelPermalink $current }} aria-current="page"{{ end }}><span class="part">{{ $p.Params.part }}</span> {{ $p.Title }}</a></li>
      {{ end }}</ol>
      </details>
      </nav>
      </header>
      <main id="main" tabindex="-1">
      {{ block "main" . }}{{ end }}
      </main>
      <footer class="site-footer">
      <p>{{ .Site.Title }}</p>
      </footer>
      </body>
      </html>

      """,
    "_default/single.html": """
      {{ define "main" }}<article class="chapter-page">
      <header class="chapter-header">
      <p class="part-label">{{ .Params.part }}</p>
      <h1>{{ .Title }}</h1>
      </header>
      <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{{ .Site.Params.contents }}</h2>
      {{ .TableOfContents }}
      </nav>
      <div class="chapter-body">
      {{ .Content }}
      </div>
      <nav class="pager" aria-label="{{ .Site.Params.previous }} / {{ .Site.Params.next }}">
      {{ with .NextInSection }}<a class="previous" rel="prev" href="{{ .RelPermalink }}"><span>{{ $.Site.Params.previous }}</span> {{ .Params.part }} {{ .Title }}</a>{{ end }}
      {{ with .PrevInSection }}<a class="next" rel="next" href="{{ .RelPermalink }}"><span>{{ $.Site.Params.next }}</span> {{ .Params.part }} {{ .Title }}</a>{{ end }}
      </nav>
      </article>{{ end }}

      """,
    "index.html": """
      {{ define "main" }}<div class="cover-page">
      <header class="cover-header">
      <p class="year">2019</p>
      <h1>{{ .Site.Title }}</h1>
      </header>
      <section class="chapter-list" aria-labelledby="chapters-title">
      <h2 id="chapters-title">{{ .Site.Params.chapters }}</h2>
      <ol>
      {{ range .Site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}"><span class="part">{{ .Params.part }}</span> <span class="title">{{ .Title }}</span></a><p>{{ .Params.summary }}</p></li>
      {{ end }}</ol>
      </section>
      </div>{{ end }}

      """,
    "404.html": """
      {{ define "main" }}<p>{{ if eq .Site.Language.Lang "zh" }}未找到该页面。{{ else }}This page could not be found.{{ end }}</p>{{ end }}

      """,
  ]
}
