#!/usr/bin/env bash
# End-to-end test of what users install: every package packed as it would be published, then installed from the
# tarballs into fresh npm, pnpm and yarn (classic) projects outside the workspace, where `litellm-cdk init` writes an app and the
# installed CLI synthesizes, diffs and validates it (with the app's own TypeScript policy pack), and the app's test
# and typecheck (without skipLibCheck, so the published declarations are checked) pass.
# Usage: scripts/tarball-e2e.sh [npm|pnpm|yarn ...]   (default: all three; yarn is fetched from the npm registry)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FLAVOURS=("${@:-npm}")
[ $# -gt 0 ] || FLAVOURS=(npm pnpm yarn)

step() { echo "--- $*"; }

step "packing every package into $WORK/tarballs"
mapfile -t TARBALLS < <(bash "$ROOT/scripts/pack-all.sh" "$WORK/tarballs")
node "$ROOT/scripts/check-tarballs.mjs" "${TARBALLS[@]}"

# What every flavour runs once the app is installed: the user's commands, with the CLI the project installed.
use_app() {
  local exec=$1
  $exec litellm-cdk synth
  $exec litellm-cdk diff
  $exec litellm-cdk validate litellm.out/config.yaml
  $exec litellm-cdk validate litellm.out/config.yaml --policy ./pack.ts
  grep -q 'model: bedrock/eu.anthropic.claude-3-7-sonnet' litellm.out/config.yaml
}

for flavour in "${FLAVOURS[@]}"; do
  app="$WORK/$flavour-app"
  mkdir "$app" && cd "$app"
  case $flavour in
    npm)
      step "npm: npm init, npm install -D the tarballs, npx litellm-cdk init"
      npm init -y >/dev/null
      npm install --no-audit --no-fund -D "${TARBALLS[@]}" constructs
      npx litellm-cdk init
      npm install --no-audit --no-fund
      use_app "npx --no-install"
      step "npm: the README's first TypeScript example, as written (the typecheck below checks it too)"
      awk '/^```ts/ { block = 1; next } block && /^```/ { exit } block { print }' "$ROOT/README.md" > readme-example.ts
      mkdir readme && (cd readme && npx --no-install tsx ../readme-example.ts) && test -f readme/litellm.out/prod.yaml
      npm test
      npm run typecheck
      ;;
    pnpm)
      step "pnpm: pnpm add -D the tarballs, pnpm exec litellm-cdk init"
      # The tarballs depend on each other by version, which the registry does not have yet: point those at the files.
      {
        echo 'allowBuilds:'
        echo '  esbuild: true'
        echo 'overrides:'
        for tarball in "${TARBALLS[@]}"; do
          echo "  '$(tar -xzOf "$tarball" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')': 'file:$tarball'"
        done
      } > pnpm-workspace.yaml
      echo '{ "name": "pnpm-app", "version": "1.0.0" }' > package.json
      pnpm add -D "${TARBALLS[@]}" constructs
      pnpm exec litellm-cdk init
      # init added the scaffold's own dev dependencies; CI makes pnpm default to a frozen lockfile, a user's first
      # install is not frozen.
      pnpm install --no-frozen-lockfile
      use_app "pnpm exec"
      pnpm test
      pnpm typecheck
      ;;
    yarn)
      step "yarn: yarn classic from the npm registry, yarn add -D the tarballs, yarn litellm-cdk init"
      npm install --no-audit --no-fund --loglevel=error --prefix "$WORK/yarn-cli" yarn@1 >/dev/null
      yarn="$WORK/yarn-cli/node_modules/.bin/yarn"
      # A cache of this run's own: yarn classic caches a file: tarball by name and version, so an earlier run's
      # tarballs would stand in for these.
      export YARN_CACHE_FOLDER="$WORK/yarn-cache"
      # As for pnpm: the tarballs' dependencies on each other resolve to the files (yarn's resolutions).
      node -e '
        const { execFileSync } = require("node:child_process");
        const resolutions = {};
        for (const tarball of process.argv.slice(1)) {
          const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
          resolutions[manifest.name] = `file:${tarball}`;
        }
        require("node:fs").writeFileSync("package.json", JSON.stringify({ name: "yarn-app", version: "1.0.0", private: true, resolutions }, null, 2));
      ' "${TARBALLS[@]}"
      "$yarn" add --dev --non-interactive --no-progress "${TARBALLS[@]}" constructs
      "$yarn" litellm-cdk init
      "$yarn" install --non-interactive --no-progress
      use_app "$yarn --silent"
      "$yarn" test
      "$yarn" typecheck
      ;;
    *) echo "unknown flavour $flavour" >&2; exit 2 ;;
  esac
  step "$flavour: passed"
done
