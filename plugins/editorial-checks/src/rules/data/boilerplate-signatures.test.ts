import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {boilerplateSignatures, loadSignatures, SignatureFileError} from './boilerplate-signatures.ts'

const shipped = JSON.parse(readFileSync(new URL('./boilerplate-signatures.json', import.meta.url), 'utf8'))
const withChange = (change: (copy: any) => void) => {
  const copy = structuredClone(shipped)
  change(copy)
  return copy
}
const problemsOf = (data: unknown): string[] => {
  try {
    loadSignatures(data)
  } catch (error) {
    expect(error).toBeInstanceOf(SignatureFileError)
    return (error as SignatureFileError).problems
  }
  throw new Error('expected the file to be rejected')
}

describe('boilerplate-signatures.json', () => {
  test('the shipped file is valid and says where it comes from', () => {
    expect(boilerplateSignatures.source.length).toBeGreaterThan(20)
    expect(boilerplateSignatures.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test.each([
    ['not an object', () => [], ['the file must be an object']],
    ['no source', (d: any) => delete d.source, ['"source" must say where the vocabulary comes from']],
    ['a bad date', (d: any) => (d.date = 'last week'), ['"date" must be a YYYY-MM-DD date']],
    ['a missing list', (d: any) => delete d.subscription.callsToAction, ['subscription.callsToAction must be a non-empty array of strings']],
    ['a number in a list', (d: any) => d.subscription.leadIns.push(7), [expect.stringMatching(/^subscription\.leadIns\[\d+\] must be a non-empty string/)]],
    ['two words in a word list', (d: any) => d.attributionWords.push('according to'), [expect.stringMatching(/^attributionWords\[\d+\] must be a single word/)]],
    ['a broken pattern', (d: any) => d.furniture.pointers.push('click {brand}'), [expect.stringMatching(/^furniture\.pointers\[\d+\]: .*unknown placeholder/)]],
    ['an unknown social topic', (d: any) => d.subscription.socialTopics.push('carrier-pigeon'), ['subscription.socialTopics names unknown topic "carrier-pigeon"']],
  ])('rejects %s with a clear message', (_, change, expected) => {
    const data = typeof change === 'function' && change.length === 0 ? (change as () => unknown)() : withChange(change as (d: any) => void)
    expect(problemsOf(data)).toEqual(expected)
  })

  test('the error names the file and every problem', () => {
    const data = withChange((d) => {
      delete d.source
      d.date = 'soon'
    })
    expect(() => loadSignatures(data, 'custom.json')).toThrow(/custom\.json[\s\S]*source[\s\S]*date/)
  })
})
