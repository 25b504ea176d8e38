import type { BenchFile } from './posts'

/**
 * The smallest Hugo site that builds what recap builds from the same posts: a page per post at
 * the same permalink, the home page, the blog list and every tag page paginated by 10, and feeds.
 * Shortcodes the corpus uses are stubbed with plain HTML (Hugo's own tweet shortcode would fetch
 * from the network), so Hugo renders every post without leaving the machine.
 */
export function hugoSiteFiles(title = 'recap bench'): BenchFile[] {
  const page = (main: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title><link rel="canonical" href="{{ .Permalink }}"></head>
<body><header><a href="/">{{ .Site.Title }}</a> <a href="/blog/">Blog</a> <a href="/tags/">Tags</a></header>
<main>${main}</main></body></html>
`
  const list = `<h1>{{ .Title }}</h1>
<ol>{{ range .Paginator.Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Date.Format "2 January 2006" }} · {{ .Params.author }}</p><p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ol>
{{ with .Paginator.Prev }}<a href="{{ .URL }}" rel="prev">Newer</a>{{ end }} {{ with .Paginator.Next }}<a href="{{ .URL }}" rel="next">Older</a>{{ end }}`
  const idOrFirst = '{{ with .Get "id" }}{{ . }}{{ else }}{{ .Get 0 }}{{ end }}'
  return [
    {
      path: 'config.toml',
      text: `baseURL = "http://localhost/"
title = ${JSON.stringify(title)}
languageCode = "en"
paginate = 10
disableKinds = ["sitemap", "robotsTXT", "404"]

[permalinks]
blog = "/:year/:month/:day/:slug/"

[taxonomies]
tag = "tags"

[markup.goldmark.renderer]
unsafe = true
`,
    },
    { path: 'layouts/_default/single.html', text: page(`<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }} · {{ .Params.author }} · {{ .ReadingTime }} min</p>
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>`) },
    { path: 'layouts/_default/list.html', text: page(list) },
    { path: 'layouts/_default/terms.html', text: page('<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>') },
    { path: 'layouts/index.html', text: page('<h1>{{ .Site.Title }}</h1><ol>{{ range first 7 (where .Site.RegularPages "Section" "blog") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>') },
    { path: 'layouts/shortcodes/fig.html', text: '<figure><img src="{{ .Get "src" }}" alt="{{ .Get "alt" }}" loading="lazy">{{ with .Get "title" }}<figcaption>{{ . }}</figcaption>{{ end }}</figure>\n' },
    { path: 'layouts/shortcodes/note.html', text: '<aside class="note">{{ .Inner | markdownify }}</aside>\n' },
    { path: 'layouts/shortcodes/table.html', text: '<div class="table">{{ .Inner | markdownify }}</div>\n' },
    { path: 'layouts/shortcodes/tweet.html', text: `<blockquote><a href="https://twitter.com/i/status/${idOrFirst}">A tweet</a></blockquote>\n` },
    { path: 'layouts/shortcodes/youtube.html', text: `<a href="https://www.youtube.com/watch?v=${idOrFirst}">A video</a>\n` },
    { path: 'layouts/shortcodes/asciinema.html', text: `<a href="https://asciinema.org/a/${idOrFirst}">A recording</a>\n` },
  ]
}
