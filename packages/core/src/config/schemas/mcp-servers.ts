// `mcp_servers`: MCP servers the proxy exposes. The shape grows with every LiteLLM release, so only the common
// keys are typed and every other key is kept.
import * as z from 'zod';
import { passThrough, stringList } from './_values.js';

/** One MCP server: a URL (`http`, `sse`) or a command (`stdio`). */
export const McpServerSchema = passThrough({
  url: z.string().optional().describe('Server URL (http and sse transports).'),
  transport: z.string().optional().describe('`http`, `sse` or `stdio`.'),
  command: z.string().optional().describe('Command that starts a stdio server.'),
  args: stringList.optional(),
  env: z
    .record(z.string(), z.string())
    .optional()
    .describe('Environment of a stdio server; use `os.environ/NAME` for secrets.'),
  auth_type: z.string().optional(),
  description: z.string().optional(),
});

/** The `mcp_servers` section: server name -> server. */
export const McpServersSchema = z.record(z.string(), McpServerSchema).describe('MCP servers by name.');

/** One MCP server. */
export type McpServerEntry = z.infer<typeof McpServerSchema>;
/** The `mcp_servers` section. */
export type McpServersYaml = z.infer<typeof McpServersSchema>;
