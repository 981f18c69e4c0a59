import type { Node as PMNode } from 'prosemirror-model'
import { createCounter, readingMinutes, type CountResult } from '../../../shared/bangla/count'

/**
 * Live counts of the body. ProseMirror keeps unchanged blocks as the same objects from one document to the next, so
 * counts are remembered per top-level block and a keystroke recounts only the block it touched; the whole text is
 * never built. Inside a block, each textblock is one line (one paragraph for the counter); a line break counts as a
 * space, as Word counts a soft return.
 */

export interface BodyCounts {
  words: number
  characters: number
  paragraphs: number
  readingMinutes: number
}

type BlockCounts = Pick<CountResult, 'words' | 'characters' | 'paragraphs'>

export function createBodyCounter(): (doc: PMNode) => BodyCounts {
  const counter = createCounter()
  const perBlock = new WeakMap<PMNode, BlockCounts>()

  function countBlock(block: PMNode): BlockCounts {
    let counts = perBlock.get(block)
    if (!counts) {
      const lines: string[] = []
      if (block.isTextblock) lines.push(block.textBetween(0, block.content.size, undefined, ' '))
      else if (block.type.spec.tableRole === 'table')
        // A table row is one line, its cells apart by a space — as bodyToPlainText counts the stored body.
        block.forEach((row) => {
          const cells: string[] = []
          row.forEach((cell) => cells.push(cell.textBetween(0, cell.content.size, ' ', ' ')))
          lines.push(cells.join(' '))
        })
      else
        block.descendants((node) => {
          if (!node.isTextblock) return true
          lines.push(node.textBetween(0, node.content.size, undefined, ' '))
          return false
        })
      const { words, characters, paragraphs } = counter.count(lines)
      counts = { words, characters, paragraphs }
      perBlock.set(block, counts)
    }
    return counts
  }

  return (doc) => {
    let words = 0
    let characters = 0
    let paragraphs = 0
    let hasContent = false
    doc.forEach((block) => {
      const counts = countBlock(block)
      words += counts.words
      characters += counts.characters
      paragraphs += counts.paragraphs
      if (counts.paragraphs > 0) hasContent = true
    })
    return { words, characters, paragraphs, readingMinutes: readingMinutes(words, undefined, hasContent) }
  }
}
