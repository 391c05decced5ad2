#!/usr/bin/env bash
# Remove the Infusion Coverage Organizer that install.sh put into ~/.local (or PREFIX).
#
# Only the program, its menu entry, icons and app description are removed. Your case
# folders and the organizer's data folder (with its database) are never touched: delete
# the data folder yourself if you really want it gone
# (~/.local/share/InfusionCoverageOrganizer unless ORGANIZER_DATA_DIR says otherwise).
set -euo pipefail
APP_ID="org.infusioncoverage.Organizer"
PREFIX="${PREFIX:-$HOME/.local}"
PROGRAM_DIR="$PREFIX/lib/infusion-coverage-organizer"
MARKER=".installed-by-infusion-coverage-organizer"

if [ -d "$PROGRAM_DIR" ]; then
  if [ -f "$PROGRAM_DIR/$MARKER" ]; then
    rm -rf "$PROGRAM_DIR"
  else
    echo "$PROGRAM_DIR was not installed by install.sh; left it alone." >&2
  fi
fi
# The command link, only if it is ours.
if [ -L "$PREFIX/bin/organizer" ] && [ "$(readlink "$PREFIX/bin/organizer")" = "$PROGRAM_DIR/organizer" ]; then
  rm -f "$PREFIX/bin/organizer"
fi
rm -f "$PREFIX/share/applications/$APP_ID.desktop" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 32 48 64 128 256; do
  rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
rm -f "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$PREFIX/share/applications" ]; then
  update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$PREFIX/share/icons/hicolor" ]; then
  gtk-update-icon-cache -q -f -t "$PREFIX/share/icons/hicolor" || true
fi

echo "Removed the Infusion Coverage Organizer program."
echo "Your case folders and the organizer's data folder were left as they were."
