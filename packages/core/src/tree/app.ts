import * as path from 'node:path';
import { Construct } from 'constructs';
import type { Assembly } from '../synth/assembly.js';
import { synthesize } from '../synth/synthesize.js';
import {
  FAILURE_REPORT_ENV,
  reportFailureToFile,
  synthesisFailureOf,
  type SynthesisFailureListener,
} from '../synth/synthesis-failure.js';
import { PHASE_EVENTS_ENV, reportPhasesToCli, type SynthesisPhaseListener } from '../synth/synthesis-phases.js';

const APP_SYMBOL = Symbol.for('@litellm-cdk/core.App');

/** The environment variable that sets the output directory when `outdir` is not given (the CLI sets it). */
export const OUTDIR_ENV = 'LITELLM_CDK_OUTDIR';
/** The environment variable that turns on strict mode when set to `1` or `true` (the CLI's `--strict`). */
export const STRICT_ENV = 'LITELLM_CDK_STRICT';
/** The environment variable holding JSON context values (the CLI passes `litellm-cdk.json`'s `context`). */
export const CONTEXT_ENV = 'LITELLM_CDK_CONTEXT';

/** Props of an `App`. */
export interface AppProps {
  /**
   * Where the assembly is written.
   * @default - `$LITELLM_CDK_OUTDIR`, else `litellm.out`
   */
  readonly outdir?: string;
  /**
   * Fail synth on warnings that are not acknowledged.
   * @default - true when `$LITELLM_CDK_STRICT` is `1` or `true`
   */
  readonly strict?: boolean;
  /**
   * The app's name, written in each config's header comment.
   * @default - the file name of the script that runs the app, without extension
   */
  readonly name?: string;
  /**
   * Context values, read with `node.tryGetContext(key)`.
   * @default - the JSON object in `$LITELLM_CDK_CONTEXT`, if any
   */
  readonly context?: Record<string, unknown>;
  /**
   * Told when each phase of `synth()` (aspects, render, validation, write) starts and finishes, with its duration.
   * @default - when `$LITELLM_CDK_PHASE_EVENTS` is `1` (the CLI sets it), each event is reported to the CLI on stderr
   */
  readonly onSynthesisPhase?: SynthesisPhaseListener;
  /**
   * Told why `synth()` failed (the validation report, or the output directory problem), before the error is thrown.
   * @default - when `$LITELLM_CDK_FAILURE_REPORT` names a file (the CLI sets it), the failure is written there as JSON
   */
  readonly onSynthesisFailure?: SynthesisFailureListener;
}

/** The root of the construct tree. Holds any number of `ProxyConfig`s; `synth()` writes them as an assembly. */
export class App extends Construct {
  /** Whether `x` is an `App`, from this or any other copy of the library. */
  public static isApp(x: unknown): x is App {
    return typeof x === 'object' && x !== null && APP_SYMBOL in x;
  }

  /** The output directory, absolute. */
  public readonly outdir: string;
  /** Whether unacknowledged warnings fail synth. */
  public readonly strict: boolean;
  /** The app's name, as written in config headers. */
  public readonly name: string;
  private readonly onSynthesisPhase: SynthesisPhaseListener | undefined;
  private readonly onSynthesisFailure: SynthesisFailureListener | undefined;
  private assembly: Assembly | undefined;
  private failure: unknown;

  public constructor(props: AppProps = {}) {
    super(undefined as unknown as Construct, '');
    Object.defineProperty(this, APP_SYMBOL, { value: true });
    this.outdir = path.resolve(props.outdir ?? process.env[OUTDIR_ENV] ?? 'litellm.out');
    this.strict = props.strict ?? ['1', 'true'].includes(process.env[STRICT_ENV] ?? '');
    this.name = props.name ?? defaultAppName();
    this.onSynthesisPhase =
      props.onSynthesisPhase ?? (process.env[PHASE_EVENTS_ENV] === '1' ? reportPhasesToCli : undefined);
    const failureFile = process.env[FAILURE_REPORT_ENV];
    this.onSynthesisFailure = props.onSynthesisFailure ?? (failureFile ? reportFailureToFile(failureFile) : undefined);
    const context = props.context ?? contextFromEnvironment();
    for (const [key, value] of Object.entries(context)) this.node.setContext(key, value);
  }

  /**
   * Runs synthesis: aspects, validation, rendering, and the atomic write of the assembly to `outdir`.
   * Throws a `SynthesisError` listing every problem when validation fails; the previous output is left untouched.
   * A second call returns the same assembly.
   */
  public synth(): Assembly {
    // The tree is locked after the first attempt: a second one gives the same result, success or failure.
    if (this.failure !== undefined) throw this.failure;
    try {
      this.assembly ??= synthesize(this, {
        outdir: this.outdir,
        strict: this.strict,
        write: true,
        onPhase: this.onSynthesisPhase,
      });
    } catch (error) {
      this.failure = error;
      const failure = synthesisFailureOf(error);
      if (failure) this.onSynthesisFailure?.(failure);
      throw error;
    }
    return this.assembly;
  }
}

function defaultAppName(): string {
  const script = process.argv[1];
  return script ? path.basename(script).replace(/\.[cm]?[jt]s$/, '') : 'app';
}

function contextFromEnvironment(): Record<string, unknown> {
  const raw = process.env[CONTEXT_ENV];
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new Error(`$${CONTEXT_ENV} must hold a JSON object of context values; got: ${raw.slice(0, 80)}`);
}
