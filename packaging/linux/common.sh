# Shared by build-tarball.sh and selftest-bundle.sh: build the PyInstaller bundle.
# shellcheck shell=bash
set -euo pipefail
PACKAGING="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../../scripts/_venv.sh
source "$PACKAGING/../scripts/_venv.sh"  # sets ROOT and VENV, defines ensure_venv
APP_ID="org.infusioncoverage.Organizer"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
WORK_DIR="${WORK_DIR:-$ROOT/build/pyinstaller}"
BUNDLE="$DIST_DIR/organizer"

app_version() {
  "$VENV/bin/python" -c 'import organizer; print(organizer.__version__)'
}

ensure_build_tools() {
  # The app itself (a venv made by scripts/test or scripts/demo will do), then PyInstaller:
  # a build tool only, not a dependency of the app.
  if ! "$VENV/bin/python" -c 'import organizer, PySide6.QtPdf, sqlalchemy, alembic' 2>/dev/null; then
    ensure_venv "run"
  fi
  if ! "$VENV/bin/python" -c 'import PyInstaller' 2>/dev/null; then
    echo "Installing PyInstaller into $VENV ..." >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
  fi
}

ensure_icons() {
  # The PNG, .icns and .ico icons are made from resources/icon.svg.
  local marker="$ROOT/resources/icons/hicolor/256x256/apps/$APP_ID.png"
  if [ ! -f "$marker" ] || [ "$ROOT/resources/icon.svg" -nt "$marker" ]; then
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" "$PACKAGING/make_icons.py"
  fi
}

build_bundle() {
  # One-folder bundle in $BUNDLE; prints how long it took.
  ensure_build_tools
  ensure_icons
  local started=$SECONDS
  "$VENV/bin/pyinstaller" "$PACKAGING/organizer.spec" --noconfirm --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR"
  BUILD_SECONDS=$((SECONDS - started))
  echo "Built $BUNDLE in ${BUILD_SECONDS}s ($(du -sh "$BUNDLE" | cut -f1))."
}
