#!/usr/bin/env bash
# screenshots.sh — copies the screenshots the AppStream metadata lists from the test suite's last
# run ($CARGO_TARGET_DIR/screenshots, written by `make test`) into packaging/screenshots/, which
# the metadata's image addresses point at. Run it after `make test` when a listed window changed;
# tests/package.rs fails while a listed screenshot is missing or its size differs from the one
# the metadata states.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shots=${CARGO_TARGET_DIR:-$here/../target}/screenshots
names=$(grep -o 'packaging/screenshots/[^<]*\.png' "$here/io.github.unsit.Unsit.metainfo.xml" | sed 's|.*/||')
[ -n "$names" ] || { echo "screenshots.sh: the metadata lists no screenshots" >&2; exit 1; }
for name in $names; do
  [ -f "$shots/$name" ] || { echo "screenshots.sh: $shots/$name is missing; run make test first" >&2; exit 1; }
  cp "$shots/$name" "$here/screenshots/$name"
  echo "$name"
done
