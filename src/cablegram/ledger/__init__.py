"""The support-commitments ledger: currency conversion, cross-document linking, aggregates, export.

    from cablegram.ledger import summarise, ledger
    summarise(store, by=("donor", "category"))     # totals in USD, pledged vs delivered gap
    ledger(store, donor="Veridia")                 # linked entries, each with all its sources
"""

from .export import export
from .linking import LedgerEntry, is_reference, link
from .rates import Conversion, RateTable
from .summary import GROUP_FIELDS, ledger, load_rows, summarise

__all__ = ["Conversion", "GROUP_FIELDS", "LedgerEntry", "RateTable", "export", "is_reference", "ledger", "link",
           "load_rows", "summarise"]
