import { InvalidArgumentError } from 'commander';

/**
 * A commander value parser that refuses an empty value (`--output ''`), so that the error names the flag or argument
 * it was given to, not a file the empty value would have fallen back to. `what` completes "it takes ...".
 */
export function nonEmpty(what: string): (value: string) => string {
  return (value) => {
    if (!value.trim()) throw new InvalidArgumentError(`The value is empty; it takes ${what}.`);
    return value;
  };
}

/** Like {@link nonEmpty}, for a flag that may be repeated: collects its values in order. */
export function nonEmptyRepeated(what: string): (value: string, previous: string[] | undefined) => string[] {
  const check = nonEmpty(what);
  return (value, previous) => [...(previous ?? []), check(value)];
}
