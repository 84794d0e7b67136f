"""Extractors, one package per kind of fact, registered here in the order they run.

Each extractor module exposes ``NAME``, ``ASSIGNS`` (the mention types it emits),
``OPTION`` (the :class:`~vnreport_miner.records.Options` flag that enables it, or None)
and ``extract(doc, found, options) -> list[Mention]``, where ``found`` holds the
mentions of the extractors before it. Order matters: references and dates come first
so that the numbers inside them ("Nghị quyết số 04", "23-5-2016") are never read as
quantities, and entities come last so that no figure or date becomes an entity.
"""

from __future__ import annotations

from types import ModuleType

from . import dates, entities, figures, legal_refs

EXTRACTORS: tuple[ModuleType, ...] = (legal_refs, dates, figures, entities)
