#!/usr/bin/env bash
# Build the Linux bundle with PyInstaller and pack it as a tarball people can install.
#
#   packaging/linux/build-tarball.sh            build, then pack
#   packaging/linux/build-tarball.sh --no-build pack the bundle already in dist/organizer
#
# Result: dist/infusion-coverage-organizer-<version>-linux-<arch>.tar.gz holding the bundle,
# the .desktop file, the AppStream metainfo, the hicolor icons, install.sh and uninstall.sh.
source "$(dirname "$0")/common.sh"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  build_bundle
else
  ensure_build_tools
  ensure_icons
  [ -x "$BUNDLE/organizer" ] || { echo "No bundle in $BUNDLE; run without --no-build." >&2; exit 1; }
fi

version="$(app_version)"
name="infusion-coverage-organizer-$version-linux-$(uname -m)"
stage="$DIST_DIR/stage/$name"
rm -rf "$DIST_DIR/stage"
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons"

cp -a "$BUNDLE" "$stage/organizer"
cp "$PACKAGING/linux/$APP_ID.desktop" "$stage/share/applications/"
cp "$PACKAGING/linux/$APP_ID.metainfo.xml" "$stage/share/metainfo/"
cp -a "$ROOT/resources/icons/hicolor" "$stage/share/icons/"
cp "$PACKAGING/linux/install.sh" "$PACKAGING/linux/uninstall.sh" "$stage/"
cp "$ROOT/LICENSE" "$stage/"
cat >"$stage/README.txt" <<TEXT
Infusion Coverage Organizer $version

To install it for yourself (no administrator password needed):
    ./install.sh
Then start it from your applications menu.

To remove the program again:
    ./uninstall.sh
This never removes your case folders or the organizer's saved data.
TEXT

tarball="$DIST_DIR/$name.tar.gz"
tar -C "$DIST_DIR/stage" -czf "$tarball" "$name"
rm -rf "$DIST_DIR/stage"
echo "Wrote $tarball ($(du -h "$tarball" | cut -f1))."
