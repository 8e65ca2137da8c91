// SARIF 2.1.0, for code-scanning dashboards. Documents are the artifacts; paths are logical locations.
import type {Rule} from '../engine/index.ts'
import {pathToString, type CheckedDocument} from './report.ts'

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

export function formatSarif(checked: readonly CheckedDocument[], rules: readonly Rule<any>[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]))
  const results = checked.flatMap((c) =>
    c.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? {ruleIndex: ruleIndex.get(f.ruleId)} : {}),
      level: LEVEL[f.severity],
      kind: f.category === 'internal' ? 'review' : 'fail',
      message: {text: f.message},
      locations: [
        {
          physicalLocation: {artifactLocation: {uri: c.input.file}, region: {startLine: c.input.line}},
          logicalLocations: [{fullyQualifiedName: `${c.article.documentId}:${pathToString(f.path)}`, kind: 'member'}],
        },
      ],
      properties: {category: f.category, documentId: c.article.documentId, path: f.path, ...(f.range ? {range: f.range} : {}), ...(f.fix ? {fix: f.fix.label} : {})},
    })),
  )
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'editorial-checks',
            version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              shortDescription: {text: r.meta.description},
              defaultConfiguration: {level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity]},
              properties: {category: r.meta.category},
            })),
          },
        },
        results,
      },
    ],
  })
}
