// Schema types for the records. They are read-only in the Studio and have no document actions (no edit, delete
// or duplicate): a record is written once by the plugin and read by people and audits. The Content Lake's ACL
// must say the same (create-only grants), as a Studio can be bypassed with the API.
import {defineArrayMember, defineField, defineType} from 'sanity'
import {APPROVAL_TYPE, IGNORE_TYPE, REQUEST_TYPE} from '../records.ts'

const actor = (name: string, title: string) =>
  defineField({
    name,
    title,
    type: 'object',
    fields: [
      defineField({name: 'id', type: 'string'}),
      defineField({name: 'name', type: 'string'}),
      defineField({name: 'roles', type: 'array', of: [defineArrayMember({type: 'string'})]}),
    ],
  })

const findingFields = [
  defineField({name: 'fingerprint', type: 'string'}),
  defineField({name: 'ruleId', title: 'Rule', type: 'string'}),
  defineField({name: 'category', type: 'string'}),
  defineField({name: 'severity', type: 'string'}),
  defineField({name: 'message', type: 'string'}),
  defineField({name: 'evidence', type: 'text', rows: 2}),
]

const target = [
  defineField({name: 'documentId', title: 'Article id', type: 'string'}),
  defineField({name: 'documentType', title: 'Article type', type: 'string'}),
  defineField({
    name: 'contentHash',
    title: 'Content hash',
    type: 'string',
    description: 'SHA-256 of the content as checked; any edit changes it.',
  }),
  defineField({name: 'revision', type: 'string'}),
]

export const approvalType = defineType({
  name: APPROVAL_TYPE,
  title: 'Editorial approval',
  type: 'document',
  readOnly: true,
  fields: [
    ...target,
    actor('approvedBy', 'Approved by'),
    defineField({name: 'approvedAt', title: 'Approved at', type: 'datetime'}),
    defineField({
      name: 'overrides',
      title: 'Overridden checks',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'override',
          fields: [...findingFields, defineField({name: 'blockKey', type: 'string'}), defineField({name: 'reason', type: 'text', rows: 2})],
          preview: {select: {title: 'message', subtitle: 'reason'}},
        }),
      ],
    }),
    defineField({name: 'note', type: 'text', rows: 2}),
  ],
  preview: {
    select: {id: 'documentId', by: 'approvedBy.name', at: 'approvedAt', overrides: 'overrides'},
    prepare: ({id, by, at, overrides}) => ({
      title: `${Array.isArray(overrides) && overrides.length ? 'Override' : 'Approval'}: ${id}`,
      subtitle: `${by ?? '?'} · ${at ?? ''}`,
    }),
  },
})

export const approvalRequestType = defineType({
  name: REQUEST_TYPE,
  title: 'Approval request',
  type: 'document',
  readOnly: true,
  fields: [
    ...target,
    defineField({name: 'draftId', type: 'string'}),
    actor('requestedBy', 'Requested by'),
    defineField({name: 'requestedAt', title: 'Requested at', type: 'datetime'}),
    defineField({
      name: 'openFindings',
      title: 'Open checks',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'openFinding',
          fields: [...findingFields, defineField({name: 'ignoreReason', title: "Editor's reason", type: 'text', rows: 2})],
          preview: {select: {title: 'message', subtitle: 'ignoreReason'}},
        }),
      ],
    }),
    defineField({name: 'note', type: 'text', rows: 2}),
  ],
  preview: {
    select: {id: 'documentId', by: 'requestedBy.name', at: 'requestedAt'},
    prepare: ({id, by, at}) => ({title: `Approval requested: ${id}`, subtitle: `${by ?? '?'} · ${at ?? ''}`}),
  },
})

export const ignoreType = defineType({
  name: IGNORE_TYPE,
  title: 'Ignored finding',
  type: 'document',
  readOnly: true,
  fields: [
    defineField({name: 'documentId', title: 'Article id', type: 'string'}),
    defineField({name: 'fingerprint', type: 'string'}),
    defineField({name: 'ruleId', title: 'Rule', type: 'string'}),
    defineField({name: 'blockKey', title: 'Paragraph key', type: 'string'}),
    defineField({
      name: 'textHash',
      title: 'Paragraph text hash',
      type: 'string',
      description: 'The ignore lapses when the paragraph text no longer has this hash.',
    }),
    defineField({name: 'evidence', type: 'text', rows: 2}),
    defineField({name: 'reason', type: 'text', rows: 2}),
    actor('ignoredBy', 'Ignored by'),
    defineField({name: 'ignoredAt', title: 'Ignored at', type: 'datetime'}),
  ],
  preview: {
    select: {rule: 'ruleId', reason: 'reason', by: 'ignoredBy.name'},
    prepare: ({rule, reason, by}) => ({title: `Ignored ${rule ?? ''}: ${reason ?? ''}`, subtitle: by}),
  },
})
