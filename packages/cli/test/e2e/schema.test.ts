import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configJsonSchema } from '@litellm-cdk/core';
import { removeTemporaryDirectories, runCli, temporaryDirectory } from './_harness.js';

describe('litellm-cdk schema', { timeout: 60_000 }, () => {
  afterAll(removeTemporaryDirectories);

  it("prints core's JSON Schema of config.yaml to stdout", () => {
    const run = runCli(['schema'], temporaryDirectory());
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(configJsonSchema());
  });

  it('writes it to the file -o names, creating its folder, and says so on stderr', () => {
    const dir = temporaryDirectory();
    const run = runCli(['schema', '-o', 'schemas/litellm-config.schema.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Wrote the JSON Schema of config.yaml to schemas/litellm-config.schema.json');
    const written = JSON.parse(
      fs.readFileSync(path.join(dir, 'schemas', 'litellm-config.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(written).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });
});
