/**
 * `pnpm bench` (second part): `litellm-cdk validate` of a 50 MB config, in process.
 *
 * Target: at most 15 s and 1 GiB of memory (peak resident set) on a two-core CI machine, also when the file has
 * findings to place; the time grows linearly with the file, so a 10 MB file is measured too, to show the ratio.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateConfigFiles } from '../src/validate/validate-config-files.js';

/**
 * A config of `bytes` size or a little more: Bedrock deployments with limits, thinking and ids, as real ones look.
 * With `findingEvery`, every so many deployments have `rpm: 0`, an error each, so that positions are looked up too.
 */
function largeConfig(bytes: number, findingEvery = 0): string {
  const parts = ['model_list:\n'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry =
      `  - model_name: group-${Math.floor(i / 10)}\n    litellm_params:\n      model: bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0\n` +
      `      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID_${i % 3}\n      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY_${i % 3}\n` +
      `      aws_region_name: eu-west-${1 + (i % 3)}\n      rpm: ${findingEvery > 0 && i % findingEvery === 0 ? 0 : 100 + (i % 50)}\n      tpm: 100000\n      thinking:\n        type: enabled\n` +
      `        budget_tokens: 1024\n    model_info:\n      id: deployment-${i}\n      mode: chat\n      max_output_tokens: 64000\n`;
    parts.push(entry);
    size += entry.length;
  }
  parts.push('general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n');
  return parts.join('');
}

/** Wall-clock and CPU seconds (the CPU time stays meaningful on a loaded machine), and the findings. */
async function measure(
  megabytes: number,
  findingEvery = 0,
): Promise<{ seconds: number; cpuSeconds: number; findings: number }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-validate-bench-'));
  const file = path.join(directory, 'config.yaml');
  fs.writeFileSync(file, largeConfig(megabytes * 1024 * 1024, findingEvery));
  global.gc?.();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await validateConfigFiles(file, { cwd: directory });
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(directory, { recursive: true, force: true });
  return { seconds, cpuSeconds: (user + system) / 1e6, findings: result.findings.length };
}

const small = await measure(10);
const large = await measure(50);
const withFindings = await measure(50, 1000);
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log('litellm-cdk validate benchmark (in process: read, parse as PyYAML does, checks, positions)');
const line = (label: string, run: { seconds: number; cpuSeconds: number; findings: number }, rest = '') =>
  `  ${label}: ${run.seconds.toFixed(1).padStart(6)} s (CPU ${run.cpuSeconds.toFixed(1)} s)   ${run.findings} findings${rest}`;
console.log(line('10 MB config', small));
console.log(line('50 MB config', large, `   peak memory ${peakMiB.toFixed(0)} MiB`));
console.log(line('50 MB config', withFindings, ' (rpm 0 in one deployment of 1,000)'));
const slowest = Math.max(large.seconds, withFindings.seconds);
console.log(`  target 3: validate(50 MB) <= 15 s       ${slowest <= 15 ? 'MET' : 'MISSED'} (${slowest.toFixed(1)} s)`);
console.log(
  `  target 4: peak memory <= 1024 MiB      ${peakMiB <= 1024 ? 'MET' : 'MISSED'} (${peakMiB.toFixed(0)} MiB)`,
);
console.log(
  `  scaling: validate(50 MB) / validate(10 MB) = ${(large.seconds / small.seconds).toFixed(2)} (linear is 5)`,
);
if (slowest > 15 || peakMiB > 1024) process.exitCode = 1;
