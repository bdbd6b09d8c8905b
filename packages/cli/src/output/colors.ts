import pc from 'picocolors';

/** The styles the CLI uses; each returns its input unchanged when colours are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/** What decides whether a stream gets colours. */
export interface ColorEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** `false` after `--no-color`. */
  readonly flag?: boolean;
}

/**
 * Whether to colour output, by the usual conventions in this order: `--no-color` and a non-empty `NO_COLOR`
 * (https://no-color.org) turn colours off; `FORCE_COLOR` other than `0`/`false` turns them on; otherwise only a
 * terminal that is not `TERM=dumb` gets them.
 */
export function shouldUseColor({ env, isTTY, flag }: ColorEnvironment): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

let colorFlag: boolean | undefined;
const cache = new Map<NodeJS.WriteStream, Colors>();

/** Records the global `--color`/`--no-color` flag; call before anything is printed. */
export function setColorFlag(flag: boolean | undefined): void {
  colorFlag = flag;
  cache.clear();
}

/** Whether `stream` gets colours, given the environment and the `--no-color` flag. */
export function colorsEnabledFor(stream: NodeJS.WriteStream): boolean {
  return shouldUseColor({ env: process.env, isTTY: stream.isTTY === true, flag: colorFlag });
}

/** The styles for `stream` (stdout by default), decided once per stream. */
export function colorsFor(stream: NodeJS.WriteStream = process.stdout): Colors {
  let colors = cache.get(stream);
  if (!colors) {
    colors = pc.createColors(colorsEnabledFor(stream));
    cache.set(stream, colors);
  }
  return colors;
}
