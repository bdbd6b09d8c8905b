import { describe, expect, it } from 'vitest';
import { formatPhaseTimings, PhaseProgress } from '../src/synth/phase-progress.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

const run = (progress: PhaseProgress) => {
  progress.start();
  for (const phase of ['aspects', 'render', 'validation', 'write']) {
    progress.onPhase({ phase, state: 'started' });
    progress.onPhase({ phase, state: 'finished', durationMs: 10 });
  }
  return progress.finish();
};

describe('PhaseProgress', () => {
  it('draws the running phase on one terminal line, then erases it', () => {
    const terminal = stream(true);
    run(new PhaseProgress(terminal.stream, true));
    const shown = terminal.writes.join('');
    for (const label of [
      '[1/5] building the construct tree',
      '[2/5] running aspects',
      '[3/5] rendering configs',
      '[4/5] validating',
      '[5/5] writing the assembly',
    ]) {
      expect(shown).toContain(label);
    }
    expect(terminal.writes[terminal.writes.length - 1]).toBe('\r\u001b[2K');
    expect(shown).not.toContain('\n');
  });

  it('draws nothing on a pipe or when asked not to, and keeps the timings either way', () => {
    const pipe = stream(false);
    const quiet = stream(true);
    const timings = run(new PhaseProgress(pipe.stream, true));
    run(new PhaseProgress(quiet.stream, false));
    expect([pipe.writes, quiet.writes]).toEqual([[], []]);
    expect(timings.map((t) => t.phase)).toEqual(['tree', 'aspects', 'render', 'validation', 'write']);
    expect(formatPhaseTimings(timings.slice(1))).toBe('aspects 0.01s, render 0.01s, validation 0.01s, write 0.01s');
  });
});
