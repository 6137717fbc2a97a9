#!/usr/bin/env bash
# Checks that nginx accepts packaging/nginx/ocpi-node.conf: `nginx -t` on a small main
# configuration that includes it, in a scratch prefix (works as root or not). The file is tested as
# shipped except for what `nginx -t` opens: the certificate paths point at a throwaway self-signed
# pair, and ports 80 and 443 become free high ports (nginx -t binds them; an unprivileged user
# cannot, and a running nginx may hold them). Usage: check-nginx.sh PATH/TO/ocpi-node.conf
set -euo pipefail
conf="$1"

if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
    echo "SKIP: nginx is not installed (Debian package nginx-light); the nginx configuration is not checked"
    exit 77
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
command -v openssl >/dev/null 2>&1 || { echo "SKIP: openssl is not installed (Debian package openssl)"; exit 77; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=ocpi.example.com" \
    -keyout "$scratch/key.pem" -out "$scratch/cert.pem" 2>/dev/null
# prepare PORT [drop-ipv6]: the file as tested, on ports PORT and PORT+1.
prepare() {
    local http_port="$1" https_port=$(($1 + 1)) expected=6
    sed -e "s|^\(\s*ssl_certificate\) .*;|\1 $scratch/cert.pem;|" \
        -e "s|^\(\s*ssl_certificate_key\) .*;|\1 $scratch/key.pem;|" \
        -e "s|^\(\s*listen \(\[::\]:\)\?\)80;|\1$http_port;|" \
        -e "s|^\(\s*listen \(\[::\]:\)\?\)443 ssl;|\1$https_port ssl;|" "$conf" >"$scratch/ocpi-node.conf"
    if [[ "${2:-}" == drop-ipv6 ]]; then
        sed -i '/^\s*listen \[::\]:/d' "$scratch/ocpi-node.conf"
        expected=4
    fi
    # Only those lines may differ from the shipped file.
    local changed
    changed=$(diff "$conf" "$scratch/ocpi-node.conf" | grep -c '^>' || true)
    [[ "$changed" -eq "$expected" ]] || fail "expected to replace the certificate and listen lines ($expected), replaced $changed"
}

# Every path nginx would otherwise take from its build (logs, pid, temporary files) goes to scratch.
cat >"$scratch/nginx.conf" <<NGINX
error_log $scratch/error.log;
pid $scratch/nginx.pid;
events {}
http {
    access_log $scratch/access.log;
    client_body_temp_path $scratch/body;
    proxy_temp_path $scratch/proxy;
    fastcgi_temp_path $scratch/fastcgi;
    uwsgi_temp_path $scratch/uwsgi;
    scgi_temp_path $scratch/scgi;
    include $scratch/ocpi-node.conf;
}
NGINX
# nginx -t binds the ports: another port pair when one is taken, and no IPv6 where the machine has
# none (a container, often).
ipv6=""
for attempt in 1 2 3 4 5; do
    prepare $((20000 + RANDOM % 20000)) $ipv6
    if "$nginx" -t -q -p "$scratch" -c "$scratch/nginx.conf" -e "$scratch/error.log" >"$scratch/out.log" 2>&1; then
        echo "PASS: nginx accepts $(basename "$conf")${ipv6:+ (IPv6 listen lines left out: no IPv6 here)}"
        exit 0
    fi
    if grep -q "Address family not supported" "$scratch/out.log" && [[ -z "$ipv6" ]]; then
        ipv6=drop-ipv6
    elif ! grep -q "Address already in use" "$scratch/out.log"; then
        break
    fi
    echo "retrying (attempt $attempt): $(head -1 "$scratch/out.log")"
done
cat "$scratch/out.log" >&2
fail "nginx -t refuses $conf"
