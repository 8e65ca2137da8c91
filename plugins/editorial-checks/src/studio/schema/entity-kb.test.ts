import {describe, expect, test} from 'vitest'
import {buildStudioKb, validateEntity, type EntityDocument} from './entity-kb.ts'

const newOffice: EntityDocument = {
  _id: 'drafts.entity-1',
  kind: 'office-term',
  person: 'Jane Example',
  personVariants: ['Jane Exampel'],
  jurisdiction: 'xk',
  officeKind: 'head-of-government',
  title: 'Prime Minister',
  titleVariants: ['Prime Minister', 'Kosovo Prime Minister'],
  start: '2025-03-01',
  source: 'Government website',
  date: '2025-06-01',
}

describe('Studio KB entries', () => {
  test('a valid office term validates and is merged into the KB', () => {
    expect(validateEntity(newOffice)).toEqual([])
    const {kb, skipped} = buildStudioKb([newOffice])
    expect(skipped).toEqual([])
    expect(kb.offices.get('studio.entity-1')?.holders).toEqual([expect.objectContaining({name: 'Jane Example', start: '2025-03-01'})])
    expect([...kb.people.values()].some((p) => p.name === 'Jane Example' && p.variants.includes('Jane Exampel'))).toBe(true)
  })

  test('a term added to a shipped office lands on that office', () => {
    const term: EntityDocument = {
      ...newOffice,
      _id: 'entity-2',
      jurisdiction: 'de',
      officeId: 'de.chancellor',
      person: 'Erika Example',
      personVariants: [],
      start: '2025-05-20',
      acting: true,
      title: 'Chancellor',
    }
    const {kb, skipped} = buildStudioKb([term])
    expect(skipped).toEqual([])
    expect(kb.offices.get('de.chancellor')!.holders.map((h) => h.name)).toContain('Erika Example')
  })

  test('an entry the loader cannot merge (two chancellors at once) is reported and the shipped KB is used', () => {
    const clash: EntityDocument = {
      ...newOffice,
      _id: 'entity-3',
      jurisdiction: 'de',
      officeId: 'de.chancellor',
      person: 'Erika Example',
      personVariants: [],
      start: '2025-05-20',
      title: 'Chancellor',
    }
    const {kb, skipped} = buildStudioKb([clash])
    expect(skipped).toEqual([{id: 'entity-3', problems: [expect.stringMatching(/cannot have two holders at once/)]}])
    expect(kb.offices.get('de.chancellor')!.holders.map((h) => h.name)).not.toContain('Erika Example')
  })

  test.each([
    [{...newOffice, source: ''}, /source/],
    [{...newOffice, start: '1 March 2025'}, /start|date/i],
    [{...newOffice, officeKind: 'mayor'}, /kind/],
    [{_id: 'e', source: 's', date: '2025-01-01'} as EntityDocument, /choose what kind/],
  ])('a bad entry is named, skipped, and the KB still loads: %#', (doc, problem) => {
    expect(validateEntity(doc).join('\n')).toMatch(problem)
    const {kb, skipped} = buildStudioKb([doc, {...newOffice, _id: 'ok'}])
    expect(skipped.map((s) => s.id)).toEqual([doc._id.replace(/^drafts\./, '')])
    expect(kb.offices.has('studio.ok')).toBe(true)
  })

  test('a draft wins over its published copy', () => {
    const published = {...newOffice, _id: 'entity-1', person: 'Old Name', personVariants: []}
    const {kb} = buildStudioKb([published, newOffice])
    expect(kb.offices.get('studio.entity-1')!.holders[0]!.name).toBe('Jane Example')
  })

  test('place spellings and metonyms', () => {
    const spelling: EntityDocument = {
      _id: 'p',
      kind: 'place-spelling',
      house: 'Kyiv',
      variants: ['Kiev'],
      country: 'ua',
      source: 's',
      date: '2025-01-01',
    }
    const metonym: EntityDocument = {
      _id: 'm',
      kind: 'metonym',
      text: 'Zhongnanhai',
      country: 'cn',
      stands: 'government',
      source: 's',
      date: '2025-01-01',
    }
    const {kb, skipped} = buildStudioKb([spelling, metonym])
    expect(skipped).toEqual([])
    expect(kb.placeVariants.some((v) => v.house === 'Kyiv' && v.variants.includes('Kiev'))).toBe(true)
    expect(kb.places.get('CN')!.metonyms.some((m) => m.text === 'Zhongnanhai')).toBe(true)
  })
})
