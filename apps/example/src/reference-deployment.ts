import {
  AspectPriority,
  Aspects,
  CacheControlInjection,
  GeneralSettings,
  LitellmSettings,
  ProxyConfig,
  Router,
  Secret,
  type App,
} from '@litellm-cdk/core';
import { BedrockProvider } from '@litellm-cdk/bedrock';
import { GeminiProvider } from '@litellm-cdk/gemini';
import { ComposeDeployment, KubernetesDeployment } from '@litellm-cdk/kubernetes';
import { Acknowledge, LiteLLMBestPractices } from '@litellm-cdk/policy';

/** The budgets every Claude model gets a thinking variant for: `<name>-think-1024`, `<name>-think-16384`. */
const THINKING_BUDGETS = [1024, 16_384];

/**
 * The reference deployment: Claude on AWS Bedrock in two geographies, Gemini on Google AI Studio with three keys,
 * one router with Redis, and the built-in policy pack. It runs locally with Docker Compose (the proxy, Postgres and
 * Redis) and in production on Kubernetes with three replicas sharing that Redis and database.
 */
export function referenceDeployment(app: App): ProxyConfig {
  const config = new ProxyConfig(app, 'config');

  const litellm = new LitellmSettings(config, 'litellm', { drop_params: true, success_callback: ['langfuse'] });
  Acknowledge.rule(
    litellm,
    'core/integration-needs-package',
    "The proxy runs LiteLLM's Docker image, which installs the langfuse package.",
  );
  new GeneralSettings(config, 'general', {
    master_key: Secret.env('LITELLM_MASTER_KEY'),
    database_url: Secret.env('DATABASE_URL'),
    store_model_in_db: true,
    store_prompts_in_spend_logs: false,
  });
  new Router(config, 'router', {
    routingStrategy: 'usage-based-routing-v2',
    numRetries: 1,
    timeout: 100,
    enablePreCallChecks: true,
    redis: { host: Secret.env('REDIS_HOST'), port: Secret.env('REDIS_PORT'), password: Secret.env('REDIS_PASSWORD') },
  });

  const bedrock = new BedrockProvider(config, 'bedrock', {
    credentials: [
      {
        kind: 'keys',
        accessKeyId: Secret.env('AWS_ACCESS_KEY_ID'),
        secretAccessKey: Secret.env('AWS_SECRET_ACCESS_KEY'),
      },
    ],
    regions: { eu: Secret.env('AWS_REGION_NAME_EU'), us: Secret.env('AWS_REGION_NAME_US') },
  });
  const claude37 = bedrock.addModel('claude-3-7-sonnet', {
    model: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    geographies: ['eu'],
    thinkingBudgets: THINKING_BUDGETS,
    // The catalog lists 8,192 output tokens; Bedrock serves Claude 3.7 Sonnet 64,000 with extended thinking.
    modelInfo: { max_output_tokens: 64_000 },
  });
  const sonnet4 = bedrock.addModel('claude-sonnet-4', {
    model: 'anthropic.claude-sonnet-4-20250514-v1:0',
    geographies: ['us'],
    thinkingBudgets: THINKING_BUDGETS,
  });
  const opus4 = bedrock.addModel('claude-opus-4', {
    model: 'anthropic.claude-opus-4-20250514-v1:0',
    geographies: ['us'],
    thinkingBudgets: THINKING_BUDGETS,
  });
  Acknowledge.rule(
    bedrock,
    'best-practices/deployment-rate-limits',
    'AWS enforces the Bedrock quotas of these models per account and region, and they are not known to this config; the router backs off on 429s through cooldowns instead.',
  );
  // Every Claude chat model caches the system prompt and the conversation up to its last message: two cache_control
  // blocks per request. Points by role on user or assistant turns would mark every such message, and a long
  // conversation would pass Claude's limit of four (see docs/providers/bedrock.md).
  Aspects.of(bedrock).add(CacheControlInjection.systemAndLastMessage(), { priority: AspectPriority.MUTATING });

  const gemini = new GeminiProvider(config, 'gemini', {
    apiKeys: [Secret.env('GEMINI_API_KEY_1'), Secret.env('GEMINI_API_KEY_2'), Secret.env('GEMINI_API_KEY_FALLBACK')],
  });
  const flash = gemini.addModel('gemini-2.0-flash', { model: 'gemini-2.0-flash', rpm: 15 });
  const flashLite = gemini.addModel('gemini-2.0-flash-lite', { model: 'gemini-2.0-flash-lite', rpm: 30 });
  const flash25 = gemini.addModel('gemini-2.5-flash', { model: 'gemini-2.5-flash', rpm: 10 });
  const embedding = gemini.addModel('text-embedding-004', { model: 'text-embedding-004', mode: 'embedding' });
  Acknowledge.rule(
    embedding,
    'gemini/model-not-in-catalog',
    "Google AI Studio serves text-embedding-004; LiteLLM's model map lists it only under Vertex AI.",
  );
  Acknowledge.rule(
    embedding,
    'best-practices/deployment-rate-limits',
    'Embedding calls are small and share each key’s AI Studio quota with the chat models, which carry the rpm limits.',
  );

  // General fallbacks: chains that end. Opus -> Sonnet 4 -> Claude 3.7 (eu) -> Gemini 2.5 Flash -> 2.0 Flash -> Lite;
  // the thinking variants follow the same chain at the same budget.
  opus4.fallbackTo(sonnet4, claude37);
  sonnet4.fallbackTo(claude37);
  claude37.fallbackTo(flash25);
  for (const budget of THINKING_BUDGETS) {
    const [opus, sonnet, claude] = [opus4, sonnet4, claude37].map((group) => bedrock.thinkingVariant(group, budget));
    opus.fallbackTo(sonnet, claude);
    sonnet.fallbackTo(claude);
    claude.fallbackTo(flash25);
  }
  flash25.fallbackTo(flash, flashLite);
  flash.fallbackTo(flashLite);
  Acknowledge.rule(
    flashLite,
    'best-practices/chat-group-has-fallback',
    'Last link of every fallback chain: any fallback from here would loop back into the chain.',
  );
  // Context-window fallback: prompts too long for Claude's 200k tokens go to Gemini 2.5 Flash's 1M.
  for (const claude of [claude37, sonnet4, opus4]) claude.contextWindowFallbackTo(flash25);

  // compose.yaml for local runs; kubernetes/config.yaml for production: three replicas, one evicted at a time.
  new ComposeDeployment(config, 'compose');
  new KubernetesDeployment(config, 'kubernetes', { replicas: 3, podDisruptionBudget: { maxUnavailable: 1 } });

  LiteLLMBestPractices.applyTo(app, { csv: true });
  return config;
}
