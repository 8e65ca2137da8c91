// The knowledge base: every shipped file valid, the static index complete, newsroom entries merged with clear
// errors, and the lookup index finding entities by token.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {renderOfficeIndex} from '../../scripts/build-kb-index.ts'
import {tokenize} from './index-lookup.ts'
import {KnowledgeBaseError, defaultKnowledgeBase, loadKnowledgeBase} from './load.ts'
import {editDistance, sameGivenName, skeleton, splitName} from './names.ts'
import {fixtureOfficeFiles} from './test-fixtures/index.ts'
import type {OfficeFile} from './types.ts'
import {validateOfficeFile, validatePlacesFile} from './validate.ts'

const officesDir = new URL('./data/offices/', import.meta.url)
const placesDir = new URL('./data/places/', import.meta.url)
const shipped = readdirSync(officesDir).filter((f) => f.endsWith('.json'))

describe('shipped data', () => {
  test.each(shipped)('offices/%s is valid', (file) => {
    expect(validateOfficeFile(JSON.parse(readFileSync(new URL(file, officesDir), 'utf8')), file)).toEqual([])
  })

  test.each(readdirSync(placesDir).filter((f) => f.endsWith('.json')))('places/%s is valid', (file) => {
    expect(validatePlacesFile(JSON.parse(readFileSync(new URL(file, placesDir), 'utf8')), file)).toEqual([])
  })

  test('data/offices/index.ts imports every office file (regenerate with scripts/build-kb-index.ts)', () => {
    expect(readFileSync(new URL('index.ts', officesDir), 'utf8')).toBe(renderOfficeIndex(readdirSync(officesDir)))
  })

  test('the default KB loads everything, merged across files without overlaps', () => {
    const kb = defaultKnowledgeBase()
    expect(kb.files.filter((f) => f.startsWith('offices/')).length).toBe(shipped.length)
    expect(kb.places.get('NL')!.seats).toContain('The Hague')
    expect(kb.places.get('RU')!.metonyms.map((m) => m.text)).toContain('the Kremlin')
  })

  test('the fixture set used by the rule tests is valid too', () => {
    for (const {file, data} of fixtureOfficeFiles) expect(validateOfficeFile(data, file)).toEqual([])
  })
})

const goodFile = (): OfficeFile => ({
  jurisdiction: 'US',
  source: 'test',
  asOf: '2025-06-01',
  offices: [
    {
      id: 'us.secretary-of-state',
      kind: 'foreign-minister',
      title: 'Secretary of State',
      titleVariants: ['Secretary of State'],
      singleHolder: true,
      holders: [
        {name: 'Rex Tillerson', start: '2017-02-01', end: '2018-03-31'},
        {name: 'Mike Pompeo', start: '2018-04-26', end: '2021-01-20'},
      ],
    },
  ],
})

describe('validation names the file and the entry', () => {
  const mutate = (change: (f: OfficeFile & Record<string, any>) => void) => {
    const f = goodFile() as OfficeFile & Record<string, any>
    change(f)
    return validateOfficeFile(f, 'newsroom.json')
  }
  test.each([
    ['overlapping terms', (f: any) => (f.offices[0].holders[1].start = '2018-01-01'), /newsroom\.json: offices\[0\] \(us\.secretary-of-state\): terms overlap: Rex Tillerson .* Mike Pompeo/],
    ['end before start', (f: any) => (f.offices[0].holders[0].end = '2016-01-01'), /holders\[0\] \(Rex Tillerson\): ends \(2016-01-01\) before it starts/],
    ['dates out of order', (f: any) => f.offices[0].holders.reverse(), /holders are not in date order/],
    ['an impossible date', (f: any) => (f.offices[0].holders[0].start = '2017-02-30'), /holders\[0\] \(Rex Tillerson\): "start" must be a date/],
    ['no source', (f: any) => delete f.source, /newsroom\.json: "source" is missing: every entry must be sourced/],
    ['an unknown kind', (f: any) => (f.offices[0].kind = 'minister'), /offices\[0\] \(us\.secretary-of-state\): "kind" must be one of/],
    ['a misspelt field', (f: any) => (f.offices[0].holder = []), /unknown field "holder"/],
    ['two open terms', (f: any) => delete f.offices[0].holders[0].end, /Rex Tillerson \(from 2017-02-01\) has no end date but Mike Pompeo starts/],
    ['a people entry for nobody', (f: any) => (f.people = [{name: 'Mike Pence'}]), /people\[0\] \(Mike Pence\): "Mike Pence" is not the name of any holder/],
    ['a holder after asOf', (f: any) => (f.asOf = '2020-01-01'), /holders\[1\] \(Mike Pompeo\): ends \(2021-01-20\) after the file's asOf/],
  ])('%s', (_name, change, message) => {
    const problems = mutate(change)
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true)
  })

  test('an acting holder may overlap; terms may touch', () => {
    expect(
      mutate((f) => {
        f.offices[0]!.holders.splice(1, 0, {name: 'John Sullivan', start: '2018-03-31', end: '2018-04-26', acting: true})
        f.offices[0]!.holders[2]!.start = '2018-04-26'
      }),
    ).toEqual([])
  })
})

describe('loadKnowledgeBase({extra})', () => {
  test('newsroom entries are merged with the shipped ones', () => {
    const extra = goodFile()
    extra.offices[0]!.holders = [{name: 'Marco Rubio', start: '2025-01-21'}]
    extra.offices[0]!.titleVariants = ['Top Diplomat Secretary']
    const kb = loadKnowledgeBase({offices: fixtureOfficeFiles, extra: [{file: 'studio:kbEntry.rubio', data: {...extra, asOf: '2025-06-01'}}]})
    const office = kb.offices.get('us.secretary-of-state')!
    expect(office.holders.filter((h) => h.name === 'Marco Rubio')).toHaveLength(1)
    expect(office.titleVariants).toContain('Top Diplomat Secretary')
  })

  test('a newsroom entry that overlaps the shipped terms is an error naming both files', () => {
    const extra = goodFile()
    extra.offices[0]!.holders = [{name: 'Someone Else', start: '2019-01-01', end: '2019-02-01'}]
    expect(() => loadKnowledgeBase({offices: fixtureOfficeFiles, extra: [{file: 'newsroom.json', data: extra}]})).toThrow(
      /office us\.secretary-of-state \(merged from test-fixtures\/us\.json \+ newsroom\.json\): terms overlap/,
    )
  })

  test('an invalid newsroom file throws KnowledgeBaseError listing every problem', () => {
    try {
      loadKnowledgeBase({offices: fixtureOfficeFiles, extra: [{file: 'bad.json', data: {jurisdiction: 'US', offices: 'none'}}]})
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(KnowledgeBaseError)
      expect((e as KnowledgeBaseError).problems).toEqual([
        'bad.json: "source" is missing: every entry must be sourced',
        'bad.json: "asOf" must be a date YYYY-MM-DD, got undefined',
        'bad.json: "offices" must be a list',
      ])
    }
  })
})

describe('lookup index', () => {
  const kb = loadKnowledgeBase({offices: fixtureOfficeFiles})
  const found = (text: string) => kb.lookup.scan(tokenize(text)).map((m) => [text.slice(m.start, m.end), m.entry.kind])

  test.each([
    ['U.S. Defense Secretary Pete Hegseth', ['U.S.', 'place'], ['U.S. Defense Secretary', 'title'], ['Pete Hegseth', 'person']],
    ['Britain’s defence secretary', ['Britain’s', 'place'], ['defence secretary', 'title']],
    ['between Pyongyang and the Kremlin', ['Pyongyang', 'place'], ['Kremlin', 'place']],
    ['Kim Jong-un met Zelenskiy', ['Kim Jong-un', 'person'], ['Zelenskiy', 'family']],
  ])('%s', (text, ...expected) => {
    for (const e of expected) expect(found(text)).toContainEqual(e)
  })

  test.each([['let us go'], ['at 5 pm'], ['the new mexico line']])('case matters for abbreviations and names: "%s"', (text) => {
    expect(found(text).filter(([, kind]) => kind === 'place' || kind === 'title')).toEqual([])
  })
})

describe('names', () => {
  test.each([
    ['Mike', 'Michael', true],
    ['J.D.', 'JD', true],
    ['Sergei', 'Sergey', true],
    ['Andres', 'Andrés Manuel', true],
    ['Mohammed', 'Mohammad Javad', true],
    ['Hermy', 'Herman', true],
    ['Mark', 'Mike', false],
    ['Micheal', 'Michael', false],
    ['Jill', 'Joe', false],
  ])('sameGivenName(%s, %s) = %s', (a, b, same) => expect(sameGivenName(a, b)).toBe(same))

  test.each([
    ['Zelensky', 'Zelenskiy'],
    ['Gaddafi', 'Qaddafi'],
    ['Abdel-Mahdi', 'Abdul-Mahdi'],
  ])('%s and %s share a transliteration skeleton', (a, b) => expect(skeleton(a)).toBe(skeleton(b)))

  test('Pompeo and Pompoe do not', () => expect(skeleton('Pompeo')).not.toBe(skeleton('Pompoe')))
  test('edit distance counts a transposition once', () => expect(editDistance('pompeo', 'pompoe')).toBe(1))
  test.each([
    ['Ursula von der Leyen', undefined, ['Ursula'], ['von der Leyen']],
    ['Kim Jong Un', 'KP', ['Jong Un'], ['Kim']],
    ['Robert F. Kennedy Jr.', undefined, ['Robert'], ['Kennedy']],
  ])('splitName(%s)', (name, j, given, family) => expect(splitName(name, j)).toEqual({given, family}))
})
