// The plugin's options: defaults and validation. No sanity or react here, so it is unit-testable.
import {DEFAULT_APPROVER_ROLES} from '../approval/index.ts'
import {builtinRules} from '../checks.ts'
import {validateConfig, type CheckConfig, type RuleSetting} from '../engine/index.ts'
import type {LoadOptions} from '../kb/load.ts'

/** What the `kb` shared resource is built from: the shipped KB, these extra files, and the Studio's entities. */
export interface KbOptions extends LoadOptions {
  /** Merge the `editorial.entity` documents edited in the Studio into the KB. Default true. */
  studioEntities?: boolean
}

export interface EditorialChecksOptions {
  /** Document types the checks and the publish gate apply to. Default `['article']`. */
  documentTypes?: string[]
  /** Role names that may approve and override. Default administrator and managing-editor. */
  approverRoles?: string[]
  /** Severity per rule id, or `[severity, options]`, as in the CLI's config. */
  rules?: Record<string, RuleSetting>
  /**
   * The entity knowledge base handed to rules as `shared.kb`: the shipped KB plus these office/places files plus
   * the `editorial.entity` documents edited in the Studio.
   */
  kb?: KbOptions
  /** The Portable Text field to check. Default `body`. */
  bodyField?: string
  /** Milliseconds of quiet typing before the inline markers re-check. Default 400. */
  debounceMs?: number
  /**
   * Sanity's scheduled drafts ("Schedule publish") are added after all plugins, out of this plugin's reach, and
   * refuse only documents with validation errors. Default `'off'`: the plugin switches them off. Set
   * `'gated-by-validation'` once every gated type has `editorialChecksValidation` in its schema.
   */
  scheduledDrafts?: 'off' | 'gated-by-validation'
}

export interface ResolvedOptions {
  documentTypes: string[]
  approverRoles: string[]
  checkConfig: CheckConfig
  kb: KbOptions
  bodyField: string
  debounceMs: number
  scheduledDrafts: 'off' | 'gated-by-validation'
}

const KNOWN = new Set(['documentTypes', 'approverRoles', 'rules', 'kb', 'bodyField', 'debounceMs', 'scheduledDrafts'])
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '')

/** Every problem with the options, in plain language (empty when fine). */
export function validateOptions(options: unknown): string[] {
  if (options === undefined || options === null) return []
  if (typeof options !== 'object' || Array.isArray(options)) return ['editorialChecks() takes an options object']
  const o = options as Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) problems.push(`unknown option "${key}" (known: ${[...KNOWN].join(', ')})`)
  }
  if (o.documentTypes !== undefined && (!isStringList(o.documentTypes) || o.documentTypes.length === 0)) {
    problems.push('"documentTypes" must be a non-empty list of document type names, e.g. ["article"]')
  }
  if (o.approverRoles !== undefined && (!isStringList(o.approverRoles) || o.approverRoles.length === 0)) {
    problems.push('"approverRoles" must be a non-empty list of role names, e.g. ["administrator", "managing-editor"]')
  }
  if (o.bodyField !== undefined && (typeof o.bodyField !== 'string' || !o.bodyField)) problems.push('"bodyField" must be a field name')
  if (o.debounceMs !== undefined && (typeof o.debounceMs !== 'number' || !(o.debounceMs >= 0))) {
    problems.push('"debounceMs" must be a number of milliseconds (0 or more)')
  }
  if (o.scheduledDrafts !== undefined && o.scheduledDrafts !== 'off' && o.scheduledDrafts !== 'gated-by-validation') {
    problems.push(`"scheduledDrafts" must be "off" or "gated-by-validation", got ${JSON.stringify(o.scheduledDrafts)}`)
  }
  if (o.kb !== undefined && (typeof o.kb !== 'object' || o.kb === null || Array.isArray(o.kb))) {
    problems.push('"kb" must be an object: {extra?, places?, offices?, studioEntities?}')
  }
  problems.push(...validateConfig({rules: o.rules}, builtinRules))
  return problems
}

export class EditorialChecksConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`editorialChecks(): invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EditorialChecksConfigError'
    this.problems = problems
  }
}

/** Defaults filled in; throws EditorialChecksConfigError listing every problem. */
export function resolveOptions(options: EditorialChecksOptions | void | null): ResolvedOptions {
  const problems = validateOptions(options ?? undefined)
  if (problems.length) throw new EditorialChecksConfigError(problems)
  const o = options ?? {}
  return {
    documentTypes: o.documentTypes ?? ['article'],
    approverRoles: o.approverRoles ?? [...DEFAULT_APPROVER_ROLES],
    checkConfig: o.rules ? {rules: o.rules} : {},
    kb: o.kb ?? {},
    bodyField: o.bodyField ?? 'body',
    debounceMs: o.debounceMs ?? 400,
    scheduledDrafts: o.scheduledDrafts ?? 'off',
  }
}
