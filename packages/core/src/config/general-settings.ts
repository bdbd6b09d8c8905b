import type { Construct } from 'constructs';
import type { SchemaProps } from './schema-props.js';
import type { ModuleOr } from './custom-module.js';
import type { GeneralSettingsSchema } from './schemas/general-settings.js';
import { SettingsSection } from './settings-section.js';

/**
 * `general_settings`, with LiteLLM's keys, as core's schema types them (`GeneralSettingsSchema`), a secret wherever
 * a string may stand; the custom hooks take a custom module. Every key is optional and LiteLLM's default applies
 * when it is left out.
 */
export interface GeneralSettingsProps
  extends SchemaProps<typeof GeneralSettingsSchema, 'custom_auth' | 'custom_key_generate' | 'custom_sso'> {
  /** A custom auth function: `CustomModule.fromFile('./hooks/custom_auth.py', 'user_api_key_auth')`. @default - LiteLLM's key auth */
  readonly custom_auth?: ModuleOr;
  /** A custom key generator. @default - LiteLLM's key generation */
  readonly custom_key_generate?: ModuleOr;
  /** A custom SSO handler. @default - LiteLLM's SSO */
  readonly custom_sso?: ModuleOr;
}

/** L1: keys of `general_settings`. */
export class GeneralSettings extends SettingsSection {
  public readonly section = 'general_settings';

  public constructor(scope: Construct, id: string, props: GeneralSettingsProps = {}) {
    super(scope, id, props);
  }
}
