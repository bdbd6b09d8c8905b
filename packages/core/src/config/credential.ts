import type { Construct } from 'constructs';
import type { SchemaProps } from './schema-props.js';
import { ConfigElement, type Contribution } from './config-element.js';
import type { CredentialValuesSchema } from './schemas/credential-list.js';

/** Props of a `Credential`: one `credential_list` entry. */
export interface CredentialProps {
  /** Deployments use it with `litellm_params.litellm_credential_name`. */
  readonly credential_name: string;
  /** The credential keys a deployment that names the credential takes (`api_key`, `api_base`, ...): secrets where they are secret. */
  readonly credential_values: SchemaProps<typeof CredentialValuesSchema>;
  /** @default - none */
  readonly credential_info?: Record<string, unknown>;
}

/** L1: one `credential_list` entry. */
export class Credential extends ConfigElement {
  public readonly credentialName: string;
  /** `credential_values`, as given: what a deployment that names the credential takes from it. */
  public readonly credentialValues: Readonly<Record<string, unknown>>;

  public constructor(
    scope: Construct,
    id: string,
    private readonly props: CredentialProps,
  ) {
    super(scope, id);
    this.credentialName = props.credential_name;
    this.credentialValues = { ...props.credential_values };
  }

  protected contribute(): Contribution {
    const value: Record<string, unknown> = {
      credential_name: this.props.credential_name,
      credential_values: this.props.credential_values,
    };
    if (this.props.credential_info) value.credential_info = this.props.credential_info;
    return { kind: 'item', section: 'credential_list', value };
  }
}
