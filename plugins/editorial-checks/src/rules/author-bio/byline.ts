// Who wrote the piece: the document's byline, and byline-shaped paragraphs scrapers leave in the body.
import type {AuthorView} from '../../engine/index.ts'
import {authorBioSignals as S} from '../data/author-bio-signals.ts'
import {NAME_SUFFIXES, nameKey, tokenize} from './tokens.ts'

export function authorKeys(author: AuthorView): string[] {
  return tokenize(author.name)
    .map((t) => nameKey(t.w))
    .filter((k) => !NAME_SUFFIXES.has(k))
}

/** The byline author a name refers to: full names must agree on first and last name, a bare surname on the surname. */
export function matchesByline(keys: string[], bylines: readonly AuthorView[]): AuthorView | undefined {
  const last = keys[keys.length - 1]!
  for (const author of bylines) {
    const a = authorKeys(author)
    if (a.length === 0 || a[a.length - 1] !== last) continue
    if (keys.length === 1 || a.includes(keys[0]!)) return author
  }
  return undefined
}

/**
 * Names in a byline-shaped paragraph: "By Jane Doe", "By Jane Doe and John Roe, USA TODAY", a bare "Jane Doe" as
 * scrapers leave it, or a multi-author piece's section head "Jane Doe: Why the race is not over". Later paragraphs
 * about these people are about the writers.
 */
export function readBylineBlock(text: string): string[] {
  if (text.length > 120) return []
  let rest = text.trim()
  const by = /^by\s+/i.exec(rest)
  const colon = rest.indexOf(':')
  if (by) rest = rest.slice(by[0].length).split(/[,|\u2014\u2013]/)[0]!
  else if (colon > 0 && colon <= 40) rest = rest.slice(0, colon)
  const names: string[] = []
  for (const part of rest.split(/\s*(?:,|&|\band\b)\s*/)) {
    const tokens = tokenize(part)
    const shaped =
      tokens.length >= 2 &&
      tokens.length <= 4 &&
      tokens.every((t) => t.cap && !/\d/.test(t.w) && !S.organisationWords.has(t.w)) &&
      !S.nonNameStarters.has(tokens[0]!.w) &&
      !tokens.every((t) => part.slice(t.start, t.end) === part.slice(t.start, t.end).toUpperCase()) &&
      part.replace(/[\p{L}\p{N}\s.'\u2019-]/gu, '') === ''
    if (!shaped) return []
    names.push(part.trim())
  }
  return names
}
