// What LiteLLM's proxy loads at start-up for callbacks and guardrails: the names it knows, and what each needs.
export * from './callback-names.js';
export * from './integration-requirements.js';
export * from './module-reference.js';
