import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI's version, from the nearest package.json above this module (src/, dist/ and the bundle in dist/bundle/ sit
 * at different depths below it).
 */
export const CLI_VERSION: string = packageVersion(path.dirname(fileURLToPath(import.meta.url)));

function packageVersion(dir: string): string {
  const manifest = path.join(dir, 'package.json');
  if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error('The litellm-cdk CLI cannot find its package.json.');
  return packageVersion(parent);
}
