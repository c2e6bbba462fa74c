"""The watch loop: ingest → process → (trace) → evaluate rules → deliver alerts. Each step is resumable.

Restart safety: documents are deduplicated by the store; unprocessed ones are processed on the next
cycle; rules run once per document (``watch_evaluated``); an alert key is recorded before it is sent
and never sent twice; alerts recorded but not delivered (a crash mid-cycle) are re-sent first.
That state lives in a SQLite file of its own (``monitor.state``), so any store back-end can be watched.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import CablegramError, NotFoundError, StoreError
from .alerts import Alert, LogFileSink, StreamSink, WebhookSink
from .config import WatchConfig
from .state import WatchState, now, state_path

log = logging.getLogger("cablegram.monitor")


@dataclass
class CycleReport:
    ingested: int = 0
    duplicates: int = 0
    processed: int = 0
    traced: int = 0
    evaluated: int = 0
    alerts: list[Alert] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    unchanged_failures: int = 0  # local files and folders that still fail as already reported (not logged again)
    waiting: int = 0  # local files modified within the config's ``settle`` seconds: read in a later cycle
    queued: int = 0  # alerts of this cycle a webhook did not take: kept in the watch state's queue, retried later


class Watcher:
    """Runs watch cycles over one store. ``pipeline`` (a cablegram Pipeline) is built on first need when not given."""

    def __init__(self, store, config: WatchConfig, settings: Settings | None = None, *, pipeline=None,
                 sinks: list | None = None, ingest: Callable | None = None, retry_base_s: float = 60.0,
                 retry_max_s: float = 6 * 3600.0, retry_max_age_s: float = 3 * 86400.0):
        self.store, self.config = store, config
        self.settings = settings or Settings.load()
        self.pipeline = pipeline
        self.state = WatchState(store, state_path(store, config.state_dir, config.config_dir))
        self._ingest = ingest
        if sinks is None:
            sinks = []
            if config.log_file:
                sinks.append(LogFileSink(config.log_file))
            if config.stdout:
                sinks.append(StreamSink())
            sinks += [WebhookSink(h["url"], settings=self.settings, **{k: v for k, v in h.items() if k != "url"})
                      for h in config.webhooks]
        self.sinks = sinks
        # Webhook deliveries that fail are queued in the state and retried after retry_base_s * 2**n seconds
        # (at most retry_max_s apart) until retry_max_age_s after the first failure.
        self.retry_base_s, self.retry_max_s, self.retry_max_age_s = retry_base_s, retry_max_s, retry_max_age_s
        self.retry_budget_s = 60.0  # seconds per cycle spent on queued retries
        self._down: set[str] = set()  # sinks that failed in this cycle: the rest of the cycle queues for them
        self._countries: dict[str, str | None] = {}

    def close(self) -> None:
        """Close the watch state file (the store stays open: it belongs to the caller)."""
        self.state.close()

    # -- one cycle ---------------------------------------------------------------------------
    def run_once(self) -> CycleReport:
        report = CycleReport()
        self._down = set()
        self._take_baseline()
        self._redeliver()
        self._ingest_sources(report)
        self._process(report)
        pending = self.state.pending_documents()
        retraced = self._trace(pending, report) if self.config.trace else []
        for doc_id in pending:
            self._evaluate(doc_id, report)
            self.state.mark_evaluated([doc_id])
            report.evaluated += 1
        for doc_id in retraced:  # earlier articles traced anew against a readout that arrived after them
            if doc_id not in pending:
                self._evaluate(doc_id, report, kinds=("trace",))
        return report

    def run(self, interval: float | None = None, stop: threading.Event | None = None, max_cycles: int | None = None,
            on_cycle: Callable[[CycleReport], None] | None = None) -> None:
        """Cycle every ``interval`` seconds until ``stop`` is set or ``max_cycles`` ran. A StoreError ends the loop."""
        stop = stop or threading.Event()
        interval = interval or self.config.interval
        cycles = 0
        while not stop.is_set():
            try:
                report = self.run_once()
            except StoreError:
                raise
            except CablegramError as exc:  # a bad source or rule must not stop monitoring; it is logged each cycle
                log.error("watch cycle failed: %s (%s)", exc, exc.hint)
                report = CycleReport(failures=[str(exc)])
            except (ValueError, TypeError, RecursionError, UnicodeError, OSError) as exc:
                # A defect met on some input must not turn into a crash loop at every restart: logged with its
                # traceback, reported, and the next cycle runs.
                log.exception("watch cycle failed unexpectedly")
                report = CycleReport(failures=[f"unexpected {type(exc).__name__}: {exc}"])
            if on_cycle:
                on_cycle(report)
            cycles += 1
            if max_cycles is not None and cycles >= max_cycles:
                break
            stop.wait(interval)

    # -- steps -------------------------------------------------------------------------------
    def _take_baseline(self) -> None:
        if self.state.get_meta("baseline_at") is not None:
            return
        if not self.config.alert_on_existing:
            existing = [d.id for d in self.store.iter_documents()]
            self.state.mark_evaluated(existing)
        self.state.set_meta("baseline_at", now())

    def _ingest_sources(self, report: CycleReport) -> None:
        if not self.config.sources:
            return
        extra = {}
        ingest = self._ingest
        if ingest is None:
            from ..ingest import ingest_sources as ingest

            extra["missing_ok"] = True  # a watched folder that is gone is a failure of this cycle, logged, not a crash
        primary = set(self.config.primary_sources)
        failed: list[tuple[tuple[str, str], str | None]] = []
        for group, as_primary in (([s for s in self.config.sources if s not in primary], False),
                                  ([s for s in self.config.sources if s in primary], True)):
            group = self._settled(group, report)
            if not group:
                continue
            if as_primary:  # readouts: stored as primary sources, as `cablegram ingest --primary`
                extra["primary"] = True
            summary = ingest(self.store, group, self.settings, fetch_links=self.config.fetch_links, **extra)
            report.ingested += summary.inserted + summary.new_versions
            report.duplicates += summary.duplicates
            errors = getattr(summary, "errors", None) or []  # the same failures with their hints (what to do)
            hints = ([self._source_hint(e) for e in errors] if len(errors) == len(summary.failed)
                     else [None] * len(summary.failed))
            failed += list(zip(summary.failed, hints))
        failing: dict[str, str] = {}
        for (source, message), hint in failed:
            version = _file_version(source)
            if version is not None:  # a local file or folder: logged once per version and message
                seen = f"{version} {message}"
                failing[source] = seen
                if self.state.failure_reported(source, seen):
                    report.unchanged_failures += 1
                    continue
            log.warning("source %s: %s%s", source, message, f" — {hint}" if hint else "")
            report.failures.append(f"{source}: {message}")
        self.state.record_failures(failing)

    def _settled(self, group: list[str], report: CycleReport) -> list[str]:
        """The sources of ``group`` to read this cycle. With ``settle`` set, a local file modified less than ``settle``
        seconds ago (still being written or copied in) waits for a later cycle, counted in ``report.waiting``; a
        folder holding such files is read file by file without them. URLs and the rest are read as given."""
        if self.config.settle <= 0:
            return group
        from ..ingest.sources import folder_files, is_url

        now_s = time.time()
        out: list[str] = []
        for source in group:
            path = Path(source)
            if is_url(source) or not (path.is_file() or path.is_dir()):
                out.append(source)
                continue
            files = folder_files(path) if path.is_dir() else [path]
            young = {f for f in files if _recently_modified(f, now_s, self.config.settle)}
            report.waiting += len(young)
            if not young:
                out.append(source)
            else:
                out.extend(str(f) for f in files if f not in young)
        return out

    def _source_hint(self, error) -> str | None:
        """What to do about a failed source; a missing path says where the watch file's relative paths start.

        The ingest hint for a missing path says relative paths start from the current directory, which is true on
        the command line but not in a watch file: its sources are read relative to the file's own folder."""
        if getattr(error, "code", None) != "file_not_found" or not self.config.config_dir:
            return error.hint
        return (f"Relative paths in a watch file start from the file's folder ({self.config.config_dir}), not the "
                "current directory: fix the entry in sources (or give an absolute path), or create the folder.")

    def _process(self, report: CycleReport) -> None:
        if not any(True for _ in self.store.iter_documents(unprocessed_only=True)):
            return
        from ..processing import process_store

        if self.pipeline is None:
            from ..nlp.pipeline import Pipeline

            self.pipeline = Pipeline.from_settings(self.settings)
        summary = process_store(self.store, self.pipeline)
        report.processed = summary.processed
        for doc_id, message in summary.failed:
            log.warning("processing %s failed: %s", doc_id, message)
            report.failures.append(f"{doc_id}: {message}")

    def _trace(self, doc_ids: list[str], report: CycleReport) -> list[str]:
        """Trace the new articles in one batch (the service's candidate policy: window, rank, threshold;
        publishers in ``primary_publishers`` count as primary), and re-trace earlier articles when a
        readout arrives after them. Returns the ids of the earlier articles traced anew (their trace rules
        are checked again: their alerts' keys keep any rule from alerting twice)."""
        from ..provenance.clusters import is_primary
        from ..provenance.service import retrace_for_primaries, trace_all

        docs = [self.store.get_document(i) for i in doc_ids]
        new_primaries = [d.id for d in docs if is_primary(d, self.settings.primary_publishers)]
        run = trace_all(self.store, self.settings, doc_ids=[d.id for d in docs if d.id not in new_primaries])
        retraced = retrace_for_primaries(self.store, new_primaries, self.settings).outcomes if new_primaries else []
        run.outcomes += retraced
        for o in run.outcomes:
            if o.status == "failed":  # e.g. too long: the document is still evaluated by other rules
                report.failures.append(f"trace {o.doc_id}: {o.message}")
        report.traced += run.count("traced")
        return [o.doc_id for o in retraced if o.status == "traced"]

    def _country(self, actor_id: str) -> str | None:
        if actor_id not in self._countries:
            try:
                self._countries[actor_id] = self.store.get_actor(actor_id).country
            except NotFoundError:
                self._countries[actor_id] = None
        return self._countries[actor_id]

    def _evaluate(self, doc_id: str, report: CycleReport, kinds: tuple[str, ...] | None = None) -> None:
        """Check the rules (those of ``kinds`` only, when given) on one document and deliver new alerts."""
        doc = self.store.get_document(doc_id)
        analysis = self.store.get_analysis(doc_id)
        alignments = self.store.get_alignments(doc_id)
        for rule in self.config.rules:
            if kinds and rule.kind not in kinds:
                continue
            for match in rule.check(doc, analysis, alignments, self._country):
                alert = Alert(key=match.key, rule=match.rule, doc_id=doc.id, record_id=match.record_id,
                              message=match.message, title=doc.title, url=doc.url, publisher=doc.publisher,
                              published_at=doc.published_at, created_at=now(), details=match.details)
                if self.state.record_alert(alert):
                    if self._deliver(alert):
                        report.queued += 1
                    report.alerts.append(alert)

    def _retry_at(self, attempts: int) -> float:
        return time.time() + min(self.retry_base_s * 2 ** max(0, attempts - 1), self.retry_max_s)

    def _deliver(self, alert: Alert) -> bool:
        """Send ``alert`` to every sink; a durable sink (webhook) that fails gets it queued for a retry. Returns
        whether it was queued for any sink."""
        delivered, failed, queued = [], [], False
        for sink in self.sinks:
            ok = sink.name not in self._down and sink.send(alert)
            (delivered if ok else failed).append(sink.name)
            if not ok and getattr(sink, "durable", False):
                self._down.add(sink.name)
                self.state.enqueue(alert.key, sink.name, getattr(sink, "last_error", None), self._retry_at(1))
                queued = True
        self.state.record_delivery(alert.key, delivered, failed)
        return queued

    def _redeliver(self) -> None:
        for row in self.state.undelivered():
            self._deliver(_alert(row))
        sinks = {sink.name: sink for sink in self.sinks}
        started = time.monotonic()
        for item in self.state.due():
            if time.monotonic() - started > self.retry_budget_s:
                break  # a long queue drains over several cycles; the cycle's own work goes on
            sink = sinks.get(item["sink"])
            if sink is None or sink.name in self._down:
                continue  # a webhook no longer configured stays queued; a down one waits for the next cycle
            if sink.send(_alert(item["alert"])):
                self.state.retry_delivered(item["key"], sink.name)
            elif time.time() - item["first_failed"] > self.retry_max_age_s:
                log.error("%s: giving up on alert %s after %d attempts", sink.name, item["key"], item["attempts"] + 1)
                self.state.drop(item["key"], sink.name)
            else:
                self._down.add(sink.name)
                self.state.retry_failed(item["key"], sink.name, getattr(sink, "last_error", None),
                                        self._retry_at(item["attempts"] + 1))


def _recently_modified(path: Path, now_s: float, settle: float) -> bool:
    """Whether ``path`` was modified less than ``settle`` seconds before ``now_s`` (a time in the future, from a
    clock that differs, does not count: such a file would otherwise wait for ever); a vanished file is not."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return False
    return now_s - settle < mtime <= now_s + 1


def _file_version(source: str) -> str | None:
    """Size and modification time of the local file a failure names (``path`` or ``path:LINE`` for a bad
    line of a JSON Lines file), or the modification time of a folder (one with no ingestible files); None for
    a URL or anything else."""
    if "://" in source:
        return None
    candidates = [source]
    path, sep, line = source.rpartition(":")
    if sep and line.isdigit():
        candidates.append(path)
    for candidate in candidates:
        try:
            st = os.stat(candidate)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(st.st_mode):
            return f"{st.st_size}:{st.st_mtime_ns}"
        if stat.S_ISDIR(st.st_mode):  # e.g. an inbox with nothing to read yet: its entries change its mtime
            return f"folder:{st.st_mtime_ns}"
    return None


def _alert(row: dict) -> Alert:
    return Alert(**{k: v for k, v in row.items() if k in Alert.__dataclass_fields__})
