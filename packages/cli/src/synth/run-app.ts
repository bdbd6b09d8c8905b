import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SynthesisFailure, ValidationReport } from '@litellm-cdk/core';
import { CliError } from '../exit-codes.js';
import type { ProjectConfig } from '../project-config.js';
import { makeTemporaryDirectory, removeTemporaryDirectory, stopOnInterrupt } from './interrupt-cleanup.js';
import { outputError } from './output-directory.js';
import { canRunInProcess, inProcessAppFile, prepareAppInProcess, runAppInProcess } from './run-app-in-process.js';

/**
 * The environment variables core's `App` reads (core exports the same names; a test keeps them equal). They are
 * repeated here so that the CLI starts without loading core.
 */
export const APP_ENVIRONMENT = {
  outdir: 'LITELLM_CDK_OUTDIR',
  strict: 'LITELLM_CDK_STRICT',
  context: 'LITELLM_CDK_CONTEXT',
  failureReport: 'LITELLM_CDK_FAILURE_REPORT',
  phaseEvents: 'LITELLM_CDK_PHASE_EVENTS',
} as const;

/** How core's `App` writes a phase event on stderr (core exports the same prefix; a test keeps them equal). */
export const PHASE_EVENT_LINE_PREFIX = '::litellm-cdk-phase::';

/** A phase of synthesis started or finished in the app (core's `SynthesisPhaseEvent`). */
export type AppPhaseEvent =
  | { readonly phase: string; readonly state: 'started' }
  | { readonly phase: string; readonly state: 'finished'; readonly durationMs: number };

/** Options of `runApp()`. */
export interface RunAppOptions {
  readonly project: ProjectConfig;
  /** Where the app writes its assembly (absolute). */
  readonly outdir: string;
  /** Fail on unacknowledged warnings (`--strict`). */
  readonly strict: boolean;
  /**
   * Told when each phase of the app's synthesis starts and finishes (the lines core writes for them never reach the
   * app's echoed stderr).
   * @default - the app is not asked for phase events
   */
  readonly onPhase?: (event: AppPhaseEvent) => void;
}

/** What the app printed while it ran. */
export interface AppOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

/** How a run ended when the app did its job: it wrote an assembly, or its validation failed and nothing was written. */
export type AppRunOutcome =
  | { readonly kind: 'synthesized'; readonly output: AppOutput }
  | { readonly kind: 'failed'; readonly report: ValidationReport; readonly output: AppOutput };

/**
 * Runs the project's app command in a shell in the project directory, with the output directory, strict mode,
 * context and a failure-report file in the environment, and `node_modules/.bin` of the project (and its parents) on
 * PATH, as `npm run` does.
 *
 * A failed validation is an outcome (the app wrote its report); an app that exits with an error without a report,
 * or exits cleanly without writing an assembly, is a `CliError` carrying the app's output.
 */
export async function runApp(options: RunAppOptions): Promise<AppRunOutcome> {
  const { project, outdir, strict } = options;
  const scratch = makeTemporaryDirectory('litellm-cdk-run-');
  const reportFile = path.join(scratch, 'failure-report.json');
  const before = manifestStamp(outdir);
  try {
    const env = appEnvironment(process.env, {
      PATH: commandPath(project.directory, process.env.PATH),
      [APP_ENVIRONMENT.outdir]: outdir,
      [APP_ENVIRONMENT.context]: JSON.stringify(project.context),
      [APP_ENVIRONMENT.failureReport]: reportFile,
      // Always set: a LITELLM_CDK_STRICT=1 left in the shell must not make a plain synth strict.
      [APP_ENVIRONMENT.strict]: strict ? '1' : '0',
      ...(options.onPhase ? { [APP_ENVIRONMENT.phaseEvents]: '1' } : {}),
    });
    const result = await runCommand(project.app, project.directory, env, options.onPhase);
    const output: AppOutput = { stdout: result.stdout, stderr: result.stderr, durationMs: result.durationMs };

    if (fs.existsSync(reportFile)) {
      const failure = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SynthesisFailure;
      if (failure.kind === 'output-directory') throw outputError(failure.message, failure.hint);
      return { kind: 'failed', report: failure.report, output };
    }
    if (result.code !== 0) throw crashError(project.app, result);
    const after = manifestStamp(outdir);
    if (after === undefined || after === before) {
      throw new CliError('no-output', `The app exited without writing an assembly to ${outdir}.`, {
        details: [result.stdout, result.stderr].filter(Boolean).join('\n'),
        hint: 'End the app file with app.synth(), and create the App without an outdir: the CLI sets it through $LITELLM_CDK_OUTDIR.',
      });
    }
    return { kind: 'synthesized', output };
  } finally {
    removeTemporaryDirectory(scratch);
  }
}

/**
 * The environment of the app: the caller's, without any of the variables the CLI owns (`APP_ENVIRONMENT`), then
 * `settings` (which sets each of them), so that only the command line decides how the app synthesizes.
 */
export function appEnvironment(
  inherited: NodeJS.ProcessEnv,
  settings: Readonly<Record<string, string>>,
): NodeJS.ProcessEnv {
  const owned = new Set<string>(Object.values(APP_ENVIRONMENT));
  const kept = Object.entries(inherited).filter(([key]) => !owned.has(key));
  return { ...Object.fromEntries(kept), ...settings };
}

/**
 * Runs the app command: in this process when it just runs one file through Node (`tsx main.ts`, the command `init`
 * writes), which saves a shell, tsx's CLI and a second Node start-up; otherwise in a shell, as written.
 */
async function runCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  onPhase?: (event: AppPhaseEvent) => void,
): Promise<ShellResult> {
  const file = appFileInProcess(command, cwd);
  if (file !== undefined) {
    const stderr = new AppStderr(onPhase);
    const run = await runAppInProcess(file, cwd, env, (text) => stderr.take(text));
    return { ...run, stderr: stderr.end(), signal: null };
  }
  return runShell(command, cwd, env, onPhase);
}

/** The app file when the app command runs in this process (see `runCommand`), else undefined. */
function appFileInProcess(command: string, cwd: string): string | undefined {
  const file = inProcessAppFile(command);
  const runsInProcess =
    file !== undefined &&
    process.env.LITELLM_CDK_APP_PROCESS !== 'separate' &&
    canRunInProcess(path.resolve(cwd, file));
  return runsInProcess ? file : undefined;
}

/**
 * Makes the project's app ready to run before `runApp` runs it, when it runs in this process: its bundle is built (or
 * found up to date) and the CLI uses the bundle's copy of core from then on, so that checks the CLI makes with core
 * before the app runs do not load a second copy. Does nothing for an app that runs in a shell.
 */
export async function prepareApp(project: ProjectConfig): Promise<void> {
  const file = appFileInProcess(project.app, project.directory);
  if (file !== undefined) await prepareAppInProcess(file, project.directory);
}

/** The app's stderr, from which phase events (whole lines) go to `onPhase`; the rest is the app's own output. */
class AppStderr {
  private readonly kept: string[] = [];
  private partialLine = '';

  public constructor(private readonly onPhase?: (event: AppPhaseEvent) => void) {}

  public take(text: string, final = false): void {
    const lines = (this.partialLine + text).split('\n');
    this.partialLine = final ? '' : (lines.pop() ?? '');
    for (const [i, line] of lines.entries()) {
      if (line.startsWith(PHASE_EVENT_LINE_PREFIX))
        this.onPhase?.(JSON.parse(line.slice(PHASE_EVENT_LINE_PREFIX.length)) as AppPhaseEvent);
      else this.kept.push(final && i === lines.length - 1 ? line : `${line}\n`);
    }
  }

  /** Everything that was not a phase event. */
  public end(): string {
    this.take('', true);
    return this.kept.join('');
  }
}

interface ShellResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  onPhase?: (event: AppPhaseEvent) => void,
): Promise<ShellResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // In a process group of its own, so that an interrupt stops the app and not only the shell that runs it.
    const child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    stopOnInterrupt(child);
    const stdout: Buffer[] = [];
    const stderr = new AppStderr(onPhase);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.take(chunk));
    child.on('error', (error) =>
      reject(new CliError('app-crash', `Could not start the app command "${command}": ${error.message}`)),
    );
    child.on('close', (code, signal) => {
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: stderr.end(),
        durationMs: performance.now() - started,
      });
    });
  });
}

function crashError(command: string, result: ShellResult): CliError {
  const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  const notFound = result.code === 127;
  return new CliError('app-crash', `The app ${how} before it finished synthesis (app command: ${command}).`, {
    details: [result.stdout, result.stderr]
      .filter((text) => text.trim())
      .join('\n')
      .trimEnd(),
    hint: notFound
      ? `The shell could not find the command; install it in the project (e.g. pnpm add -D tsx) or fix "app" in litellm-cdk.json.`
      : "The output above is the app's own; fix the error it names and run the command again.",
  });
}

/** Identifies the manifest currently in `outdir`, so a rewrite is noticed even when its content is unchanged. */
function manifestStamp(outdir: string): string | undefined {
  try {
    const stat = fs.statSync(path.join(outdir, 'manifest.json'));
    return `${stat.ino}:${stat.mtimeMs}:${stat.ctimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The PATH an app command runs with: `node_modules/.bin` of the project directory and each of its parents first (as
 * `npm run` builds it, so `tsx main.ts` finds the project's tsx), then the caller's PATH, then the `.bin` folders
 * around this CLI's own installation as a last resort (the CLI depends on tsx itself).
 */
function commandPath(projectDirectory: string, inherited: string | undefined): string {
  const cliPackage = fs.realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  const entries = [
    ...binDirectories(projectDirectory),
    ...(inherited ? inherited.split(path.delimiter) : []),
    ...binDirectories(cliPackage),
  ];
  return [...new Set(entries.filter(Boolean))].join(path.delimiter);
}

function binDirectories(start: string): string[] {
  const directories: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    directories.push(path.join(dir, 'node_modules', '.bin'));
    if (path.dirname(dir) === dir) return directories;
  }
}
