// `environment_variables`: exported to the proxy's environment at start-up, each value converted with `str()`.
import * as z from 'zod';

/**
 * The `environment_variables` section: NAME -> value. LiteLLM exports these after it has resolved the
 * `os.environ/` references of the file, so a variable defined only here cannot be referenced elsewhere in it.
 */
export const EnvironmentVariablesSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'expected a scalar value' }))
  .describe('Variables exported to the proxy environment at start-up (after `os.environ/` references are resolved).');

/** The `environment_variables` section. */
export type EnvironmentVariablesYaml = z.infer<typeof EnvironmentVariablesSchema>;
