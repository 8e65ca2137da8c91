import {describe, expect, test} from 'vitest'
import rule from './syndication-credit.ts'
import {blockPath, check, removeEdits, shapeOf, spanPath} from './boilerplate/test-helpers.ts'

const ID = 'syndication-credit'

// Whole paragraphs that are credits (shared/corpus, and the forms the brief lists).
const CREDITS: string[] = [
  'Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.',
  '© 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  '© Copyright 2017 by Creators Syndicate Inc.',
  'COPYRIGHT 2019 CREATORS.COM',
  '(C) 2018 TRIBUNE CONTENT AGENCY, LLC.',
  'Distributed by Tribune Content Agency',
  'The Associated Press contributed to this report.',
  '• Dave Boyer and Tom Howell Jr. contributed to this report.',
  'Scott Wong and Jordain Carney contributed.',
  'Contributing: Kerri Bartlett, The Tennessean; Savannah Behrmann, USA TODAY; The Associated Press',
  '(Reporting by Sinead Carew; Additional reporting by Scott DiSavino; Editing by Meredith Mazzilli and James Dalgleish)',
  'Reporting by Andrea Shalal; Editing by Chizu Nomiyama',
  '—With additional reporting by Maxwell Tani.',
  'This column originally appeared in the Richmond Times-Dispatch.',
  'This column was first published in the Orange County Register.',
  'This article originally appeared on Common Dreams.',
  'This story was produced by Undark, a nonprofit, editorially independent digital magazine exploring the intersection of science and society.',
  'This story was published in partnership with NBC News',
  'Editor’s note: The following column originally appeared on TheResurgent.com.',
  'Krauss reported from Dubai, United Arab Emirates and Karimi reported from Tehran. Associated Press writers Daria Litvinova in Moscow and Matthew Lee in Washington contributed.',
  'NPR’s senior European correspondent Sylvia Poggioli contributed from Rome.',
]

// A credit sentence after other text: flagged as a range, with no fix.
const PARTIAL_CREDITS: Array<[string, string]> = [
  ['Joe Biden is a former vice president of the United States and a Democratic presidential candidate. This column originally appeared in the Des Moines Register.', 'This column originally appeared in the Des Moines Register.'],
  ['— Charles Krauthammer’s e-mail address is letters@charleskrauthammer.com. Copyright (c) 2017, The Washington Post Writers Group', 'Copyright (c) 2017, The Washington Post Writers Group'],
]

// Reporting that uses the same words.
const NOT_CREDITS: string[] = [
  'Clinton campaign aides say the rift in the party after Philadelphia contributed to her narrow losses in Pennsylvania, Michigan and Wisconsin.',
  'The U.S. runs a huge trade deficit with China. The red ink is predicated on Chinese dumping, patent and copyright infringement, and outright cheating.',
  'Copyright infringement lawsuits against streaming services have doubled since 2015.',
  'Hicks was originally subpoenaed by the committee, but after negotiations agreed to a closed-door testimony.',
  'Rush Limbaugh worried aloud on his syndicated show that the increasingly hostile rhetoric is heading toward violence.',
  'Trump took to Twitter on Monday to blame what he termed inaccurate and fraudulent reporting by the news media for the "great anger" dividing the nation.',
  'MoveOn members contributed $250,000 to Warren’s re-election campaign in about 12 hours.',
  '[Editor’s Note: This story was originally published on Feb. 11, 2020 at 7:02 p.m. ET and has been updated to note a statement from Smollett’s lawyer.]',
  '“The story originally appeared in a local paper,” the spokesman said.',
  'Dennis Prager is a nationally syndicated radio talk show host and columnist.',
]

describe('syndication-credit', () => {
  test.each(CREDITS)('flags the whole paragraph with removeBlock: %s', (text) => {
    expect(check(rule, ['The Senate passed the bill on Tuesday.', text]).map(shapeOf)).toEqual([
      {ruleId: ID, path: blockPath(1), range: [0, text.length], edits: removeEdits(1)},
    ])
  })

  test.each(PARTIAL_CREDITS)('flags only the credit in: %s', (text, credit) => {
    const start = text.indexOf(credit)
    expect(check(rule, [text]).map(shapeOf)).toEqual([{ruleId: ID, path: spanPath(0), range: [start, start + credit.length], edits: undefined}])
  })

  test.each(NOT_CREDITS)('leaves reporting alone: %s', (text) => {
    expect(check(rule, [text])).toEqual([])
  })

  test('a credit inside a newsletter prompt is reported as a range; the prompt rule owns the paragraph', () => {
    const text = '(CNN) A version of this story first appeared in CNN’s Impeachment Watch newsletter. To get it in your inbox, sign up for free here .'
    const credit = '(CNN) A version of this story first appeared in CNN’s Impeachment Watch newsletter.'
    expect(check(rule, [text]).map(shapeOf)).toEqual([{ruleId: ID, path: spanPath(0), range: [0, credit.length], edits: undefined}])
  })

  test('severity comes from config', () => {
    const credit = ['The Associated Press contributed to this report.']
    expect(check(rule, credit).map((f) => f.severity)).toEqual(['info'])
    expect(check(rule, credit, {rules: {[ID]: 'warning'}}).map((f) => f.severity)).toEqual(['warning'])
  })
})
