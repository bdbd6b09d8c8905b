// L1 props derived from the zod input type of a config schema, so the props and the schema cannot disagree.
import type * as z from 'zod';
import type { Secret, SecretOr } from '../secrets/secret.js';

/**
 * The L1 form of a mapping value of the config schema: where the file may hold a string (an `os.environ/` reference
 * included), a {@link Secret} may stand, at any depth, as LiteLLM resolves references in every mapping value; lists
 * are read-only, and their string items stay plain (LiteLLM does not resolve list items).
 */
export type SecretsAllowed<T> = T extends `os.environ/${string}`
  ? T | Secret
  : T extends string
    ? SecretOr<T>
    : T extends readonly (infer E)[]
      ? readonly ListItem<E>[]
      : T extends Readonly<Record<string, unknown>>
        ? { readonly [K in keyof T]: SecretsAllowed<T[K]> }
        : T;

/** A list item: a string stays a plain string; mappings inside take secrets again. */
type ListItem<T> = T extends string
  ? T
  : T extends readonly (infer E)[]
    ? readonly ListItem<E>[]
    : T extends Readonly<Record<string, unknown>>
      ? { readonly [K in keyof T]: SecretsAllowed<T[K]> }
      : T;

/**
 * The props of an object schema: each key as the schema's input type has it, a secret wherever a string may stand,
 * without the keys in `TOwn` (which the props type in their own way).
 */
export type SchemaProps<TSchema extends z.ZodType, TOwn extends string = never> = {
  readonly [K in keyof z.input<TSchema> as K extends TOwn ? never : K]: SecretsAllowed<z.input<TSchema>[K]>;
};
