import * as fs from 'node:fs';
import { nonEmpty } from './_flag-values.js';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { displayPath, Printer } from '../output/printer.js';
import { createDirectory } from '../output/write-paths.js';
import { CLI_VERSION } from '../version.js';
import { CLI_PACKAGE, PNPM_SETTINGS_FILE, PROJECT_PACKAGES, projectFiles, UNPUBLISHED_NOTE } from '../templates/project-files.js';

interface InitOptions {
  readonly name?: string;
  readonly link?: string;
  readonly force?: boolean;
}

/** Where each package lives in a litellm-cdk checkout, for `--link`. */
const WORKSPACE_FOLDERS: Readonly<Record<string, string>> = {
  '@litellm-cdk/core': 'packages/core',
  '@litellm-cdk/bedrock': 'packages/bedrock',
  '@litellm-cdk/gemini': 'packages/gemini',
  '@litellm-cdk/cli': 'packages/cli',
};

/** Registers `litellm-cdk init`. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('create a new app')
    .description('Create a new app: package.json, litellm-cdk.json, an app file with one Bedrock and one Gemini model, and a test.')
    .argument('[dir]', 'directory to create the app in', '.')
    .option('--name <name>', 'package name (default: the directory\'s name)', nonEmpty('an npm package name'))
    .option('--link <checkout>', 'depend on the packages of a litellm-cdk checkout (link: paths) instead of the registry', nonEmpty('the path of a litellm-cdk checkout'))
    .option('--force', 'write into a directory that is not empty (files of the template are overwritten)')
    .addHelpText(
      'after',
      `
Then: pnpm install && pnpm synth (writes litellm.out/config.yaml) and pnpm test.
--link is for trying unreleased changes: the app uses the packages of the checkout; pnpm install still fetches
the other dependencies (constructs, tsx, typescript, vitest).

Examples:
  $ litellm-cdk init my-proxy
  $ litellm-cdk init my-proxy --link ~/src/litellm-cdk`,
    )
    .action((dir: string, options: InitOptions) => init(dir, options));
}

function init(dir: string, options: InitOptions): void {
  const printer = new Printer();
  const target = path.resolve(dir);
  assertWritable(target, options.force ?? false);
  const name = options.name === undefined ? packageNameOf(target) : checkedPackageName(options.name);
  const packageSpecs = options.link ? linkSpecs(path.resolve(options.link)) : registrySpecs();
  const files = projectFiles({ name, packageSpecs, linked: options.link !== undefined });

  createDirectory(target, 'init <dir>');
  // Under --force, an existing pnpm-workspace.yaml may list a whole workspace: it is kept, not replaced.
  const kept = files.filter((file) => file.path === PNPM_SETTINGS_FILE && fs.existsSync(path.join(target, file.path)));
  const written = files.filter((file) => !kept.includes(file));
  for (const file of written) fs.writeFileSync(path.join(target, file.path), file.content);

  const c = printer.colors;
  const where = printer.displayPath(target);
  const cd = target === process.cwd() ? [] : [`cd ${where}`];
  printer.out(
    c.green(`✔ Created the litellm-cdk app ${c.bold(name)} in ${where}`),
    '',
    ...written.map((file) => `  ${file.path}`),
    ...kept.map((file) => c.yellow(`  ${file.path} exists and was kept: it should allow esbuild's install script (allowBuilds: {esbuild: true})`)),
    '',
    'Next steps:',
    ...[...cd, 'pnpm install && pnpm synth   # writes litellm.out/config.yaml', 'pnpm test                    # runs gateway.test.ts'].map(
      (step) => `  ${c.cyan(step)}`,
    ),
    ...(options.link ? [] : ['', c.yellow(`Note: ${UNPUBLISHED_NOTE}`)]),
  );
}

function assertWritable(target: string, force: boolean): void {
  if (!fs.existsSync(target)) return;
  const where = displayPath(target);
  if (!fs.statSync(target).isDirectory()) throw new CliError('usage', `${where} exists and is not a directory.`);
  const entries = fs.readdirSync(target).filter((entry) => entry !== '.git');
  if (entries.length > 0 && !force) {
    throw new CliError('usage', `${where} is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', ...' : ''}).`, {
      hint: 'Choose a new directory, or pass --force to write the template files into this one.',
    });
  }
}

/** An npm package name: lower case, URL-safe characters, optionally scoped, at most 214 characters. */
const NPM_PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** `--name` as given, when npm accepts it; otherwise a `CliError` suggesting the name it would become. */
function checkedPackageName(name: string): string {
  if (NPM_PACKAGE_NAME.test(name) && name.length <= 214) return name;
  const suggestion = normalisedPackageName(name);
  throw new CliError('usage', `--name ${JSON.stringify(name)} is not a valid npm package name.`, {
    hint: `Package names are lower case, without spaces, made of letters, digits, -, . and _ (optionally @scope/name); try --name ${suggestion}.`,
  });
}

/** A valid npm package name from the directory's name. */
function packageNameOf(target: string): string {
  return normalisedPackageName(path.basename(target));
}

function normalisedPackageName(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '');
  return name || 'litellm-proxy';
}

function registrySpecs(): Record<string, string> {
  return Object.fromEntries([...PROJECT_PACKAGES, CLI_PACKAGE].map((pkg) => [pkg, `^${CLI_VERSION}`]));
}

/** `link:` specs to the packages of a checkout, after checking that each is there under its name. */
function linkSpecs(checkout: string): Record<string, string> {
  return Object.fromEntries(
    [...PROJECT_PACKAGES, CLI_PACKAGE].map((pkg) => {
      const folder = path.join(checkout, WORKSPACE_FOLDERS[pkg]);
      const manifest = path.join(folder, 'package.json');
      const found = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name : undefined;
      if (found !== pkg) {
        throw new CliError('usage', `--link ${checkout}: ${WORKSPACE_FOLDERS[pkg]} is not ${pkg}.`, {
          hint: 'Pass the root directory of a litellm-cdk checkout (the one holding pnpm-workspace.yaml).',
        });
      }
      return [pkg, `link:${folder}`];
    }),
  );
}
