// Checks of the `prompts` section as the proxy's `init_prompts` reads it at start-up: each entry goes to the
// initializer of its prompt_integration, and the first entry of a prompt_id wins.
import { PROMPT_INTEGRATIONS } from '../config/schemas/prompts.js';
import { didYouMean } from '../suggestions/did-you-mean.js';
import { isMapping, listAt, mappingAt } from './document-paths.js';
import type { ConfigFinding } from './finding.js';

const INTEGRATIONS: ReadonlySet<string> = new Set(PROMPT_INTEGRATIONS);

/** Every finding about the prompts of a merged config (merged view paths). */
export function promptFindings(content: unknown): ConfigFinding[] {
  const globalDirectory = mappingAt(content, 'litellm_settings')?.global_prompt_directory;
  const firstIndex = new Map<string, number>();
  return listAt(content, 'prompts').flatMap((prompt, index): ConfigFinding[] => {
    if (!isMapping(prompt) || !isMapping(prompt.litellm_params)) return [];
    const params = prompt.litellm_params;
    const findings: ConfigFinding[] = [];
    if (typeof prompt.prompt_id === 'string') {
      const earlier = firstIndex.get(prompt.prompt_id);
      if (earlier === undefined) firstIndex.set(prompt.prompt_id, index);
      else findings.push(duplicateId(prompt.prompt_id, index, earlier));
    }
    const integration = params.prompt_integration;
    if (typeof integration === 'string' && !INTEGRATIONS.has(integration))
      findings.push(unsupported(integration, index));
    if (integration === 'dotprompt')
      findings.push(...dotpromptFindings(params, index, typeof globalDirectory === 'string'));
    return findings;
  });
}

function unsupported(integration: string, index: number): ConfigFinding {
  return {
    severity: 'error',
    id: 'core/unsupported-prompt-integration',
    message: `prompts[${index}] uses prompt_integration '${integration}', which has no prompt initializer in LiteLLM: the proxy fails at start-up with "Unsupported prompt: ${integration}".`,
    path: ['prompts', index, 'litellm_params', 'prompt_integration'],
    hint: `${didYouMean(integration, PROMPT_INTEGRATIONS).trim()} Use one of ${PROMPT_INTEGRATIONS.join(', ')}; a custom prompt manager is a callback (litellm_settings.callbacks), not a prompts entry.`.trim(),
  };
}

/**
 * The dotprompt initializer takes one template (`prompt_file`, `prompt_data` or `dotprompt_content`) and refuses a
 * `prompt_directory` outright; without any source it falls back to `litellm_settings.global_prompt_directory`.
 */
function dotpromptFindings(
  params: Record<string, unknown>,
  index: number,
  hasGlobalDirectory: boolean,
): ConfigFinding[] {
  if (params.prompt_directory) {
    return [
      {
        severity: 'error',
        id: 'core/dotprompt-directory',
        message: `prompts[${index}] sets prompt_directory for dotprompt: LiteLLM's dotprompt initializer refuses it ("Cannot set prompt_directory when working with prompt_initializer"), so the proxy fails at start-up.`,
        path: ['prompts', index, 'litellm_params', 'prompt_directory'],
        hint: 'Point prompt_file at one .prompt file, or move the directory to litellm_settings.global_prompt_directory.',
      },
    ];
  }
  const hasTemplate = Boolean(params.prompt_file || params.prompt_data || params.dotprompt_content);
  if (hasTemplate || hasGlobalDirectory) return [];
  return [
    {
      severity: 'warning',
      id: 'core/dotprompt-without-template',
      message: `prompts[${index}] is a dotprompt prompt with no prompt_file, prompt_data or dotprompt_content, and litellm_settings sets no global_prompt_directory: the proxy starts, but every request that uses the prompt fails.`,
      path: ['prompts', index, 'litellm_params'],
      hint: 'Set prompt_file (one .prompt file), or litellm_settings.global_prompt_directory.',
    },
  ];
}

function duplicateId(id: string, index: number, earlier: number): ConfigFinding {
  return {
    severity: 'warning',
    id: 'core/duplicate-prompt-id',
    message: `prompts[${index}] repeats prompt_id '${id}' of prompts[${earlier}]: LiteLLM registers only the first and silently ignores this entry.`,
    path: ['prompts', index, 'prompt_id'],
    hint: 'Give each prompt its own prompt_id, or remove the repeat.',
  };
}
