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
    echo "Installing the organizer and what it needs into $VENV (a minute or two the first time)..." >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    # The "editable installation" notice of setuptools is about our own layout and means
    # nothing to the person installing: it is filtered out, every other line is kept.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      -c "$ROOT/requirements.lock" -e "$ROOT[$extra]" 2>&1 | quiet_editable_notice >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] || return 1
    touch "$stamp"
  fi
}

# The system packages, by group, from the one list in scripts/apt-packages.txt.
apt_packages() {
  # apt_packages GROUP...: the packages of these groups, space-separated.
  local groups=" $* "
  local pkg group _
  while read -r pkg group _; do
    case "$pkg" in "" | "#"*) continue ;; esac
    [[ "$groups" == *" $group "* ]] && printf '%s ' "$pkg"
  done <"$ROOT/scripts/apt-packages.txt"
  echo
}
RUNTIME_APT_PACKAGES="$(apt_packages run)"
TEST_APT_PACKAGES="$(apt_packages run ocr test)"

quiet_editable_notice() {
  # Drops setuptools' "Editable installation" warning: its first line, the message up to
  # the second line that is only "!!", and the one source line Python prints after it.
  awk '
    /Warning: Editable install/ { skip = 1; bangs = 0; next }
    skip == 1 && /^[[:space:]]*!![[:space:]]*$/ { if (++bangs == 2) skip = 2; next }
    skip == 1 { next }
    skip == 2 { skip = 0; next }
    { print }
  '
}

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
