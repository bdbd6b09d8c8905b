import * as fs from 'node:fs';
import type { IConstruct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { invokeAspects } from '../aspects/_invoke-aspects.js';
import { ProxyConfig } from '../tree/proxy-config.js';
import type { Assembly } from './assembly.js';
import { buildAssembly } from './_build-assembly.js';
import { renderConfig } from './render-config.js';
import { SynthesisError } from './synthesis-error.js';
import { validateTree } from './validate-tree.js';
import { writeAssemblyAtomically } from './_write-assembly.js';

/** The environment variable naming a file where a failed synth writes its validation report (the CLI sets it). */
export const FAILURE_REPORT_ENV = 'LITELLM_CDK_FAILURE_REPORT';

/** Options of `synthesize()`. */
export interface SynthesisOptions {
  readonly outdir: string;
  /** Fail on unacknowledged warnings. */
  readonly strict: boolean;
  /** Write the assembly to `outdir`; when false, everything happens in memory. */
  readonly write: boolean;
  /** The app's name for config headers. @default 'app' */
  readonly appName?: string;
}

/**
 * The synthesis pipeline, in order: aspects, lock, render, validate, assemble, write.
 * Throws `SynthesisError` when validation fails, before anything is written.
 */
export function synthesize(root: IConstruct, options: SynthesisOptions): Assembly {
  invokeAspects(root);
  root.node.lock();
  const configs = proxyConfigsOf(root);
  const rendered = configs.map((config) => renderConfig(config));
  const report = validateTree(root, rendered, options.strict);
  if (report.conclusion === 'failed') {
    const reportFile = process.env[FAILURE_REPORT_ENV];
    if (reportFile) fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    throw new SynthesisError(report);
  }
  const assembly = buildAssembly(root, options.appName ?? appNameOf(root), rendered, report, options.outdir);
  if (options.write) writeAssemblyAtomically(options.outdir, assembly.files);
  return assembly;
}

/** Every config of the app in tree order; two configs may not share a file name. */
function proxyConfigsOf(root: IConstruct): ProxyConfig[] {
  const configs = root.node.findAll().filter(ProxyConfig.isProxyConfig);
  if (configs.length === 0) {
    Annotations.of(root).addWarning('core/no-configs', 'The app has no ProxyConfig, so synth writes no config file.', 'Create a ProxyConfig in the app.');
  }
  const byFile = new Map<string, ProxyConfig>();
  for (const config of configs) {
    const other = byFile.get(config.fileName);
    if (other) {
      Annotations.of(config).addError(`File name '${config.fileName}' is already used by config '${other.node.path}'.`, 'core/duplicate-file-name', 'Give one of them another fileName.');
    }
    byFile.set(config.fileName, config);
  }
  for (const config of configs) {
    for (const included of config.includes) {
      if (!configs.includes(included as ProxyConfig)) {
        Annotations.of(config).addError(`Config '${config.node.path}' includes '${included.node.path}', which is not part of this app.`, 'core/include-outside-app');
      }
      if (included.includes.length > 0) {
        Annotations.of(config).addError(
          `Config '${config.node.path}' includes '${included.node.path}', which itself includes other files; LiteLLM does not follow nested includes.`,
          'core/nested-include',
          'Include every file from the main config.',
        );
      }
    }
  }
  return configs;
}

function appNameOf(root: IConstruct): string {
  const name = (root as { name?: unknown }).name;
  return typeof name === 'string' ? name : 'app';
}
