import {defineRule} from '../engine/index.ts'
import {entityAnalysis} from './entity/analysis.ts'
import {fixes, holderFix, retitleFix} from './entity/office-fixes.ts'
import {addDays, holdsOn, phraseRange, titledOffice} from './entity/offices.ts'

/** A US presidential transition is 11 weeks; other systems are shorter. */
const TRANSITION_DAYS = 80

// A title the named person did not hold on the article's date: never ("Defense Secretary Mike Pompeo", while he was
// Secretary of State) or not yet ("Prime Minister Boris Johnson" in 2018). Only when the KB knows what the person did
// hold that day: a person the KB has no office for may hold a state or local office with the same title (Georgia's
// Secretary of State Brian Kemp), and the rule says nothing. Qualifiers (-elect, nominee, acting, deputy…) are honoured.
export default defineRule({
  meta: {
    id: 'office-title-mismatch',
    category: 'entity-name',
    defaultSeverity: 'error',
    description: 'A title the named person did not hold on the article\'s date',
    messages: {
      notYet: '{{name}} only became {{title}} on {{start}}; on {{day}} {{name}} was {{current}}.',
      never: '{{name}} was not {{title}} on {{day}} but {{current}}.',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    for (const m of a.offices) {
      const v = m.verdict
      if ((v.kind !== 'premature' && v.kind !== 'wrong-office') || m.kind !== 'title' || m.qualifiers.length > 0) continue
      // Quotations and speculation ("a President Pence would…") are not the desk's claims.
      if (m.quoted || m.hypothetical) continue
      const current = v.current.filter((t) => holdsOn(t, a.day, 0))
      const currentOffice = current.length ? a.kb.offices.get(current[0]!.officeId) : undefined
      if (v.kind === 'premature') {
        // Between election (or nomination) and taking office the press often uses the coming title; the KB has no
        // election dates, so only a title used well before the term is reported.
        if (addDays(a.day, TRANSITION_DAYS) >= v.term.start) continue
        // Holding no KB office that day, the person may hold a state office with the same title (Florida's
        // Attorney General Pam Bondi in 2018).
        if (!currentOffice) continue
        const office = a.kb.offices.get(v.term.officeId)!
        ctx.report({
          messageId: 'notYet',
          data: {name: v.person.name, title: office.title, start: v.term.start, day: a.day, current: currentOffice.title},
          block: m.unit.block,
          range: phraseRange(m),
          ...fixes([retitleFix(m, a.kb, currentOffice.id), holderFix(m, a.kb, office.id, a.day)]),
        })
        continue
      }
      // Never held: the title names some other office of the person's country.
      const titled = titledOffice(m, a.kb, v.person)
      if (!titled) continue
      ctx.report({
        messageId: 'never',
        data: {name: v.person.name, title: titled.title, day: a.day, current: currentOffice?.title ?? ''},
        block: m.unit.block,
        range: phraseRange(m),
        ...fixes([currentOffice ? retitleFix(m, a.kb, currentOffice.id) : undefined, holderFix(m, a.kb, titled.id, a.day)]),
      })
    }
  },
})
