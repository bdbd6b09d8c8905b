/**
 * How a finding is accepted where it was found: in an app, by acknowledging it on a construct; in a hand-written
 * YAML file, by a suppression in the suppressions file (or `--ignore` for one run).
 */
export type AcceptanceMechanism =
  | { readonly kind: 'acknowledgement'; readonly constructPath: string }
  | { readonly kind: 'suppression'; readonly file: string; readonly path: string };

/** The phrases of the checks' hints that say "accept this finding", whatever check wrote them. */
const ACKNOWLEDGE_PHRASE =
  /\b[Aa]cknowledge (?:this finding|the finding|the warning|this warning|this)\b(?: with a reason\b)?/;

/**
 * `hint` with its generic "acknowledge this finding" naming the mechanism that applies: for an app,
 * `Annotations.of(<construct>).acknowledge('<id>', reason)`; for a YAML file, an entry of the suppressions file.
 * A hint that does not speak of acknowledging is returned as it is.
 */
export function hintWithMechanism(hint: string, id: string, mechanism: AcceptanceMechanism): string {
  const match = ACKNOWLEDGE_PHRASE.exec(hint);
  if (!match) return hint;
  const capital = match[0].startsWith('A');
  const how =
    mechanism.kind === 'acknowledgement'
      ? `acknowledge it in the app with Annotations.of(${mechanism.constructPath || 'app'}).acknowledge('${id}', reason)`
      : `suppress it in ${mechanism.file} with {rule: ${id}${mechanism.path ? `, path: ${mechanism.path}` : ''}, reason: ...}`;
  return hint.replace(match[0], capital ? how[0].toUpperCase() + how.slice(1) : how);
}
