// What an approval is bound to: a hash of the article's content, and of each paragraph's text for ignores.
import {buildArticleView, type Finding, type Path, type SanityDocumentLike} from '../engine/index.ts'
import {sha256Hex} from './sha256.ts'

/**
 * JSON with object keys sorted, so equal content gives equal text whatever order the keys arrived in.
 * `undefined` members are dropped as JSON.stringify drops them; non-finite numbers become null, as there.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null'
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
  return `{${entries.join(',')}}`
}

/**
 * Top-level fields that are bookkeeping, not content: the id (a draft and its published copy must hash alike),
 * revision, timestamps and the Content Lake's `_system`/`_version` data. Every other `_`-field at the top is
 * excluded too, so a new system field cannot void every approval; `_type` stays.
 */
export function isSystemField(name: string): boolean {
  return name.startsWith('_') && name !== '_type'
}

/** The checked content of a document: every field but the system ones. */
export function checkedContent(doc: SanityDocumentLike): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc)) if (!isSystemField(key)) out[key] = value
  return out
}

const HASH_PREFIX = 'sha256:'

/** Hash of the checked content. Any edit to a field that matters changes it; saving, publishing and _rev do not. */
export function contentHash(doc: SanityDocumentLike): string {
  return HASH_PREFIX + sha256Hex(stableStringify(checkedContent(doc)))
}

/** Hash of one paragraph's plain text: an ignore holds while this is unchanged. */
export function textHash(text: string): string {
  return HASH_PREFIX + sha256Hex(text)
}

export function pathToString(path: Path): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : typeof s === 'string' ? `.${s}` : `[_key=="${s._key}"]`))
    .join('')
    .replace(/^\./, '')
}

/**
 * Names one finding across runs on the same content: rule, message, where, and which characters. Used to match a
 * finding with its override or ignore record.
 */
export function findingFingerprint(finding: Pick<Finding, 'ruleId' | 'messageId' | 'path' | 'range'>): string {
  const where = pathToString(finding.path)
  const range = finding.range ? `@${finding.range[0]}-${finding.range[1]}` : ''
  return `${finding.ruleId}/${finding.messageId}:${where}${range}`
}

/** Plain text of each body paragraph by `_key`, as the rules see it. */
export function blockTextsOf(doc: SanityDocumentLike, bodyField = 'body'): Map<string, string> {
  return new Map(buildArticleView(doc, {bodyField}).blocks.map((b) => [b.key, b.text]))
}
