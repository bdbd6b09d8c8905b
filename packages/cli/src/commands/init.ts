import * as fs from 'node:fs';
import { nonEmpty } from './_flag-values.js';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';
import { displayPath, Printer } from '../output/printer.js';
import { createDirectory } from '../output/write-paths.js';
import { CLI_VERSION } from '../version.js';
import { detectPackageManager, PACKAGE_MANAGERS, type PackageManager } from '../templates/package-managers.js';
import {
  CLI_PACKAGE,
  nextSteps,
  PNPM_SETTINGS_FILE,
  PROJECT_PACKAGES,
  projectFiles,
} from '../templates/project-files.js';

interface InitOptions {
  readonly name?: string;
  readonly link?: string;
  readonly force?: boolean;
  readonly packageManager?: string;
}

/** Where each package lives in a litellm-cdk checkout, for `--link`. */
const WORKSPACE_FOLDERS: Readonly<Record<string, string>> = {
  '@litellm-cdk/core': 'packages/core',
  '@litellm-cdk/bedrock': 'packages/bedrock',
  '@litellm-cdk/gemini': 'packages/gemini',
  '@litellm-cdk/policy': 'packages/policy',
  '@litellm-cdk/cli': 'packages/cli',
};

/**
 * What a project has before `init` when it was just made with `npm init -y` and `npm install -D @litellm-cdk/cli ...`
 * (or the pnpm or yarn equivalents): init extends it rather than refusing a directory that is not empty.
 */
const FRESH_PROJECT_ENTRIES = new Set([
  '.git',
  'package.json',
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'node_modules',
  '.npmrc',
  PNPM_SETTINGS_FILE,
  '.yarnrc.yml',
  '.yarn',
  '.pnp.cjs',
  '.pnp.loader.mjs',
]);

/** Registers `litellm-cdk init`. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('create a new app')
    .description(
      'Create a new app: package.json, litellm-cdk.json, an app file with one Bedrock and one Gemini model, a policy pack and a test. ' +
        'In a project that has only a package.json (npm init, then npm install -D @litellm-cdk/cli ...), it adds to it.',
    )
    .argument('[dir]', 'directory to create the app in', '.')
    .option('--name <name>', "package name (default: the directory's name)", nonEmpty('an npm package name'))
    .option(
      '--package-manager <name>',
      `${PACKAGE_MANAGERS.join(', ')}: whose scripts and settings to write (default: the one running init)`,
      nonEmpty('npm, pnpm or yarn'),
    )
    .option(
      '--link <checkout>',
      'depend on the packages of a litellm-cdk checkout (relative link: paths, for pnpm) instead of the registry',
      nonEmpty('the path of a litellm-cdk checkout'),
    )
    .option('--force', 'write into a directory that is not empty (files of the template are overwritten)')
    .addHelpText(
      'after',
      `
Then: npm install && npm run synth (writes litellm.out/config.yaml) and npm test, or the same with pnpm or yarn.
--link is for trying unreleased changes with pnpm: the app uses the packages of the checkout through paths relative
to the app; pnpm install still fetches the other dependencies (constructs, tsx, typescript, vitest). With npm or
yarn, install the checkout's tarballs instead (pnpm release --dry-run in the checkout writes them).

Examples:
  $ npx litellm-cdk init
  $ pnpm exec litellm-cdk init my-proxy
  $ litellm-cdk init my-proxy --package-manager pnpm --link ../litellm-cdk`,
    )
    .action((dir: string, options: InitOptions) => init(dir, options));
}

function init(dir: string, options: InitOptions): void {
  const printer = new Printer();
  const target = path.resolve(dir);
  assertWritable(target, options.force ?? false);
  const packageManager = packageManagerOf(options.packageManager, target);
  const name = options.name === undefined ? packageNameOf(target) : checkedPackageName(options.name);
  if (options.link && packageManager !== 'pnpm') {
    throw new CliError(
      'usage',
      `--link writes link: dependencies, which only pnpm installs; this app is for ${packageManager}.`,
      {
        hint: 'Pass --package-manager pnpm, or install the tarballs of the checkout (pnpm release --dry-run there writes them).',
      },
    );
  }
  const packageSpecs = options.link ? linkSpecs(path.resolve(options.link), target) : registrySpecs();
  const existingPackageJson = readPackageJson(target);
  const files = projectFiles({
    name,
    packageSpecs,
    packageManager,
    ...(existingPackageJson ? { existingPackageJson } : {}),
  });

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
    ...kept.map((file) =>
      c.yellow(
        `  ${file.path} exists and was kept: it should allow esbuild's install script (allowBuilds: {esbuild: true})`,
      ),
    ),
    '',
    'Next steps:',
    ...[...cd, ...nextSteps(packageManager)].map((step) => `  ${c.cyan(step)}`),
  );
}

/** `--package-manager` when given (checked), else the one running init, else the one whose lockfile is there. */
function packageManagerOf(given: string | undefined, target: string): PackageManager {
  if (given === undefined) {
    const lockfiles = fs.existsSync(target) ? fs.readdirSync(target) : [];
    return detectPackageManager(process.env.npm_config_user_agent, lockfiles);
  }
  if ((PACKAGE_MANAGERS as readonly string[]).includes(given)) return given as PackageManager;
  throw new CliError('usage', `--package-manager ${JSON.stringify(given)} is not one init knows.`, {
    hint: `Pass one of ${PACKAGE_MANAGERS.join(', ')}.`,
  });
}

/** The project's package.json, when it has one to extend. */
function readPackageJson(target: string): Record<string, unknown> | undefined {
  const file = path.join(target, 'package.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new CliError(
    'usage',
    `${displayPath(file)} is not a JSON object, so init cannot add the app's scripts and dependencies to it.`,
    {
      hint: 'Fix the file (npm init -y writes a valid one), or run init in an empty directory.',
    },
  );
}

function assertWritable(target: string, force: boolean): void {
  if (!fs.existsSync(target)) return;
  const where = displayPath(target);
  if (!fs.statSync(target).isDirectory()) throw new CliError('usage', `${where} exists and is not a directory.`);
  const entries = fs.readdirSync(target).filter((entry) => !FRESH_PROJECT_ENTRIES.has(entry));
  if (entries.length > 0 && !force) {
    throw new CliError(
      'usage',
      `${where} is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', ...' : ''}).`,
      {
        hint: 'Choose a new directory, or pass --force to write the template files into this one.',
      },
    );
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

/**
 * `link:` specs to the packages of a checkout, relative to the new project (so that the project works wherever the
 * two sit side by side), after checking that each package is there under its name.
 */
function linkSpecs(checkout: string, target: string): Record<string, string> {
  return Object.fromEntries(
    [...PROJECT_PACKAGES, CLI_PACKAGE].map((pkg) => {
      const folder = path.join(checkout, WORKSPACE_FOLDERS[pkg]);
      const manifest = path.join(folder, 'package.json');
      const found = fs.existsSync(manifest)
        ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name
        : undefined;
      if (found !== pkg) {
        throw new CliError('usage', `--link ${checkout}: ${WORKSPACE_FOLDERS[pkg]} is not ${pkg}.`, {
          hint: 'Pass the root directory of a litellm-cdk checkout (the one holding pnpm-workspace.yaml).',
        });
      }
      return [pkg, `link:${path.relative(target, folder).split(path.sep).join('/')}`];
    }),
  );
}
