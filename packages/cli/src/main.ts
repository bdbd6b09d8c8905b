import { CommanderError } from 'commander';
import { CliError, ExitCode } from './exit-codes.js';
import { colorsFor, setColorFlag } from './output/colors.js';
import { createProgram } from './program.js';

/**
 * Runs `litellm-cdk` with `argv` (`process.argv`: node, script, then the arguments) and returns the exit code:
 * 0 success, 1 problems found, 2 the command could not run (see `ExitCode`). Nothing here calls `process.exit`, so
 * output piped to another program is flushed completely.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Decided before commander prints anything, help and parse errors included.
  setColorFlag(argv.includes('--no-color') ? false : undefined);
  // `litellm-cdk schema | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Success);
    throw error;
  });
  try {
    const program = await createProgram(argv);
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? ExitCode.Success);
  } catch (error) {
    return exitCodeOf(error);
  }
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the message (or the help/version text) already; 0 is help and --version.
    return error.exitCode === 0 ? ExitCode.Success : ExitCode.Usage;
  }
  const c = colorsFor(process.stderr);
  if (CliError.isCliError(error)) {
    const lines = [c.red(`Error: ${error.message}`)];
    if (error.details) lines.push('', error.details.trimEnd(), '');
    if (error.hint) lines.push(c.dim(`hint: ${error.hint}`));
    process.stderr.write(`${lines.join('\n')}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${c.red('Internal error in litellm-cdk; please report it with the output below.')}\n${stack}\n`);
  return ExitCode.Usage;
}
