import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {buildArticleView, resolveRules, run, ConfigError, type CheckConfig, type ResolvedRule, type SanityDocumentLike} from '../engine/index.ts'
import {KnowledgeBaseError, loadKnowledgeBase} from '../kb/load.ts'
import type {KnowledgeBase, NamedData} from '../kb/types.ts'
import {builtinRules} from '../rules/index.ts'
import {formatPretty} from './format-pretty.ts'
import {formatSarif} from './format-sarif.ts'
import {Progress} from './progress.ts'
import {readInputs, type InputProblem} from './read-input.ts'
import {formatJson, summarize, type CheckedDocument} from './report.ts'

export interface CliIo {
  stdout: {write(s: string): unknown; isTTY?: boolean}
  stderr: {write(s: string): unknown; isTTY?: boolean; columns?: number}
  env?: Record<string, string | undefined>
}

export const EXIT = {clean: 0, errorsFound: 1, badInput: 2} as const

const USAGE = `Usage: npm run check -- [options] FILE…

Checks news articles for subscription boilerplate, pasted author bios, syndication credits, page furniture and
entity-name errors.

FILE      .ndjson (a dataset export: article documents are checked, person documents resolve the byline),
          .json (one document or an array), .md/.txt (paragraphs split on blank lines)

Options:
  --format pretty|json|sarif   output format (default: pretty)
  --date YYYY-MM-DD            check as of this date instead of each article's publishedAt
  --config FILE                JSON config: {"rules": {"rule-id": "off"|"info"|"warning"|"error" | [severity, options]}}
  --kb FILE                    extra knowledge-base office file(s) (JSON: one file object or an array), merged with
                               the shipped data; format: plugins/editorial-checks/src/kb/data/offices/FORMAT.md
  --type TYPE                  document type to check (default: article; repeatable)
  --progress / --no-progress   force the progress bar on stderr on or off (default: on for a terminal, >300 documents)
  --verbose                    list documents without findings too (pretty format)
  -h, --help                   show this help

Exit status: 0 no errors, 1 error-level findings, 2 input or usage problem (message on stderr).
`

const VERSION = '0.1.0'

function parseDateOption(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const d = new Date(`${value}T12:00:00Z`)
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : d
}

function reportProblem(io: CliIo, p: InputProblem) {
  io.stderr.write(`editorial-checks: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`)
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'pretty'},
        date: {type: 'string'},
        config: {type: 'string'},
        kb: {type: 'string', multiple: true},
        type: {type: 'string', multiple: true},
        progress: {type: 'boolean'},
        'no-progress': {type: 'boolean'},
        verbose: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
      },
    })
  } catch (error) {
    io.stderr.write(`editorial-checks: ${(error as Error).message}\n\n${USAGE}`)
    return EXIT.badInput
  }
  const {values, positionals} = args
  if (values.help) {
    io.stdout.write(USAGE)
    return EXIT.clean
  }
  const format = values.format
  if (format !== 'pretty' && format !== 'json' && format !== 'sarif') {
    io.stderr.write(`editorial-checks: --format must be pretty, json or sarif (got "${format}")\n`)
    return EXIT.badInput
  }
  let date: Date | undefined
  if (values.date !== undefined) {
    date = parseDateOption(values.date)
    if (!date) {
      io.stderr.write(`editorial-checks: --date must be a real date as YYYY-MM-DD (got "${values.date}")\n`)
      return EXIT.badInput
    }
  }
  if (!positionals.length) {
    io.stderr.write(`editorial-checks: no input files\n\n${USAGE}`)
    return EXIT.badInput
  }

  let config: CheckConfig = {}
  if (values.config !== undefined) {
    try {
      config = JSON.parse(await readFile(values.config, 'utf8')) as CheckConfig
    } catch (error) {
      io.stderr.write(`editorial-checks: ${values.config}: cannot read config: ${(error as Error).message}\n`)
      return EXIT.badInput
    }
  }
  let rules: ResolvedRule[]
  try {
    rules = resolveRules(builtinRules, config)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr.write(`editorial-checks: ${values.config ?? 'config'}: ${error.message}\n`)
    return EXIT.badInput
  }

  let kb: KnowledgeBase | undefined
  if (values.kb?.length) {
    const extra: NamedData[] = []
    for (const file of values.kb) {
      let data: unknown
      try {
        data = JSON.parse(await readFile(file, 'utf8'))
      } catch (error) {
        io.stderr.write(`editorial-checks: ${file}: cannot read knowledge-base file: ${(error as Error).message}\n`)
        return EXIT.badInput
      }
      const list = Array.isArray(data) ? data : [data]
      list.forEach((item, i) => extra.push({file: list.length > 1 ? `${file}[${i}]` : file, data: item}))
    }
    try {
      kb = loadKnowledgeBase({extra})
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError)) throw error
      io.stderr.write(`editorial-checks: ${error.message}\n`)
      return EXIT.badInput
    }
  }

  const {documents, problems} = await readInputs(positionals)
  for (const p of problems) reportProblem(io, p)

  const types = new Set(values.type?.length ? values.type : ['article'])
  const people = new Map<string, SanityDocumentLike>()
  for (const {doc} of documents) if (doc._type === 'person' && typeof doc._id === 'string') people.set(doc._id, doc)
  // A .json or text document without a _type is taken as an article: it was handed to us to check.
  const targets = documents.filter(({doc}) => (doc._type === undefined ? types.has('article') : types.has(String(doc._type))))

  const showProgress = values['no-progress'] ? false : (values.progress ?? (Boolean(io.stderr.isTTY) && targets.length > 300))
  const progress = showProgress ? new Progress(io.stderr, targets.length) : undefined
  const checked: CheckedDocument[] = []
  for (const input of targets) {
    const article = buildArticleView(input.doc, {people, ...(date ? {date} : {})})
    checked.push({input, article, findings: run(article, rules, {}, kb ? {shared: {kb}} : {})})
    progress?.tick()
  }
  progress?.done()

  if (format === 'json') io.stdout.write(formatJson(checked) + '\n')
  else if (format === 'sarif') io.stdout.write(formatSarif(checked, builtinRules, VERSION) + '\n')
  else {
    const color = Boolean(io.stdout.isTTY) && !io.env?.NO_COLOR
    io.stdout.write(formatPretty(checked, {color, verbose: values.verbose}))
    if (problems.length) io.stdout.write(`${problems.length} input problem${problems.length === 1 ? '' : 's'}: see the messages above.\n`)
  }

  if (problems.length) return EXIT.badInput
  return summarize(checked).errors > 0 ? EXIT.errorsFound : EXIT.clean
}
