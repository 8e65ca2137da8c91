import {defineRule} from '../engine/index.ts'
import descriptorData from '../kb/data/names/descriptors.json' with {type: 'json'}
import {tokenize} from '../kb/index-lookup.ts'
import {entityAnalysis, indexPlaces, placesAt} from './entity/analysis.ts'
import {holderOn, officesOfKind, titledOffice} from './entity/offices.ts'

// Informal descriptions of an office, checked at lower severity: "NATO chief Jens Stoltenberg" after he left, and
// "the military chief of the United States" for a defence minister the article names (a civilian post).

const MILITARY = (descriptorData as {military: string[]}).military.map((p) => tokenize(p).map((t) => t.norm))

export default defineRule({
  meta: {
    id: 'office-descriptor',
    category: 'entity-name',
    defaultSeverity: 'warning',
    description: 'An informal description of an office that does not fit the person on the article\'s date',
    messages: {
      descriptor: '"{{descriptor}}" on {{day}} was {{holder}}, not {{name}}.',
      military: '"{{descriptor}}" describes a uniformed commander; {{holder}}, named in this article, is {{title}}, a civilian post.',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    for (const m of a.offices) {
      if (m.kind !== 'descriptor' || m.qualifiers.length > 0) continue
      const v = m.verdict
      if (v.kind !== 'stale' && v.kind !== 'premature' && v.kind !== 'wrong-office' && v.kind !== 'first-name') continue
      const office = titledOffice(m, a.kb, v.kind === 'first-name' ? v.holder : v.person)
      if (!office) continue
      const name = v.kind === 'first-name' ? m.unit.text.slice(m.run!.start, m.run!.familyEnd) : v.person.name
      ctx.report({
        messageId: 'descriptor',
        data: {descriptor: m.unit.text.slice(m.titleStart, m.titleEnd), day: a.day, holder: holderOn(a.kb, office.id, a.day) ?? 'someone else', name},
        block: m.unit.block,
        range: [m.titleStart, Math.max(m.titleEnd, m.run?.familyEnd ?? 0)],
      })
    }
    // "the military chief of the United States", "America's top general": does the article name that country's
    // civilian defence minister, whom the phrase likely means?
    const namedPeople = new Set(a.persons.map((r) => r.person.id))
    const places = indexPlaces(a.places)
    for (const unit of a.units) {
      if (unit.field !== 'body') continue
      const t = unit.tokens
      for (let i = 0; i < t.length; i++) {
        const phrase = MILITARY.find((p) => p.every((w, k) => t[i + k]?.norm === w))
        if (!phrase) continue
        const end = i + phrase.length
        // The country: "of the United States" after, or "America's"/"US" before.
        const after = ['of', 'the'].includes(t[end]?.norm ?? '') ? [end, end + 1, end + 2].map((k) => placesAt(places, unit, 'byFrom', k)[0]).find(Boolean) : undefined
        const before = placesAt(places, unit, 'byTo', i).find((p) => p.form === 'name' || p.form === 'demonym')
        const country = (after ?? before)?.place
        if (!country) continue
        const defenceId = officesOfKind(a.kb, country, 'defence-minister')[0]
        const defence = defenceId ? a.kb.offices.get(defenceId) : undefined
        const holder = defence ? holderOn(a.kb, defence.id, a.day) : undefined
        if (!defence || !holder || !namedPeople.has(holder)) continue
        const stop = after ? after.end : t[end - 1]!.end
        ctx.report({
          messageId: 'military',
          data: {descriptor: unit.text.slice(t[i]!.start, t[end - 1]!.end), holder, title: defence.title},
          block: unit.block,
          range: [before ? before.start : t[i]!.start, stop],
        })
      }
    }
  },
})
