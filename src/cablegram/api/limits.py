"""Request-body size limit for write endpoints (pure ASGI, so it also covers chunked uploads)."""

from __future__ import annotations

import json

from .errors import error_body


class BodyLimitMiddleware:
    """Refuse request bodies larger than ``max_bytes``: early on Content-Length, else while reading them."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        # Multipart framing adds a little to the file itself; the upload route checks the file's own size exactly.
        self.max_bytes = max_bytes + 64 * 1024

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await _too_large(send, self.max_bytes)
            return
        # No trustworthy length: buffer up to the limit (bounded memory), then replay the body to the app.
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message]), send)
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_bytes:
                await _too_large(send, self.max_bytes)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        await self.app(scope, _replay([{"type": "http.request", "body": b"".join(chunks), "more_body": False}], receive),
                       send)


def _replay(messages: list[dict], receive=None):
    queue = list(messages)

    async def replay():
        if queue:
            return queue.pop(0)
        if receive is not None:
            return await receive()  # after the body: disconnect notifications from the server
        return {"type": "http.disconnect"}

    return replay


async def _too_large(send, limit: int) -> None:
    body = json.dumps(error_body("payload_too_large", f"request body is larger than {limit} bytes",
                                 "Send a smaller body or raise CABLEGRAM_MAX_UPLOAD_BYTES on the server.")).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
