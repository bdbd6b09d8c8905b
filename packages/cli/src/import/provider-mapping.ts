/** A `model_list` entry whose shape a model group can hold: a `model_name` and `litellm_params` with a `model`. */
export interface GroupEntry {
  /** Its index in the file's `model_list`. */
  readonly index: number;
  readonly modelName: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** `model_info`; `undefined` when absent. */
  readonly modelInfo: unknown;
  /** Keys of the entry besides `model_name`, `litellm_params` and `model_info`. */
  readonly extraKeys: readonly string[];
}

/** Consecutive `model_list` entries of one model group, where the group first appears in its file. */
export interface GroupRun {
  readonly modelName: string;
  readonly entries: readonly GroupEntry[];
  /** The file, for error messages. */
  readonly file: string;
}

/** Whether `value` is a mapping (a plain object). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
