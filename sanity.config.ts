import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {editorialChecks} from 'editorial-checks'
import {schemaTypes} from './schemas/index.ts'
import {withLocalLake} from './studio/offline.ts'

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'local'
const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

// Without SANITY_STUDIO_PROJECT_ID the Studio runs against the local lake (npm start); see studio/offline.ts.
export default defineConfig(withLocalLake({
  name: 'newsroom',
  title: 'Newsroom',
  projectId,
  dataset,
  plugins: [structureTool(), editorialChecks({documentTypes: ['article']})],
  schema: {types: schemaTypes},
}))
