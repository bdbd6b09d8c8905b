import { distance } from 'fastest-levenshtein';

/** How close a candidate must be to count as a likely typo fix. */
export interface ClosestMatchOptions {
  /**
   * The largest edit distance accepted.
   * @default a third of the input's length, at least 1 and at most 4
   */
  readonly maxDistance?: number;
  /**
   * How many matches to return at most.
   * @default 3
   */
  readonly limit?: number;
}

/**
 * The candidates closest to `input` by edit distance (case-insensitive), nearest first and alphabetical among
 * equals, so the same input always gets the same suggestions. A candidate equal to the input is not a suggestion.
 */
export function closestMatches(
  input: string,
  candidates: Iterable<string>,
  options: ClosestMatchOptions = {},
): string[] {
  const needle = input.toLowerCase();
  const maxDistance = options.maxDistance ?? Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === input) continue;
    const score = distance(needle, candidate.toLowerCase());
    if (score <= maxDistance) scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return scored.slice(0, options.limit ?? 3).map(({ candidate }) => candidate);
}

/**
 * ` Did you mean 'x'?` (or `'x' or 'y'`) for a hint or message, or an empty string when nothing is close: append it
 * to a sentence as it is.
 */
export function didYouMean(input: string, candidates: Iterable<string>, options: ClosestMatchOptions = {}): string {
  const matches = closestMatches(input, candidates, options);
  if (matches.length === 0) return '';
  const quoted = matches.map((match) => `'${match}'`);
  const listed = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${listed}?`;
}
