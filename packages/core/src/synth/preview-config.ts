import type { IConstruct } from 'constructs';
import type { ProxyConfig } from '../tree/proxy-config.js';
import type { ConfigPath } from '../validation/finding.js';
import { renderConfig } from './render-config.js';

/** A config as it will render, with the construct behind each part. */
export interface ConfigPreview {
  readonly config: ProxyConfig;
  /** Plain data, exactly as synth renders it now: secrets as references, lazy values produced. */
  readonly document: Record<string, unknown>;
  /** The construct that renders `path`: the owner of its longest recorded prefix, else the config. */
  ownerOf(path: ConfigPath): IConstruct;
}

/**
 * What `config` renders to if synth ran now, for aspects and policy rules that must judge the final document
 * while the tree is still being visited. It is synth's own renderer, so the two never disagree; it leaves no
 * annotations behind (conflicting keys are reported by synth itself).
 */
export function previewConfig(config: ProxyConfig): ConfigPreview {
  const rendered = renderConfig(config, { reportConflicts: false });
  return { config, document: rendered.document, ownerOf: (path) => rendered.sources.ownerOf(path) };
}
