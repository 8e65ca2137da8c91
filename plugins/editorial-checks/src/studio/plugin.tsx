import {definePlugin} from 'sanity'

export interface EditorialChecksConfig {
  /** Document types the checks run on. */
  documentTypes?: string[]
}

/** The Studio side of editorial-checks. Wiring only: the checks themselves live in the pure engine. */
export const editorialChecks = definePlugin<EditorialChecksConfig | void>((config) => {
  const documentTypes = config?.documentTypes ?? ['article']
  return {
    name: 'editorial-checks',
    document: {
      // Document actions, badges and the publish gate are added here (see the Studio issue).
      actions: (prev, context) => (documentTypes.includes(context.schemaType) ? prev : prev),
    },
  }
})
