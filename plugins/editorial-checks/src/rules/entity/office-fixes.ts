// Fixes offered for a title that does not fit its holder on the article's day.
import {replaceText, type Fix} from '../../engine/index.ts'
import type {KnowledgeBase} from '../../kb/types.ts'
import {holderOn, titleWithPrefix, type OfficeMention} from './offices.ts'
import {isSentenceInitial} from './text-units.ts'

/** "German Chancellor Olaf Scholz" → "former German Chancellor Olaf Scholz". */
export function formerFix(m: OfficeMention): Fix | undefined {
  const start = m.prefix && m.prefix.start < m.titleStart ? m.prefix.start : m.titleStart
  const original = m.unit.text.slice(start, m.titleEnd)
  const first = m.prefix && m.prefix.start < m.titleStart ? m.prefix.from : m.titleFrom
  const word = isSentenceInitial(m.unit, first) ? 'Former' : 'former'
  const text = `${word} ${original}`
  return replaceText(m.unit.block, [start, m.titleEnd], text, `Add "former"`)
}

/** "Prime Minister Vladimir Putin" → "President Vladimir Putin": the office the person held that day. */
export function retitleFix(m: OfficeMention, kb: KnowledgeBase, officeId: string): Fix | undefined {
  const original = m.unit.text.slice(m.titleStart, m.titleEnd)
  const prefixText = m.prefix ? m.unit.text.slice(m.prefix.start, m.prefix.end) : undefined
  const lower = original === original.toLowerCase()
  const title = titleWithPrefix(kb, officeId, prefixText, lower)
  if (title.toLowerCase() === original.toLowerCase()) return undefined
  return replaceText(m.unit.block, [m.titleStart, m.titleEnd], title, `Replace with ${title}`)
}

/** "Chancellor Olaf Scholz" → "Chancellor Friedrich Merz": whoever held the office that day. */
export function holderFix(m: OfficeMention, kb: KnowledgeBase, officeId: string, day: string): Fix | undefined {
  const holder = holderOn(kb, officeId, day)
  if (!holder || !m.run) return undefined
  const range: [number, number] = m.run.given !== undefined ? [m.run.start, m.run.familyEnd] : [m.run.familyStart, m.run.familyEnd]
  const text = m.run.given !== undefined ? holder : kb.people.get(holder)?.family[0] ?? holder
  if (m.unit.text.slice(range[0], range[1]) === text) return undefined
  return replaceText(m.unit.block, range, text, `Replace with ${text}`)
}

export function fixes(list: Array<Fix | undefined>): {fix?: Fix; suggestions?: Fix[]} {
  const present = list.filter((f): f is Fix => f !== undefined)
  if (present.length === 0) return {}
  return {fix: present[0]!, ...(present.length > 1 ? {suggestions: present.slice(1)} : {})}
}
