/** Words as a word processor counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/gu)
  return matches ? matches.length : 0
}
