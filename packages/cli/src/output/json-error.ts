import { CliError } from '../exit-codes.js';
import { JSON_OUTPUT_VERSION, type JsonError } from './json-shapes.js';
import type { Printer } from './printer.js';

/** Whether a command printed its own `conclusion: "error"` document in this run, so the fallback does not repeat it. */
let errorDocumentPrinted = false;

/**
 * Runs a command's work; when it fails with a `CliError` and `--json` was given, first prints the command's JSON
 * document with `conclusion: "error"` (built by `document`) so that scripts always get one JSON object, then lets
 * the error go on to be printed on stderr and mapped to exit code 2.
 */
export async function printJsonError(
  printer: Printer,
  json: boolean | undefined,
  document: (error: JsonError) => unknown,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (json && CliError.isCliError(error)) {
      printer.json(document(toJsonError(error)));
      errorDocumentPrinted = true;
    }
    throw error;
  }
}

/** The `error` member of a `--json` document. */
export function toJsonError(error: CliError): JsonError {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(error.details ? { details: error.details } : {}),
  };
}

/** Whether `argv` asks for JSON output: `--json`, `--format json` or `--format=json`. */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (arg, index) => arg === '--json' || arg === '--format=json' || (arg === '--format' && argv[index + 1] === 'json'),
  );
}

/**
 * The JSON document of an error no command printed a document for (a bad flag commander rejected, a `CliError` of a
 * command without its own error document), so that `--json` and `--format json` always give one JSON object:
 * `{version, command, conclusion: "error", error}`. Returns `undefined` when the command printed one already.
 */
export function fallbackErrorDocument(
  command: string | undefined,
  error: JsonError,
): Record<string, unknown> | undefined {
  if (errorDocumentPrinted) return undefined;
  errorDocumentPrinted = true;
  return { version: JSON_OUTPUT_VERSION, command: command ?? null, conclusion: 'error', error };
}

/** Forgets that an error document was printed; `runCli` calls it first, since tests run it many times in one process. */
export function resetErrorDocument(): void {
  errorDocumentPrinted = false;
}
