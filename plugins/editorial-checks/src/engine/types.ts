// The engine's vocabulary. Pure data: no sanity, no react.

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]
/** A severity that produces findings (not 'off'). */
export type ActiveSeverity = Exclude<Severity, 'off'>

/**
 * Fixed categories: the CLI's JSON and every UI group by them. `internal` is for a rule that crashed: it blocks
 * publishing until a managing editor overrides it, so a broken rule can never become a silent pass.
 */
export const CATEGORIES = [
  'subscription-boilerplate',
  'author-bio',
  'entity-name',
  'syndication-credit',
  'page-furniture',
  'style',
  'internal',
] as const
export type Category = (typeof CATEGORIES)[number]

export type PathSegment = string | number | {_key: string}
/** A Sanity path into the document, e.g. `['body', {_key: 'abc'}, 'children', {_key: 'abcs'}]`. */
export type Path = PathSegment[]
/** `[start, end)` in UTF-16 code units, as JavaScript strings index. */
export type Range = [number, number]

export interface SpanView {
  key: string
  text: string
  /** Offset of this span's first character in the block's plain text. */
  start: number
  marks: string[]
}

export interface BlockView {
  /** Position in the body, counting every array member (images too), so it matches what the editor sees. */
  index: number
  key: string
  style: string
  listItem?: string
  /** Plain text of the block: its spans' text joined without separators. */
  text: string
  spans: SpanView[]
  /** `[field, {_key}]` */
  path: Path
}

export interface AuthorView {
  /** The person document's id, without a `drafts.` prefix; undefined when the byline is a bare name. */
  id?: string
  name: string
  /** The person's bio as plain text; '' when empty or missing. */
  bio: string
  role?: string
}

export interface ArticleView {
  documentId: string
  documentType: string
  title: string
  dek: string
  /** The day the article speaks for: publishedAt, else _updatedAt, else today (or an override). */
  date: Date
  dateSource: 'override' | 'publishedAt' | '_updatedAt' | 'today'
  /** Text blocks of the body, in order; non-text members (images, embeds) are skipped but keep their index. */
  blocks: BlockView[]
  /** Number of members in the body array, text or not. */
  bodyLength: number
  authors: AuthorView[]
}

/** A fix is data: a list of edits the Studio turns into a patch and the CLI can print. */
export type Edit =
  | {type: 'removeBlock'; path: Path}
  | {type: 'replaceText'; path: Path; range: Range; text: string; expected: string}
  | {type: 'setAuthorBio'; personId: string; text: string}

export interface Fix {
  /** Label for the button: "Remove paragraph", "Replace with Moscow". */
  label: string
  edits: Edit[]
}

export interface Finding {
  ruleId: string
  category: Category
  severity: ActiveSeverity
  messageId: string
  message: string
  path: Path
  range?: Range
  /** The text the finding is about (the flagged words, or the paragraph). */
  evidence?: string
  /** Key of the body block, for grouping and jump-to links. */
  blockKey?: string
  fix?: Fix
  suggestions?: Fix[]
}

export type RuleSetting = Severity | [Severity, Record<string, unknown>?]

export interface CheckConfig {
  rules?: Record<string, RuleSetting>
}
