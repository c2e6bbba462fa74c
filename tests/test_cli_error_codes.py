"""Every failure the CLI reports carries its catalogued code: `error[<code>]: …` (issue 11).

Each case runs the real console entry point (cablegram.cli.main, as the `cablegram` script does) on a real
bad input written to a temporary folder and asserts the exact code documented in docs/errors.md."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.errors import CATALOGUE

SRC = Path(__file__).resolve().parents[1] / "src" / "cablegram"
CODE_LINE = re.compile(r"^error\[([a-z_]+)\]: ", re.MULTILINE)


def _bad_inputs(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    (folder / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "bad.jsonl").write_text('{"text": "The two ministers met on Monday in a border town."}\n{unclosed\n',
                                      encoding="utf-8")
    (folder / "untyped.jsonl").write_text('{"headline": "no body here"}\n', encoding="utf-8")
    (folder / "list.jsonl").write_text('[1, 2, 3]\n', encoding="utf-8")
    (folder / "badbom.txt").write_bytes(b"\xef\xbb\xbf" + "caf\u00e9 ".encode("latin-1") * 20)
    (folder / "nofiles").mkdir()
    (folder / "nofiles" / "image.png").write_bytes(b"\x89PNG")


@dataclass
class Ran:
    exit_code: int
    output: str  # stdout and stderr


def _codes(result: Ran) -> list[str]:
    return CODE_LINE.findall(result.output)


@pytest.fixture
def cli(tmp_path: Path, monkeypatch, capsys):
    """Runs `cablegram ARGS…` in a folder of bad inputs with its own store; returns exit code and output."""
    _bad_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)  # relative paths, as a user types them
    monkeypatch.setenv("CABLEGRAM_DB", str(tmp_path / "c.db"))

    def run(*args: str) -> Ran:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out = capsys.readouterr()
        return Ran(code, out.out + out.err)

    return run


@pytest.mark.parametrize(("args", "code"), [
    (["ingest", "missing.txt"], "file_not_found"),
    (["ingest", "empty.txt"], "empty_input"),
    (["ingest", "blank.md"], "empty_input"),
    (["ingest", "binary.bin"], "encoding_error"),
    (["ingest", "badbom.txt"], "encoding_error"),
    (["ingest", "bad.jsonl"], "invalid_json"),
    (["ingest", "untyped.jsonl"], "invalid_record"),
    (["ingest", "list.jsonl"], "invalid_record"),
    (["ingest", "nofiles"], "empty_input"),
    (["ingest", "http://localhost:1/x"], "fetch_blocked"),
    (["ingest", "empty.txt", "--jsonl-field", "text"], "invalid_value"),
])
def test_ingest_failures_print_their_code(cli, args: list[str], code: str):
    result = cli(*args)
    assert result.exit_code in (1, 2), result.output
    assert _codes(result) == [code], result.output


def test_ingest_prints_one_code_per_failed_input_and_keeps_brackets(cli):
    result = cli("ingest", "notes[1].txt", "empty.txt", "binary.bin", "bad.jsonl")
    assert result.exit_code == 1
    assert _codes(result) == ["file_not_found", "empty_input", "encoding_error", "invalid_json"]
    assert "error[file_not_found]: notes[1].txt: no such file" in result.output
    assert "\\[" not in result.output  # messages are printed as plain text, not escaped markup
    assert "ingested 1," in result.output  # the good JSONL line was still stored


@pytest.mark.parametrize(("args", "code"), [
    (["trace", "missing.html"], "file_not_found"),
    (["trace", "empty.txt"], "empty_input"),
    (["trace", "binary.bin"], "encoding_error"),
    (["events", "--modality", "bogus"], "invalid_value"),
    (["events", "--country", "Freedonia"], "invalid_value"),
    (["events", "--from", "last week"], "invalid_value"),
    (["claims", "--kind", "oracle"], "invalid_value"),
    (["export", "--format", "xml"], "unsupported_format"),
    (["export", "--format", "plover", "--table", "claims"], "invalid_value"),
    (["actors", "show", "NOPE"], "not_found"),
    (["actors", "list", "--type", "planet"], "invalid_value"),
])
def test_command_failures_print_their_code(cli, args: list[str], code: str):
    # a store must exist for the read commands to reach their option checks
    assert cli("ingest", "missing.txt").exit_code == 1
    result = cli(*args)
    assert result.exit_code != 0, result.output
    assert _codes(result) == [code], result.output


@pytest.mark.parametrize(("args", "code", "usage"), [
    (["process", "--engine", "warp"], "invalid_value", "Usage: cablegram process"),
    (["events", "--limit", "many"], "invalid_value", "Usage: cablegram events"),
    (["procss"], "usage_error", "Usage: cablegram [OPTIONS] COMMAND"),
    (["process", "--no-such-option"], "usage_error", "Usage: cablegram process"),
    (["actors", "show"], "usage_error", "Usage: cablegram actors show"),
])
def test_command_line_mistakes_print_usage_then_their_code(cli, args: list[str], code: str, usage: str):
    """Click's usage errors (Typer) get the same one-line coded error as everything else, exit 2."""
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert _codes(result) == [code], result.output
    assert usage in result.output and "--help' for help." in result.output
    assert "Traceback" not in result.output


def test_help_and_success_still_exit_zero(cli):
    result = cli("--help")
    assert result.exit_code == 0 and "Usage" in result.output and not _codes(result)


def test_every_cli_print_error_names_a_catalogued_code():
    """print_error takes a required code; a literal code must be in the catalogue."""
    calls = 0
    for path in (SRC / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print_error":
                calls += 1
                code = next((kw.value for kw in node.keywords if kw.arg == "code"), None)
                assert code is not None, f"{path.name}:{node.lineno} prints an error without a code"
                if isinstance(code, ast.Constant):
                    assert code.value in CATALOGUE, f"{path.name}:{node.lineno}: {code.value!r} is not catalogued"
    assert calls >= 3


def _process_with_config(cli, tmp_path: Path, monkeypatch, toml: str) -> Ran:
    (tmp_path / "note.txt").write_text("The two foreign ministers met in a border town on Monday.\n", encoding="utf-8")
    assert cli("ingest", "note.txt").exit_code == 0
    (tmp_path / "cablegram.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setenv("CABLEGRAM_CONFIG", str(tmp_path / "cablegram.toml"))
    return cli("process")


def test_a_component_setting_of_the_wrong_type_names_key_and_value(cli, tmp_path: Path, monkeypatch):
    result = _process_with_config(cli, tmp_path, monkeypatch,
                                  '[cablegram.components.cablegram_events]\nmin_confidence = "high"\nfirmness = 2\n')
    assert result.exit_code == 1
    assert _codes(result) == ["invalid_setting"], result.output
    line = next(line for line in result.output.splitlines() if line.startswith("error["))
    assert "components.cablegram_events: min_confidence = 'high'" in line
    assert "firmness = 2: unexpected argument" in line
    assert "its keys are" in line and "min_cue_weight" in line


def test_an_unknown_component_name_is_refused_naming_the_known_ones(cli, tmp_path: Path, monkeypatch):
    result = _process_with_config(cli, tmp_path, monkeypatch, '[cablegram.components.cablegram_event]\nmin_confidence = 0.4\n')
    assert result.exit_code == 1
    assert _codes(result) == ["invalid_setting"], result.output
    assert "unknown pipeline component 'cablegram_event'" in result.output
    assert "cablegram_events" in result.output and "cablegram_claims" in result.output


@pytest.mark.parametrize(("actors_file", "line", "code"), [
    ("nope.jsonl", None, "file_not_found"),
    ("planet.jsonl", '{"id": "X1", "name": "Zed", "type": "planet"}\n', "invalid_record"),
    ("broken.jsonl", '{"id": "X1", "name": \n', "invalid_json"),
])
def test_user_actor_files_fail_with_their_code(cli, tmp_path: Path, monkeypatch, actors_file: str, line, code: str):
    if line is not None:
        (tmp_path / actors_file).write_text(line, encoding="utf-8")
    monkeypatch.setenv("CABLEGRAM_ACTORS_FILES", actors_file)
    result = cli("actors", "list", "Zed", "--kb")
    assert result.exit_code == 1
    assert _codes(result) == [code], result.output
    assert actors_file in result.output


@pytest.mark.parametrize(("content", "code"), [(None, "file_not_found"), ("name\n", "empty_input")])
def test_office_holder_updates_fail_with_their_code(cli, tmp_path: Path, content, code: str):
    if content is not None:
        (tmp_path / "holders.csv").write_text(content, encoding="utf-8")
    result = cli("kb", "update", "holders.csv")
    assert result.exit_code != 0
    assert _codes(result) == [code], result.output


def test_import_events_prints_each_bad_line_with_its_code(cli, tmp_path: Path):
    no_ids = {"event_type": "CONSULT", "source": "FRE", "target": "SYL", "date": "2031-03-02"}  # no doc_id, no type
    (tmp_path / "events.jsonl").write_text(json.dumps(no_ids) + "\n{cut off\n[1, 2]\n", encoding="utf-8")
    result = cli("import-events", "events.jsonl", "--format", "jsonl")
    assert result.exit_code == 1
    assert _codes(result) == ["invalid_record", "invalid_json", "invalid_record"], result.output
    assert all(f"events.jsonl:{n}" in result.output for n in (1, 2, 3))
    assert "3 bad line(s) not imported" in result.output
