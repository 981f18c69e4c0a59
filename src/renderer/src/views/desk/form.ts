import { CONTENT_KEYS, type ArticleContent, type ContentKey } from '../../../../shared/article/model'

/** Everything the author edits beside the body, which the body editor holds and serializes only when a save fires. */
export type FormFields = Omit<ArticleContent, 'body'>

/** The form's own copy of a story's fields — every content field but the body, from the one list in model.ts. */
export function formFields(article: ArticleContent): FormFields {
  const fields: Partial<Record<ContentKey, unknown>> = {}
  for (const key of CONTENT_KEYS) if (key !== 'body') fields[key] = structuredClone(article[key])
  return fields as FormFields
}
