import {describe, expect, test} from 'vitest'
import rule from './page-furniture.ts'
import {blockPath, check, removeEdits, shapeOf, spanPath} from './boilerplate/test-helpers.ts'

const ID = 'page-furniture'

// Whole paragraphs the page layout left behind (shared/corpus, and the forms the brief lists).
const FURNITURE: string[] = [
  'Advertisement',
  'ADVERTISEMENT',
  'Advertisement:',
  'AD',
  'Story continues',
  'Loading...',
  'Share This Story Tweet Share Share Pin Email',
  'Share this article',
  'WhatsApp',
  'READ MORE:',
  'Read more: The Supreme Court is about to hear its biggest gun-control case in a decade',
  'RELATED: Weeding Out Terrorist Immigrants Isn’t Enough',
  'More:Who decides when and how America reopens from its coronavirus shutdown?',
  'Also read: How the stimulus checks will work',
  'Read more from The Hill:',
  'Full Coverage: Election 2020',
  'NOW WATCH: ‘NATO Summit 2018: In 60 Seconds’',
  'Watch: Biden’s full speech in Wilmington',
  'Don’t see the graphic above? Click here.',
  'Visit Business Insider’s homepage for more stories.',
  '//–>',
  'Image caption Protesters gathered outside parliament on Tuesday',
  'Enlarge this image toggle caption Andrew Harnik/AP Andrew Harnik/AP',
  '(Reuters photo: Carlos Barria)',
  'Photo: Jae C. Hong/Getty Images',
  'Roger Stone, left, with his wife Nydia Stone, leaves federal court in Washington, Friday, Nov. 15, 2019. (AP Photo/Julio Cortez)',
  'Trump supporter Bob Langevin, a 72-year-old from Florida. (Photo: Leah Voss, Treasure Coast Newspapers)',
  'Homeless people sleep in the Skid Row area of downtown Los Angeles in April. Photo: Jae C. Hong/Associated Press',
  'Thornton partners gave $52,000 to US Senator Chuck Schumer (left), Democrat of New York, over a 10-day period in 2013. Gary Cameron/Reuters/File 2016',
  'FILE - In this Aug. 10, 2019, file photo, Democratic presidential candidate Sen. Kirsten Gillibrand, D-N.Y., speaks at the Iowa State Fair in Des Moines, Iowa.',
  'Jussie Smollett was indicted on six-counts for allegedly lying to police about January 2019 attack. (Photo: Getty Images) More',
]

// Furniture inside a paragraph of text: a range, no fix.
const PARTIAL_FURNITURE: Array<[string, string]> = [
  ['The full ruling runs to 94 pages and takes aim at the agency’s reasoning. Click here to read the ruling.', 'Click here to read the ruling.'],
  ['Trump sometimes says that large numbers of people vote illegally in the United States, but a panel he appointed could not substantiate it. Listen to an interview with a member of that commission.', 'Listen to an interview with a member of that commission.'],
]

const NOT_FURNITURE: string[] = [
  'Watch carefully, America.',
  'More than 200 people attended the rally, organizers said.',
  'Related charges were filed against two other men on Friday.',
  'The advertisement, which ran in three swing states, accused the senator of lying.',
  'Share prices fell 4 percent after the announcement.',
  'In 2016, he told reporters: "Read more books."',
  '“Click here to claim your prize,” the scam email read.',
  'He was photographed by the Associated Press outside the courthouse (left) on Monday.',
  'WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee.',
  '* * *',
]

describe('page-furniture', () => {
  test.each(FURNITURE)('flags the whole paragraph with removeBlock: %s', (text) => {
    expect(check(rule, ['The Senate passed the bill on Tuesday.', text]).map(shapeOf)).toEqual([
      {ruleId: ID, path: blockPath(1), range: [0, text.length], edits: removeEdits(1)},
    ])
  })

  test.each(PARTIAL_FURNITURE)('flags only the furniture in: %s', (text, piece) => {
    const start = text.indexOf(piece)
    expect(check(rule, [text]).map(shapeOf)).toEqual([{ruleId: ID, path: spanPath(0), range: [start, start + piece.length], edits: undefined}])
  })

  test.each(NOT_FURNITURE)('leaves the writer’s text alone: %s', (text) => {
    expect(check(rule, [text])).toEqual([])
  })

  test('a copyright line with a reprint link is one credit, not also furniture', () => {
    expect(check(rule, ['Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.'])).toEqual([])
  })

  test('severity comes from config', () => {
    expect(check(rule, ['Advertisement']).map((f) => f.severity)).toEqual(['info'])
    expect(check(rule, ['Advertisement'], {rules: {[ID]: 'off'}})).toEqual([])
  })
})
