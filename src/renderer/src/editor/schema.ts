import { Schema, type DOMOutputSpec, type MarkSpec, type NodeSpec } from 'prosemirror-model'
import { HEADING_LEVELS, isSafeHref } from '../../../shared/article/body-schema'
import { MEDIA_ID_PATTERN } from '../../../shared/media/image-info'
import { tableNodes } from './table-schema'

/**
 * The editor's schema: exactly the vocabulary of src/shared/article/body-schema.ts, so doc.toJSON() is the stored
 * BodyDoc. The parseDOM rules are the paste filter: anything without a rule here (scripts, styles, classes, event
 * attributes, foreign images) never enters the document, because only these nodes and marks can be built.
 */

type HeadingLevel = (typeof HEADING_LEVELS)[number]

/** h1 and h2 become our larger subheading, h3–h6 the smaller one: the headline itself lives outside the body. */
const headingFromTag = (tag: string, level: HeadingLevel) => ({ tag, attrs: { level } })

/** Google Docs wraps a whole paste in <b style="font-weight:normal">; that is not bold. */
const BOLD_WEIGHT = /^(bold(er)?|[5-9]\d{2})$/

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : ''
}

const nodes = {
  // Tables only at the top level of the body: never inside a quote or a list (see body-schema.ts).
  doc: { content: '(block | table)+' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0]
  },
  heading: {
    attrs: { level: { default: 2, validate: (level) => (HEADING_LEVELS as readonly unknown[]).includes(level) || raise('heading level') } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [
      headingFromTag('h1', 2),
      headingFromTag('h2', 2),
      headingFromTag('h3', 3),
      headingFromTag('h4', 3),
      headingFromTag('h5', 3),
      headingFromTag('h6', 3)
    ],
    toDOM: (node): DOMOutputSpec => [`h${node.attrs.level as HeadingLevel}`, 0]
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', 0]
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0]
  },
  ordered_list: {
    attrs: { order: { default: 1, validate: (order) => (Number.isInteger(order) && (order as number) >= 0) || raise('list order') } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = Number.parseInt(dom.getAttribute('start') ?? '1', 10)
          return { order: Number.isInteger(start) && start >= 0 && start < 100_000 ? start : 1 }
        }
      }
    ],
    toDOM: (node): DOMOutputSpec => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs.order) }, 0])
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0]
  },
  image: {
    attrs: {
      mediaId: { validate: 'string' },
      caption: { default: '', validate: 'string' },
      credit: { default: '', validate: 'string' },
      alt: { default: '', validate: 'string' }
    },
    group: 'block',
    atom: true,
    draggable: true,
    // Only our own photos (a figure naming a media id) are accepted; a pasted <img> from the web is not.
    parseDOM: [
      {
        tag: 'figure[data-media-id]',
        getAttrs: (dom) => {
          const mediaId = dom.getAttribute('data-media-id') ?? ''
          // A stored photo's id (sha256.jpg) or an older plain one; copy and paste within the body keeps both.
          if (!/^[\w-]{1,128}$/.test(mediaId) && !MEDIA_ID_PATTERN.test(mediaId)) return false
          return {
            mediaId,
            caption: text(dom.querySelector('figcaption')?.textContent, 2000),
            credit: text(dom.getAttribute('data-credit'), 300),
            alt: text(dom.getAttribute('data-alt'), 1000)
          }
        }
      }
    ],
    toDOM: (node): DOMOutputSpec => [
      'figure',
      {
        class: 'body-image',
        'data-media-id': node.attrs.mediaId as string,
        'data-credit': node.attrs.credit as string,
        'data-alt': node.attrs.alt as string
      },
      ['figcaption', node.attrs.caption as string]
    ]
  },
  ...tableNodes,
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br']
  },
  text: { group: 'inline' }
} satisfies Record<string, NodeSpec>

const marks = {
  bold: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (dom) => (BOLD_WEIGHT.test(dom.style.fontWeight) || dom.style.fontWeight === '' ? null : false) },
      { style: 'font-weight', getAttrs: (value) => (BOLD_WEIGHT.test(value) ? null : false) }
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0]
  },
  italic: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0]
  },
  link: {
    attrs: { href: { validate: (href) => isSafeHref(href) || raise('link address') } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        // An unsafe link keeps its words as plain text: returning false drops only the mark.
        getAttrs: (dom) => {
          const href = dom.getAttribute('href')?.trim()
          return isSafeHref(href) ? { href } : false
        }
      }
    ],
    // rel/target keep a click in the editor from handing the page to the linked site.
    toDOM: (mark): DOMOutputSpec => ['a', { href: mark.attrs.href as string, rel: 'noopener noreferrer nofollow', target: '_blank' }, 0]
  }
} satisfies Record<string, MarkSpec>

function raise(what: string): never {
  throw new RangeError(`invalid ${what}`)
}

export const bodySchema = new Schema({ nodes, marks })

export type BodySchema = typeof bodySchema
