import type { Construct } from 'constructs';
import { ConfigElement, type Contribution } from './config-element.js';

/** Props of an `McpServer`: one `mcp_servers` entry. Passed through; the shape is checked by its schema. */
export interface McpServerProps {
  /** The key under `mcp_servers`. */
  readonly name: string;
  /** Server URL, for the `http` and `sse` transports. @default - none: a stdio server gives `command` */
  readonly url?: string;
  /** `http`, `sse` or `stdio`. @default - LiteLLM's default transport for the server */
  readonly transport?: string;
  /** The command that starts a stdio server. @default - none */
  readonly command?: string;
  /** Arguments of `command`. @default - none */
  readonly args?: readonly string[];
  /** Environment of a stdio server; give its tokens as secrets (`Secret.env(...)`). @default - none */
  readonly env?: Record<string, unknown>;
  /** How the proxy authenticates to the server, as LiteLLM names it. @default - none */
  readonly auth_type?: string;
  readonly [key: string]: unknown;
}

/** L1: one entry of `mcp_servers` (a mapping from server name to its settings). */
export class McpServer extends ConfigElement {
  public constructor(
    scope: Construct,
    id: string,
    private readonly props: McpServerProps,
  ) {
    super(scope, id);
  }

  protected contribute(): Contribution {
    const { name, ...settings } = this.props;
    return { kind: 'entry', section: 'mcp_servers', key: name, value: settings };
  }
}
