import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';
import { removeTemporaryDirectories, temporaryDirectory } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

/** A directory holding `files` (relative path -> content). */
function project(files: Record<string, string>): string {
  const dir = temporaryDirectory('litellm-cdk-startup-');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const MODEL_LIST = 'model_list:\n  - model_name: a\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n';
const WITH_AUTH = `${MODEL_LIST}general_settings:\n  custom_auth: hooks.custom_auth.user_api_key_auth\n`;

describe('validate: custom modules beside the config', () => {
  it('accepts a custom_auth module that exists, resolving dots as folders', async () => {
    const dir = project({ 'config.yaml': WITH_AUTH, 'hooks/custom_auth.py': 'async def user_api_key_auth(request, api_key): ...\n' });
    const { findings } = await validateConfigFiles(path.join(dir, 'config.yaml'), { cwd: dir });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reports a missing module at the line of the reference', async () => {
    const dir = project({ 'config.yaml': WITH_AUTH });
    const { findings, summary } = await validateConfigFiles(path.join(dir, 'config.yaml'), { cwd: dir });
    expect(findings).toEqual([expect.objectContaining({ id: 'core/missing-custom-module', file: 'config.yaml', line: 5, severity: 'error' })]);
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
    expect(findings).toEqual([expect.objectContaining({ id: 'core/missing-custom-module', file: path.join('conf', 'settings.yaml') })]);
  });
});
