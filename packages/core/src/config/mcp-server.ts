import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';

/** Props of an `McpServer`: one `mcp_servers` entry. Passed through; the shape is checked by its schema. */
export interface McpServerProps {
  /** The key under `mcp_servers`. */
  readonly name: string;
  readonly url?: string;
  readonly transport?: string;
  readonly command?: string;
  readonly args?: readonly string[];
  readonly env?: Record<string, unknown>;
  readonly auth_type?: string;
  readonly [key: string]: unknown;
}

/** L1: one entry of `mcp_servers` (a mapping from server name to its settings). */
export class McpServer extends ConfigElement {
  public constructor(scope: Construct, id: string, private readonly props: McpServerProps) {
    super(scope, id);
  }

  protected contribute(): Contribution {
    const { name, ...settings } = this.props;
    return { kind: 'entry', section: 'mcp_servers', key: name, value: settings };
  }
}
