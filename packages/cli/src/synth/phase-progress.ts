import type { AppPhaseEvent } from './run-app.js';

/** The phases a synth goes through, as the progress line and `--verbose` name them. */
const PHASE_LABELS: Readonly<Record<string, string>> = {
  tree: 'building the construct tree',
  aspects: 'running aspects',
  render: 'rendering configs',
  validation: 'validating',
  write: 'writing the assembly',
};
const PHASES = Object.keys(PHASE_LABELS);
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;

/** How long one phase took. */
export interface PhaseTiming {
  readonly phase: string;
  readonly durationMs: number;
}

/**
 * Follows the phases of one synth: `tree` (the app building its constructs, from the start until synthesis begins),
 * then core's aspects, render, validation and write. On a terminal it shows the running phase on one line of stderr,
 * redrawn in place and erased at the end; anywhere else it only keeps the timings.
 */
export class PhaseProgress {
  private readonly timings: PhaseTiming[] = [];
  private current: { phase: string; started: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;

  /** @param stream where the live line goes when `live` (stderr); nothing is drawn unless it is a terminal */
  public constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly live: boolean,
  ) {}

  /** The app starts: the tree phase begins. */
  public start(): void {
    this.current = { phase: 'tree', started: performance.now() };
    if (this.drawing) {
      this.timer = setInterval(() => this.draw(), TICK_MS);
      this.timer.unref();
      this.draw();
    }
  }

  /** A phase event of the app. */
  public readonly onPhase = (event: AppPhaseEvent): void => {
    if (event.state === 'started') {
      if (this.current?.phase === 'tree')
        this.timings.push({ phase: 'tree', durationMs: performance.now() - this.current.started });
      this.current = { phase: event.phase, started: performance.now() };
    } else {
      this.timings.push({ phase: event.phase, durationMs: event.durationMs });
      this.current = undefined;
    }
    if (this.drawing) this.draw();
  };

  /** The synth is over: erases the live line and returns the time of each phase that ran, in order. */
  public finish(): PhaseTiming[] {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.stream.write('\r\u001b[2K');
    }
    this.current = undefined;
    return [...this.timings];
  }

  private get drawing(): boolean {
    return this.live && this.stream.isTTY === true;
  }

  private draw(): void {
    const phase = this.current?.phase ?? this.timings[this.timings.length - 1]?.phase ?? 'tree';
    const elapsed = this.current ? ` ${((performance.now() - this.current.started) / 1000).toFixed(1)}s` : '';
    const step = `[${PHASES.indexOf(phase) + 1}/${PHASES.length}]`;
    this.frame = (this.frame + 1) % SPINNER.length;
    this.stream.write(`\r\u001b[2K${SPINNER[this.frame]} ${step} ${PHASE_LABELS[phase] ?? phase}…${elapsed}`);
  }
}

/** `tree 1.20s, aspects 0.31s, render 0.40s, validation 0.82s, write 0.10s`. */
export function formatPhaseTimings(timings: readonly PhaseTiming[]): string {
  return timings.map((t) => `${t.phase} ${(t.durationMs / 1000).toFixed(2)}s`).join(', ');
}
