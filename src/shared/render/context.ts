import type { CalendarLineSettings } from '../bangla/calendar'
import type { MediaResolver } from './body-html'
import type { SiteSettings } from './settings'

/** One entry of the «সর্বশেষ» rail: another story's headline and, when it has one, its address. */
export interface LatestStory {
  headline: string
  href?: string
}

/**
 * Everything the renderer needs besides the article. The caller decides where media and fonts come from: the app
 * preview passes app URLs, a standalone export passes data: URIs; the renderer itself never reads a clock, a disk
 * or the network, so the same inputs always give the same bytes.
 */
export interface RenderContext {
  settings: SiteSettings
  /**
   * The workstation's calendar settings (settings.calendar): the masthead's date line (parts, weekday style, Hijri
   * variant and offset) and whether days 1–9 are padded in every date line («০৫ ফেব্রুয়ারি»). Absent or damaged
   * fields take the house defaults.
   */
  calendar?: Partial<CalendarLineSettings>
  /** Up to 10 other stories for the rail, newest first; numbered ১ … ১০ on the page. */
  latest: LatestStory[]
  resolveMedia: MediaResolver
  /** @font-face rules for 'Noto Serif Bengali' and 'Noto Sans Bengali'. */
  fontCss: string
  /** The story's public address, when known: used for rel=canonical, og:url and the JSON-LD page id. */
  canonicalUrl?: string
  /**
   * "Now" for the masthead's date line and as the publish time shown for a draft that has none yet. Leave it out
   * when the output must not depend on the moment of rendering.
   */
  now?: Date
  /**
   * A visible mark across the top of a copy that is not for publication (a story not yet approved), e.g.
   * «খসড়া — প্রকাশের জন্য নয়». Absent for publication exports.
   */
  draftMark?: string
}

export const RAIL_LIMIT = 10
export const RAIL_TITLE = 'সর্বশেষ'
