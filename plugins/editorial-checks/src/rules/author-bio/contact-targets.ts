// Contact details in a paragraph: handles, e-mail addresses, profile URLs, phone numbers; and embedded tweets.
// Hand-written scanners rather than one regex: an e-mail regex like /[\w.]+@/ rescans from every start position and
// goes quadratic on long runs of word characters.
import {authorBioSignals as S} from '../data/author-bio-signals.ts'
import type {Token} from './tokens.ts'

export type ContactTarget = {start: number; end: number; kind: 'email' | 'handle' | 'url' | 'phone'}
/** North American phone numbers ("(414) 207-3145", "313-222-6584", "546-6421"): fixed-width, so linear. */
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}-\d{4}\b/g

// Every profile domain has a dot with a character after it ("twitter.com/" → ".c"): a paragraph whose dots are
// followed by none of those characters holds no profile URL, so its ten searches are skipped (speed; most
// paragraphs' dots end sentences). Undefined when some domain has no such dot: no shortcut then.
const DOMAIN_DOT_FOLLOWERS = S.contact.profileDomains.every((d) => /\../.test(d))
  ? new Set(S.contact.profileDomains.map((d) => d.charCodeAt(d.indexOf('.') + 1)))
  : undefined

function mayHoldProfileDomain(lower: string): boolean {
  if (!DOMAIN_DOT_FOLLOWERS) return true
  for (let i = lower.indexOf('.'); i >= 0; i = lower.indexOf('.', i + 1)) if (DOMAIN_DOT_FOLLOWERS.has(lower.charCodeAt(i + 1))) return true
  return false
}

/** Handles, e-mail addresses, profile URLs and phone numbers, as `[start, end)` spans. Linear: each `@` is visited once. */
export function findContactTargets(text: string, lower = text.toLowerCase()): ContactTarget[] {
  const out: ContactTarget[] = []
  const isLocal = (c: string) => /[A-Za-z0-9._%+-]/.test(c)
  const isDomain = (c: string) => /[A-Za-z0-9.-]/.test(c)
  let previousAt = -1
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let l = at
    while (l > previousAt + 1 && isLocal(text[l - 1]!)) l--
    let r = at + 1
    while (r < text.length && isDomain(text[r]!)) r++
    while (r > at + 1 && text[r - 1] === '.') r-- // sentence-final full stop
    const domain = text.slice(at + 1, r)
    if (l < at && /\.[A-Za-z]{2,}$/.test(domain)) out.push({start: l, end: r, kind: 'email'})
    else if (l === at) {
      let h = at + 1
      while (h < text.length && h - at <= 30 && /\w/.test(text[h]!)) h++
      if (h > at + 1) out.push({start: at, end: h, kind: 'handle'})
    }
    previousAt = at
  }
  for (const literal of S.contact.obfuscatedEmails) {
    for (let i = lower.indexOf(literal); i >= 0; i = lower.indexOf(literal, i + literal.length)) out.push({start: i, end: i + literal.length, kind: 'email'})
  }
  for (const domain of mayHoldProfileDomain(lower) ? S.contact.profileDomains : []) {
    for (let i = lower.indexOf(domain), r = 0; i >= 0; i = lower.indexOf(domain, r)) {
      r = i + domain.length
      while (r < text.length && /[\w./@-]/.test(text[r]!)) r++ // the search resumes after the path: linear
      out.push({start: i, end: r, kind: 'url'})
    }
  }
  // exec, not matchAll: matchAll copies the regex on every call.
  PHONE.lastIndex = 0
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) out.push({start: m.index, end: m.index + m[0].length, kind: 'phone'})
  return out.sort((a, b) => a.start - b.start)
}

/** An embedded tweet: a t.co/pic.twitter.com link, or the "(@handle) June 5, 2020" signature. */
export function isTweetEmbed(text: string, tokens: Token[], targets: ContactTarget[], lower = text.toLowerCase()): boolean {
  if (S.tweetEmbed.markers.some((m) => lower.includes(m))) return true
  let t = 0
  for (const target of targets) {
    if (target.kind !== 'handle' || text[target.start - 1] !== '(' || text[target.end] !== ')') continue
    while (t < tokens.length && tokens[t]!.start <= target.end) t++
    if (t < tokens.length && S.tweetEmbed.months.has(tokens[t]!.w)) return true
  }
  return false
}
