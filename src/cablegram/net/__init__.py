"""Outbound HTTP for every fetch cablegram makes (pages, feeds, linked articles, webhooks).

``policy`` decides which addresses may be contacted, ``decoding`` undoes Content-Encoding within a
size limit, and ``client`` puts both together with one wall-clock deadline per request.
"""

from __future__ import annotations

from .client import OutboundResponse, OutboundSession
from .policy import OutboundPolicy

__all__ = ["OutboundPolicy", "OutboundResponse", "OutboundSession"]
