import { describe, expect, it } from 'vitest';
import { LitellmSettings, Prompt, ProxyConfig, Testing } from '../src/index.js';

describe('Prompt', () => {
  it('renders one prompts entry per construct, in tree order', () => {
    const config = new ProxyConfig(Testing.app(), 'prod');
    new Prompt(config, 'Greeting', {
      prompt_id: 'greeting',
      litellm_params: { prompt_integration: 'dotprompt', prompt_file: './prompts/greeting.prompt' },
    });
    new Prompt(config, 'Summary', {
      prompt_id: 'summary',
      litellm_params: { prompt_integration: 'langfuse' },
      prompt_info: { prompt_type: 'config' },
    });
    expect(Testing.synth(config).prompts).toEqual([
      {
        prompt_id: 'greeting',
        litellm_params: { prompt_integration: 'dotprompt', prompt_file: './prompts/greeting.prompt' },
      },
      {
        prompt_id: 'summary',
        litellm_params: { prompt_integration: 'langfuse' },
        prompt_info: { prompt_type: 'config' },
      },
    ]);
  });

  it('fails synth on a dotprompt directory, naming the construct', () => {
    const config = new ProxyConfig(Testing.app(), 'prod');
    new Prompt(config, 'All', {
      prompt_id: 'all',
      litellm_params: { prompt_integration: 'dotprompt', prompt_directory: './prompts' },
    });
    expect(() => Testing.synth(config)).toThrow(/\[prod\/All\] core\/dotprompt-directory/);
  });

  it('takes the directory from litellm_settings.global_prompt_directory', () => {
    const config = new ProxyConfig(Testing.app(), 'prod');
    new LitellmSettings(config, 'Settings', { global_prompt_directory: './prompts' });
    new Prompt(config, 'Greeting', { prompt_id: 'greeting', litellm_params: { prompt_integration: 'dotprompt' } });
    expect(Testing.synth(config)).toMatchObject({ litellm_settings: { global_prompt_directory: './prompts' } });
  });
});
