#!/usr/bin/env bash
# Packs every published package (each package under packages/ that is not private) into the directory given, as
# `pnpm publish` would pack it: the prepack step builds dist/ and copies the LICENSE, pnpm applies publishConfig
# and replaces workspace: ranges with versions. Prints the tarballs written.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=$(mkdir -p "$1" && cd "$1" && pwd)
for dir in "$ROOT"/packages/*/; do
  if [ "$(node -p "require('${dir}package.json').private === true")" = true ]; then continue; fi
  (cd "$dir" && pnpm pack --pack-destination "$DEST" >/dev/null)
done
ls "$DEST"/*.tgz
