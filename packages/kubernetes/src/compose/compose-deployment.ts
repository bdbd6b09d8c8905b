import { AssemblyArtifacts, ProxyConfig } from '@litellm-cdk/core';
import { Construct } from 'constructs';
import { ConfigBundle } from '../config-bundle.js';
import { composeFile, type ComposeOptions } from './compose-file.js';

/** The type of the Compose file in `manifest.json`. */
export const COMPOSE_ARTIFACT_TYPE = 'compose:project';

/** Props of a `ComposeDeployment`. */
export interface ComposeDeploymentProps extends ComposeOptions {
  /**
   * The Compose file's name in the assembly, beside the config.
   * @default 'compose.yaml'
   */
  readonly fileName?: string;
}

/**
 * Runs its config on one machine with Docker Compose: synth writes `compose.yaml` beside the config, with the proxy,
 * and Postgres and Redis when the config uses them.
 *
 * ```ts
 * new ComposeDeployment(dev, 'compose');   // litellm.out/compose.yaml: docker compose -f litellm.out/compose.yaml up
 * ```
 */
export class ComposeDeployment extends Construct {
  /** The Compose file's name in the assembly. */
  public readonly fileName: string;

  public constructor(scope: Construct, id: string, props: ComposeDeploymentProps = {}) {
    super(scope, id);
    const config = ProxyConfig.of(this);
    this.fileName = props.fileName ?? 'compose.yaml';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/.test(this.fileName)) {
      throw new Error(
        `[${this.node.path}] fileName '${this.fileName}' must be a plain .yaml file name: the file sits beside the config it mounts.`,
      );
    }
    if (props.port !== undefined && (!Number.isInteger(props.port) || props.port < 1 || props.port > 65_535)) {
      throw new Error(`[${this.node.path}] port must be a port number (1-65535); got ${props.port}.`);
    }
    const { fileName: _fileName, ...options } = props;
    AssemblyArtifacts.of(this).add(this, this.fileName, (context) => {
      const bundle = ConfigBundle._fromContext(context, config.node.path);
      return {
        type: COMPOSE_ARTIFACT_TYPE,
        config: bundle.configFile,
        content: composeFile(bundle, this.fileName, options),
      };
    });
  }
}
