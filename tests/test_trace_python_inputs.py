"""`cablegram.trace` takes Documents, paths or path strings (read as `cablegram trace` reads them), and
refuses anything else with a catalogued InputError rather than an AttributeError (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cablegram
from cablegram import Document, InputError, Settings

READOUT = ("The foreign minister of Freedonia received the envoy of Sylvania on Tuesday. "
           "The two sides agreed to reopen the northern crossing for grain trucks next month. "
           "They also discussed the exchange of detained fishermen.")
ARTICLE = ("Freedonia and Sylvania agreed to reopen the northern crossing for grain trucks next month, officials said. "
           "The deal follows weeks of tension along the river border.")


@pytest.fixture
def settings() -> Settings:
    return Settings(embeddings="lexical")  # no ONNX model needed; the reading of inputs is what is tested


def test_paths_and_strings_are_read_like_the_cli(tmp_path: Path, settings: Settings):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "readout.json").write_text(json.dumps({"text": READOUT, "publisher": "Freedonia MFA"}), encoding="utf-8")
    from_paths = cablegram.trace(str(tmp_path / "article.txt"), sources=[tmp_path / "readout.json"], settings=settings)
    from_docs = cablegram.trace(Document(text=ARTICLE), [Document(text=READOUT, is_primary=True)], settings=settings)
    assert [t.label for t in from_paths.sentences] == [t.label for t in from_docs.sentences]
    assert from_paths.sentences[0].label in ("supported", "altered")
    one_source = cablegram.trace(tmp_path / "article.txt", str(tmp_path / "readout.json"), settings=settings)
    assert [t.label for t in one_source.sentences] == [t.label for t in from_docs.sentences]


def test_a_missing_source_file_is_file_not_found(tmp_path: Path, settings: Settings):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        cablegram.trace(str(tmp_path / "article.txt"), sources=[str(tmp_path / "nope.html")], settings=settings)
    assert caught.value.code == "file_not_found" and "nope.html" in str(caught.value)


@pytest.mark.parametrize("bad", [{"text": ARTICLE}, 42, None])
def test_another_type_is_a_clear_invalid_value(bad, settings: Settings):
    with pytest.raises(InputError) as caught:
        cablegram.trace(bad, [Document(text=READOUT)], settings=settings)
    assert caught.value.code == "invalid_value"
    assert "not a Document, a file path or a URL" in str(caught.value) and "Document(text=" in caught.value.hint
    with pytest.raises(InputError, match="the source is a"):
        cablegram.trace(Document(text=ARTICLE), [bad], settings=settings)
