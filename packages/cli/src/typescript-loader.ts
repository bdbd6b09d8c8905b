/**
 * Lets this process import TypeScript: users' policy modules (`validate --policy ./pack.ts`) and apps are
 * TypeScript, and an installed CLI is compiled JavaScript, so it brings tsx's loader and registers it the first
 * time it is needed (in a workspace checkout, bin/litellm-cdk.js has registered it already; registering is
 * skipped then). Loaded lazily: commands that import no TypeScript never pay for it.
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
