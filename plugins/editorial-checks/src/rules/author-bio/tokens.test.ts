import {describe, expect, test} from 'vitest'
import {foldAccents, words} from '../../engine/index.ts'
import {nameKey, tokenize} from './tokens.ts'

// tokenize is scanned by hand for speed; it must agree with words() split at hyphens, which it replaced.
const reference = (text: string) =>
  words(text).flatMap(({word, start}) => {
    const parts: Array<[number, number]> = []
    for (const part of word.split('-')) {
      if (part) parts.push([start, start + part.length])
      start += part.length + 1
    }
    return parts
  })

const TRICKY = ['editor-at-large', 'O’Sullivan’s U.S. e-mail', 'a.b. a..b a-.b', 'ΑΣ.Β ΟΔΟΣ', 'İstanbul', '𝐀𝐛𝐜 𐐀𐐨.𐐀', '\uD835 \uDC00x', '٣٤ x²', 'e\u0301te', '😀a-😀']

describe('author-bio tokenize', () => {
  test.each(TRICKY)('%j agrees with words()', (text) => {
    const tokens = tokenize(text)
    expect(tokens.map((t) => [t.start, t.end])).toEqual(reference(text))
    for (const t of tokens) {
      const part = text.slice(t.start, t.end)
      expect(t.w).toBe(part.toLowerCase().replace(/\u2019/g, "'"))
      expect(t.cap).toBe(part[0] !== part.toLowerCase()[0])
    }
  })

  test.each(['Smith', 'smith', 'O’Sullivan', 'José', 'st.', 'MCCARTHY2'])('nameKey(%j) folds as before', (word) => {
    expect(nameKey(word)).toBe(foldAccents(word).replace(/['\u2019.]/g, ''))
  })
})
