import type { IConstruct } from 'constructs';
import { constructState } from '../tree/_construct-state.js';
import { ASSEMBLY_OWN_FILES } from './_assembly-files.js';
import type { AssemblyConfig } from './assembly.js';

/** What an artifact producer can read: every config of the assembly, rendered, hashed and with its variables. */
export interface ArtifactContext {
  readonly configs: readonly AssemblyConfig[];
  /** The config with this file name (`prod.yaml`) or construct path (`prod`); throws when there is none. */
  getConfig(nameOrPath: string): AssemblyConfig;
  /** The custom modules copied beside the configs (`CustomModule`), with the config files that reference them. */
  readonly modules: readonly AssemblyModule[];
}

/** A custom module of the assembly: its path beside the configs, its text, and the config files that use it. */
export interface AssemblyModule {
  readonly file: string;
  readonly content: string;
  readonly usedBy: readonly string[];
}

/** One file an extension adds to the assembly, and how `manifest.json` lists it. */
export interface ProducedArtifact {
  /** The artifact's type in `manifest.json`, `<package>:<kind>`, e.g. `kubernetes:manifests`. */
  readonly type: string;
  /** The file's text. */
  readonly content: string;
  /** The config file (`prod.yaml`) the artifact is made from, recorded in `manifest.json`. */
  readonly config: string;
}

/** Produces an artifact once validation has passed and every config is rendered. */
export type ArtifactProducer = (context: ArtifactContext) => ProducedArtifact;

interface RegisteredArtifact {
  readonly owner: IConstruct;
  readonly file: string;
  readonly produce: ArtifactProducer;
}

/**
 * A relative path inside the assembly: one or more plain segments (`compose.yaml`, `kubernetes/prod.yaml`), so an
 * artifact can never be written outside the assembly directory.
 */
const ARTIFACT_FILE = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)*[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Further files of the assembly, such as Kubernetes manifests or a Compose file made from a config. Extensions
 * register a producer on the construct that owns the file; synth runs the producers after validation, in
 * registration order, writes their files with the rest of the assembly (atomically) and lists each in
 * `manifest.json` under `artifacts` with its type.
 */
export class AssemblyArtifacts {
  /** The artifacts of the app `scope` belongs to. */
  public static of(scope: IConstruct): AssemblyArtifacts {
    return new AssemblyArtifacts(scope.node.root);
  }

  // Kept on the app's root construct, so that every loaded copy of core sees the same artifacts.
  private readonly artifacts: RegisteredArtifact[];

  private constructor(root: IConstruct) {
    this.artifacts = constructState(root, 'AssemblyArtifacts', () => []);
  }

  /**
   * Registers the file `file` (a path relative to the assembly directory), produced by `produce` and owned by
   * `owner`. Two artifacts may not share a file.
   */
  public add(owner: IConstruct, file: string, produce: ArtifactProducer): void {
    if (
      !ARTIFACT_FILE.test(file) ||
      file.split('/').some((segment) => segment === '..' || segment === '.') ||
      ASSEMBLY_OWN_FILES.has(file)
    ) {
      throw new Error(
        `[${owner.node.path}] Artifact file '${file}' must be a relative path of plain names (letters, digits, '.', '_', '-') other than the assembly's own files.`,
      );
    }
    const registered = this.artifacts;
    const other = registered.find((r) => r.file === file);
    if (other)
      throw new Error(
        `[${owner.node.path}] Artifact file '${file}' is already written by '${other.owner.node.path}'; give one of them another file name.`,
      );
    registered.push({ owner, file, produce });
  }

  /** @internal The registered artifacts, in registration order. */
  public get _registered(): readonly RegisteredArtifact[] {
    return this.artifacts;
  }
}
