"""Generate the CLI reference (Markdown) from the Typer app, so the docs never drift from the code.

Usage: python scripts/gen_cli_docs.py [--out docs/cli.md]   (prints to stdout without --out)

The MkDocs build calls :func:`render` through ``docs/_hooks.py``; commands that fail to import
(a sub-module under construction) are reported in the page instead of breaking the build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _command_tree():
    """The click command behind ``cablegram.cli.app``, or (None, error text)."""
    try:
        import typer

        from cablegram.cli import app
    except Exception as exc:  # any import failure of a half-written module: report it, keep the docs buildable
        return None, f"{type(exc).__name__}: {exc}"
    return typer.main.get_command(app), None


# Typer 0.29 ships its own copy of click, so commands are inspected by duck typing, not isinstance.

def _walk(command, path: list[str]):
    yield path, command
    if hasattr(command, "commands"):
        for name in sorted(command.commands):
            sub = command.commands[name]
            if not getattr(sub, "hidden", False):
                yield from _walk(sub, [*path, name])


def _is_argument(param) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def _param_row(param) -> str:
    if _is_argument(param):
        name = f"`{param.name.upper()}`"
        kind = "argument" + ("" if param.required else " (optional)")
    else:
        names = [*param.opts, *param.secondary_opts]
        name = " / ".join(f"`{n}`" for n in names)
        kind = "flag" if getattr(param, "is_flag", False) else "option"
    help_text = (getattr(param, "help", None) or "").replace("|", "\\|").replace("\n", " ")
    default = param.default
    shown = "" if default in (None, False, (), []) or callable(default) or param.required else f"`{default}`"
    if param.required and not _is_argument(param):
        shown = "required"
    envvar = getattr(param, "envvar", None)
    if envvar:
        help_text += f" (env: `{envvar}`)"
    return f"| {name} | {kind} | {shown} | {help_text} |"


def command_names() -> list[str]:
    """Every command path, e.g. ``cablegram export`` (used by the docs test)."""
    root, _ = _command_tree()
    if root is None:
        return []
    return [" ".join(["cablegram", *path]) for path, cmd in _walk(root, []) if path]


def render() -> str:
    """The whole CLI reference page as Markdown."""
    lines = ["# CLI reference", "",
             "Generated from the code by `scripts/gen_cli_docs.py` at every docs build; "
             "`cablegram COMMAND --help` prints the same text.", ""]
    root, error = _command_tree()
    if root is None:
        lines += ["!!! warning \"The CLI could not be imported when these docs were built\"", f"    `{error}`", ""]
        return "\n".join(lines)
    for path, cmd in _walk(root, []):
        title = " ".join(["cablegram", *path])
        depth = "#" * min(2 + len(path) - (1 if path else 0), 4)
        lines.append(f"{depth} `{title}`" if path else "## Global options")
        lines.append("")
        help_text = (cmd.help or "").strip()
        if help_text:
            lines += [help_text.split("\n\n")[0].replace("\n", " "), ""]
        args = " ".join(p.name.upper() if p.required else f"[{p.name.upper()}]" for p in cmd.params if _is_argument(p))
        usage = f"{title} [OPTIONS]" + (" COMMAND [ARGS]..." if hasattr(cmd, "commands") else "") + (f" {args}" if args else "")
        lines += ["```text", usage, "```", ""]
        params = [p for p in cmd.params if not getattr(p, "hidden", False) and p.name != "help"]
        if params:
            lines += ["| name | kind | default | description |", "|---|---|---|---|"]
            lines += [_param_row(p) for p in params]
            lines.append("")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    text = render()
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
