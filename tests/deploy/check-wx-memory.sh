#!/usr/bin/env bash
# The unit sets MemoryDenyWriteExecute=yes: systemd then refuses any memory mapping that is both
# writable and executable. This runs the node with the unit's Environment= lines, serves a few
# requests that go through regular expressions, and checks with strace that the node never asks
# for such a mapping (Qt's PCRE2 JIT would, were QT_ENABLE_REGEXP_JIT not 0).
# Usage: check-wx-memory.sh OCPI_NODE_BINARY UNIT_TEMPLATE
set -euo pipefail
node="$1"
unit="$2"

if ! command -v strace >/dev/null 2>&1; then
    echo "SKIP: strace is not installed (Debian package strace); writable executable memory is not checked"
    exit 77
fi
if ! strace -qq -o /dev/null true 2>/dev/null; then
    echo "SKIP: strace cannot trace here (ptrace not allowed); writable executable memory is not checked"
    exit 77
fi

scratch=$(mktemp -d)
pid=""
cleanup() {
    if [[ -n "$pid" ]]; then
        pkill -P "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [[ -f "$scratch/node.log" ]] && cat "$scratch/node.log" >&2; exit 1; }

# The service's environment, as the unit sets it.
environment=()
while IFS= read -r line; do
    environment+=("${line#Environment=}")
done < <(grep '^Environment=' "$unit")
[[ ${#environment[@]} -gt 0 ]] || fail "the unit sets no Environment="

env "${environment[@]}" strace -f -qq -e trace=mmap,mprotect,pkey_mprotect -o "$scratch/trace" \
    "$node" serve --port 0 --db "$scratch/node.sqlite" >"$scratch/node.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
    grep -q "OCPI versions URL" "$scratch/node.log" && break
    sleep 0.1
done
url=$(sed -n 's|.*OCPI versions URL: http://\([^/]*\)/.*|\1|p' "$scratch/node.log" | head -1)
[[ -n "$url" ]] || fail "the node did not start"
host="${url%:*}"
port="${url##*:}"

# Requests that match paths, read tokens, mask the request log and build the OpenAPI description.
request() {
    exec 3<>"/dev/tcp/$host/$port"
    printf '%s %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Token dW5rbm93bg==\r\nConnection: close\r\n\r\n' \
        "$1" "$2" "$url" >&3
    cat <&3 >/dev/null
    exec 3>&-
}
request GET /health
request GET /ocpi/versions
request GET /openapi.json
request GET /docs
request PUT /ocpi/emsp/2.2.1/locations/NL/TNM/LOC1
request GET /no/such/path
# Stop the node itself (strace's child); strace ends with it and flushes the trace.
kill "$(pgrep -P "$pid")"
wait "$pid" || true
pid=""

if grep -E "PROT_WRITE\|PROT_EXEC|PROT_EXEC\|PROT_WRITE" "$scratch/trace"; then
    fail "the node asked for writable executable memory (above); MemoryDenyWriteExecute=yes would refuse it"
fi
if grep -E "mprotect\(.*PROT_EXEC" "$scratch/trace" | grep -v "= -1"; then
    fail "the node made memory executable after mapping it (above)"
fi
echo "PASS: no writable executable memory ($(grep -c . "$scratch/trace") mappings traced)"
