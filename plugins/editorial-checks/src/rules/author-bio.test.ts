import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {buildArticleView, moveToAuthorBio, removeBlock, run, type CheckConfig, type Finding, type SanityDocumentLike} from '../engine/index.ts'
import authorBio from './author-bio.ts'
import {readBylineBlock} from './author-bio/byline.ts'
import rawSignals from './data/author-bio-signals.json' with {type: 'json'}
import {loadAuthorBioSignals, SignalsError} from './data/author-bio-signals.ts'

// Reporting paragraphs from shared/corpus (NPR, AP, The Hill), used to give a test paragraph a story around it.
const STORY = [
  'Senate Majority Leader Mitch McConnell said Tuesday that the chamber would take up the spending bill next week, setting up a showdown with House Democrats over border security.',
  'Pompeo, the former CIA director, told reporters the administration had not ruled out new sanctions.',
  'Democrats have argued that the measure does too little to protect people with pre-existing conditions, while several Republicans say it spends too much.',
  'Smith, who has studied the region for two decades, has been among the loudest critics of the agreement.',
  'The vote is expected to fall largely along party lines, though a handful of moderates in both parties have yet to announce their positions.',
  'Brennan, who led the agency under President Barack Obama, has become one of the administration’s most vocal critics.',
  'Lawmakers from both parties said they expected the negotiations to continue through the weekend.',
  'The White House did not immediately respond to a request for comment on Tuesday.',
]

interface Author {
  name: string
  id?: string
  bio?: string
}

/** An article whose body is STORY with `paragraph` inserted at `at` ('end', 'mid', 'start', or an index). */
function articleWith(paragraphs: string[], at: 'end' | 'mid' | 'start', authors: Author[] = []) {
  const index = at === 'end' ? STORY.length : at === 'mid' ? 4 : 0
  const texts = [...STORY.slice(0, index), ...paragraphs, ...STORY.slice(index)]
  return makeArticle(texts, authors)
}

function makeArticle(texts: string[], authors: Author[] = [], title = 'Senate braces for spending fight') {
  const people = new Map<string, SanityDocumentLike>()
  const refs = authors.map((a, i) => {
    if (!a.id) return a.name
    people.set(a.id, {
      _id: a.id,
      _type: 'person',
      name: a.name,
      ...(a.bio ? {bio: [{_type: 'block', _key: 'b0', children: [{_type: 'span', _key: 'b0s', text: a.bio}]}]} : {}),
    })
    return {_type: 'reference', _ref: a.id, _key: `a${i}`}
  })
  const doc: SanityDocumentLike = {
    _id: 'drafts.test',
    _type: 'article',
    title,
    authors: refs,
    body: texts.map((text, i) => ({_type: 'block', _key: `p${i}`, style: 'normal', children: [{_type: 'span', _key: `p${i}s`, text}]})),
  }
  return {doc, people, keyOf: (text: string) => `p${texts.indexOf(text)}`}
}

function check(doc: SanityDocumentLike, people = new Map<string, SanityDocumentLike>(), config?: CheckConfig): Finding[] {
  return run(buildArticleView(doc, {people}), [authorBio], config)
}

const flaggedKeys = (findings: Finding[]) => findings.map((f) => f.blockKey)

describe('author-bio flags biographies and contact lines', () => {
  test.each<[string, string, 'end' | 'mid' | 'start', Author[]]>([
    // Real taglines from shared/corpus.
    ['dash tagline, byline author', '— David French is a senior writer for National Review, a senior fellow at the National Review Institute, and an attorney.', 'end', [{name: 'David French'}]],
    ['bullet contact line', '• Cheryl Chumley can be reached at [email protected] or on Twitter, @ckchumley.', 'end', [{name: 'Cheryl K. Chumley'}]],
    ['"is a … reporter who writes about"', 'Barbara Mantel is a New York-based reporter who writes about health care and other social issues.', 'end', [{name: 'Barbara Mantel'}]],
    ['no byline, new full name', 'Maureen Dowd is an Op-Ed columnist for The Times.', 'end', []],
    ['bare surname of the byline author', 'Vladeck is a CNN contributor and professor of law at the University of Texas School of Law.', 'end', [{name: 'Steve Vladeck'}]],
    ['past tense, byline author', 'Jeb Bush was the 43rd governor of Florida.', 'end', [{name: 'Jeb Bush'}]],
    ['long appositive before "is"', "Glenn Harlan Reynolds, a University of Tennessee law professor and the author of The New School: How the Information Age Will Save American Education from Itself, is a member of USA TODAY's Board of Contributors.", 'end', []],
    ['handle in parentheses', 'Lara Bazelon (@larabazelon), an associate professor at the University of San Francisco School of Law, is the author of, most recently “Rectify: The Power of Restorative Justice After Wrongful Conviction.”', 'end', []],
    ['job title before the name', '— NRO contributor Victor Davis Hanson is a senior fellow at the Hoover Institution and the author of The Second World Wars: How the First Global Conflict Was Fought and Won, to appear in October from Basic Books.', 'end', []],
    ['career summary with follow line', 'Michael Doran is a Senior Fellow at the Hudson Institute in Washington, D.C., specializing in Middle East security issues. In the administration of President George W. Bush, Doran served in the White House as a senior director in the National Security Council. Follow him on Twitter at @Doranimated.', 'end', []],
    ['contact line with phone and e-mail', 'Contact Brian Dickerson: 313-222-6584 or bdickerson@freepress.com.', 'end', [{name: 'Brian Dickerson'}]],
    ['follow line with profile URL', 'Follow Andrew Selsky on Twitter at https://twitter.com/andrewselsky', 'end', []],
    ['"is @handle on Twitter"', 'William Park is @williamhpark on Twitter', 'end', [{name: 'William Park'}]],
    ['tip line naming the writer', "Are you a current or former Tesla employee? Do you have an opinion about what it's like to work there? Contact this reporter at mmatousek@businessinsider.com.", 'end', []],
    ['mid-page tagline in a multi-author piece', '— Janti Soeripto is president and CEO of Save the Children.', 'mid', []],
    ['op-ed bio at the top', 'Dean Obeidallah, a former attorney, is the host of SiriusXM\'s weekly program "The Dean Obeidallah Show," a columnist for The Daily Beast and editor of the politics blog The Dean\'s Report . Follow him @TheDeansreport . The opinions expressed in this commentary are his.', 'start', [{name: 'Dean Obeidallah'}]],
    // Shapes from the brief, worded as other publishers word them.
    ['"Contact the author at"', 'Contact the author at jane.roe@example.com.', 'end', [{name: 'Jane Roe'}]],
    ['"Reach her at"', 'Reach her at jroe@example.org or 555-867-5309.', 'end', [{name: 'Jane Roe'}]],
    ['"The author is a professor at"', 'The author is a professor of history at the University of Chicago.', 'end', [{name: 'Jane Roe'}]],
    ['bureau chief tagline', '— Jane Roe is the Washington bureau chief of The Daily Planet.', 'end', [{name: 'Jane Roe'}]],
    ['"X writes about"', 'Jane Roe writes about energy and climate for The Daily Planet.', 'end', [{name: 'Jane Roe'}]],
    ['"X is a contributing writer for"', 'Amara Okafor is a contributing writer for The Daily Planet.', 'end', []],
    ['"X, author of …, is a member of"', 'Amara Okafor, author of “The Long Road,” is a member of the Council on Foreign Relations.', 'end', []],
    ['forthcoming book at the end of an op-ed', 'Jane Roe is the author of the forthcoming book “Quiet Power.”', 'end', [{name: 'Jane Roe'}]],
    ['"About the author:" label', 'About the author: Jane Roe is a freelance journalist based in Lagos.', 'end', [{name: 'Jane Roe'}]],
    ['name with particle', 'Juan de la Cruz is a senior correspondent covering Latin America.', 'end', [{name: 'Juan de la Cruz'}]],
    ['"X can be reached at" a phone number', 'Jane Roe can be reached at (414) 207-3145.', 'end', [{name: 'Jane Roe'}]],
    ['"Email:" label with the writer\'s address', 'Email: jroe@example.com', 'end', [{name: 'Jane Roe'}]],
  ])('%s', (_name, paragraph, at, authors) => {
    const {doc, people, keyOf} = articleWith([paragraph], at, authors)
    const findings = check(doc, people)
    expect(flaggedKeys(findings)).toEqual([keyOf(paragraph)])
    const [finding] = findings
    expect(finding).toMatchObject({
      ruleId: 'author-bio',
      category: 'author-bio',
      severity: 'error',
      path: ['body', {_key: keyOf(paragraph)}],
      range: [0, paragraph.length],
      fix: {edits: [{type: 'removeBlock', path: ['body', {_key: keyOf(paragraph)}]}]},
    })
  })

  test('a bio that runs over two paragraphs is flagged whole, the widget after it is not', () => {
    const first = 'Jane Roe is a senior reporter covering the Pentagon for The Daily Planet.'
    const second = 'Her work has appeared in The Atlantic and Foreign Policy. She lives in Washington with her family.'
    const widget = 'You can read diverse opinions from our Board of Contributors and other writers on the Opinion front page, on Twitter @USATOpinion and in our daily Opinion newsletter.'
    const {doc, people, keyOf} = articleWith([first, second, widget], 'end', [{name: 'Jane Roe'}])
    expect(flaggedKeys(check(doc, people))).toEqual([keyOf(first), keyOf(second)])
  })

  test('a section head naming the writer ("Jane Roe: …") makes her bio mid-page the writer\'s', () => {
    // A multi-author roundup: each section opens with "<writer>: <headline>" and ends with that writer's bio.
    const bio = 'Roe is a contributing editor at The Daily Planet.'
    const section = (head: string[]) => [...head, ...STORY.slice(0, 3), bio, 'Amara Okafor: The deal will not survive the summer', ...STORY.slice(3)]
    const plain = makeArticle(section([]))
    expect(check(plain.doc)).toEqual([]) // a bare surname mid-story, nobody named her: could be a newsmaker
    const withHead = makeArticle(section(['Jane Roe: Why the deal will hold']))
    expect(flaggedKeys(check(withHead.doc))).toEqual([withHead.keyOf(bio)])
  })
})

describe('author-bio leaves reporting alone', () => {
  test.each<[string, string, 'end' | 'mid', Author[]]>([
    ['source described by job, then "said"', 'Jeff Madrick, a senior fellow at the Century Foundation, said the plan would not bring down costs.', 'end', []],
    ['source described by job, mid-story', 'Jeff Madrick, a senior fellow at the Century Foundation, said the plan would not bring down costs.', 'mid', []],
    ['newsmaker career summary mid-story', 'Smith is a senior fellow at Brookings who studies Iran and has criticised the deal.', 'mid', []],
    ['same, at the end of the story', 'Smith is a senior fellow at Brookings who studies Iran and has criticised the deal.', 'end', []],
    ['"who is a former" official, then a verb', 'Brennan, who is a former CIA director, wrote that the president had lied to the public.', 'end', []],
    ['former official described mid-story', 'Pompeo is a former congressman from Kansas.', 'mid', []],
    ['former official described at the end', 'Pompeo is a former congressman from Kansas.', 'end', []],
    ['source who tweeted', 'Peter Morici, a business professor at the University of Maryland, tweeted that Trump "is not starting a trade war" because "we are already in one," especially with China.', 'end', []],
    ['passive appointment', 'Johnson was appointed superintendent in March 2016 by then-Mayor Rahm Emanuel.', 'end', []],
    ['strategist who acknowledged', 'Jamal Simmons, a Democratic strategist, acknowledged some frustration among Democrats over Clinton’s remarks.', 'end', []],
    ['expert introduced for a dated event', 'Robert Graham is a cybersecurity expert who wrote a widely circulated blog post in November that criticized computer scientists for premature conclusions connecting the Trump Organization and Alfa Bank.', 'end', []],
    ['an author quoted about their book', '"I wanted to write the book I could not find anywhere," said Jane Roe, the author of "Quiet Power."', 'end', [{name: 'John Doe'}]],
    ['an author talking about their book', 'Roe, whose new book comes out in May, said she had been working on it for a decade.', 'end', [{name: 'John Doe'}]],
    ['"follow her" in reporting', "Loomer asked people to follow her on an different platform, adding, \"Looks like you guys will probably never hear from me again.\"", 'end', []],
    ['embedded tweet', 'Country over Party pic.twitter.com/JZMTaEYdxQ — Jeff Flake (@JeffFlake) December 5, 2017', 'end', []],
    ['the publication\'s own social prompt', 'Follow us on Twitter @USATOpinion for more opinion.', 'end', []],
    ['the publication\'s letters address', 'Email letters@example.com to respond to this column.', 'end', [{name: 'Jane Roe'}]],
    ['a label with the publication\'s address', 'Email: letters@example.com', 'end', [{name: 'Jane Roe'}]],
    ['a column, not a person', 'The Memo is a reported column by Niall Stanage, primarily focused on Donald Trump’s presidency.', 'end', []],
    ['obituary detail', 'Roberts is survived by her husband of 53 years; her two children, Lee Roberts and Rebecca Roberts; and six grandchildren.', 'end', []],
    ['newsmaker by honorific', 'Mr. Grassley is investigating the roles of Clinton operators Sid Blumenthal and Cody Shearer.', 'end', []],
    ['senator joined the president', 'Sen. Marco Rubio (R-FL) joined Vice President Mike Pence and President Trump in Miami, Florida Friday to unveil the White House’s new Cuba policy.', 'end', []],
    ['a company, not a person', 'Excel Industries is a family-owned business founded in 1960, according to The Kansas City Star.', 'end', []],
    ['profiled person with an age', 'Alexis O’Neill, 49, who lives with her mother in Ann Arbor, Michigan, is looking for a job that would allow her to work from home.', 'end', []],
    ['copyright line', 'Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.', 'end', []],
    ['contribution credit', 'Associated Press writers Brian Slodysko in Washington and Michelle Price in Las Vegas contributed to this report.', 'end', []],
  ])('%s', (_name, paragraph, at, authors) => {
    const {doc, people} = articleWith([paragraph], at, authors)
    expect(check(doc, people)).toEqual([])
  })

  test('a newsmaker who shares the byline author\'s surname is not the author once the story has named him', () => {
    const {doc, people} = articleWith(['Smith is a senior fellow at Brookings.'], 'end', [{name: 'Jane Smith'}])
    expect(check(doc, people)).toEqual([])
  })

  test('the story around the test paragraphs is itself clean', () => {
    expect(check(makeArticle(STORY).doc)).toEqual([])
  })
})

describe('fixes and suggestions', () => {
  const bio = 'Jane Roe is a senior reporter covering the Pentagon for The Daily Planet.'

  test('the byline author has an empty bio: remove, and suggest moving the text to her profile', () => {
    const {doc, people, keyOf} = articleWith([bio], 'end', [{name: 'Jane Roe', id: 'person-jane-roe'}])
    const [finding, ...rest] = check(doc, people)
    expect(rest).toEqual([])
    const block = buildArticleView(doc, {people}).blocks.find((b) => b.key === keyOf(bio))!
    expect(finding!.fix).toEqual(removeBlock(block))
    expect(finding!.suggestions).toEqual([moveToAuthorBio(block, 'person-jane-roe')])
    expect(finding!.suggestions![0]!.edits).toEqual([
      {type: 'setAuthorBio', personId: 'person-jane-roe', text: bio},
      {type: 'removeBlock', path: ['body', {_key: keyOf(bio)}]},
    ])
  })

  test('the byline author already has a bio: only remove', () => {
    const {doc, people} = articleWith([bio], 'end', [{name: 'Jane Roe', id: 'person-jane-roe', bio: 'Pentagon reporter.'}])
    const [finding] = check(doc, people)
    expect(finding!.fix?.edits.map((e) => e.type)).toEqual(['removeBlock'])
    expect(finding!.suggestions).toBeUndefined()
  })

  test('the suggestion goes to the author the bio names, not another byline author', () => {
    const authors = [
      {name: 'John Doe', id: 'person-john-doe'},
      {name: 'Jane Roe', id: 'person-jane-roe'},
    ]
    const {doc, people} = articleWith([bio], 'end', authors)
    const [finding] = check(doc, people)
    expect(finding!.suggestions?.map((s) => s.edits[0])).toEqual([{type: 'setAuthorBio', personId: 'person-jane-roe', text: bio}])
  })

  test('a bio continued in a second paragraph keeps the author; a co-author outside the byline gets no suggestion', () => {
    const more = 'She lives in Washington with her family and is the author of two books.'
    const coAuthor = 'Amara Okafor is a contributing writer for The Daily Planet.'
    const {doc, people, keyOf} = articleWith([bio, more, coAuthor], 'end', [{name: 'Jane Roe', id: 'person-jane-roe'}])
    const findings = check(doc, people)
    expect(findings.map((f) => [f.blockKey, f.suggestions?.map((s) => s.edits[0])])).toEqual([
      [keyOf(bio), [{type: 'setAuthorBio', personId: 'person-jane-roe', text: bio}]],
      [keyOf(more), [{type: 'setAuthorBio', personId: 'person-jane-roe', text: more}]],
      [keyOf(coAuthor), undefined],
    ])
  })

  test('no suggestion when the bio is about someone not in the byline, or the byline has no person document', () => {
    const other = articleWith(['Amara Okafor is a contributing writer for The Daily Planet.'], 'end', [{name: 'Jane Roe', id: 'person-jane-roe'}])
    expect(check(other.doc, other.people).map((f) => f.suggestions)).toEqual([undefined])
    const bare = articleWith([bio], 'end', [{name: 'Jane Roe'}])
    expect(check(bare.doc, bare.people).map((f) => f.suggestions)).toEqual([undefined])
  })

  test('similarity to the stored bio flags a paragraph that has no bio sentence shape', () => {
    const paragraph = 'Managing editor and writer covering politics, technology, gaming, and entertainment for more than a decade.'
    const authors = [{name: 'Luis Gochoco', id: 'person-luis-gochoco', bio: 'Managing editor and writer covering politics, technology, gaming, and entertainment.'}]
    const {doc, people, keyOf} = articleWith([paragraph], 'end', authors)
    expect(flaggedKeys(check(doc, people))).toEqual([keyOf(paragraph)])
    const noBio = articleWith([paragraph], 'end', [{name: 'Luis Gochoco', id: 'person-luis-gochoco'}])
    expect(check(noBio.doc, noBio.people)).toEqual([])
  })
})

describe('the seed article', () => {
  test('yields exactly one author-bio finding, on Luis Gochoco\'s bio, with no move suggestion (his bio is set)', () => {
    const lines = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8').split('\n').filter(Boolean)
    const docs = lines.map((l) => JSON.parse(l) as SanityDocumentLike)
    const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id as string, d]))
    const article = docs.find((d) => d._type === 'article')!
    const findings = check(article, people)
    expect(findings.map((f) => [f.ruleId, f.blockKey, f.path])).toEqual([['author-bio', '0db63cb64f55', ['body', {_key: '0db63cb64f55'}]]])
    expect(findings[0]!.suggestions).toBeUndefined()
    expect(findings[0]!.fix?.edits).toEqual([{type: 'removeBlock', path: ['body', {_key: '0db63cb64f55'}]}])
  })
})

describe('severity comes from config', () => {
  const paragraph = 'Maureen Dowd is an Op-Ed columnist for The Times.'
  test.each<[CheckConfig | undefined, string[]]>([
    [undefined, ['error']],
    [{rules: {'author-bio': 'warning'}}, ['warning']],
    [{rules: {'author-bio': ['info', {}]}}, ['info']],
    [{rules: {'author-bio': 'off'}}, []],
  ])('%j', (config, severities) => {
    const {doc} = articleWith([paragraph], 'end')
    expect(check(doc, undefined, config).map((f) => f.severity)).toEqual(severities)
  })
})

describe('robustness', () => {
  test.each<[string, unknown[]]>([
    ['empty body', []],
    ['blocks without children', [{_type: 'block', _key: 'a'}, {_type: 'block', _key: 'b', children: 'x'}]],
    ['images and odd members', [{_type: 'image', _key: 'i'}, null, 7, 'text', {_type: 'block', _key: 'c', children: [{_type: 'span', text: ''}]}]],
    ['punctuation only', [{_type: 'block', _key: 'd', children: [{_type: 'span', text: '— • @ @@ (@) , : .'}]}]],
    ['a lone name and a lone @', [{_type: 'block', _key: 'e', children: [{_type: 'span', text: 'Jane'}]}, {_type: 'block', _key: 'f', children: [{_type: 'span', text: 'is @'}]}]],
  ])('%s: no crash, no internal finding', (_name, body) => {
    const findings = check({_id: 'x', _type: 'article', authors: [{_ref: 'missing'}, 'Jane Roe', {}], body})
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
  })

  test.each<[string, string]>([
    ['bio sentences', 'Jane Roe is a senior reporter covering politics. Follow her on Twitter @jroe or email jroe@example.com. '],
    ['at signs', 'a@'],
    ['word then @', `${'x'.repeat(50)}@`],
    ['initials', 'A. '],
    ['capitalised words', 'Jane '],
    ['names and commas', 'Jane Roe, '],
    ['profile URLs', 'twitter.com/'],
    ['handles inside one long URL', 'twitter.com/@a'],
    ['handles in parentheses', '(@a) '],
    ['phone-like digits', '555-1234 '],
    ['hyphens', 'a-'],
  ])('a 1 MB paragraph of %s is checked in linear time', (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const doc = makeArticle([text], [{name: 'Jane Roe'}]).doc
    const started = performance.now()
    const findings = check(doc)
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
    expect(performance.now() - started).toBeLessThan(10_000) // 0.2–2 s on a busy 2-core machine; quadratic takes minutes
  })
})

describe('readBylineBlock', () => {
  test.each<[string, string[]]>([
    ['By Maureen Dowd', ['Maureen Dowd']],
    ['By Jane Roe and John Doe, USA TODAY', ['Jane Roe', 'John Doe']],
    ['Glenn Harlan Reynolds', ['Glenn Harlan Reynolds']],
    ['Timothy Stanley: U.S. politics changing before our eyes', ['Timothy Stanley']],
    ['Advertisement', []],
    ['READ MORE:', []],
    ['The White House did not immediately respond.', []],
    ['Supreme Court', []],
  ])('%s', (text, names) => {
    expect(readBylineBlock(text)).toEqual(names)
  })
})

describe('author-bio-signals.json', () => {
  test('the shipped file is valid and says where it comes from', () => {
    const signals = loadAuthorBioSignals(rawSignals)
    expect(signals.source).not.toBe('')
    expect(signals.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(signals.occupations.has('columnist')).toBe(true)
  })

  test.each<[string, (data: Record<string, any>) => void, RegExp]>([
    ['missing source', (d) => delete d.source, /"source" must be a non-empty string/],
    ['bad date', (d) => (d.date = '2025-13-45'), /"date" must be YYYY-MM-DD/],
    ['empty list', (d) => (d.occupations = []), /"occupations" must be a non-empty array/],
    ['upper case entry', (d) => (d.occupations = [...d.occupations, 'Editor']), /"occupations"\[\d+\] "Editor" must be lower case/],
    ['duplicate entry', (d) => (d.occupations = [...d.occupations, 'reporter']), /"occupations" lists "reporter" twice/],
    ['phrase with a leading gap', (d) => (d.careerPhrases = ['... author of']), /must start and end with a word/],
    ['missing contact section', (d) => delete d.contact, /"contact" must be an object/],
  ])('rejects %s with a clear error', (_name, breakIt, message) => {
    const data = structuredClone(rawSignals) as Record<string, any>
    breakIt(data)
    expect(() => loadAuthorBioSignals(data)).toThrow(SignalsError)
    expect(() => loadAuthorBioSignals(data)).toThrow(message)
  })
})
