/**
 * The bare editor page (built by vite at bench time, runs in the browser): ProseMirror with Barta's body schema and
 * nothing else — no plugins, no Svelte, no autosave, no counters. It loads the same document JSON the desk edits and
 * names itself like the desk's body («মূল লেখা») so the same measuring code drives both.
 */
import { Node as PMNode } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { bodySchema } from '../../../src/renderer/src/editor/schema'

type BareWindow = Window & { __bare?: { view: EditorView; ready: boolean } }

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search)
  const width = Number(params.get('width'))
  if (width > 0) document.documentElement.style.setProperty('--bench-editor-width', `${width}px`)
  const json = (await (await fetch('./doc.json')).json()) as unknown
  const doc = PMNode.fromJSON(bodySchema, json)
  doc.check()
  const mount = document.getElementById('editor')
  if (!mount) throw new Error('#editor is missing')
  const view = new EditorView(mount, {
    state: EditorState.create({ doc }),
    attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'মূল লেখা', lang: 'bn', class: 'body-text' }
  })
  ;(window as BareWindow).__bare = { view, ready: true }
}

void start()
