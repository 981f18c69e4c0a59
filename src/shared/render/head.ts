import { attr, cssForStyle, escapeHtml, jsonForScript } from './escape'
import { pageCss } from './styles'
import type { SiteSettings } from './settings'

/**
 * The <head>: title, description, canonical link, Open Graph, the schema.org NewsArticle block and the styles.
 * Values arrive already chosen (page.ts decides what the description or the image is); this file only writes them.
 */
export interface HeadInput {
  settings: SiteSettings
  title: string
  headline: string
  description: string
  section: string
  tags: string[]
  byline: string
  /** ISO 8601 with offset, or ''. */
  publishedIso: string
  modifiedIso: string
  /** Absolute http(s) URLs only; '' when there is none (data: URIs are never repeated into metadata). */
  imageUrl: string
  logoUrl: string
  canonicalUrl: string
  fontCss: string
}

// Scripts cannot run in the page at all; the JSON-LD block is data, which CSP does not govern.
const CSP = "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

function meta(property: string, content: string, key: 'property' | 'name' = 'property'): string {
  return content === '' ? '' : `<meta ${key}="${property}"${attr('content', content)}>\n`
}

/** A desk («কালবেলা ডেস্ক») is an organisation; a named reporter is a person. */
function authorOf(byline: string): Record<string, string> | undefined {
  if (byline === '') return undefined
  return { '@type': /ডেস্ক|desk/i.test(byline) ? 'Organization' : 'Person', name: byline }
}

function newsArticleLd(input: HeadInput): Record<string, unknown> {
  const publisher: Record<string, unknown> = { '@type': 'Organization', name: input.settings.siteName }
  if (input.settings.siteUrl) publisher.url = input.settings.siteUrl
  if (input.logoUrl) publisher.logo = { '@type': 'ImageObject', url: input.logoUrl }
  const ld: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: input.headline }
  if (input.description) ld.description = input.description
  if (input.publishedIso) ld.datePublished = input.publishedIso
  if (input.modifiedIso) ld.dateModified = input.modifiedIso
  const author = authorOf(input.byline)
  if (author) ld.author = [author]
  if (input.imageUrl) ld.image = [input.imageUrl]
  ld.publisher = publisher
  if (input.canonicalUrl) ld.mainEntityOfPage = { '@type': 'WebPage', '@id': input.canonicalUrl }
  if (input.section) ld.articleSection = input.section
  if (input.tags.length > 0) ld.keywords = input.tags.join(', ')
  ld.inLanguage = 'bn'
  return ld
}

export function renderHead(input: HeadInput): string {
  let html = '<head>\n<meta charset="utf-8">\n'
  html += '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
  html += `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`
  html += `<title>${escapeHtml(input.title)}</title>\n`
  html += meta('description', input.description, 'name')
  if (input.canonicalUrl) html += `<link rel="canonical"${attr('href', input.canonicalUrl)}>\n`
  html += meta('og:type', 'article')
  html += meta('og:site_name', input.settings.siteName)
  html += meta('og:locale', 'bn_BD')
  html += meta('og:title', input.headline)
  html += meta('og:description', input.description)
  html += meta('og:url', input.canonicalUrl)
  html += meta('og:image', input.imageUrl)
  html += meta('article:published_time', input.publishedIso)
  html += meta('article:modified_time', input.modifiedIso)
  html += meta('article:section', input.section)
  for (const tag of input.tags) html += meta('article:tag', tag)
  html += `<script type="application/ld+json">${jsonForScript(newsArticleLd(input))}</script>\n`
  const fonts = cssForStyle(input.fontCss).trim()
  if (fonts) html += `<style>\n${fonts}\n</style>\n`
  html += `<style>\n${pageCss(input.settings.colours)}</style>\n`
  return `${html}</head>\n`
}
