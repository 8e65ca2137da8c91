// Person-name helpers: splitting a name into given/family parts, nickname equivalence, transliteration-aware
// comparison. Pure and linear; no regex with backtracking.
import nicknameData from './data/names/nicknames.json' with {type: 'json'}
import {fold} from './index-lookup.ts'

/** Words that belong to a family name ("von der Leyen", "da Silva", "bin Salman"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ben', 'bint', 'abu'])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
/** Jurisdictions whose names are written family name first in English-language news. */
const FAMILY_FIRST = new Set(['CN', 'KP', 'KR', 'TW', 'VN', 'HK', 'MO'])

export function splitName(name: string, jurisdiction?: string): {given: string[]; family: string[]} {
  const parts = name.split(/\s+/).filter((p) => p && !SUFFIXES.has(fold(p).replace(/\./g, '')))
  if (parts.length <= 1) return {given: [], family: parts}
  if (jurisdiction && FAMILY_FIRST.has(jurisdiction.toUpperCase())) {
    return {given: [parts.slice(1).join(' ')], family: [parts[0]!]}
  }
  let i = parts.length - 1
  while (i > 1 && NAME_PARTICLES.has(fold(parts[i - 1]!))) i--
  const family = [parts.slice(i).join(' ')]
  // "Andrés Manuel López Obrador": the press writes both "López Obrador" and "Obrador".
  if (i < parts.length - 1 && !NAME_PARTICLES.has(fold(parts[i]!))) family.push(parts[parts.length - 1]!)
  if (i > 1 && parts.length >= 4 && !NAME_PARTICLES.has(fold(parts[i - 1]!))) family.push(parts.slice(i - 1).join(' '))
  return {given: [parts[0]!], family}
}

const groups: string[][] = (nicknameData as {groups: string[][]}).groups.map((g) => g.map((n) => normalizeGiven(n)))
const groupsByName = new Map<string, number[]>()
groups.forEach((g, i) => {
  for (const n of g) groupsByName.set(n, [...(groupsByName.get(n) ?? []), i])
})

/** The nickname table's groups, normalised (Mike = Michael…). */
export function nicknameGroups(): readonly string[][] {
  return groups
}

export function normalizeGiven(name: string): string {
  return fold(name).replace(/[.\s'\u2019-]/g, '')
}

/** Same given name, up to nicknames (Mike = Michael), transliteration (Sergei = Sergey) and initials (J.D. = JD). */
export function sameGivenName(a: string, b: string): boolean {
  const x = normalizeGiven(a)
  const y = normalizeGiven(b)
  if (!x || !y) return false
  if (x === y) return true
  // "Andrés Manuel" vs "Andres": compare first words too.
  const wa = a.trim().split(/[\s-]+/)
  const wb = b.trim().split(/[\s-]+/)
  if ((wa.length > 1 || wb.length > 1) && wa[0] && wb[0]) return sameGivenName(wa[0], wb[0])
  // A short form the table lacks ("Hermy" for Herman, "Alex" for Alexander): a shared opening of 4 letters, or all
  // of a 3-letter name.
  const common = commonPrefix(x, y)
  const shorter = Math.min(x.length, y.length)
  if (x.length !== y.length && shorter <= 5 && (common >= 4 || (common === 3 && shorter === 3))) return true
  if (skeleton(x) === skeleton(y)) return true
  const gx = groupsByName.get(x)
  const gy = groupsByName.get(y)
  if (gx && gy && gx.some((g) => gy.includes(g))) return true
  // An initial ("J. Vance", "M. Pompeo") is not a contradiction.
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return true
  return false
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * A rough transliteration skeleton: two spellings of one name in different romanisations share it
 * (Zelensky/Zelenskyy/Zelenskiy, Gaddafi/Qaddafi, Kiev/Kyiv excepted: that one is in the data).
 */
export function skeleton(name: string): string {
  // Arabic articles and "Abd-" forms: Abdel-Mahdi = Abdul-Mahdi = Abd al-Mahdi, al-Assad = Assad.
  let s = fold(name).replace(/\b(?:al|el|ul)[\s-]+/g, '').replace(/\babd[\s-]*(?:el|al|ul|u|e)?[\s-]*/g, 'abd')
  s = s.replace(/[^a-z]/g, '')
  s = s
    .replace(/kh/g, 'h')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[qc]/g, 'k')
    .replace(/^g/, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/ie/g, 'i')
    .replace(/ei/g, 'i')
    .replace(/e(?=$)/g, '')
  let out = ''
  for (const c of s) if (out[out.length - 1] !== c) out += c
  return out
}

/** Optimal-string-alignment distance (Damerau: a transposition counts 1), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const n = a.length
  const m = b.length
  let prev2 = new Array<number>(m + 1).fill(0)
  let prev = Array.from({length: m + 1}, (_, j) => j)
  let cur = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return prev[m]!
}
