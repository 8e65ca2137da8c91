import {defineRule, replaceText} from '../engine/index.ts'
import {entityAnalysis} from './entity/analysis.ts'

// "US" and "U.S." (or UK/U.K., UN/U.N., EU/E.U.) mixed in one article: house style picks one. The `style` option
// fixes the choice; otherwise the article's majority form wins.

interface Options {
  style?: 'dotted' | 'undotted' | 'majority'
}

const ABBREVIATIONS = new Set(['us', 'uk', 'un', 'eu'])

export default defineRule<Options>({
  meta: {
    id: 'abbreviation-style',
    category: 'entity-name',
    defaultSeverity: 'info',
    description: 'Country and organisation abbreviations written both with and without dots',
    messages: {mixed: '"{{written}}" and "{{other}}" are both used; house style is {{other}}.'},
    defaultOptions: {style: 'majority'},
    validateOptions(options) {
      return options.style === undefined || ['dotted', 'undotted', 'majority'].includes(options.style as string)
        ? []
        : ['"style" must be "dotted", "undotted" or "majority"']
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    const forms = new Map<string, Array<{unit: (typeof a.units)[number]; start: number; end: number; dotted: boolean}>>()
    for (const unit of a.units) {
      for (const t of unit.tokens) {
        if (!ABBREVIATIONS.has(t.norm) || !t.upper) continue
        const dotted = t.text.includes('.')
        const list = forms.get(t.norm) ?? []
        list.push({unit, start: t.start, end: t.end, dotted})
        forms.set(t.norm, list)
      }
    }
    for (const [norm, list] of forms) {
      const dotted = list.filter((f) => f.dotted).length
      const plain = list.length - dotted
      if (dotted === 0 || plain === 0) continue
      const style = ctx.options.style ?? 'majority'
      const wantDotted = style === 'dotted' || (style === 'majority' && dotted > plain)
      const house = wantDotted ? `${norm.toUpperCase().split('').join('.')}.` : norm.toUpperCase()
      for (const f of list) {
        if (f.dotted === wantDotted) continue
        // "in the U.S." ending a sentence: its last dot is also the full stop, so it stays.
        const endsSentence = f.dotted && f.unit.sentences.some((s) => s.end === f.end)
        const range: [number, number] = [f.start, endsSentence ? f.end - 1 : f.end]
        const written = f.unit.text.slice(f.start, f.end)
        const fix = replaceText(f.unit.block, range, house)
        ctx.report({messageId: 'mixed', data: {written, other: house}, block: f.unit.block, range, ...(fix ? {fix} : {})})
      }
    }
  },
})
