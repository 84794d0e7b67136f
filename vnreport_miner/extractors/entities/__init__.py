"""Entities: people, places and bodies (PER, LOC, ORG), linked to administrative units.

Rules and gazetteers first, underthesea's NER only on the few capitalised runs the
rules leave undecided. E.g. "Đồng chí Triệu Kim Dung, Bí thư Đảng ủy xã Yên Lập" ->
PER "Triệu Kim Dung" (role "Bí thư Đảng ủy xã Yên Lập") and ORG "Đảng ủy xã Yên Lập"
linked to Xã Yên Lập (02317), Huyện Chiêm Hóa, Tỉnh Tuyên Quang.

Document facts are set even with entities off (they are cheap): ``doc.meta``
``province_code``/``province_name`` (the province the report is about, pre-2025 units)
and ``abbreviations`` ({abbr: expansion} for those the text uses or defines).
"""

from __future__ import annotations

import bisect
from typing import Any

from ...records import Document, Mention, Options
from .docfacts import capital_scan, detect_province, used_abbreviations
from .gazetteer import Unit, gazetteer
from .model import model_candidates
from .rules import (
    Cand,
    Context,
    common_spans,
    ethnic_spans,
    furniture_spans,
    loc_admin,
    loc_bare,
    loc_dateline,
    loc_features,
    loc_modified,
    org_bodies,
    org_caps,
    org_fixed,
    org_institutions,
    per_rules,
)
from .tables import fold, tables

NAME = "entities"
ASSIGNS = ("entity",)
# None: the registry always runs us; we skip the mentions ourselves when
# ``options.entities`` is off and keep the cheap document facts.
OPTION = None


def document_facts(doc: Document, shadow: str | None = None) -> Unit | None:
    """Set ``province_code``, ``province_name`` and ``abbreviations`` in ``doc.meta``.

    E.g. "Tỉnh ủy Điện Biên ... 625 TCCSĐ" -> province 11 Điện Biên,
    abbreviations {"TCCSĐ": "tổ chức cơ sở đảng"}.
    """
    t = tables()
    shadow = fold(doc.text) if shadow is None else shadow
    runs, tokens = capital_scan(shadow)  # one pass for both
    province = detect_province(shadow, gazetteer(), t, runs)
    if province is not None:
        doc.meta["province_code"] = province.code
        doc.meta["province_name"] = province.short
    abbrs = used_abbreviations(shadow, t, tokens)
    if abbrs:
        doc.meta["abbreviations"] = abbrs
    return province


# Figures and dates are never entities. A legal_ref may hold its issuer's name
# ("Nghị quyết Đại hội Đảng bộ xã Hòa Phú"), which stays an ORG, as in the gold.
_BLOCKING = frozenset({"quantity", "percent", "ratio", "date", "period"})


class _Spans:
    """Spans of figures and dates; ``hits(s, e)`` says whether one overlaps s:e."""

    def __init__(self, found: list[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in found if m.type in _BLOCKING)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def hits(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1  # spans starting before e
        return i >= 0 and self.max_end[i] > s


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when s:e lies within one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (s, 1 << 62)) - 1
    return i >= 0 and e <= spans[i][1]


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest first, then by rule priority; keep those that overlap nothing kept."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        i = bisect.bisect_left(taken, (c.start, c.end))
        left = taken[i - 1] if i else None
        right = taken[i] if i < len(taken) else None
        if (left and left[1] > c.start) or (right and right[0] < c.end):
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _link_attrs(u: Unit | None) -> dict[str, Any]:
    if u is None:
        return {}
    return {
        "admin_code": u.code,
        "admin_name": u.name,
        "admin_level": u.level,
        "admin_code_2025": u.code_2025,
        "admin_name_2025": u.name_2025,
    }


def extract(doc: Document, found: list[Mention], options: Options) -> list[Mention]:
    """Entity mentions of ``doc``; also sets the document facts in ``doc.meta``."""
    text = doc.text
    shadow = fold(text)
    province = document_facts(doc, shadow)
    if not options.entities or not text:
        return []
    t, gaz = tables(), gazetteer()
    ctx = Context(text, shadow, t, gaz, province.code if province else None)
    date = doc.meta.get("date")
    date = str(date) if date else None

    ctx.veto = ethnic_spans(ctx)
    cands: list[Cand] = []
    cands += org_bodies(ctx)
    cands += org_fixed(ctx)
    cands += org_institutions(ctx)  # "Trung tâm Y tế huyện Krông Pắc"
    cands += org_caps(ctx)  # headers in capitals: "ĐẢNG BỘ HUYỆN HẢI HẬU"
    cands += loc_admin(ctx)  # fills ctx.learned for loc_bare
    cands += loc_modified(ctx)  # "ba xã miền núi Kim Thủy, Ngân Thủy"
    cands += loc_features(ctx)
    cands += loc_dateline(ctx)
    cands += per_rules(ctx)
    cands += loc_bare(ctx)
    common = common_spans(ctx)
    if common:  # "vụ Hè Thu", "Tết Giáp Thìn": never entities
        ctx.veto = sorted(ctx.veto + common)

    others = _Spans(found)
    cands = [c for c in cands if not others.hits(c.start, c.end)]
    if ctx.veto:  # peoples' names: "đồng bào Vân Kiều, Pa Kô" (bodies stay: they are longer)
        # and the non_names runs: "vụ Hè Thu"
        cands = [c for c in cands if c.label == "ORG" or not _inside(ctx.veto, c.start, c.end)]
    chosen = _select(cands)
    extra = model_candidates(ctx, chosen, doc.sentences)
    if extra:
        extra = [c for c in extra if not others.hits(c.start, c.end)]
        chosen = _select(chosen + extra)
    furniture = furniture_spans(ctx)
    if furniture:  # running headers and footers: "Báo Kon Tum - Trang 2"
        chosen = [c for c in chosen if not _inside(furniture, c.start, c.end)]

    # link districts first, so that communes can prefer the districts the report names
    pcode = province.code if province else None
    units: dict[int, Unit | None] = {}
    districts: set[str] = set()
    for order in (("province", "city", "district"), ("commune",)):
        for n, c in enumerate(chosen):
            if c.place is None or c.place[1] not in order:
                continue
            name, level, kind = c.place
            u = gaz.link(name, level, kind, pcode, frozenset(districts), date)
            units[n] = u
            if u is not None and u.level == "district":
                districts.add(u.code)

    out: list[Mention] = []
    for n, c in enumerate(chosen):
        if c.extra.get("drop"):  # a generic body kept only to shadow what it holds
            continue
        attrs: dict[str, Any] = {"label": c.label}
        if c.role:
            attrs["role"] = c.role
        attrs.update(_link_attrs(units.get(n)))
        out.append(Mention("entity", c.start, c.end, text[c.start : c.end], c.rule, attrs))
    return out
