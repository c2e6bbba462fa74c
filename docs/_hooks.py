"""MkDocs hooks: generate the CLI reference from the code, and stand in for pages not written yet.

``actors.md``, ``service.md`` and ``scale.md`` belong to other parts of the project; while one is
missing, a short generated page says so, so links to it stay valid and `mkdocs build --strict`
passes. Any other nav entry without a page is left out with a log line.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.cablegram")

GENERATED = ("cli.md",)
STAND_INS = {
    "actors.md": ("Actors", "the actor knowledge base: file format, aliases, roles by date"),
    "service.md": ("Service", "running the REST API and dashboard as a service"),
    "scale.md": ("Scale-out", "processing large collections on Spark or Dask"),
}


def _generator(config):
    script = Path(config.config_file_path).parent / "scripts" / "gen_cli_docs.py"
    spec = importlib.util.spec_from_file_location("cablegram_gen_cli_docs", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _present(item, docs: Path) -> bool:
    if isinstance(item, dict):
        (value,) = item.values()
        if not isinstance(value, str):
            value[:] = [v for v in value if _present(v, docs)]
            return bool(value)
        item = value
    return isinstance(item, str) and ("://" in item or item in GENERATED or item in STAND_INS or (docs / item).is_file())


def on_config(config):
    docs = Path(config.docs_dir)
    if config.nav:
        kept = [item for item in config.nav if _present(item, docs)]
        for item in config.nav:
            if item not in kept:
                log.info("nav entry %s left out: its page does not exist", item)
        config.nav = kept
    return config


def on_files(files, config):
    from mkdocs.structure.files import File

    files.append(File.generated(config, "cli.md", content=_generator(config).render()))
    for name, (title, topic) in STAND_INS.items():
        if files.get_file_from_path(name) is None:
            content = (f"# {title}\n\n!!! note \"Not written yet\"\n    This page will describe {topic}. "
                       f"Until then, see `cablegram --help` and the [CLI reference](cli.md).\n")
            files.append(File.generated(config, name, content=content))
    return files
