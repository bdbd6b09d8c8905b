import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import.js';
import { CliError } from '../src/exit-codes.js';
import { Printer } from '../src/output/printer.js';
import { FIXTURES } from './_import-workspace.js';
import { removeTemporaryDirectories, runCli, temporaryDirectory } from './e2e/_harness.js';

afterAll(removeTemporaryDirectories);

const CONFIG = path.join(FIXTURES, 'enterprise.yaml');

function capture(): { printer: Printer; stdout: () => string; stderr: () => string } {
  const streams = [0, 1].map(() => {
    const chunks: string[] = [];
    const writable = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return {
      stream: Object.assign(writable, { isTTY: false }) as unknown as NodeJS.WriteStream,
      text: () => chunks.join(''),
    };
  });
  return {
    printer: new Printer(streams[0].stream, streams[1].stream),
    stdout: streams[0].text,
    stderr: streams[1].text,
  };
}

describe('import', () => {
  it('prints the app on stdout without -o', async () => {
    const { printer, stdout, stderr } = capture();

    const imported = await runImport(CONFIG, {}, printer);

    expect(stdout()).toBe(imported.source);
    expect(stderr()).toBe('');
  });

  it('copies the Python modules the config names beside the app with -o, and refuses to overwrite a different one', async () => {
    const dir = temporaryDirectory('litellm-cdk-import-modules-');
    fs.mkdirSync(path.join(dir, 'proxy', 'hooks'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'proxy', 'config.yaml'),
      'general_settings:\n  custom_auth: hooks.auth.user_api_key_auth\n',
    );
    fs.writeFileSync(path.join(dir, 'proxy', 'hooks', 'auth.py'), 'def user_api_key_auth(request, api_key): ...\n');
    const output = path.join(dir, 'app', 'app.ts');
    const { printer, stderr } = capture();

    const imported = await runImport(path.join(dir, 'proxy', 'config.yaml'), { output }, printer);

    expect(fs.readFileSync(path.join(dir, 'app', 'hooks', 'auth.py'), 'utf8')).toBe(
      'def user_api_key_auth(request, api_key): ...\n',
    );
    const appDirectory = path.relative(process.cwd(), path.join(dir, 'app')).split(path.sep).join('/');
    expect(imported.source).toContain(
      `CustomModule.fromFile('${appDirectory}/hooks/auth.py', 'user_api_key_auth', { module: 'hooks.auth' })`,
    );
    expect(stderr()).toContain(
      `Copied hooks/auth.py into ${path.join(dir, 'app')}: the app reads it with CustomModule.fromFile()`,
    );

    fs.writeFileSync(path.join(dir, 'app', 'hooks', 'auth.py'), '# edited\n');
    fs.rmSync(output);
    const refused = runImport(path.join(dir, 'proxy', 'config.yaml'), { output }, capture().printer);
    await expect(refused).rejects.toThrow(CliError);
    await expect(refused).rejects.toThrow(
      /hooks\/auth\.py exists already, and differs from the hooks\/auth\.py beside/,
    );
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'app', 'hooks', 'auth.py'), 'utf8')).toBe('# edited\n');
  });

  it('writes the app with -o, and main.ts beside it, and lists on stderr what it acknowledges', async () => {
    const dir = temporaryDirectory('litellm-cdk-import-command-');
    const { printer, stdout, stderr } = capture();

    const imported = await runImport(CONFIG, { output: path.join(dir, 'app', 'app.ts') }, printer);

    expect(fs.readFileSync(path.join(dir, 'app', 'app.ts'), 'utf8')).toBe(imported.source);
    expect(fs.readFileSync(path.join(dir, 'app', 'main.ts'), 'utf8')).toBe(imported.main('app.ts'));
    expect(imported.main('app.ts')).toContain(`import { ${imported.functionName} } from './app.js';`);
    expect(stdout()).toBe('');
    expect(stderr()).toBe(
      [
        `✔ Wrote ${path.join(dir, 'app', 'app.ts')}: an app (${imported.functionName}) that synthesizes enterprise.yaml.`,
        `Wrote ${path.join(dir, 'app', 'main.ts')}, which runs it: litellm-cdk synth --app 'tsx ${path.join(dir, 'app', 'main.ts')}'`,
        'It acknowledges 2 problems of the original:',
        '  core/plaintext-secret on gpt4 (enterprise.yaml)',
        '  core/enterprise-integration on litellmSettings (enterprise.yaml)',
        '',
      ].join('\n'),
    );
  });

  it('refuses to overwrite a file unless --force is given', async () => {
    const dir = temporaryDirectory('litellm-cdk-import-command-');
    const target = path.join(dir, 'main.ts');
    fs.writeFileSync(target, '// mine\n');

    await expect(runImport(CONFIG, { output: target }, capture().printer)).rejects.toThrow(CliError);
    expect(fs.readFileSync(target, 'utf8')).toBe('// mine\n');
    await runImport(CONFIG, { output: target, force: true }, capture().printer);
    expect(fs.readFileSync(target, 'utf8')).toContain("new ModelGroup(config, 'gpt-4')");
  });

  it('exits 2 naming the path when -o is a directory or lies under a file, never with an internal error', {
    timeout: 30_000,
  }, () => {
    const dir = temporaryDirectory('litellm-cdk-import-command-');
    fs.mkdirSync(path.join(dir, 'adir'));
    fs.writeFileSync(path.join(dir, 'afile.yaml'), '');
    for (const [args, message] of [
      [['-o', 'adir', '--force'], 'adir is a directory; -o takes the path of a file to write.'],
      [['-o', 'afile.yaml/x.ts'], 'Cannot create afile.yaml/x.ts: afile.yaml is a file, not a directory.'],
    ] as const) {
      const run = runCli(['import', CONFIG, ...args], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('Internal error');
    }
  });

  it('lists include entries kept as written in the summary, saying that the file exists', async () => {
    const dir = temporaryDirectory('litellm-cdk-import-command-');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(
      path.join(dir, 'main.yaml'),
      'include: [sub/models.yaml]\nmodel_list:\n  - {model_name: a, litellm_params: {model: openai/gpt-4o}}\n',
    );
    fs.writeFileSync(
      path.join(dir, 'sub', 'models.yaml'),
      'model_list:\n  - {model_name: b, litellm_params: {model: openai/gpt-4o}}\n',
    );
    const { printer, stderr } = capture();
    const imported = await runImport(path.join(dir, 'main.yaml'), { output: path.join(dir, 'app.ts') }, printer);
    expect(imported.keptIncludes).toEqual([{ entry: 'sub/models.yaml', exists: true }]);
    expect(imported.acknowledgements[0].reason).toContain('sub/models.yaml exists but is kept as a literal include');
    expect(stderr()).toContain('Not imported: these include entries are kept as written');
    expect(stderr()).toContain('  sub/models.yaml (exists;');
  });

  it('exits 2 for a config it cannot read, and for a missing argument', { timeout: 30_000 }, () => {
    const dir = temporaryDirectory('litellm-cdk-import-command-');
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'model_list: [\n');

    const unparsable = runCli(['import', 'bad.yaml'], dir);
    expect(unparsable.status).toBe(2);
    expect(unparsable.stderr).toContain('bad.yaml:2:1:');
    expect(runCli(['import'], dir).status).toBe(2);
  });
});
