#!/usr/bin/env bash
# Put KontoPronto in the desktop menu (name, icon, .kpdb files open in it) for this user.
# Run it from the unpacked app folder: ./install-desktop-entry.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$target"
sed "s|@APPDIR@|$here|g" "$here/kontopronto.desktop" > "$target/kontopronto.desktop"
echo "KontoPronto ligger nå i programmenyen ($target/kontopronto.desktop)."
