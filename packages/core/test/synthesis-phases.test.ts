import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  App,
  PHASE_EVENT_LINE_PREFIX,
  PHASE_EVENTS_ENV,
  ProxyConfig,
  SYNTHESIS_PHASES,
  type SynthesisPhaseEvent,
} from '../src/index.js';

const CORE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const outdirs: string[] = [];
const outdir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-phases-'));
  outdirs.push(dir);
  return path.join(dir, 'out');
};
afterEach(() => {
  for (const dir of outdirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('synthesis phases', () => {
  it('tells onSynthesisPhase when each phase starts and finishes, in order, with its duration', () => {
    const events: SynthesisPhaseEvent[] = [];
    const app = new App({ outdir: outdir(), onSynthesisPhase: (event) => events.push(event) });
    new ProxyConfig(app, 'config');
    app.synth();
    expect(events.map((e) => `${e.state} ${e.phase}`)).toEqual(
      SYNTHESIS_PHASES.flatMap((phase) => [`started ${phase}`, `finished ${phase}`]),
    );
    for (const event of events) if (event.state === 'finished') expect(event.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('stops after validation when it fails: nothing is written, so there is no write phase', () => {
    const events: string[] = [];
    const app = new App({
      outdir: outdir(),
      onSynthesisPhase: (event) => events.push(`${event.state} ${event.phase}`),
    });
    const config = new ProxyConfig(app, 'config');
    new ProxyConfig(app, 'other', { fileName: config.fileName });
    expect(() => app.synth()).toThrow();
    expect(events).toEqual([
      'started aspects',
      'finished aspects',
      'started render',
      'finished render',
      'started validation',
    ]);
  });

  it('reports each event as one line on stderr when the CLI asks for them, and only then', { timeout: 120_000 }, () => {
    const script = `import { App, ProxyConfig } from './src/index.ts'; const app = new App({ outdir: ${JSON.stringify(outdir())} }); new ProxyConfig(app, 'config'); app.synth();`;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: CORE_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const asked = run({ [PHASE_EVENTS_ENV]: '1' });
    const lines = asked.stderr.split('\n').filter((line) => line.startsWith(PHASE_EVENT_LINE_PREFIX));
    expect(lines).toHaveLength(SYNTHESIS_PHASES.length * 2);
    expect(JSON.parse(lines[0].slice(PHASE_EVENT_LINE_PREFIX.length))).toEqual({ phase: 'aspects', state: 'started' });
    expect(run({ [PHASE_EVENTS_ENV]: '0' }).stderr).not.toContain(PHASE_EVENT_LINE_PREFIX);
  });
});
