"""Interoperability with other event data: CAMEO codes, GDELT, POLECAT and PLOVER JSON readers.

- :mod:`cablegram.interop.cameo`: our PLOVER types ↔ CAMEO codes, with the limits of the mapping;
- :mod:`cablegram.interop.actors`: actor codes and names of other data sets → our actor ids;
- :mod:`cablegram.interop.readers`: readers for ``gdelt``, ``polecat``, ``plover`` (and our own
  ``jsonl``/``csv`` events exports);
- :func:`import_events`: read a file and add its events to a store.
"""

from __future__ import annotations

from .actors import ActorMapper
from .cameo import QUAD_CODE, from_cameo, to_cameo
from .load import ImportSummary, import_events
from .readers import IMPORT_FORMATS, ImportedEvent, ReadReport, read_events

__all__ = ["IMPORT_FORMATS", "QUAD_CODE", "ActorMapper", "ImportSummary", "ImportedEvent", "ReadReport",
           "from_cameo", "import_events", "read_events", "to_cameo"]
