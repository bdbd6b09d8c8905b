import * as fs from 'node:fs';

/** The phases of synthesis, in the order they run (after the app has built its tree). */
export const SYNTHESIS_PHASES = ['aspects', 'render', 'validation', 'write'] as const;

/** One phase of synthesis: `aspects`, `render`, `validation` (with the assembly built) or `write`. */
export type SynthesisPhase = (typeof SYNTHESIS_PHASES)[number];

/** A phase of synthesis started, or finished after `durationMs` milliseconds. */
export type SynthesisPhaseEvent =
  | { readonly phase: SynthesisPhase; readonly state: 'started' }
  | { readonly phase: SynthesisPhase; readonly state: 'finished'; readonly durationMs: number };

/** Called at the start and end of each phase of synthesis; for progress displays and timings. */
export type SynthesisPhaseListener = (event: SynthesisPhaseEvent) => void;

/** The environment variable the CLI sets to `1` to receive an `App`'s phase events (see {@link reportPhasesToCli}). */
export const PHASE_EVENTS_ENV = 'LITELLM_CDK_PHASE_EVENTS';

/** How a phase event reads on stderr when an `App` reports to the CLI: this prefix, then the event as JSON. */
export const PHASE_EVENT_LINE_PREFIX = '::litellm-cdk-phase::';

/**
 * The listener an `App` run by the CLI uses: each event as one line on stderr, which the CLI reads (and removes
 * from the app's output) as it comes. Written synchronously, so a phase that blocks the process is shown running.
 */
export const reportPhasesToCli: SynthesisPhaseListener = (event) => {
  fs.writeSync(2, `${PHASE_EVENT_LINE_PREFIX}${JSON.stringify(event)}\n`);
};

/** Runs `work` as `phase`, telling `listener` when it starts and how long it took. */
export function runPhase<T>(phase: SynthesisPhase, listener: SynthesisPhaseListener | undefined, work: () => T): T {
  if (!listener) return work();
  listener({ phase, state: 'started' });
  const started = performance.now();
  const result = work();
  listener({ phase, state: 'finished', durationMs: performance.now() - started });
  return result;
}
