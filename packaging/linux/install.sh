#!/usr/bin/env bash
# Install the Infusion Coverage Organizer for this user, into ~/.local. No root needed.
#
#   ./install.sh             from the unpacked tarball
#   PREFIX=DIR ./install.sh  somewhere else than ~/.local
#
# It copies the program to PREFIX/lib/infusion-coverage-organizer, links PREFIX/bin/organizer,
# and adds the menu entry, the icons and the app description under PREFIX/share.
# The app appears in "Open with" for PDF files, but it never makes itself the default
# PDF viewer: this script does not touch mimeapps.list or any default-application setting.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="org.infusioncoverage.Organizer"
PREFIX="${PREFIX:-$HOME/.local}"
PROGRAM_DIR="$PREFIX/lib/infusion-coverage-organizer"
MARKER=".installed-by-infusion-coverage-organizer"

if [ ! -x "$HERE/organizer/organizer" ]; then
  echo "The program is missing next to this script ($HERE/organizer/organizer)." >&2
  echo "Please unpack the whole download and run install.sh from there." >&2
  exit 1
fi

mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share/applications" "$PREFIX/share/metainfo"

# The program: copy next to the old one, then swap, so a failed copy leaves the old one working.
staging="$(mktemp -d "$PREFIX/lib/.infusion-coverage-organizer.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -a "$HERE/organizer/." "$staging/"
touch "$staging/$MARKER"
if [ -e "$PROGRAM_DIR" ]; then
  if [ ! -f "$PROGRAM_DIR/$MARKER" ]; then
    echo "$PROGRAM_DIR exists but was not installed by this script; left it alone." >&2
    exit 1
  fi
  rm -rf "$PROGRAM_DIR"
fi
mv "$staging" "$PROGRAM_DIR"
chmod 755 "$PROGRAM_DIR"
trap - EXIT
ln -sfn "$PROGRAM_DIR/organizer" "$PREFIX/bin/organizer"

# The menu entry, pointing at the installed program even when ~/.local/bin is not on PATH.
sed -e "s|^Exec=organizer |Exec=\"$PROGRAM_DIR/organizer\" |" \
  -e "s|^TryExec=organizer\$|TryExec=$PROGRAM_DIR/organizer|" \
  "$HERE/share/applications/$APP_ID.desktop" >"$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$PREFIX/share/$(dirname "$icon")"
  cp "$HERE/share/$icon" "$PREFIX/share/$icon"
done

# Refresh the menu's caches where the tools exist; this only lists the app under
# "Open with", it never changes which program opens a file by default.
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -f -t "$PREFIX/share/icons/hicolor" || true
fi

echo "Installed Infusion Coverage Organizer in $PROGRAM_DIR."
echo "Start it from your applications menu, or type: organizer"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "(The command 'organizer' works after you log out and in again, or as $PREFIX/bin/organizer.)" ;;
esac

# If no other PDF viewer was ever chosen, the desktop may now pick this app for PDFs.
# We only say so; the choice stays the user's.
if command -v xdg-mime >/dev/null 2>&1; then
  if [ "$(xdg-mime query default application/pdf 2>/dev/null)" = "$APP_ID.desktop" ]; then
    echo
    echo "Note: no PDF viewer is chosen on this computer, so PDFs may now open in the organizer."
    echo "To choose your usual viewer: right-click a PDF, pick 'Open With', choose the viewer"
    echo "and set it as the default."
  fi
fi
