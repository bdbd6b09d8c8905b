import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runValidate, type ValidateOptions } from '../src/validate/run-validate.js';
import { CliError } from '../src/exit-codes.js';
import { Printer } from '../src/output/printer.js';
import { FIXTURES } from './_import-workspace.js';
import { linkWorkspaceModules, removeTemporaryDirectories, runCli, temporaryDirectory } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const dir = temporaryDirectory('litellm-cdk-validate-');
const write = (name: string, content: string): string => {
  fs.writeFileSync(path.join(dir, name), content);
  return name;
};

const CLEAN = write(
  'clean.yaml',
  'model_list:\n  - model_name: a\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n',
);
const WARNING = write('warning.yaml', 'litellm_settings:\n  drop_params: true\ncallbacks_settings: {}\n');
const BROKEN = write(
  'broken.yaml',
  [
    'model_list:',
    '  - model_name: a',
    '    litellm_params:',
    '      model: mistralai/mistral-7b-instruct',
    '      api_key: sk-1234abcd',
    '',
  ].join('\n'),
);

/** A stream that keeps what is written, as a terminal (`isTTY`) or a pipe. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const writable = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(writable, { isTTY, text: () => chunks.join('') }) as unknown as NodeJS.WriteStream & {
    text: () => string;
  };
}

/** Runs `validate` in the test directory with a captured stdout. */
async function validate(file: string, options: Partial<ValidateOptions> = {}, isTTY = false) {
  const stdout = stream(isTTY);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await runValidate(file, { format: 'text', ...options }, new Printer(stdout, stream(false)));
    return { code, output: stdout.text() };
  } finally {
    process.chdir(cwd);
  }
}

describe('validate output', () => {
  const saved = process.env.NO_COLOR;
  afterEach(() => {
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  });

  it('prints each finding like a compiler, with its fix, then a summary', async () => {
    const { code, output } = await validate(BROKEN);

    expect(code).toBe(1);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(
      /^broken\.yaml:4:14 error core\/unknown-provider LiteLLM cannot infer a provider for model 'mistralai\/mistral-7b-instruct'/,
    );
    expect(lines[1]).toMatch(/^ {2}fix: \S/);
    expect(lines[2]).toMatch(
      /^broken\.yaml:5:16 error core\/plaintext-secret model_list\[0\]\.litellm_params\.api_key holds a plaintext credential/,
    );
    expect(lines[3]).toMatch(/^ {2}fix: \S/);
    expect(lines.slice(4)).toEqual(['', '✖ Found 2 errors in broken.yaml; --verbose also lists 1 info finding.', '']);
  });

  it('writes info findings the same way with --verbose', async () => {
    const file = write('twice.yaml', 'litellm_settings:\n  drop_params: true\n  drop_params: false\n');

    expect((await validate(file, { verbose: true })).output).toMatchInlineSnapshot(`
      "twice.yaml:2:3 info core/duplicate-key Key 'drop_params' is written again on line 3; LiteLLM keeps only that last value and ignores this one.
        fix: Merge the two 'drop_params' entries into one.

      ✔ No errors or warnings in twice.yaml; 1 info finding listed above.
      "
    `);
  });

  it('says so when there is nothing to fix, counting the info findings it hides', async () => {
    expect((await validate(CLEAN)).output).toBe('✔ No errors or warnings in clean.yaml.\n');
    const withInfo = await validate(path.join(FIXTURES, 'many-deployments.yaml'));
    expect(withInfo.output).toMatch(
      /^✔ No errors or warnings in .*many-deployments\.yaml; --verbose also lists 2 info findings\.\n$/,
    );
  });

  it('lists info findings with --verbose', async () => {
    const { output } = await validate(path.join(FIXTURES, 'many-deployments.yaml'), { verbose: true });

    expect(output.match(/ info core\//g)).toHaveLength(2);
  });

  it('colours output on a terminal, and not with NO_COLOR or through a pipe', async () => {
    delete process.env.NO_COLOR;
    expect((await validate(BROKEN, {}, true)).output).toContain('\u001b[');
    expect((await validate(BROKEN, {}, false)).output).not.toContain('\u001b[');
    process.env.NO_COLOR = '1';
    expect((await validate(BROKEN, {}, true)).output).not.toContain('\u001b[');
  });

  it('prints one JSON document with --format json', async () => {
    const { code, output } = await validate(BROKEN, { format: 'json' });

    expect(code).toBe(1);
    const json = JSON.parse(output) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['files', 'findings', 'summary', 'suppressed']);
    expect(json.files).toEqual(['broken.yaml']);
    expect(json.summary).toEqual({ errors: 2, warnings: 0, info: 1, failed: true, suppressed: 0 });
    expect((json.findings as unknown[])[0]).toEqual({
      file: 'broken.yaml',
      line: 4,
      column: 14,
      severity: 'error',
      id: 'core/unknown-provider',
      message: expect.stringContaining('mistralai/mistral-7b-instruct'),
      hint: expect.any(String),
      path: ['model_list', 0, 'litellm_params', 'model'],
    });
  });
});

describe('validate exit codes', () => {
  it('exits 0 on warnings, and 1 with --strict', async () => {
    const lenient = await validate(WARNING);
    const strict = await validate(WARNING, { strict: true });

    expect(lenient.code).toBe(0);
    expect(lenient.output).toContain('warning.yaml:3:1 warning core/unknown-key');
    expect(lenient.output).toContain('✔ Found 1 warning in warning.yaml; warnings fail the check only with --strict.');
    expect(strict.code).toBe(1);
    expect(strict.output).toContain('✖ Found 1 warning in warning.yaml; --strict makes warnings fail the check.');
  });

  it('throws a usage error (exit code 2) for a file that does not exist', async () => {
    const error = await validate('nope.yaml').catch((e: unknown) => e);

    expect(CliError.isCliError(error) && error.exitCode).toBe(2);
    expect((error as Error).message).toBe("Config file 'nope.yaml' does not exist.");
  });
});

describe('validate --policy', () => {
  it('adds the findings of the built-in pack, placed in the file', async () => {
    const { code, output } = await validate(CLEAN, { policy: true });

    expect(code).toBe(0);
    expect(output).toContain('clean.yaml:2:5 warning best-practices/deployment-rate-limits');
  });

  it('adds the findings of a pack from a module path', async () => {
    linkWorkspaceModules(dir, ['@litellm-cdk/core', '@litellm-cdk/policy']);
    write(
      'pack.ts',
      [
        "import { Compliance, definePolicyRule, PolicyPack } from '@litellm-cdk/policy';",
        'export default PolicyPack.of({',
        "  name: 'acme',",
        "  description: 'House rules.',",
        '  rules: [',
        '    definePolicyRule({',
        "      id: 'acme/no-openai', severity: 'error', appliesTo: 'deployment',",
        "      description: 'No OpenAI.', explanation: 'We buy elsewhere. Fix: use another provider.',",
        "      check: (d) => (d.model?.startsWith('openai/') ? Compliance.of([{ message: 'OpenAI is not allowed.' }]) : Compliance.compliant),",
        '    }),',
        '  ],',
        '});',
        '',
      ].join('\n'),
    );

    const { code, output } = await validate(CLEAN, { policy: './pack.ts' });

    expect(code).toBe(1);
    expect(output).toContain(
      'clean.yaml:2:5 error acme/no-openai OpenAI is not allowed.\n  fix: use another provider.',
    );
  });

  it('throws a usage error for a module that does not load', async () => {
    const error = await validate(CLEAN, { policy: './missing-pack.ts' }).catch((e: unknown) => e);

    expect(CliError.isCliError(error)).toBe(true);
    expect((error as Error).message).toMatch(/missing-pack\.ts/);
  });
});

describe('litellm-cdk validate (the binary)', { timeout: 60_000 }, () => {
  it('exits 0, 1 and 2, and rejects unknown formats', () => {
    expect(runCli(['validate', CLEAN], dir)).toMatchObject({
      status: 0,
      stdout: '✔ No errors or warnings in clean.yaml.\n',
    });
    const broken = runCli(['validate', BROKEN, '--format', 'json'], dir);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).summary.errors).toBe(2);
    expect(runCli(['validate', 'nope.yaml'], dir)).toMatchObject({ status: 2, stdout: '' });
    expect(runCli(['validate', CLEAN, '--format', 'xml'], dir).status).toBe(2);
  });

  it('takes --ignore repeatedly, and names the flag when its value has no rule', () => {
    const run = runCli(
      ['validate', BROKEN, '--ignore', 'core/unknown-provider', '--ignore', 'core/plaintext-secret=model_list.0'],
      dir,
    );
    expect(run).toMatchObject({
      status: 0,
      stdout:
        '✔ No errors or warnings in broken.yaml; --verbose also lists 1 info finding and 2 suppressed findings.\n',
    });
    const bad = runCli(['validate', CLEAN, '--ignore', '=model_list'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--ignore expects <rule>[=<path>]');
  });
});
