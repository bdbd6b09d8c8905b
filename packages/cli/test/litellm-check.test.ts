// `validate --litellm` against a stand-in for LiteLLM (fixtures/fake-litellm): LiteLLM itself cannot be installed
// where these tests run, so the stand-in mimics the two calls' shapes and failure modes; the protocol, the
// interpreter search and the findings are what is tested.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLiteLLMPython } from '../src/litellm/find-python.js';
import { Printer } from '../src/output/printer.js';
import { runValidate, type ValidateOptions } from '../src/validate/run-validate.js';
import {
  createProject,
  directoryWith,
  removeTemporaryDirectories,
  runCli,
  temporaryDirectory,
} from './e2e/_harness.js';

const FAKE = path.join(import.meta.dirname, 'fixtures', 'fake-litellm');
const FAKE_WITHOUT_PROXY = path.join(import.meta.dirname, 'fixtures', 'fake-litellm-no-proxy');
const PYTHON = 'python3';
const usable = spawnSync(PYTHON, ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
if (!usable) console.log('litellm-check.test: skipped, no python3 with PyYAML to run the LiteLLM stand-in');

afterAll(removeTemporaryDirectories);

const project = (files: Record<string, string>) => directoryWith(files, 'litellm-cdk-litellm-');

function capture(): NodeJS.WriteStream & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write: (chunk, _encoding, done) => {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { isTTY: false, text: () => chunks.join('') }) as unknown as NodeJS.WriteStream & {
    text: () => string;
  };
}

async function validate(dir: string, options: Partial<ValidateOptions>) {
  const stdout = capture();
  const code = await runValidate(
    path.join(dir, 'config.yaml'),
    { format: 'text', ...options },
    new Printer(stdout, capture()),
  );
  return { code, output: stdout.text() };
}

const TWO_DEPLOYMENTS = [
  'model_list:',
  '  - model_name: gpt',
  '    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}',
  '  - model_name: from-env',
  '    litellm_params: {model: os.environ/SECOND_MODEL, api_key: os.environ/OPENAI_API_KEY}',
  '',
].join('\n');

const LITERAL = (model: string) =>
  [
    'model_list:',
    '  - model_name: gpt',
    '    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}',
    '  - model_name: second',
    `    litellm_params: {model: ${model}, api_key: os.environ/OPENAI_API_KEY}`,
    '',
  ].join('\n');

describe.skipIf(!usable)('validate --litellm', { timeout: 60_000 }, () => {
  const saved = { PYTHONPATH: process.env.PYTHONPATH, NO_COLOR: process.env.NO_COLOR };
  beforeEach(() => {
    process.env.PYTHONPATH = FAKE;
    process.env.NO_COLOR = '1';
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("prints LiteLLM's verdict and version beside ours when it loads every deployment", async () => {
    const dir = project({
      'config.yaml': LITERAL('anthropic/claude-3-haiku-20240307'),
      '.env': 'OPENAI_API_KEY=sk-x\n',
    });
    const { code, output } = await validate(dir, { litellm: PYTHON, envFile: path.join(dir, '.env') });
    expect(output).toContain('No errors or warnings');
    expect(output).toContain(`LiteLLM 1.81.13-standin (${PYTHON}): loads the config with 2 of its 2 deployments.`);
    expect(code).toBe(0);
  });

  it('reports a deployment LiteLLM drops as an error at its line, where our own check agrees', async () => {
    const dir = project({ 'config.yaml': LITERAL('mistralai/mistral-7b-instruct'), '.env': 'OPENAI_API_KEY=sk-x\n' });
    const { code, output } = await validate(dir, { litellm: PYTHON, envFile: path.join(dir, '.env') });
    expect(output).toContain(
      "config.yaml:4:5 error litellm/deployment-dropped LiteLLM 1.81.13-standin drops model_list[1] ('second'): ValueError: LLM Provider NOT provided",
    );
    expect(output).toContain('error core/unknown-provider');
    expect(output).toContain('loads the config with 1 of its 2 deployments.');
    expect(code).toBe(1);
  });

  it('gives unset variables plausible values without --env-file, so the loader gets as far as it can', async () => {
    const dir = project({ 'config.yaml': TWO_DEPLOYMENTS });
    delete process.env.SECOND_MODEL;
    const { output } = await validate(dir, { litellm: PYTHON });
    // The placeholder for a model has no provider: LiteLLM drops it, as it would a model variable set to nonsense.
    expect(output).toContain('litellm/deployment-dropped');
    expect(output).toContain('loads the config with 1 of its 2 deployments.');
  });

  it('reports a config LiteLLM cannot load, with its error', async () => {
    const dir = project({
      'config.yaml': `${TWO_DEPLOYMENTS}general_settings:\n  custom_auth: custom_auth.user_api_key_auth\n`,
    });
    const { code, output } = await validate(dir, { litellm: PYTHON, env: true });
    expect(output).toMatch(
      /error litellm\/load-failed LiteLLM 1\.81\.13-standin fails to load this config \(load_config\): ImportError: Could not find module file .*custom_auth\.py/,
    );
    expect(output).toContain('error core/missing-custom-module');
    expect(code).toBe(1);
  });

  it('adds the verdict to --format json', async () => {
    const dir = project({ 'config.yaml': LITERAL('openai/gpt-4o-mini'), '.env': 'OPENAI_API_KEY=sk-x\n' });
    const { output } = await validate(dir, { litellm: PYTHON, envFile: path.join(dir, '.env'), format: 'json' });
    expect(JSON.parse(output).litellm).toMatchObject({
      status: 'loaded',
      version: '1.81.13-standin',
      configured: 2,
      loaded: 2,
      dropped: [],
    });
  });

  it('finds a Python on PATH that imports litellm', () => {
    expect(findLiteLLMPython(undefined, { PATH: process.env.PATH, PYTHONPATH: FAKE })).toMatchObject({
      foundBy: 'PATH',
    });
  });

  it('says clearly when no Python on PATH can import litellm', () => {
    const empty = temporaryDirectory('litellm-cdk-no-python-');
    expect(() => findLiteLLMPython(undefined, { PATH: empty })).toThrow(/No python3 or python on PATH/);
    expect(() => findLiteLLMPython(undefined, { PATH: process.env.PATH, PYTHONPATH: empty })).toThrow(
      /No Python on PATH can import litellm \(tried /,
    );
    expect(() => findLiteLLMPython(path.join(empty, 'python9'), {})).toThrow(/cannot import litellm: no such program/);
  });

  it('says so when litellm lacks its proxy extras', async () => {
    process.env.PYTHONPATH = FAKE_WITHOUT_PROXY;
    const dir = project({ 'config.yaml': TWO_DEPLOYMENTS });
    await expect(validate(dir, { litellm: PYTHON })).rejects.toThrow(
      /cannot run LiteLLM's proxy loader: ModuleNotFoundError: No module named 'litellm\.proxy'/,
    );
  });
});

describe.skipIf(!usable)('synth --litellm', { timeout: 120_000 }, () => {
  it('runs LiteLLM on each written config and prints its verdict after the summary', () => {
    const project = createProject({ app: 'valid-app' });
    const run = runCli(['synth', '--litellm', PYTHON], project, { PYTHONPATH: FAKE, NO_COLOR: '1' });
    expect(run.stdout).toContain(
      `✔ LiteLLM 1.81.13-standin (${PYTHON}) on litellm.out/prod.yaml: loads it with 3 of its 3 deployments.`,
    );
    expect(run.stdout).toContain('on litellm.out/dev.yaml: loads it with 1 of its 1 deployments.');
    expect(run.status).toBe(0);
  });

  it('exits 1 when LiteLLM cannot load a written config, saying the assembly was written', () => {
    const project = createProject({ app: 'valid-app' });
    const run = runCli(['synth', '--litellm', PYTHON], project, {
      PYTHONPATH: FAKE,
      NO_COLOR: '1',
      FAKE_LITELLM_LOAD_ERROR: 'boom in load_config',
    });
    expect(run.stdout).toContain(
      'error litellm/load-failed LiteLLM 1.81.13-standin fails to load this config (load_config): RuntimeError: boom in load_config',
    );
    expect(run.stdout).toContain('was written; the proxy would not start with it');
    expect(run.status).toBe(1);
  });

  it('exits 2 before running the app when no Python can import litellm', () => {
    const project = createProject({ app: 'valid-app' });
    const run = runCli(['synth', '--litellm'], project, { PYTHONPATH: temporaryDirectory('litellm-cdk-empty-') });
    expect(run.stderr).toContain('No Python on PATH can import litellm');
    expect(run.status).toBe(2);
    expect(fs.existsSync(path.join(project, 'litellm.out'))).toBe(false);
  });
});
