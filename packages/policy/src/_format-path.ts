import type { ConfigPath } from '@litellm-cdk/core';

/**
 * `model_list[3].litellm_params.api_key`: a document path written as core writes finding locations in the
 * validation report, so that a policy finding can be matched with the final finding it became.
 */
export function formatConfigPath(path: ConfigPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text || '(document)';
}
