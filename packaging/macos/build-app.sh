#!/usr/bin/env bash
# Build "Infusion Coverage Organizer.app" on macOS, and a .dmg to hand out.
#
#   packaging/macos/build-app.sh
#
# Needs Python 3.11+ (python.org installer or Homebrew) and the Xcode command line tools
# (xcode-select --install). Results: dist/Infusion Coverage Organizer.app and
# dist/infusion-coverage-organizer-<version>-macos-<arch>.dmg
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
APP_NAME="Infusion Coverage Organizer"

if [ "$(uname -s)" != "Darwin" ]; then
  echo "This script builds the macOS app and must run on a Mac." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[run]"
# PyInstaller is a build tool only; it is not one of the app's dependencies.
.venv/bin/python -m pip install --quiet --disable-pip-version-check pyinstaller

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

started=$SECONDS
.venv/bin/pyinstaller packaging/organizer.spec --noconfirm --distpath dist --workpath build/pyinstaller
app="dist/$APP_NAME.app"
echo "Built $app in $((SECONDS - started))s ($(du -sh "$app" | cut -f1))."

# The app must start, and its Info.plist must offer it for PDFs without claiming them.
"$app/Contents/MacOS/organizer" --version
plutil -lint "$app/Contents/Info.plist"
/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:LSHandlerRank" "$app/Contents/Info.plist"

# PyInstaller signs the bundle ad hoc. To hand it out without Gatekeeper warnings, sign it
# with a Developer ID and notarize it (see packaging/README.md), then build the .dmg.
version="$(.venv/bin/python -c 'import organizer; print(organizer.__version__)')"
dmg="dist/infusion-coverage-organizer-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$APP_NAME" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "Wrote $dmg"
