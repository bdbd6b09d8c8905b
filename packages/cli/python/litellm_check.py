"""Runs LiteLLM's own config loader on a config, for `litellm-cdk validate --litellm` and `synth --litellm`.

Usage: python litellm_check.py <config.yaml>

Does what the proxy does at start-up, without serving:
  1. `await ProxyConfig().get_config(config_file_path)`: the config with its includes and os.environ/ resolved;
  2. `await ProxyConfig().load_config(router=None, config_file_path)`: settings, callbacks, custom modules and a
     Router (the proxy builds it with ignore_invalid_deployments=True, so bad deployments are dropped silently);
  3. `litellm.Router(model_list=[deployment])` for each deployment of the config, to say why one was dropped.
The environment (the .env file, or plausible values) is this process's. Prints one line
`LITELLM_CDK_RESULT <json>` after whatever LiteLLM prints itself.
"""

import asyncio
import json
import sys

MARKER = "LITELLM_CDK_RESULT "


def emit(result):
    sys.stdout.flush()
    print(MARKER + json.dumps(result), flush=True)


def describe(error):
    return f"{type(error).__name__}: {error}".strip()


def litellm_version(litellm):
    try:
        from importlib.metadata import version

        return version("litellm")
    except Exception:
        return str(getattr(litellm, "__version__", "unknown"))


async def check(config_path):
    import litellm
    from litellm.proxy.proxy_server import ProxyConfig

    result = {"version": litellm_version(litellm)}
    try:
        config = await ProxyConfig().get_config(config_file_path=config_path)
    except Exception as error:
        return {**result, "status": "load-failed", "stage": "get_config", "error": describe(error)}
    configured = (config or {}).get("model_list") or []
    try:
        _router, model_list, _general_settings = await ProxyConfig().load_config(router=None, config_file_path=config_path)
    except Exception as error:
        return {**result, "status": "load-failed", "stage": "load_config", "error": describe(error)}
    dropped = []
    for index, deployment in enumerate(configured):
        try:
            litellm.Router(model_list=[deployment])
        except Exception as error:
            dropped.append({"index": index, "model_name": str(deployment.get("model_name")), "error": describe(error)})
    return {**result, "status": "loaded", "configured": len(configured), "loaded": len(model_list or []), "dropped": dropped}


def main():
    if len(sys.argv) != 2:
        emit({"status": "usage", "error": "usage: litellm_check.py <config.yaml>"})
        return
    try:
        import litellm  # noqa: F401
    except Exception as error:
        emit({"status": "no-litellm", "error": describe(error)})
        return
    try:
        from litellm.proxy.proxy_server import ProxyConfig  # noqa: F401
    except Exception as error:
        emit({"status": "no-proxy", "error": describe(error)})
        return
    emit(asyncio.run(check(sys.argv[1])))


if __name__ == "__main__":
    main()
