import type { CatalogEntry, ConfigPath, DeploymentFacts } from '@litellm-cdk/core';
import type { ConfigView } from './config-view.js';

/** What a rule looks at: one `model_list` entry, one model group, or the whole config. */
export type SubjectKind = 'deployment' | 'group' | 'config';

/**
 * One `model_list` entry, as plain data: secrets are their references (`os.environ/NAME`), exactly what the YAML
 * holds. The same whether it was read from a hand-written file or built from constructs at synth.
 */
export interface DeploymentSubject {
  readonly kind: 'deployment';
  /** `['model_list', <index>]` in the (merged) config document. */
  readonly path: ConfigPath;
  readonly index: number;
  /** The group the entry serves (`model_name`). */
  readonly modelName: string;
  /** The whole entry. */
  readonly entry: Readonly<Record<string, unknown>>;
  /** `litellm_params` (empty when absent). */
  readonly params: Readonly<Record<string, unknown>>;
  /** `model_info` (empty when absent). */
  readonly modelInfo: Readonly<Record<string, unknown>>;
  /** `litellm_params.model` when it is a literal string. */
  readonly model: string | undefined;
  /** The model's catalog entry (by `model`, else by `model_info.base_model`), when the catalog lists it. */
  readonly catalogEntry: CatalogEntry | undefined;
  /** `model_info.mode`, else the catalog's mode; `undefined` when neither says. */
  readonly mode: string | undefined;
  /** `model_info.max_input_tokens`, else the catalog's context window. */
  readonly maxInputTokens: number | undefined;
  /**
   * What the code that created the deployment knew (provider, region, geography, ...).
   * @default - only at synth; `undefined` for hand-written configs
   */
  readonly facts: DeploymentFacts | undefined;
  /** The whole config the entry belongs to. */
  readonly config: ConfigView;
}

/** One model group: the entries sharing a `model_name`, in document order. */
export interface GroupSubject {
  readonly kind: 'group';
  /** The path of the group's first entry. */
  readonly path: ConfigPath;
  /** The `model_name`. */
  readonly name: string;
  readonly deployments: readonly DeploymentSubject[];
  readonly config: ConfigView;
}

/** The whole config document (a main config merged with the files it includes). */
export interface ConfigSubject {
  readonly kind: 'config';
  /** The empty path: the document itself. */
  readonly path: ConfigPath;
  readonly config: ConfigView;
}

/** Any subject. */
export type PolicySubject = DeploymentSubject | GroupSubject | ConfigSubject;

/** The subject type of a kind. */
export type SubjectOf<K extends SubjectKind> = K extends 'deployment'
  ? DeploymentSubject
  : K extends 'group'
    ? GroupSubject
    : ConfigSubject;
