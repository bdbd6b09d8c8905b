import * as path from 'node:path';
import { colorsFor, type Colors } from './colors.js';

/**
 * Where a command writes: results to stdout, progress and diagnostics to stderr, each with its own colour decision
 * (stdout may be piped while stderr is a terminal). `--json` output goes through `json()` so stdout holds exactly one
 * JSON document.
 */
export class Printer {
  /** Styles for stdout. */
  public readonly colors: Colors;
  /** Styles for stderr. */
  public readonly errorColors: Colors;

  public constructor(
    private readonly stdout: NodeJS.WriteStream = process.stdout,
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {
    this.colors = colorsFor(stdout);
    this.errorColors = colorsFor(stderr);
  }

  /** The width lines on stdout should fit: the terminal's, or none when stdout is not a terminal. */
  public get width(): number | undefined {
    return this.stdout.isTTY && this.stdout.columns ? this.stdout.columns : undefined;
  }

  /** A path as the user would type it (see {@link displayPath}). */
  public displayPath(absolute: string): string {
    return displayPath(absolute);
  }

  /** Writes lines to stdout. */
  public out(...lines: string[]): void {
    this.stdout.write(lines.map((line) => `${line}\n`).join(''));
  }

  /** Writes lines to stderr. */
  public err(...lines: string[]): void {
    this.stderr.write(lines.map((line) => `${line}\n`).join(''));
  }

  /** Writes `value` to stdout as one JSON document, two-space indented. */
  public json(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
}

/**
 * How every command names a file or directory: relative to `cwd` (`litellm.out`, `../configs/config.yaml`), unless
 * the absolute path is shorter (`/tmp/out` seen from deep inside a project) or there is no relative path (another
 * drive). The current directory itself is `.`.
 */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return path.isAbsolute(relative) || relative.length > absolute.length ? absolute : relative;
}
