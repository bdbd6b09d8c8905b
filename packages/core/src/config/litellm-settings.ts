import type { Construct } from 'constructs';
import type { SecretOr } from '../secrets/secret.js';
import { SettingsSection } from './settings-section.js';

/** `litellm_settings`, with LiteLLM's keys. Every other key is set as an attribute of the `litellm` module. */
export interface LitellmSettingsProps {
  readonly drop_params?: boolean;
  readonly modify_params?: boolean;
  readonly num_retries?: number;
  readonly request_timeout?: number;
  readonly cache?: boolean;
  readonly cache_params?: {
    readonly type?: 'local' | 'redis' | 'redis-semantic' | 's3' | 'disk' | 'qdrant-semantic' | 'azure-blob' | 'gcs';
    readonly host?: SecretOr<string>;
    readonly port?: SecretOr<number | string>;
    readonly password?: SecretOr<string>;
    readonly namespace?: string;
    readonly ttl?: number;
    readonly mode?: 'default_on' | 'default_off';
    readonly [key: string]: unknown;
  };
  readonly success_callback?: readonly string[];
  readonly failure_callback?: readonly string[];
  readonly callbacks?: readonly string[];
  readonly [key: string]: unknown;
}

/** L1: keys of `litellm_settings`. */
export class LitellmSettings extends SettingsSection {
  public readonly section = 'litellm_settings';

  public constructor(scope: Construct, id: string, props: LitellmSettingsProps = {}) {
    super(scope, id, props);
  }
}
