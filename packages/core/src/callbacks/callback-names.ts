// The names LiteLLM's proxy accepts in `litellm_settings.callbacks` without loading a module: the logger names
// (generated from LiteLLM's data) and the hooks its callback loader builds itself.
import { KNOWN_CALLBACK_NAMES, SPECIAL_CALLBACK_NAMES } from './_generated/callback-names.js';

export {
  CALLBACK_NAMES_VERSION,
  KNOWN_CALLBACK_NAMES,
  PREMIUM_CALLBACK_NAMES,
  SPECIAL_CALLBACK_NAMES,
} from './_generated/callback-names.js';

/** Every name `litellm_settings.callbacks` accepts as it is, sorted. */
export const CALLBACK_NAMES: readonly string[] = [...KNOWN_CALLBACK_NAMES, ...SPECIAL_CALLBACK_NAMES].sort();

const CALLBACK_NAME_SET: ReadonlySet<string> = new Set(CALLBACK_NAMES);

/**
 * Whether `litellm_settings.callbacks` accepts `name` as it is. Any other string is loaded as a custom module
 * reference at start-up (`initialize_callbacks_on_proxy` -> `get_instance_fn`).
 */
export function isCallbackName(name: string): boolean {
  return CALLBACK_NAME_SET.has(name);
}
