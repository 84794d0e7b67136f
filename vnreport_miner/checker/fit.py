"""fit: relations the structural rules leave unread, found by their arithmetic — consistent only.

The kind modules read a relation from the structure of its sentence ("chiếm", brackets,
"trong đó", "đạt … kế hoạch", "từ … xuống còn") and may then call it inconsistent.
Reports phrase relations in endless ways, so some stay unread. This last pass takes the
figures no check has used yet and looks nearby for the figures that make the claim hold
*exactly*; it reports such a relation as ``consistent`` and says where each figure was
found. It never says ``inconsistent``: a pairing found by its value proves nothing when
the value does not fit (prefer silence to a false alarm).

- a percent after a count, its whole stated before (or in brackets after):
  "… 126 chi bộ đạt trong sạch vững mạnh, tỷ lệ 84%" with "150 chi bộ" earlier
  -> share 126/150 = 84%; the whole a plan ("kế hoạch 150 chi bộ") -> target
- a total and a run of counts right after it (or before a "Cộng:"/"Tổng" line) that add
  up to it exactly: "kinh phí 3,5 tỷ đồng; ngân sách 1,2 tỷ đồng, xã hội hóa 2,3 tỷ đồng"
  -> part_whole 1,2 + 2,3 = 3,5; a run of 3+ counts of one noun (a year-by-year list)
  adding up to a count of that noun stated elsewhere
- a stated difference or relative change between two counts of one noun nearby:
  "48 … năm trước; năm nay 35 …, giảm 13" -> change 48 - 35 = 13;
  "thu 52,5 tỷ đồng, tăng 12% so với cùng kỳ (46,9 tỷ đồng)" -> (52,5 - 46,9)/46,9 = 11,9%

Guards against a coincidence: units must agree (``kin``/``covers``), a part is the figure
right before its percent in the same clause, a far whole must carry the same unit words,
sums must be exact, and a remote total needs three parts or more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace as dc_replace

from ..records import Check, Mention
from . import vocab
from .context import (
    NEIGHBOUR,
    Context,
    Fig,
    as_written,
    covers,
    descriptor,
    kin,
    norm_words,
    place_names,
    reference_level,
    unit_info,
    words_lower,
)
from .percent import PercentVerdict, fits, judge_stated
from .share import not_complements
from .templates import render
from .tolerance import num

NAME = "fit"


# A percent that is a rate of change or a threshold, not a share: "tăng 8,1%", "giảm 2%",
# "cao hơn 3%", "vượt 4,5%", "gấp 1,5 lần"; "… 15% trở lên", "… 7%/năm", "… 5% so với …".
_GROWTH_BEFORE = re.compile(
    r"(?:tăng|giảm|cao hơn|thấp hơn|vượt|hơn|gấp|chênh lệch|bình quân|trung bình)"
    r"(?:\s+(?:thêm|được|khoảng|gần|trên|hơn|xấp xỉ|là|đạt))?\s*$"
)
_NOT_SHARE_AFTER = re.compile(r"^\s*(?:trở lên|trở xuống|/\s*năm|mỗi năm|một năm|so với|/tháng)")
# Words before a whole that make it a plan: "kế hoạch giao 300 …", "chỉ tiêu 150 …".
_PLAN_BEFORE = re.compile(
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|được giao|giao|đề ra)\b[^.;:]{0,35}$"
)
# A stated difference: "giảm 13 …", "tăng thêm 6 …", "nhiều hơn 4 …", "tức giảm 15 …".
_DELTA_BEFORE = re.compile(
    r"(?:tăng|giảm|nhiều hơn|ít hơn|cao hơn|thấp hơn)"
    r"(?:\s+(?:thêm|được|đi|là|tổng cộng|tương ứng|tương đương))?\s*$"
)
_CHANGE_PCT_BEFORE = re.compile(r"(?:tăng|giảm)(?:\s+(?:được|thêm|khoảng|gần|hơn|trên))?\s*$")
_VERSUS_AFTER = re.compile(r"^\s*so với")
# A total that closes a list: "Cộng: 928 …", "Tổng cộng 12", "tổng số 47 …".
_TOTAL_BEFORE = re.compile(r"(?:cộng|tổng cộng|tổng số|tổng|toàn bộ|tất cả)\s*:?\s*$")
_FAR_SENTENCES = 3  # a whole further back than this must carry the part's unit words

# The words one of which each cue above needs: a substring test first skips most windows.
_GROWTH_WORDS = ("tăng", "giảm", "hơn", "vượt", "gấp", "chênh lệch", "bình quân", "trung bình")
_DELTA_WORDS = ("tăng", "giảm", "hơn")
_CHANGE_PCT_WORDS = ("tăng", "giảm")
_TOTAL_WORDS = ("cộng", "tổng", "toàn bộ", "tất cả")


def _has(s: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in s:
            return True
    return False


def run(ctx: Context, done: Iterable[Check]) -> list[Check]:
    """Consistent relations among the figures the checks in ``done`` did not use."""
    used: set[str] = set()
    used_as: dict[str, set[str]] = defaultdict(set)
    unsettled: list[set[str]] = []
    for c in done:
        used.update(c.mention_ids)
        if c.kind == "part_whole" and c.verdict == "unverifiable" and c.mention_ids:
            # a reading the checker could not settle ("13 - 3 = 10 left 'chưa đạt'; stated 2"):
            # its figures stay free for a sum that fits all of them exactly (the caller then
            # drops the unsettled row); a sum that takes only some of them is a coincidence
            unsettled.append(set(c.mention_ids))
            continue
        for n, i in enumerate(c.mention_ids):
            # the total of a breakdown may be split again another way ("kỷ luật 41 đảng viên …
            # theo thẩm quyền 29 + 12 …; theo hình thức …"): it stays free to be a total
            used_as[i].add("total_of_part_whole" if c.kind == "part_whole" and n == 0 else c.kind)
    out: list[Check] = []
    # a total a breakdown sums may still be the achievement of a plan's percent ("kiểm tra 50 tổ
    # chức đảng …; đạt 111,1% chương trình"): only that use leaves it free here
    # the two rates a change in points was found between ("giảm 1,07 điểm phần trăm" after
    # "chiếm 4,12% trên 53.350 hộ" and "chiếm 3,05% trên 53.836 hộ") are still shares of theirs
    rate_levels = {
        i for i in ctx.memo.get("change.rate_levels", ()) if used_as.get(i) == {"change"}  # type: ignore[attr-defined]
    }
    out.extend(
        _percent_fits(
            ctx,
            {i for i in used if used_as.get(i) != {"total_of_part_whole"} and i not in rate_levels},
            {i for i in used if used_as.get(i) == {"change"}},
        )
    )
    taken = set(used)
    for c in out:
        taken.update(c.mention_ids)
    in_change = {i for i, kinds in used_as.items() if "change" in kinds}
    out.extend(_change_fits(ctx, taken, in_change))
    for c in out:
        for i in c.mention_ids:
            used_as[i].add(c.kind)
    freed = set().union(*unsettled)
    for c in _sum_fits(ctx, used_as):
        ids = set(c.mention_ids)
        if ids & freed and not any(u <= ids for u in unsettled):
            continue
        out.append(c)
    taken = set(used)
    for c in out:
        taken.update(c.mention_ids)
    out.extend(_remainder_fits(ctx, taken))
    taken.update(i for c in out for i in c.mention_ids)
    out.extend(_flow_fits(ctx, used))
    taken = set(used)
    for c in out:
        taken.update(c.mention_ids)
    out.extend(_complement_fits(ctx, taken))
    out.extend(_row_sum_fits(ctx, done, out))
    taken = set(used)
    for c in out:
        taken.update(c.mention_ids)
    out.extend(_balance_fits(ctx, taken))
    out.extend(_movement_list_fits(ctx, taken))
    taken.update(i for c in out for i in c.mention_ids)
    out.extend(_versus_bracket_fits(ctx, taken))
    taken.update(i for c in out for i in c.mention_ids)
    out.extend(_left_out_fits(ctx))
    out.extend(_graded_rate_fits(ctx, done))
    taken.update(i for c in out for i in c.mention_ids)
    in_change |= {i for c in out if c.kind == "change" for i in c.mention_ids}
    out.extend(_lead_versus_fits(ctx, in_change))
    out.extend(_points_fits(ctx, in_change))
    out.extend(_points_vs_bracket_fits(ctx, in_change | {i for c in out for i in c.mention_ids}))
    out.extend(_times_plan_fits(ctx))
    told = {tuple(c.figures) for c in (*done, *out) if c.kind == "share"}
    out.extend(_pair_rate_table_fits(ctx, used | {i for c in out for i in c.mention_ids}, told))
    out.extend(_year_rows_total_fits(ctx, used | {i for c in out for i in c.mention_ids}))
    out.extend(_worded_fraction_fits(ctx, (used - rate_levels) | {i for c in out for i in c.mention_ids}))
    out.extend(_rate_over_whole_fits(ctx, (used - rate_levels) | {i for c in out for i in c.mention_ids}))
    out.extend(_bracket_whole_fits(ctx, (used - rate_levels) | {i for c in out for i in c.mention_ids}))
    out.extend(_rate_bracket_whole_fits(ctx, (used - rate_levels) | {i for c in out for i in c.mention_ids}))
    taken.update(i for c in out for i in c.mention_ids)
    out.extend(_bare_share_fits(ctx, taken))
    out.extend(_repeated_rate_fits(ctx, used))
    out.extend(_table_text_fits(ctx, used))
    out.extend(_share_column_fits(ctx))
    out.extend(_share_row_fits(ctx))
    out.extend(_growth_column_fits(ctx, [c for c in done if c.kind == "change"]))
    out.extend(_difference_column_fits(ctx))
    out.extend(_attribute_after_breakdown_fits(ctx, done))
    out.extend(_relative_after_delta_fits(ctx, [c for c in (*done, *out) if c.kind == "change"]))
    said = {i for c in (*done, *out) if c.kind == "granularity" for i in c.mention_ids}
    out.extend(c for c in _done_to_fits(ctx) if c.mention_ids[-1] not in said)
    changes = [c for c in (*done, *out) if c.kind == "change" and c.verdict == "consistent"]
    out.extend(_flow_list_fits(ctx, changes))
    out.extend(_within_total_fits(ctx, taken))
    out.extend(_respective_fits(ctx))
    out.extend(_respective_label_fits(ctx, used | {i for c in out for i in c.mention_ids}))
    out.extend(_numerator_split_fits(ctx))
    out.extend(_bracket_parts_fits(ctx))
    out.extend(_subject_rate_fits(ctx, used | {i for c in out for i in c.mention_ids}))
    # (a figure only an unsettled reading took, "49.320/86.653 = 56,9%, not 39,5%", stays free)
    settled = {i for c in (*done, *out) if c.verdict != "unverifiable" for i in c.mention_ids}
    out.extend(_profile_pairs_fits(ctx, settled))
    out.extend(_balances_across_fits(ctx, (*done, *out)))
    out.extend(_running_column_fits(ctx))
    return not_complements(ctx, out)  # "chưa tham gia" is no part of "tham gia"


# -- a count and its parts in the bracket right after it, whatever their nouns: "312 mô hình kinh
# tế của hội viên (46 trang trại, 148 gia trại và 118 hộ …)". Two parts or more, told only when
# they make the count exactly (a fit).
def _bracket_parts_fits(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "(" not in ctx.text:
        return out
    for t in ctx.quantities:
        if t.type != "quantity" or not t.exact_count or not t.value:
            continue
        if ctx.text.find("(", t.end, t.end + 61) < 0:
            continue  # (the pattern needs a "(" within its 61 characters)
        hit = re.match(r"[^\d;.()]{0,60}\(", ctx.text[t.end : t.end + 61])
        if hit is None:
            continue
        open_at = t.end + hit.end()
        close = ctx.text.find(")", open_at, open_at + 200)
        if close < 0 or "(" in ctx.text[open_at:close]:
            continue
        inside = ctx.figs_from(open_at, close)
        if len(inside) < 2 or any(g.type != "quantity" or not g.exact_count for g in inside):
            continue
        if not _equal(sum(g.value for g in inside), t.value):  # type: ignore[misc,arg-type]
            continue
        expr = " + ".join(f"{g.value:g}" for g in inside)
        why = render("fit.sum", expr=expr, total=f"{t.value:g}", total_text=_quote(ctx, t))
        out.append(ctx.check("part_whole", "consistent", [t.value, *(g.value for g in inside)],
                             [t, *inside], _span(ctx, [t, *inside]), expected=t.value,
                             observed=t.value, tolerance=0, why=why))  # fmt: skip
    return out


# -- a fraction's numerator split after a marker: "Đã giải quyết 5/6 đơn tố cáo, đạt 83,3%: tố cáo
# đúng một phần 2, tố cáo sai 3"; "707/707 bản kê khai được công khai (100%), trong đó niêm yết
# tại trụ sở 412 bản, công bố tại cuộc họp 295 bản". The items (counts of the fraction's noun or
# labelled bare numbers) must add up to the numerator exactly (a fit).
_SPLIT_MARK = re.compile(r"(?:trong đó|bao gồm|gồm|cụ thể)\s*:?\s*|:\s*")


def _numerator_split_fits(ctx: Context) -> list[Check]:
    from .part_whole import _bare_list
    from .tables import number, synthetic

    out: list[Check] = []
    for f in ctx.ratios:
        if f.type != "ratio":
            continue
        a = f.m.get("numerator")
        if not isinstance(a, int | float) or a <= 0:
            continue
        s, e = ctx.sentence_span(f.sent)
        semi = ctx.text.find(";", f.end, e)
        end = e if semi < 0 else semi
        mark = _SPLIT_MARK.search(ctx.low, f.end, end)
        if mark is None or mark.start() - f.end > 60:
            continue
        items = [
            g for g in ctx.figs_from(mark.end(), end)
            if g.type == "quantity" and g.exact_count and (g.unit.key == f.unit.key or _alike(g, f))
        ]  # fmt: skip
        parts: list[Fig] = items
        if len(items) < 2:
            bare = _bare_list(ctx, mark.end(), end)
            if not bare:
                continue
            parts = [synthetic(ctx, x, y, number(ctx.text[x:y]), f) for x, y, _ in bare]
        if len(parts) < 2 or abs(sum(p.value for p in parts) - a) > 1e-9:  # type: ignore[misc]
            continue
        expr = " + ".join(f"{p.value:g}" for p in parts)
        why = render("fit.sum", expr=expr, total=f"{a:g}", total_text=f.m.text)
        figs = [g for g in (f, *parts) if g.id]
        out.append(ctx.check("part_whole", "consistent", [a, *(p.value for p in parts)], figs,
                             (f.start, max(p.end for p in parts)), expected=a,
                             observed=sum(p.value for p in parts), tolerance=0, why=why))  # type: ignore[misc]  # fmt: skip
    return out


# -- "lần lượt" (respectively): "… lần lượt là 18.426 và 3.215 người, chiếm 72,3% và 12,6% tổng số
# hội viên"; "kết nạp 14.326 đoàn viên và thành lập 38 công đoàn cơ sở, lần lượt đạt 119,4% và
# 126,7% kế hoạch (12.000 đoàn viên và 30 công đoàn cơ sở)". The percents pair with the counts in
# order; the plans in a bracket after them pair the same way, else each whole is found by its
# value (a fit).
def _respective_fits(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "lần lượt" not in ctx.low:
        return out
    for hit in re.finditer(r"lần lượt", ctx.low):
        # the figures of the hit's sentence (the first figure after it is in that sentence when
        # the sentence starts before the hit)
        nxt = ctx.figs_from(hit.end(), len(ctx.text))[:1]
        if not nxt or ctx.sentence_span(nxt[0].sent)[0] > hit.start():
            continue
        figs = ctx.by_sent.get(nxt[0].sent, [])
        pcts = [g for g in figs if g.type == "percent" and g.start > hit.end() and g.value]
        if len(pcts) < 2:
            continue
        pcts = pcts[:2]
        between = [g for g in figs if g.type == "quantity" and hit.end() < g.start < pcts[0].start]
        before = [g for g in figs if g.type == "quantity" and g.end <= hit.start()]
        if len(between) == 1:
            # "lần lượt là 18.426 và 3.215 người": the first count is bare, of the second's noun
            gap = ctx.text[hit.end() : between[0].start]
            bare = re.search(r"(\d{1,3}(?:\.\d{3})*)\s+và\s*$", gap)
            if bare is not None:
                from .tables import number, synthetic

                a = hit.end() + bare.start(1)
                first = synthetic(ctx, a, a + len(bare.group(1)), number(bare.group(1)), between[0])
                between = [first, *between]
        counts = between[:2] if len(between) >= 2 else before[-2:]
        if len(counts) != 2:
            continue
        after = [g for g in figs if g.type == "quantity" and g.start > pcts[1].end]
        bracket = ctx.text[pcts[1].end : pcts[1].end + 15].lstrip().startswith("(") or bool(
            re.match(r"[^\d(]{0,40}\(", ctx.text[pcts[1].end : pcts[1].end + 45])
        )
        plans = after[:2] if bracket and len(after) >= 2 else None
        for k in range(2):
            part, p = counts[k], pcts[k]
            if plans is not None:
                whole, kind = plans[k], "target"
            else:
                # a bare count has no place among the figures: look from its neighbour's
                probe = part if part.i >= 0 else dc_replace(counts[1 - k], value=part.value)
                got = _whole_for(ctx, probe, p)
                if got is None:
                    continue
                whole, kind = got[0], "share"
            if not whole.value:
                continue
            pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
            if pv is None or pv.judgement.verdict != "consistent":
                continue
            out.append(_share_fit(ctx, kind, part, whole, p, pv))
    return out


# -- a share said of one label of a "lần lượt" list: "Diện tích cam, bưởi, nhãn và cây khác lần lượt
# là 2.140 ha, 1.310 ha, 860 ha và 490 ha; cam là cây chủ lực, chiếm 44,6% diện tích" after
# "… lên 4.800 ha". The label opens the percent's clause (with no count of its own before the
# percent); its count is the one at the label's place; the whole is a count of the list's unit
# stated before the list (its sentence or the two before) equal to the list's sum. A fit.
_RESPECTIVE_LEAD = re.compile(r"(?:^|[.;:]\s*)([^\d.;:()%]{3,80}?)\s+lần lượt(?:\s+là)?\s*:?\s*$")
_LABEL_SPLIT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


def _respective_label_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    if "lần lượt" not in ctx.low:
        return out
    for hit in re.finditer(r"lần lượt(?:\s+là)?\s*:?\s*", ctx.low):
        nxt = ctx.figs_from(hit.end(), len(ctx.text))[:1]
        if not nxt:
            continue
        s, e = ctx.sentence_span(nxt[0].sent)
        if s > hit.start():
            continue
        lead = _RESPECTIVE_LEAD.search(ctx.lower_slice(max(s, hit.start() - 100), hit.end()))
        if lead is None:
            continue
        labels = [w.strip() for w in _LABEL_SPLIT.split(lead.group(1)) if w.strip()]
        if len(labels) < 2:
            continue
        # the first label carries the list's noun ("diện tích chè shan"): a tail of its words
        # names it ("chè shan", "shan"), the longest one the percent's clause opens with
        first = labels[0].split()
        heads = [" ".join(first[i:]) for i in range(1, len(first))] or [labels[0]]
        keys = ["", *labels[1:]]
        if len(set(keys)) != len(keys):
            continue
        stop = min(x for x in (ctx.text.find(";", hit.end(), e), e) if x >= 0)
        counts = list(ctx.figs_from(hit.end(), stop))
        if len(counts) != len(labels) or any(
            g.type != "quantity" or not (g.exact_count or g.exact) or g.unit.key != counts[0].unit.key
            for g in counts
        ):
            continue
        total = sum(g.value for g in counts)  # type: ignore[misc]
        wholes = [
            g
            for g in ctx.figs_from(ctx.sentence_span(max(0, nxt[0].sent - 2))[0], hit.start())
            if g.type == "quantity"
            and g.unit.key == counts[0].unit.key
            and g.value is not None
            and abs(g.value - total) < 1e-6
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        # the percents after the list, to the end of the next sentence
        end = ctx.sentence_span(nxt[0].sent + 1)[1] if nxt[0].sent + 1 < len(ctx.sentences) else e
        for p in ctx.figs_from(stop, end):
            if p.type != "percent" or not p.value or p.id in used:
                continue
            lo = max(ctx.low.rfind(".", 0, p.start), ctx.low.rfind(";", 0, p.start)) + 1
            if lo < stop:
                continue
            clause = ctx.lower_slice(lo, p.start)
            if any(g.type != "percent" for g in ctx.figs_from(lo, p.start)) or "chiếm" not in clause:
                continue
            opened = clause.strip()
            said = [i for i, key in enumerate(keys) if key and re.match(rf"{re.escape(key)}\b", opened)]
            if any(re.match(rf"{re.escape(h)}\b", opened) for h in heads):
                said.append(0)
            if len(said) != 1:
                continue
            k = said[0]
            part = counts[k]
            pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
            if pv is None or pv.judgement.verdict != "consistent":
                continue
            out.append(_share_fit(ctx, "share", part, whole, p, pv))
    return out


# -- a bare count with its share in brackets: "hoàn thành xuất sắc nhiệm vụ 104 (14,7%), …" after
# "708 đảng viên được xếp loại", "nữ 17 (58,6%)" after "kết nạp 29 đảng viên". The whole is the
# nearest count before it (its sentence and the one before) that the share fits (a fit).
_BARE_BEFORE_PCT = re.compile(
    r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*)\s*(?:\(\s*(?:chiếm\s+|tỷ lệ\s+|bằng\s+)?|"
    r",\s*(?:chiếm(?:\s+tỷ lệ)?|tức|tương đương|bằng)\s+)$"
)


def _bare_share_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .tables import number

    out: list[Check] = []
    far: dict[int, list[tuple[Fig, float, int, int]]] = defaultdict(list)
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None or not 0 < p.value < 100:
            continue
        hit = _BARE_BEFORE_PCT.search(ctx.before(p, 30))
        if hit is None:
            continue
        n_end = p.start - (len(ctx.before(p, 30)) - hit.end(1))
        if any(g.start < n_end <= g.end for g in ctx.by_sent.get(p.sent, [])):
            continue  # the number is a mention: the rules that read mentions tell it
        part = number(hit.group(1))
        for w in reversed(ctx.figs[ctx.from_sent(p.sent - 1) : p.i]):  # this sentence and the last
            if w.type != "quantity" or not w.exact_count or not w.value or w.value <= part:
                continue
            pv = judge_stated(100 * part / w.value, p)
            if pv is None or pv.judgement.verdict != "consistent":
                continue
            out.append(_bare_share(ctx, part, w, p, pv, n_end - len(hit.group(1))))
            break
        else:
            far[p.sent].append((p, part, n_end - len(hit.group(1)), p.i))
    # "Trong số đảng viên mới kết nạp, đoàn viên thanh niên 1.518 (78%); nữ 893, chiếm 45,9%;
    # người có trình độ đại học trở lên 712 (36,6%)": two bare shares of one sentence or more, and
    # a whole stated paragraphs before that fits every one of them (nearest first)
    for items in far.values():
        if len(items) < 2:
            continue
        for w in ctx.earlier(items[0][0]):
            if w.type != "quantity" or not w.exact_count or not w.value:
                continue
            got = []
            for p, part, at, _ in items:
                pv = judge_stated(100 * part / w.value, p) if w.value > part else None
                if pv is None or pv.judgement.verdict != "consistent":
                    break
                got.append(_bare_share(ctx, part, w, p, pv, at))
            else:
                out.extend(got)
                break
    return out


def _pct_row(
    ctx: Context,
    kind: str,
    figures: list[float],
    figs: list[Fig],
    span: tuple[int, int],
    pv: PercentVerdict,
    why: tuple[str, str],
) -> Check:
    """A consistent row of the fit pass whose stated percent ``pv`` judged the arithmetic."""
    return ctx.check(kind, "consistent", figures, figs, span, expected=pv.calc,
                     observed=num(pv.stated), tolerance=num(pv.judgement.tolerance, 4), why=why,
                     rounding=pv.judgement.rounding)  # fmt: skip


def _bare_share(ctx: Context, part: float, w: Fig, p: Fig, pv: PercentVerdict, at: int) -> Check:
    why = render("fit.share", part=f"{part:g}", base=w.value, pct=pv.phrase,
                 base_text=_quote(ctx, w))  # fmt: skip
    return _pct_row(ctx, "share", [part, w.value, pv.stated], [w, p], (at, p.end), pv, why)


# -- a change against a bracketed earlier level: "1.236 tin, bài …, tăng 312 bài so với năm 2023
# (924)", "139/142 tổ dân phố đã có chi bộ (97,9%), tăng 5 chi bộ so với cuối năm 2023 (134 chi
# bộ)", "48,7 tỷ đồng, bằng 103,4% so với cuối năm 2023 (47,1 tỷ đồng)". The current level is one
# of the two counts before the change in its sentence (a fraction by its numerator); told only
# when the difference, the rate or the ratio is exact (a fit).
_VERSUS_BRACKET = re.compile(
    r"\s*[^\d;.()]{0,20}?\bso với\s+[^\d;()]{0,30}?(?:\d{1,2}/)?(?:\d{4}[^\d;()]{0,10})?\(\s*"
)
_SAME_PERIOD_BRACKET = re.compile(
    r"\(\s*(?:cùng kỳ|năm trước)[^():\d]{0,12}(?:\d{4})?\s*:\s*(\d[\d.,]*)[^()]{0,25}\)\s*,?\s*"
    r"(?:tăng|giảm|bằng)(?:\s+(?:thêm|được))?\s*$"
)
_CHANGE_VERB = re.compile(r"\b(tăng|giảm|bằng)(?:\s+(?:thêm|được))?\s*$")


def _versus_bracket_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .tables import NUM, number

    out: list[Check] = []
    if "so với" not in ctx.low and "cùng kỳ" not in ctx.low:
        return out
    for d in ctx.figs:
        if d.id in used or d.value is None or d.type not in ("quantity", "percent"):
            continue
        verb = _CHANGE_VERB.search(ctx.before_low(d, 15))
        if verb is None:
            continue
        hit = _VERSUS_BRACKET.match(ctx.text, d.end, min(len(ctx.text), d.end + 80))
        if hit is not None:
            at = hit.end()
        else:
            # "tiếp nhận 19 đơn (cùng kỳ năm 2023: 23 đơn), giảm 17,4%": the earlier level in a
            # bracket right after the current one, before the change
            lo = max(ctx.sentence_span(d.sent)[0], d.start - 120)
            back = _SAME_PERIOD_BRACKET.search(ctx.low[lo : d.start])
            if back is None:
                continue
            at = lo + back.start(1)
        num = re.match(rf"({NUM})", ctx.text[at : at + 20])
        if num is None:
            continue
        then = number(num.group(1))
        inside = next((g for g in ctx.figs_from(at, at + len(num.group(1)) + 30)
                       if g.start == at), None)  # fmt: skip
        if inside is not None and inside.value is not None:
            then = inside.value
        if not then:
            continue
        nows = [
            g
            for g in ctx.by_sent.get(d.sent, [])
            if g.end <= d.start and g.type in ("quantity", "ratio") and g is not inside
            and (hit is not None or g.end <= at)
        ][-2:]  # fmt: skip
        for now in reversed(nows):
            x = now.m.get("numerator") if now.type == "ratio" else now.value
            if not isinstance(x, int | float):
                continue
            sign = -1 if verb.group(1) == "giảm" else 1
            if d.type == "quantity" and verb.group(1) != "bằng":
                ok = abs(sign * (x - then) - d.value) <= 1e-9 * max(1.0, abs(x))
                calc = x - then
            elif d.type == "percent":
                calc = 100 * x / then if verb.group(1) == "bằng" else sign * 100 * (x - then) / then
                pv = judge_stated(calc, d)
                ok = pv is not None and pv.judgement.verdict == "consistent"
            else:
                continue
            if not ok:
                continue
            figs = [f for f in (inside, now, d) if f is not None]
            now_txt = as_written(now) if now.type == "quantity" else x
            then_txt = as_written(inside) if inside is not None else num.group(1)
            shown = round(calc, 2)
            why = render("change.versus", now=now_txt, then=then_txt,
                         how=("difference", "hiệu số") if d.type == "quantity" else
                         (("ratio", "tỷ số") if verb.group(1) == "bằng" else ("relative", "tương đối")),
                         res=(f"{shown:g} = {d.value:g} stated", f"{shown:g} = {d.value:g} như báo cáo"))  # fmt: skip
            out.append(ctx.check("change", "consistent", [then, x, d.value], figs,
                                 _span(ctx, [now, d]), expected=round(calc, 4), observed=d.value,
                                 tolerance=0, why=why))  # fmt: skip
            used.add(d.id)
            break
    return out


# -- the comparison first, the current level stated before anywhere in the report: "Đảng bộ có
# 214 đảng viên …" … "So với đầu năm (201 đảng viên), tổng số đảng viên tăng 13 đồng chí". The
# earlier level in the bracket; the current one a plain count of the same unit words before it,
# nearest first, the first whose difference (or growth rate) is the change stated (a fit: the
# change rules read the levels near it and tell a miss; a level found by search proves nothing).
#   example (our own)                                                             told
#   "Hội có 9.846 hội viên. …(two sections)… So với cuối năm 2023 (9.528 hội viên),
#    số hội viên tăng 318 người"                                                  consistent
#   the same with "tăng 381 người"                                                nothing
# "So với năm 2023 (kỷ luật 312 đảng viên), …": the earlier level named by its activity in the
# bracket (a fit only, like the rest of this reading)
# "(38.754 hộ đạt), số hộ đạt danh hiệu tăng 3.182 hộ": a word or two of the level in its bracket
_CHANGE_AFTER_WORDED = re.compile(
    r"^\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*\)\s*,\s*(?P<subj>(?:[^\W\d]+\s+){1,10}?)"
    r"(?P<dir>tăng|giảm)(?:\s+thêm)?\s*$"
)
_LEAD_VERSUS_WORDED = re.compile(
    r"so với\s+[^(),;.\d]{0,40}(?:\d{4}[^(),;.\d]{0,10})?\(\s*(?:[^\W\d]+\s+){1,3}$"
)


def _lead_versus_fits(ctx: Context, in_change: set[str]) -> list[Check]:
    from .change import _CHANGE_AFTER_LEAD, _LEAD_VERSUS, _fitting_reading

    out: list[Check] = []
    if "so với" not in ctx.low:
        return out
    for then in ctx.quantities:
        if then.type != "quantity" or not (then.exact_count or then.exact) or not then.value:
            continue
        before = ctx.before_low(then, 60)
        # both patterns open with the literal "so với": a window without it matches neither
        if "so với" not in before or not (
            _LEAD_VERSUS.search(before) or _LEAD_VERSUS_WORDED.search(before)
        ):
            continue
        d = ctx.next_in_sent(then)
        if d is None or d.id in in_change or d.value is None or d.qual != "exact":
            continue  # (a share may read the change against the earlier level: another relation)
        if d.type not in ("quantity", "percent"):
            continue
        hit = _CHANGE_AFTER_LEAD.match(ctx.gap(then, d).lower()) or _CHANGE_AFTER_WORDED.match(
            ctx.gap(then, d).lower()
        )
        if hit is None:
            continue
        sign = 1 if hit.group("dir") == "tăng" else -1
        for now in ctx.earlier(then):
            if (
                now.type != "quantity"
                or now.value is None
                or not (now.unit.key == then.unit.key or {now.unit.key, then.unit.key} <= _MEMBERS)
            ):
                continue
            if not (now.exact_count or now.exact) or now.qual != "exact" or now.value == then.value:
                continue
            near = ctx.before_low(now, 40)
            if (
                _in_brackets(ctx, now)
                or vocab.DELTA_BEFORE.search(near)
                or _PLAN_BEFORE.search(near)
            ):
                continue
            fit = _fitting_reading(now, then, d, sign)
            if fit is None:
                continue
            _computed, how, phrase, _shown = fit
            why = render("change.versus", now=as_written(now), then=as_written(then),
                         how=(how, how), res=phrase)  # fmt: skip
            out.append(ctx.check("change", "consistent", [then.value, now.value, d.value],
                                 [now, then, d], _span(ctx, [then, d]), expected=_shown,
                                 observed=d.value, tolerance=0, why=why))  # fmt: skip
            in_change.add(d.id)
            break
    return out


_MEMBERS = frozenset({"đảng viên", "đồng chí"})  # "214 đồng chí" … "(201 đảng viên)"


# -- a count and what it leaves out, in the bracket after it: "Đánh giá, xếp loại 405 đồng chí
# (miễn đánh giá 7 đồng chí)", "203 đảng viên … (không tính 11 đồng chí được miễn sinh hoạt)",
# "398 hợp tác xã đủ điều kiện (không tính 28 hợp tác xã thành lập sau …)". The count and the
# counts left out make a count of the same unit words stated elsewhere in the report, nearest
# first (a fit: which whole they make is found by the sum).
#   example (our own)                                                             told
#   "Đảng bộ có 412 đảng viên. … Đánh giá 405 đồng chí (miễn đánh giá 7 đồng chí)"  412 = 405 + 7
#   the same with "miễn đánh giá 9 đồng chí"                                        nothing
_LEFT_OUT = re.compile(r"\(\s*(?:không tính|không kể|chưa tính|miễn|trừ)\b")


def _left_out_fits(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    # one scan for the brackets (most documents have none); the words are looked for only then
    hits = list(_LEFT_OUT.finditer(low))
    if not hits or not any(
        w in low for w in ("không tính", "không kể", "chưa tính", "miễn", "(trừ")
    ):
        return out
    for hit in hits:
        at = hit.start()
        close = low.find(")", at)
        if close < 0:
            continue
        inside = ctx.figs_from(at, close)
        if not inside:
            continue
        x = next((f for f in reversed(ctx.figs[: inside[0].i]) if f.type != "percent"), None)
        if x is None or x.type != "quantity" or not x.exact_count:
            continue
        rest = [g for g in inside if g.type == "quantity"]
        if not rest or rest[0].sent != x.sent or at - x.end > 90:
            continue
        if not all(g.exact_count and g.value and _same_noun(g, x) for g in rest):
            continue
        total = x.value + sum(g.value for g in rest)  # type: ignore[misc]
        whole = None
        for t in [*ctx.earlier(x), *ctx.figs[rest[-1].i + 1 :]]:
            if (
                t.type != "quantity"
                or not t.exact_count
                or t.value != total
                or not _same_noun(t, x)
            ):
                continue
            if _in_brackets(ctx, t):
                continue
            whole = t
            break
        if whole is None:
            continue
        out.append(_sum_check(ctx, whole, [x, *rest]))
    return out


def _same_noun(a: Fig, b: Fig) -> bool:
    return a.unit.key == b.unit.key or {a.unit.key, b.unit.key} <= _MEMBERS


# -- the rate of the top grades of a grading list: "hoàn thành xuất sắc nhiệm vụ 6, hoàn thành tốt
# nhiệm vụ 25, hoàn thành nhiệm vụ 3; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 91,2%" -> (6 + 25)/
# 34; "… tốt 86, khá 154, trung bình 121, yếu 37 … xếp loại khá trở lên chiếm 60,3%" -> (86 + 154)/
# 398. The list is a run of counts each labelled by one grade, in the rate's sentence or the three
# before; its whole the sum of the run or a total a part_whole check read over it. Told only when
# the rate fits (a fit: which list and which whole are found by the arithmetic).
#   example (our own)                                                            told
#   "… xuất sắc 6, … tốt 25, … hoàn thành nhiệm vụ 3; … tốt nhiệm vụ trở lên đạt 91,2%"   consistent
#   the same with "đạt 92,2%"                                                      nothing
_UP_RATE = re.compile(r"\b(tốt|khá)(?:\s+nhiệm vụ)?\s+trở lên\b[^\d%;]{0,30}$")
_PARTY_GRADES = (
    ("kht", re.compile(r"không hoàn thành(?: nhiệm vụ)?")),
    ("xs", re.compile(r"xuất sắc")),
    ("tot", re.compile(r"hoàn thành tốt|\btốt nhiệm vụ")),
    ("ht", re.compile(r"hoàn thành nhiệm vụ")),
)
_FOUR_GRADES = (
    # a youth union's or an association's top grade: "15 cơ sở vững mạnh, 12 cơ sở khá, …"
    ("tot", re.compile(r"\b(?:loại\s+)?(?:tốt|vững mạnh|xuất sắc)\b")),
    ("kha", re.compile(r"\b(?:loại\s+)?khá\b")),
    ("tb", re.compile(r"\btrung bình\b")),
    ("yeu", re.compile(r"\b(?:yếu|kém)\b")),
)
_PIECE_END = re.compile(r"[,;:(]|\bvà\b")


def _grade_of(ctx: Context, f: Fig, scale: tuple) -> str | None:
    """The grade labelling count ``f``: the words of its own list piece, before it (" hoàn thành
    tốt nhiệm vụ 25") or after its unit ("21 tổ chức hoàn thành tốt nhiệm vụ")."""
    before = ctx.before_low(f, 45)
    cut = max((m.end() for m in _PIECE_END.finditer(before)), default=0)
    # (its own unit words too: "21 hoàn thành tốt nhiệm vụ" may be read with "hoàn thành" as unit)
    after = re.sub(r"^[\d.,]+", "", f.m.text.lower()) + ctx.after_low(f, 45)
    stop = _PIECE_END.search(after)
    for piece in (before[cut:], after[: stop.start() if stop else len(after)]):
        for name, pat in scale:
            if pat.search(piece):
                return name
    return None


_LABEL_NUM = re.compile(
    r"(không hoàn thành nhiệm vụ|hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ|"
    r"hoàn thành nhiệm vụ|(?:loại\s+)?(?:tốt|khá|trung bình|yếu|kém))\s*:?\s*(\d[\d.]*)(?![\d.]*\s*%|,\d)"
)


def _graded_items(ctx: Context, p: Fig, scale: tuple) -> list[tuple[int, str, Fig]]:
    """(position, grade, count) of the graded counts in ``p``'s sentence and the ones before it:
    three, or six when they are short lines (a bullet list, a table's rows: one grade a line)."""
    from .tables import number

    back = 3
    if p.sent >= 4 and all(
        len(ctx.lower_slice(*ctx.sentence_span(k)).strip()) <= 80 for k in range(p.sent - 4, p.sent)
    ):
        back = 6
    items: dict[int, tuple[str, Fig]] = {}
    for f in ctx.earlier(p, 40):
        if f.sent < p.sent - back:
            break
        if _count(f):
            g = _grade_of(ctx, f, scale)
            if g is not None:
                items[f.start] = (g, f)
    lo = ctx.sentence_span(max(0, p.sent - back))[0]
    for m in _LABEL_NUM.finditer(ctx.low, lo, p.start):
        at = m.start(2)
        if at in items:
            continue
        g = next((name for name, pat in scale if pat.search(m.group(1))), None)
        value = number(m.group(2))
        if g is None or not value or value != int(value):
            continue
        items[at] = (g, _bare(ctx, at, m.end(2), value, p.sent))
    return [(k, *items[k]) for k in sorted(items)]


def _bare(ctx: Context, start: int, end: int, value: float, sent: int) -> Fig:
    """A bare number after its label ("hoàn thành tốt nhiệm vụ 25") as a count of no unit."""
    m = Mention("quantity", start, end, ctx.text[start:end], "checker.bare", {"value": value})
    return Fig(m, -1, sent, "quantity", start, end, "", value, unit_info(None), "exact", True, True)


def _graded_rate_fits(ctx: Context, done: Iterable[Check]) -> list[Check]:
    out: list[Check] = []
    if "trở lên" not in ctx.low:
        return out
    totals: dict[frozenset[float], list[float]] = defaultdict(list)
    for c in done:
        if c.kind == "part_whole" and c.verdict == "consistent" and len(c.figures) >= 3:
            totals[frozenset(c.figures[1:])].append(c.figures[0])
    for p in ctx.percents:
        if p.type != "percent" or p.value is None:
            continue
        before = ctx.before_low(p, 70)
        if "trở lên" not in before:
            continue
        up = _UP_RATE.search(before)
        if up is None:
            continue
        scale, top = (_PARTY_GRADES, ("xs", "tot")) if up.group(1) == "tốt" else (
            _FOUR_GRADES, ("tot", "kha"))  # fmt: skip
        runs: list[list[tuple[str, Fig]]] = []
        run: list[tuple[str, Fig]] = []
        for _, g, f in _graded_items(ctx, p, scale):
            if any(g == h for h, _ in run):
                if len(run) >= 2:
                    runs.append(run)
                run = []
            run.append((g, f))
        if len(run) >= 2:
            runs.append(run)
        for run in reversed(runs):
            grades = dict(run)
            if not all(t in grades for t in top):
                continue
            part = sum(grades[t].value for t in top)  # type: ignore[misc]
            values = [f.value for _, f in run]
            wholes = [sum(values), *totals.get(frozenset(values), [])]  # type: ignore[arg-type]
            # the count the list grades, stated right before it ("628 tổ chức … đều được đánh
            # giá, xếp loại. Kết quả: hoàn thành xuất sắc nhiệm vụ 121, …" when the grades
            # listed leave some out): the nearest count before the run's first item
            first = min(f.start for _, f in run)
            for w in ctx.earlier(p, 60):
                if w.start >= first:
                    continue
                if w.sent < p.sent - 3:
                    break
                if _count(w) and w.value and w.value > sum(values):  # type: ignore[operator]
                    wholes.append(w.value)
                    break
            hit = None
            for whole in wholes:
                pv = judge_stated(100 * part / whole, p) if whole else None  # type: ignore[operator]
                if pv is not None and pv.judgement.verdict == "consistent":
                    hit = (whole, pv)
                    break
            if hit is None:
                continue
            whole, pv = hit
            a, b = (grades[t] for t in top)
            why = render("fit.graded", a=a.value, b=b.value, whole=whole, pct=pv.phrase)
            figs = [f for f in (a, b, p) if f.id]
            figures = [a.value, b.value, whole, pv.stated]
            out.append(_pct_row(ctx, "share", figures, figs, _span(ctx, [a, p]), pv, why))  # type: ignore[arg-type]
            break
    return out


# -- a rate's change in points against its level stated sections before: "Đầu năm, tỷ lệ hộ nghèo
# của thị xã là 1,62%" … "tỷ lệ hộ nghèo còn 1,42%, giảm 0,2 điểm phần trăm". The current rate is
# the percent before the change in its clause, named "tỷ lệ <subject>"; the earlier one a percent
# whose sentence names the same subject, nearest first, the first whose difference is the points
# stated (a fit: a level found by search proves nothing).
#   example (our own)                                                            told
#   "… tỷ lệ hộ nghèo … 1,62%." … "tỷ lệ hộ nghèo còn 1,42%, giảm 0,2 điểm phần trăm"   consistent
#   the same with "giảm 0,3 điểm phần trăm"                                         nothing
_POINTS_AFTER_RATE = re.compile(r"^\s*,?\s*(tăng|giảm)(?:\s+(?:thêm|được))?\s*$")
_RATE_NAME = re.compile(
    r"\btỷ lệ\s+((?:[^\W\d]+\s+){0,4}?[^\W\d]+)\s+(?:của|toàn|trên|cuối|đầu|năm|hiện|đến|nay|chỉ|còn|là|đạt|ở|xuống|giảm|tăng|lên|từ)\b"
)


# the two levels in the change's own sentence, each in its bracket: "Nếu năm 2020 có 36 trong
# tổng số 46 tổ chức … (78,3%), thì năm 2024 con số này là 42 tổ chức (91,3%), tăng 13,0 điểm
# phần trăm": the sentence's only two percents before the points, their difference the points
_BRACKET_POINTS_GAP = re.compile(r"^\s*\)?\s*,?\s*(tăng|giảm)(?:\s+(?:thêm|được))?\s*$")


def _same_sentence_points(ctx: Context, d: Fig, in_change: set[str]) -> Check | None:
    cur = ctx.prev_in_sent(d)
    if cur is None or cur.type != "percent" or cur.value is None or cur.qual != "exact":
        return None
    hit = _BRACKET_POINTS_GAP.match(ctx.gap(cur, d).lower())
    if hit is None or cur.id in in_change:
        return None
    pcts = [g for g in ctx.by_sent.get(d.sent, []) if g.type == "percent" and g.end <= d.start]
    if len(pcts) != 2 or pcts[1] is not cur:
        return None
    p0 = pcts[0]
    if p0.value is None or p0.qual != "exact" or p0.id in in_change:
        return None
    sign = 1 if hit.group(1) == "tăng" else -1
    dec = max(_decimals(cur), _decimals(d))
    if round(sign * (cur.value - p0.value), dec) != round(d.value, dec):  # type: ignore[operator]
        return None
    diff = round(cur.value - p0.value, dec)
    why = render("fit.delta", a=f"{p0.value:g}%", b=f"{cur.value:g}%",
                 diff=f"{abs(diff):g}", stated=f"{d.value:g}")  # fmt: skip
    return ctx.check("change", "consistent", [p0.value, cur.value, d.value], [p0, cur, d],
                     _span(ctx, [p0, cur, d]), expected=abs(diff), observed=d.value,
                     tolerance=0, why=why)  # fmt: skip


def _points_fits(ctx: Context, in_change: set[str]) -> list[Check]:
    out: list[Check] = []
    if "điểm" not in ctx.low:
        return out
    for d in ctx.figs:
        if (
            d.type == "quantity"
            and d.id not in in_change
            and d.value is not None
            and d.qual == "exact"
            and d.unit.key.startswith("điểm")
        ):
            row = _same_sentence_points(ctx, d, in_change)
            if row is not None:
                out.append(row)
                in_change.add(d.id)
    for d in ctx.quantities:
        if d.type != "quantity" or d.id in in_change or d.value is None or d.qual != "exact":
            continue
        if not d.unit.key.startswith("điểm"):
            continue
        cur = ctx.prev_in_sent(d)
        if cur is None or cur.type != "percent" or cur.value is None or cur.qual != "exact":
            continue
        hit = _POINTS_AFTER_RATE.match(ctx.gap(cur, d).lower())
        if hit is None:
            continue
        named = _RATE_NAME.search(ctx.before_low(cur, 80))
        if named is None:
            continue
        subject = named.group(1)
        sign = 1 if hit.group(1) == "tăng" else -1
        dec = max(_decimals(cur), _decimals(d))
        for p0 in ctx.earlier(cur):
            if (
                p0.type != "percent"
                or p0.value is None
                or p0.qual != "exact"
                or p0.sent == cur.sent
            ):
                continue
            # the earlier rate's own words: after the last percent or ";" before it in its
            # sentence, the last "tỷ lệ …" there names the subject, or (no "tỷ lệ") the words
            # hold it ("612 hộ nghèo (1,62%)", "số hộ nghèo còn 301 hộ, chiếm 43,2%")
            s, _ = ctx.sentence_span(p0.sent)
            lo = max(s, p0.start - 80)
            for g in ctx.by_sent.get(p0.sent, []):
                if g.type == "percent" and g.end <= p0.start and g is not p0:
                    lo = max(lo, g.end)
            window = ctx.lower_slice(lo, p0.start)
            lo_semi = window.rfind(";")
            window = window[lo_semi + 1 :]
            names = list(_RATE_NAME.finditer(window))
            if names and names[-1].group(1) != subject or not names and subject not in window:
                continue
            if round(sign * (cur.value - p0.value), dec) != round(d.value, dec):
                continue
            diff = round(cur.value - p0.value, dec)
            why = render("fit.delta", a=f"{p0.value:g}%", b=f"{cur.value:g}%",
                         diff=f"{abs(diff):g}", stated=f"{d.value:g}")  # fmt: skip
            out.append(ctx.check("change", "consistent", [p0.value, cur.value, d.value],
                                 [p0, cur, d], _span(ctx, [cur, d]), expected=abs(diff),
                                 observed=d.value, tolerance=0, why=why))  # fmt: skip
            in_change.add(d.id)
            break
    return out


def _decimals(f: Fig) -> int:
    m = re.search(r",(\d+)", f.m.text)
    return len(m.group(1)) if m else 0


# -- a rate with decimals stated twice of one subject: "tỷ lệ hộ gia đình đạt danh hiệu văn hóa
# là 95,7%" … "tỷ lệ hộ gia đình văn hóa đạt 95,7%", a table cell "93,4%" and "đạt 93,4% dân số"
# in the text. Equal values with a decimal part, in two sentences, whose own words (the piece
# before each, after the last number) share two content words or more (a fit: a repeat that
# agrees; a rate restated with another value is left to the repeat rules).
#   example (our own)                                                              told
#   "Tỷ lệ trường đạt chuẩn quốc gia là 82,4%." … "tỷ lệ trường chuẩn quốc gia đạt 82,4%"   consistent
#   "Tỷ lệ trường đạt chuẩn quốc gia là 82,4%." … "tỷ lệ hộ nghèo 82,4%"                  nothing
# words that make another group of the same noun: "hộ cận nghèo", "chưa đạt", "tái nghèo"
_RATE_SPLITTERS = frozenset({"cận", "không", "chưa", "tái", "thoát"})
_RATE_STOP = frozenset(
    "tỷ lệ tỉ đạt là có chiếm bằng của và các số toàn trên với được đã năm ước khoảng gần "
    "trong đó này hiện nay còn mới chỉ tăng giảm so cùng kỳ".split()
)


def _rate_word_list(ctx: Context, p: Fig) -> list[str]:
    before = ctx.before_low(p, 60)
    cut = max((m.end() for m in re.finditer(r"[\d;:()]|\.\s", before)), default=0)
    row = ctx.text.rfind("\n", 0, p.start) + 1
    if "\t" in ctx.text[row : p.start] or "|" in ctx.text[row : p.start]:
        before = ctx.lower_slice(row, p.start)  # a table cell: its row's label
        cut = 0
    words = re.findall(r"[^\W\d_]+", before[cut:])
    return [w for w in words if w not in _RATE_STOP]


def _rate_words(ctx: Context, p: Fig) -> set[str]:
    return set(_rate_word_list(ctx, p))


def _repeated_rate_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    seen: dict[float, list[Fig]] = defaultdict(list)
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.qual != "exact" or "," not in p.m.text:
            continue
        for q in seen.get(p.value, []):
            if q.sent == p.sent or (q.id in used and p.id in used):
                continue
            qw, pw = _rate_words(ctx, q), _rate_words(ctx, p)
            shared = qw & pw
            if len(shared) < 2 or (qw ^ pw) & _RATE_SPLITTERS:
                # "tỷ lệ hộ nghèo là 4,5%" … "tỷ lệ hộ cận nghèo là 4,5%": another group
                continue
            what = " ".join(w for w in _rate_word_list(ctx, p) if w in shared)
            why = render("repeat.same", what=(what, what), a=p.value, b=p.value)
            out.append(ctx.check("repeat", "consistent", [p.value, p.value], [q, p],
                                 _span(ctx, [p]), expected=p.value, observed=p.value,
                                 tolerance=0, why=why))  # fmt: skip
            break
        seen[p.value].append(p)
    return out


# -- a table cell restated in the text: "Cả năm | 1.300 | 1.325 | 101,9%" and "Trong 1.325 đơn vị máu
# tiếp nhận …"; "Tổng cộng | 426 | …" and "toàn tỉnh có 426 hợp tác xã". The text's count has the
# cell's value (a hundred or more) and its sentence holds two content words of the cell's row label
# and column header together (a fit: a repeat that agrees).
#   example (our own)                                                              told
#   "Đoàn viên mới | 624" in a table and "kết nạp 624 đoàn viên mới" in the text      consistent
_CELL_STOP = _RATE_STOP | frozenset("tổng cộng tổng số cộng năm thực hiện kế hoạch".split())


def _table_text_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .tables import cell_fig, table_rows

    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    prose: dict[float, list[Fig]] = defaultdict(list)
    rates: dict[float, list[Fig]] = defaultdict(list)
    spans = []
    for rows in table_rows(ctx):
        spans.append((rows[0][0][0], rows[-1][-1][1]))
    for f in ctx.figs:
        if any(a <= f.start < b for a, b in spans) or not f.value or f.qual != "exact":
            continue
        if f.type == "quantity" and f.value >= 100:
            prose[f.value].append(f)
        elif f.type == "percent":
            rates[f.value].append(f)
    if not prose and not rates:
        return out
    out.extend(_table_rate_restated(ctx, rates))
    for rows in table_rows(ctx):
        head = rows[0]
        for row in rows[1:]:
            label = ctx.lower_slice(*row[0])
            for col in range(1, len(row)):
                cell = cell_fig(ctx, row[col], None)
                if cell is None or not cell.value or cell.value < 100:
                    continue  # small counts of one table and its text agree by chance
                if "%" in ctx.text[row[col][0] : row[col][1]]:
                    continue
                cands = prose.get(cell.value)
                if not cands:
                    continue
                header = ctx.lower_slice(*head[col]) if col < len(head) else ""
                words = {
                    w for w in re.findall(r"[^\W\d_]+", f"{label} {header}") if w not in _CELL_STOP
                }
                for f in cands:
                    s, e = ctx.sentence_span(f.sent)
                    sent = set(re.findall(r"[^\W\d_]+", ctx.lower_slice(s, e)))
                    shared = words & sent
                    if len(shared) < 2:
                        continue
                    what = f"{label.strip()} / {header.strip()} (table)"
                    why = render("repeat.same", what=(what, what), a=f.value, b=f.value)
                    figs = [g for g in (cell, f) if g.id]
                    out.append(ctx.check("repeat", "consistent", [f.value, f.value], figs,
                                         _span(ctx, [f]), expected=f.value, observed=f.value,
                                         tolerance=0, why=why))  # fmt: skip
                    break
    return out


_PLACE_WORDS = frozenset(
    "toàn tỉnh huyện xã thị trấn thành phố phường các còn lại khác cuối đầu khối đơn vị tổng "
    "cộng số kỳ tháng quý cấp".split()
)
_LABEL_STOP = _CELL_STOP | _PLACE_WORDS  # words no row label is known by


def _table_rate_restated(ctx: Context, rates: dict[float, list[Fig]]) -> list[Check]:
    """A rate cell said again in the text: "Ngô | 2.400 | 2.306 | 96,1%" and "Ngô chỉ đạt 96,1% kế
    hoạch" (a fit). The cell is a rate (a "%" in it or in its column's heading); the sentence names
    the row uniquely (every content word of its label, or a word no other row has), no other
    year than the column's, and the column's measure when the heading names one ("so với …",
    "tăng", "cơ cấu") (white-box review 18c: a coincidence of values is no restatement)."""
    from .tables import cell_percent, table_rows

    out: list[Check] = []
    if not rates:
        return out
    for rows in table_rows(ctx):
        head = [ctx.lower_slice(a, b) for a, b in rows[0]]
        labels = []
        for row in rows[1:]:
            label = ctx.lower_slice(*row[0])
            labels.append({w for w in re.findall(r"[^\W\d_]+", label) if w not in _LABEL_STOP})
        rows_with = Counter(w for words in labels for w in words)  # how many labels hold each word
        for row, words in zip(rows[1:], labels, strict=True):
            if not words:
                continue  # "Toàn tỉnh", "Cuối năm 2024": a label any sentence may share
            own = {w for w in words if rows_with[w] == 1}  # the words no other row's label has
            label = ctx.lower_slice(*row[0])
            for col in range(1, len(row)):
                header = head[col] if col < len(head) else ""
                cell_text = ctx.text[row[col][0] : row[col][1]]
                if "%" not in cell_text and "%" not in header and "tỷ lệ" not in header:
                    continue  # a yield, a count: no rate
                cell = next(iter(ctx.figs_from(*row[col])), None)
                if cell is None or cell.type != "percent":
                    cell = cell_percent(ctx, row[col])
                if cell is None or cell.type != "percent" or not cell.value or cell.value == 100:
                    continue  # (every "100%" agrees with every other)
                measure = _COLUMN_MEASURE.search(header)
                years = set(_YEAR_WORD.findall(header))
                for f in rates.get(cell.value, []):
                    cs, ce = ctx.clause(f.start, f.end)
                    text = ctx.lower_slice(cs, ce)
                    sent = set(re.findall(r"[^\W\d_]+", text))
                    if not (words <= sent or own & sent):
                        continue
                    said = set(_YEAR_WORD.findall(text))
                    if years and said - years:
                        continue  # "… năm 2024 … 4,2%" against the 2023 column
                    if measure is not None and measure.group(0) not in text:
                        continue  # a column "So với cùng kỳ (%)": the sentence must say it
                    if measure is None and _OTHER_BASE_SAID.search(text):
                        continue  # "… chỉ bằng 96,1% năm trước": another measure than the column's
                    subject = set(re.findall(r"[^\W\d_]+", ctx.lower_slice(cs, f.start)))
                    extra = subject - words - set(re.findall(r"[^\W\d_]+", header))
                    if extra & _NARROWING:
                        continue  # "tỷ lệ hộ cận nghèo", "… thôn … kiểu mẫu": a narrower subject
                    what = f"{label.strip()} (table)"
                    why = render("repeat.same", what=(what, what), a=f.value, b=f.value)
                    figs = [g for g in (cell, f) if g.id]
                    out.append(ctx.check("repeat", "consistent", [cell.value, f.value], figs,
                                         _span(ctx, [f]), expected=f.value, observed=f.value,
                                         tolerance=0, why=why))  # fmt: skip
                    break
    return out


_COLUMN_MEASURE = re.compile(r"so với|tăng|giảm|cơ cấu|tỷ trọng|cùng kỳ|bình quân")
_OTHER_BASE_SAID = re.compile(
    r"năm trước|cùng kỳ|so với năm|so với cùng|toàn (?:huyện|tỉnh|xã)|\bchung\b"
)
# words that narrow a subject to a group the row's label does not name
_NARROWING = frozenset("cận nữ nam trẻ kiểu mẫu thiểu tộc khmer mầm non tiểu thcs thpt".split())
_YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")


# -- a table's share column: "Chương trình | Dư nợ (tỷ đồng) | Tỷ trọng (%)" with rows "Hộ nghèo |
# 412,35 | 17,1" … "Tổng cộng | 2.417,60 | 100"; "Cơ cấu năm 2024 (%)" beside "Năm 2024". Each
# row's share is its amount over the total row's, in the column that makes every row fit (a
# fit: the column is found by the arithmetic; one row that misses leaves the table silent).
_SHARE_HEAD = re.compile(r"tỷ trọng|cơ cấu|tỷ lệ so với tổng|so với tổng số")
_TOTAL_LABEL = re.compile(r"^\s*(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|huyện|xã|thành phố))\b")


def _share_column_fits(ctx: Context) -> list[Check]:
    from .tables import cell_fig, cell_percent, number, table_rows

    out: list[Check] = []
    low = ctx.low
    if ("\t" not in low and "|" not in low) or not _SHARE_HEAD.search(low):
        return out
    for rows in table_rows(ctx):
        head = rows[0]
        heads = [ctx.lower_slice(a, b) for a, b in head]
        totals = [k for k, r in enumerate(rows) if k and _TOTAL_LABEL.match(ctx.lower_slice(*r[0]))]
        if len(totals) != 1:
            continue
        t = totals[0]
        data = [k for k in range(1, len(rows)) if k != t and len(rows[k]) == len(head)]
        if len(data) < 2 or len(rows[t]) != len(head):
            continue
        for pc, h in enumerate(heads):
            if pc == 0 or not _SHARE_HEAD.search(h):
                continue
            total_pct = cell_percent(ctx, rows[t][pc]) or _pct_fig(ctx, rows[t][pc])
            if total_pct is None or total_pct.value != 100:
                continue
            for ac in range(1, len(head)):
                if ac == pc or "%" in heads[ac] or _SHARE_HEAD.search(heads[ac]):
                    continue
                whole = cell_fig(ctx, rows[t][ac], None)
                if whole is None or not whole.value:
                    continue
                got = []
                for k in data:
                    part = cell_fig(ctx, rows[k][ac], whole)
                    pct = cell_percent(ctx, rows[k][pc]) or _pct_fig(ctx, rows[k][pc])
                    if part is None or pct is None or part.value is None:
                        break
                    pv = judge_stated(100 * part.value / whole.value, pct)
                    if pv is None or pv.judgement.verdict != "consistent":
                        break
                    got.append((part, pct, pv))
                else:
                    b = number(ctx.text[whole.start : whole.end])
                    for part, pct, pv in got:
                        a = number(ctx.text[part.start : part.end])
                        why = render("share.named", part=(f"{a:g}", f"{a:g}"), base=b,
                                     base_what=(f"column '{heads[ac].strip()}' total row",
                                                f"dòng tổng của cột '{heads[ac].strip()}'"),
                                     pct=pv.phrase)  # fmt: skip
                        figs = [f for f in (part, whole) if f.id]
                        figures = [part.value, whole.value, pv.stated]
                        span = (part.start, pct.end)
                        out.append(_pct_row(ctx, "share", figures, figs, span, pv, why))  # type: ignore[arg-type]
                    break
    return out


# -- a table's rate row under its count row: "Cả năm | 312 | 139 | 191 | 209" then "Tỷ lệ so với
# tổng số | 100% | 44,6% | 61,2% | 67%": each rate is its column's count over the count of the
# column whose rate is 100% (a fit, told when every cell of the row fits).
#
# example (our own)                                           told
# "Cả năm | 240 | 96 | 130" / "Tỷ lệ so với tổng số | 100% | 40% | 54,2%"    consistent ×2
# "Cả năm | 240 | 96 | 130" / "Tỷ lệ so với tổng số | 100% | 41% | 54,2%"    nothing
def _share_row_fits(ctx: Context) -> list[Check]:
    from .tables import cell_fig, cell_percent, number, table_rows

    out: list[Check] = []
    if ("\t" not in ctx.text and "|" not in ctx.text) or not _SHARE_HEAD.search(ctx.low):
        return out
    for rows in table_rows(ctx):
        for k in range(2, len(rows)):
            label, above = rows[k], rows[k - 1]
            if len(label) != len(above) or len(label) < 3:
                continue
            if not _SHARE_HEAD.search(ctx.lower_slice(*label[0])):
                continue
            pcts = [cell_percent(ctx, c) or _pct_fig(ctx, c) for c in label[1:]]
            base_at = [c for c, p in enumerate(pcts, 1) if p is not None and p.value == 100]
            if len(base_at) != 1:
                continue
            whole = cell_fig(ctx, above[base_at[0]], None)
            if whole is None or not whole.value:
                continue
            got = []
            for c in range(1, len(label)):
                p = pcts[c - 1]
                if c == base_at[0] or p is None:
                    continue
                part = cell_fig(ctx, above[c], whole)
                if part is None or part.value is None:
                    got = []
                    break
                pv = judge_stated(100 * part.value / whole.value, p)
                if pv is None or pv.judgement.verdict != "consistent":
                    got = []
                    break
                got.append((part, p, pv))
            b = number(ctx.text[whole.start : whole.end])
            for part, p, pv in got:
                a = number(ctx.text[part.start : part.end])
                why = render("share.named", part=(f"{a:g}", f"{a:g}"), base=b,
                             base_what=("the count of the column at 100%", "số của cột 100%"),
                             pct=pv.phrase)  # fmt: skip
                figs = [f for f in (part, whole) if f.id]
                out.append(_pct_row(ctx, "share", [part.value, whole.value, pv.stated], figs,  # type: ignore[list-item]
                                    (label[0][0], p.end), pv, why))  # fmt: skip
    return out


# -- a table's growth column: "Năm 2023 | Năm 2024 | … | Tăng so với năm 2023 (%)", each row's
# (2024 - 2023)/2023 in the growth column, told when every row fits (a fit).
_YEAR_HEAD = re.compile(
    r"^\s*(?:(?:ước|ước thực hiện|thực hiện|ước tính|ước đạt)\s+)?(?:năm\s+)?((?:19|20)\d{2})\b"
)  # "Năm 2023", "2024", "Ước năm 2024", "Thực hiện năm 2024"
_GROWTH_HEAD = re.compile(r"(?:tăng|giảm|tốc độ|so với|so sánh)[^%]*(?:\(%\)|%)")


_YEAR_IN_HEAD = re.compile(r"\b(?:năm\s+)?((?:19|20)\d{2})\b")
_NEG_CELL = re.compile(r"^\s*[-−–]\s*(?=\d)")


def _two_year_tables(
    ctx: Context, column: re.Pattern[str]
) -> list[tuple[list[list[tuple[int, int]]], int, int, int]]:
    """Tables headed by two year columns, earlier first, and one column that ``column`` names
    ("Tăng so với năm 2023 (%)", "Tăng (+), giảm (-)"): (rows, earlier, later, that column)."""
    from .tables import table_rows

    out = []
    for rows in table_rows(ctx):
        heads = [ctx.lower_slice(a, b) for a, b in rows[0]]
        years = [
            (int(m.group(1)), c) for c, h in enumerate(heads) if c and (m := _YEAR_HEAD.match(h))
        ]
        if not years:
            # "Tin, bài năm 2023 | Tin, bài năm 2024": one measure in two years, the heads alike
            # but for the year
            found = [(c, _YEAR_IN_HEAD.search(h)) for c, h in enumerate(heads) if c]
            dated = [(c, m) for c, m in found if m and not column.search(heads[c])]
            if (
                len(dated) == 2
                and len({_YEAR_IN_HEAD.sub("", heads[c]).strip() for c, _ in dated}) == 1
            ):
                years = [(int(m.group(1)), c) for c, m in dated]
        named = [c for c, h in enumerate(heads) if c and column.search(h)]
        if len(years) == 2 and len(named) == 1 and years[0][0] < years[1][0]:
            out.append((rows, years[0][1], years[1][1], named[0]))
    return out


def _growth_column_fits(ctx: Context, changes: list[Check]) -> list[Check]:
    from .tables import cell_fig, cell_percent, number

    out: list[Check] = []
    low = ctx.low
    if ("\t" not in low and "|" not in low) or "tăng" not in low:
        return out
    for rows, ca, cb, cg in _two_year_tables(ctx, _GROWTH_HEAD):
        head = rows[0]
        got = []
        for row in rows[1:]:
            if len(row) != len(head):
                got = []
                break
            a, b = cell_fig(ctx, row[ca], None), cell_fig(ctx, row[cb], None)
            g = cell_percent(ctx, row[cg]) or _pct_fig(ctx, row[cg])
            sign = 1.0
            if g is None and (neg := _NEG_CELL.match(ctx.text[row[cg][0] : row[cg][1]])):
                # "-6,1" in a "Tỷ lệ tăng, giảm (%)" column: a fall, stated with its sign
                g = cell_percent(ctx, (row[cg][0] + neg.end(), row[cg][1]))
                sign = -1.0
            if a is None or b is None or g is None or not a.value or b.value is None:
                got = []
                break
            pv = judge_stated(sign * 100 * (b.value - a.value) / a.value, g)
            if pv is None or pv.judgement.verdict != "consistent":
                got = []
                break
            got.append((a, b, g, pv))
        if any(c.start <= g.start < c.end for c in changes for _, _, g, _ in got):
            continue  # the change rules read this column already ("Tăng (%)" beside the years)
        for a, b, g, pv in got if len(got) >= 2 else []:
            wa, wb = number(ctx.text[a.start : a.end]), number(ctx.text[b.start : b.end])
            why = render("fit.delta_pct", a=f"{wa:g}", b=f"{wb:g}", pct=pv.phrase)
            out.append(ctx.check("change", "consistent", [a.value, b.value, pv.stated],
                                 [f for f in (a, b) if f.id], (a.start, g.end), expected=pv.calc,
                                 observed=num(pv.stated), tolerance=num(pv.judgement.tolerance, 4),
                                 why=why))  # fmt: skip
    return out


# -- a table's difference column: "Năm 2023 | Năm 2024 | Tăng (+), giảm (-)" with "+521", "-248":
# each row's 2024 - 2023, the sign as written when there is one; told when every row fits.
_DIFF_HEAD = re.compile(r"^(?!.*%)[^%]*\b(?:tăng|giảm|chênh lệch)\b")
_SIGNED_CELL = re.compile(r"^\s*([+\-−–])?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*$")


def _difference_column_fits(ctx: Context) -> list[Check]:
    from .tables import cell_fig, number

    out: list[Check] = []
    low = ctx.low
    if ("\t" not in low and "|" not in low) or ("tăng" not in low and "chênh" not in low):
        return out
    for rows, ca, cb, cd in _two_year_tables(ctx, _DIFF_HEAD):
        head = rows[0]
        got = []
        for row in rows[1:]:
            if len(row) != len(head):
                got = []
                break
            a, b = cell_fig(ctx, row[ca], None), cell_fig(ctx, row[cb], None)
            hit = _SIGNED_CELL.match(ctx.text[row[cd][0] : row[cd][1]])
            if a is None or b is None or hit is None or a.value is None or b.value is None:
                got = []
                break
            stated = number(hit.group(2) + ("," + hit.group(3) if hit.group(3) else ""))
            sign = hit.group(1)
            delta = b.value - a.value
            want = delta if sign else abs(delta)
            if sign and sign != "+":
                stated = -stated
            if abs(want - stated) > 1e-9 * max(1.0, abs(stated)):
                got = []
                break
            got.append((a, b, stated, row[cd]))
        for a, b, stated, cell in got if len(got) >= 2 else []:
            wa, wb = number(ctx.text[a.start : a.end]), number(ctx.text[b.start : b.end])
            why = render("fit.delta", a=f"{wa:g}", b=f"{wb:g}", diff=f"{abs(wb - wa):g}",
                         stated=ctx.text[cell[0] : cell[1]].strip())  # fmt: skip
            out.append(ctx.check("change", "consistent", [a.value, b.value, stated],
                                 [f for f in (a, b) if f.id], (a.start, cell[1]),
                                 expected=b.value - a.value, observed=stated, tolerance=0,
                                 why=why))  # type: ignore[operator]  # fmt: skip
    return out


# -- a member attribute after a body's breakdown: "Chi bộ có 37 đảng viên, gồm 28 đồng chí … và
# 9 đồng chí …; nữ chiếm 29,7%", "9 ủy viên (5 đồng chí chuyên trách, 4 đồng chí kiêm chức), nữ
# chiếm 22,2%": the breakdown confirmed (its parts make the whole), the attribute is of the
# whole's members, and a whole count of them gives the percent (GRIM, a fit).
_ATTR_AFTER_LIST = re.compile(
    r"^[^\d;,()%]{0,45}?\)?\s*[;,]\s*(?P<label>[^\d;,.()%]{1,40}?)\s+(?:chiếm|là)\s*$"
)


def _attribute_after_breakdown_fits(ctx: Context, done: Iterable[Check]) -> list[Check]:
    from .granularity import _grim_row, _member_label

    out: list[Check] = []
    by_id = _by_id(ctx)
    for c in done:
        if c.kind != "part_whole" or c.verdict != "consistent" or len(c.mention_ids) < 3:
            continue
        figs = [by_id.get(i) for i in c.mention_ids]
        if any(f is None for f in figs):
            continue
        total = figs[0]
        last = max(figs, key=lambda f: f.end)  # type: ignore[union-attr]
        if total is None or last is None or total.start > last.start or not total.exact_count:
            continue
        p = ctx.next_in_sent(last)
        if p is None or p.type != "percent" or p.qual != "exact":
            continue
        hit = _ATTR_AFTER_LIST.match(ctx.gap(last, p))
        if hit is None or not _member_label(hit.group("label"), total):
            continue
        row = _grim_row(ctx, total, p, (total.start, p.end))
        if row is not None and row.verdict == "consistent":
            out.append(row)
    return out


# -- "… kiểm tra 14 tổ chức đảng và 22 đảng viên; qua kiểm tra, 35,7% tổ chức đảng còn …",
# "giám sát chuyên đề 5 tổ chức đảng …. Qua giám sát, 40% tổ chức đảng chưa …": the percent
# opens with the verb done to a count of its noun just before (this sentence or the last), and
# a whole count of them gives it (GRIM, a fit).
_QUA_VERB = re.compile(
    r"(?:^|[.;:]\s*|\n)\s*qua\s+(kiểm tra|giám sát|khảo sát|rà soát|thanh tra)\s*,?\s*(?:có\s+)?$"
)


def _done_to_fits(ctx: Context) -> list[Check]:
    from .granularity import _grim_row

    out: list[Check] = []
    if "qua " not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.qual != "exact" or p.value is None:
            continue
        hit = _QUA_VERB.search(ctx.low, max(0, p.start - 40), p.start)
        if hit is None:
            continue
        verb = hit.group(1)
        after = ctx.after_low(p, 40).lstrip()
        after = after.removeprefix("số ")
        for g in ctx.earlier(p, 12):
            if g.sent < p.sent - 1:
                break
            if g.type != "quantity" or not g.exact_count or not g.unit.key or not g.value:
                continue
            if not after.startswith(g.unit.key + " "):
                continue
            if verb not in ctx.before_low(g, 40):
                continue
            row = _grim_row(ctx, g, p, (g.start, p.end))
            if row is not None and row.verdict == "consistent":
                out.append(row)
            break
    return out


# -- a change stated twice, in units and as a rate: "So với đầu năm (62.301 đảng viên), số đảng
# viên tăng 1.117 đồng chí, tăng 1,8%", "tăng 777 tin, bài (tăng 9,8%) so với năm 2023 (7.965 …)":
# the difference confirmed, the rate right after it is the difference over the earlier level.
_RATE_AFTER_DIFF = re.compile(
    r"^[^\d;()%]{0,20}?(?:,|\()\s*(?:tức\s+|tương đương\s+|hay\s+)?(tăng|giảm)\s*$"
)  # ", tăng 1,8%", " tin, bài (tăng 9,8%)" (the rest of the unit's words first)


def _relative_after_delta_fits(ctx: Context, changes: list[Check]) -> list[Check]:
    out: list[Check] = []
    by_id = _by_id(ctx)
    said = {i for c in changes for i in c.mention_ids}
    for c in changes:
        if c.verdict != "consistent" or len(c.mention_ids) != 3 or len(c.figures) != 3:
            continue
        figs = [by_id.get(i) for i in c.mention_ids]
        if any(f is None or f.type != "quantity" for f in figs):
            continue
        d = next((f for f in figs if f.value == c.figures[2]), None)  # type: ignore[union-attr]
        a = next((f for f in figs if f is not d and f.value == c.figures[0]), None)  # type: ignore[union-attr]
        if a is None or d is None or not a.value:
            continue
        p = ctx.next_in_sent(d)
        if p is None or p.type != "percent" or p.id in said or p.value is None:
            continue
        hit = _RATE_AFTER_DIFF.match(ctx.gap(d, p).lower())
        if hit is None:
            continue
        pv = judge_stated(100 * d.value / a.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict != "consistent":
            continue
        b = next((f for f in figs if f is not a and f is not d), None)
        if b is None:
            continue
        why = render("fit.delta_pct", a=f"{a.value:g}", b=f"{b.value:g}", pct=pv.phrase)
        out.append(_pct_row(ctx, "change", [a.value, b.value, pv.stated], [a, b, p],  # type: ignore[list-item]
                            (min(f.start for f in (a, b, p)), max(f.end for f in (a, b, p))),  # type: ignore[union-attr]
                            pv, why))  # fmt: skip
    return out


# -- a result as a multiple of its plan: "kết nạp 9.862 đoàn viên, gấp 1,2 lần chỉ tiêu (8.000)",
# "… gấp 1,2 lần so với chỉ tiêu được giao là 8.000 …": the result over the plan, rounded to the
# multiple's decimals (a fit).
_TIMES_PLAN = re.compile(
    r"^\s*(?:lần\s+)?(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)[^\d;.]{0,30}?(?:\(\s*|là\s+)$"
)


def _times_plan_fits(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "gấp" not in ctx.low:
        return out
    for m in ctx.quantities:
        if m.type != "quantity" or not m.value or not m.unit.key.startswith("lần"):
            continue
        if not ctx.before_low(m, 8).rstrip().endswith("gấp"):
            continue
        done = ctx.prev_in_sent(m)
        plan = ctx.next_in_sent(m)
        if done is None or plan is None or done.type != "quantity" or plan.type != "quantity":
            continue
        if not done.exact_count or not plan.value or not done.value:
            continue
        if not _TIMES_PLAN.match(ctx.lower_slice(m.end, plan.start)):
            continue
        if plan.unit.key and done.unit.key and plan.unit.key != done.unit.key:
            continue
        d = _decimals(m)
        calc = done.value / plan.value  # type: ignore[operator]
        if round(calc + 1e-12, d) != round(m.value, d):  # type: ignore[arg-type]
            continue
        why = render("fit.times", done=f"{done.value:g}", plan=f"{plan.value:g}",
                     calc=f"{calc:.3f}", stated=f"{m.value:g}")  # fmt: skip
        figs = [done, m, plan]
        out.append(ctx.check("target", "consistent", [plan.value, done.value, m.value], figs,
                             _span(ctx, figs), expected=round(calc, 3), observed=m.value,
                             tolerance=0.5 * 10**-d, why=why))  # type: ignore[list-item]  # fmt: skip
    return out


# -- a rate's change in points against its bracketed earlier level, the level now stated in the
# sentence before under the same words: "… hoàn thành xuất sắc nhiệm vụ 92 tổ chức (17,8%); … .
# Tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng 0,9 điểm phần trăm so với năm 2023 (16,9%)" (a fit).
_POINTS_VS = re.compile(r"^[^;.%]{0,40}?\(\s*$")
_POINTS_SUBJECT = re.compile(r"\btỷ lệ\s+([^\d;,.()%]{4,60}?)\s+(?:năm\s+\d{4}\s+)?(tăng|giảm)\s*$")


def _points_vs_bracket_fits(ctx: Context, in_change: set[str]) -> list[Check]:
    out: list[Check] = []
    if "điểm" not in ctx.low:
        return out
    for d in ctx.quantities:
        if d.type != "quantity" or d.id in in_change or d.value is None or d.qual != "exact":
            continue
        if not d.unit.key.startswith("điểm"):
            continue
        then = ctx.next_in_sent(d)
        if then is None or then.type != "percent" or then.value is None:
            continue
        if "so với" not in ctx.lower_slice(d.end, then.start) or not _POINTS_VS.match(
            ctx.lower_slice(d.end, then.start)
        ):
            continue
        s, _ = ctx.sentence_span(d.sent)
        subj = _POINTS_SUBJECT.search(ctx.lower_slice(s, d.start))
        if subj is None or any(g.type == "percent" for g in ctx.figs_from(s, d.start)):
            continue
        subject, sign = " ".join(subj.group(1).split()), 1 if subj.group(2) == "tăng" else -1
        dec = max(_decimals(then), _decimals(d))
        for p in ctx.earlier(d, 20):
            if p.sent < d.sent - 1:
                break
            if p.type != "percent" or p.value is None or p.qual != "exact" or p.sent == d.sent:
                continue
            lo = max(ctx.sentence_span(p.sent)[0], p.start - 70)
            window = " ".join(re.split(r"[;]", ctx.lower_slice(lo, p.start))[-1].split())
            if subject not in window:
                continue
            if round(sign * (p.value - then.value), dec) == round(d.value, dec):
                why = render("fit.delta", a=f"{then.value:g}%", b=f"{p.value:g}%",
                             diff=f"{abs(p.value - then.value):.{dec}f}", stated=f"{d.value:g}")  # fmt: skip
                out.append(ctx.check("change", "consistent", [then.value, p.value, d.value],
                                     [p, d, then], _span(ctx, [d, then]),
                                     expected=round(abs(p.value - then.value), dec),
                                     observed=d.value, tolerance=0, why=why))  # fmt: skip
            break
    return out


# -- a table of two counts and their rate: "Đơn vị | Hội viên | Phụ nữ từ 18 tuổi trở lên | Tỷ
# lệ (%)", each row's first count over its second in the bare rate column; told when every row
# fits (a fit: the rate of a row may be of another pair of columns).
_PLAN_COLUMN = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|\bgiao\b")
# "Tỷ lệ (%)", "Tỷ lệ giải ngân (%)": a rate of the row's two counts, one over the other
_BARE_RATE_HEAD = re.compile(
    r"^\s*(?:tỷ lệ|tỉ lệ)(?:\s+(?!so\b|tăng\b|giảm\b)[^\W\d]+){0,3}\s*(?:\(\s*%\s*\)|%)?\s*$"
)


def _pair_rate_table_fits(
    ctx: Context, used: set[str], told: set[tuple] | frozenset[tuple] = frozenset()
) -> list[Check]:
    """A rate column over two count columns of the same row: "Chỉ tiêu | Kết nạp | Tỷ lệ (%)",
    "Cấp học | Số trường | Số lớp | Số học sinh | Trường đạt chuẩn | Tỷ lệ". The pair of columns
    is searched (the column before the rate first, as numerator) and told only when every row
    of the table fits the same pair (a fit; a miss is silent)."""
    from .tables import cell_fig, cell_percent, number, table_rows

    out: list[Check] = []
    if "\t" not in ctx.text and "|" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        heads = [ctx.lower_slice(a, b) for a, b in rows[0]]
        n = len(heads)
        rates = [c for c in range(2, n) if _BARE_RATE_HEAD.match(heads[c])]
        if n < 4 or len(rates) != 1 or len(rows) < 3 or any(len(r) != n for r in rows[1:]):
            continue
        rc = rates[0]
        if n == 4 and rc == 3 and any(_PLAN_COLUMN.search(h) for h in heads[1:3]):
            continue  # "Chỉ tiêu giao | Kết nạp | Tỷ lệ (%)": a target table, read as such
        counts = [c for c in range(1, n) if c != rc and "%" not in heads[c]]
        pairs = sorted(
            ((i, j) for i in counts for j in counts if i != j),
            key=lambda ij: (abs(rc - 1 - ij[0]), ij[1] > ij[0], abs(rc - 1 - ij[1])),
        )
        got: list[tuple[Fig, Fig, Fig, PercentVerdict]] = []
        for first, second in pairs:  # the rate of the first over the second
            if n > 4 and (_PLAN_COLUMN.search(heads[first]) or _PLAN_COLUMN.search(heads[second])):
                continue
            got = []
            for row in rows[1:]:
                a, b = cell_fig(ctx, row[first], None), cell_fig(ctx, row[second], None)
                p = cell_percent(ctx, row[rc]) or _pct_fig(ctx, row[rc])
                if a is None or b is None or p is None or not b.value or a.value is None:
                    got = []
                    break
                pv = judge_stated(100 * a.value / b.value, p)
                if pv is None or pv.judgement.verdict != "consistent":
                    got = []
                    break
                got.append((a, b, p, pv))
            if got:
                break
        if len(got) < 2 or any(p.id in used for _, _, p, _ in got if p.id):
            continue
        for a, b, p, pv in got:
            if (a.value, b.value, pv.stated) in told:
                continue  # told already ("column … over column …, as in the other rows")
            wa, wb = number(ctx.text[a.start : a.end]), number(ctx.text[b.start : b.end])
            why = render("share.named", part=(f"{wa:g}", f"{wa:g}"), base=f"{wb:g}",
                         base_what=("the row's other count", "số còn lại của dòng"),
                         pct=pv.phrase)  # fmt: skip
            figs = [f for f in (a, b) if f.id]
            out.append(_pct_row(ctx, "share", [a.value, b.value, pv.stated], figs,  # type: ignore[list-item]
                                (a.start, p.end), pv, why))  # fmt: skip
    return out


# -- a table of years closed by a total row: "Năm | Kết nạp | Chuyển đến …" with rows 2021 …
# 2024 and "Cộng 4 năm | 612 | 221 …": each column's years add up to its total (a fit; the
# table rules leave year rows alone, as units counted each year may repeat). Quarters, halves,
# months and terms too: "Quý I-2024 | 64 | 27 …" … "Cả năm | 312 | 139 …" (a rate row after the
# total row is left out).
#
# rows of periods that part a year or a term: years, quarters, halves, months, school terms
_PERIOD_ROW = re.compile(
    r"^\s*(?:(?:năm\s+)?(?:19|20)\d{2}|quý\s+(?:[ivx]+|\d)(?:\s*[-/]\s*(?:năm\s+)?(?:19|20)\d{2})?|"
    r"(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d{2})?|tháng\s+\d{1,2}(?:/(?:19|20)\d{2})?|"
    r"học\s+kỳ\s+(?:[ivx]+|\d))\s*$"
)
_PERIODS_TOTAL_ROW = re.compile(
    r"^\s*(?:(?:tổng cộng|tổng số|tổng|cộng)(?:\s+(?:\d+\s+năm|cả giai đoạn|(?:19|20)\d{2}\s*[-–]\s*"
    r"(?:19|20)\d{2}|các năm|cả năm))?|cả năm(?:\s+(?:19|20)\d{2})?|lũy kế)\s*$"
)


def _year_rows_total_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .tables import cell_fig, table_rows

    out: list[Check] = []
    if "\t" not in ctx.text and "|" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        labels = [ctx.lower_slice(*r[0]) for r in rows[1:]]
        k = 0
        while k < len(labels) and _PERIOD_ROW.match(labels[k]):
            k += 1
        # the periods' total row right after them ("Cả năm", "Cộng 4 năm"); rows after it (a
        # rate row) are no part of the sum
        if k < 2 or k >= len(labels) or not _PERIODS_TOTAL_ROW.match(labels[k]):
            continue
        body = rows[1 : k + 2]
        if any(len(r) != len(rows[0]) for r in body):
            continue
        for col in range(1, len(rows[0])):
            if "%" in ctx.lower_slice(*rows[0][col]) or "tỷ lệ" in ctx.lower_slice(*rows[0][col]):
                continue  # a rate column does not add up
            cells = [cell_fig(ctx, r[col], None) for r in body]
            if any(c is None or c.value is None for c in cells):
                continue
            *parts, total = cells
            if total.id in used or abs(sum(p.value for p in parts) - total.value) > 1e-9:  # type: ignore[union-attr, misc, operator]
                continue
            out.append(_sum_check(ctx, total, parts))  # type: ignore[arg-type]
    return out


# -- a fraction written in words: "38.620 người trên 39.897 người được triệu tập, đạt 96,8%",
# "142 hộ trên tổng số 150 hộ …, chiếm 94,7%" (a fit: the rate may be of another pair).
_OVER_WORD = re.compile(r"^\s*trên\s+(?:tổng\s+(?:số\s+)?(?:dân\s+số\s+|số\s+dân\s+)?)?$")
_WORDED_RATE = re.compile(
    r"^[^\d;.()%]{0,50}?,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ lệ(?:\s+[^\W\d]+){0,2})?\s*$"
)  # "…, đạt tỷ lệ bao phủ 94,6%"


def _worded_fraction_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trên" not in ctx.low:
        return out
    for a in ctx.quantities:
        if a.type != "quantity" or not a.exact_count or not a.value or a.id in used:
            continue
        b = ctx.next_in_sent(a)
        if b is None or b.type != "quantity" or not b.value or b.value < a.value:  # type: ignore[operator]
            continue
        # "38.620 người trên 39.897 người": the extractor may read "trên 39.897" as "more than"
        worded = b.m.text.lower().startswith("trên") and not ctx.text[a.end : b.start].strip()
        if not (worded or (b.exact_count and _OVER_WORD.match(ctx.lower_slice(a.end, b.start)))):
            continue
        if b.unit.key != a.unit.key or not float(b.value).is_integer():
            continue
        p = ctx.next_in_sent(b)
        if p is None or p.type != "percent" or p.id in used or p.value is None:
            continue
        if not _WORDED_RATE.match(ctx.lower_slice(b.end, p.start)):
            continue
        row = _share_fit_row(ctx, "ratio_percent", a, b, p, [a, b, p], (a.start, p.end),
                             ("the count after 'trên'", "số sau 'trên'"))  # fmt: skip
        if row is not None:
            out.append(row)
    return out


# -- a part's bracket that gives its share and the whole: "2.198 hộ (chiếm 4,12% trên 53.350 hộ
# đầu năm)", "56 hộ (chiếm 1,49% trên 3.752 hộ)" (a fit).
_PART_BRACKET_RATE = re.compile(r"^\s*\(\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?\s*$")
_RATE_OVER = re.compile(r"^\s*(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?$")


def _rate_over_whole_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trên" not in ctx.low and "so với" not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None:
            continue
        part, whole = ctx.prev_in_sent(p), ctx.next_in_sent(p)
        if part is None or whole is None or part.type != "quantity" or whole.type != "quantity":
            continue
        if not part.exact_count or not part.value or not whole.value or whole.value <= part.value:  # type: ignore[operator]
            continue
        if not _PART_BRACKET_RATE.match(ctx.lower_slice(part.end, p.start)):
            continue
        gap = ctx.lower_slice(p.end, whole.start)
        worded = not gap.strip() and whole.m.text.lower().startswith("trên")
        if not (worded or (whole.exact_count and _RATE_OVER.match(gap))):
            continue
        if whole.unit.key != part.unit.key or not float(whole.value).is_integer():
            continue
        row = _share_fit_row(ctx, "share", part, whole, p, [part, whole, p], (part.start, whole.end),
                             ("the count after 'trên'", "số sau 'trên'"))  # fmt: skip
        if row is not None:
            out.append(row)
    return out


def _share_fit_row(
    ctx: Context,
    kind: str,
    part: Fig,
    whole: Fig,
    p: Fig,
    figs: list[Fig],
    span: tuple[int, int],
    base_what: tuple[str, str],
) -> Check | None:
    """The consistent row of ``part``/``whole`` judged by the percent ``p``, or None on a miss
    (the readings that use it tell a fit only)."""
    pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
    if pv is None or pv.judgement.verdict != "consistent":
        return None
    why = render("share.named", part=(f"{part.value:g}", f"{part.value:g}"),
                 base=f"{whole.value:g}", base_what=base_what, pct=pv.phrase)  # fmt: skip
    return _pct_row(ctx, kind, [part.value, whole.value, pv.stated], figs, span, pv, why)  # type: ignore[list-item]


# -- a rate whose whole is named and given in a bracket right after it: "1.756 đoàn viên …, đạt
# 72,6% số được giới thiệu và chiếm 73,5% tổng số đảng viên mới kết nạp toàn tỉnh (2.390 đảng
# viên)": the count the clause is about, over the bracketed whole (a fit).
_NAMED_THEN_BRACKET = re.compile(r"^\s*(?:của\s+)?(?:tổng\s+)?số\s+[^\d;()%]{2,70}\(\s*$")
_SECOND_RATE_GAP = re.compile(r"^[^\d;()]{0,40}?\s(?:và|,)\s*(?:chiếm|bằng)\s*$")


def _bracket_whole_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    if "(" not in ctx.text:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None or p.qual != "exact":
            continue
        whole = ctx.next_in_sent(p)
        if whole is None or whole.type != "quantity" or not whole.exact_count or not whole.value:
            continue
        if not _NAMED_THEN_BRACKET.match(ctx.lower_slice(p.end, whole.start)):
            continue
        prev = ctx.prev_in_sent(p)
        if prev is not None and prev.type == "percent":
            if not _SECOND_RATE_GAP.match(ctx.lower_slice(prev.end, p.start)):
                continue
            prev = ctx.prev_in_sent(prev)  # "…, đạt 72,6% số … và chiếm 73,5% …": of the count
        part = prev
        if part is None or part.type != "quantity" or not part.exact_count or not part.value:
            continue
        if part.value >= whole.value or not (kin(part.unit, whole.unit) or _alike(part, whole)):  # type: ignore[operator]
            continue
        row = _share_fit_row(ctx, "share", part, whole, p, [part, whole, p],
                             (part.start, whole.end),
                             ("named, in its bracket", "được nêu, trong ngoặc"))  # fmt: skip
        if row is not None:
            out.append(row)
    return out


# -- a rate whose whole is given in a bracket after it and whose part is the level of its subject
# stated just before: "tổng số hội viên tăng từ 305.962 lên 312.485 người … Tỷ lệ tập hợp hội
# viên đạt 71,6% (tổng số phụ nữ từ 18 tuổi trở lên là 436.720 người)" (a fit).
_RATE_THEN_BRACKET = re.compile(
    r"^\s*(?:so với\s+(?:tổng\s+)?số\s+[^\d;()%]{2,60}?\s*)?\(\s*[^()%]{0,70}$"
)  # "(tổng số phụ nữ … là 436.720 người)", "so với tổng số hộ nông dân (151.240 hộ)"
_RATE_SUBJ = re.compile(r"\btỷ lệ\s+([^\d;()%]{2,80}?)\s+(?:đạt|là|chiếm|ở mức)\s*$")


def _rate_bracket_whole_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .change import pairs

    out: list[Check] = []
    if "tỷ lệ" not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None or p.qual != "exact":
            continue
        whole = ctx.next_in_sent(p)
        while whole is not None and whole.type == "quantity" and "tuổi" in whole.m.text:
            whole = ctx.next_in_sent(whole)  # "(tổng số phụ nữ từ 18 tuổi trở lên là 436.720 …)"
        if whole is None or whole.type != "quantity" or not whole.exact_count or not whole.value:
            continue
        if not _RATE_THEN_BRACKET.match(ctx.lower_slice(p.end, whole.start)):
            continue
        subj = _RATE_SUBJ.search(ctx.before_low(p, 90))
        if subj is None:
            continue
        words = " ".join(subj.group(1).split())
        # the part: the level reached by a change just before, or a count named by the subject
        reached = {id(b) for _a, b, _d, _v in pairs(ctx)}
        for g in ctx.earlier(p, 20):
            if g.sent < p.sent - 2:
                break
            if g.type != "quantity" or not g.exact_count or not g.value or g.value >= whole.value:  # type: ignore[operator]
                continue
            if id(g) not in reached and (not g.unit.key or g.unit.key not in words):
                continue
            row = _share_fit_row(ctx, "share", g, whole, p, [g, whole, p], (g.start, whole.end),
                                 ("given in the bracket", "trong ngoặc"))  # fmt: skip
            if row is not None:
                out.append(row)
                break
    return out


def _pct_fig(ctx: Context, span: tuple[int, int]) -> Fig | None:
    got = [g for g in ctx.figs_from(*span) if g.type == "percent" and g.value is not None]
    return got[0] if len(got) == 1 else None


# -- a whole named first by "Trong (tổng) số": "Trong tổng số 442 công đoàn cơ sở ở khu vực ngoài
# nhà nước, đã có 327 đơn vị ký kết thỏa ước …, chiếm 74,0%": the next count of the sentence,
# whatever its noun ("đơn vị" stands for the bodies), and the percent after it (a fit).
_WITHIN_OPEN = re.compile(r"(?:^|[.;:]\s*|\n)\s*(?:[-+•]\s*)?trong\s+(?:tổng\s+)?số\s*$")
_PART_THEN_PCT = re.compile(
    r"^[^\d;.()%]{0,80}?,\s*(?:chiếm|đạt|bằng|tương đương)(?:\s+tỷ lệ)?\s*$"
)


def _within_total_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trong tổng số" not in ctx.low and "trong số" not in ctx.low:
        return out
    for w in ctx.quantities:
        if w.type != "quantity" or not w.exact_count or not w.value:
            continue
        if not _WITHIN_OPEN.search(ctx.before_low(w, 30)):
            continue
        part = ctx.next_in_sent(w)
        if part is None or part.type != "quantity" or not part.exact_count or not part.value:
            continue
        p = ctx.next_in_sent(part)
        if p is None or p.type != "percent" or p.id in used or p.value is None:
            continue
        if not _PART_THEN_PCT.match(ctx.gap(part, p).lower()):
            continue
        if part.value > w.value:
            continue
        pv = judge_stated(100 * part.value / w.value, p)
        if pv is None or pv.judgement.verdict != "consistent":
            continue
        a, b = _as_written_pair(part, w)
        why = render("share.named", part=(f"{a:g}", f"{a:g}"), base=b, pct=pv.phrase,
                     base_what=("the whole opening the sentence, 'trong tổng số'",
                                "tổng số nêu ở đầu câu, 'trong tổng số'"))  # fmt: skip
        figures = [part.value, w.value, pv.stated]
        out.append(_pct_row(ctx, "share", figures, [part, w, p], _span(ctx, [w, p]), pv, why))  # type: ignore[arg-type]
        used.add(p.id)
    return out


# -- a membership's balance over a period: "Đầu năm, Đảng bộ có 851 đảng viên; trong năm kết nạp
# 29 đảng viên, tiếp nhận 19 …; chuyển đi 23 …, từ trần 11 …, xóa tên 1 …. Đến ngày 30/11/2024,
# toàn Đảng bộ có 864 đảng viên" -> 851 + 29 + 19 - 23 - 11 - 1 = 864. The start after "đầu
# năm"/"đầu nhiệm kỳ", the movements named by their verbs in the three sentences after it
# (outside brackets), the end the first later count of the noun they make exactly (a fit).
_START_BEFORE = re.compile(
    r"\b(?:đầu năm|đầu nhiệm kỳ|đầu kỳ|đầu giai đoạn)\b(?:\s+(?:19|20)\d{2}\b)?"
    r"(?:\s*\([^()]{0,30}\))?[^.;\d]{0,40}$"
)
_IN_BEFORE = re.compile(
    r"(?:kết nạp(?:\s+mới)?|tiếp nhận(?:\s+chuyển đến)?|chuyển đến|phát triển(?:\s+mới)?|"
    r"thành lập mới|thành lập thêm)(?:\s+[^\W\d]+){0,4}?\s*(?:được\s*)?(?:thêm\s*)?$"
)
_NET_BEFORE = re.compile(r"\bsố\s+[^\d.;]{0,40}?\b(tăng|giảm)(?:\s+thêm)?\s*$")
_OUT_BEFORE = re.compile(
    r"(?:từ trần|qua đời|chuyển đi|chuyển sinh hoạt(?:\s+(?:đi|ra)[^\d,;]{0,25})?|xóa tên|"
    r"khai trừ|xin ra(?:\s+khỏi\s+(?:đảng|hội))?|giải thể|ra khỏi đảng|giảm)"
    r"(?:\s+[^\W\d]+){0,5}?\s*(?:được\s*)?$"
)


def _balance_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "đầu" not in low:
        return out
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not f.value:
            continue  # (its figures may serve other relations: a balance is one more)
        before = ctx.before_low(f, 60)
        # every opening of the pattern starts with "đầu": most windows lack it (no search)
        if "đầu" not in before or not _START_BEFORE.search(before):
            continue
        ins: list[Fig] = []
        outs: list[Fig] = []
        end = None
        for g in ctx.figs[f.i + 1 :]:
            if g.sent - f.sent > 3:
                break
            if g.type != "quantity" or not g.exact_count or not _alike(g, f) and g.unit.key:
                continue
            if _in_brackets(ctx, g):
                continue  # inside brackets: the parts of a movement named before them
            before = ctx.before_low(g, 40)
            net = _NET_BEFORE.search(before) if (ins or outs) else None
            if net is not None:
                sign = 1 if net.group(1) == "tăng" else -1
                moved = sum(x.value for x in ins) - sum(x.value for x in outs)  # type: ignore[misc]
                if abs(moved - sign * g.value) < 1e-9:  # type: ignore[operator]
                    end = g  # "Như vậy, số đảng viên tăng 13 đồng chí so với đầu năm"
                    break
                continue
            if _IN_BEFORE.search(before):
                ins.append(g)
                continue
            if _OUT_BEFORE.search(before):
                outs.append(g)
                continue
            if not g.unit.key or not (ins or outs):
                continue
            calc = f.value + sum(x.value for x in ins) - sum(x.value for x in outs)  # type: ignore[misc]
            if abs(calc - g.value) < 1e-9:  # type: ignore[operator]
                end = g
                break
        if end is None and (ins or outs):
            # the level reached stated before the movements ("Hội có 21.846 hội viên …. Biến
            # động hội viên trong năm: đầu năm có 21.417 hội viên; kết nạp mới 912 …; giảm 387
            # … và 96 …"): the nearest earlier count of the noun that the balance makes
            calc = f.value + sum(x.value for x in ins) - sum(x.value for x in outs)  # type: ignore[misc]
            for g in ctx.earlier(f):
                if g.type != "quantity" or not g.exact_count or not _alike(g, f):
                    continue
                if _in_brackets(ctx, g):
                    continue
                if abs(calc - g.value) < 1e-9:  # type: ignore[operator]
                    end = g
                    break
        if end is None:
            continue
        expr = " ".join([*(f"+ {x.value:g}" for x in ins), *(f"- {x.value:g}" for x in outs)])
        if _NET_BEFORE.search(ctx.before_low(end, 40)):
            # the net change only: the movements make it, the start is not needed
            why = render("fit.flow", a="0", expr=expr, calc=f"{end.value:g}", b=end.value)
            figs = [*ins, *outs, end]
        else:
            why = render(
                "fit.flow", a=f"{f.value:g}", expr=expr, calc=f"{end.value:g}", b=end.value
            )
            figs = [f, *ins, *outs, end]
        out.append(ctx.check("change", "consistent", [x.value for x in figs],
                             figs, _span(ctx, figs), expected=end.value, observed=end.value,  # type: ignore[list-item]
                             tolerance=0, why=why))  # fmt: skip
    return out


# -- the movements of a year listed after the change they make: "toàn Đảng bộ có 64.311 đảng viên,
# tăng 1.404 đảng viên so với cuối năm 2023 (62.907 đảng viên). Biến động trong năm: tăng do kết
# nạp mới 2.086 … và tiếp nhận 171 …; giảm do từ trần 412 …, xóa tên 97 …, … 315 …". Counts
# of one noun family after "tăng do" add, after "giảm do" subtract (each movement verb decides
# for its own count); told when their net is the change stated in the sentence before (a fit).
_UP_SECTION = re.compile(r"\btăng(?:\s+\d[\d.]*\s+\S+)?\s+(?:do|vì|gồm|là do)\b")
_DOWN_SECTION = re.compile(r"\bgiảm(?:\s+\d[\d.]*\s+\S+)?\s+(?:do|vì|gồm|là do)\b")


_NET_AFTER_LIST = re.compile(r"(?P<dir>tăng|giảm)\s+(?:thực|ròng|thực tế)\s*$")


def _movement_list_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "tăng do" not in low and "giảm do" not in low:
        return out
    for sent, figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        seg = low[s:e]
        if not _UP_SECTION.search(seg) or not _DOWN_SECTION.search(seg):
            continue
        signed: list[tuple[int, Fig]] = []
        for g in figs:
            if g.type != "quantity" or not g.exact_count or not g.value:
                continue
            if _in_brackets(ctx, g):
                continue  # "ra khỏi Đảng 217 (xóa tên 186, khai trừ 26, …)": a breakdown of an item
            before = low[s : g.start]
            up = max((m.end() for m in _UP_SECTION.finditer(before)), default=-1)
            down = max((m.end() for m in _DOWN_SECTION.finditer(before)), default=-1)
            if up < 0 and down < 0:
                continue
            signed.append((1 if up > down else -1, g))
        if (
            len(signed) < 3
            or not any(k > 0 for k, _ in signed)
            or not any(k < 0 for k, _ in signed)
        ):
            continue
        if any(not _alike(g, signed[0][1]) and g.unit.key for _, g in signed):
            continue
        net = sum(k * g.value for k, g in signed)  # type: ignore[misc]
        for d in ctx.figs:
            # the net stated before the list, or right after it ("Như vậy, số đảng viên tăng
            # thực 811 đồng chí")
            if d.sent not in (sent - 1, sent - 2, sent + 1) or d.type != "quantity":
                continue
            if d.value != abs(net):
                continue
            lead = vocab.DELTA_BEFORE.search(ctx.before_low(d, 20)) or _NET_AFTER_LIST.search(
                ctx.before_low(d, 20)
            )
            if lead is None:
                continue
            direction = lead.group("dir")
            if (direction == "tăng") != (net > 0) or not _alike(d, signed[0][1]):
                continue
            expr = " ".join(f"{'+' if k > 0 else '-'} {g.value:g}" for k, g in signed)
            why = render("fit.flow", a="0", expr=expr, calc=f"{net:g}", b=d.value)
            figs_ = [g for _, g in signed] + [d]
            out.append(ctx.check("change", "consistent", [g.value for g in figs_], figs_,  # type: ignore[misc]
                                 _span(ctx, figs_), expected=abs(net), observed=d.value,
                                 tolerance=0, why=why))  # fmt: skip
            break
    return out


# -- a table row whose first (or last) count is the sum of the others: "Đảng bộ các xã | 1.842 |
# 281 | 1.402 | 152 | 7" under "Số đảng viên được đánh giá | Hoàn thành xuất sắc | …". Whole
# counts only, three parts at least or two of four digits, no percent or year in the row, and
# the header of the total column no rate: told only when the sum is exact (a fit).
_RATE_COLUMN = re.compile(r"%|tỷ lệ|tỉ lệ|bình quân|tốc độ|chỉ số|so với|so sánh")
_TOTAL_HEAD_FIRST = re.compile(r"^\s*(?:tổng|cộng|số\b)")
_TOTAL_HEAD_LAST = re.compile(r"\b(?:tổng|cộng)\b")


def _row_sum_fits(ctx: Context, done: Iterable[Check], found: list[Check]) -> list[Check]:
    from .tables import cell_fig, table_rows

    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    told = {frozenset(c.mention_ids) for c in (*done, *found) if c.kind == "part_whole"}
    spans_told = {(c.start, c.end, tuple(c.figures)) for c in (*done, *found)}
    for rows in table_rows(ctx):
        head = [ctx.lower_slice(a, b) for a, b in rows[0]]
        for row in rows[1:]:
            if len(row) != len(head) or len(row) < 4:
                continue
            cells = []
            for k, span in enumerate(row[1:], 1):
                raw = ctx.text[span[0] : span[1]]
                if "%" in raw or _RATE_COLUMN.search(head[k]):
                    cells = []
                    break
                f = cell_fig(ctx, span, None)
                if f is None or f.value is None or not float(f.value).is_integer():
                    cells = []
                    break
                if 1900 <= f.value <= 2100 and re.fullmatch(r"\d{4}", raw.strip()):
                    cells = []
                    break
                cells.append(f)
            if len(cells) < 3:
                continue
            vals = [f.value for f in cells]
            # the total's column says it is one: "Số đảng viên được đánh giá", "Tổng số", "Cộng"
            # (a row of other measures may add up by chance: "Cộng | 28 | 168 | 60 | 256",
            # blind review 58)
            ends = []
            if _TOTAL_HEAD_FIRST.match(head[1]):
                ends.append((cells[0], cells[1:]))
            if _TOTAL_HEAD_LAST.search(head[-1]):
                ends.append((cells[-1], cells[:-1]))
            for total, parts in ends:
                s = sum(p.value for p in parts)  # type: ignore[misc]
                if s != total.value or not total.value or (len(parts) < 3 and total.value < 1000):
                    continue
                if sum(1 for v in vals if v) < 3:
                    continue
                figs = [total, *parts]
                ids = frozenset(f.id for f in figs if f.id)
                if ids and ids in told:
                    break
                expr = " + ".join(f"{p.value:g}" for p in parts)
                why = render("fit.sum", expr=expr, total=f"{total.value:g}",
                             total_text=ctx.text[row[0][0] : row[0][1]])  # fmt: skip
                span = (row[0][0], row[-1][1])
                row_figs = [total.value, *(p.value for p in parts)]
                if (span[0], span[1], tuple(row_figs)) in spans_told:
                    break
                out.append(ctx.check("part_whole", "consistent", row_figs,
                                     [f for f in figs if f.id], span, expected=total.value,
                                     observed=s, tolerance=0, why=why))  # fmt: skip
                break
    return out


# -- the rest of a fraction stated after it: "258/271 đảng viên thực hiện tốt, đạt 95,2%, 13 đảng
# viên còn hạn chế" -> 258 + 13 = 271; "11/12 người kê khai trung thực; 1 người chưa …". The
# counts of the fraction's noun after it in its sentence (up to two) that make up its
# denominator exactly (a fit: a list that stops short is silent).
def _complement_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    for f in ctx.ratios:
        if f.type != "ratio":  # (the fraction itself may serve its own percent)
            continue
        a, b = f.m.get("numerator"), f.m.get("denominator")
        if not isinstance(a, int | float) or not isinstance(b, int | float) or not 0 < a < b:
            continue
        if not f.unit.key:
            continue
        rest = [
            g for g in ctx.by_sent.get(f.sent, [])
            if g.start > f.end and g.type == "quantity" and g.exact_count and g.id not in used
            and (g.unit.key == f.unit.key or _alike(g, f))
        ][:2]  # fmt: skip
        for n in (1, 2):
            if len(rest) < n or abs(a + sum(g.value for g in rest[:n]) - b) > 1e-9:  # type: ignore[misc]
                continue
            parts = rest[:n]
            expr = " + ".join(f"{v:g}" for v in (a, *(g.value for g in parts)))  # type: ignore[union-attr]
            why = render("fit.sum", expr=expr, total=f"{b:g}", total_text=f.m.text)
            out.append(ctx.check("part_whole", "consistent", [b, a, *(g.value for g in parts)],
                                 [f, *parts], _span(ctx, [f, *parts]), expected=b,  # type: ignore[list-item]
                                 observed=a + sum(g.value for g in parts), tolerance=0, why=why))  # type: ignore[misc]  # fmt: skip
            used.update(g.id for g in parts)
            break
    return out


# -- a membership's movements stated before its change: "kết nạp 1.027 hội viên mới; giảm 565 hội
# viên (từ trần 498, …). Tổng số hội viên tăng từ 28.152 lên 28.614" -> 28.152 + 1.027 - 565 =
# 28.614. Entries and exits in the sentence of the pair or the one before it, outside brackets;
# told only when they make the change exactly (a fit: a miss may leave movements unsaid).
_FLOW_IN_BEFORE = re.compile(
    r"(?:kết nạp(?:\s+mới)?|chuyển đến|tiếp nhận|phát triển(?:\s+mới)?|thành lập(?:\s+mới)?)"
    r"\s*(?:được\s*)?$"
)
_FLOW_OUT_BEFORE = re.compile(
    r"(?:giảm|từ trần|qua đời|chuyển đi|xóa tên|khai trừ|ra khỏi đảng|xin ra|thôi sinh hoạt"
    r"|giải thể)\s*$"
)


def _flow_fits(ctx: Context, used: set[str]) -> list[Check]:
    from .change import pairs

    out: list[Check] = []
    for a, b, _direction, _verb in pairs(ctx):
        if a.type != "quantity" or not (a.exact_count and b.exact_count):
            continue
        lo = ctx.sentence_span(max(0, a.sent - 1))[0]
        ins: list[Fig] = []
        outs: list[Fig] = []
        for g in ctx.figs_from(lo, a.start):
            if g.type != "quantity" or not g.exact_count:
                continue
            if not (
                g.unit.key == b.unit.key
                or kin(g.unit, b.unit)
                or covers(b.unit, g.unit)
                # "thành lập mới 137 công đoàn cơ sở …; tăng từ 3.104 lên 3.218 đơn vị"
                or (
                    b.unit.key == "đơn vị"
                    and g.unit.key
                    # the pair's own subject names the flows' noun ("tổng số công đoàn cơ sở")
                    and g.unit.key in ctx.lower_slice(ctx.clause(a.start)[0], a.start)
                )
            ):
                continue
            if ctx.text.rfind("(", lo, g.start) > ctx.text.rfind(")", lo, g.start):
                continue  # inside brackets: a breakdown of an item
            before = ctx.before_low(g, 25)
            if _FLOW_IN_BEFORE.search(before):
                ins.append(g)
            elif _FLOW_OUT_BEFORE.search(before):
                outs.append(g)
        if not ins or not outs:
            continue
        row = _flow_row(ctx, a, ins, outs, b)
        if row is not None:
            out.append(row)
    return out


def _flow_row(ctx: Context, a: Fig, ins: list[Fig], outs: list[Fig], b: Fig) -> Check | None:
    """The consistent row of a level, its entries and exits and the level reached, or None
    when they do not make it exactly."""
    net = sum(g.value for g in ins) - sum(g.value for g in outs)  # type: ignore[misc]
    if abs(a.value + net - b.value) > 1e-9:  # type: ignore[operator]
        return None
    expr = " ".join([*(f"+ {g.value:g}" for g in ins), *(f"- {g.value:g}" for g in outs)])
    why = render("fit.flow", a=a.value, expr=expr, calc=a.value + net, b=b.value)  # type: ignore[operator]
    figs = [a, *ins, *outs, b]
    return ctx.check("change", "consistent", [f.value for f in figs], figs, _span(ctx, figs),  # type: ignore[misc]
                     expected=a.value + net, observed=b.value, tolerance=0, why=why)  # fmt: skip


# -- a membership's movements listed around a change already confirmed: "So với ngày 31/12/2023
# (41.793 đảng viên), số đảng viên … tăng 575 đồng chí. Biến động trong năm: kết nạp mới 1.486
# đồng chí; chuyển … đến 184 đồng chí; số giảm gồm từ trần 596 đồng chí, xóa tên 71 đồng chí,
# …" -> 41.793 + 1.486 + 184 - 596 - 71 - … = 42.368. Entries and exits named by a cue before
# ("kết nạp 1.486") or after the count ("31 đồng chí từ trần"), outside brackets, in the
# paragraph of the change (up to two sentences on either side); told only when all of them make
# the change exactly (a fit: a list may leave some movements unsaid).
_FLOW_IN_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:được\s+)?(?:kết nạp|chuyển (?:sinh hoạt (?:đảng\s+)?)?đến|tiếp nhận)"
)
_FLOW_OUT_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?:bị\s+)?(?:từ trần|qua đời|chuyển (?:sinh hoạt (?:đảng\s+)?)?(?:đi|ra)"
    r"|xóa tên|khai trừ|ra khỏi đảng|xin ra khỏi)"
)
_FLOW_IN_LEAD = re.compile(
    r"(?:kết nạp(?:\s+mới)?|(?:chuyển|chuyển sinh hoạt(?: đảng)?)[^\d;,.]{0,25}?đến|tiếp nhận)"
    r"\s*(?:được\s*)?$"
)
_FLOW_OUT_LEAD = re.compile(
    # "số hội viên giảm do chuyển đi, lớn tuổi … là 4.953 người": the exits told as one number
    r"\bgiảm\b[^\d;.]{0,50}?\blà\s*$|"
    r"(?:từ trần|qua đời|xóa tên|khai trừ|ra khỏi đảng|(?:chuyển|chuyển sinh hoạt(?: đảng)?)"
    r"[^\d;,.]{0,25}?(?:đi|ra ngoài[^\d;,.]{0,15}?|ra))\s*$"
)


def _members(f: Fig) -> bool:
    """A count of people: the vocabulary's, or members named "… viên" ("hội viên")."""
    return "person" in f.unit.fams or f.unit.key.endswith("viên")


def _flow_list_fits(ctx: Context, changes: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "từ trần" not in low and "chuyển" not in low and "xóa tên" not in low:
        return out
    by_id = _by_id(ctx)
    breaks = _paragraph_breaks(ctx)
    for c in changes:
        figs = [by_id.get(i) for i in c.mention_ids]
        levels = [f for f in figs if f is not None and f.type == "quantity" and f.exact_count]
        if len(levels) < 2 or len(c.figures) < 2:
            continue
        b = next((f for f in levels if f.value == c.figures[1]), None)
        starts = [f for f in levels if f.value == c.figures[0] and f is not b]
        # the start nearest the level reached ("tăng từ 84.975 lên 86.412" rather than the
        # "(84.975 đồng chí)" of the opening that the row also names)
        a = min(starts, key=lambda f: abs(f.start - b.start)) if starts and b else None
        if a is None or b is None or not (_members(a) or _members(b)):
            continue
        own = {id(f) for f in figs if f is not None}
        para = bisect_right(breaks, min(a.start, b.start))
        lo = ctx.sentence_span(max(0, min(a.sent, b.sent) - 2))[0]
        hi = ctx.sentence_span(min(len(ctx.sentences) - 1, max(a.sent, b.sent) + 2))[1]
        ins: list[Fig] = []
        outs: list[Fig] = []
        for g in ctx.figs_from(lo, hi):
            if id(g) in own or g.type != "quantity" or not g.exact_count:
                continue
            if bisect_right(breaks, g.start) not in (para, para + 1) or not _members(g):
                continue  # the change's paragraph or the next one ("Trong năm, … kết nạp mới …")
            s, _ = ctx.sentence_span(g.sent)
            if ctx.text.rfind("(", s, g.start) > ctx.text.rfind(")", s, g.start):
                continue  # inside brackets: a breakdown of an item
            before, after = ctx.before_low(g, 60), ctx.after_low(g, 40)
            if _FLOW_IN_LEAD.search(before) or _FLOW_IN_AFTER.match(after):
                ins.append(g)
            elif _FLOW_OUT_LEAD.search(before) or _FLOW_OUT_AFTER.match(after):
                outs.append(g)
        if not ins or not outs:
            continue
        if len(ins) + len(outs) < 3 and min(g.value for g in (*ins, *outs)) < 100:  # type: ignore[type-var]
            continue  # two small movements may make a change by chance
        row = _flow_row(ctx, a, ins, outs, b)
        if row is not None:
            out.append(row)
    return out


# -- what is left to do: "chỉ tiêu kết nạp 350 …; đã kết nạp 196 … Kết nạp ít nhất 154 đảng viên
# để hoàn thành chỉ tiêu" -> 350 - 196 = 154; "3.126 căn … đã hỗ trợ 2.355 căn … hỗ trợ 771 căn
# còn lại". The remainder carries its cue ("thêm", "ít nhất", "còn", "nữa" before it; "còn lại",
# "còn thiếu", "chưa" after it); the whole and the part done are earlier counts of its noun, the
# whole (when the remainder is small) a plan. Consistent only: a difference that does not fit
# proves nothing.
_REST_BEFORE = re.compile(
    r"(?:\bthêm|\bít nhất|\bcòn|\bnữa"
    # "đã giải quyết 6.705 hồ sơ …; đang giải quyết 137 hồ sơ": the rest still in hand
    r"|\b(?:đang|chưa)\s+(?:giải quyết|xử lý|thi công|thực hiện|xem xét|hoàn thành|triển khai))\s*$"
)
_REST_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,5}?(?:còn lại|còn thiếu|chưa)\b")
_REST_SENTS = 5  # how many sentences back the whole and the part done may stand


_MORE = re.compile(r"\bthêm(?:\s+(?:ít nhất|tối thiểu|khoảng))?\s*$")
_TO_FINISH = re.compile(r"\bđể\s+(?:hoàn thành|đạt|về đích)\b|\btheo\s+(?:kế hoạch|chỉ tiêu)\b")


_OTHER_SPAN = re.compile(
    r"\b(?:mỗi năm|hằng năm|hàng năm|nhiệm kỳ (?:19|20)\d{2}\s*-\s*(?:19|20)\d{2})\b"
)


def _bigrams(text: str) -> set[str]:
    w = text.split()
    return {f"{a} {b}" for a, b in zip(w, w[1:], strict=False)}


def _row_names(ctx: Context, t: Fig, r: Fig) -> bool:
    """A plan with no unit of its own; read from a table cell, the rest must name the row's noun
    ("Xây dựng thêm 31 nhà" of the row "Xây dựng nhà 'Mái ấm tình thương' | 250 | 219"), and no
    other span ("… thêm 145 đoàn viên ưu tú mỗi năm") (white-box review 18)."""
    if t.unit.key or not r.unit.key:
        return False
    row = ctx.text.rfind("\n", 0, t.start) + 1
    cut = min(
        (
            i
            for i in (ctx.text.find("\t", row, t.start), ctx.text.find("|", row, t.start))
            if i >= 0
        ),
        default=-1,
    )
    if cut < 0:
        return True  # a plan said in prose with its noun left out: as before
    words = [norm_words(ctx.text[row:cut])]
    # the block's header line names the counted noun for rows like "Toàn huyện | 37 | 1.200 | …"
    top = row
    while top > 0:
        prev = ctx.text.rfind("\n", 0, top - 1) + 1
        if "\t" not in ctx.text[prev : top - 1] and "|" not in ctx.text[prev : top - 1]:
            break
        top = prev
    head_end = ctx.text.find("\n", top)
    words.append(norm_words(ctx.text[top : head_end if head_end > 0 else row]))
    # and the line that introduces the table ("Kết quả kết nạp đảng viên qua các năm:")
    intro = ctx.text.rfind("\n", 0, max(0, top - 2))
    while intro > 0 and not ctx.text[intro + 1 : top].strip():
        intro = ctx.text.rfind("\n", 0, intro - 1)
    words.append(norm_words(ctx.text[intro + 1 : top]))
    label = {w for line in words for w in line.split()}
    pairs = {p for line in words for p in _bigrams(line)}
    if not set(r.unit.key.split()) <= label and len(_bigrams(descriptor(ctx, r)) & pairs) < 2:
        return False  # "3 cuộc kiểm tra tài chính còn lại" names the row "Kiểm tra tài chính đảng"
    cs, ce = ctx.clause(r.start, r.end)
    return not _OTHER_SPAN.search(ctx.lower_slice(cs, ce))


def _remainder_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "thêm" not in low and "còn" not in low and "ít nhất" not in low and "chưa" not in low:
        return out
    for r in ctx.quantities:
        if r.id in used or not r.value or not r.unit.key:
            continue
        # "ít nhất 154": a floor that is the exact remainder
        if not (_count(r) or (r.qual == "min" and not _time_unit(r))):
            continue
        before, after = ctx.before_low(r, 30), ctx.after_low(r, 50)
        cue_after = bool(_REST_AFTER.match(after))
        floor = r.qual == "min" and "ít nhất" in r.m.text.lower()  # "ít nhất 154" is one mention
        if not (_REST_BEFORE.search(before) or cue_after or floor):
            continue
        # the 40 figures before r (as ctx.earlier), of its sentence and the _REST_SENTS before
        lo = max(0, r.i - 40, ctx.from_sent(r.sent - _REST_SENTS))
        near = [
            g for g in reversed(ctx.figs[lo : r.i])
            if _count(g) and _alike(g, r)
            and (g.id not in used or g.sent == r.sent)  # (in its sentence: a level told before)
        ]  # fmt: skip
        found = None
        # the part done is looked up by its value (round() absorbs float noise in the sums)
        by_value: dict[float, Fig] = {}
        for g in near:
            by_value.setdefault(round(g.value, 6), g)  # type: ignore[arg-type]
        for t in near:
            a = by_value.get(round(t.value - r.value, 6))  # type: ignore[operator]
            if a is None or a is t or not a.value < t.value:  # type: ignore[operator]
                continue
            plan = bool(_PLAN_BEFORE.search(ctx.before_low(t, 40)))
            if r.value < 3 and not plan or not (plan or cue_after):  # type: ignore[operator]
                continue
            if not t.unit.key and not _row_names(ctx, t, r):
                continue  # a table cell of another row: "thêm 9 lớp tập huấn" is not 40 - 31
            found = (t, a)
            break
        if found is None and (
            _TO_FINISH.search(after)
            or (r.value >= 2 and (cue_after or floor or _MORE.search(before)))
        ):
            # "… 576 đoàn viên còn lại để hoàn thành chỉ tiêu năm": the rest of a plan the report
            # set against what was done (a target or a plan table row), wherever it stood; also
            # a task of the plan section ("kết nạp thêm ít nhất 13 hội viên", "giải quyết việc làm
            # cho 1.454 lao động còn lại") against a target and its result sections before
            from .target import plans

            for t, a in plans(ctx):
                if (
                    t.value is not None
                    and a.value is not None
                    and t.type == a.type == r.type == "quantity"
                    and (t.unit.key == r.unit.key or _alike(t, r) or _row_names(ctx, t, r))
                    and round(t.value - a.value, 6) == round(r.value, 6)
                ):
                    found = (t, a)
                    break
        if found is None:
            continue
        t, a = found
        shown = [as_written(f) for f in (t, a, r)]
        if (
            any(w != w or w is None for w in shown)
            or len(
                {round(f.value / w, 6) for f, w in zip((t, a, r), shown, strict=True) if w}  # type: ignore[operator]
            )
            != 1
        ):
            shown = [t.value, a.value, r.value]  # amounts as written when they share a scale
        why = render("fit.rest", total=shown[0], done=shown[1], rest=shown[2])
        figs = [t, a, r]
        out.append(ctx.check("part_whole", "consistent", [t.value, a.value, r.value], figs,  # type: ignore[list-item]
                             _span(ctx, [r]), expected=t.value - a.value, observed=r.value,  # type: ignore[operator]
                             tolerance=0, why=why))  # fmt: skip
        used.update(f.id for f in figs)
    return out


# -- helpers -----------------------------------------------------------------------------
def _amount(f: Fig) -> bool:
    """An exactly stated quantity with a positive value."""
    return f.type == "quantity" and f.qual == "exact" and f.value is not None and f.value > 0


def _count(f: Fig) -> bool:
    """An amount that is not a duration: what a whole or a part can be."""
    return _amount(f) and not _time_unit(f)


def _by_id(ctx: Context) -> dict[str, Fig]:
    """Every figure by its mention id, once per document (read, never changed)."""
    got = ctx.memo.get("fit.by_id")
    if got is None:
        got = ctx.memo["fit.by_id"] = {f.id: f for f in ctx.figs}
    return got  # type: ignore[return-value]


def _counts(ctx: Context) -> list[bool]:
    """``_count`` of every figure, by its index, once per document."""
    got = ctx.memo.get("fit.counts")
    if got is None:
        got = ctx.memo["fit.counts"] = [_count(f) for f in ctx.figs]
    return got  # type: ignore[return-value]


def _time_unit(f: Fig) -> bool:
    got = _TIME.get(f.unit.key)
    if got is None:
        head = f.unit.key.split(" ")[0] if f.unit.key else ""
        got = _TIME[f.unit.key] = head in vocab.TIME_UNITS or f.unit.head in vocab.TIME_UNITS
    return got


_TIME: dict[str, bool] = {}  # unit key -> a duration or frequency ("năm", "lần")


def _persons(f: Fig) -> bool:
    g = f.unit.generic or ""
    return "person" in f.unit.fams or g.endswith("viên") or f.unit.key in ("người", "đồng chí")


def _alike(a: Fig, b: Fig) -> bool:
    """Counts of the same thing (a unit family, or the same unknown noun)."""
    ka, kb = a.unit.key, b.unit.key
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    got = _ALIKE.get((ka, kb))
    if got is None:
        got = _ALIKE[(ka, kb)] = (
            kin(a.unit, b.unit)
            or covers(a.unit, b.unit)
            # "1.562 người, gồm: 46 báo cáo viên cấp tỉnh, …": people counted by their role
            or (
                "person" in a.unit.fams
                and (kb.endswith(" viên") or (b.unit.generic or "").endswith(("viên", "u:báo cáo")))
            )
        )
    return got


# (unit key, unit key) -> alike; unit keys repeat across documents (a few hundred in all)
_ALIKE: dict[tuple[str, str], bool] = {}


def _clause_before(ctx: Context, f: Fig, n: int = 60) -> str:
    """Up to ``n`` characters before ``f`` within its sentence and ";"-clause, lowercased."""
    if n <= _WINDOW and 0 <= f.i < len(ctx.figs) and ctx.figs[f.i] is f:
        got = _windows(ctx)
        if got is not None:
            # the clause before within n characters is the tail of the one within _WINDOW
            w = got[f.i]
            return w if len(w) <= n else w[-n:]
    return _clause_before_of(ctx, f, n)


_WINDOW = 60  # the widest window asked for


def _windows(ctx: Context) -> list[str] | None:
    """The clause before each figure within _WINDOW characters, once per document (None when
    the lowered text's offsets are not the text's: then each window is lowered on its own)."""
    got = ctx.memo.get("fit.windows")
    if got is None:
        low = ctx.low
        if len(low) != len(ctx.text):
            got = ctx.memo["fit.windows"] = False
        else:  # _clause_before_of(ctx, f, _WINDOW) of each figure, inlined (hot)
            got = ctx.memo["fit.windows"] = []
            sents, n_sents = ctx.sentences, len(ctx.sentences)
            for f in ctx.figs:
                i, end = f.sent, f.start
                lo = sents[i][0] if 0 <= i < n_sents else 0
                w = low[max(lo, end - _WINDOW) : end]
                cut = max(w.rfind(";"), w.rfind(". "))
                got.append(w[cut + 1 :] if cut >= 0 else w)
    return got or None  # type: ignore[return-value]


def _befores(ctx: Context, n: int) -> list[str]:
    """``_clause_before(ctx, f, n)`` of every figure, by its index, once per document."""
    key = f"fit.befores.{n}"
    got = ctx.memo.get(key)
    if got is None:
        windows = _windows(ctx) if n <= _WINDOW else None
        if windows is not None:
            got = [w if len(w) <= n else w[-n:] for w in windows]
        else:
            got = [_clause_before_of(ctx, f, n) for f in ctx.figs]
        ctx.memo[key] = got
    return got  # type: ignore[return-value]


def _clause_before_of(ctx: Context, f: Fig, n: int) -> str:
    start = max(ctx.sentence_span(f.sent)[0], f.start - n)
    low = ctx.low
    s = low[start : f.start] if len(low) == len(ctx.text) else ctx.text[start : f.start].lower()
    cut = max(s.rfind(";"), s.rfind(". "))
    return s[cut + 1 :] if cut >= 0 else s


def _span(ctx: Context, figs: list[Fig]) -> tuple[int, int]:
    lo = min(f.start for f in figs)
    hi = max(f.end for f in figs)
    return ctx.clause(lo, hi)


def _quote(ctx: Context, f: Fig) -> str:
    return " ".join(ctx.text[f.start : f.end].split())


# -- percents ----------------------------------------------------------------------------
def _percent_fits(ctx: Context, used: set[str], levels: frozenset[str] | set[str] = frozenset()) -> list[Check]:
    """``levels``: counts only a change uses ("giảm 27 hộ, còn 41 hộ"); a level may still be the
    part of a rate written right after it in brackets ("còn 41 hộ nghèo (1,18%)")."""
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.value <= 0:
            continue
        bracketed = _bracketed_count(ctx, p)
        if p.id in used and bracketed is None:
            continue  # (a rate with its count in brackets is a share besides a change)
        before = _clause_before(ctx, p, 40)
        if (
            _has(before, _GROWTH_WORDS) and _GROWTH_BEFORE.search(before)
        ) or _NOT_SHARE_AFTER.match(ctx.after(p, 20).lower()):
            continue
        part = bracketed
        subject = part is not None
        if part is None:
            part = _part_of(ctx, p)
            subject = part is None
        if part is None:
            # "… còn 60 hộ. Tỷ lệ hộ nghèo hiện còn 0,98%": the level may serve other relations
            part = _rate_subject_part(ctx, p)
        elif (
            part.id in used
            and bracketed is None
            and not (part.id in levels and _RATE_IN_BRACKET.match(ctx.gap(part, p)))
            and not vocab.TARGET_AFTER.match(ctx.after_low(p, 30))
            and not _NAMED_WHOLE.match(ctx.after_low(p, 50))
        ):
            continue  # (a count read as a whole elsewhere may still be a plan's achievement)
        if part is None:
            continue
        got = _whole_for(ctx, part, p, subject)
        if got is None:
            continue
        whole, plan = got
        pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict != "consistent":
            continue
        out.append(_share_fit(ctx, "target" if plan else "share", part, whole, p, pv))
        used.update((p.id, part.id))
    return out


# "còn 41 hộ nghèo (1,18%)": a level's own rate, in brackets right after it
_RATE_IN_BRACKET = re.compile(r"^\s*[^\W\d][^\d()%;,.]{0,25}\(\s*$|^\s*\(\s*$")


# "tỷ lệ hộ nghèo giảm từ 2,22% (87 hộ) xuống 1,48% (58 hộ)", "so với đầu năm (2,56%, 53 hộ)": the
# count in the rate's bracket is its part when the rate names the count's noun before it
_RATE_BRACKET_AFTER = re.compile(r"^\s*\(\s*$|^\s*,\s*$")


def _bracketed_count(ctx: Context, p: Fig) -> Fig | None:
    q = ctx.next_in_sent(p)
    if q is None or q.type != "quantity" or not q.exact_count or not q.unit.key or _time_unit(q):
        return None
    gap = ctx.text[p.end : q.start]
    if not _RATE_BRACKET_AFTER.match(gap):
        return None
    if gap.strip() == ",":  # "(2,56%, 53 hộ)": both in one bracket
        opened = ctx.text.rfind("(", max(0, p.start - 3), p.start)
        if opened < 0 or ctx.text[opened + 1 : p.start].strip():
            return None
    if not ctx.text[q.end : q.end + 3].lstrip().startswith(")"):
        return None
    # the sentence's rate named before, maybe a level and a change back ("Tỷ lệ hộ nghèo giảm từ
    # 6,12% (140 hộ) đầu nhiệm kỳ xuống còn 2,05% (47 hộ)")
    s, _ = ctx.sentence_span(p.sent)
    rate = ctx.lower_slice(max(s, p.start - 120), p.start)
    cut = rate.rfind(";")
    rate = rate[cut + 1 :]
    if "tỷ lệ" not in rate and "tỉ lệ" not in rate:
        return None
    return q if f" {q.unit.key}" in rate.split("tỷ lệ")[-1].split("tỉ lệ")[-1] else None


def _as_written_pair(a: Fig, b: Fig) -> tuple[float, float]:
    """Two amounts as written ("48,7" and "93,1" tỷ đồng) when they share a scale, else their
    values: an explanation a reader checks against the text."""
    wa, wb = as_written(a), as_written(b)
    if wa and wb and wa == wa and wb == wb and abs(a.value / wa - b.value / wb) < 1e-9:  # type: ignore[operator]
        return wa, wb
    return a.value, b.value  # type: ignore[return-value]


def _share_fit(ctx: Context, kind: str, part: Fig, whole: Fig, p: Fig, pv: PercentVerdict) -> Check:
    """The consistent share (or target) ``part``/``whole`` = ``p`` found by the fit pass."""
    figures = (
        [whole.value, part.value, pv.stated]
        if kind == "target"
        else [part.value, whole.value, pv.stated]
    )
    a, b = _as_written_pair(part, whole)
    why = render(f"fit.{kind}", part=a, base=b, pct=pv.phrase, base_text=_quote(ctx, whole))
    figs = [f for f in (part, whole, p) if f.id]
    return _pct_row(ctx, kind, figures, figs, _span(ctx, [part, p]), pv, why)


# "Tỷ lệ hộ nghèo hiện còn 0,98%", "tỷ lệ đảng viên bị kỷ luật là 0,6%": a rate named by its
# subject, with no count before it in its sentence
_RATE_SUBJECT = re.compile(
    r"\btỷ lệ\s+([^\W\d][^\d,;:()%“”\"]{1,40}?)\s*(?:(?:của|toàn|trên địa bàn)\s[^\d,;:()%]{0,25}?)?"
    r"(?:\s*(?:vào\s+|đến\s+)?(?:cuối\s+|đầu\s+)?năm\s+\d{4})?"
    r"\s*(?:hiện nay|hiện|đến nay|nay|chỉ|đã)?\s*(?:còn|là|đạt|ở mức|xuống còn|giảm còn|chiếm)?\s*:?\s*$"
)


def _rate_subject_part(ctx: Context, p: Fig) -> Fig | None:
    """The count a rate names by its subject: the nearest count before it (its sentence and the
    two before) whose noun opens the subject and whose sentence holds the subject's other words
    ("… số hộ nghèo giảm 21 hộ, còn 60 hộ. Tỷ lệ hộ nghèo hiện còn 0,98%" -> 60 hộ). A count
    stated as a change ("giảm 21 hộ") is no level."""
    # (the clause before is a tail of these 80 characters, and the pattern needs "tỷ lệ")
    if "tỷ lệ" not in ctx.before_low(p, 80):
        return None
    hit = _RATE_SUBJECT.search(_clause_before(ctx, p, 80))
    if hit is None:
        return None
    subject = " ".join(hit.group(1).split())
    for g in ctx.earlier(p, 12):
        if p.sent - g.sent > 2:
            break
        if g.type != "quantity" or not g.exact_count or not g.unit.key:
            continue
        key = g.unit.key
        if not (subject == key or subject.startswith(key + " ")):
            if _labelled_as(ctx, g, subject):
                return g  # "… không hoàn thành nhiệm vụ 37 đồng chí. Tỷ lệ đảng viên không hoàn
                # thành nhiệm vụ là 0,34%": the item whose label is the rate's subject
            continue
        rest = subject[len(key) :].split()
        gs, ge = ctx.sentence_span(g.sent)
        if not all(w in ctx.lower_slice(gs, ge).split() for w in rest):
            continue
        if _DELTA_BEFORE.search(ctx.before_low(g, 25)):
            continue
        return g
    return None


_LABEL_START = re.compile(r"[,;:(\n]")


def _labelled_as(ctx: Context, g: Fig, subject: str) -> bool:
    """Is ``g`` a count of people whose own label (from the separator before it) is the rest of a
    subject that opens with a people noun ("đảng viên không hoàn thành nhiệm vụ")?"""
    head = unit_info(subject)
    if "person" not in head.fams or "person" not in g.unit.fams or head.head is None:
        return False
    rest = subject[len(head.head) :].strip()
    if len(rest.split()) < 2:
        return False
    s, _ = ctx.sentence_span(g.sent)
    before = ctx.lower_slice(s, g.start)
    cut = max((m.end() for m in _LABEL_START.finditer(before)), default=0)
    label = " ".join(before[cut:].split())
    return (
        label == rest or label.endswith(" " + rest) and len(label.split()) - len(rest.split()) <= 2
    )


def _part_of(ctx: Context, p: Fig) -> Fig | None:
    """The count a percent is said of: the figure right before it in its clause
    ("… 126 chi bộ …, chiếm 84%"), or the count before a bracket the percent closes
    ("27 đảng viên (khiển trách 15, …), chiếm 0,65%" is said of 27)."""
    q = ctx.prev_in_sent(p)
    if q is None:
        return None
    gap = ctx.gap(q, p)
    if ";" in gap or len(gap) > 90:
        return None
    if ")" in gap and "(" not in gap:  # q closes a bracket: the part is before it
        opened = ctx.text.rfind("(", 0, q.start)
        while q is not None and q.start > opened:
            q = ctx.prev_in_sent(q)
        if q is None or ";" in ctx.gap(q, p):
            return None
    if not _amount(q) or _time_unit(q) or not q.unit.key:
        return None
    return q


def _same_words(a: str, b: str) -> bool:
    """The same unit words, or one the other shortened: "tổ chức" and "tổ chức cơ sở đảng"."""
    if a and a == b:
        return True  # "hộ" and "hộ": the same short noun too
    if len(a) < 3 or len(b) < 3:
        return False
    return a.startswith(b + " ") or b.startswith(a + " ")


# the whole a percent names after it: "… 0,62% tổng số hộ", "chiếm 38,2% diện tích đất …"
_NAMED_WHOLE = re.compile(r"^\s*(?:của\s+|so với\s+)?(?:tổng\s+)?số\s+([^\W\d][^,;.()\d%]{0,40})")


def _names_unit(named: re.Match[str] | None, w: Fig) -> bool:
    """Whether the words a percent names its whole by are the far whole's unit words
    ("0,62% tổng số hộ" and "3.046 hộ"): then the whole may stand sections away."""
    if named is None or not w.unit.key:
        return False
    words = " ".join(named.group(1).split())
    # the unit words and two words or fewer after them ("số tổ chức cơ sở đảng trực thuộc")
    extra = len(words.split()) - len(w.unit.key.split())
    return words == w.unit.key or words.startswith(w.unit.key + " ") and (
        len(words.split()) <= 3 or extra <= 2
    )


_BRACKET_RIGHT_AFTER = re.compile(r"\s*\(\s*\d")


def _whole_for(ctx: Context, part: Fig, p: Fig, subject: bool = False) -> tuple[Fig, bool] | None:
    """The nearest whole the part's percent fits: first a figure after the percent in its
    sentence ("chiếm 64,7% số người trong độ tuổi (63.820 người)"), then the figures before
    the part, nearest first. ``(whole, is_plan)``."""
    plan_after = bool(vocab.TARGET_AFTER.match(ctx.after(p, 30).lower()))
    if not part.unit.key:
        return None  # nothing is alike a count without a unit
    cands: list[Fig] = []
    nxt = ctx.next_in_sent(p)
    if nxt is not None:
        cands.append(nxt)
    cands.extend(ctx.earlier(part, 150))
    ok = _counts(ctx)
    named = _NAMED_WHOLE.match(ctx.after_low(p, 60))
    for w in cands:
        if w is part or not (ok[w.i] if 0 <= w.i < len(ok) and ctx.figs[w.i] is w else _count(w)):
            continue
        if (
            w.unit.key != part.unit.key
            and not _alike(w, part)
            and not (w.sent == part.sent and _persons(w) and _persons(part))
            and not (
                w is nxt
                and named is not None
                and _BRACKET_RIGHT_AFTER.match(ctx.text, p.end + named.end())
            )
            and not (
                # "12 tổ chức đảng …, bằng 20,7% số tổ chức cơ sở đảng trực thuộc": the whole
                # the percent names by its unit words, a count of the part's head noun
                _names_unit(named, w) and w.unit.key.split()[:2] == part.unit.key.split()[:2]
            )
        ):
            # "giới thiệu 146 hội viên …, đã có 98 người được kết nạp": both people; "… 124.860
            # hội viên, bằng 82,3% tổng số hộ sản xuất nông nghiệp (151.710 hộ)": the whole the
            # percent names, in brackets right after its name
            continue
        if w.value == part.value:
            continue
        plan = plan_after or bool(_PLAN_BEFORE.search(ctx.before(w, 50).lower()))
        if not plan and w.value < part.value:  # type: ignore[operator]
            continue
        far = part.sent - w.sent > _FAR_SENTENCES
        if (
            far
            and not _same_words(w.unit.key, part.unit.key)
            and not _names_unit(named, w)
            and not (subject and w.unit.key == part.unit.key)  # "tỷ lệ hộ nghèo": of all "hộ"
        ):
            continue
        if fits(100 * part.value / w.value, p):  # type: ignore[operator]
            return w, plan
    return None


# -- changes -----------------------------------------------------------------------------
def _rate_fit(ctx: Context, then: Fig, now: Fig, pct: Fig, pv: PercentVerdict) -> Check:
    """The consistent rate of change ``pct`` between two levels the fit pass found."""
    why = render("fit.delta_pct", a=then.value, b=now.value, pct=pv.phrase)
    figs = [then, now, pct]
    figures = [then.value, now.value, pv.stated]
    return _pct_row(ctx, "change", figures, figs, _span(ctx, figs), pv, why)  # type: ignore[arg-type]


_RATE_AFTER_DELTA = re.compile(
    r"\s*,?\s*(?:tương đương|tương ứng|tức là|tức|bằng)\s+(?:(?:tăng|giảm)\s+)?|\s*\(\s*(?:(?:tăng|giảm)\s+)?"
)


# a target said right before a figure is no level of a difference said against another moment
# ("so với năm trước"); one said "so với dự toán/chỉ tiêu" is a distance to the plan, and stays
_TARGET_RIGHT_BEFORE = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu|phấn đấu)\b[^.;:,]{0,20}$|kế hoạch \($")
_AGAINST_A_MOMENT = re.compile(
    r"so với\s+(?:năm|cùng kỳ|đầu năm|cuối năm|kỳ trước|quý|tháng|nhiệm kỳ|giai đoạn|trước)"
)


def _change_fits(ctx: Context, used: set[str], in_change: set[str]) -> list[Check]:
    """Stated differences and rates of change no check used; their two levels may serve
    other relations (a level is often also a share's part), but no other change."""
    out: list[Check] = []
    befores = _befores(ctx, 30)
    for d in ctx.figs:
        if d.id in used:
            continue
        before = befores[d.i]
        if (
            d.type == "quantity"
            and _amount(d)
            and _has(before, _DELTA_WORDS)
            and _DELTA_BEFORE.search(before)
        ):
            got = _levels_by_difference(ctx, d, in_change)
            if got is None:
                continue
            a, b = got
            if _AGAINST_A_MOMENT.search(ctx.after_low(d, 40)) and any(
                _TARGET_RIGHT_BEFORE.search(ctx.before_low(f, 30)) for f in (a, b)
            ):
                continue  # "kết nạp 486 …, giảm 36 … so với năm trước, chỉ tiêu giao là 450 …": a target
            # told as a rise: from the smaller level to the larger; as a fall: the reverse
            rise = bool(re.search(r"tăng|nhiều hơn|cao hơn", before))
            ya, yb = (vocab.YEAR_LABEL_BEFORE.search(ctx.before_low(f, 20)) for f in (a, b))
            if ya and yb and ya.group(1) != yb.group(1):
                first, last = (a, b) if ya.group(1) < yb.group(1) else (b, a)
                if (last.value > first.value) != rise:  # type: ignore[operator]
                    continue  # "tăng 16 vụ (năm 2023: 86 vụ; năm 2024: 70 vụ)": the years say a fall
            if (a.value > b.value) == rise:  # type: ignore[operator]
                a, b = b, a
            why = render(
                "fit.delta", a=a.value, b=b.value, diff=abs(b.value - a.value), stated=d.value
            )  # type: ignore[operator]
            figs = [a, b, d]
            out.append(
                ctx.check(
                    "change",
                    "consistent",
                    [a.value, b.value, d.value],
                    figs,
                    _span(ctx, figs),  # type: ignore[list-item]
                    expected=abs(b.value - a.value),
                    observed=d.value,
                    tolerance=0,
                    why=why,
                )  # type: ignore[operator]  # fmt: skip
            )
            in_change.update(f.id for f in figs)
            # "…, tăng 82 đảng viên, tương đương tăng 4,1% so với năm 2023": the rate of that
            # difference over the earlier level
            r = ctx.next_in_sent(d)
            if (
                r is not None
                and r.type == "percent"
                and r.id not in used
                and a.value
                and _RATE_AFTER_DELTA.fullmatch(ctx.gap(d, r).lower())
            ):
                pv = judge_stated(100 * abs(b.value - a.value) / a.value, r)  # type: ignore[operator]
                if pv is not None and pv.judgement.verdict == "consistent":
                    out.append(_rate_fit(ctx, a, b, r, pv))
        elif (
            d.type == "percent"
            and d.value is not None
            and _has(before, _CHANGE_PCT_WORDS)
            and _CHANGE_PCT_BEFORE.search(before)
            and _VERSUS_AFTER.match(ctx.after(d, 12).lower())
        ):
            got2 = _levels_by_rate(ctx, d, in_change, before)
            if got2 is None:
                continue
            then, now, pv = got2
            out.append(_rate_fit(ctx, then, now, d, pv))
            figs = [then, now, d]
            in_change.update(f.id for f in figs)
    return out


def _near(ctx: Context, d: Fig) -> list[Fig]:
    """Counts around ``d``: its sentence and the one before it, nearest first."""
    found = []
    for f in ctx.earlier(d, 20):
        if d.sent - f.sent > 1:
            break
        found.append(f)
    for f in ctx.figs[d.i + 1 : d.i + 6]:
        if f.sent != d.sent:
            break
        found.append(f)
    return found


# the label of a list item that is a moment: "quý II-2024 17, quý III-2024 14"
_TIME_LABEL = re.compile(r"\b(?:quý|năm|tháng|đợt|kỳ|giai đoạn)\b[^,;:]{0,12}$")


def _levels_by_difference(ctx: Context, d: Fig, used: set[str]) -> tuple[Fig, Fig] | None:
    """Two counts of the stated difference's noun whose difference it is, nearest pair."""
    near = [
        f for f in _near(ctx, d)
        if _amount(f) and f.id not in used and _alike(f, d) and f.value != d.value
        and not _delta_before(_clause_before(ctx, f, 30))
    ]  # fmt: skip
    for n, a in enumerate(near):
        for b in near[n + 1 :]:
            if (
                a.sent == b.sent
                and "count_breakdown" in (a.m.rule, b.m.rule)
                and not (
                    _TIME_LABEL.search(ctx.before_low(a, 20))
                    and _TIME_LABEL.search(ctx.before_low(b, 20))
                )
            ):
                continue  # "cảnh cáo 8, cách chức 1": two kinds of one list, not two moments
            if abs(abs(a.value - b.value) - d.value) < 1e-9 * max(1.0, d.value):  # type: ignore[operator]
                return (a, b) if a.start < b.start else (b, a)
    return None


def _levels_by_rate(
    ctx: Context, d: Fig, used: set[str], before: str
) -> tuple[Fig, Fig, object] | None:
    """ "thu 52,5 tỷ đồng, tăng 12% so với cùng kỳ (46,9 tỷ đồng)": the level before the
    percent in its clause, and the earlier level after "so với" in the sentence."""
    now = ctx.prev_in_sent(d)
    if now is None or not _amount(now) or now.id in used or ";" in ctx.gap(now, d):
        return None
    rise = "tăng" in before
    for then in ctx.figs[d.i + 1 : d.i + 4]:
        if then.sent != d.sent:
            break
        if not _amount(then) or then.id in used or not _alike(then, now):
            continue
        rate = 100 * (now.value - then.value) / then.value  # type: ignore[operator]
        if (rate > 0) != rise and rate != 0:
            continue
        pv = judge_stated(abs(rate), d)
        if pv is not None and pv.judgement.verdict == "consistent":
            return then, now, pv
    return None


# -- sums --------------------------------------------------------------------------------
_MAX_PARTS = 10


# A level or a difference of a change is not a part: "giảm từ 48 xuống còn 35 vụ, giảm 13 vụ"
# (48 = 35 + 13 is the change's own arithmetic).
_CHANGE_CUE = re.compile(
    r"(?:\btừ|xuống(?:\s+còn)?|\blên(?:\s+\S+)?|tăng|giảm|so với[^,;]{0,30}\(?)\s*$"
)


_CHANGE_CUE_WORDS = ("từ", "xuống", "lên", "tăng", "giảm", "so với")


def _change_cue(before: str) -> bool:
    return _has(before, _CHANGE_CUE_WORDS) and bool(_CHANGE_CUE.search(before))


def _delta_before(before: str) -> bool:
    return _has(before, _DELTA_WORDS) and bool(_DELTA_BEFORE.search(before))


def _sum_fits(ctx: Context, used_as: dict[str, set[str]]) -> list[Check]:
    out: list[Check] = []
    pw_used = {
        i for i, kinds in used_as.items() if kinds & {"part_whole", "total_of_part_whole", "change"}
    }
    figs = ctx.figs
    # per figure, once: can it be a member of a sum, and which paragraph holds it
    breaks = _paragraph_breaks(ctx)
    para = [bisect_right(breaks, f.start) for f in figs]
    befores = _befores(ctx, 40)
    counts = _counts(ctx)
    able = [counts[f.i] and bool(f.unit.key) and not _change_cue(befores[f.i]) for f in figs]
    member = [a and f.id not in pw_used for a, f in zip(able, figs, strict=True)]
    # a level of a change may still be a total ("ước đạt 186,4 tỷ đồng, tăng 14,6% so với cùng kỳ
    # (162,7 tỷ đồng); cụ thể: …"), not a part
    in_whole = {i for i, kinds in used_as.items() if "part_whole" in kinds}
    total_ok = [a and f.id not in in_whole for a, f in zip(able, figs, strict=True)]
    for t in figs:
        if not total_ok[t.i]:
            # a part of one breakdown may be the total of its own, written right after it
            # ("trong tổng số 8.937 …, 1.528 … miễn …; trong 7.409 đảng viên được xếp loại,
            # hoàn thành xuất sắc nhiệm vụ 1.259, …": 7.409 = the grades after it)
            if not (able[t.i] and t.id in in_whole):
                continue
            parts = _run_after(ctx, t, member, para)
            # only the list the extractor itself read as this count's breakdown, in its
            # sentence: a part's sum with counts of other sentences is a coincidence ("khiển
            # trách 15, …. Trong đó, 9 đồng chí … Giải quyết tố cáo 6 đảng viên")
            # nor, for a part in brackets, counts after the bracket ("(6 vụ án, 3 vụ việc); đến nay
            # … 4 vụ án, … 2 vụ việc": what became of some of them, no breakdown of the 6)
            if (
                parts
                and all(p.sent == t.sent for p in parts)
                and not (_in_brackets(ctx, t) and ")" in ctx.text[t.end : parts[0].start])
            ):
                out.append(_sum_check(ctx, t, parts))
                for f in (t, *parts):
                    member[f.i] = total_ok[f.i] = False
                    pw_used.add(f.id)
            continue
        parts = _run_after(ctx, t, member, para) or _run_before(ctx, t, member, para)
        if parts and t.m.rule in _LIST_ITEM and all(p.m.rule in _LIST_ITEM for p in parts):
            continue  # "khiển trách 9, cảnh cáo 4, cách chức 1, khai trừ 3": siblings of one list
        if parts:
            out.append(_sum_check(ctx, t, parts))
            for f in (t, *parts):
                member[f.i] = total_ok[f.i] = False
                pw_used.add(f.id)
    out.extend(_remote_totals(ctx, pw_used))
    return out


_PARAGRAPH = re.compile(r"\n\s*\n")


def _paragraph_breaks(ctx: Context) -> list[int]:
    """Where each blank line starts (a figure's paragraph is ``bisect_right`` of its start), once
    per document."""
    got = ctx.memo.get("fit.paragraph_breaks")
    if got is None:
        got = ctx.memo["fit.paragraph_breaks"] = [m.start() for m in _PARAGRAPH.finditer(ctx.text)]
    return got  # type: ignore[return-value]


_LIST_ITEM = frozenset({"count_breakdown", "count_sibling"})  # bare items of one list


def _sum_check(ctx: Context, t: Fig, parts: list[Fig]) -> Check:
    # amounts as written ("31,6 tỷ đồng" -> 31.6) when all share the total's scale
    written = [as_written(p) for p in parts]
    scale = (t.value / as_written(t)) if as_written(t) else 1.0  # type: ignore[operator]
    if not all(_equal(w * scale, p.value) for w, p in zip(written, parts, strict=True)):  # type: ignore[arg-type]
        written, scale = [p.value for p in parts], 1.0  # type: ignore[misc]
    expr = " + ".join(f"{w:g}" for w in written)
    expr_vi = " + ".join(_quote(ctx, p).split(" ")[0] for p in parts)
    total = t.value / scale if scale != 1.0 else t.value  # type: ignore[operator]
    why = render("fit.sum", expr=(expr, expr_vi), total=total, total_text=_quote(ctx, t))
    figs = [t, *parts]
    return ctx.check(
        "part_whole", "consistent", [t.value, *(p.value for p in parts)], figs,  # type: ignore[list-item]
        _span(ctx, figs), expected=t.value, observed=sum(p.value for p in parts),  # type: ignore[misc]
        tolerance=0, why=why,
    )  # fmt: skip


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _candidates(t: Fig, order: Iterable[Fig], member: list[bool]) -> list[Fig]:
    """Counts that may be parts of ``t``, in ``order``; stops at a count of its kind as
    large as ``t`` (a new total)."""
    found: list[Fig] = []
    total = t.value
    for f in order:
        if f.type == "quantity" and f.value is not None and f.value >= total and _alike(t, f):  # type: ignore[operator]
            break
        if not member[f.i] or not _alike(t, f):
            continue
        found.append(f)
        if len(found) >= _MAX_PARTS:
            break
    return found


def _first_run(cands: list[Fig], total: float, starts: Iterable[int]) -> list[Fig] | None:
    """The first contiguous run of 2+ candidates (3+ when it does not start at the first)
    whose values add up exactly to ``total``."""
    for s in starts:
        acc = 0.0
        for e in range(s, len(cands)):
            acc += cands[e].value  # type: ignore[operator]
            if acc > total + 1e-9 * total:
                break
            n = e - s + 1
            if n >= (2 if s == 0 else 3) and _equal(acc, total):
                return cands[s : e + 1]
    return None


def _run_after(ctx: Context, t: Fig, member: list[bool], para: list[int]) -> list[Fig] | None:
    """ "48.326 ha … Trong đó, điều 26.914 ha; cao su 18.207 ha; …; còn lại 1.563 ha"."""
    # the 24 figures after t in its paragraph, up to three sentences on (sentences and
    # paragraphs never decrease in figure order: the run ends at an index)
    end = min(t.i + 25, ctx.from_sent(t.sent + 4), bisect_right(para, para[t.i]))
    if member[t.i + 1 : end].count(True) < 2:
        return None  # _candidates keeps members only: fewer than two make no run
    total = t.value
    after = []
    for f in ctx.figs[t.i + 1 : end]:
        if not member[f.i] and not (
            f.type == "quantity" and f.value is not None and f.value >= total  # type: ignore[operator]
        ):
            continue  # _candidates passes over it: no need to ask reference_level (a search)
        if f.sent == t.sent and reference_level(ctx, f):
            continue  # "… (dự toán 229,5 tỷ đồng), … so với cùng kỳ (162,7 tỷ đồng); cụ thể: …"
        after.append(f)
    cands = _candidates(t, after, member)
    if len(cands) < 2:
        return None
    return _first_run(cands, t.value, range(min(3, len(cands))))  # type: ignore[arg-type]


_NAMED_TOTAL_BEFORE = re.compile(
    r"(?:^|[.;:,]\s*|\n)tổng\s+(?:(?:[^\W\d]+|\d{4})\s+){1,8}?(?:đạt|là|được|có)?\s*:?\s*$"
)


def _in_brackets(ctx: Context, f: Fig) -> bool:
    """Is ``f`` inside brackets opened earlier in its sentence?"""
    s, _ = ctx.sentence_span(f.sent)
    return ctx.text.rfind("(", s, f.start) > ctx.text.rfind(")", s, f.start)


def _run_before(ctx: Context, t: Fig, member: list[bool], para: list[int]) -> list[Fig] | None:
    """ "- Năm 2021: 214 …;\n- Năm 2022: 247 …;\nCộng: 461 …": a closing total line."""
    low = ctx.before_low(t, 70)
    if not _has(low, _TOTAL_WORDS):
        return None  # both cues below need one of these words, and look within these 70 chars
    before = _clause_before(ctx, t, 20)
    named = False
    if not _has(before, _TOTAL_WORDS) or not _TOTAL_BEFORE.search(before):
        # "Tổng sản lượng lương thực có hạt đạt 3.742,8 tấn", "tổng thu … năm 2024 là 179,83 tỷ
        # đồng": a total named by "tổng" and its own words (only counts outside brackets add)
        # (the pattern needs the literal "tổng": a window without it cannot match)
        if "tổng" not in low or not _NAMED_TOTAL_BEFORE.search(low):
            return None
        named = True
    here = para[t.i]
    before = []
    for f in ctx.earlier(t, 25):
        if t.sent - f.sent > 8 or para[f.i] != here:
            break
        before.append(f)
    if named:
        before = [f for f in before if not _in_brackets(ctx, f)]
    cands = _candidates(t, before, member)
    run = _first_run(cands, t.value, range(1))  # type: ignore[arg-type]
    if not run and not named:
        # "17 tổ hợp tác và 6 hợp tác xã nông nghiệp, tổng cộng 23 tổ chức": the counts right
        # before a "tổng cộng" in its sentence, whatever their nouns, when they make it exactly
        near = [f for f in before if f.sent == t.sent]
        for n in (2, 3, 4):
            if len(near) < n or not all(
                f.type == "quantity" and f.exact_count and member[f.i] for f in near[:n]
            ):
                break
            if _equal(sum(f.value for f in near[:n]), t.value):  # type: ignore[misc,arg-type]
                run = near[:n]
                break
    return list(reversed(run)) if run else None


def _remote_totals(ctx: Context, pw_used: set[str]) -> list[Check]:
    """A run of 3+ counts of one noun in one sentence or list adding up to a count of that
    noun stated elsewhere: "năm 2021 kết nạp 342, năm 2022 là 361, năm 2023 là 384" and
    "1.087 đảng viên" in another paragraph."""
    by_value: dict[float, list[Fig]] = defaultdict(list)
    blocks: dict[int, list[Fig]] = defaultdict(list)
    counts = _counts(ctx)
    for f in ctx.figs:
        if counts[f.i] and f.exact_count and f.unit.key:
            by_value[f.value].append(f)  # type: ignore[index]
            if f.id not in pw_used:
                blocks[_block_of(ctx, f)].append(f)
    if not by_value:
        return []
    out: list[Check] = []
    for key, figs in blocks.items():
        if len(figs) < 3:
            continue
        if key >= 0:  # items of a sentence must be labelled by their periods
            figs = [f for f in figs if _PERIOD_LABEL.search(_piece_before(ctx, f))]
        for s in range(len(figs)):
            acc = 0.0
            for e in range(s, min(len(figs), s + _MAX_PARTS)):
                if not _alike(figs[s], figs[e]):
                    break
                acc += figs[e].value  # type: ignore[operator]
                if e - s + 1 < 3:
                    continue
                for t in by_value.get(acc, ()):
                    if t.id in pw_used or t in figs[s : e + 1] or not _alike(t, figs[s]):
                        continue
                    parts = figs[s : e + 1]
                    out.append(_sum_check(ctx, t, parts))
                    pw_used.update(f.id for f in [t, *parts])
                    break
    return out


# "năm 2021 kết nạp 342", "quý II: 56", "6 tháng đầu năm 2024 … 208": a period labels an item.
_PERIOD_LABEL = re.compile(
    r"\b(?:năm|quý|tháng|giai đoạn|nhiệm kỳ|khóa)\s+(?:\d|[IVX]+\b|đầu|cuối)"
)


def _piece_before(ctx: Context, f: Fig) -> str:
    """The text before ``f`` back to the previous figure or separator of its sentence."""
    s = ctx.before(f, 50)
    prev = ctx.prev_in_sent(f)
    if prev is not None and prev.end > f.start - len(s):
        s = ctx.text[prev.end : f.start]
    cut = max(s.rfind(","), s.rfind(";"), s.rfind(":"))
    return s[cut + 1 :].lower() if cut >= 0 and cut < len(s) - 1 else s.lower()


def _block_of(ctx: Context, f: Fig) -> int:
    """The sentence of ``f``, or for a list line ("- Năm 2022: …") the first line of its list."""
    line_start = ctx.text.rfind("\n", 0, f.start) + 1
    if not _bullet(ctx.text[line_start : line_start + 1]):
        return f.sent
    # walk back over consecutive list lines
    first = line_start
    while first > 0:
        prev = ctx.text.rfind("\n", 0, first - 1) + 1
        if _bullet(ctx.text[prev : prev + 1]) and prev < first:
            first = prev
        else:
            break
    return -1 - first


def _bullet(ch: str) -> bool:
    return bool(ch) and ch in "-+•*"


# -- a rate named by its subject, whose part and whole are both stated elsewhere: "Số đảng viên
# bị kỷ luật chiếm 0,67% tổng số đảng viên của Đảng bộ" with "kỷ luật 31 đảng viên" and "4.620
# đảng viên" sections before. The part is a count of the subject's noun whose sentence says the
# subject's other words; the whole a count of that noun. Told only when exactly one pair of
# values fits a percent with two significant digits or more (a fit: both found by search).
#   example (our own)                                                              told
#   "… có 2.500 hội viên." … "kết nạp 150 hội viên mới." … "Tỷ lệ hội viên mới là 6%"  nothing (one digit)
#   "… 3.200 đảng viên." … "kỷ luật 24 đảng viên" … "tỷ lệ đảng viên bị kỷ luật là 0,75%"   consistent
#   the same with 0,85%                                                             nothing
_SUBJECT_RATE = re.compile(
    r"(?:\btỷ lệ|^|[.;:]\s*|\bsố)\s+([^\W\d][^\d,;:()%“”\"]{3,50}?)\s*"
    r"(?:(?:hiện nay|hiện|đến nay|nay|chỉ|đã|vẫn)\s+){0,2}(?:là|chiếm|bằng|đạt)\s*:?\s*$"
)
_SUBJECT_FILLER = {"bị", "được", "đã", "của", "các", "là", "số", "năm", "trong", "toàn"}
_WHOLE_NAMED_AFTER = re.compile(r"^\s*(?:tổng\s+)?số\s+([^\W\d][^,;.()\d%]{0,40})")


def _significant(f: Fig) -> int:
    digits = re.sub(r"\D", "", f.m.text.split("%")[0]).lstrip("0")
    return len(digits)


def _subject_rate_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None or not 0 < p.value < 100:
            continue
        if p.qual != "exact" or _significant(p) < 2:
            continue
        hit = _SUBJECT_RATE.search(_clause_before(ctx, p, 80))
        if hit is None:
            continue
        subject = " ".join(hit.group(1).split())
        info = unit_info(subject)
        key = info.head if info.head and subject.startswith(info.head + " ") else None
        if key is None or not info.fams:
            continue
        rest = [w for w in subject[len(key) :].split() if w not in _SUBJECT_FILLER]
        if not rest or len(rest) > 6:
            continue
        after = ctx.after_low(p, 60)
        named = _WHOLE_NAMED_AFTER.match(after)
        if (named is None and re.match(r"^\s*[^\W\d]", after)) or (
            named is not None and not " ".join(named.group(1).split()).startswith(key)
        ):
            continue  # "… chiếm 0,70% dân số", "… 0,7% so với …": another whole, or a comparison
        phrase = " ".join(rest)
        parts: list[Fig] = []
        wholes: list[Fig] = []
        for g in ctx.earlier(p):
            if g.type != "quantity" or not g.exact_count or not g.value or g.unit.key != key:
                continue
            gs, ge = ctx.sentence_span(g.sent)
            if phrase in " ".join(ctx.lower_slice(gs, ge).split()):
                parts.append(g)
            wholes.append(g)
        if not parts:
            continue
        fitting = set()
        pair = None
        for part in parts:
            for w in wholes:
                if w.value <= part.value:  # type: ignore[operator]
                    continue
                if fits(100 * part.value / w.value, p):  # type: ignore[operator]
                    fitting.add((part.value, w.value))
                    pair = (part, w)
        if len(fitting) != 1 or pair is None:
            continue
        part, w = pair
        pv = judge_stated(100 * part.value / w.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict != "consistent":
            continue
        a, b = _as_written_pair(part, w)
        why = render("fit.share", part=a, base=b, pct=pv.phrase, base_text=_quote(ctx, w))
        out.append(_pct_row(ctx, "share", [part.value, w.value, pv.stated], [part, w, p],
                            (p.start, p.end), pv, why))  # fmt: skip
        used.add(p.id)
    return out


# -- a profile of a group of people, two shares or more in one sentence, each tied to its count:
# "Trong số đảng viên mới, nữ 3.904 người, chiếm 48,3%; người dân tộc thiểu số 1.469 người
# (18,2%); đoàn viên thanh niên chiếm gần 79% với 6.287 đồng chí". The whole is the nearest
# count of people before the sentence that two of the shares or more fit; those are told (a fit:
# the whole found by its value).
#   example (our own)                                                              told
#   "kết nạp 640 đảng viên. … nữ 282 người (44,1%); đoàn viên 501 người, chiếm 78,3%"  both
#   the same with "(46,1%)" and "chiếm 80,3%"                                        nothing
_TIED_AFTER_COUNT = re.compile(
    r"^\s*(?:\(\s*|,\s*(?:chiếm|tức|tương đương|bằng)(?:\s+(?:tỷ lệ|với))?\s*)$"
)
_TIED_BEFORE_COUNT = re.compile(r"^\s*với\s*$")


def _profile_pairs_fits(ctx: Context, used: set[str]) -> list[Check]:
    out: list[Check] = []
    pairs_by_sent: dict[int, list[tuple[Fig, Fig]]] = defaultdict(list)
    for p in ctx.percents:
        if p.type != "percent" or p.id in used or p.value is None or not 0 < p.value < 100:
            continue
        q = ctx.prev_in_sent(p)
        if q is not None and _TIED_AFTER_COUNT.match(ctx.gap(q, p)):
            part = q
        else:
            q = ctx.next_in_sent(p)
            if q is None or not _TIED_BEFORE_COUNT.match(ctx.gap(p, q)):
                continue
            part = q
        if part.type != "quantity" or not part.exact_count or not part.value or not _persons(part):
            continue
        if part.id in used:
            continue
        pairs_by_sent[p.sent].append((part, p))
    for sent, pairs in pairs_by_sent.items():
        if len(pairs) < 2:
            continue
        top = max(part.value for part, _ in pairs)  # type: ignore[type-var]
        first = min(min(part.start, p.start) for part, p in pairs)
        s, _ = ctx.sentence_span(sent)
        for w in ctx.earlier(pairs[0][1], 80):
            if w.start >= s or w.start >= first:
                continue
            if sent - w.sent > 15:  # (a table's rows between are sentences of their own)
                break
            if w.type != "quantity" or not w.exact_count or not w.value or not _persons(w):
                continue
            if w.value <= top:  # type: ignore[operator]
                continue
            got = []
            for part, p in pairs:
                pv = judge_stated(100 * part.value / w.value, p)  # type: ignore[operator]
                if pv is not None and pv.judgement.verdict == "consistent":
                    got.append((part, p, pv))
            if len(got) < 2:
                continue
            for part, p, pv in got:
                a, b = _as_written_pair(part, w)
                why = render("fit.share", part=a, base=b, pct=pv.phrase, base_text=_quote(ctx, w))
                out.append(_pct_row(ctx, "share", [part.value, w.value, pv.stated], [part, w, p],
                                    _span(ctx, [part, p]), pv, why))  # fmt: skip
                used.add(p.id)
            break
    return out


# -- a stock, its movements and the stock after them, told over several sentences (fit only):
#   example (our own)                                                          told
#   "Đầu năm 2024, Hội có 1.240 hội viên. … Trong năm kết nạp mới 86 hội viên;   consistent
#    từ trần 12, chuyển đi 9 hội viên. Đến cuối năm, Hội có 1.305 hội viên."     (1.240 + 86 - 12 - 9)
#   "Cuối năm 2020 có 18 chi bộ. … thành lập mới 6 chi bộ, giải thể 2 chi bộ. … tăng từ 18 lên 22"
#   the same with "1.315 hội viên" at the end                                      nothing
# Every count between the two stocks told with a verb of entry or exit is a movement; figures
# without such a verb (a plan in brackets, a breakdown, another noun) are passed over. A miss is
# silence: movements may be told elsewhere, or not at all, and the end may be of another moment.
_ACROSS_START = re.compile(
    r"(?:(?:đầu năm|cuối năm|thời điểm)(?: (?:19|20)\d{2})?|đầu nhiệm kỳ|đầu kỳ|tại đại hội"
    r"(?: nhiệm kỳ (?:19|20)\d{2}\s*-\s*(?:19|20)\d{2})?|khi thành lập)"
    r"[^.;:\d]{0,50}?\b(?:có|là|với|gồm)\s*$"
)
_ACROSS_END = re.compile(
    r"(?:đến nay|hiện nay|hiện|nay|đến ngày [\d/.\-]+|đến cuối năm(?: (?:19|20)\d{2})?|cuối năm|"
    r"tính đến [^,.;]{0,25}|như vậy)[^.;:\d]{0,50}?\b(?:có|còn|là|lên|đạt)\s*$"
)
_ACROSS_IN = re.compile(
    r"(?:thành lập mới|thành lập|kết nạp mới|kết nạp|tiếp nhận|công nhận mới|công nhận thêm|"
    r"phát triển mới|phát sinh mới|phát sinh)\s*(?:thêm|mới|được|được thêm)?\s*$"
)
_ACROSS_OUT = re.compile(
    r"(?:giải thể|chuyển sinh hoạt đi|chuyển đi|chuyển ra|từ trần|qua đời|xóa tên|khai trừ|"
    r"ra khỏi đảng|thôi sinh hoạt|cho thôi|thoát nghèo|giảm)\s*(?:được|đi)?\s*$"
)
_ACROSS_IN_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,5}?(?:chuyển đến|mới thành lập|được kết nạp)\b")
_ACROSS_OUT_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,5}?(?:bị\s+)?(?:chuyển đi|chuyển sinh hoạt đi|từ trần|qua đời|xóa tên|"
    r"khai trừ|giải thể|thoát nghèo)\b"
)


_ACROSS_NUMBER = re.compile(r"(?<![\d.,/])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d/%]|[.,]\d)")
_BARE_FLOW_END = re.compile(r"^\s*(?:[,;.)]|và\b|$)")


def _across_sign(before: str, after: str) -> int:
    if _ACROSS_IN.search(before) or _ACROSS_IN_AFTER.match(after):
        return 1
    if _ACROSS_OUT.search(before) or _ACROSS_OUT_AFTER.match(after):
        return -1
    return 0


def _across_moves(
    ctx: Context, lo: int, hi: int, end: Fig, start: Fig
) -> list[tuple[int, float, Fig | None]]:
    """(sign, value, figure or None for a bare number) of each movement in ``lo``..``hi``;
    none at all when one is planned, another body's, or told in a sentence naming a place or
    body the two stocks' sentences do not name."""
    said = _words_of_sentences(ctx, start, end)
    at = {f.start: f for f in ctx.figs if lo <= f.start < hi}
    low = ctx.low
    moves: list[tuple[int, float, Fig | None]] = []
    for hit in _ACROSS_NUMBER.finditer(low, lo, hi):
        f = at.get(hit.start())
        if f is not None and not (f.type == "quantity" and f.exact_count):
            continue
        if f is not None and f.unit.key and not (
            f.unit.key == end.unit.key
            or kin(f.unit, end.unit)
            or end.unit.key.startswith(f.unit.key + " ")  # "giải thể 17 tổ chức" of tổ chức đảng
        ):
            continue
        lead = low[max(lo, hit.start() - 80) : hit.start()]
        lead = re.split(r"[.!?]\s", lead)[-1]
        after = low[hit.end() : hit.end() + 40]
        if lead.rfind("(") > lead.rfind(")"):
            continue  # inside a bracket: a breakdown or a plan, no movement of its own
        sign = _across_sign(lead[-30:], after)
        if not sign or (f is None and not (_BARE_FLOW_END.match(after) or sign and
                                           _ACROSS_IN_AFTER.match(after) or _ACROSS_OUT_AFTER.match(after))):
            continue  # fmt: skip
        clause = re.split(r"[;:]", lead)[-1]
        if _ACROSS_PLANNED.search(clause) or NEIGHBOUR.search(clause + after[:30]):
            return []  # a movement planned, or another body's: the balance is not sure
        s0, s1 = ctx.sentence_span(ctx.sent_at(hit.start()))
        if not place_names(ctx.text[s0:s1]) <= said:
            return []
        moves.append((sign, float(hit.group(0).replace(".", "")), f))
    return moves


# (white-box review 34) a planned intake ("Dự kiến đến năm 2025 kết nạp 60 đảng viên"), a
# neighbour's movements ("… giải thể 2 chi bộ ở Đảng bộ huyện bạn"), or movements of a body
# named by a name the two stocks' sentences do not say ("huyện Lục Nam kết nạp 112 …" before
# "Đảng bộ huyện Lục Ngạn … tăng từ 221 lên 318"): no balance is read
_ACROSS_PLANNED = re.compile(r"\b(?:dự kiến|kế hoạch|phấn đấu|chỉ tiêu|mục tiêu|sẽ|cần)\b")
def _words_of_sentences(ctx: Context, *figs: Fig) -> set[str]:
    said: set[str] = set()
    for f in figs:
        s, e = ctx.sentence_span(f.sent)
        said |= words_lower(ctx.text[s:e])
    return said


def _balances_across_fits(ctx: Context, told: Iterable[Check]) -> list[Check]:
    held = [set(c.mention_ids) for c in told if len(c.mention_ids) >= 2]
    counts = [f for f in ctx.figs if f.type == "quantity" and f.exact_count and f.value]
    out: list[Check] = []
    for k, end in enumerate(counts):
        if not _ACROSS_END.search(ctx.before_low(end, 70)) or _in_brackets(ctx, end):
            continue
        start = None
        for j in range(k - 1, -1, -1):
            g = counts[j]
            if end.sent - g.sent > 40:
                break
            if (
                g.sent < end.sent
                and (g.unit.key == end.unit.key or kin(g.unit, end.unit))
                and _ACROSS_START.search(ctx.before_low(g, 70))
                and not _in_brackets(ctx, g)
            ):
                start = g
                break
        if start is None or any(start.id in ids and end.id in ids for ids in held):
            continue
        c = _balance_fit(ctx, start, end, _across_moves(ctx, start.end, end.start, end, start))
        if c is not None:
            out.append(c)
            held.append(set(c.mention_ids))
    # the two stocks told as one change after the movements: "…; kết nạp 112 đảng viên, 15 đảng
    # viên từ trần. Tính chung, số đảng viên tăng từ 221 đồng chí lên 318 đồng chí", "… Như vậy,
    # từ 2.091 hội viên đầu năm, đến nay toàn huyện có 2.148 hội viên"
    from .change import pairs

    told_from = []
    for k, end in enumerate(counts):
        if not _ACROSS_END.search(ctx.before_low(end, 70)):
            continue
        for g in counts[max(0, k - 3) : k]:
            if (
                g.sent == end.sent
                and _FROM_BEFORE.search(ctx.before_low(g, 12))
                and _FROM_MOMENT_AFTER.match(ctx.after_low(g, 40))
                and (g.unit.key == end.unit.key or kin(g.unit, end.unit))
            ):
                told_from.append((g, end))
    for a, b in [*((a, b) for a, b, _d, _v in pairs(ctx)), *told_from]:
        if not (
            a.type == b.type == "quantity" and a.exact_count and b.exact_count and a.value and b.value
        ) or any(a.id in ids and b.id in ids for ids in held):
            continue
        s0, _ = ctx.sentence_span(max(0, a.sent - 3))
        lo = max(s0, ctx.text.rfind("\n", 0, a.start) + 1)
        c = _balance_fit(ctx, a, b, _across_moves(ctx, lo, a.start, b, a))
        if c is not None:
            out.append(c)
            held.append(set(c.mention_ids))
    return out


_FROM_BEFORE = re.compile(r"\btừ\s*$")
_FROM_MOMENT_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?\(?(?:đầu năm|đầu nhiệm kỳ|đầu kỳ|(?:cuối\s+)?năm (?:19|20)\d{2})"
)


def _balance_fit(
    ctx: Context, start: Fig, end: Fig, moves: list[tuple[int, float, Fig | None]]
) -> Check | None:
    total = start.value + sum(sign * v for sign, v, _f in moves)  # type: ignore[operator]
    if not moves or abs(total - end.value) > 1e-9:  # type: ignore[operator]
        return None
    expr = f"{start.value:g} " + " ".join(f"{'+' if sg > 0 else '-'} {v:g}" for sg, v, _f in moves)
    why = render("change.flow_ok", expr=(expr, expr), calc=total, b=end.value)
    figs = [start, *(f for _s, _v, f in moves if f is not None), end]
    return ctx.check("change", "consistent", [start.value, *(v for _s, v, _f in moves), end.value],
                     figs, ctx.clause(end.start), expected=total,  # type: ignore[arg-type]
                     observed=end.value, tolerance=0, why=why)  # fmt: skip


# -- a table of years whose one column is a stock and another what was added each year (fit
# only): every year's stock minus the year before's is that year's addition, on every row.
#   Năm | Diện tích (ha) | Trồng mới (ha)          2021: 1.180 - 1.050 = 130
#   2020 | 1.050 | 96                              2022: 1.322 - 1.180 = 142
#   2021 | 1.180 | 130                             (the first row's 96 is of a year not shown)
#   2022 | 1.322 | 142
# Three year rows or more, and the difference must hold on each, else nothing is said.
_YEAR_CELL = re.compile(r"^\s*(?:năm\s+)?(?:19|20)\d{2}\b")
_ADDED_HEAD = re.compile(
    r"\b(?:mới|tăng thêm|tăng trong năm|kết nạp|thành lập|trồng mới|chuyển đổi mới|phát triển thêm)\b"
)


def _running_column_fits(ctx: Context) -> list[Check]:
    from .tables import cell_fig, table_rows

    out: list[Check] = []
    if "\t" not in ctx.text and "|" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        width = len(rows[0])
        years = [r for r in rows[1:] if len(r) == width and _YEAR_CELL.match(ctx.lower_slice(*r[0]))]
        if len(years) < 3 or width < 3:
            continue
        nums = [int(_YEAR_CELL.match(ctx.lower_slice(*r[0])).group(0)[-4:]) for r in years]  # type: ignore[union-attr]
        if any(y1 != y0 + 1 for y0, y1 in zip(nums, nums[1:], strict=False)):
            continue  # years not consecutive: a step is no one year's addition
        heads = [ctx.lower_slice(*c) for c in rows[0]]
        cols = []
        for k in range(1, width):
            cells = [cell_fig(ctx, r[k], None) for r in years]
            cols.append(cells if all(c is not None and c.value is not None for c in cells) else None)
        for ka, a in enumerate(cols):
            for kb, b in enumerate(cols):
                if a is None or b is None or ka == kb:
                    continue
                if not _ADDED_HEAD.search(heads[kb + 1]) or _ADDED_HEAD.search(heads[ka + 1]):
                    continue  # the addition column says so ("mới", "tăng thêm"); the stock's does not
                if len({d.value for d in b[1:]}) == 1:
                    continue  # one value on every row: no addition told year by year
                steps = [(a[i - 1], a[i], b[i]) for i in range(1, len(a))]
                if not all(
                    y.value > x.value and abs(y.value - x.value - d.value) < 1e-9  # type: ignore[operator]
                    for x, y, d in steps
                ):
                    continue
                for x, y, d in steps:
                    why = render("fit.delta", a=f"{as_written(x):g}", b=f"{as_written(y):g}",
                                 diff=f"{as_written(d):g}", stated=d.m.text.strip())  # fmt: skip
                    out.append(ctx.check("change", "consistent", [x.value, y.value, d.value],  # type: ignore[list-item]
                                         [f for f in (x, y, d) if f.id],
                                         (min(y.start, d.start), max(y.end, d.end)),
                                         expected=y.value - x.value, observed=d.value,  # type: ignore[operator]
                                         tolerance=0, why=why))  # fmt: skip
    return out
