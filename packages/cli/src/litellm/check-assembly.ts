import type { ConfigFinding } from '@litellm-cdk/core';
import type { AssemblyOnDisk } from '../documents/read-assembly.js';
import type { LiteLLMPython } from './find-python.js';
import { type LiteLLMVerdict, runLiteLLMCheck, verdictFindings } from './litellm-check.js';
import { litellmEnvironment } from './litellm-environment.js';

/** LiteLLM's verdict on one config of an assembly, with its findings. */
export interface AssemblyVerdict {
  readonly file: string;
  readonly verdict: LiteLLMVerdict;
  readonly findings: readonly ConfigFinding[];
}

/**
 * `synth --litellm`: runs LiteLLM's loader on each config of the written assembly that no other config includes (the
 * files a proxy is started with), with plausible values for the variables it references.
 */
export async function checkAssemblyWithLiteLLM(
  assembly: AssemblyOnDisk,
  python: LiteLLMPython,
): Promise<AssemblyVerdict[]> {
  const included = new Set(assembly.configs.flatMap((c) => c.includes));
  const verdicts: AssemblyVerdict[] = [];
  for (const config of assembly.configs.filter((c) => !included.has(c.file))) {
    const main = { file: config.file, content: config.document };
    const includes = assembly.configs
      .filter((c) => config.includes.includes(c.file))
      .map((c) => ({ file: c.file, content: c.document }));
    const env = await litellmEnvironment(main, includes, undefined);
    const verdict = runLiteLLMCheck(python, config.path, env);
    verdicts.push({ file: config.file, verdict, findings: await verdictFindings(verdict, main, includes) });
  }
  return verdicts;
}
