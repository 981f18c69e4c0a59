import { Node as PMNode } from 'prosemirror-model'
import { bodyFromPlainText, bodyToPlainText, type BodyDoc } from '../../../shared/article/body'
import { bodySchema } from './schema'

/** The stored BodyDoc is exactly ProseMirror's doc.toJSON() in our schema. */
export function bodyFromDoc(doc: PMNode): BodyDoc {
  return doc.toJSON() as BodyDoc
}

/**
 * Builds the editor document from a stored body. A body that does not fit the schema (written by an older version or
 * by hand) is not refused: its text is kept, one paragraph per block, so nothing a reporter wrote is lost.
 */
export function docFromBody(body: BodyDoc): PMNode {
  try {
    const doc = PMNode.fromJSON(bodySchema, body.content.length > 0 ? body : { type: 'doc', content: [{ type: 'paragraph' }] })
    doc.check()
    return doc
  } catch {
    return PMNode.fromJSON(bodySchema, bodyFromPlainText(bodyToPlainText(body)))
  }
}
