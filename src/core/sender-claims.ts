import { randomUUID } from 'node:crypto'
import { SENDER_HISTORY_LIMIT, type Article, type EditorialNote, type SenderClaim } from '../shared/article/model'
import type { BartaImport } from '../shared/export'
import type { ProfileRef } from '../shared/workflow'

/**
 * What a package says about a story's past is the sender's claim. This library's own record (`workflow`) is written
 * only by its own moves; a package's `workflow` is kept apart as a SenderClaim («প্রেরকের দেওয়া ইতিহাস»), and its notes
 * are added to the thread — marked as received, never replacing a note that is already here.
 */

const NOTE_LIMIT = 10_000

export interface Arrival {
  pkg: BartaImport
  receivedBy: ProfileRef
  receivedAt: string
}

function senderOf(pkg: BartaImport): string {
  return pkg.exportedBy?.trim() || 'অজানা প্রেরক'
}

/** The package's history as a claim; null when it claims nothing (a draft with no moves). */
export function claimOf({ pkg, receivedBy, receivedAt }: Arrival): SenderClaim | null {
  if (pkg.article.workflow.length === 0 && pkg.article.status === 'draft') return null
  return {
    receivedAt,
    receivedBy,
    sentBy: pkg.exportedBy?.trim() ?? '',
    sentAt: pkg.exportedAt,
    status: pkg.article.status,
    workflow: structuredClone(pkg.article.workflow)
  }
}

const sameClaim = (a: SenderClaim, b: SenderClaim) =>
  a.sentBy === b.sentBy && a.sentAt === b.sentAt && a.status === b.status && JSON.stringify(a.workflow) === JSON.stringify(b.workflow)

/** One note is another when it has the same author, time and words (its id may have been renumbered here). */
const sameNote = (a: EditorialNote, b: EditorialNote) => a.at === b.at && a.by.id === b.by.id && a.text === b.text

/**
 * The local notes with the package's notes added: a note already here (same author, time and text) is skipped; one
 * that reuses a local note's id with other content is added under a new id, so it can never replace it.
 */
export function mergeNotes(local: EditorialNote[], arrival: Arrival): { notes: EditorialNote[]; dropped: number } {
  const notes = [...local]
  const ids = new Set(local.map((note) => note.id))
  let dropped = 0
  for (const incoming of arrival.pkg.article.notes) {
    if (notes.some((note) => sameNote(note, incoming))) continue
    if (notes.length >= NOTE_LIMIT) {
      dropped += 1
      continue
    }
    const id = ids.has(incoming.id) ? randomUUID() : incoming.id
    ids.add(id)
    notes.push({
      id,
      at: incoming.at,
      by: structuredClone(incoming.by),
      text: incoming.text,
      received: { from: senderOf(arrival.pkg), at: arrival.receivedAt }
    })
  }
  return { notes, dropped }
}

/** The claims so far with this package's added (once); only the newest SENDER_HISTORY_LIMIT are kept. */
export function mergeClaims(local: SenderClaim[] | undefined, arrival: Arrival): SenderClaim[] | undefined {
  const claim = claimOf(arrival)
  const claims = [...(local ?? [])]
  if (claim && !claims.some((known) => sameClaim(known, claim))) claims.push(claim)
  if (claims.length === 0) return local
  return claims.slice(-SENDER_HISTORY_LIMIT)
}

/** The local story with what arrived beside its text: notes added, the history kept apart. Nothing else changes. */
export function withArrival(local: Article, arrival: Arrival): { article: Article; droppedNotes: number } {
  const { notes, dropped } = mergeNotes(local.notes, arrival)
  const senderHistory = mergeClaims(local.senderHistory, arrival)
  const article: Article = { ...local, notes }
  if (senderHistory) article.senderHistory = senderHistory
  return { article, droppedNotes: dropped }
}
