import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CachedBundle, cachedBundle } from '../bundle/cached-bundle.js';
import { CliError } from '../exit-codes.js';
import { CLI_VERSION } from '../version.js';

/** Changes whenever the way app bundles are built changes, so that bundles an older CLI wrote are not reused. */
const BUNDLE_FORMAT = 1;

/** An app made ready to run in this process: one bundle of the app file and everything it imports. */
export interface AppBundle {
  /** The bundle's entry that runs the app, as the app file would run. */
  readonly appUrl: string;
  /**
   * The bundle's entry that exports `@litellm-cdk/core` (the copy the app itself uses), when the app's directory
   * resolves it: the CLI uses this copy too rather than load a second one.
   */
  readonly coreUrl?: string;
  /** `stack` with positions in the bundle replaced by the positions in the app's own files. */
  mapStack(stack: string): string;
}

/**
 * Bundles an app file (TypeScript or JavaScript) with everything it imports — its own modules, the litellm-cdk
 * packages and their dependencies — into the project's `node_modules/.cache/litellm-cdk/apps/`, or finds the bundle
 * there up to date (see `cachedBundle`). Resolving, reading and compiling hundreds of modules, through TypeScript
 * loader hooks, was most of the time a synth took; a bundle is a few files that Node loads by itself.
 */
export async function bundleApp(file: string, cwd: string): Promise<AppBundle> {
  const appFile = path.resolve(cwd, file);
  const coreFile = resolveCore(appFile);
  const key = createHash('sha256')
    .update(JSON.stringify({ BUNDLE_FORMAT, CLI_VERSION, node: process.versions.node, appFile, coreFile }))
    .digest('hex')
    .slice(0, 16);
  const entries = { app: appFile, ...(coreFile ? { core: coreFile } : {}) };
  let bundle: CachedBundle;
  try {
    bundle = await cachedBundle({ entries, directory: path.join(cacheDirectory(cwd), key), cwd });
  } catch (error) {
    throw bundleError(appFile, error);
  }
  return { appUrl: bundle.urls.app, coreUrl: bundle.urls.core, mapStack: bundle.mapStack };
}

/** The file `@litellm-cdk/core` resolves to from the app's directory, if it does. */
function resolveCore(appFile: string): string | undefined {
  try {
    return createRequire(appFile).resolve('@litellm-cdk/core');
  } catch {
    return undefined;
  }
}

/** `node_modules/.cache/litellm-cdk/apps` of the nearest `node_modules` above `cwd`, or one in the temp directory. */
function cacheDirectory(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules')))
      return path.join(dir, 'node_modules', '.cache', 'litellm-cdk', 'apps');
    if (path.dirname(dir) === dir) return path.join(os.tmpdir(), 'litellm-cdk-cache', 'apps');
  }
}

/** The error of an app that cannot be bundled: what esbuild said, with file:line:col of each problem. */
function bundleError(appFile: string, error: unknown): CliError {
  const errors =
    (error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] })
      .errors ?? [];
  const lines = errors.map((e) =>
    e.location ? `${e.location.file}:${e.location.line}:${e.location.column + 1}: ${e.text}` : e.text,
  );
  return new CliError(
    'app-crash',
    `The app ${path.basename(appFile)} could not be loaded: ${lines[0] ?? String(error)}`,
    {
      details: lines.slice(1).join('\n') || undefined,
      hint: 'Fix the import named above; or run the app in a process of its own, with LITELLM_CDK_APP_PROCESS=separate.',
    },
  );
}
