// Which validation markers are the plugin's own, so the gated Publish can tell them from the schema's.
export const MARKER_SOURCE = 'editorial-checks'

export function isEditorialMarker(marker: {__internal_metadata?: unknown}): boolean {
  const meta = marker.__internal_metadata
  return typeof meta === 'object' && meta !== null && (meta as {source?: unknown}).source === MARKER_SOURCE
}
