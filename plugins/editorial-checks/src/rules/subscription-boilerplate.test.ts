import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../checks.ts'
import rule from './subscription-boilerplate.ts'
import {blockPath, check, removeEdits, shapeOf, spanPath} from './boilerplate/test-helpers.ts'

const ID = 'subscription-boilerplate'
const whole = (i: number, text: string) => ({ruleId: ID, path: blockPath(i), range: [0, text.length], edits: removeEdits(i)})

// Whole paragraphs that are prompts. Real text from shared/corpus (many publishers) and widget text from
// common platforms (Jetpack, Substack, Mailchimp-style forms).
const PROMPTS: string[] = [
  'Sign up for Daily Newsletters Manage Newsletters',
  'Want the best from VICE News in your inbox? Sign up here.',
  'Download the Yahoo News app to customize your experience.',
  'Like what you’re reading?: Download the USA TODAY app for more',
  'Start the day smarter: Get USA TODAY’s Daily Briefing in your inbox',
  'Follow us on Instagram, Facebook and Twitter for nonstop inspiration delivered fresh to your feed, every day.',
  'Follow USA TODAY reporter Nathan Bomey on Twitter @NathanBomey.',
  'Follow Collin Binkley on Twitter at https://twitter.com/cbinkley',
  'Subscribe to CNBC on YouTube.',
  'For indispensable reporting on the coronavirus crisis and more, subscribe to Mother Jones’ newsletters',
  'If you liked this story, sign up for the weekly bbc.com features newsletter, called “The Essential List”. A handpicked selection of stories from BBC Future, Culture, Worklife, and Travel, delivered to your inbox every Friday.',
  'Get the msnbc newsletter. This site is protected by recaptcha',
  'Slate is making its coronavirus coverage free for all readers. Subscribe to support our journalism. Start your free trial.',
  '— Get insight from the best conservative writers delivered to your inbox; sign up for National Review Online’s newsletters today.',
  'Like the reporting you see here? Sign up for free news alerts from WND.com, America’s independent news network.',
  'To read more editorials, go to the Opinion front page or sign up for the daily Opinion e-mail newsletter.',
  'Editor’s Note: did you know there is a special Kurt column on Wednesdays? A third per week! Sign up here to become a Townhall VIP member to get it.',
  'Discover more from Today’s Esquire',
  'Subscribe to get the latest posts sent to your email.',
  'Thanks for reading The Dispatch! Subscribe for free to receive new posts and support my work.',
  'Sign up for our newsletter',
  'By signing up you agree to our Terms of Use and Privacy Policy.',
  'Click here to subscribe',
  'Support independent journalism — donate',
  'Get the app',
  'Never miss a story: turn on push notifications.',
]

// A prompt sentence inside a paragraph of other text: only the prompt is flagged, as a range, with no fix.
const PARTIAL_PROMPTS: Array<[string, string]> = [
  ['Sally Kohn is an activist, columnist and television commentator. Follow her on Twitter: @sallykohn', 'Follow her on Twitter: @sallykohn'],
  [
    'Michael Doran is a Senior Fellow at the Hudson Institute in Washington, D.C., specializing in Middle East security issues. In the administration of President George W. Bush, Doran served in the White House as a senior director in the National Security Council. Follow him on Twitter at @Doranimated.',
    'Follow him on Twitter at @Doranimated.',
  ],
  [
    'EDITOR’S NOTE — AP Washington Bureau Chief Julie Pace has covered the White House and politics for the AP since 2007. Follow her at http://twitter.com/jpaceDC',
    'Follow her at http://twitter.com/jpaceDC',
  ],
]

// Reporting about subscriptions, newsletters, donations and Twitter; quotes; imperatives that are not prompts.
const NOT_PROMPTS: string[] = [
  'The company said it lost 200,000 subscribers.',
  'Trump told his followers on Twitter that the election had been stolen.',
  "'Subscribe to my channel,' she joked.",
  '“Subscribe to my channel!” she joked.',
  'Follow the money.',
  'Follow the science, not Twitter.',
  'Loomer asked people to follow her on an different platform, adding, "Looks like you guys will probably never hear from me again."',
  'The New York Times and The Washington Post, meanwhile, are posting record subscription numbers and basking in Beltway praise for their coverage of the Russia investigation, the White House and the administration.',
  'Once you figure out what you can and cannot live without, slash subscriptions that aren’t necessary.',
  '"Minor parties have been working and working and working all these years and it\'s slowly paying off," says Richard Winger, publisher of Ballot Access News, a newsletter that just might see a surge in readership this year.',
  'On Tuesday, Vice President Mike Pence urged construction companies to donate construction-grade N95 masks to local hospitals and forego additional orders.',
  'A newsletter editor who asked not to be identified because she was not authorized to speak publicly said the list had grown to 2 million subscribers.',
  'The campaign’s digital director, a former Facebook product manager, said supporters who download the app are asked to share their contacts.',
  'Max Fisher, the reporter who wrote the Times’s Facebook article, told us in a DM that "we plugged it pretty prominently in our bullshit email newsletter."',
  'I’m asking for 100 grassroots conservatives to step up and reject the DC Establishment by donating HERE: https://t.co/ig9d3KOKn4 — Judge Roy Moore (@MooreSenate) December 5, 2017',
  'Download speeds have doubled since the app launched.',
  'Support for the measure has grown among newsletter readers.',
  'Get the picture? Their membership includes the CEOs of Facebook, AOL and Marriott.',
  'Try to imagine senior members of the Obama White House talking about their boss this way.',
  'Alexandra DeSanctis here. I’ll be filling in for Jim this week, notwithstanding what it says in your email inbox.',
  'It is a crossroads for the American system of government. This newsletter will focus on this consequential moment in US history.',
  'The best methods for protection are to remain aware of the permissions apps are requesting from your devices, download apps only from trusted developers, and consider installing a VPN.',
  'Join the conversation at the town hall on Thursday, organizers said.',
  'Subscribe to the county’s emergency newsletter, the mayor urged residents on Tuesday.',
  'Download the app, officials said, to receive alerts about evacuations.',
]

describe('subscription-boilerplate', () => {
  test('the seed article yields exactly the Jetpack widget: two whole paragraphs, each with removeBlock', () => {
    const docs = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
    const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id, d]))
    const findings = checkDocument(docs.find((d) => d._type === 'article'), {rules: [rule], people})
    expect(findings.map((f) => [f.ruleId, f.blockKey, f.severity, f.path, f.fix?.edits])).toEqual([
      [ID, '05bd4067907a', 'error', ['body', {_key: '05bd4067907a'}], [{type: 'removeBlock', path: ['body', {_key: '05bd4067907a'}]}]],
      [ID, '23e069e1a3eb', 'error', ['body', {_key: '23e069e1a3eb'}], [{type: 'removeBlock', path: ['body', {_key: '23e069e1a3eb'}]}]],
    ])
  })

  test.each(PROMPTS)('flags the whole paragraph: %s', (text) => {
    expect(check(rule, ['The Senate passed the bill on Tuesday.', text]).map(shapeOf)).toEqual([whole(1, text)])
  })

  test.each(PARTIAL_PROMPTS)('flags only the prompt in: %s', (text, prompt) => {
    const start = text.indexOf(prompt)
    expect(check(rule, [text]).map(shapeOf)).toEqual([{ruleId: ID, path: spanPath(0), range: [start, start + prompt.length], edits: undefined}])
  })

  test.each(NOT_PROMPTS)('leaves reporting alone: %s', (text) => {
    expect(check(rule, [text])).toEqual([])
  })

  test('a widget heading is flagged with the prompt beside it, and not on its own', () => {
    const heading = 'Byers Market Newsletter'
    const prompt = 'Get breaking news and insider analysis on the rapidly changing world of media and technology right to your inbox.'
    expect(check(rule, [heading, prompt]).map(shapeOf)).toEqual([whole(0, heading), whole(1, prompt)])
    expect(check(rule, [heading, 'The company was founded in 1998.'])).toEqual([])
  })

  test('a paragraph split over several spans is still one whole-block finding', () => {
    const spans = ['Sign up for ', 'our newsletter', ' to get the best of VICE delivered to your inbox daily.']
    expect(check(rule, [spans]).map(shapeOf)).toEqual([whole(0, spans.join(''))])
  })

  test('severity comes from config', () => {
    const prompt = ['Sign up for our newsletter']
    expect(check(rule, prompt).map((f) => f.severity)).toEqual(['error'])
    expect(check(rule, prompt, {rules: {[ID]: 'warning'}}).map((f) => f.severity)).toEqual(['warning'])
    expect(check(rule, prompt, {rules: {[ID]: 'off'}})).toEqual([])
  })
})
