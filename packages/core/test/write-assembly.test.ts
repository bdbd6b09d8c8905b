import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { App, checkOutputDirectory, ModelGroup, OutputDirectoryError, ProxyConfig, Secret } from '../src/index.js';

const roots: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-write-'));
  roots.push(root);
  return root;
}
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function synthInto(outdir: string, groups = 1): App {
  const app = new App({ outdir, name: 'demo' });
  const prod = new ProxyConfig(app, 'prod');
  for (let i = 0; i < groups; i++) {
    new ModelGroup(prod, `g${i}`).addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY') },
    });
  }
  app.synth();
  return app;
}

function outputErrorOf(run: () => unknown): OutputDirectoryError {
  try {
    run();
  } catch (error) {
    if (OutputDirectoryError.isOutputDirectoryError(error)) return error;
    throw error;
  }
  throw new Error('expected an OutputDirectoryError');
}

function listing(directory: string): string[] {
  return fs.readdirSync(directory).sort();
}

describe('the output directory is ours only when we wrote it', () => {
  it('refuses a directory whose manifest.json another tool wrote, and deletes nothing', () => {
    const outdir = path.join(tempRoot(), 'out');
    fs.mkdirSync(outdir);
    fs.writeFileSync(path.join(outdir, 'manifest.json'), '{"manifest_version":3}');
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine');
    const error = outputErrorOf(() => synthInto(outdir));
    expect(error.message).toContain(`The output directory ${outdir} is not a litellm-cdk assembly`);
    expect(error.hint).toMatch(/Choose a new outdir/);
    expect(listing(outdir)).toEqual(['manifest.json', 'notes.txt']);
    expect(fs.readFileSync(path.join(outdir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses our own assembly once a user has added a file to it, naming the file', () => {
    const outdir = path.join(tempRoot(), 'out');
    synthInto(outdir);
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine');
    const error = outputErrorOf(() => synthInto(outdir, 2));
    expect(error.message).toContain("holds 'notes.txt', which synth did not write");
    expect(error.hint).toContain('Move that file out of');
    expect(fs.readFileSync(path.join(outdir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('keeps desktop metadata files (.DS_Store, Thumbs.db, desktop.ini) and replaces the assembly around them', () => {
    const outdir = path.join(tempRoot(), 'out');
    synthInto(outdir, 1);
    const metadata = { '.DS_Store': 'finder', 'Thumbs.db': 'explorer', 'desktop.ini': '[.ShellClassInfo]' };
    for (const [name, content] of Object.entries(metadata)) fs.writeFileSync(path.join(outdir, name), content);
    synthInto(outdir, 2);
    expect(fs.readFileSync(path.join(outdir, 'prod.yaml'), 'utf8')).toContain('g1');
    for (const [name, content] of Object.entries(metadata))
      expect(fs.readFileSync(path.join(outdir, name), 'utf8')).toBe(content);
    expect(listing(path.dirname(outdir))).toEqual(['out']);
  });

  it('writes into a new directory that holds only a .DS_Store, keeping it', () => {
    const outdir = path.join(tempRoot(), 'out');
    fs.mkdirSync(outdir);
    fs.writeFileSync(path.join(outdir, '.DS_Store'), 'finder');
    synthInto(outdir);
    expect(listing(outdir)).toContain('manifest.json');
    expect(fs.readFileSync(path.join(outdir, '.DS_Store'), 'utf8')).toBe('finder');
  });

  it('still refuses a file synth did not write beside a .DS_Store, naming only that file', () => {
    const root = tempRoot();
    const outdir = path.join(root, 'out');
    synthInto(outdir);
    fs.writeFileSync(path.join(outdir, '.DS_Store'), 'finder');
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine');
    const error = outputErrorOf(() => synthInto(outdir, 2));
    expect(error.message).toContain("holds 'notes.txt', which synth did not write");
    expect(error.message).not.toContain('.DS_Store');
    expect(fs.readFileSync(path.join(outdir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(outdir, '.DS_Store'), 'utf8')).toBe('finder');
    const sources = path.join(root, 'sources');
    fs.mkdirSync(sources);
    fs.writeFileSync(path.join(sources, '.DS_Store'), 'finder');
    fs.writeFileSync(path.join(sources, 'app.ts'), 'code');
    expect(outputErrorOf(() => synthInto(sources)).message).toContain('is not a litellm-cdk assembly');
    expect(listing(sources)).toEqual(['.DS_Store', 'app.ts']);
  });

  it('replaces an assembly it wrote, and an empty directory', () => {
    const root = tempRoot();
    const outdir = path.join(root, 'out');
    synthInto(outdir, 1);
    synthInto(outdir, 2);
    expect(fs.readFileSync(path.join(outdir, 'prod.yaml'), 'utf8')).toContain('g1');
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    synthInto(empty);
    expect(listing(empty)).toContain('manifest.json');
  });

  it('keeps a symbolic link at the output path and writes the directory it points to', () => {
    const root = tempRoot();
    const real = path.join(root, 'real');
    const link = path.join(root, 'link');
    fs.symlinkSync(real, link);
    fs.mkdirSync(real);
    synthInto(link);
    synthInto(link, 2);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(real, 'prod.yaml'), 'utf8')).toContain('g1');
  });

  it('refuses a dangling symbolic link, naming where it points', () => {
    const root = tempRoot();
    const link = path.join(root, 'link');
    fs.symlinkSync(path.join(root, 'nowhere'), link);
    const error = outputErrorOf(() => synthInto(link));
    expect(error.message).toBe(
      `The output path ${link} is a symbolic link to ${path.join(root, 'nowhere')}, which does not exist.\n  fix: ${error.hint}`,
    );
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(listing(root)).toEqual(['link']);
  });

  it("keeps the output directory's permissions across a synth", () => {
    const outdir = path.join(tempRoot(), 'out');
    synthInto(outdir);
    fs.chmodSync(outdir, 0o750);
    synthInto(outdir, 2);
    expect(fs.statSync(outdir).mode & 0o7777).toBe(0o750);
  });

  it('refuses a path that runs through a file, and a path under /proc, in words', () => {
    const root = tempRoot();
    fs.writeFileSync(path.join(root, 'afile'), '');
    expect(outputErrorOf(() => synthInto(path.join(root, 'afile', 'out'))).message).toContain(
      `${path.join(root, 'afile')} is a file, not a directory`,
    );
    expect(outputErrorOf(() => synthInto(path.join(root, 'afile'))).message).toContain('is a file, not a directory');
    if (fs.existsSync('/proc/self')) {
      const error = outputErrorOf(() => synthInto('/proc/litellm-out'));
      expect(error.message).toMatch(
        /^Cannot write the assembly to \/proc\/litellm-out: .* failed because .*\(ENOENT\)/,
      );
    }
    expect(listing(root)).toEqual(['afile']);
  });

  it('checks an output directory without writing, by the same rules', () => {
    const outdir = path.join(tempRoot(), 'out');
    expect(() => checkOutputDirectory(outdir)).not.toThrow();
    fs.mkdirSync(outdir);
    fs.writeFileSync(path.join(outdir, 'main.ts'), '');
    expect(() => checkOutputDirectory(outdir)).toThrow(/is not a litellm-cdk assembly/);
  });
});

describe('a synth killed mid-write is repaired by the next one', () => {
  it('puts back the assembly a killed swap had moved aside, then writes the new one', () => {
    const root = tempRoot();
    const outdir = path.join(root, 'out');
    synthInto(outdir, 1);
    // The state a SIGKILL between the two renames leaves: the old assembly aside, the new one staged.
    fs.renameSync(outdir, path.join(root, '.out.previous-0123456789ab'));
    fs.mkdirSync(path.join(root, '.out.staging-0123456789ab'));
    fs.writeFileSync(path.join(root, '.out.staging-0123456789ab', 'manifest.json'), '{');
    expect(() => checkOutputDirectory(outdir)).not.toThrow();
    synthInto(outdir, 2);
    expect(listing(root)).toEqual(['out']);
    expect(fs.readFileSync(path.join(outdir, 'prod.yaml'), 'utf8')).toContain('g1');
  });

  it('leaves alone hidden directories whose names only look like its own', () => {
    const root = tempRoot();
    fs.mkdirSync(path.join(root, '.out.previous-mine'));
    fs.mkdirSync(path.join(root, '.other.staging-0123456789ab'));
    synthInto(path.join(root, 'out'));
    expect(listing(root)).toEqual(['.other.staging-0123456789ab', '.out.previous-mine', 'out']);
  });

  it('takes over the lock of a synth that died', () => {
    const root = tempRoot();
    const outdir = path.join(root, 'out');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    fs.writeFileSync(path.join(root, '.out.lock'), `${dead}@${os.hostname()}`);
    synthInto(outdir);
    expect(listing(root)).toEqual(['out']);
  });
});

describe('artifacts never overwrite each other', () => {
  it('rejects prod.yaml and prod.yml, which would share prod.env.example, naming both configs', () => {
    const app = new App({ outdir: path.join(tempRoot(), 'out') });
    new ProxyConfig(app, 'a', { fileName: 'prod.yaml' });
    new ProxyConfig(app, 'b', { fileName: 'prod.yml' });
    expect(() => app.synth()).toThrow(
      /\[b\] core\/duplicate-file-name: Config 'b' would write 'prod.env.example', which config 'a' also writes/,
    );
  });

  it('rejects file names that differ only in case, which are one file on macOS and Windows', () => {
    const app = new App({ outdir: path.join(tempRoot(), 'out') });
    new ProxyConfig(app, 'a', { fileName: 'Prod.yaml' });
    new ProxyConfig(app, 'b', { fileName: 'prod.yaml' });
    expect(() => app.synth()).toThrow(
      /Config 'b' would write 'prod.yaml' \(the same file as 'Prod.yaml' on case-insensitive file systems\), which config 'a' also writes/,
    );
  });
});
