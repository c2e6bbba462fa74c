"""`cablegram kb audit --as-of` refuses a date that is no day with a hint that fits (newuser13).

`--as-of 2025-13-01` answered "Use YYYY-MM-DD or YYYY-MM", and `--as-of 2025-06` (following that hint) was then
refused as "not a day": the hint came from the listings' date check, whose months --as-of does not take. Now every
refusal says YYYY-MM-DD; a real day still audits. The real CLI; no store is needed."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cablegram.cli import app


@pytest.mark.parametrize("value", ["2025-13-01", "2025-06", "2025-02-30"])
def test_a_value_that_is_no_day_is_refused_with_the_day_format(tmp_path, value):
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "a.db"), "kb", "audit", "--as-of", value])
    assert result.exit_code != 0
    assert f"'{value}' is not a day in the calendar" in result.output, result.output
    assert "YYYY-MM-DD" in result.output and "or YYYY-MM " not in result.output, result.output
