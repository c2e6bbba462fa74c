"""`python -m cablegram` runs the CLI."""

from .cli import main

main()
