"""Cheap document-level facts: the report's province and the abbreviations it uses.

These run even with entities off (``--no-entities``), so they stay to one regex pass
each and dictionary lookups. E.g. a report naming "Huyện ủy Chiêm Hóa" and "xã Yên Lập"
is about Tuyên Quang (08); "Ban Chấp hành (BCH)" teaches BCH for that report.
"""

from __future__ import annotations

from collections import Counter

import regex

from .gazetteer import Gazetteer, Unit
from .tables import Tables

# rule province_vote — a capitalised run of 2+ syllables votes for the province it
# names, or for the province(s) of the district it names; a level noun just before it
# ("tỉnh", "Tỉnh ủy", "huyện", "Huyện ủy" ...) says which of the two it is.
# e.g. "Tỉnh ủy Điện Biên" (province 11), "huyện Chiêm Hóa" (district of 08)
_RE_RUN = regex.compile(
    r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}']*+(?: \p{Lu}[\p{Ll}']*+)++(?![\p{L}\p{M}])"
)
_RE_NOUN_BEFORE = regex.compile(
    r"(?:(?P<p>tỉnh|Tỉnh|Tỉnh ủy)|(?P<d>huyện|Huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị xã|Thị ủy)) $"
)
_HEAD_CHARS = 400  # title and lead: a mention there counts double


# rule abbreviation_use — an all-caps token that is not part of a document symbol
# e.g. "625 TCCSĐ" -> TCCSĐ; not "NQ" in "04-NQ/TU"
_RE_ABBR = regex.compile(r"(?<![\p{L}\p{M}\d/-])\p{Lu}{2,}+(?:-\p{Lu}{2,}+)?(?![\p{L}\p{M}\d/-])")
# rule abbreviation_definition — "Ban Chấp hành (BCH)": the words before the bracket
# whose initials spell it. e.g. "tổ chức cơ sở đảng (TCCSĐ)" -> TCCSĐ = "tổ chức cơ sở đảng"
_RE_DEF = regex.compile(r" \((\p{Lu}{2,10}+)\)")
_RE_WORDS_BEFORE = regex.compile(r"[\p{L}\p{M}]++(?: [\p{L}\p{M}]++)*+$")

# Both scans above in one pass. Exact: a run never holds two capitals in a row and an
# abbreviation never a lowercase letter, so no hit of one can start inside a hit of the
# other, and the pass finds what the two finditer loops find, in text order.
_RE_CAPS = regex.compile(f"(?P<run>{_RE_RUN.pattern})|(?P<abbr>{_RE_ABBR.pattern})")


def capital_scan(text: str) -> tuple[list[regex.Match[str]], list[str]]:
    """(``_RE_RUN`` matches, ``_RE_ABBR`` tokens) of ``text`` from one scan.

    E.g. "Tỉnh ủy Điện Biên có 625 TCCSĐ" -> ([<"Điện Biên">], ["TCCSĐ"]).
    """
    runs: list[regex.Match[str]] = []
    abbrs: list[str] = []
    for m in _RE_CAPS.finditer(text):
        if m.start("run") >= 0:
            runs.append(m)
        else:
            abbrs.append(m.group())
    return runs, abbrs


def detect_province(
    shadow: str, gaz: Gazetteer, tables: Tables, runs: list[regex.Match[str]] | None = None
) -> Unit | None:
    """The province the report is about: the one its place names vote for most.
    ``runs``: the ``_RE_RUN`` matches of ``shadow`` when already found (``capital_scan``).

    E.g. "Thành ủy Lai Châu ... Đảng bộ thành phố Lai Châu" -> Lai Châu (12).
    """
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    index = gaz.votes
    for m in _RE_RUN.finditer(shadow) if runs is None else runs:
        run = m.group()
        hits = []
        k = run.lower()
        if k in index:
            hits.append((m.start(), index[k]))
        elif run.count(" ") >= 2:  # look inside longer runs: "Thành ủy Điện Biên Đông"
            syl = run.split(" ")
            offs = [m.start()]
            for w in syl[:-1]:
                offs.append(offs[-1] + len(w) + 1)
            i = 0
            while i < len(syl) - 1:
                for j in range(min(len(syl), i + 4), i + 1, -1):
                    sub = " ".join(syl[i:j]).lower()
                    if sub in index:
                        hits.append((offs[i], index[sub]))
                        i = j - 1
                        break
                i += 1
        for start, entries in hits:
            noun = _RE_NOUN_BEFORE.search(shadow, max(0, start - 10), start)
            weight = 2.0 if start < _HEAD_CHARS else 1.0
            for code, is_province, share, personal in entries:
                if noun and (
                    noun.group("p") and not is_province or noun.group("d") and is_province
                ):
                    continue
                if personal and not noun:  # "Hồ Chí Minh" alone is the person
                    continue
                votes[code] += weight * (1.0 if is_province else 0.5) * share
                first.setdefault(code, start)
    if not votes:
        return None
    code = max(votes, key=lambda c: (votes[c], -first[c]))
    return gaz.provinces.get(code)


def learned_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the text defines. E.g. "Ban Chấp hành (BCH)" -> {"BCH": "Ban Chấp hành"}."""
    out: dict[str, str] = {}
    for m in _RE_DEF.finditer(text):
        abbr = m.group(1)
        w = _RE_WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if not w:
            continue
        words = w.group().split(" ")
        for take in range(min(len(words), len(abbr)), 1, -1):
            tail = words[-take:]
            if "".join(x[0] for x in tail).upper() == abbr.upper():
                out.setdefault(abbr, " ".join(tail))
                break
    return out


def used_abbreviations(
    text: str, tables: Tables, tokens: list[str] | None = None
) -> dict[str, str]:
    """Known or learned abbreviations used in ``text``, with their expansion.
    ``tokens``: the ``_RE_ABBR`` tokens of ``text`` when already found (``capital_scan``).

    E.g. "625 TCCSĐ với 40.240 đảng viên" -> {"TCCSĐ": "tổ chức cơ sở đảng"}.
    """
    learned = learned_abbreviations(text) if "(" in text else {}
    out: dict[str, str] = {}
    for tok in set(_RE_ABBR.findall(text) if tokens is None else tokens):
        exp = learned.get(tok) or tables.abbreviations.get(tok)
        if exp:
            out[tok] = exp
    for abbr, exp in learned.items():
        out.setdefault(abbr, exp)
    return dict(sorted(out.items()))
