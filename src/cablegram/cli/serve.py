"""`cablegram serve`: the REST API and dashboard with uvicorn."""

from __future__ import annotations

import socket

import typer

from ..errors import CablegramError, ConfigError


def check_port(host: str, port: int) -> None:
    """Raise ``ConfigError(code="port_in_use")`` when ``host:port`` cannot be bound (another
    program listens there, or the address is not this machine's); the probe socket is closed again."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc})", source=f"{host}:{port}",
                              code="port_in_use",
                              hint=f"Another program may be using port {port}: choose a free one with "
                                   f"`cablegram serve --port {port + 1 if port < 65535 else 8000}`, or stop the other "
                                   f"server.") from None


def _new_store_note(settings) -> str | None:
    """What to say when ``settings.db`` names a SQLite file that does not exist yet (None when it exists or is a URL).

    A read-only server over a store that is not there could only ever show an empty dashboard (a mistyped --db, a
    relative path from another folder): that is refused with ``store_not_found``, nothing created. With a token the
    new store can be filled through the API, so it is created, and the line says so."""
    from .common import check_store_exists

    if not settings.api_token:
        check_store_exists(settings.db)
        return None
    try:
        check_store_exists(settings.db)
    except CablegramError:
        return (f"note: no store at {settings.db} yet: serving a new, empty one (fill it with POST /api/ingest or "
                "/api/documents, or stop and pass the right --db)")
    return None


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(ctx: typer.Context,
              host: str = typer.Option("127.0.0.1", help="Interface to listen on (0.0.0.0 exposes it to the network)."),
              port: int = typer.Option(8000, min=1, max=65535, help="TCP port.")) -> None:
        """Serve the REST API (/api, docs at /docs) and the dashboard (/) over the store."""
        import uvicorn

        from ..api import create_app

        settings = ctx.obj["settings"]
        new_store = _new_store_note(settings)
        check_port(host, port)
        application = create_app(settings)
        typer.echo(f"cablegram: serving {settings.db} on http://{host}:{port}/ "
                   f"({'writes enabled' if settings.api_token else 'read-only: set CABLEGRAM_API_TOKEN to enable writes'})")
        if new_store:
            typer.echo(new_store, err=True)
        uvicorn.run(application, host=host, port=port, log_level="info")
