import * as v from 'valibot'

/**
 * The body is a ProseMirror-style JSON document (type/attrs/content/marks/text) so that the plain slice, the full
 * ProseMirror editor and the exporters all speak one shape. This schema checks the shape only; which node and mark
 * types are allowed is decided by the editor schema that consumes it.
 */
export interface BodyMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface BodyNode {
  type: string
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  marks?: BodyMark[]
  text?: string
}

export interface BodyDoc {
  type: 'doc'
  content: BodyNode[]
}

const MAX_DEPTH = 32
const MAX_TEXT = 2_000_000

const markSchema = v.strictObject({
  type: v.pipe(v.string(), v.maxLength(64)),
  attrs: v.optional(v.record(v.string(), v.unknown()))
})

const nodeSchema: v.GenericSchema<BodyNode> = v.strictObject({
  type: v.pipe(v.string(), v.maxLength(64)),
  attrs: v.optional(v.record(v.string(), v.unknown())),
  content: v.optional(v.lazy(() => v.array(nodeSchema))),
  marks: v.optional(v.array(markSchema)),
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT)))
})

function depthOf(node: BodyNode | BodyDoc, limit: number): number {
  if (limit <= 0) return Infinity
  let deepest = 0
  for (const child of node.content ?? []) deepest = Math.max(deepest, depthOf(child, limit - 1))
  return deepest + 1
}

export const bodyDocSchema = v.pipe(
  v.strictObject({ type: v.literal('doc'), content: v.array(nodeSchema) }),
  v.check((doc) => depthOf(doc, MAX_DEPTH + 1) <= MAX_DEPTH, 'body nested too deeply')
)

export function emptyBody(): BodyDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

/** Plain text → paragraphs, one per line; blank lines are dropped, as a word processor would on paste. */
export function bodyFromPlainText(text: string): BodyDoc {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }))
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }
}

function collectText(node: BodyNode, out: string[]): void {
  if (node.type === 'text') out.push(node.text ?? '')
  else if (node.type === 'hard_break') out.push('\n')
  for (const child of node.content ?? []) collectText(child, out)
}

function lineOf(node: BodyNode): string {
  const parts: string[] = []
  collectText(node, parts)
  return parts.join('')
}

/** The lines of a block: a paragraph or heading is one; a quote or a list gives one per paragraph inside it. */
function linesOf(block: BodyNode, out: string[]): string[] {
  if (block.type === 'table') {
    // A row is one line, its cells apart by a space — as a word processor counts them.
    for (const row of block.content ?? []) out.push((row.content ?? []).map((cell) => (cell.content ?? []).map(lineOf).join(' ')).join(' '))
  } else if (block.type === 'paragraph' || block.type === 'heading' || !block.content) out.push(lineOf(block))
  else for (const child of block.content) linesOf(child, out)
  return out
}

/**
 * One line per paragraph — the inverse of bodyFromPlainText for plain paragraphs. Every paragraph of a quote or a
 * list is a line of its own, and a table gives one line per row, so no two paragraphs or cells run together
 * («দেশসফর») in counts and search; the desk's live counts (editor/counts.ts) see the same lines.
 */
export function bodyToPlainText(doc: BodyDoc): string {
  const lines: string[] = []
  for (const block of doc.content) linesOf(block, lines)
  return lines.join('\n')
}
