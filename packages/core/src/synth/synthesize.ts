import type { IConstruct } from 'constructs';
import { Annotations } from '../annotations/annotations.js';
import { invokeAspects } from '../aspects/_invoke-aspects.js';
import { ProxyConfig } from '../tree/proxy-config.js';
import type { Assembly } from './assembly.js';
import { buildAssembly, environmentFileName } from './_build-assembly.js';
import { renderConfig } from './render-config.js';
import { SynthesisError } from './synthesis-error.js';
import { runPhase, type SynthesisPhaseListener } from './synthesis-phases.js';
import { validateTree } from './validate-tree.js';
import { writeAssemblyAtomically } from './output/write-assembly.js';

/** Options of `synthesize()`. */
export interface SynthesisOptions {
  readonly outdir: string;
  /** Fail on unacknowledged warnings. */
  readonly strict: boolean;
  /** Write the assembly to `outdir`; when false, everything happens in memory. */
  readonly write: boolean;
  /** The app's name for config headers. @default 'app' */
  readonly appName?: string;
  /**
   * Told when each phase (aspects, render, validation, write) starts and finishes, with its duration.
   * @default - no one is told
   */
  readonly onPhase?: SynthesisPhaseListener;
}

/**
 * The synthesis pipeline, in order: aspects, lock, render, validate, assemble, write.
 * Throws `SynthesisError` (carrying the validation report) when validation fails, before anything is written, and
 * `OutputDirectoryError` when the assembly cannot be written; `synthesisFailureOf(error)` reads either as data.
 */
export function synthesize(root: IConstruct, options: SynthesisOptions): Assembly {
  const listener = options.onPhase;
  runPhase('aspects', listener, () => invokeAspects(root));
  root.node.lock();
  const rendered = runPhase('render', listener, () => proxyConfigsOf(root).map((config) => renderConfig(config)));
  const assembly = runPhase('validation', listener, () => {
    const report = validateTree(root, rendered, options.strict);
    if (report.conclusion === 'failed') throw new SynthesisError(report);
    return buildAssembly(root, options.appName ?? appNameOf(root), rendered, report, options.outdir);
  });
  if (options.write) {
    runPhase('write', listener, () => writeAssemblyAtomically(options.outdir, assembly.files));
  }
  return assembly;
}

/** Every config of the app in tree order; two configs may not share a file name. */
function proxyConfigsOf(root: IConstruct): ProxyConfig[] {
  const configs = root.node.findAll().filter(ProxyConfig.isProxyConfig);
  if (configs.length === 0) {
    Annotations.of(root).addWarning(
      'core/no-configs',
      'The app has no ProxyConfig, so synth writes no config file.',
      'Create a ProxyConfig in the app.',
    );
  }
  reportArtifactCollisions(configs);
  for (const config of configs) {
    for (const included of config.includes) {
      if (!configs.includes(included as ProxyConfig)) {
        Annotations.of(config).addError(
          'core/include-outside-app',
          `Config '${config.node.path}' includes '${included.node.path}', which is not part of this app.`,
        );
      }
      if (included.includes.length > 0) {
        Annotations.of(config).addError(
          'core/nested-include',
          `Config '${config.node.path}' includes '${included.node.path}', which itself includes other files; LiteLLM does not follow nested includes.`,
          'Include every file from the main config.',
        );
      }
    }
  }
  return configs;
}

/**
 * Two configs may not write the same file: `prod.yaml` and `prod.yml` both give `prod.env.example`. Names are
 * compared case-insensitively too, since `Prod.yaml` and `prod.yaml` are one file on macOS and Windows.
 */
function reportArtifactCollisions(configs: readonly ProxyConfig[]): void {
  const owners = new Map<string, { readonly config: ProxyConfig; readonly file: string }>();
  for (const config of configs) {
    for (const file of new Set([config.fileName, environmentFileName(config.fileName)])) {
      const other = owners.get(file.toLowerCase());
      if (other && other.config !== config) {
        const same =
          other.file === file
            ? `'${file}'`
            : `'${file}' (the same file as '${other.file}' on case-insensitive file systems)`;
        Annotations.of(config).addError(
          'core/duplicate-file-name',
          `Config '${config.node.path}' would write ${same}, which config '${other.config.node.path}' also writes; one would overwrite the other.`,
          `Give config '${config.node.path}' or '${other.config.node.path}' another fileName.`,
        );
        break;
      }
      owners.set(file.toLowerCase(), { config, file });
    }
  }
}

function appNameOf(root: IConstruct): string {
  const name = (root as { name?: unknown }).name;
  return typeof name === 'string' ? name : 'app';
}
