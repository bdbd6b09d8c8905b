/** How serious a finding is: errors fail synth, warnings fail only in strict mode, info is kept for the report. */
export type Severity = 'error' | 'warning' | 'info';

/** A location inside a config document: keys and list indexes from the top, e.g. `['model_list', 3, 'litellm_params', 'api_key']`. */
export type ConfigPath = readonly (string | number)[];

/**
 * One problem (or remark) about a LiteLLM config document.
 *
 * Produced by the document validator, which works on plain parsed config objects so that the same checks run on a
 * synthesized config (where paths are mapped back to construct paths) and on a hand-written file (where paths are
 * mapped to line and column).
 */
export interface ConfigFinding {
  readonly severity: Severity;
  /** Stable identifier, `core/<kebab-case>`, e.g. `core/unknown-key`; acknowledgements and reports refer to it. */
  readonly id: string;
  /** What is wrong, in one sentence, naming the offending value. */
  readonly message: string;
  /** Where in the document it is. */
  readonly path: ConfigPath;
  /** The document the path points into, when it is not the main one (an `include`d file). */
  readonly file?: string;
  /** What to do about it. */
  readonly hint?: string;
}

/** A parsed config document and the name it is known by (a file path, or a config's file name in an assembly). */
export interface ConfigDocument {
  readonly file: string;
  readonly content: unknown;
}
