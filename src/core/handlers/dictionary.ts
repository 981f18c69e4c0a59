import type { Handlers } from '../../shared/api'
import { err, ok } from '../../shared/result'
import type { DictionarySource } from '../dictionary-store'
import { isAddableWord } from '../dictionary-store'
import { canonicalize } from '../../shared/bangla/normalize'
import type { ProfileSource } from '../profile-store'
import { guarded } from './common'

type DictionaryHandlers = Pick<Handlers, 'dictionary.words' | 'dictionary.add' | 'dictionary.remove'>

const notAWord = () =>
  err(
    'bad-request',
    'শুধু একটি বাংলা শব্দ যোগ করা যায় (ফাঁকা জায়গা বা সংখ্যা ছাড়া)।',
    'Only a single Bengali word can be added (no spaces or digits).'
  )

/** The spell-check and suggestion word list: shipped words plus the current profile's desk's added words. */
export function dictionaryHandlers(dictionary: DictionarySource, profiles: ProfileSource): DictionaryHandlers {
  // The desk comes from the current profile, never from the caller.
  const desk = () => profiles.current().desk
  return {
    'dictionary.words': () => guarded(async () => ok({ words: await dictionary.words(), added: dictionary.added(desk()), desk: desk() })),
    'dictionary.add': ({ word }) =>
      guarded(async () => {
        const stored = canonicalize(word).trim()
        if (!isAddableWord(stored)) return notAWord()
        return ok({ added: await dictionary.add(desk(), stored), desk: desk() })
      }),
    'dictionary.remove': ({ word }) => guarded(async () => ok({ added: await dictionary.remove(desk(), word), desk: desk() }))
  }
}
