/** The one renderer: article → published page HTML (preview and HTML export alike). */
export { renderArticlePage, renderPreviewDocument, describeArticle } from './page'
export { renderBodyHtml, renderSanitizedBody, renderFigure, normalizeHref, PHOTO_CREDIT_PREFIX } from './body-html'
export type { ResolvedMedia, MediaResolver, FigureInput } from './body-html'
export type { RenderContext, LatestStory } from './context'
export { RAIL_LIMIT, RAIL_TITLE } from './context'
export { DEFAULT_SITE_SETTINGS, defaultSiteSettings, resolveSettings, siteSettingsSchema } from './settings'
export type { SiteSettings, SiteColours } from './settings'
export { escapeHtml, jsonForScript } from './escape'
