"""`cablegram serve`: the REST API and dashboard with uvicorn."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(ctx: typer.Context,
              host: str = typer.Option("127.0.0.1", help="Interface to listen on (0.0.0.0 exposes it to the network)."),
              port: int = typer.Option(8000, min=1, max=65535, help="TCP port.")) -> None:
        """Serve the REST API (/api, docs at /docs) and the dashboard (/) over the store."""
        import uvicorn

        from ..api import create_app

        settings = ctx.obj["settings"]
        typer.echo(f"cablegram: serving {settings.db} on http://{host}:{port}/ "
                   f"({'writes enabled' if settings.api_token else 'read-only: set CABLEGRAM_API_TOKEN to enable writes'})")
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
