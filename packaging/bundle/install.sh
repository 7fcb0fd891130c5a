#!/bin/sh
# Install Diptych for the current user, no Python needed:
#   ./install.sh              copy the app to ~/.local/opt/diptych, add the command
#                             ~/.local/bin/diptych and the desktop menu entry (also updates)
#   ./install.sh --uninstall  remove all three
# DIPTYCH_PREFIX chooses another folder than ~/.local/opt/diptych.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${DIPTYCH_PREFIX:-$HOME/.local/opt/diptych}"
bindir="$HOME/.local/bin"

is_bundle() { [ -x "$1/diptych" ] && [ -d "$1/_internal" ]; }

uninstall() {
  if is_bundle "$prefix"; then
    "$prefix/diptych" --uninstall-desktop || true
    if [ -L "$bindir/diptych" ] && [ "$(readlink "$bindir/diptych")" = "$prefix/diptych" ]; then
      rm -f "$bindir/diptych"
    fi
    rm -rf "$prefix"
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  echo "Diptych is uninstalled."
  exit 0
fi
if [ -n "${1:-}" ]; then
  echo "usage: $0 [--uninstall]" >&2
  exit 2
fi
if ! is_bundle "$here/diptych"; then
  echo "install.sh: no Diptych bundle next to this script ($here/diptych)." >&2
  exit 1
fi
if [ -e "$prefix" ] && ! is_bundle "$prefix"; then
  echo "install.sh: $prefix exists and is not a Diptych install; move it away first." >&2
  exit 1
fi

mkdir -p "$(dirname "$prefix")" "$bindir"
staging="$prefix.new.$$"
rm -rf "$staging"
cp -a "$here/diptych" "$staging"
rm -rf "$prefix"
mv "$staging" "$prefix"
ln -sfn "$prefix/diptych" "$bindir/diptych"
"$prefix/diptych" --install-desktop
echo "Diptych $("$prefix/diptych" --version | cut -d' ' -f2) is installed in $prefix: start it from the"
echo "applications menu, or run 'diptych' ($bindir must be on your PATH)."
