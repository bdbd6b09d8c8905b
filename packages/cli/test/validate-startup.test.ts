import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentOf } from '../src/validate/environment-check.js';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';
import { directoryWith, removeTemporaryDirectories, runCli } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const project = (files: Record<string, string>) => directoryWith(files, 'litellm-cdk-startup-');

const MODEL_LIST =
  'model_list:\n  - model_name: a\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n';
const WITH_AUTH = `${MODEL_LIST}general_settings:\n  custom_auth: hooks.custom_auth.user_api_key_auth\n`;

describe('validate: custom modules beside the config', () => {
  it('accepts a custom_auth module that exists, resolving dots as folders', async () => {
    const dir = project({
      'config.yaml': WITH_AUTH,
      'hooks/custom_auth.py': 'async def user_api_key_auth(request, api_key): ...\n',
    });
    const { findings } = await validateConfigFiles(path.join(dir, 'config.yaml'), { cwd: dir });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reports a missing module at the line of the reference', async () => {
    const dir = project({ 'config.yaml': WITH_AUTH });
    const { findings, summary } = await validateConfigFiles(path.join(dir, 'config.yaml'), { cwd: dir });
    expect(findings).toEqual([
      expect.objectContaining({ id: 'core/missing-custom-module', file: 'config.yaml', line: 5, severity: 'error' }),
    ]);
    expect(findings[0].message).toContain('hooks/custom_auth.py');
    expect(summary.failed).toBe(true);
  });

  it('looks beside the main config for references in included files', async () => {
    const dir = project({
      'config.yaml': `${MODEL_LIST}include: [conf/settings.yaml]\n`,
      'conf/settings.yaml': 'general_settings:\n  custom_auth: auth.check\n',
      'conf/auth.py': 'def check(): ...\n',
    });
    const { findings } = await validateConfigFiles(path.join(dir, 'config.yaml'), { cwd: dir });
    expect(findings).toEqual([
      expect.objectContaining({ id: 'core/missing-custom-module', file: path.join('conf', 'settings.yaml') }),
    ]);
  });
});

const PREFLIGHT = [
  'model_list:',
  '  - model_name: claude',
  '    litellm_params:',
  '      model: bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
  '      aws_region_name: os.environ/AWS_REGION_NAME_EU',
  'router_settings:',
  '  redis_host: os.environ/REDIS_HOST',
  '  redis_port: os.environ/REDIS_PORT',
  'general_settings:',
  '  database_url: os.environ/DATABASE_URL',
  '',
].join('\n');

// Each test runs the CLI in a child process, as a user does.
describe('validate --env-file / --env', { timeout: 60_000 }, () => {
  const SECRET_LOOKING = 'postgresql-but-not-really-s3cr3t';

  it('reports each variable that is unset or malformed, at its line, without its value', () => {
    const dir = project({
      'config.yaml': PREFLIGHT,
      '.env': `AWS_REGION_NAME_EU=us-east-1\nREDIS_HOST=redis\nDATABASE_URL=${SECRET_LOOKING}\n`,
    });
    const run = runCli(['validate', 'config.yaml', '--env-file', '.env'], dir, { NO_COLOR: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "config.yaml:5:24 error preflight/malformed-variable AWS_REGION_NAME_EU (used by model_list[0].litellm_params.aws_region_name) is a region outside the deployment's geography",
    );
    expect(run.stdout).toContain('config.yaml:8:15 error preflight/unset-variable REDIS_PORT is not set');
    expect(run.stdout).toContain('config.yaml:10:17 error preflight/malformed-variable DATABASE_URL');
    expect(run.stdout).not.toContain(SECRET_LOOKING);
  });

  it('passes when the file gives every variable in shape', () => {
    const dir = project({
      'config.yaml': PREFLIGHT,
      '.env':
        'AWS_REGION_NAME_EU=eu-west-1\nREDIS_HOST=redis\nREDIS_PORT=6379\nDATABASE_URL=postgresql://u:p@db:5432/litellm\n',
    });
    const run = runCli(['validate', 'config.yaml', '--env-file', '.env'], dir, { NO_COLOR: '1' });
    expect(run.stdout).toContain('No errors or warnings');
    expect(run.status).toBe(0);
  });

  it('reads the shell environment with --env, the file winning over it', () => {
    const dir = project({ 'config.yaml': PREFLIGHT, '.env': 'REDIS_PORT=6379\n' });
    const shell = {
      AWS_REGION_NAME_EU: 'eu-central-1',
      REDIS_HOST: 'redis',
      REDIS_PORT: 'not-a-port',
      DATABASE_URL: 'postgres://u@db/x',
    };
    expect(runCli(['validate', 'config.yaml', '--env'], dir, shell).status).toBe(1);
    expect(runCli(['validate', 'config.yaml', '--env', '--env-file', '.env'], dir, shell).status).toBe(0);
  });

  it('refuses an .env file that does not exist, naming it', async () => {
    const dir = project({ 'config.yaml': PREFLIGHT });
    const run = runCli(['validate', 'config.yaml', '--env-file', 'missing.env'], dir);
    // Node 20 itself reads a script's --env-file argument (nodejs/node#54232) and exits 9 before the CLI runs.
    expect([2, 9]).toContain(run.status);
    expect(run.stderr).toContain('missing.env');
    await expect(environmentOf({ envFile: path.join(dir, 'missing.env') })).rejects.toThrow(
      /Environment file '.*missing\.env' does not exist\./,
    );
  });
});
