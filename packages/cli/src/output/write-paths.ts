import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../exit-codes.js';
import { displayPath } from './printer.js';

/**
 * Creates `directory` and its missing parents, one level at a time after checking that the nearest existing ancestor
 * is a directory (a recursive `mkdir` under a file, or under a pseudo file system such as /proc, fails late or not at
 * all). Every failure is a `CliError` naming the path.
 * @param option how the user gave the path (`-o`, `init <dir>`), for the hint
 * @param requested the path the user asked for, when `directory` is only its folder, for the message
 */
export function createDirectory(directory: string, option: string, requested: string = directory): void {
  const absolute = path.resolve(directory);
  const missing: string[] = [];
  let existing = absolute;
  while (!fs.existsSync(existing)) {
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (fs.existsSync(existing) && !fs.statSync(existing).isDirectory()) {
    throw new CliError(
      'usage',
      `Cannot create ${displayPath(path.resolve(requested))}: ${displayPath(existing)} is a file, not a directory.`,
      {
        hint: `Pass ${option} a path whose parent folders are directories (or move ${displayPath(existing)} away).`,
      },
    );
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      throw new CliError('usage', `Cannot create the directory ${displayPath(level)}: ${reasonOf(error)}.`, {
        hint: `Pass ${option} a path in a directory you can write to.`,
      });
    }
  }
}

/**
 * Writes `text` to `file`, creating its directory first (see {@link createDirectory}). A directory in the way, a
 * file where a parent folder should be, or a file system that refuses the write is a `CliError` naming the path.
 * @param option how the user gave the path (`-o`), for the hint
 */
export function writeOutputFile(file: string, text: string, option: string): void {
  const absolute = path.resolve(file);
  if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) {
    throw new CliError(
      'usage',
      `${displayPath(absolute)} is a directory; ${option} takes the path of a file to write.`,
      {
        hint: `Pass ${option} the path of a file, e.g. one inside ${displayPath(absolute)}.`,
      },
    );
  }
  createDirectory(path.dirname(absolute), option, absolute);
  try {
    fs.writeFileSync(absolute, text);
  } catch (error) {
    throw new CliError('usage', `Cannot write ${displayPath(absolute)}: ${reasonOf(error)}.`, {
      hint: `Pass ${option} a path in a directory you can write to.`,
    });
  }
}

/** The system's reason without Node's `ERRNO: ..., syscall 'path'` decoration. */
function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return code ? `${reason} (${code})` : reason;
}
