/**
 * Generated Bengali copy for the desk bench: a ~10,000-word article of ~110 paragraphs, small library stories, and the
 * characters typed into the editor. Deterministic (a fixed linear congruential sequence), so every run types the same.
 */
import { bodyFromPlainText, type BodyDoc } from '../../../src/shared/article/body'

const WORDS = (
  'আজ সকালে রাজধানীর মতিঝিলে অর্থ মন্ত্রণালয়ের এক বৈঠকে আগামী অর্থবছরের উন্নয়ন বাজেট নিয়ে আলোচনা হয় ' +
  'সেখানে পরিকল্পনা কমিশনের কর্মকর্তারা জানান গ্রামীণ সড়ক সেতু ও সেচ প্রকল্পে বরাদ্দ বাড়ানো হবে ' +
  'উপকূলীয় জেলাগুলোতে ঘূর্ণিঝড় আশ্রয়কেন্দ্র নির্মাণের কাজ চলছে বলে জেলা প্রশাসক নিশ্চিত করেছেন ' +
  'কৃষকেরা বোরো ধানের ন্যায্য দাম না পাওয়ায় হতাশা প্রকাশ করেন এবং সার ও ডিজেলের দাম কমানোর দাবি জানান ' +
  'শিক্ষার্থীরা বিশ্ববিদ্যালয়ের আবাসিক হলে আসন সংকট নিরসনে উপাচার্যের কাছে স্মারকলিপি দিয়েছে ' +
  'হাসপাতালের চিকিৎসক ও নার্সদের ঘাটতির কারণে রোগীদের দীর্ঘ সারিতে অপেক্ষা করতে হচ্ছে ' +
  'পদ্মা যমুনা মেঘনা ব্রহ্মপুত্র তিস্তা নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে ' +
  'রপ্তানি আয় গত মাসের তুলনায় শতকরা বারো ভাগ বেড়েছে বলে বাণিজ্য মন্ত্রণালয় জানিয়েছে'
).split(' ')

/** A fixed pseudo-random walk through the word list. */
function words(seed: number): () => string {
  let state = (seed * 2654435761) % 2147483648
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return WORDS[state % WORDS.length] ?? 'খবর'
  }
}

function sentence(next: () => string, length: number): string {
  return `${Array.from({ length }, next).join(' ')}।`
}

/** ~110 paragraphs of ~91 words (10,000 words in all), each paragraph a few sentences ending in a dari. */
export function longArticleText(paragraphs = 110, totalWords = 10_000): { text: string; words: number } {
  const next = words(7)
  const lines: string[] = []
  let written = 0
  for (let p = 0; p < paragraphs; p++) {
    const target = Math.round(((p + 1) * totalWords) / paragraphs) - written
    const sentences: string[] = []
    for (let left = target; left > 0;) {
      const length = Math.min(left, 9 + ((p + sentences.length) % 8))
      sentences.push(sentence(next, length))
      left -= length
    }
    written += target
    lines.push(sentences.join(' '))
  }
  return { text: lines.join('\n'), words: written }
}

export function longArticleBody(): { body: BodyDoc; words: number; paragraphs: number } {
  const { text, words: count } = longArticleText()
  const body = bodyFromPlainText(text)
  return { body, words: count, paragraphs: body.content.length }
}

/** A small library story: a headline and two short paragraphs. */
export function smallStory(seed: number): { headline: string; body: BodyDoc } {
  const next = words(seed + 1000)
  return {
    headline: `${next()} ${next()} ${next()} ${seed + 1}`,
    body: bodyFromPlainText(`${sentence(next, 18)}\n${sentence(next, 14)}`)
  }
}

/** The Bengali typed into the editor, split into the code points a keyboard layout sends one at a time. */
export function typedCharacters(count: number): string[] {
  const next = words(99)
  let text = ''
  while (Array.from(text).length < count) text += ` ${next()}`
  return Array.from(text).slice(0, count)
}
