#!/bin/sh
# Downloads and unpacks (without installing) the Debian packages the built-in cases come from:
#   mricron-data (Colin27 + atlases), invesalius-examples (Cranium.inv3), python3-skimage (ihc,
#   retina, microaneurysms). Usage: scripts/sources/fetch-debian.sh [DEB_DIR]  (default .cache/debdata)
# Prints the directory the packages were unpacked into (DEB_DIR/x). Needs apt-get and dpkg-deb.
set -eu
DEB_DIR=${1:-${DEB_DIR:-.cache/debdata}}
PKGS="mricron-data invesalius-examples python3-skimage"
mkdir -p "$DEB_DIR/x"
if [ -f "$DEB_DIR/x/usr/share/mricron/templates/ch2.nii.gz" ] \
  && [ -f "$DEB_DIR/x/usr/share/doc/invesalius-examples/examples/Cranium.inv3" ] \
  && ls "$DEB_DIR"/x/usr/lib/python3/dist-packages/skimage/data/ihc.png >/dev/null 2>&1; then
  echo "$DEB_DIR/x"; exit 0
fi
cd "$DEB_DIR"
for p in $PKGS; do
  ls "$p"_*.deb >/dev/null 2>&1 || apt-get download "$p" >&2 || { apt-get update >&2 && apt-get download "$p" >&2; }
done
for d in *.deb; do dpkg-deb -x "$d" x; done
echo "$DEB_DIR/x"
