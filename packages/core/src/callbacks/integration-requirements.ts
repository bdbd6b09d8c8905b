// What a callback or guardrail needs beyond the config for the proxy to start with it (or for it to work), as
// LiteLLM's loaders check it: `initialize_callbacks_on_proxy` (litellm/proxy/common_utils/callback_utils.py), the
// guardrail initializers (litellm/proxy/guardrails/guardrail_initializers.py) and the integrations' constructors.

/** Where an enterprise integration's code comes from. */
export type EnterpriseSource =
  /** the `litellm-enterprise` Python package (`litellm_enterprise.enterprise_callbacks`), which LiteLLM's Docker image installs */
  | 'litellm-enterprise package'
  /** the `enterprise/` folder that only LiteLLM's Docker image carries (`enterprise.enterprise_hooks`) */
  | 'LiteLLM Docker image';

/** An environment variable an integration reads when it starts. */
export interface IntegrationVariable {
  readonly name: string;
  /** The integration's parameter that replaces the variable (in `callback_settings.<name>` or the guardrail's `litellm_params`). */
  readonly unlessParam?: string;
  /** `error`: the proxy fails at start-up without it; `warning`: the integration starts but cannot work. */
  readonly severity: 'error' | 'warning';
}

/** What one integration needs. */
export interface IntegrationRequirement {
  /** Code outside the `litellm` package; the proxy fails at start-up without it. */
  readonly enterprise?: EnterpriseSource;
  /**
   * A LiteLLM Enterprise licence (`LITELLM_LICENSE`): `fails` when the proxy refuses to start without one,
   * `degrades` when it starts but the integration does nothing useful.
   */
  readonly licence?: 'fails' | 'degrades';
  /** Python packages the `litellm` package does not install. */
  readonly pythonPackages?: readonly string[];
  /** Whether LiteLLM's Docker image installs {@link pythonPackages} (its requirements.txt lists them). */
  readonly inDockerImage?: boolean;
  /** `litellm_settings` keys the loader reads without a default (a KeyError at start-up when absent). */
  readonly settings?: readonly string[];
  /** Environment variables it reads. */
  readonly environment?: readonly IntegrationVariable[];
}

const ENTERPRISE_PACKAGE: IntegrationRequirement = { enterprise: 'litellm-enterprise package', licence: 'fails' };
const ENTERPRISE_IMAGE: IntegrationRequirement = { enterprise: 'LiteLLM Docker image', licence: 'fails' };
const OPEN_TELEMETRY: IntegrationRequirement = {
  pythonPackages: ['opentelemetry-api', 'opentelemetry-sdk', 'opentelemetry-exporter-otlp'],
  inDockerImage: true,
};
const PRESIDIO: IntegrationRequirement = {
  environment: [
    { name: 'PRESIDIO_ANALYZER_API_BASE', unlessParam: 'presidio_analyzer_api_base', severity: 'error' },
    { name: 'PRESIDIO_ANONYMIZER_API_BASE', unlessParam: 'presidio_anonymizer_api_base', severity: 'error' },
  ],
};
const LANGFUSE_KEYS: readonly IntegrationVariable[] = [
  { name: 'LANGFUSE_PUBLIC_KEY', unlessParam: 'langfuse_public_key', severity: 'warning' },
  { name: 'LANGFUSE_SECRET_KEY', unlessParam: 'langfuse_secret_key', severity: 'warning' },
];

/** Callback names (any of `callbacks`, `success_callback`, `failure_callback`) with requirements. */
export const CALLBACK_REQUIREMENTS: Readonly<Record<string, IntegrationRequirement>> = {
  llamaguard_moderations: ENTERPRISE_PACKAGE,
  llmguard_moderations: ENTERPRISE_PACKAGE,
  hide_secrets: ENTERPRISE_PACKAGE,
  openai_moderations: ENTERPRISE_IMAGE,
  google_text_moderation: ENTERPRISE_IMAGE,
  blocked_user_check: ENTERPRISE_IMAGE,
  banned_keywords: ENTERPRISE_IMAGE,
  // PrometheusLogger starts without a licence but then exports only `litellm_not_a_premium_user_metric`.
  prometheus: { licence: 'degrades' },
  azure_content_safety: { settings: ['azure_content_safety_params'] },
  presidio: PRESIDIO,
  langfuse: { pythonPackages: ['langfuse'], inDockerImage: true, environment: LANGFUSE_KEYS },
  langfuse_otel: { ...OPEN_TELEMETRY, environment: LANGFUSE_KEYS },
  otel: OPEN_TELEMETRY,
  arize: OPEN_TELEMETRY,
  arize_phoenix: OPEN_TELEMETRY,
  weave_otel: OPEN_TELEMETRY,
  mlflow: { pythonPackages: ['mlflow'] },
};

/** Built-in guardrail types (`guardrails[].litellm_params.guardrail`) with requirements. */
export const GUARDRAIL_REQUIREMENTS: Readonly<Record<string, IntegrationRequirement>> = {
  // initialize_hide_secrets imports litellm_enterprise; the guardrail path has no licence check of its own.
  hide_secrets: { enterprise: 'litellm-enterprise package' },
  presidio: PRESIDIO,
};

/** The requirements of a callback name, if it has any. */
export function callbackRequirement(name: string): IntegrationRequirement | undefined {
  return Object.hasOwn(CALLBACK_REQUIREMENTS, name) ? CALLBACK_REQUIREMENTS[name] : undefined;
}

/** The requirements of a built-in guardrail type, if it has any. */
export function guardrailRequirement(type: string): IntegrationRequirement | undefined {
  return Object.hasOwn(GUARDRAIL_REQUIREMENTS, type) ? GUARDRAIL_REQUIREMENTS[type] : undefined;
}
