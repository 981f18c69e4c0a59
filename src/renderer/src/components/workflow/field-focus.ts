import { t, type MessageKey } from '../../i18n/index.svelte'

/**
 * Takes the desk to one field of the open story, named as the checklist names it (`byline`, `leadImage.caption`).
 * Fields are found by their visible labels — the same names readers of the screen and the tests use — inside the
 * story's form (EditorView marks it `data-story-form`), so no field component needs to know about the checklist.
 */
const FIELD_LABELS: Record<string, MessageKey> = {
  headline: 'fieldHeadline',
  byline: 'fieldByline',
  publishedAt: 'fieldPublishedAt',
  section: 'fieldSection',
  'leadImage.caption': 'photoCaption',
  'leadImage.credit': 'photoCredit',
  'leadImage.alt': 'photoAlt'
}

const FOCUSABLE = 'button:not([disabled]), input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])'

function labelledControl(root: ParentNode, text: string): HTMLElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() === text && label.control) return label.control
  }
  return null
}

/** The lead photo's own group (the one whose legend says «প্রধান ছবি»). */
function leadPhotoGroup(root: ParentNode): HTMLFieldSetElement | null {
  for (const legend of root.querySelectorAll('fieldset > legend')) {
    if (legend.textContent?.trim() === t('leadPhoto')) return legend.parentElement as HTMLFieldSetElement
  }
  return null
}

/** Focuses the field (scrolling it into view); false when it is not on screen (no story open). */
export function focusField(field: string): boolean {
  const form = document.querySelector('[data-story-form]')
  if (!form) return false
  let target: HTMLElement | null
  if (field.startsWith('leadImage')) {
    const group = leadPhotoGroup(form)
    const label = FIELD_LABELS[field]
    // A part of the photo exists only once there is a photo; until then the photo's own controls are the way in.
    target = (group && label ? labelledControl(group, t(label)) : null) ?? group?.querySelector<HTMLElement>(FOCUSABLE) ?? group
  } else {
    const label = FIELD_LABELS[field]
    target = label ? labelledControl(form, t(label)) : null
  }
  if (!target) return false
  target.scrollIntoView({ block: 'center' })
  target.focus()
  return true
}
