// Runs the real `litellm-cdk` binary (`node bin/litellm-cdk.js`) in throwaway projects.
//
// A project is a directory under the system's temp dir, outside the workspace, so nothing leaks into the repository.
// It resolves `@litellm-cdk/*`, `constructs` and `tsx` through symlinks in its own node_modules to this workspace's
// packages, the way `pnpm install` links `link:` dependencies; no registry is needed. Apps run as
// `node --import tsx main.ts` (one process fewer than the `tsx` command, which keeps the suite quick).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledSources } from '../../src/bundle/cached-bundle.js';

/** packages/cli. */
export const CLI_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The workspace root. */
export const WORKSPACE_ROOT = path.resolve(CLI_ROOT, '../..');
const BIN = path.join(CLI_ROOT, 'bin', 'litellm-cdk.js');
/** Where bin/litellm-cdk.js keeps the CLI's sources bundled. */
const CLI_BUNDLE = path.join(CLI_ROOT, 'node_modules', '.cache', 'litellm-cdk', 'cli');
const FIXTURES = path.join(CLI_ROOT, 'test', 'e2e', 'fixtures');

/** The app command of the fixture projects. */
export const APP_COMMAND = 'node --import tsx main.ts';

/** The fixture apps in test/e2e/fixtures. */
export type FixtureApp = 'valid-app' | 'invalid-app' | 'throwing-app' | 'silent-app';

/** What a run of the binary gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const created: string[] = [];

/** A fresh empty directory under the system's temp dir, removed by `removeTemporaryDirectories()`. */
export function temporaryDirectory(prefix = 'litellm-cdk-e2e-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A {@link temporaryDirectory} holding `files` (relative path, with folders, -> content). */
export function directoryWith(files: Readonly<Record<string, string>>, prefix?: string): string {
  const dir = temporaryDirectory(prefix);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Removes every directory this module created; call it in `afterAll`. */
export function removeTemporaryDirectories(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A project with the fixture app as `main.ts` (other fixtures are copied beside it under their own names, for
 * `--app`), a `package.json` of an ES module project, and `litellm-cdk.json` (`projectFile: null` leaves it out).
 */
export function createProject(
  options: { readonly app?: FixtureApp; readonly projectFile?: Record<string, unknown> | null } = {},
): string {
  const dir = temporaryDirectory();
  linkWorkspaceModules(dir, ['@litellm-cdk/core']);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, type: 'module' }));
  // Fixture apps are the files; folders (such as preflight/) are fixtures of other tests.
  for (const fixture of fs.readdirSync(FIXTURES)) {
    if (fs.statSync(path.join(FIXTURES, fixture)).isFile())
      fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, fixture));
  }
  fs.copyFileSync(path.join(FIXTURES, `${options.app ?? 'valid-app'}.ts`), path.join(dir, 'main.ts'));
  const projectFile = options.projectFile === undefined ? { app: APP_COMMAND } : options.projectFile;
  if (projectFile !== null) fs.writeFileSync(path.join(dir, 'litellm-cdk.json'), JSON.stringify(projectFile, null, 2));
  return dir;
}

/**
 * Makes `dir/node_modules` resolve like an installed project: each named `@litellm-cdk/*` package links to its
 * workspace folder, and `constructs`, `tsx`, `vitest`, `typescript` and `@types/node` (plus `.bin/tsx`) to the copies
 * this workspace installed.
 */
export function linkWorkspaceModules(dir: string, packages: readonly string[]): void {
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, '@litellm-cdk'), { recursive: true });
  for (const pkg of packages)
    fs.symlinkSync(path.join(WORKSPACE_ROOT, 'packages', pkg.replace('@litellm-cdk/', '')), path.join(modules, pkg));
  const installed = {
    constructs: path.join(WORKSPACE_ROOT, 'packages', 'core', 'node_modules', 'constructs'),
    tsx: path.join(CLI_ROOT, 'node_modules', 'tsx'),
    vitest: path.join(WORKSPACE_ROOT, 'node_modules', 'vitest'),
    typescript: path.join(WORKSPACE_ROOT, 'node_modules', 'typescript'),
    '@types/node': path.join(WORKSPACE_ROOT, 'node_modules', '@types', 'node'),
  };
  fs.mkdirSync(path.join(modules, '@types'));
  for (const [name, location] of Object.entries(installed))
    fs.symlinkSync(fs.realpathSync(location), path.join(modules, name));
  fs.mkdirSync(path.join(modules, '.bin'));
  fs.symlinkSync(path.join('..', 'tsx', 'dist', 'cli.mjs'), path.join(modules, '.bin', 'tsx'));
}

/**
 * Runs `node bin/litellm-cdk.js ...args` in `cwd`, with an environment free of colour settings and of the variables
 * the CLI itself sets for apps (so the developer's shell cannot change the outcome).
 */
export function runCli(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): CliRun {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['NO_COLOR', 'FORCE_COLOR', 'CLICOLOR_FORCE'].includes(key) && !key.startsWith('LITELLM_CDK_'),
    ),
  );
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The URLs of the modules a run of `litellm-cdk ...args` loads (its own, its dependencies', the app's not included). */
export function modulesLoadedBy(args: readonly string[], cwd: string): string[] {
  const log = path.join(temporaryDirectory('litellm-cdk-modules-'), 'modules.log');
  fs.writeFileSync(log, '');
  const run = runCli(args, cwd, {
    MODULE_LOG_FILE: log,
    NODE_OPTIONS: `--import ${pathToFileURL(path.join(CLI_ROOT, 'test', 'e2e', '_record-modules.mjs')).href}`,
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`litellm-cdk ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  // The binary runs the CLI bundled (see bin/litellm-cdk.js): a module of the bundle stands for the sources it holds.
  const sources = bundledSources(CLI_BUNDLE);
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((url) => sources.get(url)?.map((file) => pathToFileURL(file).href) ?? [url]);
}

/** Every file of a directory with its content, for "nothing changed" assertions. */
export function snapshotDirectory(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]),
  );
}
