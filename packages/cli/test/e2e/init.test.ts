// `init` is tested the way a user meets it, without a registry: scaffold with `--link <this workspace>` (the
// package.json then depends on `link:` paths), resolve node_modules as `pnpm install` would link them
// (`linkWorkspaceModules`), then run `litellm-cdk synth` and the scaffold's own test in the new project.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  linkWorkspaceModules,
  removeTemporaryDirectories,
  runCli,
  temporaryDirectory,
  WORKSPACE_ROOT,
  type CliRun,
} from './_harness.js';

const PACKAGES = [
  '@litellm-cdk/core',
  '@litellm-cdk/bedrock',
  '@litellm-cdk/gemini',
  '@litellm-cdk/policy',
  '@litellm-cdk/cli',
];

describe('litellm-cdk init', { timeout: 60_000 }, () => {
  let parent: string;
  let app: string;
  let init: CliRun;

  beforeAll(() => {
    parent = temporaryDirectory();
    app = path.join(parent, 'My Proxy');
    init = runCli(['init', 'My Proxy', '--link', WORKSPACE_ROOT, '--package-manager', 'pnpm'], parent);
  });
  afterAll(removeTemporaryDirectories);

  it('scaffolds package.json, litellm-cdk.json, an app file, its construct, a policy pack, a test and tsconfig.json', () => {
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('✔ Created the litellm-cdk app my-proxy in My Proxy');
    expect(init.stdout).toContain('pnpm install');
    expect(fs.readdirSync(app).sort()).toEqual([
      '.gitignore',
      'README.md',
      'gateway.test.ts',
      'gateway.ts',
      'litellm-cdk.json',
      'main.ts',
      'pack.ts',
      'package.json',
      'pnpm-workspace.yaml',
      'tsconfig.json',
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(app, 'litellm-cdk.json'), 'utf8'))).toEqual({
      app: 'tsx main.ts',
      output: 'litellm.out',
      context: {},
    });
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(pkg.scripts).toMatchObject({ synth: 'litellm-cdk synth', test: 'vitest run' });
    // Relative to the app, so that it works on any machine where the two sit side by side.
    const relative = (folder: string) => `link:${path.relative(app, path.join(WORKSPACE_ROOT, 'packages', folder))}`;
    expect(pkg.dependencies['@litellm-cdk/bedrock']).toBe(relative('bedrock'));
    expect(pkg.devDependencies['@litellm-cdk/cli']).toBe(relative('cli'));
    expect(pkg.dependencies['@litellm-cdk/bedrock']).toMatch(/^link:\.\.\//);
  });

  it('says in its README and its next steps the two commands that work', () => {
    const readme = fs.readFileSync(path.join(app, 'README.md'), 'utf8');
    expect(readme).toMatch(/^pnpm install && pnpm synth +# writes litellm\.out\/config\.yaml$/m);
    expect(readme).toMatch(/^pnpm test +# runs gateway\.test\.ts$/m);
    expect(init.stdout).toMatch(/^ {2}pnpm install && pnpm synth +# writes litellm\.out\/config\.yaml$/m);
    expect(init.stdout).toMatch(/^ {2}pnpm test +# runs gateway\.test\.ts$/m);
  });

  it("allows esbuild's install script, without which pnpm install fails (tsx and vitest need esbuild)", () => {
    expect(fs.readFileSync(path.join(app, 'pnpm-workspace.yaml'), 'utf8')).toMatch(
      /^allowBuilds:\n {2}esbuild: true$/m,
    );
  });

  it('makes an app whose synth writes one Bedrock and one Gemini model', () => {
    linkWorkspaceModules(app, PACKAGES);
    const run = runCli(['synth'], app);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /litellm\.out\/config\.yaml +2 +2 +bedrock, gemini +AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, GEMINI_API_KEY/,
    );
    const config = fs.readFileSync(path.join(app, 'litellm.out', 'config.yaml'), 'utf8');
    expect(config).toContain('model: bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0');
    expect(config).toContain('model: gemini/gemini-2.5-flash');
  });

  it('makes an app whose own test passes and which typechecks', { timeout: 180_000 }, () => {
    // A clean environment: the outer vitest's own variables would steer the inner one.
    const inherited = Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && !['NODE_OPTIONS', 'FORCE_COLOR'].includes(key),
    );
    const env = { ...Object.fromEntries(inherited), NO_COLOR: '1' };
    const run = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, [path.join(app, 'node_modules', script), ...args], {
        cwd: app,
        env,
        encoding: 'utf8',
      });
    const test = run('vitest/vitest.mjs', 'run');
    expect(test.stdout + test.stderr).toMatch(/Tests +5 passed/);
    expect(test.status).toBe(0);
    const typecheck = run('typescript/bin/tsc', '--noEmit', '-p', '.');
    expect(typecheck.stdout).toBe('');
    expect(typecheck.status).toBe(0);
  });

  it('depends on the published versions without --link', () => {
    const run = runCli(['init', 'plain', '--name', 'gateway', '--package-manager', 'pnpm'], parent);
    expect(run.status).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(parent, 'plain', 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(pkg.name).toBe('gateway');
    for (const name of PACKAGES) expect({ ...pkg.dependencies, ...pkg.devDependencies }[name]).toBe('^0.1.0');
  });

  it('keeps an existing pnpm-workspace.yaml under --force, saying so, and writes the other files', () => {
    const dir = path.join(parent, 'existing');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
    const run = runCli(['init', 'existing', '--force', '--package-manager', 'pnpm'], parent);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'pnpm-workspace.yaml'), 'utf8')).toBe('packages:\n  - apps/*\n');
    expect(run.stdout).toContain('pnpm-workspace.yaml exists and was kept');
    expect(fs.existsSync(path.join(dir, 'gateway.ts'))).toBe(true);
  });

  it('writes the commands and settings of the package manager that runs it, or the one asked for', () => {
    const npm = runCli(['init', 'with-npm'], parent, {
      npm_config_user_agent: 'npm/10.8.2 node/v20.19.0 linux x64 workspaces/false',
    });
    expect(npm.stdout).toMatch(/^ {2}npm install && npm run synth +# writes litellm\.out\/config\.yaml$/m);
    expect(fs.readFileSync(path.join(parent, 'with-npm', 'README.md'), 'utf8')).toMatch(
      /^npm test +# runs gateway\.test\.ts$/m,
    );
    expect(fs.existsSync(path.join(parent, 'with-npm', 'pnpm-workspace.yaml'))).toBe(false);

    const yarn = runCli(['init', 'with-yarn'], parent, {
      npm_config_user_agent: 'yarn/4.9.1 npm/? node/v20.19.0 linux x64',
    });
    expect(yarn.stdout).toMatch(/^ {2}yarn install && yarn synth +# writes/m);
    expect(fs.readFileSync(path.join(parent, 'with-yarn', '.yarnrc.yml'), 'utf8')).toBe('nodeLinker: node-modules\n');

    const asked = runCli(['init', 'asked', '--package-manager', 'pnpm'], parent, {
      npm_config_user_agent: 'npm/10.8.2',
    });
    expect(asked.stdout).toMatch(/^ {2}pnpm install && pnpm synth/m);
    const wrong = runCli(['init', 'wrong', '--package-manager', 'bun'], parent);
    expect([wrong.status, wrong.stderr]).toEqual([2, expect.stringContaining('Pass one of npm, pnpm, yarn.')]);
  });

  it('extends a project made with npm init -y and npm install -D, keeping what it has', () => {
    const dir = path.join(parent, 'npm-project');
    fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    const before = {
      name: 'npm-project',
      version: '1.0.0',
      scripts: { test: 'echo "Error: no test specified" && exit 1', lint: 'eslint .' },
      devDependencies: { '@litellm-cdk/cli': 'file:../cli.tgz', '@litellm-cdk/core': '^0.1.0' },
    };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(before));
    fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}');

    const run = runCli(['init'], dir, { npm_config_user_agent: 'npm/10.8.2' });
    expect(run.status, run.stderr).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(pkg.scripts).toMatchObject({ test: 'vitest run', lint: 'eslint .', synth: 'litellm-cdk synth' });
    expect(pkg.devDependencies).toMatchObject({
      '@litellm-cdk/cli': 'file:../cli.tgz',
      '@litellm-cdk/core': '^0.1.0',
      tsx: '^4.20.0',
    });
    expect(pkg.dependencies).not.toHaveProperty('@litellm-cdk/core');
    expect(pkg.dependencies['@litellm-cdk/policy']).toBe('^0.1.0');
    expect(fs.existsSync(path.join(dir, 'pack.ts'))).toBe(true);
  });

  it('refuses --link for npm and yarn, which do not install link: dependencies', () => {
    const run = runCli(['init', 'linked-npm', '--link', WORKSPACE_ROOT, '--package-manager', 'npm'], parent);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('only pnpm installs');
  });

  it('exits 2 for an invalid --name, suggesting a valid one, and for a directory under a file', () => {
    const badName = runCli(['init', 'bad-name', '--name', 'Bad Name!'], parent);
    expect(badName.status).toBe(2);
    expect(badName.stderr).toContain('--name "Bad Name!" is not a valid npm package name.');
    expect(badName.stderr).toContain('try --name bad-name');
    expect(fs.existsSync(path.join(parent, 'bad-name'))).toBe(false);

    fs.writeFileSync(path.join(parent, 'afile'), '');
    const underFile = runCli(['init', 'afile/sub'], parent);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toContain('Cannot create afile/sub: afile is a file, not a directory.');
    expect(underFile.stderr).not.toContain('Internal error');
  });

  it('exits 2 for a directory that is not empty, and for --link to a folder that is not a checkout', () => {
    const refused = runCli(['init', 'plain'], parent);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not empty');
    expect(refused.stderr).toContain('--force');

    const badLink = runCli(['init', 'other', '--link', parent, '--package-manager', 'pnpm'], parent);
    expect(badLink.status).toBe(2);
    expect(badLink.stderr).toContain('packages/core is not @litellm-cdk/core');
    expect(fs.existsSync(path.join(parent, 'other'))).toBe(false);
  });
});
