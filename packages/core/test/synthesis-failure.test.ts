import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Annotations,
  App,
  FAILURE_REPORT_ENV,
  ProxyConfig,
  type SynthesisFailure,
  synthesisFailureOf,
} from '../src/index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-failure-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function brokenApp(props: ConstructorParameters<typeof App>[0] = {}): App {
  const app = new App({ outdir: path.join(root, 'out'), name: 'demo', ...props });
  Annotations.of(new ProxyConfig(app, 'prod')).addError('my-lib/broken', 'broken on purpose', 'mend it');
  return app;
}

describe('a failed synth as data', () => {
  it('tells onSynthesisFailure the validation report before throwing the SynthesisError that carries it', () => {
    const told: SynthesisFailure[] = [];
    const app = brokenApp({ onSynthesisFailure: (failure) => told.push(failure) });
    let thrown: unknown;
    try {
      app.synth();
    } catch (error) {
      thrown = error;
    }
    expect(told).toEqual([synthesisFailureOf(thrown)]);
    expect(told[0]).toMatchObject({
      kind: 'validation',
      report: { conclusion: 'failed', findings: [expect.objectContaining({ id: 'my-lib/broken', path: 'prod' })] },
    });
  });

  it('reads an output directory that cannot be written as its message, hint and path', () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'not a directory');
    const told: SynthesisFailure[] = [];
    const app = new App({ outdir: file, onSynthesisFailure: (failure) => told.push(failure) });
    new ProxyConfig(app, 'prod');
    expect(() => app.synth()).toThrow(/is a file, not a directory/);
    expect(told).toEqual([
      {
        kind: 'output-directory',
        message: expect.stringContaining('is a file, not a directory'),
        hint: expect.any(String),
        path: file,
      },
    ]);
  });

  it('is undefined for errors synth does not throw', () => {
    expect(synthesisFailureOf(new Error('something else'))).toBeUndefined();
    expect(synthesisFailureOf('a string')).toBeUndefined();
  });

  it('is written as JSON to the file $LITELLM_CDK_FAILURE_REPORT names, when the app has no listener of its own', () => {
    const reportFile = path.join(root, 'failure.json');
    const saved = process.env[FAILURE_REPORT_ENV];
    process.env[FAILURE_REPORT_ENV] = reportFile;
    try {
      const app = brokenApp();
      expect(() => app.synth()).toThrow(/my-lib\/broken/);
    } finally {
      if (saved === undefined) delete process.env[FAILURE_REPORT_ENV];
      else process.env[FAILURE_REPORT_ENV] = saved;
    }
    const written = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SynthesisFailure;
    expect(written.kind).toBe('validation');
    expect(written.kind === 'validation' && written.report.findings.map((f) => f.id)).toContain('my-lib/broken');
  });
});
