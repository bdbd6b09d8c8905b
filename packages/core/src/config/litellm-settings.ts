import type { Construct } from 'constructs';
import type { SecretOr } from '../secrets/secret.js';
import type { CacheMode, CacheType } from './schemas/vocabulary.js';
import type { ModuleOr } from './custom-module.js';
import { SettingsSection } from './settings-section.js';

/** `litellm_settings`, with LiteLLM's keys. Every other key is set as an attribute of the `litellm` module. */
export interface LitellmSettingsProps {
  readonly drop_params?: boolean;
  readonly modify_params?: boolean;
  readonly num_retries?: number;
  readonly request_timeout?: number;
  readonly cache?: boolean;
  readonly cache_params?: {
    readonly type?: CacheType;
    readonly host?: SecretOr<string>;
    readonly port?: SecretOr<number | string>;
    readonly password?: SecretOr<string>;
    readonly namespace?: string;
    readonly ttl?: number;
    readonly mode?: CacheMode;
    readonly [key: string]: unknown;
  };
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
