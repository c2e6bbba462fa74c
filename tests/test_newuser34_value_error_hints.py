"""A wrong option value without a hint of its own gets a hint about values, not about unreadable files (newuser34).

`cablegram actors list --type statez` said "error[invalid_value]: --type 'statez' is not one of state, …" followed
by InputError's default hint, "Check that the input exists, is readable text and is in a supported format", which
sends a user to look at a file they never gave; `-f xml` the same. Every `invalid_value` or `unsupported_format`
error raised without a hint now gets its code's hint; one raised with a hint keeps it. Real console entry point,
real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.cli import main
from cablegram.errors import InputError
from cablegram.store import open_store
from test_api_sample import build_sample

FILE_HINT = "Check that the input exists, is readable text"


@pytest.fixture()
def sample_db(tmp_path):
    path = tmp_path / "hints.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return str(path)


@pytest.mark.parametrize("args, code", [(["actors", "list", "--type", "province"], "invalid_value"),
                                        (["actors", "list", "-f", "yaml"], "unsupported_format")])
def test_a_refused_value_hints_at_values(sample_db, capsys, args, code):
    with pytest.raises(SystemExit) as stop:
        main(["--db", sample_db, *args])
    err = capsys.readouterr().err
    assert stop.value.code == 1 and err.startswith(f"error[{code}]")
    assert FILE_HINT not in err and "--help" in err and "Traceback" not in err


def test_the_code_hint_only_fills_a_missing_hint():
    own = InputError("--limit must be positive", code="invalid_value", hint="Give --limit 1 or more.")
    bare = InputError("--limit must be positive", code="invalid_value")
    plain = InputError("cannot read notes.txt")
    assert own.hint == "Give --limit 1 or more."
    assert FILE_HINT not in bare.hint and "--help" in bare.hint
    assert plain.hint.startswith(FILE_HINT)  # an input error without a refining code keeps the class's hint
