// Offline wiring: when the Studio is built without SANITY_STUDIO_PROJECT_ID it talks to the local
// lake (studio/local-lake/) on its own origin instead of Sanity's hosted Content Lake.
// Vite embeds SANITY_STUDIO_* variables at build time, so this is decided when `sanity build` runs.
import {type ClientConfig, createClient} from '@sanity/client'
import {definePlugin, type SingleWorkspace} from 'sanity'
import {LocalLakeUsersTool} from './offline-users-tool.tsx'

export const isOffline = !process.env.SANITY_STUDIO_PROJECT_ID

/** Project id and dataset the offline Studio and the local lake agree on. */
export const OFFLINE_PROJECT_ID = 'local'
export const OFFLINE_DATASET = 'production'

/**
 * The client every Studio store uses offline. `perspective: 'raw'` matters: the Studio's own queries
 * (e.g. sanity::versionOf) expect raw ids, and draft/published status is wrong without it.
 * Identity rides on a same-origin cookie the lake sets, so no token is configured.
 */
export function localLakeClientFactory(options: ClientConfig) {
  const origin = typeof window === 'undefined' ? 'https://localhost:3333' : window.location.origin
  return createClient({
    ...options,
    apiHost: origin,
    useProjectHostname: false,
    useCdn: false,
    withCredentials: false,
    perspective: 'raw',
  })
}

/** A Studio tool listing the lake's users, to switch between e.g. an editor and a managing editor. */
export const localLakeUsers = definePlugin({
  name: 'local-lake-users',
  tools: [{name: 'local-lake-users', title: 'Switch user (offline)', component: LocalLakeUsersTool}],
})

/** Adds the offline wiring to a workspace config when the build has no real project. */
export function withLocalLake<T extends SingleWorkspace>(config: T): T {
  if (!isOffline) return config
  return {
    ...config,
    projectId: OFFLINE_PROJECT_ID,
    dataset: OFFLINE_DATASET,
    unstable_clientFactory: localLakeClientFactory,
    plugins: [...(Array.isArray(config.plugins) ? config.plugins : []), localLakeUsers()],
  }
}
