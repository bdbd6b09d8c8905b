import { CATALOG_VERSION } from '@litellm-cdk/core';

/** Where LiteLLM publishes its proxy image. */
export const LITELLM_IMAGE_REPOSITORY = 'ghcr.io/berriai/litellm';

/**
 * The proxy image of the LiteLLM release this library's data targets: LiteLLM tags each release's image
 * `main-<release>` (e.g. `main-v1.81.13`), the tag its Helm chart derives from the app version.
 */
export const LITELLM_IMAGE = `${LITELLM_IMAGE_REPOSITORY}:main-${CATALOG_VERSION}`;

/** The port the proxy listens on (`--port`), in the container. */
export const PROXY_PORT = 4000;

/** LiteLLM's readiness endpoint: 200 once the proxy has loaded its config and can serve. */
export const READINESS_PATH = '/health/readiness';

/** LiteLLM's liveness endpoint (spelt so by LiteLLM): 200 while the process answers. */
export const LIVENESS_PATH = '/health/liveliness';

/** Where the config, its included files and custom modules are mounted, side by side as synth wrote them. */
export const CONFIG_DIRECTORY = '/etc/litellm';

/** The proxy's arguments: the config file in the mounted directory, and the port. */
export function proxyArguments(configFile: string): string[] {
  return ['--config', `${CONFIG_DIRECTORY}/${configFile}`, '--port', String(PROXY_PORT)];
}
