import { ENV_REFERENCE_PREFIX, mergeIncludes, previewConfig, type ProxyConfig } from '@litellm-cdk/core';
import { ConfigBundle } from './config-bundle.js';

/**
 * What `config` (with the configs it includes) will render to, for checks that run while synth visits the tree:
 * the merged document and the variables its `.env.example` will list.
 */
export function previewBundle(config: ProxyConfig): ConfigBundle {
  const main = previewConfig(config).document;
  const included = config.includes.map((c) => ({ file: c.fileName, content: previewConfig(c).document }));
  const merged = mergeIncludes({ file: config.fileName, content: main }, included).content as Record<string, unknown>;
  const variables = new Set([main, ...included.map((c) => c.content)].flatMap(environmentReferences));
  return ConfigBundle._fromPreview(config.fileName, config.node.path, merged, [...variables]);
}

/** Every `os.environ/NAME` value of a document, as synth collects them for the `.env.example`. */
function environmentReferences(value: unknown): string[] {
  if (typeof value === 'string')
    return value.startsWith(ENV_REFERENCE_PREFIX) ? [value.slice(ENV_REFERENCE_PREFIX.length)] : [];
  if (Array.isArray(value)) return value.flatMap(environmentReferences);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(environmentReferences);
  return [];
}
