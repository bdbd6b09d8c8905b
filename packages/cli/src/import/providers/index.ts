import type { ProviderMapping } from '../provider-mapping.js';
import { bedrockMapping } from './bedrock.js';
import { geminiMapping, vertexMapping } from './google.js';

/** The provider libraries whose constructs `import` uses, tried in this order. */
export const PROVIDER_MAPPINGS: readonly ProviderMapping[] = [bedrockMapping, geminiMapping, vertexMapping];
