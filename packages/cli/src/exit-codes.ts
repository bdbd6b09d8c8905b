const CLI_ERROR_SYMBOL = Symbol.for('@litellm-cdk/cli.CliError');

/**
 * The exit codes of every `litellm-cdk` command. Scripts may rely on them:
 * - 0: success (and, for `diff`, no differences or differences without `--fail`);
 * - 1: the command ran and found problems: validation errors, unacknowledged warnings under `--strict`,
 *   differences under `diff --fail`, an output directory synth may not or cannot write (nothing written);
 * - 2: the command could not run: bad flags, a missing or invalid file (`litellm-cdk.json` included), an app that
 *   crashed or wrote no output.
 */
export const ExitCode = {
  Success: 0,
  Problems: 1,
  Usage: 2,
} as const;

/** One of the exit codes of `ExitCode`. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Why a command could not run, as a stable word for `--json` output:
 * `usage` (flags, arguments, files the user named), `project` (`litellm-cdk.json`), `app-crash` (the app exited
 * with an error of its own), `no-output` (the app exited without writing an assembly), `output` (the output
 * directory is not synth's to replace, or the file system refused the write; exit code 1).
 */
export type CliErrorKind = 'usage' | 'project' | 'app-crash' | 'no-output' | 'output';

/** Options of a `CliError`. */
export interface CliErrorOptions {
  /**
   * Text to print after the message, verbatim (an app's stderr with its stack).
   * @default - none
   */
  readonly details?: string;
  /**
   * What to do about it, printed below the message.
   * @default - none
   */
  readonly hint?: string;
}

/**
 * An error a user can cause and fix. The CLI prints its message (and hint) without a stack trace and exits with
 * code 2 (1 for `output`); any other error escaping a command is a bug of the CLI and is printed with its stack.
 */
export class CliError extends Error {
  /** Whether `x` is a `CliError`, from this or any other copy of the package. */
  public static isCliError(x: unknown): x is CliError {
    return typeof x === 'object' && x !== null && CLI_ERROR_SYMBOL in x;
  }

  /** The exit code: `ExitCode.Problems` for `output`, else `ExitCode.Usage`. */
  public readonly exitCode: ExitCodeValue;
  public readonly details: string | undefined;
  public readonly hint: string | undefined;

  public constructor(
    public readonly kind: CliErrorKind,
    message: string,
    options: CliErrorOptions = {},
  ) {
    super(message);
    Object.defineProperty(this, CLI_ERROR_SYMBOL, { value: true });
    this.name = 'CliError';
    this.exitCode = kind === 'output' ? ExitCode.Problems : ExitCode.Usage;
    this.details = options.details;
    this.hint = options.hint;
  }
}
