import type { Construct } from 'constructs';
import type { SchemaProps } from './schema-props.js';
import type { ROUTING_STRATEGIES, RouterSettingsSchema } from './schemas/router-settings.js';
import { SettingsSection } from './settings-section.js';

/** The routing strategies LiteLLM's router accepts; anything else is a start-up error. */
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

/**
 * `router_settings`, with LiteLLM's keys, as core's schema types them (`RouterSettingsSchema`: the arguments of
 * LiteLLM's `Router.__init__`), a secret wherever a string may stand. Every key is optional and LiteLLM's default
 * applies when it is left out. See the L2 `Router` for camelCase props and group references.
 */
export interface RouterSettingsProps extends SchemaProps<typeof RouterSettingsSchema> {}

/** L1: keys of `router_settings`. */
export class RouterSettings extends SettingsSection {
  public readonly section = 'router_settings';

  public constructor(scope: Construct, id: string, props: RouterSettingsProps = {}) {
    super(scope, id, props);
  }
}
