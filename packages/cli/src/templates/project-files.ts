import { GATEWAY_TEST_TS, GATEWAY_TS, MAIN_TS } from './app-sources.js';

/** The packages of this project a new app depends on. */
export const PROJECT_PACKAGES = ['@litellm-cdk/core', '@litellm-cdk/bedrock', '@litellm-cdk/gemini'] as const;
/** The CLI, a dev dependency of a new app. */
export const CLI_PACKAGE = '@litellm-cdk/cli';

/** The file of pnpm's settings, which `init --force` keeps when it exists. */
export const PNPM_SETTINGS_FILE = 'pnpm-workspace.yaml';

/** What `projectFiles()` needs to know. */
export interface ProjectTemplateOptions {
  /** The package name. */
  readonly name: string;
  /** The version range, or `link:` path, of each `@litellm-cdk/*` package, by name. */
  readonly packageSpecs: Readonly<Record<string, string>>;
  /**
   * Whether the specs are `link:` paths to a checkout; without them the README says what `pnpm install` needs.
   * @default false
   */
  readonly linked?: boolean;
}

/** One file of a new project, by path relative to its directory. */
export interface TemplateFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Every file of a new project: package.json (scripts synth, diff, test, typecheck), litellm-cdk.json, the app file
 * and its construct, a test, tsconfig.json, pnpm-workspace.yaml (pnpm's settings), .gitignore and a README.
 */
export function projectFiles(options: ProjectTemplateOptions): TemplateFile[] {
  return [
    { path: 'package.json', content: json(packageJson(options)) },
    { path: 'litellm-cdk.json', content: json({ app: 'tsx main.ts', output: 'litellm.out', context: {} }) },
    { path: 'main.ts', content: MAIN_TS },
    { path: 'gateway.ts', content: GATEWAY_TS },
    { path: 'gateway.test.ts', content: GATEWAY_TEST_TS },
    { path: 'tsconfig.json', content: json(TSCONFIG) },
    { path: PNPM_SETTINGS_FILE, content: PNPM_SETTINGS },
    { path: '.gitignore', content: 'node_modules/\nlitellm.out/\n' },
    { path: 'README.md', content: readme(options.name, options.linked ?? false) },
  ];
}

function packageJson({ name, packageSpecs }: ProjectTemplateOptions): Record<string, unknown> {
  const spec = (pkg: string) => {
    const value = packageSpecs[pkg];
    if (!value) throw new Error(`No version given for ${pkg}.`);
    return value;
  };
  return {
    name,
    version: '0.0.0',
    private: true,
    type: 'module',
    scripts: {
      synth: 'litellm-cdk synth',
      diff: 'litellm-cdk diff',
      test: 'vitest run',
      typecheck: 'tsc --noEmit',
    },
    dependencies: {
      ...Object.fromEntries(PROJECT_PACKAGES.map((pkg) => [pkg, spec(pkg)])),
      constructs: '^10.4.2',
    },
    devDependencies: {
      [CLI_PACKAGE]: spec(CLI_PACKAGE),
      '@types/node': '^20.19.0',
      tsx: '^4.20.0',
      typescript: '~5.9.3',
      vitest: '^4.0.0',
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
    skipLibCheck: true,
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

/** What `pnpm install` needs while the `@litellm-cdk` packages are not on the registry (`init` prints it too). */
export const UNPUBLISHED_NOTE =
  'The @litellm-cdk packages are not published yet: pnpm install needs them on the registry, or an app created ' +
  'with litellm-cdk init --link <checkout> (which depends on the packages of a litellm-cdk checkout).';

function readme(name: string, linked: boolean): string {
  const note = linked ? '' : `\n> ${UNPUBLISHED_NOTE}\n`;
  return `# ${name}

A LiteLLM proxy config written as a [litellm-cdk](https://www.npmjs.com/package/@litellm-cdk/core) app.

\`\`\`sh
pnpm install && pnpm synth   # writes litellm.out/config.yaml
pnpm test                    # runs gateway.test.ts
\`\`\`
${note}
- \`gateway.ts\` describes the proxy: models, fallbacks, router settings.
- \`main.ts\` is the app file \`litellm-cdk.json\` runs.
- \`pnpm synth\` writes \`litellm.out/config.yaml\` and \`config.env.example\`, which lists the environment variables
  the proxy needs; start the proxy with \`litellm --config litellm.out/config.yaml\`.
- \`pnpm diff\` shows what a change would do to the current output.
`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
