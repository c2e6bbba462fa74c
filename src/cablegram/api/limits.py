"""Request limits: body size for write endpoints (pure ASGI, so it also covers chunked uploads) and a
bounded pool for URL ingests."""

from __future__ import annotations

import json
import threading

from .errors import ApiError, error_body


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


class FetchPool:
    """A small thread pool of its own for URL ingests, so slow remote servers never hold the threads
    (or the event loop) that reads are served from.

    ``workers`` fetches run at once and ``workers * queue_factor`` more may wait; beyond that a request
    is refused at once with 503 and Retry-After. Each fetch ends by its own deadline (``fetch_timeout``).
    """

    def __init__(self, workers: int, queue_factor: int = 4):
        from concurrent.futures import ThreadPoolExecutor

        self.workers = max(1, int(workers))
        self.capacity = self.workers * (1 + queue_factor)
        self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="cablegram-fetch")
        self._admitted = threading.BoundedSemaphore(self.capacity)

    async def run(self, fn, *args):
        """``fn(*args)`` on a pool thread, awaited without blocking the event loop; ApiError 503 when full."""
        import asyncio

        if not self._admitted.acquire(blocking=False):
            raise ApiError(503, "busy", f"{self.capacity} URL ingests are already running or waiting",
                           "Retry in a minute; the server fetches a few URLs at a time.", {"Retry-After": "30"})
        try:
            future = self._executor.submit(fn, *args)
        except BaseException:
            self._admitted.release()
            raise
        future.add_done_callback(lambda _f: self._admitted.release())
        return await asyncio.wrap_future(future)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
