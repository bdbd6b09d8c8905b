const OUTPUT_DIRECTORY_ERROR_SYMBOL = Symbol.for('@litellm-cdk/core.OutputDirectoryError');

/**
 * Synth could not write its assembly: the output location is not ours to replace, or the file system refused.
 * The message names the path and the cause in words; `hint` says what to do. Nothing was written and the previous
 * output, if any, is as it was.
 */
export class OutputDirectoryError extends Error {
  /** Whether `x` is an `OutputDirectoryError`, from this or any other copy of the library. */
  public static isOutputDirectoryError(x: unknown): x is OutputDirectoryError {
    return typeof x === 'object' && x !== null && OUTPUT_DIRECTORY_ERROR_SYMBOL in x;
  }

  public constructor(
    message: string,
    /** What to do about it. */
    public readonly hint: string,
    /** The path that could not be written. */
    public readonly path: string,
  ) {
    super(`${message}\n  fix: ${hint}`);
    Object.defineProperty(this, OUTPUT_DIRECTORY_ERROR_SYMBOL, { value: true });
    this.name = 'OutputDirectoryError';
  }

  /** The message without the hint line. */
  public get reason(): string {
    return this.message.replace(/\n {2}fix: [\s\S]*$/, '');
  }
}

/** The causes of file-system failures a user can meet, in words. */
const CAUSES: Readonly<Record<string, string>> = {
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'a directory is in the way',
  ENOENT: 'the location does not exist or does not accept new files (a virtual file system such as /proc)',
  ELOOP: 'the path has a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EIO: 'the device reported an input/output error',
  EBUSY: 'the path is in use (a mount point?)',
  EXDEV: 'the path crosses file systems',
  EMFILE: 'too many files are open',
};

/** `error`'s cause in words, with its code for searching: `the file system is read-only (EROFS)`. */
export function causeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  const message =
    error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '') : String(error);
  return code ? `${message} (${code})` : message;
}

/** Runs `operation`; a file-system failure becomes an `OutputDirectoryError` about `subject`. */
export function describingFailure<T>(subject: string, what: string, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    throw writeFailure(subject, what, error);
  }
}

/** The `OutputDirectoryError` for a file-system failure `error` while doing `what` for `subject`. */
export function writeFailure(subject: string, what: string, error: unknown): OutputDirectoryError {
  if (OutputDirectoryError.isOutputDirectoryError(error)) return error;
  return new OutputDirectoryError(
    `Cannot write the assembly to ${subject}: ${what} failed because ${causeOf(error)}.`,
    hintFor(error),
    subject,
  );
}

function hintFor(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'Free some space on that device, or choose an outdir on another one.';
    case 'EROFS':
      return 'Choose an outdir on a writable file system.';
    case 'EACCES':
    case 'EPERM':
      return 'Choose an outdir in a directory you can write to, or fix its permissions.';
    default:
      return 'Choose an outdir in a writable directory of a regular file system.';
  }
}
