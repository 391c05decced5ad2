#!/usr/bin/env bash
# Build the Linux bundle, then run its smoke test without a display:
#
#   packaging/linux/selftest-bundle.sh             build, then run `organizer --self-test`
#   packaging/linux/selftest-bundle.sh --no-build  test the bundle already in dist/organizer
#
# Prints the bundle size, the build time and the self-test time. Exits with the self-test's
# exit code, so CI can run it directly.
source "$(dirname "$0")/common.sh"

BUILD_SECONDS=""
case "${1:-}" in
  --no-build) [ -x "$BUNDLE/organizer" ] || { echo "No bundle in $BUNDLE." >&2; exit 1; } ;;
  "") build_bundle ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

# A private home and data folder, and no display: --self-test must switch to offscreen itself.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data"
started=$SECONDS
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
  HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
  XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
  ORGANIZER_DATA_DIR="$scratch/data" \
  "$BUNDLE/organizer" --self-test
status=$?
set -e
echo
echo "bundle:     $BUNDLE"
echo "size:       $(du -sh "$BUNDLE" | cut -f1)"
if [ -n "$BUILD_SECONDS" ]; then echo "build time: ${BUILD_SECONDS}s"; else echo "build time: not built in this run"; fi
echo "self-test:  $((SECONDS - started))s, exit code $status"
if [ "$status" -eq 0 ]; then echo "Self-test passed."; else echo "Self-test FAILED." >&2; fi
exit "$status"
