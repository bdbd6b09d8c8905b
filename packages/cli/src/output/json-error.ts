import { CliError } from '../exit-codes.js';
import type { JsonError } from './json-shapes.js';
import type { Printer } from './printer.js';

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
    if (json && CliError.isCliError(error)) printer.json(document(toJsonError(error)));
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
