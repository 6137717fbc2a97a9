#!/usr/bin/env bash
# Builds the Debian packages of a build with CPack into a scratch folder and checks what they hold
# and need: ocpi-node has the binary, the unit, the configuration (a conffile) and the maintainer
# scripts, and neither the console nor Qt Widgets/Gui; ocpi-console has the console.
# Usage: check-packages.sh BUILD_DIR gui|nogui
set -euo pipefail
build="$1"
gui="$2"

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages cmake, dpkg-dev); the packages are not built"
        exit 77
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
node_debs=("$scratch"/ocpi-node_*.deb)
console_debs=("$scratch"/ocpi-console_*.deb)
[[ ${#node_debs[@]} -eq 1 ]] || fail "expected one ocpi-node_*.deb, found: $(ls "$scratch")"
node_deb="${node_debs[0]}"

# ocpi-node: contents.
dpkg-deb -c "$node_deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$scratch/node.files"
for path in /usr/bin/ocpi-node /usr/lib/systemd/system/ocpi-node.service /etc/ocpi-node/ocpi-node.ini \
    /usr/share/doc/ocpi-node/deploy.md /usr/share/doc/ocpi-node/examples/nginx/ocpi-node.conf; do
    grep -qxF "$path" "$scratch/node.files" || fail "ocpi-node lacks $path"
done
if grep -E "ocpi-console" "$scratch/node.files"; then
    fail "ocpi-node holds console files (above)"
fi
# ocpi-node: control fields and maintainer scripts.
dpkg-deb -f "$node_deb" Package Depends >"$scratch/node.control"
depends=$(dpkg-deb -f "$node_deb" Depends)
echo "ocpi-node Depends: $depends"
for needed in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite adduser; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "ocpi-node does not depend on $needed"
done
if grep -qE "libqt6(widgets|gui)6" <<<"$depends"; then
    fail "ocpi-node depends on Qt Widgets or Gui"
fi
dpkg-deb -e "$node_deb" "$scratch/node.control.d"
grep -qx "/etc/ocpi-node/ocpi-node.ini" "$scratch/node.control.d/conffiles" || fail "the configuration is not a conffile"
for script in postinst prerm postrm; do
    [[ -x "$scratch/node.control.d/$script" ]] || fail "ocpi-node has no executable $script"
    sh -n "$scratch/node.control.d/$script" || fail "$script is not valid sh"
done
grep -q "adduser .*--system" "$scratch/node.control.d/postinst" || fail "postinst does not create the system user"
grep -q "dpkg-statoverride .*ocpi-node 0640 /etc/ocpi-node/ocpi-node.ini" "$scratch/node.control.d/postinst" \
    || fail "postinst does not let the ocpi-node group read the configuration"
if grep -qE "systemctl (enable|start)|deb-systemd-invoke start" "$scratch/node.control.d/postinst"; then
    fail "postinst enables or starts the service; the operator configures it first"
fi
# The binary in the package links neither Qt Widgets nor Gui.
dpkg-deb -x "$node_deb" "$scratch/node.root"
if objdump -p "$scratch/node.root/usr/bin/ocpi-node" | grep -E "NEEDED.*libQt6(Widgets|Gui)"; then
    fail "the packaged ocpi-node links Qt Widgets or Gui"
fi

if [[ "$gui" == gui ]]; then
    [[ ${#console_debs[@]} -eq 1 ]] || fail "expected one ocpi-console_*.deb, found: $(ls "$scratch")"
    console_deb="${console_debs[0]}"
    dpkg-deb -c "$console_deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$scratch/console.files"
    for path in /usr/bin/ocpi-console /usr/share/applications/ocpi-console.desktop; do
        grep -qxF "$path" "$scratch/console.files" || fail "ocpi-console lacks $path"
    done
    if grep -qE "^/usr/bin/ocpi-node$|ocpi-node.service" "$scratch/console.files"; then
        fail "ocpi-console holds files of ocpi-node"
    fi
    console_depends=$(dpkg-deb -f "$console_deb" Depends)
    echo "ocpi-console Depends: $console_depends"
    grep -q "libqt6widgets6" <<<"$console_depends" || fail "ocpi-console does not depend on libqt6widgets6"
else
    [[ ${#console_debs[@]} -eq 0 ]] || fail "a build without the GUI made an ocpi-console package"
fi
echo "PASS: $(basename "$node_deb")${console_debs:+ and $(basename "${console_debs[0]}")}"
