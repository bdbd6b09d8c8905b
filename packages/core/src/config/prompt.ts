import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';
import type { PROMPT_TYPES } from './schemas/vocabulary.js';

/** Props of a `Prompt`: one `prompts` entry, with LiteLLM's keys. Checked by `PromptSchema` and the prompt checks. */
export interface PromptProps {
  /** The id requests pass as `prompt_id`; LiteLLM keeps only the first entry of an id. */
  readonly prompt_id: string;
  /** Where the template comes from: `prompt_integration` and that integration's keys. */
  readonly litellm_params: {
    /** `dotprompt`, `langfuse`, `bitbucket`, `gitlab`, `generic_prompt_management` or `arize_phoenix`. */
    readonly prompt_integration: string;
    /** dotprompt: one `.prompt` file (a directory belongs in `litellm_settings.global_prompt_directory`). */
    readonly prompt_file?: string;
    /** The id inside the integration, when it differs from `prompt_id`. */
    readonly prompt_id?: string;
    readonly [key: string]: unknown;
  };
  /** `{prompt_type: config | db, ...}`. @default LiteLLM sets `{prompt_type: config}` */
  readonly prompt_info?: { readonly prompt_type?: (typeof PROMPT_TYPES)[number]; readonly [key: string]: unknown };
  /** Version number of the prompt. @default none */
  readonly version?: number;
}

/** L1: one `prompts` entry (prompt management), registered by the proxy at start-up. */
export class Prompt extends ConfigElement {
  public constructor(
    scope: Construct,
    id: string,
    private readonly props: PromptProps,
  ) {
    super(scope, id);
  }

  protected contribute(): Contribution {
    return { kind: 'item', section: 'prompts', value: { ...this.props } };
  }
}
