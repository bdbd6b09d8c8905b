import { Router, Secret } from '@litellm-cdk/core';
import { RedisForSharedState } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(RedisForSharedState, {
  compliant: {
    when: 'usage-based routing shares its counters through Redis',
    app: (config) =>
      void new Router(config, 'Router', {
        routingStrategy: 'usage-based-routing-v2',
        redis: { host: Secret.env('REDIS_HOST'), port: Secret.env('REDIS_PORT'), password: Secret.env('REDIS_PASSWORD') },
      }),
    document: {
      router_settings: {
        routing_strategy: 'usage-based-routing-v2',
        redis_host: 'os.environ/REDIS_HOST',
        redis_port: 'os.environ/REDIS_PORT',
        redis_password: 'os.environ/REDIS_PASSWORD',
      },
    },
  },
  nonCompliant: {
    when: 'usage-based routing has no Redis',
    app: (config) => void new Router(config, 'Router', { routingStrategy: 'usage-based-routing-v2' }),
    document: { router_settings: { routing_strategy: 'usage-based-routing-v2' } },
    finding: {
      construct: 'prod/Router/Resource',
      path: ['router_settings', 'routing_strategy'],
      message: /routing_strategy usage-based-routing-v2 needs counters shared by every proxy instance/,
    },
  },
  notApplicable: {
    when: 'the routing strategy keeps no counters',
    app: (config) => void new Router(config, 'Router', { routingStrategy: 'simple-shuffle' }),
    document: { router_settings: { routing_strategy: 'simple-shuffle' } },
  },
});
