import { Plugin } from 'prosemirror-state'
import { convertIfBijoy } from '../../../shared/bangla/bijoy'
import { dispatchAsOwnUndoStep } from './history-steps'
import { plainTextSlice } from './paste'

/**
 * Text copied from old SutonnyMJ documents arrives as Latin letters («Avwg evsjvq Mvb MvB»). A plain-text paste that
 * looks like Bijoy is converted to Unicode and inserted as one undo step, and the desk is told so it can offer undo.
 * Pastes that carry HTML go through the schema's parser untouched: their text is what the source application shows.
 */
export function bijoyPastePlugin(onConverted: () => void): Plugin {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        const data = event.clipboardData
        if (!data || data.types.includes('text/html')) return false
        const text = data.getData('text/plain')
        if (text === '') return false
        const result = convertIfBijoy(text)
        if (!result.converted) return false
        const tr = view.state.tr.replaceSelection(plainTextSlice(result.text)).scrollIntoView().setMeta('uiEvent', 'paste')
        dispatchAsOwnUndoStep(view, tr)
        onConverted()
        return true
      }
    }
  })
}
