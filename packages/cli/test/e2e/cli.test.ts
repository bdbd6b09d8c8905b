import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../_import-workspace.js';
import { CLI_VERSION } from '../../src/version.js';
import {
  CLI_ROOT,
  modulesLoadedBy,
  removeTemporaryDirectories,
  runCli,
  temporaryDirectory,
  WORKSPACE_ROOT,
} from './_harness.js';

const ANSI = /\u001b\[\d+m/;

describe('litellm-cdk', { timeout: 30_000 }, () => {
  afterAll(removeTemporaryDirectories);

  it('prints help listing every command and the exit codes, exiting 0', () => {
    const run = runCli(['--help'], CLI_ROOT);
    expect(run.status).toBe(0);
    for (const command of ['synth', 'diff', 'validate', 'import', 'init', 'schema', 'tree']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(run.stdout).toContain('Exit codes: 0 success; 1 problems found');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('lists each command with a one-line summary: a lower-case verb first, no trailing period', () => {
    const run = runCli(['--help'], CLI_ROOT);
    const commands = run.stdout
      .slice(run.stdout.indexOf('Commands:\n') + 'Commands:\n'.length)
      .split('\n\n')[0]
      .split('\n');
    expect(commands.map((line) => line.trim().split(/ {2,}/))).toEqual([
      ['synth [options]', 'run the app and write its config files'],
      ['diff [options]', 'compare a fresh synth with the current output'],
      ['validate [options] <config>', 'check a config.yaml and the files it includes'],
      ['import [options] <config>', 'write a TypeScript app from a config.yaml'],
      ['init [options] [dir]', 'create a new app'],
      ['schema [options]', 'print the JSON Schema of config.yaml'],
      ['tree [options]', 'print the construct tree'],
      ['help [command]', 'print help for a command'],
    ]);
  });

  it("keeps each command's long description for its own help", () => {
    expect(runCli(['validate', '--help'], CLI_ROOT).stdout).toContain(
      'Check a LiteLLM config.yaml (and the files it includes)',
    );
    expect(runCli(['import', '--help'], CLI_ROOT).stdout).toContain(
      'Write a TypeScript app that synthesizes the given LiteLLM config.yaml',
    );
  });

  it('loads core, zod and the policy pack only in the command that uses them, not for help', () => {
    const heavy = (urls: readonly string[]) =>
      urls.filter((url) => /\/packages\/(core|policy)\/|\/node_modules\/(\.pnpm\/)?zod/.test(url));
    for (const args of [['--help'], ['validate', '--help'], ['import', '--help'], ['synth', '--help']]) {
      expect({ args, loaded: heavy(modulesLoadedBy(args, CLI_ROOT)) }).toEqual({ args, loaded: [] });
    }
    // The log does see them when a command needs them.
    const config = path.join(FIXTURES, 'simple.yaml');
    expect(heavy(modulesLoadedBy(['validate', config, '--policy'], CLI_ROOT))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/packages/core/src/'),
        expect.stringContaining('/packages/policy/src/'),
      ]),
    );
  });

  it("prints a command's help with its flags", () => {
    const run = runCli(['help', 'synth'], CLI_ROOT);
    expect(run.status).toBe(0);
    for (const flag of [
      '--output <dir>',
      '--strict',
      '--quiet',
      '--json',
      '--app <command>',
      '--context <key=value>',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('runs at the root of the workspace, where pnpm exec litellm-cdk finds it in node_modules/.bin', () => {
    const bin = path.join(WORKSPACE_ROOT, 'node_modules', '.bin', 'litellm-cdk');
    const run = spawnSync(bin, ['--version'], { cwd: WORKSPACE_ROOT, encoding: 'utf8', timeout: 30_000 });
    expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({ status: 0, stdout: CLI_VERSION });
    expect(JSON.parse(fs.readFileSync(path.join(WORKSPACE_ROOT, 'package.json'), 'utf8')).scripts['litellm-cdk']).toBe(
      'litellm-cdk',
    );
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(CLI_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version'], CLI_ROOT);
    expect([run.status, run.stdout.trim()]).toEqual([0, version]);
  });

  it('exits 2 on an unknown flag, an unknown command (suggesting the right one) and no command at all', () => {
    const flag = runCli(['synth', '--stirct'], CLI_ROOT);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("error: unknown option '--stirct'");
    expect(flag.stderr).toContain('(Did you mean --strict?)');

    const command = runCli(['synht'], CLI_ROOT);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('(Did you mean synth?)');

    const none = runCli([], CLI_ROOT);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: litellm-cdk [options] [command]');
  });

  it('prints one JSON error document on stdout for bad flags and usage errors under --json or --format json', () => {
    for (const [args, command, message] of [
      [['synth', '--json', '--stirct'], 'synth', "unknown option '--stirct'"],
      [['diff', '--json', '--bogus'], 'diff', "unknown option '--bogus'"],
      [['validate', 'nope.yaml', '--format', 'json'], 'validate', "Config file 'nope.yaml' does not exist."],
    ] as const) {
      const run = runCli(args, os.tmpdir());
      expect(run.status, args.join(' ')).toBe(2);
      expect(JSON.parse(run.stdout)).toMatchObject({
        version: 1,
        command,
        conclusion: 'error',
        error: { kind: 'usage', message: expect.stringContaining(message), hint: expect.any(String) },
      });
    }
  });

  it('exits 2 without litellm-cdk.json, saying where it looked and what to do', () => {
    const dir = temporaryDirectory();
    const run = runCli(['synth'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Error: No litellm-cdk.json in ${dir}.`);
    expect(run.stderr).toContain('litellm-cdk init');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['synth', '--output', ''], "option '-o, --output <dir>' argument '' is invalid. The value is empty"],
    [['synth', '--app', ''], "option '-a, --app <command>' argument '' is invalid"],
    [['diff', '--against', ''], "option '--against <path>' argument '' is invalid"],
    [['diff', '--config', ''], "option '--config <name>' argument '' is invalid"],
    [['tree', '--context', ''], "option '-c, --context <key=value>' argument '' is invalid"],
    [['validate', ''], "value '' is invalid for argument 'config'"],
    [['validate', 'c.yaml', '--ignore', ''], "option '--ignore <rule[=path]>' argument '' is invalid"],
    [['import', 'c.yaml', '-o', ''], "option '-o, --output <file>' argument '' is invalid"],
    [['schema', '-o', ''], "option '-o, --output <file>' argument '' is invalid"],
    [['init', '--name', ''], "option '--name <name>' argument '' is invalid"],
  ])('blames an empty value on its flag: litellm-cdk %j', (args, message) => {
    // litellm-cdk.json here is broken on purpose: the flag's error must come first.
    const dir = temporaryDirectory();
    fs.writeFileSync(path.join(dir, 'litellm-cdk.json'), '{ "app": ');
    const run = runCli(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('litellm-cdk.json');
  });

  it('exits 2 on a litellm-cdk.json that is not JSON or lacks "app"', () => {
    const dir = temporaryDirectory();
    fs.writeFileSync(path.join(dir, 'litellm-cdk.json'), '{ "app": ');
    expect(runCli(['tree'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('litellm-cdk.json:1:10: not valid JSON'),
    });
    fs.writeFileSync(path.join(dir, 'litellm-cdk.json'), '{ "output": "out" }');
    expect(runCli(['diff'], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('"app" must be the command that runs your app file'),
    });
  });

  it('colours output only when asked: FORCE_COLOR on a pipe, never with NO_COLOR or --no-color', () => {
    const dir = temporaryDirectory();
    expect(runCli(['synth'], dir, { FORCE_COLOR: '1' }).stderr).toMatch(ANSI);
    expect(runCli(['synth'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stderr).not.toMatch(ANSI);
    expect(runCli(['synth', '--no-color'], dir, { FORCE_COLOR: '1' }).stderr).not.toMatch(ANSI);
  });
});
