import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Whether `directory` holds a complete assembly: a manifest of ours, every file it lists present, and each config's
 * sha256 matching its bytes. Returns the manifest's variant marker (the first artifact's sha) or throws saying what
 * is wrong.
 */
export function completeAssembly(directory: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(directory, 'manifest.json'), 'utf8')) as {
    generator: { name: string };
    artifacts: { file: string; environmentFile: string; sha256: string }[];
    tree: string;
    validationReport: string;
  };
  if (manifest.generator.name !== 'litellm-cdk') throw new Error(`${directory}: not our manifest`);
  for (const file of [
    manifest.tree,
    manifest.validationReport,
    ...manifest.artifacts.flatMap((a) => [a.file, a.environmentFile]),
  ]) {
    if (!fs.existsSync(path.join(directory, file))) throw new Error(`${directory}: ${file} is missing`);
  }
  for (const artifact of manifest.artifacts) {
    const sha = createHash('sha256')
      .update(fs.readFileSync(path.join(directory, artifact.file)))
      .digest('hex');
    if (sha !== artifact.sha256) throw new Error(`${directory}: ${artifact.file} does not match its sha256`);
  }
  return manifest.artifacts.map((a) => a.sha256).join(',');
}
