// Building blocks shared by the section schemas: LiteLLM's scalar types (each also accepting an `os.environ/`
// reference, which LiteLLM replaces before it reads the value) and the two kinds of object schemas.
import * as z from 'zod';

/**
 * `os.environ/NAME`: LiteLLM replaces the string by the variable's value before it reads the key, so a reference
 * stands for a value of any scalar type. Whether NAME is a valid variable name is a validator finding, not a
 * schema error.
 */
export const secretReference = z
  .templateLiteral(['os.environ/', z.string()], { error: 'expected an os.environ/NAME reference' })
  .meta({
    id: 'SecretReference',
    description:
      'A reference to an environment variable, `os.environ/NAME`, replaced by its value when LiteLLM loads the file.',
  });

/** An integer (LiteLLM's `int`: 1.5 and "3" are rejected), or a secret reference. */
export const integer = z.union([z.int(), secretReference], {
  error: 'expected an integer or an os.environ/ reference',
});

/** A number, or a secret reference. */
export const number = z.union([z.number(), secretReference], {
  error: 'expected a number or an os.environ/ reference',
});

/** A boolean (YAML 1.1: `true`, `yes`, `on`, ...), or a secret reference. */
export const boolean = z.union([z.boolean(), secretReference], {
  error: 'expected a boolean or an os.environ/ reference',
});

/**
 * One of a set of strings, or a secret reference. Not for list items: LiteLLM resolves references only in mapping
 * values.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), secretReference], { error: `expected one of ${values.join(', ')}` });
}

/** A timeout in seconds, or a string (an `os.environ/` reference, or a value LiteLLM converts itself). */
export const numberOrString = z.union([z.number(), z.string()], { error: 'expected a number or a string' });

/** A list of strings. */
export const stringList = z.array(z.string());

/** A mapping whose values are not checked. */
export const anyMapping = z.record(z.string(), z.unknown());

/**
 * The catch-all of objects whose unknown keys the validator reports. Identity marks them: every object made by
 * {@link section} shares this instance, and copies made by `.describe()` or `.optional()` keep it.
 */
const reportedUnknownKey = z.unknown();

/**
 * An object of LiteLLM's with a fixed set of keys. Unknown keys are kept (LiteLLM grows faster than any schema),
 * and the validator reports each of them as a warning.
 */
export function section<const T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape).catchall(reportedUnknownKey);
}

/**
 * An object LiteLLM passes through (to a provider, a callback, a client): known keys are typed, any other key is
 * kept without a word.
 */
export function passThrough<const T extends z.core.$ZodLooseShape>(shape: T) {
  return z.looseObject(shape);
}

/** The Python constructor each object made by {@link constructorArguments} is passed to, by its catch-all. */
const constructorsByCatchall = new WeakMap<z.ZodType, string>();

/**
 * The keyword arguments of a Python constructor LiteLLM calls with the mapping (`Class(**params)`): a constructor
 * without `**kwargs` fails with a TypeError on any other key, so the validator reports unknown keys as errors.
 * Like {@link section}, the schema itself keeps them, so that every finding comes from one place.
 * @param pythonConstructor the Python callable, as messages name it, e.g. `_PROXY_AzureContentSafety(endpoint, api_key, thresholds)`
 */
export function constructorArguments<const T extends z.core.$ZodLooseShape>(pythonConstructor: string, shape: T) {
  const catchall = z.unknown();
  constructorsByCatchall.set(catchall, pythonConstructor);
  return z.object(shape).catchall(catchall);
}

/** Whether a schema is an object whose unknown keys are reported ({@link section}, {@link constructorArguments}). */
export function reportsUnknownKeys(schema: z.ZodType): boolean {
  return (
    schema instanceof z.ZodObject && (schema.def.catchall === reportedUnknownKey || constructorOf(schema) !== undefined)
  );
}

/** The constructor an object made by {@link constructorArguments} is passed to; undefined for any other schema. */
export function constructorOf(schema: z.ZodType): string | undefined {
  const catchall = schema instanceof z.ZodObject ? schema.def.catchall : undefined;
  return catchall ? constructorsByCatchall.get(catchall as z.ZodType) : undefined;
}

/**
 * Keys that LiteLLM reads but whose values nobody types here: each becomes an optional key of any value, so
 * that it is neither reported as unknown nor checked.
 */
export function untypedKeys<const K extends readonly string[]>(
  keys: K,
): { [P in K[number]]: z.ZodOptional<z.ZodUnknown> } {
  return Object.fromEntries(keys.map((key) => [key, z.unknown().optional()])) as {
    [P in K[number]]: z.ZodOptional<z.ZodUnknown>;
  };
}
