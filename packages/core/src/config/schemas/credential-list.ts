// `credential_list`: named credentials that deployments use through `litellm_params.litellm_credential_name`.
import * as z from 'zod';
import { anyMapping, passThrough, section } from './_values.js';

/** The values of a credential: the `litellm_params` credential keys it provides. */
export const CredentialValuesSchema = passThrough({
  api_key: z.string().nullable().optional().describe('Use `os.environ/NAME`. Empty means unset.'),
  api_base: z.string().optional(),
  api_version: z.string().optional(),
}).describe('Credential keys merged into the litellm_params of deployments that use the credential.');

/** One `credential_list` entry. */
export const CredentialSchema = section({
  credential_name: z.string().describe('The name deployments refer to with `litellm_credential_name`.'),
  credential_values: CredentialValuesSchema,
  credential_info: anyMapping.describe('Facts about the credential, e.g. `{custom_llm_provider: azure}`.'),
});

/** The `credential_list` section. */
export const CredentialListSchema = z.array(CredentialSchema).describe('Named credentials shared by deployments.');

/** One credential. */
export type CredentialListEntry = z.infer<typeof CredentialSchema>;
/** The `credential_list` section. */
export type CredentialListYaml = z.infer<typeof CredentialListSchema>;
