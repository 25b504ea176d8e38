import { feedStylesheetCssPath, iconPath, themeStylesheetPath } from '../routes'
import { site } from '../site'

/** Text for an XSL (XML) document: `&`, `<`, `>` and quotes escaped. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * An XSLT 1.0 stylesheet that turns an RSS 2.0 or Atom 1.0 feed into a readable HTML page: what
 * a feed is, how to subscribe, and its posts with their dates and summaries, in the site's
 * colours. Browsers apply it under the feed's CSP, so it has no inline style or script: the
 * look comes from /theme.css and /feed.css. Feed readers ignore it.
 */
export function feedStylesheet(): string {
  const lang = xml(site.language)
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:template match="/">
    <html lang="${lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <link rel="stylesheet" href="${xml(themeStylesheetPath())}"/>
        <link rel="stylesheet" href="${xml(feedStylesheetCssPath())}"/>
        <link rel="icon" href="${xml(iconPath())}" type="image/svg+xml"/>
      </head>
      <body>
        <main class="feed">
          <p class="feed__note">This is a feed: copy its address into a feed reader to follow <strong><xsl:value-of select="$title"/></strong>.</p>
          <h1><xsl:value-of select="$title"/></h1>
          <p><xsl:value-of select="/rss/channel/description | /atom:feed/atom:subtitle"/></p>
          <p><a class="feed__site"><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/></xsl:attribute>Visit the site</a></p>
          <h2>Posts</h2>
          <ol class="feed__items">
            <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
  <xsl:template match="item">
    <li>
      <h3><a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a></h3>
      <p class="feed__date"><xsl:value-of select="substring(pubDate, 1, 16)"/></p>
      <p><xsl:value-of select="description"/></p>
    </li>
  </xsl:template>
  <xsl:template match="atom:entry">
    <li>
      <h3><a><xsl:attribute name="href"><xsl:value-of select="atom:link[not(@rel) or @rel='alternate']/@href"/></xsl:attribute><xsl:value-of select="atom:title"/></a></h3>
      <p class="feed__date"><xsl:value-of select="substring(atom:published, 1, 10)"/></p>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
`
}
