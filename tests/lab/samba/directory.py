"""The lab's directory: the OUs, computers and DNS records the Samba DC is loaded with, and the
ground truth the tests compare against. Pure Python: the same input gives the same directory.

Names are chosen to break naive code (issue 5, point 5): commas and quotes need escaping in a
DN, `*`, `(`, `)` and `\\` in a search filter (RFC 4515), and non-ASCII letters travel as
UTF-8. Every computer's sAMAccountName stays plain, because AD refuses those characters there.
"""

DOMAIN_DN = "DC=corp,DC=example,DC=test"
DNS_DOMAIN = "corp.example.test"
LAB_OU = "OU=osmgmt lab," + DOMAIN_DN
# Where the DNS records of the lab's computers point: a range made local in the namespace
# (AnyIP), so later tests can reach a listener at each address.
ADDRESS_PREFIX = "198.18."

# Special names, given to every 50th computer in turn.
SPECIAL_NAMES = [
    "Comma, Inc",
    'Quote "Q"',
    "Star*",
    "Paren(1)",
    "Back\\slash",
    "Büro-Rechner",
    "Ordinateur-été",
    "Mix*(x)\\y, \"z\" ü",
]
REGIONS = ["Europe", "Sales, EMEA", "Köln (Büro)", "Star*Lab"]
SITES_PER_REGION = 3


def escape_dn_value(value):
    """RFC 4514: the characters that must be escaped in an attribute value of a DN."""
    out = []
    for i, char in enumerate(value):
        if char in ',+"\\<>;=' or (i == 0 and char in "# ") or (i == len(value) - 1 and
                                                              char == " "):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def containers():
    """The OUs to create, parents first."""
    result = [LAB_OU]
    for region in REGIONS:
        region_dn = f"OU={escape_dn_value(region)},{LAB_OU}"
        result.append(region_dn)
        for site in range(1, SITES_PER_REGION + 1):
            result.append(f"OU=Site {site},{region_dn}")
    return result


def computers(count):
    """Each computer: dn, cn, sAMAccountName, dNSHostName (None for every 10th), the address
    its DNS record points at (None where the record is missing: every 3rd computer that has a
    dNSHostName), and the container it sits in."""
    leaves = [dn for dn in containers() if dn.startswith("OU=Site ")]
    # The default Computers container takes a share too: real domains keep machines there.
    leaves.append("CN=Computers," + DOMAIN_DN)
    result = []
    for i in range(count):
        number = i + 1
        cn = f"PC-{number:05d}"
        if number % 50 == 0:
            cn = f"{SPECIAL_NAMES[(number // 50) % len(SPECIAL_NAMES)]} {number:05d}"
        container = leaves[i % len(leaves)]
        host = None if number % 10 == 0 else f"pc-{number:05d}.{DNS_DOMAIN}"
        address = None
        if host is not None and number % 3 != 0:
            address = f"{ADDRESS_PREFIX}{number // 256}.{number % 256}"
        result.append({
            "dn": f"CN={escape_dn_value(cn)},{container}",
            "cn": cn,
            "sAMAccountName": f"LAB{number:05d}$",
            "dNSHostName": host,
            "address": address,
            "operatingSystem": "Windows 11 Enterprise" if number % 4 else "Windows Server 2022",
            "container": container,
        })
    return result
