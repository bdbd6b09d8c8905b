import { CommanderError } from 'commander';
import { CliError, ExitCode } from './exit-codes.js';
import { colorsFor, setColorFlag } from './output/colors.js';
import { fallbackErrorDocument, resetErrorDocument, toJsonError, wantsJson } from './output/json-error.js';
import { createProgram } from './program.js';

/**
 * Runs `litellm-cdk` with `argv` (`process.argv`: node, script, then the arguments) and returns the exit code:
 * 0 success, 1 problems found, 2 the command could not run (see `ExitCode`). Nothing here calls `process.exit`, so
 * output piped to another program is flushed completely.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Decided before commander prints anything, help and parse errors included.
  setColorFlag(argv.includes('--no-color') ? false : undefined);
  resetErrorDocument();
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
    if (wantsJson(argv)) printJsonErrorDocument(argv, error);
    return exitCodeOf(error);
  }
}

/** `--json` promises one JSON object on stdout, also when the flags are wrong or the command cannot run. */
function printJsonErrorDocument(argv: readonly string[], error: unknown): void {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  let jsonError: ReturnType<typeof toJsonError>;
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return;
    const message = error.message.replace(/^error: /, '');
    const hint = `Run "litellm-cdk ${command ? `${command} ` : ''}--help" for usage.`;
    jsonError = toJsonError(new CliError('usage', message, { hint }));
  } else if (CliError.isCliError(error)) {
    jsonError = toJsonError(error);
  } else return;
  const document = fallbackErrorDocument(command, jsonError);
  if (document) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
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
  process.stderr.write(
    `${c.red('Internal error in litellm-cdk; please report it with the output below.')}\n${stack}\n`,
  );
  return ExitCode.Usage;
}
