/**
 * Lets this process import TypeScript: users' policy modules (`validate --policy ./pack.ts`) are TypeScript, and the
 * CLI is JavaScript, so it brings tsx's loader and registers it the first time it is needed (when bin/litellm-cdk.js
 * of a checkout has registered it already, to bundle the CLI's sources, registering is skipped). Loaded lazily:
 * commands that import no TypeScript never pay for it, and apps do not go through it (see synth/app-bundle.ts).
 */
let registered: Promise<void> | undefined;

/** Set on globalThis by whoever registered tsx in this process (bin/litellm-cdk.js does in a checkout). */
const REGISTERED = Symbol.for('litellm-cdk.typescript-loader');

/** Registers tsx's ESM loader in this process, once. */
export function registerTypeScriptLoader(): Promise<void> {
  registered ??= (async () => {
    const global = globalThis as { [REGISTERED]?: boolean };
    if (global[REGISTERED]) return;
    const { register } = await import('tsx/esm/api');
    register();
    global[REGISTERED] = true;
  })();
  return registered;
}

/** Whether `specifier` names a TypeScript file (`.ts`, `.mts`, `.cts`, `.tsx`), optionally with `#export`. */
export function isTypeScriptModule(specifier: string): boolean {
  return /\.[cm]?tsx?(#[^/]*)?$/.test(specifier);
}
