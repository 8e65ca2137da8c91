export * from './types.ts'
export * from './content-hash.ts'
export * from './policy.ts'
export {sha256Hex} from './sha256.ts'
