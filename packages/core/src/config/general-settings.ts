import type { Construct } from 'constructs';
import type { SecretOr } from '../secrets/secret.js';
import type { ModuleOr } from './custom-module.js';
import { SettingsSection } from './settings-section.js';

/** `general_settings`, with LiteLLM's keys. */
export interface GeneralSettingsProps {
  readonly master_key?: SecretOr<string>;
  readonly database_url?: SecretOr<string>;
  readonly store_model_in_db?: boolean;
  readonly store_prompts_in_spend_logs?: boolean;
  readonly disable_spend_logs?: boolean;
  readonly alerting?: readonly string[];
  readonly background_health_checks?: boolean;
  readonly health_check_interval?: number;
  /** A custom auth function: `CustomModule.fromFile('./hooks/custom_auth.py', 'user_api_key_auth')`. */
  readonly custom_auth?: ModuleOr;
  readonly custom_key_generate?: ModuleOr;
  readonly custom_sso?: ModuleOr;
  readonly [key: string]: unknown;
}

/** L1: keys of `general_settings`. */
export class GeneralSettings extends SettingsSection {
  public readonly section = 'general_settings';

  public constructor(scope: Construct, id: string, props: GeneralSettingsProps = {}) {
    super(scope, id, props);
  }
}
