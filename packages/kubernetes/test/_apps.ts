import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type App,
  CustomModule,
  GeneralSettings,
  ModelGroup,
  ProxyConfig,
  Router,
  Secret,
  Testing,
  type RouterProps,
} from '@litellm-cdk/core';

/** Options of the test config: what it references decides what a deployment of it needs. */
export interface TestConfigOptions {
  /** Redis in router_settings (host, port and password from variables). */
  readonly redis?: boolean;
  /** general_settings.database_url from DATABASE_URL. */
  readonly database?: boolean;
  /** general_settings.master_key from LITELLM_MASTER_KEY. */
  readonly masterKey?: boolean;
  readonly router?: RouterProps;
  /** A models-only config the main one includes. */
  readonly include?: boolean;
  /** A custom auth module at hooks/custom_auth.py. */
  readonly customAuth?: boolean;
  /** The model's rpm, so one config can be told from another. */
  readonly rpm?: number;
}

/** An app with one config `prod` referencing OPENAI_API_KEY and whatever the options add. */
export function testConfig(options: TestConfigOptions = {}, app: App = Testing.app()): { app: App; prod: ProxyConfig } {
  const prod = new ProxyConfig(app, 'prod');
  new ModelGroup(prod, 'gpt-4o').addDeployment('openai', {
    litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: options.rpm ?? 100 },
  });
  new Router(prod, 'router', {
    numRetries: 1,
    timeout: 60,
    ...(options.redis
      ? {
          redis: {
            host: Secret.env('REDIS_HOST'),
            port: Secret.env('REDIS_PORT'),
            password: Secret.env('REDIS_PASSWORD'),
          },
        }
      : {}),
    ...options.router,
  });
  if (options.masterKey || options.database || options.customAuth) {
    new GeneralSettings(prod, 'general', {
      ...(options.masterKey ? { master_key: Secret.env('LITELLM_MASTER_KEY') } : {}),
      ...(options.database ? { database_url: Secret.env('DATABASE_URL') } : {}),
      ...(options.customAuth
        ? { custom_auth: CustomModule.fromFile(customAuthFile(), 'user_api_key_auth', { module: 'hooks.custom_auth' }) }
        : {}),
    });
  }
  if (options.include) {
    const models = new ProxyConfig(app, 'models');
    new ModelGroup(models, 'claude').addDeployment('anthropic', {
      litellmParams: { model: 'anthropic/claude-3-5-haiku-20241022', api_key: Secret.env('ANTHROPIC_API_KEY') },
    });
    prod.include(models);
  }
  return { app, prod };
}

let authFile: string | undefined;

/** A Python module for `custom_auth`, written once to the temporary directory. */
function customAuthFile(): string {
  if (!authFile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-k8s-'));
    authFile = path.join(dir, 'custom_auth.py');
    fs.writeFileSync(authFile, 'async def user_api_key_auth(request, api_key):\n    return None\n');
  }
  return authFile;
}
