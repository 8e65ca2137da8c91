// The "Approvals" structure tool: an "Awaiting approval" list (a live GROQ query) whose items open the article
// with all its actions, plus the audit lists of approvals, requests and ignores, and the KB entries.
import {structureTool, type ListItemBuilder, type StructureBuilder} from 'sanity/structure'
import {AwaitingApprovalPane} from './components/AwaitingApprovalPane.tsx'
import {ApprovedIcon, ChecksIcon, InboxIcon} from './components/icons.tsx'
import type {ResolvedOptions} from './config.ts'
import {API_VERSION, APPROVAL_TYPE, ENTITY_TYPE, IGNORE_TYPE, REQUEST_TYPE} from './records.ts'

/** "Awaiting approval", for a newsroom's own desk structure as well. */
export function awaitingApprovalListItem(S: StructureBuilder, options: Pick<ResolvedOptions, 'documentTypes'>): ListItemBuilder {
  return S.listItem()
    .id('awaiting-approval')
    .title('Awaiting approval')
    .icon(InboxIcon)
    .child(
      S.component(AwaitingApprovalPane)
        .id('awaiting-approval')
        .title('Awaiting approval')
        .options({documentTypes: options.documentTypes})
        .child(async (id, context) => {
          const client = context.structureContext.getClient({apiVersion: API_VERSION})
          const type = await client.fetch<string | null>('*[_id in [$id, "drafts." + $id]][0]._type', {id})
          return S.document()
            .documentId(id)
            .schemaType(type ?? options.documentTypes[0]!)
        }),
    )
}

export function approvalsTool(options: ResolvedOptions) {
  return structureTool({
    name: 'approvals',
    title: 'Approvals',
    icon: ApprovedIcon,
    structure: (S) =>
      S.list()
        .id('editorial-approvals')
        .title('Approvals')
        .items([
          awaitingApprovalListItem(S, options),
          S.divider(),
          S.documentTypeListItem(APPROVAL_TYPE).title('Approvals and overrides').icon(ApprovedIcon),
          S.documentTypeListItem(REQUEST_TYPE).title('Approval requests'),
          S.documentTypeListItem(IGNORE_TYPE).title('Ignored findings'),
          S.divider(),
          S.documentTypeListItem(ENTITY_TYPE).title('Knowledge-base entries').icon(ChecksIcon),
        ]),
  })
}
