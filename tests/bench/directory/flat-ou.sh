#!/bin/sh
# flat-ou.sh N: inside the Samba lab (samba-lab runs it), adds OU=Flat under the domain with N
# computers directly in it, over ldaps as the lab's administrator: the "OU of 10,000
# computers" of issue 5, point 6, which the lab's nested OUs do not have. Plain ldapadd, so
# it takes about a minute for 10,000.
set -eu
count=${1:-10000}
domain=$(printf '%s' "$OSMGMT_SAMBA_REALM" | sed 's/^/DC=/; s/\./,DC=/g')
ldif=$(mktemp)
trap 'rm -f "$ldif"' EXIT
{
    printf 'dn: OU=Flat,%s\nobjectClass: organizationalUnit\n\n' "$domain"
    i=0
    while [ "$i" -lt "$count" ]; do
        printf 'dn: CN=flat%05d,OU=Flat,%s\nobjectClass: computer\nsAMAccountName: flat%05d$\nuserAccountControl: 4096\ndNSHostName: flat%05d.%s\n\n' \
            "$i" "$domain" "$i" "$i" "$OSMGMT_SAMBA_REALM"
        i=$((i + 1))
    done
} > "$ldif"
start=$(date +%s)
LDAPTLS_CACERT=$OSMGMT_SAMBA_CA ldapadd -c -H "ldaps://$OSMGMT_SAMBA_HOST" -x \
    -D "$OSMGMT_SAMBA_USER@$OSMGMT_SAMBA_REALM" -w "$OSMGMT_SAMBA_PASSWORD" -f "$ldif" >/dev/null
echo "flat-ou: $count computers added to OU=Flat,$domain in $(( $(date +%s) - start )) s" >&2
