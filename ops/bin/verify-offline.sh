#!/usr/bin/env bash
# Checks a TTMS transcript or certificate without any connection to the system that issued it: the text
# of its QR code carries a signature by the deployment's certificate authority over the verification
# code, a digest of the holder and the totals (issue 18). Needs only bash, openssl and the CA certificate
# (ttms-ca.pem: from the bureau, or GET /api/v1/ca/certificate).
#
#   ops/bin/verify-offline.sh ttms-ca.pem 'https://…/verify/CODE?h=3FA2&t=18_32.4&s=MEUCIQ…'
#   ops/bin/verify-offline.sh ttms-ca.pem 'https://…' 530902199001011234 李明   # also checks the holder
#
# Prints the code and totals the authority signed; compare them with the paper. Exit status 0 when the
# signature (and, if given, the holder) checks, 1 otherwise.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,12p' "$0"; exit 2; }
ca=$1 qr=$2 id=${3:-} name=${4:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

code=$(printf '%s' "$qr" | sed -E 's#^.*/verify/([A-Z2-7]+)\?.*$#\1#')
query=${qr#*\?}
param() { printf '%s' "$query" | tr '&' '\n' | sed -n "s/^$1=//p"; }
h=$(param h) t=$(param t) s=$(param s)
hours=${t%_*} credits=${t#*_}

printf 'TTMS-V1|%s|%s|%s|%s' "$code" "$h" "$hours" "$credits" >"$work/message"
# base64url without padding → base64 with padding
b64=$(printf '%s' "$s" | tr '_-' '/+')
while [ $(( ${#b64} % 4 )) -ne 0 ]; do b64="$b64="; done
printf '%s' "$b64" | openssl base64 -d -A >"$work/signature"
openssl x509 -in "$ca" -pubkey -noout >"$work/ca.pub"

echo "验证码 code:     $code"
echo "学时 hours:      $hours"
echo "学分 credits:    $credits"
if ! openssl dgst -sha256 -verify "$work/ca.pub" -signature "$work/signature" "$work/message" >/dev/null; then
  echo "签名无效 — the signature does NOT check with this CA certificate"; exit 1
fi
echo "签名有效 — signed by: $(openssl x509 -in "$ca" -noout -subject -nameopt utf8,sep_comma_plus)"
if [ -n "$id" ]; then
  digest=$(printf '%s|%s|%s' "$code" "$id" "$name" | openssl dgst -sha256 -r | cut -c1-4 | tr a-f A-F)
  if [ "$digest" = "$h" ]; then echo "持有人相符 — the holder matches"; else echo "持有人不符 — the holder does NOT match"; exit 1; fi
fi
