import { GATEWAY_TEST_TS, GATEWAY_TS, MAIN_TS, PACK_TS } from './app-sources.js';
import { type PackageManager, packageManagerCommands } from './package-managers.js';

/** The packages of this project a new app depends on. */
export const PROJECT_PACKAGES = [
  '@litellm-cdk/core',
  '@litellm-cdk/bedrock',
  '@litellm-cdk/gemini',
  '@litellm-cdk/policy',
] as const;
/** The CLI, a dev dependency of a new app. */
export const CLI_PACKAGE = '@litellm-cdk/cli';
/** The range of `constructs` every package of this project declares as its peer dependency. */
export const CONSTRUCTS_RANGE = '^10.4.2';

/** The file of pnpm's settings, which `init --force` keeps when it exists. */
export const PNPM_SETTINGS_FILE = 'pnpm-workspace.yaml';
/** The file of yarn's (berry) settings. */
export const YARN_SETTINGS_FILE = '.yarnrc.yml';

/** What `projectFiles()` needs to know. */
export interface ProjectTemplateOptions {
  /** The package name. */
  readonly name: string;
  /** The version range, or `link:` path, of each `@litellm-cdk/*` package, by name. */
  readonly packageSpecs: Readonly<Record<string, string>>;
  /** Whose commands the README and scripts use, and whose settings file is written. */
  readonly packageManager: PackageManager;
  /** The project's package.json when there is one already (`npm init -y`, then `npm install -D ...`): it is extended. */
  readonly existingPackageJson?: Readonly<Record<string, unknown>>;
}

/** One file of a new project, by path relative to its directory. */
export interface TemplateFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Every file of a new project: package.json (scripts synth, diff, validate, test, typecheck), litellm-cdk.json, the
 * app file, its construct, a policy pack of the project's own rules, a test, tsconfig.json, .gitignore, a README and
 * the package manager's settings where it needs some (pnpm must be allowed to build esbuild; yarn berry must write
 * node_modules, which tsx resolves through).
 */
export function projectFiles(options: ProjectTemplateOptions): TemplateFile[] {
  const settings: TemplateFile[] =
    options.packageManager === 'pnpm'
      ? [{ path: PNPM_SETTINGS_FILE, content: PNPM_SETTINGS }]
      : options.packageManager === 'yarn'
        ? [{ path: YARN_SETTINGS_FILE, content: YARN_SETTINGS }]
        : [];
  return [
    { path: 'package.json', content: json(packageJson(options)) },
    { path: 'litellm-cdk.json', content: json({ app: 'tsx main.ts', output: 'litellm.out', context: {} }) },
    { path: 'main.ts', content: MAIN_TS },
    { path: 'gateway.ts', content: GATEWAY_TS },
    { path: 'pack.ts', content: PACK_TS },
    { path: 'gateway.test.ts', content: GATEWAY_TEST_TS },
    { path: 'tsconfig.json', content: json(TSCONFIG) },
    ...settings,
    { path: '.gitignore', content: 'node_modules/\nlitellm.out/\n' },
    { path: 'README.md', content: readme(options.name, options.packageManager) },
  ];
}

/** npm's placeholder test script (`npm init -y`), which the app's test replaces. */
const NPM_PLACEHOLDER_TEST = /^echo "Error: no test specified" && exit 1$/;

function packageJson({
  name,
  packageSpecs,
  existingPackageJson = {},
}: ProjectTemplateOptions): Record<string, unknown> {
  const spec = (pkg: string) => {
    const value = packageSpecs[pkg];
    if (!value) throw new Error(`No version given for ${pkg}.`);
    return value;
  };
  const existing = existingPackageJson as {
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const installed = { ...existing.dependencies, ...existing.devDependencies };
  // A package the project has installed already keeps its section and spec (npm install -D put it there).
  const missing = (entries: [string, string][]) =>
    Object.fromEntries(entries.filter(([pkg]) => installed[pkg] === undefined));
  const scripts = {
    synth: 'litellm-cdk synth',
    diff: 'litellm-cdk diff',
    validate: 'litellm-cdk validate litellm.out/config.yaml --policy ./pack.ts',
    test: 'vitest run',
    typecheck: 'tsc --noEmit',
  };
  const keptScripts = Object.fromEntries(
    Object.entries(existing.scripts ?? {}).filter(
      ([script, command]) => !(script === 'test' && NPM_PLACEHOLDER_TEST.test(command)),
    ),
  );
  return {
    ...existingPackageJson,
    name: typeof existingPackageJson.name === 'string' ? existingPackageJson.name : name,
    version: typeof existingPackageJson.version === 'string' ? existingPackageJson.version : '0.0.0',
    private: true,
    type: 'module',
    scripts: { ...scripts, ...keptScripts },
    dependencies: {
      ...existing.dependencies,
      ...missing([
        ...PROJECT_PACKAGES.map((pkg): [string, string] => [pkg, spec(pkg)]),
        ['constructs', CONSTRUCTS_RANGE],
      ]),
    },
    devDependencies: {
      ...existing.devDependencies,
      ...missing([
        [CLI_PACKAGE, spec(CLI_PACKAGE)],
        ['@types/node', '^20.19.0'],
        ['tsx', '^4.20.0'],
        ['typescript', '~5.9.3'],
        ['vitest', '^4.0.0'],
      ]),
    },
  };
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    verbatimModuleSyntax: true,
    noEmit: true,
  },
  include: ['*.ts'],
};

// tsx and vitest depend on esbuild, whose install script pnpm runs only when allowed; without this, `pnpm install`
// (pnpm 12) stops with ERR_PNPM_IGNORED_BUILDS. A new app allows it, as this repository's workspace does.
const PNPM_SETTINGS = `# pnpm's settings for this app (it is a workspace of one package).
allowBuilds:
  esbuild: true
`;

// Yarn berry's default (Plug'n'Play) has no node_modules; the CLI and tsx resolve packages through node_modules.
const YARN_SETTINGS = `nodeLinker: node-modules
`;

/** The two commands that install the app and synthesize it, and run its test, aligned for a terminal. */
export function nextSteps(packageManager: PackageManager): string[] {
  const run = packageManagerCommands(packageManager);
  const steps = [
    [`${run.install} && ${run.script('synth')}`, '# writes litellm.out/config.yaml'],
    [run.script('test'), '# runs gateway.test.ts'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length)) + 2;
  return steps.map(([command, comment]) => `${command.padEnd(width)}${comment}`);
}

function readme(name: string, packageManager: PackageManager): string {
  const run = packageManagerCommands(packageManager);
  return `# ${name}

A LiteLLM proxy config written as a litellm-cdk app (the \`@litellm-cdk/*\` packages on npm).

\`\`\`sh
${nextSteps(packageManager).join('\n')}
\`\`\`

- \`gateway.ts\` describes the proxy: models, fallbacks, router settings.
- \`pack.ts\` is this project's policy pack, rules every synth checks; \`main.ts\` applies it with the built-in
  best-practices pack. \`${run.script('validate')}\` checks the synthesized config (or any LiteLLM config) with it.
- \`main.ts\` is the app file \`litellm-cdk.json\` runs.
- \`${run.script('synth')}\` writes \`litellm.out/config.yaml\` and \`config.env.example\`, which lists the environment
  variables the proxy needs; start the proxy with \`litellm --config litellm.out/config.yaml\`.
- \`${run.script('diff')}\` shows what a change would do to the current output.
`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
