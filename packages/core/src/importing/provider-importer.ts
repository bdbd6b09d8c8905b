import { ENV_VAR_NAME, Secret } from '../secrets/secret.js';

/**
 * The importer contract: how a provider package turns `model_list` entries back into its own constructs, for
 * `litellm-cdk import`. A provider package exports `importers` (a list of {@link ProviderImporter}) from its main
 * module; the CLI loads every provider package it can find and asks each importer in turn. Whatever an importer
 * proposes is checked by rendering it with the real constructs (see `verifyImportProposal`): a proposal that
 * renders even slightly differently is not used, and the entries stay plain deployments.
 */

/** One `model_list` entry of a model group, as the original file has it. */
export interface ImportedDeployment {
  /** Its index in the file's `model_list`. */
  readonly index: number;
  /** `litellm_params`, with a string `model`. */
  readonly litellmParams: Readonly<Record<string, unknown>>;
  /** `model_info`; `undefined` when absent. */
  readonly modelInfo?: unknown;
}

/** Consecutive `model_list` entries with one `model_name`: what a single model group renders. */
export interface ImportedGroup {
  readonly modelName: string;
  /** At least one entry, in file order. */
  readonly deployments: readonly ImportedDeployment[];
}

/** An export of a package, for the generated app to import and for the check to call. */
export interface ExportedName {
  /** The package the app imports it from (`@litellm-cdk/bedrock`). */
  readonly packageName: string;
  /** The export's name (`BedrockProvider`). */
  readonly name: string;
  /** The export itself. */
  readonly value: unknown;
}

const IMPORT_CALL_SYMBOL = Symbol.for('@litellm-cdk/core.ImportCall');

/**
 * A call inside a proposal's props, such as `BedrockCredentials.keys({ ... })`: the generated app writes it, the
 * check makes it.
 */
export class ImportCall {
  /** Whether `x` is an `ImportCall`, from this or any other copy of the library. */
  public static isImportCall(x: unknown): x is ImportCall {
    return typeof x === 'object' && x !== null && IMPORT_CALL_SYMBOL in x;
  }

  public constructor(
    /** The export called, or whose static method is called. */
    public readonly target: ExportedName,
    /** The static method (`keys`); `undefined` to call the export itself. */
    public readonly method: string | undefined,
    /** The arguments: plain data, `Secret`s and further calls. */
    public readonly args: readonly unknown[],
  ) {
    Object.defineProperty(this, IMPORT_CALL_SYMBOL, { value: true });
  }

  /** Makes the call. */
  public invoke(): unknown {
    const args = this.args.map(proposalValue);
    const target = this.target.value as Record<string, (...a: unknown[]) => unknown> & ((...a: unknown[]) => unknown);
    return this.method === undefined ? target(...args) : target[this.method](...args);
  }
}

/** The provider construct of a proposal: `new <construct>(scope, id, props)`. */
export interface ProposedProvider {
  /** The provider class. */
  readonly construct: ExportedName;
  /** Its construct id, in the docs' kebab-case (`bedrock`). */
  readonly id: string;
  /** Its props: plain data, `Secret`s and `ImportCall`s. */
  readonly props: unknown;
}

/** A group the proposed call creates: the first is the one it returns; others are reached through the provider. */
export interface ProposedGroup {
  /** The group's `model_name`. */
  readonly modelName: string;
  /**
   * How to reach a group other than the returned one: `provider[method](returnedGroup, ...args)`, e.g.
   * `bedrock.thinkingVariant(claude, 1024)`.
   * @default - the returned group
   */
  readonly via?: { readonly method: string; readonly args: readonly unknown[] };
}

/** What an importer proposes for one or more consecutive groups. */
export interface ImportProposal {
  readonly provider: ProposedProvider;
  /** The provider's method that creates the groups and returns the first one (`addModel`). */
  readonly method: string;
  /** Its arguments: plain data, `Secret`s and `ImportCall`s. */
  readonly args: readonly unknown[];
  /**
   * The groups the call creates, in the order they render: the groups it was asked about, then the groups right
   * after them in `model_list` that it also renders (thinking variants).
   */
  readonly groups: readonly ProposedGroup[];
}

/** A provider package's inverse mapping, from `model_list` entries back to its constructs. */
export interface ProviderImporter {
  /** Names the importer in messages (`BedrockProvider`). */
  readonly name: string;
  /**
   * Proposes constructs for `groups[start]`, and possibly for the groups right after it (its thinking variants).
   * Returns `undefined` for groups the provider does not serve. A proposal need not be exact: the check renders
   * it and uses it only when it renders the original entries.
   */
  propose(groups: readonly ImportedGroup[], start: number): ImportProposal | undefined;
  /**
   * Props of one provider construct that serves the groups of both `a` and `b` (their region maps merged, say), or
   * `undefined` when two constructs are needed. The check renders the shared construct again before it is used.
   * @default - one construct only when the props are equal
   */
  shareProvider?(a: ProposedProvider, b: ProposedProvider): ProposedProvider | undefined;
}

/** Whether `x` looks like a {@link ProviderImporter} (for importers loaded from packages). */
export function isProviderImporter(x: unknown): x is ProviderImporter {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ProviderImporter).name === 'string' &&
    typeof (x as ProviderImporter).propose === 'function'
  );
}

/**
 * A value of an original file where a secret may stand: a `Secret` for an `os.environ/NAME` reference with a
 * valid name, the value itself otherwise.
 */
export function importedSecret(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const secret = Secret.fromReference(value);
  return secret && secret.kind === 'env' && ENV_VAR_NAME.test(secret.name) ? secret : value;
}

/** A proposal's value as the constructs take it: calls made, everything else as is. */
export function proposalValue(value: unknown): unknown {
  if (ImportCall.isImportCall(value)) return value.invoke();
  if (Secret.isSecret(value) || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(proposalValue);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, proposalValue(item)]));
}
