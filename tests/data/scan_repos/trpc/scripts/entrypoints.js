// JavaScript wrapper for the TypeScript entrypoints module
export { generateEntrypoints } from './entrypoints.ts';
