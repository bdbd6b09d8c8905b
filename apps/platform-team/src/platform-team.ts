import { AnthropicProvider } from '@litellm-cdk/anthropic';
import { BedrockCredentials, BedrockProvider } from '@litellm-cdk/bedrock';
import {
  GeneralSettings,
  LitellmSettings,
  ProxyConfig,
  Router,
  Secret,
  type App,
  type ModelGroup,
} from '@litellm-cdk/core';
import { GeminiProvider } from '@litellm-cdk/gemini';
import { AzureCredentials, AzureOpenAIProvider, OpenAICompatibleProvider, OpenAIProvider } from '@litellm-cdk/openai';

/** What differs between the team's two proxies. */
export interface Stage {
  /** The config's name: `dev.yaml`, `prod.yaml`. */
  readonly name: 'dev' | 'prod';
  /** Requests per minute each OpenAI key may take for gpt-4o. */
  readonly gpt4oRpm: number;
  /** Monthly budget of the gpt-4o deployments, in USD. */
  readonly gpt4oBudget: number;
  /** Whether the proxy keeps its models in its database and logs spend (prod only). */
  readonly database: boolean;
}

export const DEV: Stage = { name: 'dev', gpt4oRpm: 60, gpt4oBudget: 200, database: false };
export const PROD: Stage = { name: 'prod', gpt4oRpm: 500, gpt4oBudget: 5000, database: true };

/**
 * A platform team's LiteLLM proxy, in a dev and a prod config: OpenAI with two keys, Azure OpenAI in Sweden,
 * Anthropic direct, a self-hosted vLLM, Bedrock in two AWS accounts and Gemini with two keys; fallbacks from each
 * model to another provider's; Redis shared by the proxy instances; a master key.
 */
export function platformTeam(app: App): ProxyConfig[] {
  return [DEV, PROD].map((stage) => proxy(app, stage));
}

function proxy(app: App, stage: Stage): ProxyConfig {
  const config = new ProxyConfig(app, stage.name);
  const env = (name: string) => Secret.env(name);

  new GeneralSettings(config, 'general', {
    master_key: env('LITELLM_MASTER_KEY'),
    ...(stage.database ? { database_url: env('DATABASE_URL'), store_model_in_db: true } : {}),
  });
  new LitellmSettings(config, 'litellm', { drop_params: true, num_retries: stage.name === 'prod' ? 2 : 0 });
  new Router(config, 'router', {
    routingStrategy: stage.name === 'prod' ? 'usage-based-routing-v2' : 'simple-shuffle',
    numRetries: stage.name === 'prod' ? 2 : 0,
    timeout: 120,
    allowedFails: 3,
    cooldownTime: 30,
    redis: { url: env('REDIS_URL') },
  });

  const openai = new OpenAIProvider(config, 'openai', {
    apiKeys: [env('OPENAI_API_KEY'), { apiKey: env('OPENAI_API_KEY_BATCH'), organization: env('OPENAI_ORG_BATCH') }],
  });
  const gpt4o = openai.addModel('gpt-4o', {
    model: 'gpt-4o',
    rpm: stage.gpt4oRpm,
    params: { max_budget: stage.gpt4oBudget, budget_duration: '30d' },
  });
  const gpt4oMini = openai.addModel('gpt-4o-mini', { model: 'gpt-4o-mini', rpm: stage.gpt4oRpm * 2 });

  const azure = new AzureOpenAIProvider(config, 'azure', {
    apiVersion: '2024-10-21',
    endpoints: [
      {
        region: 'swedencentral',
        apiBase: env('AZURE_API_BASE_SE'),
        auth: AzureCredentials.apiKey(env('AZURE_API_KEY_SE')),
      },
    ],
  });
  const azureGpt4o = azure.addModel('azure-gpt-4o', {
    deployment: 'gpt-4o-eu',
    baseModel: 'eu/gpt-4o-2024-08-06',
    rpm: 300,
  });

  const anthropic = new AnthropicProvider(config, 'anthropic', { apiKeys: [env('ANTHROPIC_API_KEY')] });
  const sonnet = anthropic.addModel('claude-sonnet', {
    model: 'claude-sonnet-4-5',
    rpm: 100,
    thinkingBudgets: [8192],
    promptCaching: true,
  });

  const vllm = new OpenAICompatibleProvider(config, 'vllm', {
    server: 'hosted_vllm',
    endpoints: [{ apiBase: env('VLLM_API_BASE'), apiKey: env('VLLM_API_KEY') }],
  });
  const llama = vllm.addModel('llama-local', { model: 'meta-llama/Llama-3.1-8B-Instruct', rpm: 600 });

  const bedrock = new BedrockProvider(config, 'bedrock', {
    credentials: [
      BedrockCredentials.keys({
        name: 'shared',
        accessKeyId: env('AWS_ACCESS_KEY_ID'),
        secretAccessKey: env('AWS_SECRET_ACCESS_KEY'),
      }),
      BedrockCredentials.role({ name: 'research', roleName: env('AWS_ROLE_ARN_RESEARCH') }),
    ],
    regions: { eu: 'eu-central-1' },
  });
  const bedrockSonnet = bedrock.addModel('bedrock-claude-sonnet', {
    model: 'anthropic.claude-sonnet-4-20250514-v1:0',
    geographies: ['eu'],
    rpm: 50,
    promptCaching: true,
  });

  const gemini = new GeminiProvider(config, 'gemini', { apiKeys: [env('GEMINI_API_KEY_1'), env('GEMINI_API_KEY_2')] });
  const flash = gemini.addModel('gemini-flash', { model: 'gemini-2.5-flash', rpm: 10 });

  // Each model falls back to a similar model of another provider; the chains end at Gemini Flash.
  const fallbacks: [ModelGroup, ModelGroup[]][] = [
    [gpt4o, [azureGpt4o, sonnet]],
    [azureGpt4o, [sonnet]],
    [sonnet, [bedrockSonnet]],
    [bedrockSonnet, [flash]],
    [gpt4oMini, [flash]],
    [llama, [gpt4oMini]],
    [anthropic.thinkingVariant(sonnet, 8192), [flash]],
  ];
  for (const [group, targets] of fallbacks) group.fallbackTo(...targets);
  return config;
}
