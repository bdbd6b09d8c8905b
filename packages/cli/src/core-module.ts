/**
 * `@litellm-cdk/core` as the CLI uses it. An app run in this process brings its own copy of core in its bundle (see
 * synth/app-bundle.ts); once it has, the CLI uses that copy too, so that a process loads core once. Otherwise, and
 * for commands that run no app, the CLI loads its own.
 */
type Core = typeof import('@litellm-cdk/core');

let shared: Promise<Core> | undefined;

/** Core, loaded when first needed. */
export function loadCore(): Promise<Core> {
  return shared ?? import('@litellm-cdk/core');
}

/** Makes the CLI use the copy of core at `url` (the app bundle's) from now on. */
export function shareCore(url: string): void {
  shared = import(url) as Promise<Core>;
}
