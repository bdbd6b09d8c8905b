// The documents `--json` prints. They are part of the CLI's interface: a field is only ever added; a change of
// meaning or a removal bumps `version`. docs/cli.md shows each with real output.
import type { ReportedFinding, TreeNode, ValidationReport } from '@litellm-cdk/core';
import type { CliErrorKind } from '../exit-codes.js';

/** The version of every `--json` shape below. */
export const JSON_OUTPUT_VERSION = 1;

/** Why a command could not run (exit code 2), in its `--json` output. */
export interface JsonError {
  readonly kind: CliErrorKind;
  readonly message: string;
  readonly hint?: string;
  /** What the app printed (its stack trace), when the app crashed. */
  readonly details?: string;
}

/** One config of `synth --json`. */
export interface ConfigSummaryJson {
  /** File name inside the output directory. */
  readonly file: string;
  /** Construct path of its `ProxyConfig`. */
  readonly constructPath: string;
  /** Absolute path of the written file. */
  readonly path: string;
  /** Files it `include`s. */
  readonly includes: readonly string[];
  /** Number of model groups (distinct `model_name`s). */
  readonly groups: number;
  /** Number of `model_list` entries. */
  readonly deployments: number;
  /** Providers of its deployments, sorted. */
  readonly providers: readonly string[];
  /** Environment variables it references (`os.environ/NAME`), sorted. */
  readonly environmentVariables: readonly string[];
}

/** A finding of synth as printed: the validation report's finding, and whether it failed synth. */
export type FindingJson = ReportedFinding & { readonly blocking: boolean };

/** `litellm-cdk synth --json`. */
export interface SynthJson {
  readonly version: typeof JSON_OUTPUT_VERSION;
  readonly command: 'synth';
  /** `passed`: written; `failed`: validation failed, nothing written (exit 1); `error`: could not run (exit 2). */
  readonly conclusion: 'passed' | 'failed' | 'error';
  readonly strict: boolean;
  /** The output directory, absolute. */
  readonly outdir: string;
  /** The configs written; empty unless `passed`. */
  readonly configs: readonly ConfigSummaryJson[];
  /** Every finding (errors, warnings, info, acknowledged ones), errors first. */
  readonly findings: readonly FindingJson[];
  /** Counts of unacknowledged findings by severity, and of acknowledged ones. */
  readonly summary: ValidationReport['summary'];
  readonly error?: JsonError;
}

/** A deployment as `diff` names it. */
export interface DeploymentRefJson {
  readonly modelName: string;
  /** `litellm_params.model`. */
  readonly model: string;
  /** The region (`aws_region_name`, `region_name` or `vertex_location`), when set. */
  readonly region?: string;
  /** Its credential references as sorted `key=reference` pairs (`api_key=os.environ/GEMINI_API_KEY`). */
  readonly credentials: readonly string[];
  /**
   * How the deployment is known: `id:<model_info.id>` when it has one, else model name, model, region, `api_base` and
   * credential references. Deployments are matched by id when both sides have one, else by the second form.
   */
  readonly identity: string;
  /**
   * Its position in `model_list` (includes merged in), which tells apart deployments of one identity: in the fresh
   * synth for added and changed deployments, in the compared config for removed ones.
   */
  readonly index: number;
}

/** One changed value. Plain-text strings of secret-like keys are masked as `"***"`. */
export interface ValueChangeJson {
  /** Dotted path, e.g. `litellm_params.rpm`. */
  readonly key: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A setting that changed: a key of a top-level section (`key` null for a section compared whole, like `credential_list`). */
export interface SettingChangeJson {
  readonly section: string;
  readonly key: string | null;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The differences of one config file. */
export interface ConfigDiffJson {
  readonly file: string;
  /** `added`/`removed`: the file exists on one side only. */
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly groups: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly deployments: {
    readonly added: readonly DeploymentRefJson[];
    readonly removed: readonly DeploymentRefJson[];
    readonly changed: readonly (DeploymentRefJson & {
      readonly changedKeys: readonly string[];
      readonly changes: readonly ValueChangeJson[];
    })[];
  };
  readonly settings: readonly SettingChangeJson[];
  readonly environmentVariables: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

/** `litellm-cdk diff --json`. */
export interface DiffJson {
  readonly version: typeof JSON_OUTPUT_VERSION;
  readonly command: 'diff';
  /** `identical`/`different`: compared (exit 0, or 1 with `--fail` when different); `failed`: the fresh synth failed validation (exit 1); `error`: exit 2. */
  readonly conclusion: 'identical' | 'different' | 'failed' | 'error';
  /** What the fresh synth was compared with. `none`: the output directory does not exist yet. */
  readonly against: { readonly kind: 'assembly' | 'file' | 'none'; readonly path: string };
  readonly configs: readonly ConfigDiffJson[];
  /** Findings of the fresh synth when it failed. */
  readonly findings: readonly FindingJson[];
  readonly error?: JsonError;
}

/** `litellm-cdk tree --json`. */
export interface TreeJson {
  readonly version: typeof JSON_OUTPUT_VERSION;
  readonly command: 'tree';
  readonly conclusion: 'passed' | 'failed' | 'error';
  /** The tree from `tree.json`; absent unless `passed`. */
  readonly tree?: TreeNode;
  readonly findings: readonly FindingJson[];
  readonly error?: JsonError;
}
