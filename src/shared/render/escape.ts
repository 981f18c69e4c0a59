/**
 * Escaping for the one renderer. Every user string goes through escapeHtml (text and quoted attribute values alike:
 * escaping the quotes everywhere costs nothing and removes a class of mistakes); JSON inside <script> goes through
 * jsonForScript; CSS supplied by callers goes through cssForStyle.
 */

const HTML_SPECIAL = /[&<>"']/
const HTML_SPECIAL_ALL = /[&<>"']/g
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text or attribute value → safe HTML. Non-strings become ''. */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
  // Most copy has nothing to escape; skip the replace (and its allocation) then.
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIAL_ALL, (ch) => HTML_ENTITIES[ch] ?? ch) : text
}

/** ` name="value"` with the value escaped; '' when the value is empty, so optional attributes vanish. */
export function attr(name: string, value: unknown): string {
  const escaped = escapeHtml(value)
  return escaped === '' ? '' : ` ${name}="${escaped}"`
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g

/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` become \u003c etc., so a headline holding
 * `</script>` or `<!--` cannot end the block early. The result is still valid JSON with the same value.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null'
  return json.replace(SCRIPT_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Caller-supplied CSS (the @font-face rules) inside <style>: only `@font-face { … }` blocks are kept, and a block
 * holding `<` is dropped, so `</style>` can never end the element and stray text cannot make the sheet invalid.
 */
export function cssForStyle(css: unknown): string {
  if (typeof css !== 'string') return ''
  const rules = css.match(/@font-face\s*\{[^{}<]*\}/gi) ?? []
  // eslint-disable-next-line no-control-regex
  return rules.map((rule) => rule.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).join('\n')
}

/** Hex colours only (#rgb or #rrggbb): a colour is pasted into CSS, so anything else is replaced by the fallback. */
export function safeColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value.trim()) ? value.trim() : fallback
}
