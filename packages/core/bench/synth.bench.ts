/**
 * `pnpm bench`: the speed and memory targets of synthesis, measured in one run.
 *
 * Targets: a full in-process synth (tree, aspects, validation, render, write) of 10,000 deployments takes no longer
 * than `yaml.stringify` alone on the same final object; 100,000 deployments take at most 12 times as long as 10,000.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IConstruct } from 'constructs';
import { stringify } from 'yaml';
import {
  App,
  AspectPriority,
  Aspects,
  GeneralSettings,
  ModelDeployment,
  ModelGroup,
  ProxyConfig,
  Router,
  Secret,
} from '../src/index.js';

const GEOGRAPHIES = [
  ['eu', 'AWS_REGION_NAME_EU'],
  ['us', 'AWS_REGION_NAME_US'],
] as const;

/** Sets `cache_control_injection_points` on every deployment, like the real injection aspect. */
const injectCacheControl = {
  visit(node: IConstruct): void {
    if (ModelDeployment.isModelDeployment(node)) {
      node.setParam('cache_control_injection_points', [{ location: 'message', role: 'system' }]);
    }
  },
};

/** Counts deployments without rate limits, like a read-only policy rule. */
const readOnlyCheck = {
  missing: 0,
  visit(node: IConstruct): void {
    if (ModelDeployment.isModelDeployment(node) && node.litellmParams.rpm === undefined) this.missing++;
  },
};

function buildApp(deployments: number, outdir: string): App {
  const app = new App({ outdir, name: 'bench' });
  const config = new ProxyConfig(app, 'prod');
  new Router(config, 'router', {
    routingStrategy: 'usage-based-routing-v2',
    numRetries: 1,
    timeout: 100,
    redis: { url: Secret.env('REDIS_URL') },
  });
  new GeneralSettings(config, 'general', {
    master_key: Secret.env('LITELLM_MASTER_KEY'),
    database_url: Secret.env('DATABASE_URL'),
  });
  const perGroup = 10;
  let previous: ModelGroup | undefined;
  for (let g = 0; g * perGroup < deployments; g++) {
    const group = new ModelGroup(config, `model-${g}`);
    for (let d = 0; d < perGroup && g * perGroup + d < deployments; d++) {
      const [geography, regionVariable] = GEOGRAPHIES[d % GEOGRAPHIES.length];
      group.addDeployment(`${geography}-${d}`, {
        litellmParams: {
          model: `bedrock/${geography}.anthropic.claude-3-7-sonnet-20250219-v1:0`,
          aws_access_key_id: Secret.env(`AWS_ACCESS_KEY_ID_${d % 3}`),
          aws_secret_access_key: Secret.env(`AWS_SECRET_ACCESS_KEY_${d % 3}`),
          aws_region_name: Secret.env(regionVariable),
          rpm: 100 + d,
          tpm: 100_000,
          thinking: { type: 'enabled', budget_tokens: 1024 },
        },
        modelInfo: { id: `model-${g}-${d}`, mode: 'chat', max_output_tokens: 64_000 },
      });
    }
    if (previous) previous.fallbackTo(group);
    previous = group;
  }
  Aspects.of(app).add(injectCacheControl, { priority: AspectPriority.MUTATING });
  Aspects.of(app).add(readOnlyCheck, { priority: AspectPriority.READONLY });
  return app;
}

interface Measurement {
  readonly synthMs: number;
  readonly stringifyMs: number;
  readonly heapMb: number;
}

function measure(deployments: number, withStringify = true): Measurement {
  const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-bench-')), 'litellm.out');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const app = buildApp(deployments, outdir);
  const assembly = app.synth();
  const synthMs = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const document = assembly.getConfig('prod.yaml').document;
  // Collect synth's garbage first, so that neither measurement pays for the other's.
  global.gc?.();
  const stringifyStart = performance.now();
  if (withStringify) stringify(document);
  const stringifyMs = withStringify ? performance.now() - stringifyStart : Number.NaN;
  fs.rmSync(path.dirname(outdir), { recursive: true, force: true });
  return { synthMs, stringifyMs, heapMb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(deployments: number, repeats: number): Measurement {
  // yaml.stringify of 100,000 entries takes tens of seconds; it is measured once, in the first run.
  const runs = Array.from({ length: repeats }, (_, i) => measure(deployments, i === 0));
  return {
    synthMs: median(runs.map((r) => r.synthMs)),
    stringifyMs: runs[0].stringifyMs,
    heapMb: median(runs.map((r) => r.heapMb)),
  };
}

if (!global.gc)
  console.warn("Run with --expose-gc (as `pnpm bench` does) for figures free of the previous run's garbage.");
measure(1_000); // warm up the JIT so the first measured size is not penalised
const small = run(10_000, 5);
const large = run(100_000, 3);
const format = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
console.log(
  'litellm-cdk synthesis benchmark (synth: median of runs, tree + aspects + validation + render + write; yaml.stringify: first run)',
);
console.log(
  `  10,000 deployments:  full synth ${format(small.synthMs)}   yaml.stringify alone ${format(small.stringifyMs)}   heap +${small.heapMb.toFixed(0)} MB`,
);
console.log(
  `  100,000 deployments: full synth ${format(large.synthMs)}   yaml.stringify alone ${format(large.stringifyMs)}   heap +${large.heapMb.toFixed(0)} MB`,
);
const ratioToStringify = small.synthMs / small.stringifyMs;
const scaling = large.synthMs / small.synthMs;
console.log(
  `  target 1: synth(10k) / stringify(10k) = ${ratioToStringify.toFixed(2)} (must be <= 1.00) ${ratioToStringify <= 1 ? 'MET' : 'MISSED'}`,
);
console.log(
  `  target 2: synth(100k) / synth(10k)     = ${scaling.toFixed(2)} (must be <= 12.00) ${scaling <= 12 ? 'MET' : 'MISSED'}`,
);
if (ratioToStringify > 1 || scaling > 12) process.exitCode = 1;
