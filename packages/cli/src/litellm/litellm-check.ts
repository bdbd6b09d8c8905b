// Ground truth where LiteLLM is installed: its own loader run on the config in a subprocess (python/litellm_check.py),
// and its verdict turned into findings beside ours.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigDocument, ConfigFinding, Environment } from '@litellm-cdk/core';
import { CliError } from '../exit-codes.js';
import type { LiteLLMPython } from './find-python.js';
import { loadCore } from '../core-module.js';

/** The script, shipped in the package beside `src/` and `dist/`. */
export const LITELLM_CHECK_SCRIPT = fileURLToPath(new URL('../../python/litellm_check.py', import.meta.url));

const MARKER = 'LITELLM_CDK_RESULT ';

/** What LiteLLM's loader said about a config. */
export interface LiteLLMVerdict {
  readonly python: string;
  /** The litellm version the interpreter imports. */
  readonly version?: string;
  /** `loaded`: `load_config` returned; `load-failed`: it (or `get_config`) raised. */
  readonly status: 'loaded' | 'load-failed';
  /** `get_config` or `load_config`, when loading failed. */
  readonly stage?: string;
  readonly error?: string;
  /** Deployments in the config, and in the Router `load_config` built. */
  readonly configured?: number;
  readonly loaded?: number;
  /** Deployments a `Router` of their own refuses, by index in the merged `model_list`. */
  readonly dropped: readonly { readonly index: number; readonly model_name: string; readonly error: string }[];
}

/**
 * Runs LiteLLM's loader on `configPath` with `env` as the process environment, in the config's directory (where the
 * proxy is started, so that modules of success_callback import).
 * @throws `CliError` (exit code 2) when the script cannot run or its interpreter lacks LiteLLM's proxy
 */
export function runLiteLLMCheck(interpreter: LiteLLMPython, configPath: string, env: Environment): LiteLLMVerdict {
  const run = spawnSync(interpreter.python, [LITELLM_CHECK_SCRIPT, path.resolve(configPath)], {
    cwd: path.dirname(path.resolve(configPath)),
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new CliError('usage', `Could not run ${interpreter.python}: ${run.error.message}`);
  const line = run.stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(MARKER));
  if (line === undefined) {
    const tail = `${run.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new CliError(
      'usage',
      `LiteLLM's check gave no result (${interpreter.python} exited with ${run.status}).${tail ? `\n${tail}` : ''}`,
    );
  }
  const result = JSON.parse(line.slice(MARKER.length)) as Record<string, unknown>;
  if (result.status === 'no-litellm' || result.status === 'no-proxy' || result.status === 'usage') {
    throw new CliError('usage', `${interpreter.python} cannot run LiteLLM's proxy loader: ${String(result.error)}`, {
      hint: "Install the proxy extras where that Python runs: pip install 'litellm[proxy]'.",
    });
  }
  return {
    python: interpreter.python,
    ...(typeof result.version === 'string' ? { version: result.version } : {}),
    status: result.status === 'loaded' ? 'loaded' : 'load-failed',
    ...(typeof result.stage === 'string' ? { stage: result.stage } : {}),
    ...(typeof result.error === 'string' ? { error: result.error } : {}),
    ...(typeof result.configured === 'number' ? { configured: result.configured } : {}),
    ...(typeof result.loaded === 'number' ? { loaded: result.loaded } : {}),
    dropped: Array.isArray(result.dropped) ? (result.dropped as LiteLLMVerdict['dropped']) : [],
  };
}

/**
 * The verdict as findings in core's conventions (paths into the merged config, mapped back to the file they came
 * from): LiteLLM failing to load the config, or dropping a deployment, is an error.
 */
export async function verdictFindings(
  verdict: LiteLLMVerdict,
  main: ConfigDocument,
  includes: readonly ConfigDocument[],
): Promise<ConfigFinding[]> {
  const { mergeIncludes } = await loadCore();
  const merged = mergeIncludes(main, includes);
  const version = `LiteLLM ${verdict.version ?? '(unknown version)'}`;
  const located = (finding: ConfigFinding): ConfigFinding => {
    const { path: at, file } = merged.locate(finding.path);
    return file === undefined ? { ...finding, path: at } : { ...finding, path: at, file };
  };
  if (verdict.status === 'load-failed') {
    return [
      {
        severity: 'error',
        id: 'litellm/load-failed',
        message: `${version} fails to load this config (${verdict.stage}): ${verdict.error}`,
        path: [],
        hint: 'This is what the proxy would do at start-up; fix the cause LiteLLM names.',
      },
    ];
  }
  const findings = verdict.dropped.map((d) =>
    located({
      severity: 'error',
      id: 'litellm/deployment-dropped',
      message: `${version} drops model_list[${d.index}] ('${d.model_name}'): ${d.error}`,
      path: ['model_list', d.index],
      hint: 'The proxy starts without this deployment and says so only in its log; fix it or remove it.',
    }),
  );
  if (
    findings.length === 0 &&
    verdict.configured !== undefined &&
    verdict.loaded !== undefined &&
    verdict.loaded < verdict.configured
  ) {
    findings.push({
      severity: 'error',
      id: 'litellm/deployment-dropped',
      message: `${version} loaded ${verdict.loaded} of the ${verdict.configured} deployments of this config.`,
      path: ['model_list'],
      hint: 'Compare the model_list with the proxy log to see which deployment it skipped.',
    });
  }
  return findings;
}

/** One sentence: LiteLLM's verdict, its version and interpreter. */
export function verdictLine(verdict: LiteLLMVerdict): string {
  const who = `LiteLLM ${verdict.version ?? '(unknown version)'} (${verdict.python})`;
  if (verdict.status === 'load-failed') return `${who}: fails to load the config in ${verdict.stage}.`;
  return `${who}: loads the config with ${verdict.loaded} of its ${verdict.configured} deployments.`;
}
