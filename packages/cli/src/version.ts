import { createRequire } from 'node:module';

/** The CLI's version, read from its package.json (src/ and dist/ are both one level below it). */
export const CLI_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
