import {CATEGORIES, type Finding} from '../engine/index.ts'
import {summarize, type CheckedDocument} from './report.ts'

export interface PrettyOptions {
  color: boolean
  /** Documents with no findings are listed only when verbose. */
  verbose?: boolean
}

const ICON = {error: '✖', warning: '⚠', info: 'ℹ'} as const
const COLOR = {error: 31, warning: 33, info: 36} as const
const MAX_CONTEXT = 240

function paint(on: boolean, code: number, text: string) {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text
}

/** The paragraph with the finding's words marked, cut to a readable window around them. */
function excerpt(text: string, range: [number, number] | undefined, color: boolean): string {
  const [start, end] = range ?? [0, text.length]
  const whole = start === 0 && end >= text.length
  const from = whole ? 0 : Math.max(0, start - MAX_CONTEXT / 2)
  const to = whole ? Math.min(text.length, MAX_CONTEXT * 2) : Math.min(text.length, end + MAX_CONTEXT / 2)
  const mark = (s: string) => (whole ? s : color ? `\u001b[1;4m${s}\u001b[0m` : `[[${s}]]`)
  return (from > 0 ? '…' : '') + text.slice(from, start) + mark(text.slice(Math.max(from, start), end)) + text.slice(end, to) + (to < text.length ? '…' : '')
}

export function formatPretty(checked: readonly CheckedDocument[], {color, verbose = false}: PrettyOptions): string {
  const out: string[] = []
  for (const c of checked) {
    if (!c.findings.length && !verbose) continue
    const title = c.article.title ? `  “${c.article.title}”` : ''
    out.push(paint(color, 1, `${c.article.documentId || '(no _id)'}`) + title)
    out.push(paint(color, 2, `  ${c.input.file}:${c.input.line} · checked as of ${c.article.date.toISOString().slice(0, 10)} (${c.article.dateSource})`))
    if (!c.findings.length) out.push('  no findings')
    const byKey = new Map(c.article.blocks.map((b) => [b.key, b]))
    for (const category of CATEGORIES) {
      const group = c.findings.filter((f) => f.category === category)
      if (!group.length) continue
      out.push(`  ${paint(color, 1, category)}`)
      for (const f of group) out.push(...formatFinding(f, byKey, color))
    }
    out.push('')
  }
  const s = summarize(checked)
  const total = s.errors + s.warnings + s.infos
  const line = `${total} finding${total === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info) in ${s.documents} document${s.documents === 1 ? '' : 's'}`
  out.push(s.errors ? paint(color, 31, `${ICON.error} ${line}`) : `${line}`)
  return out.join('\n') + '\n'
}

function formatFinding(f: Finding, byKey: Map<string, {index: number; text: string; spans: {key: string; start: number}[]}>, color: boolean): string[] {
  const block = f.blockKey ? byKey.get(f.blockKey) : undefined
  const where = block ? `paragraph ${block.index} [${f.blockKey}]` : 'document'
  const lines = [`    ${paint(color, COLOR[f.severity], `${ICON[f.severity]} ${f.severity}`)}  ${where}  ${f.message}  ${paint(color, 2, f.ruleId)}`]
  if (block) {
    // Ranges on a span path are relative to that span: shift them to the block's text.
    const spanKey = f.path.length > 2 ? (f.path[3] as {_key?: string})._key : undefined
    const shift = spanKey ? (block.spans.find((s) => s.key === spanKey)?.start ?? 0) : 0
    const range = f.range ? ([f.range[0] + shift, f.range[1] + shift] as [number, number]) : undefined
    lines.push(`      │ ${excerpt(block.text, range, color)}`)
  }
  const offers = [f.fix, ...(f.suggestions ?? [])].filter((x) => x !== undefined)
  if (offers.length) lines.push(paint(color, 2, `      fix: ${offers.map((o) => o.label).join(' · ')}`))
  return lines
}
