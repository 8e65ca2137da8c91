import type {BlockView, Edit, Fix, Path, Range} from './types.ts'

/** Path and range of `[start, end)` of a block's text: the span's own when the range sits inside one span. */
export function locate(block: BlockView, range: Range = [0, block.text.length]): {path: Path; range: Range} {
  const [start, end] = range
  const wholeBlock = start <= 0 && end >= block.text.length
  if (!wholeBlock) {
    for (const span of block.spans) {
      const spanEnd = span.start + span.text.length
      if (start >= span.start && end <= spanEnd && span.key) {
        return {path: [...block.path, 'children', {_key: span.key}], range: [start - span.start, end - span.start]}
      }
    }
  }
  return {path: block.path, range: [Math.max(0, start), Math.min(block.text.length, end)]}
}

export function removeBlock(block: BlockView, label = 'Remove paragraph'): Fix {
  return {label, edits: [{type: 'removeBlock', path: block.path}]}
}

/** Replaces `[start, end)` of the block's text; only offered when the range lies inside one span. */
export function replaceText(block: BlockView, range: Range, text: string, label = `Replace with ${text}`): Fix | undefined {
  const loc = locate(block, range)
  if (loc.path.length === block.path.length) return undefined
  const expected = block.text.slice(range[0], range[1])
  const edit: Edit = {type: 'replaceText', path: loc.path, range: loc.range, text, expected}
  return {label, edits: [edit]}
}

/** Copies the paragraph to the person's (empty) bio and removes it from the body, in one fix. */
export function moveToAuthorBio(block: BlockView, personId: string, label = 'Move to author bio'): Fix {
  return {label, edits: [{type: 'setAuthorBio', personId, text: block.text}, {type: 'removeBlock', path: block.path}]}
}
