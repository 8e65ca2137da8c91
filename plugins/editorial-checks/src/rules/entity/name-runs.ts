// Person-name candidates: runs of capitalised words that are not titles, places, organisations or function words.
// No list of people is needed: "Mike Pompeo" is a run of two, "Pompeo" a run of one.
import {NAME_PARTICLES} from '../../kb/names.ts'
import type {Token} from '../../kb/index-lookup.ts'
import {isSentenceInitial, type TextUnit} from './text-units.ts'

export interface NameRun {
  unit: TextUnit
  /** Token indexes `[from, to)` of the whole name. */
  from: number
  to: number
  start: number
  end: number
  /** Token index of the given name when the run has two or more name words. */
  givenIdx?: number
  /** Token indexes `[familyFrom, familyTo)` of the family name (suffixes like Jr. excluded). */
  familyFrom: number
  familyTo: number
  family: string
  familyStart: number
  familyEnd: number
  given?: string
  possessive: boolean
  sentenceInitial: boolean
}

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME = new Set(
  (
    'a an the and but or nor so yet for of in on at to from by with as into onto over under after before since until ' +
    'i he she it we they you his her its our their my your this that these those there here then when while where why how what who whom ' +
    'if though although because despite during about against among between without within also not no yes all some many most ' +
    'did does do is was were has have had can could will would should might must shall let ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr sir dame lord lady rev hon ' +
    'president presidents secretary minister ministers chancellor senator senators governor mayor judge justice director chairman chairwoman ' +
    'chair speaker leader prince princess king queen pope ambassador commissioner officer captain sergeant colonel lieutenant ' +
    'admiral major general attorney treasury defense defence state foreign interior vice deputy acting former prime premier ' +
    'representative congressman congresswoman councilman councilwoman chief executive ceo spokesman spokeswoman spokesperson ' +
    'house senate congress department ministry party committee council court agency office administration government ' +
    'university college school times post news journal street avenue road airport church union bank fund group company ' +
    'corp inc ltd association institute foundation center centre commission organization organisation army navy force forces ' +
    'republican republicans democrat democrats democratic conservative conservatives labour liberal liberals gop ' +
    'north south east west northern southern eastern western central new old great united national federal international ' +
    'supreme high white black red blue green city county province island islands river lake mount valley ' +
    'twitter facebook instagram youtube google amazon apple microsoft reuters cnn fox nbc abc cbs bbc msnbc npr ap afp ' +
    'christmas easter ramadan covid coronavirus god allah jesus christ christian christians muslim muslims jewish jews islam islamic ' +
    'photo video image getty images advertisement read more related ' +
    'whip minority majority ranking member members caucus conference delegate sheriff superintendent trustee comptroller ' +
    'treasurer auditor clerk assemblyman assemblywoman alderman magistrate prosecutor counsel solicitor inspector envoy ' +
    'adviser advisor aide candidate nominee challenger incumbent columnist commentator host anchor reporter correspondent ' +
    'editor professor coach pastor rabbi imam bishop cardinal saint emperor sultan sheikh ayatollah czar tsar'
  ).split(' '),
)

/** Words that make the capitalised words before them an organisation or a thing ("Washington Post", "Pompeo Doctrine"). */
export const ORG_WORDS = new Set(
  (
    'house senate congress department ministry party committee council court agency office administration government ' +
    'university college school times post news journal street avenue road airport church union bank fund group company ' +
    'corp inc ltd association institute foundation center centre commission organization organisation army navy force forces ' +
    'doctrine act law bill plan accord agreement treaty summit hotel tower square park bridge station stadium hall ' +
    'county city state district province parish township borough island islands river lake mountain mountains beach bay ' +
    'hospital museum prison jail base camp fort airlines airways motors media network channel magazine review weekly'
  ).split(' '),
)

/** Lower-case nouns that make the capitalised word before them a place or institution ("Baylor hospital"). */
const PLACE_NOUNS = new Set('hospital university college school county city street avenue road airport hotel church stadium park river lake bridge station prison campus'.split(' '))

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

function isNameWord(t: Token): boolean {
  return (
    t.cap &&
    !NOT_NAME.has(t.norm) &&
    /\p{L}/u.test(t.text) &&
    !/[\d.]/.test(t.text) &&
    // "MUST WATCH", "BREAKING": shouting, not names (two-letter initials like "JD" stay).
    !(t.upper && t.text.length >= 3) &&
    // Handles and hashtags (@SenateMajLdr, #MeToo) and camel-case words (BeschlossDC) are not names.
    !/[@#]$/.test(t.gap) &&
    !/\p{Ll}\p{Lu}/u.test(t.text)
  )
}

/** Parses the name starting at token k (must be a capitalised name word); undefined when there is none. */
export function parseNameAt(unit: TextUnit, k: number, isPlace: (i: number) => boolean): NameRun | undefined {
  const tokens = unit.tokens
  const first = tokens[k]
  if (!first || !isNameWord(first) || isPlace(k)) return undefined
  // "R-Calif.", "D-N.Y.": party and state, not a name; "'Bama": an elided word.
  if (first.text.length === 1 && tokens[k + 1]?.gap === '-') return undefined
  if (first.gap.endsWith('-') && tokens[k - 1]?.text.length === 1) return undefined
  if (/['\u2018\u2019]$/.test(first.gap)) return undefined
  let j = k
  const idx: number[] = []
  while (j < tokens.length && idx.length < 6) {
    const t = tokens[j]!
    if (j > k) {
      const prev = tokens[j - 1]!
      if (prev.possessive) break
      const initialGap = prev.text.length === 1 && /^\.\s$/.test(t.gap)
      if (!(t.gap === ' ' || t.gap === '-' || initialGap)) break
    }
    if (isNameWord(t) && !isPlace(j)) idx.push(j)
    else if (NAME_PARTICLES.has(t.norm) && !t.cap && tokens[j + 1] && isNameWord(tokens[j + 1]!)) idx.push(j)
    else if (SUFFIXES.has(t.norm) && idx.length >= 2) idx.push(j)
    else break
    j++
  }
  if (idx.length === 0) return undefined
  const to = idx[idx.length - 1]! + 1
  let familyTo = to
  while (familyTo - 1 > k && SUFFIXES.has(tokens[familyTo - 1]!.norm)) familyTo--
  let familyFrom = familyTo - 1
  // Hyphenated family names ("Kramp-Karrenbauer") and particles ("von der Leyen") belong to the family name.
  while (familyFrom > k && (tokens[familyFrom]!.gap === '-' || (NAME_PARTICLES.has(tokens[familyFrom - 1]!.norm) && !tokens[familyFrom - 1]!.cap))) familyFrom--
  const realNameWords = idx.filter((i) => i < familyFrom && tokens[i]!.text.length > 1 && !NAME_PARTICLES.has(tokens[i]!.norm))
  const givenIdx = realNameWords.length > 0 ? k : undefined
  const familyStart = tokens[familyFrom]!.start
  const familyEnd = tokens[familyTo - 1]!.end - (tokens[familyTo - 1]!.possessive ? 2 : 0)
  return {
    unit,
    from: k,
    to,
    start: first.start,
    end: tokens[to - 1]!.end,
    ...(givenIdx !== undefined ? {givenIdx, given: tokens[givenIdx]!.text} : {}),
    familyFrom,
    familyTo,
    family: unit.text.slice(familyStart, familyEnd),
    familyStart,
    familyEnd,
    possessive: tokens[to - 1]!.possessive,
    sentenceInitial: isSentenceInitial(unit, k),
  }
}

/** Every name run of a unit, left to right, non-overlapping. */
export function nameRuns(unit: TextUnit, isPlace: (i: number) => boolean): NameRun[] {
  const out: NameRun[] = []
  for (let i = 0; i < unit.tokens.length; i++) {
    const run = parseNameAt(unit, i, isPlace)
    if (!run) continue
    // A run glued to an organisation word ("Washington Post", "Pompeo Doctrine") is not a person.
    const next = unit.tokens[run.to]
    if (next && (next.cap ? ORG_WORDS.has(next.norm) : PLACE_NOUNS.has(next.norm)) && next.gap === ' ' && !run.possessive) {
      i = run.to
      continue
    }
    // Scraped link text repeats names ("Rex Tillerson Rex Wayne Tillerson"): not one person's name.
    const words = unit.tokens.slice(run.from, run.to).map((t) => t.norm)
    if (new Set(words).size < words.length) {
      i = run.to - 1
      continue
    }
    out.push(run)
    i = run.to - 1
  }
  return out
}
