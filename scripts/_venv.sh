# Shared by scripts/demo and scripts/test: make .venv with Python 3.11+ and install into it.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ORGANIZER_VENV:-$ROOT/.venv}"

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Python 3.11 or newer is needed (install python3 from your system's packages)." >&2
  return 1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

ensure_venv() {
  local extra="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    local py
    py="$(pick_python)"
    if ! "$py" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      echo "Installing python3-venv, which Debian and Ubuntu ship separately..." >&2
      as_root apt-get install -y "python3-venv" >&2 || as_root apt-get install -y "$("$py" -c 'import sys; print(f"python3.{sys.version_info.minor}-venv")')" >&2
      "$py" -m venv "$VENV"
    fi
  fi
  local stamp="$VENV/.installed-$extra"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ] || [ "$ROOT/requirements.lock" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      -c "$ROOT/requirements.lock" -e "$ROOT[$extra]"
    touch "$stamp"
  fi
}

# System libraries Qt needs on Linux, and the tools some features use.
RUNTIME_APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1 libdbus-1-3"
TEST_APT_PACKAGES="$RUNTIME_APT_PACKAGES tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core"

ensure_apt_packages() {
  # Installs missing Debian/Ubuntu packages when we may (root or sudo); otherwise says which.
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in $1; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}" >&2
  if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >&2; then
    echo "Could not install ${missing[*]}; please install them with your package manager." >&2
  fi
}
