"""vnreport-miner: a checked, offset-exact dataset from Vietnamese provincial reports."""

__version__ = "0.1.0"
