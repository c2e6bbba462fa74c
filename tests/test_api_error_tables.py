"""The API's error tables (status -> code, endpoint -> example body) are read-only and still feed the hints."""

from __future__ import annotations

import pytest

from cablegram.api import errors


def test_invalid_json_hint_names_the_endpoint_example():
    err = {"loc": ("body", 7), "ctx": {"error": "Expecting ',' delimiter"}}
    hint = errors._invalid_json_body(err, "/api/corrections/").hint
    assert '"record_id"' in hint and '"action"' in hint
    assert "its fields: /docs" in errors._invalid_json_body(err, "/api/unknown").hint


@pytest.mark.parametrize("table", ["_BODY_EXAMPLES", "_HTTP_CODES"])
def test_error_tables_cannot_be_changed_at_run_time(table):
    mapping = getattr(errors, table)
    with pytest.raises(TypeError):
        mapping["added"] = "x"
