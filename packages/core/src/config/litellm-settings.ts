import type { Construct } from 'constructs';
import type { ModuleOr } from './custom-module.js';
import type { SchemaProps } from './schema-props.js';
import type { LitellmSettingsSchema } from './schemas/litellm-settings.js';
import { SettingsSection } from './settings-section.js';

/** The keys whose values are custom modules (or LiteLLM's names), typed here rather than by the schema. */
type ModuleKeys = 'success_callback' | 'failure_callback' | 'callbacks' | 'post_call_rules' | 'custom_provider_map';

/**
 * `litellm_settings`, with LiteLLM's keys, as core's schema types them (`LitellmSettingsSchema`, `cache_params`
 * included), a secret wherever a string may stand; callbacks and hooks take custom modules. Every key is optional
 * and LiteLLM's default applies when it is left out; any other key is set as an attribute of the `litellm` module.
 */
export interface LitellmSettingsProps extends SchemaProps<typeof LitellmSettingsSchema, ModuleKeys> {
  /** Logger names; a custom module is imported from the proxy's working directory. */
  readonly success_callback?: readonly ModuleOr[];
  readonly failure_callback?: readonly ModuleOr[];
  /** LiteLLM's callback names, or custom modules loaded from the config's directory. */
  readonly callbacks?: readonly ModuleOr[] | ModuleOr;
  /** One function every response must pass. */
  readonly post_call_rules?: ModuleOr;
  /** Custom providers: `{ provider: 'my-llm', custom_handler: CustomModule.fromFile(...) }`. */
  readonly custom_provider_map?: readonly { readonly provider: string; readonly custom_handler: ModuleOr }[];
  readonly [key: string]: unknown;
}

/** L1: keys of `litellm_settings`. */
export class LitellmSettings extends SettingsSection {
  public readonly section = 'litellm_settings';

  public constructor(scope: Construct, id: string, props: LitellmSettingsProps = {}) {
    super(scope, id, props);
  }
}
