import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TreeJson } from '../../src/output/json-shapes.js';
import { createProject, removeTemporaryDirectories, runCli } from './_harness.js';

describe('litellm-cdk tree', { timeout: 60_000 }, () => {
  let project: string;

  beforeAll(() => {
    project = createProject({ app: 'valid-app' });
  });
  afterAll(removeTemporaryDirectories);

  it('prints the construct tree with each type, indented, without writing the output directory', () => {
    const run = runCli(['tree'], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "App  App
      ├── prod  ProxyConfig
      │   ├── claude  ModelGroup
      │   │   └── eu  ModelDeployment
      │   ├── gemini-flash  ModelGroup
      │   │   └── key1  ModelDeployment
      │   ├── legacy  ModelGroup
      │   │   └── main  ModelDeployment
      │   ├── router  Router
      │   │   └── Resource  RouterSettings
      │   └── settings  LitellmSettings
      └── dev  ProxyConfig
          └── local  ModelGroup
              └── ollama  ModelDeployment

      14 constructs
      "
    `);
    expect(fs.existsSync(path.join(project, 'litellm.out'))).toBe(false);
  });

  it('prints the tree of tree.json under --json', () => {
    const run = runCli(['tree', '--json'], project);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as TreeJson;
    expect(result).toMatchObject({ version: 1, command: 'tree', conclusion: 'passed' });
    expect(result.tree?.children?.map((c) => [c.path, c.type])).toEqual([
      ['prod', 'ProxyConfig'],
      ['dev', 'ProxyConfig'],
    ]);
  });
});
