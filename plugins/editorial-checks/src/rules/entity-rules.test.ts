// Entity-name rules on real sentences (the seed, the corpus, the hard negatives), against the fixture KB.
import {describe, expect, test} from 'vitest'
import abbreviationStyle from './abbreviation-style.ts'
import capitalMetonymMismatch from './capital-metonym-mismatch.ts'
import firstNameMismatch from './first-name-mismatch.ts'
import nameSpelling from './name-spelling.ts'
import nameVariant from './name-variant.ts'
import officeDescriptor from './office-descriptor.ts'
import officeTitleMismatch from './office-title-mismatch.ts'
import staleOfficeholder from './stale-officeholder.ts'
import {articleDoc, check, flagged} from './entity/testing.ts'
import type {Rule} from '../engine/index.ts'

const errorRules = [capitalMetonymMismatch, officeTitleMismatch, staleOfficeholder, firstNameMismatch, nameSpelling]
const errorsOf = (paragraphs: string[], date: string) => errorRules.flatMap((r) => check(r, articleDoc(paragraphs, {date})))

// A Russia–US story, as in the seed: the sides are Moscow/Putin and Washington/Trump.
const russiaUsStory = [
  'The decision to initiate negotiations with Moscow to resolve the war in Ukraine was made public during Trump’s first phone contact with Putin.',
  'After nearly 1.5 hours of negotiations, the Kremlin announced that Putin and President Trump had reached an agreement: the moment had arrived to work together.',
  'Trump said he would meet with Putin in Saudi Arabia, and Russia welcomed the talks.',
]

describe('capital-metonym-mismatch', () => {
  test('a capital standing for a country the story never involves, paired with one side, is flagged with the other side', () => {
    const paragraphs = [...russiaUsStory, 'Russia’s ally, the Chinese government, expressed its delight at the “strengthening communication” between Pyongyang and Washington.']
    const doc = articleDoc(paragraphs, {date: '2025-02-13'})
    const findings = check(capitalMetonymMismatch, doc)
    expect(findings.map((f) => [f.ruleId, f.path, flagged(doc, f)])).toEqual([
      ['capital-metonym-mismatch', ['body', {_key: 'p3'}, 'children', {_key: 'p3s'}], 'Pyongyang'],
    ])
    const start = paragraphs[3]!.indexOf('Pyongyang')
    expect(findings[0]!.fix!.edits).toEqual([
      {type: 'replaceText', path: ['body', {_key: 'p3'}, 'children', {_key: 'p3s'}], range: [start, start + 9], text: 'Moscow', expected: 'Pyongyang'},
    ])
  })

  test.each([
    ['a hotel in Pyongyang in a North Korea story', ['North Korea’s leader Kim Jong Un met the delegation at a hotel in Pyongyang on Tuesday.', 'Talks between Pyongyang and Washington resumed.']],
    ['a capital used as a place', [...russiaUsStory, 'Reporters waited at a hotel in Pyongyang and in Washington.']],
    ['the country is named elsewhere', [...russiaUsStory, 'North Korea praised the talks between Pyongyang and Washington.']],
    ['a government metonym outside a pair ("relations with Moscow")', ['Chris Matthews dogpiled him for his perplexing relationship with Moscow.', 'Trump defended his secretary of state on Tuesday.']],
    ['Brussels, which stands for the EU as much as for Belgium', [...russiaUsStory, 'Ties between Brussels and Washington are strained.']],
  ])('%s: nothing', (_name, paragraphs) => {
    expect(check(capitalMetonymMismatch, articleDoc(paragraphs, {date: '2025-02-13'}))).toEqual([])
  })
})

describe('office titles against the article date', () => {
  test.each([
    ['stale-officeholder', 'Secretary of State Rex Tillerson said on Tuesday that the talks would continue.', '2019-06-15', 'Secretary of State Rex Tillerson'],
    ['stale-officeholder', 'Rejecting a “dictated peace,” German Chancellor Olaf Scholz and his defense minister expressed sorrow.', '2025-06-01', 'German Chancellor Olaf Scholz'],
    ['stale-officeholder', 'Prime Minister Vladimir Putin said on Monday that Russia would respond.', '2018-03-01', 'Prime Minister Vladimir Putin'],
    ['office-title-mismatch', 'Defense Secretary Mike Pompeo told reporters on Wednesday that the alliance was strong.', '2019-03-01', 'Defense Secretary Mike Pompeo'],
    ['office-title-mismatch', 'Prime Minister Boris Johnson said on Monday that Britain would leave the EU.', '2018-03-01', 'Prime Minister Boris Johnson'],
    ['first-name-mismatch', 'Vice President Mark Pence said on Tuesday that the administration would act.', '2018-03-01', 'Mark Pence'],
  ])('%s: %s (%s)', (ruleId, sentence, date, words) => {
    const findings = errorsOf([sentence], date)
    expect(findings.map((f) => [f.ruleId, f.severity, f.range])).toEqual([[ruleId, 'error', [sentence.indexOf(words), sentence.indexOf(words) + words.length]]])
  })

  test('fixes: "former", the title held that day, or the holder', () => {
    const sentence = 'Prime Minister Vladimir Putin said on Monday that Russia would respond.'
    const [f] = check(staleOfficeholder, articleDoc([sentence], {date: '2018-03-01'}))
    const path = ['body', {_key: 'p0'}, 'children', {_key: 'p0s'}]
    expect(f!.fix!.edits).toEqual([{type: 'replaceText', path, range: [0, 14], text: 'President', expected: 'Prime Minister'}])
    expect(f!.suggestions!.flatMap((s) => s.edits).map((e) => (e.type === 'replaceText' ? e.text : ''))).toEqual(['Former Prime Minister', 'Dmitry Medvedev'])
  })

  test('a wrong first name next to a title is replaced by the holder\'s', () => {
    const sentence = 'Vice President Mark Pence said on Tuesday that the administration would act.'
    const [f] = check(firstNameMismatch, articleDoc([sentence], {date: '2018-03-01'}))
    expect(f!.fix!.edits).toEqual([{type: 'replaceText', path: ['body', {_key: 'p0'}, 'children', {_key: 'p0s'}], range: [15, 19], text: 'Mike', expected: 'Mark'}])
  })

  test.each([
    ['Georgia’s Secretary of State Brian Kemp (a state office)', 'Georgia’s Secretary of State Brian Kemp said on Tuesday that the count would continue.', '2018-11-08'],
    ['Secretary of State Brian Kemp, unknown to the KB for that office', 'Secretary of State Brian Kemp said on Tuesday that the count would continue.', '2018-11-08'],
    ['a state attorney general known to the KB for a later federal office', 'California Attorney General Xavier Becerra said on Monday the state would sue.', '2019-04-01'],
    ['Attorney General Xavier Becerra without the state', 'Attorney General Xavier Becerra said on Monday the state would sue.', '2019-04-01'],
    ['former', 'Former Secretary of State John Kerry said on Tuesday that the deal was working.', '2019-06-15'],
    ['then-', 'The plan was drawn up by then-Defense Secretary Jim Mattis, officials said on Tuesday.', '2020-02-01'],
    ['the late', 'The bill was named after the late Senator John McCain.', '2019-06-15'],
    ['a year in the sentence', 'In 2015, Secretary of State John Kerry negotiated the nuclear deal.', '2019-06-15'],
    ['ex-officeholders together', 'President Barack Obama and Secretary of State John Kerry negotiated the deal with Iran.', '2019-06-15'],
    ['a quotation', '“Secretary of State Rex Tillerson is a fine man,” he said on Tuesday.', '2019-06-15'],
    ['a courtesy title with the surname alone', 'Godspeed President Bush.', '2018-12-03'],
    ['-elect', 'President-elect Donald Trump said on Tuesday he would name his cabinet soon.', '2016-11-20'],
    ['the transition before taking office', 'Here’s hoping President Trump and the 115th Congress don’t listen to them.', '2017-01-16'],
    ['speculation', 'Embracing President Mike Pence might be the party’s best play.', '2017-05-29'],
    ['a descriptive lower-case title', 'He has made much of his service alongside the nation’s first black president, Barack Obama.', '2019-06-20'],
    ['the seed’s titles on 2025-02-13', 'US Secretary of Defense Pete Hegseth and German Chancellor Olaf Scholz met NATO chief Mark Rutte and US Vice President JD Vance.', '2025-02-13'],
    ['Britain’s defense secretary, John Healey', 'The statement was reinforced by Britain’s defense secretary, John Healey, who warned that no agreement would work.', '2025-02-13'],
  ])('%s: no error', (_name, sentence, date) => {
    expect(errorsOf([sentence], date)).toEqual([])
  })
})

describe('name consistency', () => {
  test('a surname spelt two ways: the rare spelling is flagged with the article\'s', () => {
    const paragraphs = ['Secretary of State Mike Pompeo arrived in Seoul on Tuesday.', 'Pompeo said the talks would continue.', 'Asked about the deadline, Pompoe said there was none.']
    const doc = articleDoc(paragraphs, {date: '2019-03-01'})
    const findings = check(nameSpelling, doc)
    expect(findings.map((f) => [f.ruleId, flagged(doc, f)])).toEqual([['name-spelling', 'Pompoe']])
    expect(findings[0]!.fix!.edits[0]).toMatchObject({type: 'replaceText', text: 'Pompeo', expected: 'Pompoe'})
  })

  test('a typo in a title-bound name with no other mention: the office\'s holder is the reference', () => {
    const doc = articleDoc(['Secretary of State Mike Pompoe arrived in Seoul on Tuesday.'], {date: '2019-03-01'})
    expect(check(nameSpelling, doc).map((f) => flagged(doc, f))).toEqual(['Pompoe'])
  })

  test.each([
    ['two people (Gary Cohn and Michael Cohen)', ['Gary Cohn left the White House.', 'Michael Cohen said on Tuesday he would testify.', 'Cohn declined to comment.']],
    ['derived words (Anti-Semitic, Anti-Semitism)', ['Anti-Semitism is rising, she said.', 'Anti-Semitism was the topic.', '“Anti-Semitic incidents surge,” Inside Higher Ed reported.']],
    ['common words (Woman, Women)', ['Women ran in record numbers.', 'Women won seats, and women voters turned out.', 'It was the Year of the Woman.']],
    ['transliterations (Zelenskiy, Zelensky) are not typos', ['President Volodymyr Zelensky spoke on Tuesday.', 'Zelensky said he was ready.', 'Zelenskiy added that talks would continue.']],
  ])('%s: nothing', (_name, paragraphs) => {
    expect(check(nameSpelling, articleDoc(paragraphs, {date: '2019-10-01'}))).toEqual([])
  })

  test.each([
    ['against the KB and the article ("Mike Pence … Mark Pence")', ['Vice President Mike Pence visited the border on Friday.', 'Pence said the wall would be built.', 'Later, Mark Pence told reporters that funding was secured.'], 'Mark Pence', 'Mike'],
    ['against the article\'s first mention', ['Senator Michael Bennet spoke on Tuesday.', 'Bennet said he would run.', 'Micheal Bennet later added that he had raised money.'], 'Micheal Bennet', 'Michael'],
  ])('first-name-mismatch %s', (_name, paragraphs, words, fixText) => {
    const doc = articleDoc(paragraphs, {date: '2018-03-01'})
    const findings = check(firstNameMismatch, doc)
    expect(findings.map((f) => flagged(doc, f))).toEqual([words])
    expect(findings[0]!.fix!.edits[0]).toMatchObject({type: 'replaceText', text: fixText})
  })

  test.each([
    ['relatives', ['President Donald Trump spoke on Friday.', 'Trump said the economy was strong.', 'His daughter, Ivanka Trump, also attended.']],
    ['a different first name unlike the KB person\'s (Chelsea and Hillary Clinton)', ['Former Secretary of State Hillary Clinton spoke on Friday.', 'The theory was shared by Paul Krugman and Chelsea Clinton.']],
    ['nicknames', ['Vice President Mike Pence spoke on Friday.', 'Michael Pence was born in Indiana.']],
    ['a short form the table lacks', ['Herman Talmadge was a senator.', '“We had to put up with the likes of Hermy Talmadge,” Biden said.']],
    ['scraped link text', ['Secretary of State Rex Tillerson Rex Wayne Tillerson spoke.', 'Trump dump Pence for Haley Nikki Haley: Trump truthful.']],
  ])('first-name-mismatch, %s: nothing', (_name, paragraphs) => {
    expect(check(firstNameMismatch, articleDoc(paragraphs, {date: '2018-03-01'}))).toEqual([])
  })
})

describe('lower severity: variants, abbreviations, descriptors', () => {
  test('Kiev/Kyiv and Zelenskiy/Zelensky are info, fixed to the house spelling (or the configured one)', () => {
    const paragraphs = ['Kiev said on Tuesday that President Volodymyr Zelenskiy would travel.', 'Zelensky said Kyiv was ready.']
    const doc = articleDoc(paragraphs, {date: '2019-10-01'})
    const findings = check(nameVariant, doc)
    expect(findings.map((f) => [f.severity, flagged(doc, f), f.fix!.edits[0]!.type === 'replaceText' ? (f.fix!.edits[0] as {text: string}).text : ''])).toEqual([
      ['info', 'Kiev', 'Kyiv'],
      ['info', 'Zelenskiy', 'Zelensky'],
    ])
    const preferred = check(nameVariant, doc, {prefer: {Zelensky: 'Zelenskiy'}})
    expect(preferred.map((f) => flagged(doc, f))).toEqual(['Kiev', 'Zelensky'])
    expect(errorRules.flatMap((r) => check(r, doc))).toEqual([])
  })

  test('"US" and "U.S." mixed: the minority form is info; a sentence-final "U.S." keeps its full stop', () => {
    const paragraphs = ['US forces will not be sent.', 'The US said so.', 'He flew back to the U.S.']
    const doc = articleDoc(paragraphs)
    const findings = check(abbreviationStyle, doc)
    expect(findings.map((f) => [f.severity, f.path[1], f.range])).toEqual([['info', {_key: 'p2'}, [20, 23]]])
    expect((findings[0]!.fix!.edits[0] as {text: string}).text).toBe('US')
  })

  test('"the military chief of the United States" for the named Secretary of Defense is a warning', () => {
    const paragraphs = [
      'On Thursday, the military chief of the United States under Donald Trump disputed that the president was betraying Ukraine.',
      'US Secretary of Defense Pete Hegseth stated, “There is no betrayal there.”',
    ]
    const doc = articleDoc(paragraphs, {date: '2025-02-13'})
    const findings = check(officeDescriptor, doc)
    expect(findings.map((f) => [f.ruleId, f.severity, flagged(doc, f)])).toEqual([['office-descriptor', 'warning', 'military chief of the United States']])
  })

  test('a descriptor for someone who has left ("NATO chief Jens Stoltenberg" in 2025) is a warning', () => {
    const doc = articleDoc(['NATO chief Jens Stoltenberg said on Tuesday that allies must spend more.'], {date: '2025-02-13'})
    expect(check(officeDescriptor, doc).map((f) => [f.severity, flagged(doc, f)])).toEqual([['warning', 'NATO chief Jens Stoltenberg']])
  })
})

describe('rules meta', () => {
  const all: Rule<any>[] = [...errorRules, nameVariant, abbreviationStyle, officeDescriptor]
  test.each(all.map((r) => [r.meta.id, r]))('%s is entity-name', (_id, rule) => {
    expect(rule.meta.category).toBe('entity-name')
  })
})
