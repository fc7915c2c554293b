"""The scan lab: a network namespace with no route out where whole address ranges are local
(AnyIP) and nftables decides, address by address, how a connect ends (tests/lab/README.md)."""
