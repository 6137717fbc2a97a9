#!/usr/bin/env bash
# Runs the ocpi-node package's maintainer scripts (packaging/debian) the way dpkg calls them, with
# every command they run replaced by a stub that records its arguments, and checks what they do:
# a first installation creates the user and the configuration's stat override and starts nothing;
# an upgrade restarts running nodes; a removal stops them; a purge drops the override. The scripts
# run in a mount namespace of their own with a /run/systemd/system, as on a systemd machine.
# Usage: check-maintainer-scripts.sh PACKAGING_DEBIAN_DIR
set -euo pipefail
scripts="$1"

if [[ "${OCPI_IN_NAMESPACE:-}" != 1 ]]; then
    if ! command -v unshare >/dev/null 2>&1 || ! unshare --mount true 2>/dev/null; then
        echo "SKIP: cannot make a mount namespace here (needs root and unshare); the maintainer scripts are not run"
        exit 77
    fi
    exec unshare --mount env OCPI_IN_NAMESPACE=1 bash "$0" "$@"
fi

# Inside the namespace: a private /run with a systemd marker, and stubs first on the PATH.
mount --make-rprivate /
mount -t tmpfs tmpfs /run
mkdir -p /run/systemd/system
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/bin"
for command in getent adduser install dpkg-statoverride systemctl; do
    cat >"$scratch/bin/$command" <<STUB
#!/bin/sh
echo "$command \$*" >>"$scratch/calls"
# getent: the user exists only when the test says so; dpkg-statoverride --list: no override yet.
case "$command" in
    getent) [ -f "$scratch/user-exists" ] ;;
    dpkg-statoverride) case "\$1" in --list) [ -f "$scratch/override-exists" ] ;; esac ;;
esac
STUB
    chmod +x "$scratch/bin/$command"
done
export PATH="$scratch/bin:$PATH"

fail() { echo "FAIL: $*" >&2; echo "calls:" >&2; cat "$scratch/calls" >&2 2>/dev/null; exit 1; }
run() { : >"$scratch/calls"; sh "$scripts/$1" "${@:2}" || fail "$1 $* exited $?"; }
called() { grep -qE "$1" "$scratch/calls"; }

# A first installation: dpkg runs `postinst configure` with no previous version.
run postinst configure
called "^adduser .*--system .*--group .*--home /var/lib/ocpi-node .*ocpi-node$" || fail "postinst did not create the user"
called "^dpkg-statoverride --update --add root ocpi-node 0640 /etc/ocpi-node/ocpi-node.ini$" \
    || fail "postinst did not let the ocpi-node group read the configuration"
called "^systemctl daemon-reload$" || fail "postinst did not reload systemd"
if called "^systemctl .*(start|enable|restart)"; then fail "a first installation started or enabled the service"; fi

# An upgrade: the user and the override exist; running nodes restart on the new binary.
touch "$scratch/user-exists" "$scratch/override-exists"
run postinst configure 0.1.0
if called "^(adduser|dpkg-statoverride --update)"; then fail "an upgrade made the user or the override again"; fi
called "^systemctl try-restart ocpi-node.service ocpi-node@\*.service$" || fail "an upgrade did not restart running nodes"
if called "^systemctl (start|enable)"; then fail "an upgrade started or enabled the service"; fi

# prerm: an upgrade leaves the node running; a removal stops and disables it.
run prerm upgrade 0.2.0
if called "^systemctl"; then fail "prerm upgrade touched the service"; fi
run prerm remove
called "^systemctl stop ocpi-node.service ocpi-node@\*.service$" || fail "prerm remove did not stop the nodes"
called "^systemctl disable ocpi-node.service ocpi-node@.service$" || fail "prerm remove did not disable the units"

# postrm: a purge drops the override and keeps the data (nothing removes /var/lib/ocpi-node).
run postrm remove
if called "^dpkg-statoverride --remove"; then fail "postrm remove dropped the override"; fi
run postrm purge
called "^dpkg-statoverride --remove /etc/ocpi-node/ocpi-node.ini$" || fail "postrm purge kept the override"
if grep -qE "rm |deluser|userdel" "$scripts/postrm"; then fail "postrm deletes data or the user"; fi
echo "PASS: postinst, prerm and postrm"
