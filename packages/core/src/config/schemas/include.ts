// `include`: further config files merged into this one.
import * as z from 'zod';

/**
 * The `include` section: paths relative to the main file. A list in an included file extends the same key (so
 * `model_list` entries add up); any other value replaces the key. Includes do not nest.
 */
export const IncludeSchema = z
  .array(z.string())
  .describe('Files merged into this one, relative to it: lists extend the same key, other values replace it.');

/** The `include` section. */
export type IncludeYaml = z.infer<typeof IncludeSchema>;
