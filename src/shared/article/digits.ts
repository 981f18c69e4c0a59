import { toBengaliDigits, toLatinDigits } from '../bangla/digits'
import type { BodyDoc, BodyNode } from './body'

export type DigitStyle = 'keep' | 'bengali' | 'latin'

/** The body with every digit written one way — for the export option and the desk's "convert digits" command. */
export function bodyWithDigits(doc: BodyDoc, style: DigitStyle): BodyDoc {
  if (style === 'keep') return doc
  const convert = style === 'bengali' ? toBengaliDigits : toLatinDigits
  const walk = (node: BodyNode): BodyNode => ({
    ...node,
    ...(typeof node.text === 'string' ? { text: convert(node.text) } : {}),
    ...(node.content ? { content: node.content.map(walk) } : {})
  })
  return { ...doc, content: doc.content.map(walk) }
}
