import type { Construct } from 'constructs';
import type { SecretOr } from '../secrets/secret.js';
import { SettingsSection } from './settings-section.js';

/**
 * L1: `environment_variables`, exported to the proxy's environment at start-up.
 *
 * LiteLLM resolves `os.environ/` references before it exports these, so a variable defined only here cannot be
 * referenced elsewhere in the same file.
 */
export class EnvironmentVariables extends SettingsSection {
  public readonly section = 'environment_variables';

  public constructor(scope: Construct, id: string, variables: Record<string, SecretOr<string>> = {}) {
    super(scope, id, variables);
  }
}
