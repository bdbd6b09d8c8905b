import { CliError } from '../exit-codes.js';
import { isTypeScriptModule, registerTypeScriptLoader } from '../typescript-loader.js';
import type { DocumentCheck } from './validate-config-files.js';

/**
 * The `--policy` check: the built-in pack (`best-practices`), plus the pack `specifier` names when given (a module
 * path, or a package, optionally with `#exportName`), applied to the main config merged with its includes.
 * Findings name the file and path they are about, like core's; those of rules that reuse core's checks are left
 * to core, which reports them already.
 * @throws `CliError` when the named module cannot be loaded or exports no pack
 */
export async function policyCheck(specifier?: string): Promise<DocumentCheck> {
  // Loaded here, not at the top, so that `validate` without --policy starts without the policy rules.
  const { applyPackToDocument, LiteLLMBestPractices, loadPolicyPack } = await import('@litellm-cdk/policy');
  const packs = [LiteLLMBestPractices];
  if (specifier !== undefined) {
    if (isTypeScriptModule(specifier)) await registerTypeScriptLoader();
    try {
      packs.push(await loadPolicyPack(specifier, process.cwd()));
    } catch (error) {
      throw new CliError('usage', (error as Error).message, {
        hint: 'Pass the path of a module that exports a policy pack made with PolicyPack.of() (see docs/policy.md).',
      });
    }
  }
  return (files) =>
    packs.flatMap((pack) => applyPackToDocument(pack, files.mainDocument, { includes: files.includedDocuments }));
}
