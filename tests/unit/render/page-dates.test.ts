import { describe, expect, it } from 'vitest'
import { mastheadDateLine } from '../../../src/shared/bangla/calendar'
import type { Article } from '../../../src/shared/article/model'
import { renderArticlePage, type RenderContext } from '../../../src/shared/render'
import { defaultSiteSettings } from '../../../src/shared/render/settings'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'
import { dataUriResolver, fullArticle } from '../../fixtures/articles/samples'

/**
 * The published page writes its dates from the same settings as the desk: the masthead's line is the app's masthead
 * line (mastheadDateLine, over settings.calendar), and days 1–9 are padded or not in every date line as
 * calendar.padDay says.
 */
function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { settings: defaultSiteSettings(), latest: [], resolveMedia: dataUriResolver(), fontCss: '', ...overrides }
}

function story(publishedAt: string, contentUpdatedAt: string | null = null): Article {
  return { ...fullArticle(), publishedAt, contentUpdatedAt }
}

const mastheadLine = (html: string): string | undefined => /<p class="today">([^<]*)<\/p>/.exec(html)?.[1]
// Noon in Dhaka on Sunday 4 February 2024, and on Thursday 21 February 2019 (under the Bangla rule of 1987).
const FEB_4_2024 = new Date('2024-02-04T06:00:00Z')
const FEB_21_2019 = new Date('2019-02-21T06:00:00Z')

describe('the page’s date lines and the calendar settings', () => {
  it('pads days 1–9 in the publish and update lines when padDay is on — the house default — and not when it is off', () => {
    const article = story('2024-02-05T09:05:00+06:00', '2024-02-05T18:30:00+06:00')
    for (const calendar of [undefined, { padDay: true }, DEFAULT_SETTINGS.calendar]) {
      const html = renderArticlePage(article, context(calendar ? { calendar } : {}))
      expect(html).toContain('<time datetime="2024-02-05T09:05:00+06:00">প্রকাশ : ০৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম</time>')
      expect(html).toContain('<time datetime="2024-02-05T18:30:00+06:00">আপডেট : ০৫ ফেব্রুয়ারি ২০২৪, ০৬:৩০ পিএম</time>')
    }
    const unpadded = renderArticlePage(article, context({ calendar: { ...DEFAULT_SETTINGS.calendar, padDay: false } }))
    expect(unpadded).toContain('>প্রকাশ : ৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম</time>')
    expect(unpadded).toContain('>আপডেট : ৫ ফেব্রুয়ারি ২০২৪, ০৬:৩০ পিএম</time>')
    // Days from 10 on are the same either way.
    expect(renderArticlePage(story('2024-02-15T09:05:00+06:00'), context({ calendar: { padDay: true } }))).toContain(
      '>প্রকাশ : ১৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম</time>'
    )
  })

  it('pads the dates of the correction notes the same way', () => {
    const article = {
      ...story('2024-02-05T09:05:00+06:00'),
      publication: { corrections: [{ at: '2024-02-06T10:00:00+06:00', note: 'নিহতের সংখ্যা সংশোধন করা হয়েছে।' }] }
    } as unknown as Article
    expect(renderArticlePage(article, context({ calendar: { padDay: true } }))).toContain('০৬ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম</time>')
    expect(renderArticlePage(article, context({ calendar: { padDay: false } }))).toContain('>৬ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম</time>')
  })

  it('prints the masthead line the app prints, from the same calendar settings', () => {
    const variants = [
      DEFAULT_SETTINGS.calendar,
      { ...DEFAULT_SETTINGS.calendar, padDay: false },
      { ...DEFAULT_SETTINGS.calendar, parts: ['gregorian' as const, 'bangla' as const] },
      { ...DEFAULT_SETTINGS.calendar, weekdayStyle: 'robibar' as const, hijriVariant: 'civil' as const, hijriOffsetDays: 0 }
    ]
    for (const calendar of variants) {
      const html = renderArticlePage(story('2024-02-04T09:00:00+06:00'), context({ calendar, now: FEB_4_2024 }))
      expect(mastheadLine(html)).toBe(mastheadDateLine(FEB_4_2024, calendar, 'Asia/Dhaka'))
    }
    // What those settings mean, from the calendars themselves: 4 February 2024 is ২১ মাঘ ১৪৩০ and 23 Rajab 1445 by
    // Umm al-Qura, a day earlier (২২ রজব) with the default offset of −1.
    const line = (calendar: object) =>
      mastheadLine(renderArticlePage(story('2024-02-04T09:00:00+06:00'), context({ calendar, now: FEB_4_2024 })))
    expect(line(DEFAULT_SETTINGS.calendar)).toBe('রোববার, ০৪ ফেব্রুয়ারি ২০২৪, ২১ মাঘ ১৪৩০, ২২ রজব ১৪৪৫ হিজরি')
    expect(line({ ...DEFAULT_SETTINGS.calendar, padDay: false })).toBe('রোববার, ৪ ফেব্রুয়ারি ২০২৪, ২১ মাঘ ১৪৩০, ২২ রজব ১৪৪৫ হিজরি')
    expect(line({ parts: ['weekday', 'hijri'], weekdayStyle: 'robibar', hijriOffsetDays: 0 })).toBe('রবিবার, ২৩ রজব ১৪৪৫ হিজরি')
  })

  it('writes the masthead in the site’s time zone, as the app does', () => {
    // 00:30 on 5 February in Dhaka is still the afternoon of the 4th in New York.
    const afterMidnight = new Date('2024-02-04T18:30:00Z')
    const calendar = { parts: ['gregorian' as const] }
    const at = (timeZone: string) =>
      mastheadLine(
        renderArticlePage(
          story('2024-02-04T09:00:00+06:00'),
          context({ settings: { ...defaultSiteSettings(), timeZone }, calendar, now: afterMidnight })
        )
      )
    expect(at('Asia/Dhaka')).toBe('০৫ ফেব্রুয়ারি ২০২৪')
    expect(at('America/New_York')).toBe('০৪ ফেব্রুয়ারি ২০২৪')
    expect(at('America/New_York')).toBe(mastheadDateLine(afterMidnight, calendar, 'America/New_York'))
  })

  it('gives a back-dated page the Bangla date of the rule in force on its day', () => {
    const calendar = { parts: ['gregorian' as const, 'bangla' as const] }
    // 21 February 2019 was ৯ ফাল্গুন under the 1987 rule; under the 2019 revision 21 February is ৮ ফাল্গুন.
    expect(mastheadLine(renderArticlePage(story('2019-02-21T09:00:00+06:00'), context({ calendar, now: FEB_21_2019 })))).toBe(
      '২১ ফেব্রুয়ারি ২০১৯, ৯ ফাল্গুন ১৪২৫'
    )
    expect(
      mastheadLine(renderArticlePage(story('2024-02-21T09:00:00+06:00'), context({ calendar, now: new Date('2024-02-21T06:00:00Z') })))
    ).toBe('২১ ফেব্রুয়ারি ২০২৪, ৮ ফাল্গুন ১৪৩০')
  })

  it('reads damaged calendar settings field by field: the house default for what is broken, never a broken page', () => {
    const damaged = {
      parts: 'all',
      padDay: 'yes',
      weekdayStyle: 5,
      hijriVariant: null,
      hijriOffsetDays: 99
    } as unknown as RenderContext['calendar']
    const html = renderArticlePage(story('2024-02-05T09:05:00+06:00'), context({ calendar: damaged, now: FEB_4_2024 }))
    expect(html).toContain('>প্রকাশ : ০৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম</time>')
    // An offset out of range is held to +2 days, the most the setting allows.
    expect(mastheadLine(html)).toBe('রবিবার, ০৪ ফেব্রুয়ারি ২০২৪, ২১ মাঘ ১৪৩০, ২৫ রজব ১৪৪৫ হিজরি')
  })
})
