import {defineRule, replaceText} from '../engine/index.ts'
import {fold} from '../kb/index-lookup.ts'
import {editDistance, skeleton} from '../kb/names.ts'
import {entityAnalysis} from './entity/analysis.ts'
import {familyKey, personFamilies} from './entity/names.ts'

function withoutArticle(name: string): string {
  return fold(name).replace(/^(?:al|el)[\s-]+/, '').replace(/['\u2019]/g, '')
}

// Known transliteration variants are a style matter, not an error: Kiev/Kyiv, Zelenskiy/Zelensky. The house
// spelling is the KB's (its `name`, a place variant's `house`) unless the `prefer` option picks another.

interface Options {
  /** Any spelling → the spelling the newsroom prefers, e.g. {"Zelensky": "Zelenskyy", "Kiev": "Kyiv"}. */
  prefer?: Record<string, string>
}

export default defineRule<Options>({
  meta: {
    id: 'name-variant',
    category: 'entity-name',
    defaultSeverity: 'info',
    description: 'A known variant spelling of a name (transliteration), where house style prefers another',
    messages: {
      variant: '"{{written}}": house spelling is {{house}}.',
      mixed: '{{written}} and {{other}} are both used in this article.',
    },
    defaultOptions: {prefer: {}},
    validateOptions(options) {
      const prefer = options.prefer
      if (prefer === undefined) return []
      if (typeof prefer !== 'object' || prefer === null || Array.isArray(prefer) || Object.values(prefer).some((v) => typeof v !== 'string')) {
        return ['"prefer" must map spellings to the preferred spelling, e.g. {"Kiev": "Kyiv"}']
      }
      return []
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    const prefer = new Map(Object.entries(ctx.options.prefer ?? {}).map(([k, v]) => [fold(k), v]))
    const preferred = (spellings: string[], house: string) => {
      for (const s of spellings) {
        const p = prefer.get(fold(s))
        if (p) return p
      }
      return house
    }
    const reportVariant = (unit: (typeof a.units)[number], range: [number, number], house: string) => {
      const written = unit.text.slice(range[0], range[1])
      if (fold(written) === fold(house)) return
      const fix = replaceText(unit.block, range, house)
      ctx.report({messageId: 'variant', data: {written, house}, block: unit.block, range, ...(fix ? {fix} : {})})
    }
    // Places: Kiev → Kyiv.
    for (const unit of a.units) {
      for (const m of unit.matches) {
        if (m.entry.kind !== 'place-variant') continue
        const v = m.entry.variant
        const house = preferred([v.house, ...v.variants], v.house)
        const end = m.end - (unit.tokens[m.to - 1]!.possessive ? 2 : 0)
        // "Odessa, Texas": a namesake elsewhere.
        const next = unit.tokens[m.to]
        if (next && /^,\s$/.test(next.gap) && (unit.matchesFrom.get(m.to) ?? []).some((x) => x.entry.kind === 'subdivision')) continue
        reportVariant(unit, [m.start, end], house)
      }
    }
    // People: a KB person's family name in a variant spelling.
    const seen = new Set<string>()
    for (const ref of a.persons) {
      const person = ref.person
      const houseFamily = person.family[0]
      if (!houseFamily || person.family.length < 2) continue
      const all = [person.name, ...person.variants, ...person.family]
      const wantFamily = preferred(all, houseFamily)
      const wanted = prefer.get(fold(person.name)) ?? wantFamily
      const written = ref.run.family
      const key = familyKey(ref.run)
      if (!person.family.some((f) => fold(f) === key)) continue
      const target = wanted.includes(' ') ? wantFamily : wanted
      if (fold(target) === key || withoutArticle(target) === withoutArticle(written)) continue
      if (skeleton(target) !== skeleton(written) && editDistance(fold(target), key, 2) > 2) continue
      seen.add(key)
      reportVariant(ref.run.unit, [ref.run.familyStart, ref.run.familyEnd], target)
    }
    // Unknown to the KB: two transliterations of one name in the same article ("al-" and "Abdel"/"Abdul" are
    // spelling conventions, not transliterations worth a note).
    const persons = personFamilies(a)
    const bySkeleton = new Map<string, Map<string, number>>()
    for (const r of a.runs) {
      const key = familyKey(r)
      if (key.length < 5 || seen.has(key) || a.kb.byFamily.has(key) || !persons.has(key)) continue
      const sk = skeleton(key)
      const m = bySkeleton.get(sk) ?? new Map<string, number>()
      m.set(r.family, (m.get(r.family) ?? 0) + 1)
      bySkeleton.set(sk, m)
    }
    for (const r of a.runs) {
      const spellings = bySkeleton.get(skeleton(familyKey(r)))
      if (!spellings || spellings.size < 2) continue
      const [major] = [...spellings].sort((x, y) => y[1] - x[1])
      if (!major || major[0] === r.family || fold(major[0]) === familyKey(r)) continue
      if (withoutArticle(major[0]) === withoutArticle(r.family)) continue
      const range: [number, number] = [r.familyStart, r.familyEnd]
      const fix = replaceText(r.unit.block, range, major[0])
      ctx.report({messageId: 'mixed', data: {written: r.family, other: major[0]}, block: r.unit.block, range, ...(fix ? {fix} : {})})
    }
  },
})
