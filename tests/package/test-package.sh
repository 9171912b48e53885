#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 9: build the DEB, unpack it, and check what a fresh Debian 12 would get from it: the
# programs run from the unpacked tree, the desktop entry and the AppStream metainfo validate,
# Depends names Debian's Qt 6, Qt Charts, Graphviz and SQLite runtime packages, and plan files
# are recognised by extension and by their SQLite application_id.
# Usage: test-package.sh BUILD_DIR MIME_CHECK
set -euo pipefail
build=$1
mime_check=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/continuity_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqt6svg6 \
        libgvc6 libcgraph6 libsqlite3-0 libpq5; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends does not name $package"
done

# apt resolves every dependency from Debian's archive (what `apt install ./continuity_*.deb` does).
if command -v apt-get > /dev/null; then
    apt-get install --simulate -q "$deb" > "$work/apt.log" 2>&1 \
        || { cat "$work/apt.log" >&2; fail "apt cannot install the package"; }
    echo "apt: $(grep -c '^Inst' "$work/apt.log" || true) package(s) to install with it"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/continuity usr/bin/continuity-cli \
        usr/share/applications/org.continuitybcp.Continuity.desktop \
        usr/share/metainfo/org.continuitybcp.Continuity.metainfo.xml \
        usr/share/mime/packages/org.continuitybcp.Continuity.xml \
        usr/share/icons/hicolor/scalable/apps/org.continuitybcp.Continuity.svg \
        usr/share/icons/hicolor/48x48/apps/org.continuitybcp.Continuity.png \
        usr/share/icons/hicolor/256x256/apps/org.continuitybcp.Continuity.png; do
    [ -e "$root/$f" ] || fail "the package lacks /$f"
done

"$root/usr/bin/continuity-cli" --version | tee "$work/version"
grep -q "^continuity-cli [0-9]" "$work/version" || fail "--version says no version"
plan="$work/sample.continuity"
"$root/usr/bin/continuity-cli" new "$plan" --sample
"$root/usr/bin/continuity-cli" info "$plan" | grep -q "integrity ok" || fail "info of the sample"

desktop-file-validate "$root/usr/share/applications/org.continuitybcp.Continuity.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.continuitybcp.Continuity.metainfo.xml"

# The MIME type as a file manager sees it, from the package's own database.
mkdir -p "$work/mime"
cp -r "$root/usr/share/mime/packages" "$work/mime/"
cp /usr/share/mime/packages/freedesktop.org.xml "$work/mime/packages/"
update-mime-database "$work/mime"
export XDG_DATA_HOME="$work/nothing" XDG_DATA_DIRS="$work"
cp "$plan" "$work/no-extension"
cp /dev/null "$work/empty.continuity"
sqlite3 "$work/other.db" "CREATE TABLE t(x)"
for case in "$plan:application/x-continuity-plan" \
        "$work/no-extension:application/x-continuity-plan" \
        "$work/other.db:application/vnd.sqlite3"; do
    file=${case%%:*}
    want=${case#*:}
    got=$("$mime_check" "$file")
    [ "$got" = "$want" ] || fail "$(basename "$file") is $got, not $want"
done
# The TGZ holds the same programs.
cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$work/tgz" > "$work/cpack-tgz.log" 2>&1 \
    || { cat "$work/cpack-tgz.log" >&2; fail "cpack -G TGZ failed"; }
tgz=$(ls "$work"/tgz/continuity-*.tar.gz)
listing=$(tar -tzf "$tgz")
grep -q "bin/continuity-cli$" <<<"$listing" || fail "the TGZ lacks bin/continuity-cli"
grep -q "share/applications/org.continuitybcp.Continuity.desktop$" <<<"$listing" \
    || fail "the TGZ lacks the desktop entry"
echo "built $(basename "$tgz")"
echo "package ok"
