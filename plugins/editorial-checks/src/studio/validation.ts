// Inline markers: the findings as the schema's own validation, so they show on the paragraphs as the editor types
// and count wherever Sanity counts validation (Publish, scheduled drafts, releases all refuse error markers).
//
// Why a rule helper and not a schema.types wrapper in the plugin: Sanity resolves a workspace's own
// `schema.types` after every plugin's (flattenConfig puts the root config last), so a plugin cannot see, let alone
// wrap, the newsroom's `article` type. Add the rule to the document type:
//
//   defineType({name: 'article', type: 'document', validation: (rule) => editorialChecksValidation(rule), …})
import type {CustomValidatorResult, DocumentRule, Rule, ValidationContext, ValidationError} from 'sanity'
import {assess, blockTextsOf, contentHash, type FindingState, type ReviewContext} from '../approval/index.ts'
import type {Path, SanityDocumentLike} from '../engine/index.ts'
import {MARKER_SOURCE} from './actions/markers.ts'
import {resolveOptions} from './config.ts'
import {API_VERSION, ENTITIES_QUERY, PEOPLE_QUERY, publishedId, REVIEW_QUERY} from './records.ts'
import {authorIds, checkCached, getActiveOptions, isCheckCached, readOrFetch, studioKb, type CheckInputs} from './review-store.ts'
import type {ReviewRecords} from './hooks/useEditorialReview.ts'
import type {EntityDocument} from './schema/entity-kb.ts'

type Level = 'error' | 'warning' | 'info'

function levelOf(state: FindingState): Level {
  if (state.status === 'overridden') return 'warning'
  if (state.status === 'ignored') return 'info'
  return state.finding.severity
}

function messageOf(state: FindingState): string {
  if (state.override)
    return `${state.finding.message} (overridden by ${state.override.by.name ?? state.override.by.id}: “${state.override.reason}”)`
  if (state.ignore && state.status === 'ignored')
    return `${state.finding.message} (ignored by ${state.ignore.ignoredBy.name ?? state.ignore.ignoredBy.id}: “${state.ignore.reason}”)`
  return state.finding.message
}

/** The finding's path relative to where the rule sits (the document, or the body field). */
function relativePath(path: Path, base: readonly unknown[]): Path | undefined {
  if (base.length === 0) return path
  const matches = base.every((seg, i) => JSON.stringify(seg) === JSON.stringify(path[i]))
  return matches ? path.slice(base.length) : undefined
}

/** The states of the findings for `doc` with its records, fetched (or read from the panes' live queries). */
export async function reviewStates(doc: SanityDocumentLike, context: Pick<ValidationContext, 'getClient'>): Promise<FindingState[]> {
  const options = getActiveOptions() ?? resolveOptions(undefined)
  if (!options.documentTypes.includes(String(doc._type))) return []
  const client = context.getClient({apiVersion: API_VERSION})
  const ids = authorIds(doc)
  const [people, entities, records] = await Promise.all([
    ids.length ? readOrFetch<SanityDocumentLike[]>(client, PEOPLE_QUERY, {ids}) : Promise.resolve([]),
    options.kb.studioEntities === false ? Promise.resolve([]) : readOrFetch<EntityDocument[]>(client, ENTITIES_QUERY, {}),
    readOrFetch<ReviewRecords>(client, REVIEW_QUERY, {id: publishedId(String(doc._id ?? ''))}),
  ])
  const kb = studioKb(entities ?? [], options.kb).kb
  const inputs: CheckInputs = {
    people: new Map((people ?? []).map((p) => [String(p._id), p])),
    config: options.checkConfig,
    bodyField: options.bodyField,
    kb,
  }
  // Debounce: Sanity validates the latest version only once the previous run is done, so waiting here collapses
  // a burst of keystrokes into one engine run. Content already checked (by a pane, or another level) is instant.
  if (!isCheckCached(doc, inputs) && options.debounceMs > 0) await new Promise((resolve) => setTimeout(resolve, options.debounceMs))
  const findings = checkCached(doc, inputs)
  const ctx: ReviewContext = {
    findings,
    contentHash: contentHash(doc),
    blockTexts: blockTextsOf(doc, options.bodyField),
    approvals: records?.approvals ?? [],
    ignores: records?.ignores ?? [],
    approverRoles: options.approverRoles,
  }
  return assess(ctx).states
}

function validatorFor(level: Level) {
  return async (_value: unknown, context: ValidationContext): Promise<CustomValidatorResult> => {
    const doc = context.document as SanityDocumentLike | undefined
    if (!doc) return true
    let states: FindingState[]
    try {
      states = await reviewStates(doc, context)
    } catch (error) {
      // Fail closed: if the checks cannot run, that itself is an error marker.
      return level === 'error'
        ? `The editorial checks could not run (${(error as Error)?.message ?? error}); publishing is blocked until they do.`
        : true
    }
    const errors: ValidationError[] = []
    for (const state of states) {
      if (levelOf(state) !== level) continue
      // On the paragraph, not the span: the Portable Text editor marks whole blocks, and a span marker is easy to miss.
      const onBlock = state.finding.blockKey ? state.finding.path.slice(0, 2) : state.finding.path
      const path = relativePath(onBlock, context.path ?? [])
      if (!path) continue
      errors.push({message: messageOf(state), path, __internal_metadata: {source: MARKER_SOURCE, fingerprint: state.fingerprint}})
    }
    return errors.length ? errors : true
  }
}

/**
 * The editorial checks as validation rules (one per level), for a document type or its body field:
 * `validation: (rule) => editorialChecksValidation(rule)`. Uses the options given to `editorialChecks()`.
 */
export function editorialChecksValidation(rule: DocumentRule): DocumentRule[]
export function editorialChecksValidation(rule: Rule): Rule[]
export function editorialChecksValidation(rule: Rule | DocumentRule): Array<Rule | DocumentRule> {
  // A document rule and a field rule take the same custom validator.
  const r = rule as Rule
  return [
    r.custom(validatorFor('error')).error(),
    r.custom(validatorFor('warning')).warning(),
    r.custom(validatorFor('info')).info(),
  ]
}
