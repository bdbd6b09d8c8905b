import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATOR } from '../../version.js';
import { MANIFEST_FILE } from '../_assembly-files.js';
import { OutputDirectoryError } from './output-directory-error.js';

/**
 * The files of the assembly in `directory`, as its manifest lists them, when it is one of ours: a `manifest.json`
 * whose `generator.name` is ours and whose `version` and `generator.version` are strings. `undefined` otherwise (no
 * manifest, another tool's manifest, or one that does not parse).
 */
export function filesOfOurAssembly(directory: string): Set<string> | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(directory, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isOurManifest(manifest)) return undefined;
  const files = new Set<string>([MANIFEST_FILE]);
  const add = (name: unknown): void => {
    if (typeof name === 'string' && name !== '' && path.basename(name) === name) files.add(name);
  };
  add(manifest.tree);
  add(manifest.validationReport);
  for (const report of Array.isArray(manifest.reports) ? manifest.reports : []) add(report);
  // An extension's artifact or a custom module in a subdirectory (kubernetes/prod.yaml, hooks/auth.py) makes that
  // directory ours.
  const addTopLevel = (file: unknown): void =>
    add(typeof file === 'string' && file.includes('/') ? file.slice(0, file.indexOf('/')) : file);
  for (const artifact of Array.isArray(manifest.artifacts) ? manifest.artifacts : []) {
    addTopLevel((artifact as { file?: unknown })?.file);
    add((artifact as { environmentFile?: unknown })?.environmentFile);
  }
  for (const module of Array.isArray(manifest.modules) ? manifest.modules : [])
    addTopLevel((module as { file?: unknown })?.file);
  return files;
}

interface OurManifest {
  readonly version: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly tree?: unknown;
  readonly validationReport?: unknown;
  readonly reports?: unknown;
  readonly artifacts?: unknown;
  readonly modules?: unknown;
}

function isOurManifest(x: unknown): x is OurManifest {
  if (typeof x !== 'object' || x === null) return false;
  const { version, generator } = x as { version?: unknown; generator?: { name?: unknown; version?: unknown } };
  return (
    typeof version === 'string' &&
    typeof generator === 'object' &&
    generator !== null &&
    generator.name === GENERATOR &&
    typeof generator.version === 'string'
  );
}

/**
 * Files a desktop writes into any folder a user opens (Finder's `.DS_Store`, Explorer's `Thumbs.db` and
 * `desktop.ini`, KDE's `.directory`), compared without case as Windows names are. They are not ours and are never
 * deleted, but they do not make a directory someone else's either: the swap carries them over into the new assembly.
 */
const OS_METADATA_FILES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', '.directory']);

/** The desktop metadata files (see `OS_METADATA_FILES`) directly in `directory`: regular files only, sorted. */
export function osMetadataFilesIn(directory: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && OS_METADATA_FILES.has(entry.name.toLowerCase()))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Refuses to replace `directory` unless every file in it is one we wrote (or desktop metadata, which the swap
 * carries over): it does not exist, it is empty, or it is one of our assemblies with nothing added. Synth replaces
 * the directory whole, so anything else would be deleted.
 * @param shown how messages name the directory (the path the user gave)
 */
export function assertReplaceable(directory: string, shown: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(directory);
  } catch {
    return;
  }
  if (!stat.isDirectory()) {
    throw new OutputDirectoryError(
      `The output path ${shown} is a file, not a directory.`,
      'Choose a new outdir (e.g. litellm.out), or move that file away.',
      shown,
    );
  }
  const metadata = new Set(osMetadataFilesIn(directory));
  const entries = fs.readdirSync(directory).filter((entry) => !metadata.has(entry));
  if (entries.length === 0) return;
  const ours = filesOfOurAssembly(directory);
  if (!ours) {
    throw new OutputDirectoryError(
      `The output directory ${shown} is not a ${GENERATOR} assembly (it has no manifest.json written by ${GENERATOR}); synth replaces its output directory whole and would delete ${describeEntries(entries)}.`,
      'Choose a new outdir (or an empty directory, or one synth wrote before); nothing was changed.',
      shown,
    );
  }
  const foreign = entries.filter((entry) => !ours.has(entry)).sort();
  if (foreign.length > 0) {
    throw new OutputDirectoryError(
      `The output directory ${shown} holds ${describeEntries(foreign)}, which synth did not write; replacing the assembly would delete ${foreign.length === 1 ? 'it' : 'them'}.`,
      `Move ${foreign.length === 1 ? 'that file' : 'those files'} out of ${shown} (keep your own files beside the assembly, not in it), or choose another outdir.`,
      shown,
    );
  }
}

/** `'notes.txt'`, `'a', 'b' and 3 more`: at most three names, quoted. */
function describeEntries(entries: readonly string[]): string {
  const shown = entries.slice(0, 3).map((e) => `'${e}'`);
  const more = entries.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
}
