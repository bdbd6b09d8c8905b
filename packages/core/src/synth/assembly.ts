import type { ValidationReport } from './validation-report.js';

/** An environment variable a config references, and the constructs that use it. */
export interface EnvironmentVariableUse {
  readonly name: string;
  /**
   * Construct paths with the document location, e.g. `prod/bedrock/claude/eu (model_list[0].litellm_params.aws_access_key_id)`;
   * the first ten uses, in document order.
   */
  readonly usedBy: readonly string[];
  /** How many places use the variable. */
  readonly uses: number;
  /** What its value must look like, by the keys that read it: `an AWS region in eu-* (e.g. eu-central-1)`. */
  readonly expects?: readonly string[];
}

/** One config of the assembly. */
export interface AssemblyConfig {
  /** The `ProxyConfig`'s construct path. */
  readonly constructPath: string;
  /** The YAML file name inside the assembly. */
  readonly file: string;
  /** The `.env.example` file name inside the assembly. */
  readonly environmentFile: string;
  /** Absolute path of the YAML file (where it is, or would be, written). */
  readonly path: string;
  /** The YAML text. */
  readonly yaml: string;
  /** sha256 of the YAML text, hex. */
  readonly sha256: string;
  /** The config as plain data: exactly what parsing `yaml` gives back. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The files it includes. */
  readonly includes: readonly string[];
  /** Every environment variable it references, sorted by name. */
  readonly environmentVariables: readonly EnvironmentVariableUse[];
}

/** A config's entry in `manifest.json`. */
export interface ProxyConfigArtifact {
  readonly id: string;
  readonly type: 'litellm:proxy-config';
  readonly file: string;
  readonly constructPath: string;
  readonly sha256: string;
  readonly environmentFile: string;
  readonly includes: readonly string[];
}

/** A file an extension added to the assembly (`AssemblyArtifacts`), such as Kubernetes manifests. */
export interface ExtensionArtifact {
  readonly id: string;
  /** `<package>:<kind>`, e.g. `kubernetes:manifests`; never `litellm:proxy-config`. */
  readonly type: string;
  /** The path inside the assembly, e.g. `kubernetes/prod.yaml`. */
  readonly file: string;
  /** The construct that produced it. */
  readonly constructPath: string;
  readonly sha256: string;
  /** The config file it is made from. */
  readonly config: string;
}

/** Whether a manifest artifact is a config (rather than a file an extension made from one). */
export function isProxyConfigArtifact(
  artifact: ProxyConfigArtifact | ExtensionArtifact,
): artifact is ProxyConfigArtifact {
  return artifact.type === 'litellm:proxy-config';
}

/** `manifest.json`. */
export interface Manifest {
  readonly version: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly app: string;
  /** The configs, then the files extensions made from them; `isProxyConfigArtifact` tells them apart. */
  readonly artifacts: readonly (ProxyConfigArtifact | ExtensionArtifact)[];
  /** The custom modules copied beside the configs (`CustomModule`), with the configs that reference them. */
  readonly modules: readonly {
    readonly file: string;
    readonly sha256: string;
    readonly usedBy: readonly string[];
  }[];
  readonly tree: string;
  readonly validationReport: string;
  /** Further report files extensions added (`ReportSections.addFile`), e.g. a policy pack's CSV. */
  readonly reports: readonly string[];
}

/** A node of `tree.json`. */
export interface TreeNode {
  readonly id: string;
  readonly path: string;
  readonly type: string;
  readonly children?: readonly TreeNode[];
}

/** A file of the assembly directory. */
export interface AssemblyFile {
  readonly name: string;
  readonly content: string;
}

/** What synth produced: the directory, the manifest, and each config with its path and parsed content. */
export interface Assembly {
  /** The absolute output directory. */
  readonly directory: string;
  readonly manifest: Manifest;
  readonly configs: readonly AssemblyConfig[];
  readonly report: ValidationReport;
  readonly tree: TreeNode;
  /** Every file of the directory with its content, in the order written. */
  readonly files: readonly AssemblyFile[];
  /** The config with this file name (`prod.yaml`) or construct path (`prod`); throws when there is none. */
  getConfig(nameOrPath: string): AssemblyConfig;
}
