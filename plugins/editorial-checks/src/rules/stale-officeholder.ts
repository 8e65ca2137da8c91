import {defineRule} from '../engine/index.ts'
import {entityAnalysis} from './entity/analysis.ts'
import {isCaptionLike, isHistorical} from './entity/context.ts'
import {fixes, formerFix, holderFix, retitleFix} from './entity/office-fixes.ts'
import {holderOn, phraseRange} from './entity/offices.ts'

// A title paired with someone who had left that office by the article's date ("Secretary of State Rex Tillerson" in
// June 2019, "German Chancellor Olaf Scholz" after 2025-05-06), unless the text marks it as past: a qualifier
// (former, then-, the late, who served as…), a year or period in the sentence, or other ex-officeholders beside it.
// Quotations are the speaker's words and are left alone; so is a possessive ("President Barack Obama's decision"),
// which speaks of the holder's record.
export default defineRule({
  meta: {
    id: 'stale-officeholder',
    category: 'entity-name',
    defaultSeverity: 'error',
    description: 'A title for someone who had left that office by the article\'s date',
    messages: {
      stale: '{{name}} left the office of {{title}} on {{end}}; on {{day}} the {{title}} was {{holder}}.',
      staleNow: '{{name}} left the office of {{title}} on {{end}} and was {{current}} on {{day}}.',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    for (const m of a.offices) {
      const v = m.verdict
      if (v.kind !== 'stale' || m.kind !== 'title' || m.qualifiers.length > 0 || m.quoted) continue
      // "President Bush", "Vice President Biden": a surname alone after a title is often a courtesy title for a
      // former holder (or an earlier holder the KB does not cover); only the full name is checked.
      if (m.run?.given === undefined) continue
      // "President Barack Obama's decision to protect dreamers": a possessive speaks of the person's record.
      if (m.run.possessive && !m.appositive) continue
      if (isHistorical(a, m.unit, m.prefix?.from ?? m.titleFrom, v.term, v.person.id, m.run.to) || isCaptionLike(m.unit, m.titleFrom)) continue
      const office = a.kb.offices.get(v.term.officeId)!
      const current = v.current.find((t) => a.kb.offices.get(t.officeId)?.jurisdiction === office.jurisdiction) ?? v.current[0]
      const holder = holderOn(a.kb, office.id, a.day) ?? 'someone else'
      const currentOffice = current ? a.kb.offices.get(current.officeId) : undefined
      const found = fixes([
        currentOffice ? retitleFix(m, a.kb, currentOffice.id) : undefined,
        formerFix(m),
        holderFix(m, a.kb, office.id, a.day),
      ])
      ctx.report({
        messageId: currentOffice ? 'staleNow' : 'stale',
        data: {name: v.person.name, title: office.title, end: v.term.end!, day: a.day, holder, current: currentOffice?.title ?? ''},
        block: m.unit.block,
        range: phraseRange(m),
        ...found,
      })
    }
  },
})
