"""Alert rules and watch config on a real store with directly built analyses (the pipeline is not the subject)."""

from __future__ import annotations

import io

import pytest

from cablegram.errors import ConfigError
from cablegram.monitor import WatchConfig, Watcher, load_watch_config
from cablegram.monitor.alerts import StreamSink
from test_api_sample import build_sample


def watcher_for(store, rules, **config):
    sink = StreamSink(io.StringIO())
    cfg = WatchConfig.from_dict({"rules": rules, "stdout": False, "alert_on_existing": True, **config})
    return Watcher(store, cfg, sinks=[sink]), sink.stream


def fired(report):
    return sorted((a.rule, a.details.get("type") or a.details.get("keyword") or a.record_id) for a in report.alerts)


def test_event_rule_nato_target_and_modality(store):
    build_sample(store)
    w, out = watcher_for(store, [
        {"name": "nato-threat", "kind": "event", "types": ["threaten"], "target": ["group:NATO"]},
        {"name": "planned-aid", "kind": "event", "types": ["AID"], "modalities": ["planned"], "source": ["FRD"]},
        {"name": "any-occurred-assault", "kind": "event", "types": ["ASSAULT"], "modalities": ["occurred"]},
        {"name": "freedonians", "kind": "event", "actor": ["FRD"], "types": ["CONSULT"]},
    ])
    report = w.run_once()
    # Poland is in NATO; Sylvania is not; the ASSAULT was negated; Ida Marten belongs to FRD.
    assert fired(report) == [("freedonians", "CONSULT"), ("freedonians", "CONSULT"), ("nato-threat", "THREATEN"),
                             ("planned-aid", "AID")]
    assert out.getvalue().count("ALERT ") == 4 and "[nato-threat] Blockade threat" in out.getvalue()


def test_claim_keyword_and_trace_rules(store):
    docs = build_sample(store)
    w, _ = watcher_for(store, [
        {"name": "anon", "kind": "claim", "claimant_kinds": ["anonymous"]},
        {"name": "blockade", "kind": "keyword", "keywords": ["naval blockade", "armistice"]},
        {"name": "loose-courier", "kind": "trace", "min_unsupported": 0.3, "publisher": "courier"},
        {"name": "strict-wire", "kind": "trace", "min_unsupported": 0.3, "publisher": "wire"},
        {"name": "very-loose", "kind": "trace", "min_unsupported": 0.5},
    ])
    report = w.run_once()
    got = {(a.rule, a.doc_id) for a in report.alerts}
    assert got == {("anon", docs["article"].id), ("blockade", docs["threat"].id), ("loose-courier", docs["article"].id)}
    trace_alert = next(a for a in report.alerts if a.rule == "loose-courier")
    assert trace_alert.details["unsupported_share"] == pytest.approx(1 / 3, abs=1e-3)


def test_keyword_needs_whole_words(store):
    build_sample(store)
    w, _ = watcher_for(store, [{"name": "k", "kind": "keyword", "keywords": ["block"]}])
    assert w.run_once().alerts == []  # "blockade" is not the word "block"


def test_rules_fire_once_per_record(store):
    build_sample(store)
    rules = [{"name": "nato-threat", "kind": "event", "types": ["THREATEN"], "target": ["group:NATO"]}]
    w, _ = watcher_for(store, rules)
    assert len(w.run_once().alerts) == 1
    assert w.run_once().alerts == []
    again, _ = watcher_for(store, rules)  # a restart: same store, new watcher
    assert again.run_once().alerts == []


def test_first_run_baseline_skips_existing_documents(store):
    build_sample(store)
    cfg = {"rules": [{"name": "k", "kind": "keyword", "keywords": ["blockade"]}], "stdout": False}
    w = Watcher(store, WatchConfig.from_dict(cfg), sinks=[])
    assert w.run_once().alerts == [] and w.run_once().evaluated == 0


@pytest.mark.parametrize("bad,fragment", [
    ({"rules": [{"name": "x", "kind": "magic"}]}, "kind must be one of"),
    ({"rules": [{"name": "x", "kind": "event", "modalities": ["likely"]}]}, "unknown modalities"),
    ({"rules": [{"name": "x", "kind": "event", "types": ["THREATN", "ASSAULT"]}]}, "unknown types ['THREATN']"),
    ({"rules": [{"name": "x", "kind": "event", "types": "conflict"}]}, "unknown types ['CONFLICT']"),
    ({"rules": [{"name": "x", "kind": "event", "colour": "red"}]}, "unknown option"),
    ({"rules": [{"name": "x", "kind": "keyword"}]}, "needs keywords"),
    ({"rules": [{"name": "x", "kind": "trace", "min_unsupported": 30}]}, "between 0 and 1"),
    ({"rules": [{"name": "x", "kind": "claim"}, {"name": "x", "kind": "claim"}]}, "unique"),
    ({"interval": 0}, "interval"),
    ({"webhooks": [{"retries": 3}]}, "needs a url"),
    ({"sources": [{"feed": "a", "folder": "b"}]}, "exactly one"),
    ({"polling": 3}, "unknown key"),
])
def test_config_errors_are_clear(bad, fragment):
    with pytest.raises(ConfigError) as err:
        WatchConfig.from_dict(bad)
    assert fragment in str(err.value)


def test_load_config_file(tmp_path):
    path = tmp_path / "watch.toml"
    path.write_text('interval = 60\nlog_file = "logs/alerts.jsonl"\nsources = ["inbox", "https://x.example/feed"]\n'
                    '[[rules]]\nname = "t"\nkind = "event"\ntypes = ["THREATEN"]\n', encoding="utf-8")
    cfg = load_watch_config(path)
    assert cfg.interval == 60 and cfg.sources == [str(tmp_path / "inbox"), "https://x.example/feed"]
    assert cfg.log_file == str(tmp_path / "logs" / "alerts.jsonl") and cfg.rules[0].types == ("THREATEN",)
    with pytest.raises(ConfigError, match="not found"):
        load_watch_config(tmp_path / "missing.toml")
    (tmp_path / "broken.toml").write_text("interval = = 3", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_watch_config(tmp_path / "broken.toml")


def test_a_misspelt_event_type_in_the_file_is_refused_when_read(tmp_path):
    path = tmp_path / "watch.toml"
    path.write_text('[[rules]]\nname = "threats"\nkind = "event"\ntypes = ["THREATN"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_watch_config(path)
    assert "rule 'threats'" in err.value.message and "THREATN" in err.value.message
    assert "THREATEN" in err.value.hint and "ASSAULT" in err.value.hint
    # Lower case is the same type, as before.
    path.write_text('[[rules]]\nname = "threats"\nkind = "event"\ntypes = ["threaten"]\n', encoding="utf-8")
    assert load_watch_config(path).rules[0].types == ("THREATEN",)
