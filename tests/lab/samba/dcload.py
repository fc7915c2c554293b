"""Loads the lab's directory (directory.py) into a stopped DC's sam.ldb through Samba's own
Python bindings: the same module stack as an LDAP add (RIDs, SIDs, schema checks), without a
network round trip per entry. Needs Debian's python3 (python3-samba).

    python3 dcload.py DC_DIR COUNT
"""

import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import directory  # noqa: E402
import ldb  # noqa: E402
from samba.auth import system_session  # noqa: E402
from samba.param import LoadParm  # noqa: E402
from samba.provision.sambadns import add_host_record  # noqa: E402
from samba.samdb import SamDB  # noqa: E402

# One transaction per batch: Samba's index cache makes one huge transaction quadratic
# (10,000 computers took 415 s in one, about 10 ms each in batches of 500).
BATCH = 500
ZONE = f"DC={directory.DNS_DOMAIN},CN=MicrosoftDNS,DC=DomainDnsZones,{directory.DOMAIN_DN}"


def computer_message(samdb, computer):
    message = ldb.Message(ldb.Dn(samdb, computer["dn"]))
    message["objectClass"] = "computer"
    message["sAMAccountName"] = computer["sAMAccountName"]
    message["userAccountControl"] = "4096"  # WORKSTATION_TRUST_ACCOUNT
    message["operatingSystem"] = computer["operatingSystem"]
    if computer["dNSHostName"]:
        message["dNSHostName"] = computer["dNSHostName"]
    return message


def load(dc_dir, count):
    lp = LoadParm()
    lp.load(os.path.join(dc_dir, "etc", "smb.conf"))
    samdb = SamDB(url=os.path.join(dc_dir, "private", "sam.ldb"),
                  session_info=system_session(), lp=lp)
    started = time.monotonic()
    samdb.transaction_start()
    for container in directory.containers():
        message = ldb.Message(ldb.Dn(samdb, container))
        message["objectClass"] = "organizationalUnit"
        samdb.add(message)
    for index, computer in enumerate(directory.computers(count)):
        samdb.add(computer_message(samdb, computer))
        if computer["address"]:
            host = computer["dNSHostName"].split(".")[0]
            add_host_record(samdb, ZONE, f"DC={host}", computer["address"], None)
        if (index + 1) % BATCH == 0:
            samdb.transaction_commit()
            samdb.transaction_start()
    samdb.transaction_commit()
    print(f"dcload: {count} computers in {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    load(sys.argv[1], int(sys.argv[2]))
