import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../src/exit-codes.js';
import { displayPath } from '../src/output/printer.js';
import { loadProjectConfig, parseContextPairs } from '../src/project-config.js';

describe('loadProjectConfig', () => {
  let dir: string;
  const write = (content: unknown) =>
    fs.writeFileSync(
      path.join(dir, 'litellm-cdk.json'),
      typeof content === 'string' ? content : JSON.stringify(content),
    );

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-project-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads app, output (resolved against the project) and context, with litellm.out as the default output', () => {
    write({ app: 'tsx main.ts', context: { stage: 'prod' } });
    expect(loadProjectConfig(dir)).toMatchObject({
      app: 'tsx main.ts',
      output: path.join(dir, 'litellm.out'),
      context: { stage: 'prod' },
      warnings: [],
    });
    write({ app: 'tsx main.ts', output: 'build/out' });
    expect(loadProjectConfig(dir).output).toBe(path.join(dir, 'build', 'out'));
  });

  it('lets --app, --output and --context win over the file', () => {
    write({ app: 'tsx main.ts', output: 'out', context: { stage: 'prod', region: 'eu' } });
    const project = loadProjectConfig(dir, { app: 'node app.js', output: 'other', context: { stage: 'dev' } });
    expect(project).toMatchObject({
      app: 'node app.js',
      output: path.join(dir, 'other'),
      context: { stage: 'dev', region: 'eu' },
    });
  });

  it('needs no file when --app is given', () => {
    expect(loadProjectConfig(dir, { app: 'node app.js' })).toMatchObject({ app: 'node app.js', file: undefined });
  });

  it('fails with a CliError that says what to do when the file is missing, not JSON, or wrongly typed', () => {
    const failure = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return CliError.isCliError(error) ? `${error.kind}: ${error.message}` : 'not a CliError';
      }
      return 'no error';
    };
    expect(failure(() => loadProjectConfig(dir))).toBe(`project: No litellm-cdk.json in ${dir}.`);
    write('{ "app": ');
    expect(failure(() => loadProjectConfig(dir))).toMatch(
      /^project: .*litellm-cdk\.json:1:10: not valid JSON: value expected\.$/,
    );
    write({ app: 3 });
    expect(failure(() => loadProjectConfig(dir))).toMatch(
      /litellm-cdk\.json:1:2: "app" must be the command that runs your app file/,
    );
    write({ app: 'x', context: [] });
    expect(failure(() => loadProjectConfig(dir))).toMatch(/"context" must be an object/);
  });

  it('blames an empty --output or --app on the flag, not on litellm-cdk.json', () => {
    write({ app: 'x', output: 'out' });
    expect(() => loadProjectConfig(dir, { output: '' })).toThrow(
      '--output is empty; it takes a directory, e.g. --output litellm.out.',
    );
    expect(() => loadProjectConfig(dir, { app: ' ' })).toThrow('--app is empty');
  });

  it('names the line and column of a syntax error and of a wrong value', () => {
    write('{\n  "app": "tsx main.ts",\n  "output": 3\n}\n');
    expect(() => loadProjectConfig(dir)).toThrow(
      `${displayPath(path.join(dir, 'litellm-cdk.json'))}:3:3: "output" must be a directory path; got 3.`,
    );
    write('{\n  "app": "tsx main.ts",\n}\n');
    expect(() => loadProjectConfig(dir)).toThrow(
      `${displayPath(path.join(dir, 'litellm-cdk.json'))}:3:1: not valid JSON: property name expected.`,
    );
  });

  it('warns about unknown keys, which are likely typos', () => {
    write({ app: 'x', ouput: 'out' });
    expect(loadProjectConfig(dir).warnings).toEqual([
      `${displayPath(path.join(dir, 'litellm-cdk.json'))}:1:12: unknown key "ouput" is ignored (known keys: app, output, context).`,
    ]);
  });
});

describe('parseContextPairs', () => {
  it('parses JSON values and keeps anything else as a string', () => {
    expect(parseContextPairs(['n=3', 'flag=true', 'name=eu-west-1', 'list=["a"]', 'eq=a=b'])).toEqual({
      n: 3,
      flag: true,
      name: 'eu-west-1',
      list: ['a'],
      eq: 'a=b',
    });
  });

  it('rejects a pair without a key', () => {
    expect(() => parseContextPairs(['=x'])).toThrow('--context expects key=value');
  });
});
