import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AssemblyFile } from './assembly.js';

/**
 * Writes the assembly so that readers see either the previous directory or the new one, never a mix:
 * the files go into a staging directory beside the target, which then replaces it.
 * When anything fails before the swap, the previous directory is left byte for byte as it was.
 */
export function writeAssemblyAtomically(outdir: string, files: readonly AssemblyFile[]): void {
  assertReplaceable(outdir);
  const parent = path.dirname(outdir);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(outdir)}.staging-`));
  try {
    for (const file of files) {
      // Extensions' artifacts may sit in subdirectories (kubernetes/prod.yaml).
      fs.mkdirSync(path.dirname(path.join(staging, file.name)), { recursive: true });
      fs.writeFileSync(path.join(staging, file.name), file.content);
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  if (!fs.existsSync(outdir)) {
    fs.renameSync(staging, outdir);
    return;
  }
  const previous = `${staging.replace('.staging-', '.previous-')}`;
  fs.renameSync(outdir, previous);
  try {
    fs.renameSync(staging, outdir);
  } catch (error) {
    fs.renameSync(previous, outdir);
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}

/** Refuses to replace a directory that is not an assembly, so a mistyped outdir never deletes someone's files. */
function assertReplaceable(outdir: string): void {
  if (!fs.existsSync(outdir)) return;
  if (!fs.statSync(outdir).isDirectory()) throw new Error(`Output path ${outdir} exists and is not a directory; choose another outdir.`);
  const entries = fs.readdirSync(outdir);
  if (entries.length === 0 || entries.includes('manifest.json')) return;
  throw new Error(
    `Output directory ${outdir} exists and is not a litellm-cdk assembly (it has no manifest.json); ` +
      `synth replaces its output directory whole, so choose another outdir or remove that directory.`,
  );
}
