"""underthesea NER as the last word on capitalised runs the rules leave undecided.

Never over a whole document: only a short window (the run and a few words around
it, inside its sentence), at most :data:`MAX_CALLS` per report. E.g. in
"chị Kpă Thị Hoa cho biết" the rules know no surname "Kpă"; the model reads the
window and says PER.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache
from typing import Any

import regex

from .rules import PRIO_MODEL, Cand, Context, role_after
from .tables import CAP

MAX_CALLS = 6  # ~1 ms each: the whole budget is ~25 ms per report
WINDOW = 50  # characters of context on each side, within the sentence

# rule ner_window — a capitalised run of 2-4 syllables that no rule claimed and that
# does not open with Party vocabulary; e.g. "gặp gỡ Kpă Thị Hoa, người dân tộc Jrai"
_RE_RUN = regex.compile(rf"(?<!{CAP} ){CAP}(?: {CAP}){{1,3}}(?! {CAP})")
_RE_WORD = regex.compile(r"[\p{L}\p{M}']++")


def _title_case_line(sh: str, pos: int) -> bool:
    """True when the line at ``pos`` is a heading in title case, where every word is
    capitalised and capitals say nothing: "Nâng Cao Chất Lượng Sinh Hoạt Chi Bộ"."""
    lo = sh.rfind("\n", 0, pos) + 1
    hi = sh.find("\n", pos)
    words = _RE_WORD.findall(sh, lo, hi if hi != -1 else len(sh))
    if len(words) < 5:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.8 * len(words)


@cache
def _ner() -> Callable[[str], list[tuple[Any, ...]]]:
    from underthesea import ner  # heavy import: once per process, lazily

    return ner


def _sentence(
    sentences: list[tuple[int, int]], starts: list[int], pos: int, n: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return (max(0, pos - WINDOW), min(n, pos + WINDOW))


def classify(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """Label the model gives to ``text[start:end]`` read in the window ``lo:hi``, or None."""
    window = text[lo:hi]
    cur = 0
    labels: list[str] = []
    for word, *_rest, tag in _ner()(window):
        pos = window.find(word, cur)
        if pos < 0:
            continue
        cur = pos + len(word)
        ws, we = lo + pos, lo + pos + len(word)
        if ws < end and start < we:
            labels.append(tag[2:] if tag != "O" else "O")
    if not labels or labels[0] == "O":
        return None
    label = labels[0]
    return label if label in ("PER", "LOC", "ORG") and all(x == label for x in labels) else None


def model_candidates(
    ctx: Context, chosen: list[Cand], sentences: list[tuple[int, int]]
) -> list[Cand]:
    """Ask the model about the capitalised runs no rule claimed (a few per report)."""
    t, sh, text = ctx.tables, ctx.shadow, ctx.text
    taken = sorted((c.start, c.end) for c in chosen)
    tstarts = [s for s, _ in taken]
    sstarts = [s for s, _ in sentences]
    veto = ctx.veto
    vstarts = [s for s, _ in veto]
    out: list[Cand] = []
    calls = 0
    for m in _RE_RUN.finditer(sh):
        s, e = m.start(), m.end()
        cue = m.group().split(" ", 1)[0]
        if cue in t.person_cues:  # "Chị Kpă Thị Hoa": ask about the name only
            s += len(cue) + 1
            if " " not in sh[s:e]:
                continue
        i = bisect.bisect_left(tstarts, e) - 1
        if i >= 0 and taken[i][1] > s:
            continue
        first = sh[s:e].split(" ", 1)[0]
        if first in t.not_names or first in t.surnames or t.re_blocker.match(sh, s):
            continue
        if ctx.gaz.is_place(sh[s:e]) or sh[s:e] in t.directions:  # "phía Tây Nam"
            continue
        v = bisect.bisect_right(vstarts, s) - 1
        if v >= 0 and veto[v][1] >= e:  # a people's name: "đồng bào Vân Kiều"
            continue
        if _title_case_line(sh, s):
            continue
        if sh[max(0, s - 20) : s].rstrip().rsplit(" ", 1)[-1] in t.eponym_contexts:
            continue  # a street or a school named after someone: "đường Hùng Vương"
        if calls >= MAX_CALLS:
            break
        ss, se = _sentence(sentences, sstarts, s, len(sh))
        lo = max(ss, sh.rfind(" ", ss, max(ss, s - WINDOW)) + 1 if s - WINDOW > ss else ss)
        hi = min(se, e + WINDOW)
        hi = sh.rfind(" ", e, hi) if hi < se and sh.rfind(" ", e, hi) > e else hi
        calls += 1
        label = classify(text, s, e, lo, hi)
        if label:
            role = role_after(ctx, e) if label == "PER" else None
            out.append(Cand(s, e, label, "ner_window", PRIO_MODEL, role=role))
    return out
