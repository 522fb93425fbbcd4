#!/usr/bin/env bash
# ensure-debian-packages.sh PACKAGE...
#
# Installs the given Debian packages with apt-get, but only those that are not
# installed yet (checked with `dpkg -s PKG`). Idempotent: when every package is
# already installed it prints nothing and exits 0.
#
# - `apt-get update` is run at most once per invocation, and only when
#   something has to be installed.
# - Packages are installed with `apt-get install -y --no-install-recommends`.
# - Runs apt-get directly as root; otherwise through `sudo` when available
#   (non-interactively, `sudo -n`); otherwise exits 1 with a clear message.
# - Exits 2 on usage errors, 1 when installation is impossible or fails.
#
# Used by scripts/check-french.ts (grammalecte-cli) so that a clean CI machine
# installs what it needs by itself.
set -euo pipefail

prog="$(basename "$0")"

if [ "$#" -eq 0 ]; then
  echo "usage: $prog PACKAGE..." >&2
  exit 2
fi

missing=()
for pkg in "$@"; do
  case "$pkg" in
    -*|'')
      echo "$prog: invalid package name: '$pkg'" >&2
      exit 2
      ;;
  esac
  # dpkg -s succeeds for packages in state "deinstall"/"config-files" too, so
  # also require the "install ok installed" status.
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$prog: apt-get not found; please install manually: ${missing[*]}" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "$prog: need root to install ${missing[*]} (not root and sudo is not available)." >&2
    echo "$prog: run as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

echo "$prog: installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -qq >&2; then
  echo "$prog: 'apt-get update' failed" >&2
  exit 1
fi
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
  echo "$prog: 'apt-get install ${missing[*]}' failed" >&2
  exit 1
fi

for pkg in "${missing[@]}"; do
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    echo "$prog: $pkg is still not installed after apt-get install" >&2
    exit 1
  fi
done
echo "$prog: installed ${missing[*]}" >&2
