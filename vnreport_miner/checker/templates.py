"""Explanation templates, as data, in English and Vietnamese.

Each ``why`` is one line of arithmetic a researcher can redo by hand. Numbers are
written the English way in ``why`` ("1349/1443 = 93.49%") and the Vietnamese way in
``why_vi`` ("1.349/1.443 = 93,49%"). Placeholders holding numbers are formatted per
language by :func:`render`; strings (quoted report text) pass through unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

# key: (English, Vietnamese). Percent phrases first, then one frame per check kind.
TEMPLATES: Final[dict[str, tuple[str, str]]] = {
    # -- how a recomputed percent compares with the stated one (tolerance.Judgement.key)
    "pct.rounds": ("{calc}% -> rounds to {stated}%", "{calc}% -> làm tròn thành {stated}%"),
    "pct.truncates": (
        "{calc}% -> {stated}% only by truncation (half-up gives {halfup}%)",
        "{calc}% -> chỉ ra {stated}% khi bỏ phần lẻ (làm tròn thì ra {halfup}%)",
    ),
    "pct.off": (
        "{calc}% -> rounds to {halfup}%, not {stated}%",
        "{calc}% -> làm tròn thành {halfup}%, không phải {stated}%",
    ),
    "pct.just_under": (
        "{calc}% -> just under {stated}%, within {tol} ('{said}')",
        "{calc}% -> dưới {stated}% một chút, trong phạm vi {tol} ('{said}')",
    ),
    "pct.near": (
        "{calc}% -> within {tol} of {stated}% ('{said}')",
        "{calc}% -> cách {stated}% không quá {tol} ('{said}')",
    ),
    "pct.loose": (
        "{calc}% -> more than {tol} from {stated}% ('{said}'), too loose to call",
        "{calc}% -> lệch hơn {tol} so với {stated}% ('{said}'), chưa đủ căn cứ kết luận",
    ),
    "pct.far": (
        "{calc}% -> far from {stated}% ('{said}')",
        "{calc}% -> khác xa {stated}% ('{said}')",
    ),
    "pct.above": (
        "{calc}% -> at least {stated}% ('{said}') holds",
        "{calc}% -> không dưới {stated}% ('{said}'): đúng",
    ),
    "pct.rounds_to_bound": (
        "{calc}% -> rounds to {stated}% ('{said}')",
        "{calc}% -> làm tròn thành {stated}% ('{said}')",
    ),
    "pct.below": (
        "{calc}% -> below {stated}% ('{said}')",
        "{calc}% -> thấp hơn {stated}% ('{said}')",
    ),
    "pct.below_max": (
        "{calc}% -> at most {stated}% ('{said}') holds",
        "{calc}% -> không quá {stated}% ('{said}'): đúng",
    ),
    "pct.above_max": (
        "{calc}% -> above {stated}% ('{said}')",
        "{calc}% -> cao hơn {stated}% ('{said}')",
    ),
    "pct.in_range": ("{calc}% -> within {said}", "{calc}% -> nằm trong khoảng {said}"),
    "pct.out_of_range": ("{calc}% -> outside {said}", "{calc}% -> nằm ngoài khoảng {said}"),
    # -- frames, one per kind
    "ratio_percent": ("{num}/{den} = {pct}", "{num}/{den} = {pct}"),
    "share": (
        "{part}/{base} ({base_what} stated before) = {pct}",
        "{part}/{base} ({base_what} nêu trước đó) = {pct}",
    ),
    "share.named": (
        "{part}/{base} ({base_what}) = {pct}",
        "{part}/{base} ({base_what}) = {pct}",
    ),
    "share.complement": (
        "{part}/{base} = {calc}%, but {stated}% matches the complement ({comp}%): unclear which is meant",
        "{part}/{base} = {calc}%, nhưng {stated}% khớp với phần còn lại ({comp}%): chưa rõ ý",
    ),
    "target.term": (
        "target {target}/yr x {years} yrs ({y0}-{y1}) = {goal}; {got}/{goal} = {pct}",
        "chỉ tiêu {target}/năm x {years} năm ({y0}-{y1}) = {goal}; {got}/{goal} = {pct}",
    ),
    "target.total": (
        "target {goal}; {got}/{goal} = {pct}",
        "chỉ tiêu {goal}; {got}/{goal} = {pct}",
    ),
    "target.table": (
        "table row: plan {goal}, done {got}; {got}/{goal} = {pct}",
        "dòng bảng: kế hoạch {goal}, thực hiện {got}; {got}/{goal} = {pct}",
    ),
    "target.over": (
        "plan {goal}; done {got} - plan {goal} = {calc} beyond it, stated {stated}",
        "kế hoạch {goal}; thực hiện {got} - kế hoạch {goal} = vượt {calc}, báo cáo ghi {stated}",
    ),
    "target.short": (
        "plan {goal}; plan {goal} - done {got} = {calc} short of it, stated {stated}",
        "kế hoạch {goal}; kế hoạch {goal} - thực hiện {got} = còn thiếu {calc}, báo cáo ghi {stated}",
    ),
    "target.left": (
        "plan {goal} - done {got} = {left} still to do",
        "kế hoạch {goal} - đã thực hiện {got} = {left} còn phải làm",
    ),
    "target.rate": (
        "{got}% vs target {said}: '{verb}' holds",
        "{got}% so với chỉ tiêu {said}: '{verb}' là đúng",
    ),
    "target.rate_not": (
        "{got}% vs target {said}: '{verb}' does not follow from the numbers",
        "{got}% so với chỉ tiêu {said}: '{verb}' không khớp với số liệu",
    ),
    "target.so_far": (
        "{pct}; the report counts only up to now, so the years elapsed are unknown",
        "{pct}; báo cáo tính đến thời điểm hiện tại nên chưa rõ số năm đã qua",
    ),
    "part_whole.structure": (
        "shares of one whole: {expr} = {sum}% vs 100% (rounding allows ±{tol}): {res}",
        "tỷ trọng của một tổng thể: {expr} = {sum}% so với 100% (sai số làm tròn ±{tol}): {res}",
    ),
    "part_whole.rest": (
        "{total} - {done} = {rest} left; stated {stated}",
        "{total} - {done} = còn {rest}; báo cáo ghi {stated}",
    ),
    "change.average": (
        "{total} / {years} yrs = {calc} a year; stated {stated}: {res}",
        "{total} / {years} năm = {calc} mỗi năm; báo cáo ghi {stated}: {res}",
    ),
    "part_whole.shares": (
        "{expr} = {sum}% = 100% within rounding ({n} shares, each rounded: ±{tol})",
        "{expr} = {sum}% = 100% trong sai số làm tròn ({n} tỷ lệ, mỗi tỷ lệ đã làm tròn: ±{tol})",
    ),
    "part_whole.eq": ("{expr} = {sum} = {total} stated", "{expr} = {sum} = {total} như báo cáo"),
    "part_whole.eq_rounded": (
        "{expr} = {sum} ≈ {total} stated (difference {diff}, within the rounding of the figures "
        "as written: ±{tol})",
        "{expr} = {sum} ≈ {total} như báo cáo (chênh {diff}, trong sai số làm tròn của các số "
        "như báo cáo ghi: ±{tol})",
    ),
    "part_whole.ne": (
        "{expr} = {sum} {unit} ≠ {total} stated (difference {diff})",
        "{expr} = {sum} {unit} ≠ {total} như báo cáo (chênh {diff})",
    ),
    "part_whole.sibling": (
        "another line of the same table, over the same rows or columns, adds up exactly ({expr} = {total})",
        "một dòng (cột) khác của cùng bảng, trên cùng các hàng hoặc cột, cộng đúng ({expr} = {total})",
    ),
    "part_whole.ne_subsets": (
        "{expr} = {sum} ≠ {total}, but the parts may be overlapping or partial subsets",
        "{expr} = {sum} ≠ {total}, nhưng các phần có thể trùng nhau hoặc chưa đủ",
    ),
    "part_whole.remainder": (
        "{total} - {covered} = {rest} = {expr} (the ones still lacking)",
        "{total} - {covered} = {rest} = {expr} (số còn lại)",
    ),
    "part_whole.running": (
        "{prior} stated before + {added} added = {total} = the new total stated",
        "{prior} đã nêu trước đó + {added} thêm = {total} = tổng số mới như báo cáo",
    ),
    "part_whole.complement": (
        "{total} - {covered} = {rest} still lacking {what}, but {stated} stated (difference {diff})",
        "{total} - {covered} = {rest} đơn vị chưa có {what}, nhưng báo cáo ghi {stated} (chênh {diff})",
    ),
    "part_whole.negation": (
        "{total} - {covered} = {rest} left 'chưa/không {verb}'; stated {stated} (difference {diff})",
        "{total} - {covered} = {rest} còn lại 'chưa/không {verb}'; báo cáo ghi {stated} (chênh {diff})",
    ),
    "granularity.fits": (
        "{k}/{n} = {calc}% -> {how} {stated}% (base {n})",
        "{k}/{n} = {calc}% -> {how} {stated}% (trên tổng {n})",
    ),
    "granularity.impossible": (
        "no whole k/{n} rounds to {stated}%: {k0}/{n} = {c0}%, {k1}/{n} = {c1}%",
        "không có số nguyên k nào để k/{n} làm tròn thành {stated}%: {k0}/{n} = {c0}%, {k1}/{n} = {c1}%",
    ),
    "change.delta": (
        "from {a} to {b}: {diff_expr} = {diff} (stated {stated})",
        "từ {a} đến {b}: {diff_expr} = {diff} (báo cáo ghi {stated})",
    ),
    "change.delta_pct": (
        "from {a} to {b}: {diff}/{a} = {pct}",
        "từ {a} đến {b}: {diff}/{a} = {pct}",
    ),
    "change.avg_growth": (
        "from {a} to {b} over {n} years: average yearly growth ({how}) {pct}",
        "từ {a} lên {b} trong {n} năm: tăng bình quân ({how}) {pct}",
    ),
    "change.delta_rate": (
        "{diff} against {a} before: {diff}/{a} = {pct}",
        "{diff} so với {a} trước đó: {diff}/{a} = {pct}",
    ),
    "change.implied": (
        "{b} after '{verb} {diff}' means {a} before: {diff}/{a} = {pct}",
        "{b} sau khi {verb} {diff} nghĩa là trước đó {a}: {diff}/{a} = {pct}",
    ),
    "change.direction": (
        "'{verb}' from {a} to {b}, but {b} {cmp} {a}",
        "'{verb}' từ {a} đến {b}, nhưng {b} {cmp} {a}",
    ),
    "change.restated": (
        "start {a} = '{a_text}' stated earlier; {a} -> {b} = {diff} {dir}",
        "số đầu {a} = '{a_text}' đã nêu trước đó; {a} -> {b} = {diff} {dir}",
    ),
    "change.restated_end": (
        "end {b} = '{b_text}' stated just before; {a} -> {b} = {diff} {dir}",
        "số cuối {b} = '{b_text}' vừa nêu trước đó; {a} -> {b} = {diff} {dir}",
    ),
    "change.swapped_level": (
        "{which} {x} of the change is '{g_text}' stated earlier for that moment with two digits "
        "swapped: {g} ≠ {x}",
        "{which} {x} của mức thay đổi là '{g_text}' đã nêu trước đó cho cùng thời điểm, bị đảo hai "
        "chữ số: {g} ≠ {x}",
    ),
    "change.versus": (
        "now {now}, before {then}: {how} change {res}",
        "hiện nay {now}, trước đó {then}: mức thay đổi ({how}) {res}",
    ),
    "change.per_year": (
        "({a} - {b}) / {years} yrs ({y0}-{y1}) = {diff}/{years} {unit} a year: {pct}",
        "({a} - {b}) / {years} năm ({y0}-{y1}) = {diff}/{years} {unit} mỗi năm: {pct}",
    ),
    "change.set_up": (
        "{expr} = {sum} = {n} new units set up",
        "{expr} = {sum} = {n} đơn vị thành lập mới",
    ),
    "change.cover_all": (
        "{before} lacking at the start - {new} set up = {rest} left -> 100% holds",
        "{before} chưa có lúc đầu - {new} thành lập mới = còn {rest} -> 100% là đúng",
    ),
    "repeat.referred": (
        "'{what}' totals {a} (its parts add up), but is referred to later as {b}",
        "'{what}' có tổng {a} (các phần cộng lại đúng), nhưng sau đó được nhắc lại là {b}",
    ),
    "repeat.referred_back": (
        "'{what}' totals {a} (its parts add up), but is referred back to later as {b}",
        "'{what}' có tổng {a} (các phần cộng lại đúng), nhưng sau đó được nhắc lại là {b}",
    ),
    "repeat.profile": (
        "{what} stated as {a} in the profile and again here: {a} = {b}",
        "{what} được nêu {a} ở phần giới thiệu và nêu lại ở đây: {a} = {b}",
    ),
    "repeat.profile_den": (
        "{what} stated as {a} in the profile and as the denominator here: {a} = {a}",
        "{what} được nêu {a} ở phần giới thiệu và là mẫu số ở đây: {a} = {a}",
    ),
    "repeat.whole_referred": (
        "'{what}' stated as {a}, then referred to as that whole ('{cue} …') as {b}: {a} ≠ {b}",
        "'{what}' đã nêu là {a}, khi nhắc lại ('{cue} …') lại ghi {b}: {a} ≠ {b}",
    ),
    "repeat.full_fraction": (
        "{a} {what} stated; {b}/{b} {what} counts all of them as {b}: {a} ≠ {b}",
        "đã nêu {a} {what}; {b}/{b} {what} tính tất cả chỉ là {b}: {a} ≠ {b}",
    ),
    "repeat.profile_differs": (
        "{what} stated as {a} in the profile and as {b} here: {a} ≠ {b}",
        "{what} được nêu {a} ở phần giới thiệu nhưng ở đây là {b}: {a} ≠ {b}",
    ),
    "repeat.same": ("'{what}' stated twice: {a} = {b}", "'{what}' được nêu hai lần: {a} = {b}"),
    "repeat.differs": (
        "'{what}' stated twice with the same {anchor} and no change of period: {a} ≠ {b}",
        "'{what}' được nêu hai lần, cùng {anchor}, không đổi thời điểm: {a} ≠ {b}",
    ),
    "repeat.said_above": (
        "'{what}' stated as {a}, then referred back to ('{marker}') as {b}",
        "'{what}' đã nêu là {a}, khi nhắc lại ('{marker}') lại ghi {b}",
    ),
    "repeat.rounded": (
        "'{said}' and {b} {what}: the exact count lies within one unit of the rough one",
        "'{said}' và {b} {what}: số chính xác nằm trong một đơn vị của số ước",
    ),
    "repeat.looked_back": (
        "'{what}' stated as {a}, then restated ({cue}) as {b}: {a} ≠ {b}",
        "'{what}' đã nêu là {a}, khi nhắc lại ({cue}) lại ghi {b}: {a} ≠ {b}",
    ),
    "target.term_n": (
        "target {target}/yr x {years} yrs = {goal}; {got}/{goal} = {pct}",
        "chỉ tiêu {target}/năm x {years} năm = {goal}; {got}/{goal} = {pct}",
    ),
    "change.cause": (
        "from {a} to {b}: {expr} = {calc}, explained by {what} {d}",
        "từ {a} đến {b}: {expr} = {calc}, do {what} {d}",
    ),
    "change.flow": (
        "{expr} = {calc} (stated {b})",
        "{expr} = {calc} (báo cáo ghi {b})",
    ),
    "change.flow_ok": (
        "{expr} = {calc} = {b} stated",
        "{expr} = {calc} = {b} như báo cáo",
    ),
    "change.multiple": (
        "from {a} to {b}: {b}/{a} = {ratio}x; '{said}' means {lo}x-{hi}x",
        "từ {a} đến {b}: {b}/{a} = {ratio} lần; '{said}' nghĩa là {lo}-{hi} lần",
    ),
    "repeat.swapped": (
        "{what} stated as {a} and later as {b}: the same digits with two swapped, so one is a typo",
        "{what} được nêu là {a} rồi sau đó là {b}: cùng các chữ số, đảo chỗ hai chữ số, một trong hai bị gõ nhầm",
    ),
    # -- fit: relations found by their arithmetic (consistent only)
    "fit.share": (
        "{part}/{base} = {pct} (the whole '{base_text}' found by its value)",
        "{part}/{base} = {pct} (tổng '{base_text}' được tìm theo giá trị)",
    ),
    "fit.target": (
        "plan {base}; {part}/{base} = {pct} (the plan '{base_text}' found by its value)",
        "kế hoạch {base}; {part}/{base} = {pct} (kế hoạch '{base_text}' được tìm theo giá trị)",
    ),
    "fit.sum": (
        "{expr} = {total} = '{total_text}' (parts found by their sum)",
        "{expr} = {total} = '{total_text}' (các phần được tìm theo tổng)",
    ),
    "fit.flow": (
        "{a} {expr} = {calc} = {b} stated (movements found by their sum)",
        "{a} {expr} = {calc} = {b} như báo cáo (các biến động được tìm theo tổng)",
    ),
    "fit.delta": (
        "{a} -> {b}: difference {diff} = {stated} stated (levels found by their difference)",
        "{a} -> {b}: chênh {diff} = {stated} như báo cáo (hai mức được tìm theo hiệu số)",
    ),
    "change.index": (
        "{now} as a percent of the same period before ({then}): {now}/{then} = {pct}",
        "{now} so với cùng kỳ ({then}): {now}/{then} = {pct}",
    ),
    "fit.graded": (
        "({a} + {b})/{whole} = {pct} (the top two grades of the list before over its whole)",
        "({a} + {b})/{whole} = {pct} (hai mức xếp loại cao nhất của danh sách trước đó trên tổng)",
    ),
    "fit.rest": (
        "{total} - {done} = {rest} still to do = {rest} stated (whole and part done found by their difference)",
        "{total} - {done} = {rest} còn lại = {rest} như báo cáo (tổng và phần đã làm được tìm theo hiệu số)",
    ),
    "fit.times": (
        "{done}/{plan} = {calc} times the plan -> rounds to {stated} stated (plan found in its bracket)",
        "{done}/{plan} = {calc} lần chỉ tiêu -> làm tròn thành {stated} như báo cáo (chỉ tiêu trong ngoặc)",
    ),
    "fit.delta_pct": (
        "{a} -> {b}: ({b} - {a})/{a} = {pct} (levels found by their change)",
        "{a} -> {b}: ({b} - {a})/{a} = {pct} (hai mức được tìm theo mức thay đổi)",
    ),
}


def fmt(x: object, lang: str) -> str:
    """See :func:`_fmt`; numbers are cached (the same figures are explained again and again)."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    return _fmt(x, lang)


@lru_cache(maxsize=8192)
def _fmt(x: float, lang: str) -> str:
    """A number as the language writes it. E.g. 1349 -> "1349" (en), "1.349" (vi); 93.49 -> "93,49" (vi)."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return f"{x:,}".replace(",", ".") if lang == "vi" else str(x)
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    if lang == "vi":
        whole, _, frac = s.partition(".")
        whole = f"{int(whole):,}".replace(",", ".") if whole.lstrip("-").isdigit() else whole
        return f"{whole},{frac}" if frac else whole
    return s


def render(key: str, **values: object) -> tuple[str, str]:
    """Fill template ``key`` in both languages.

    Values that are ``(en, vi)`` tuples are used as they are (already rendered phrases).

    >>> render("ratio_percent", num=1349, den=1443, pct=("93.49%", "93,49%"))
    ('1349/1443 = 93.49%', '1.349/1.443 = 93,49%')
    """
    en_t, vi_t = TEMPLATES[key]
    en: dict[str, object] = {}
    vi: dict[str, object] = {}
    for k, v in values.items():  # one pass, numbers formatted in both languages at once
        cls = v.__class__
        if cls is float or cls is int:  # the common case, tested without isinstance (hot)
            en[k], vi[k] = _both(v)
        elif isinstance(v, tuple):
            en[k], vi[k] = v
        elif isinstance(v, int | float) and not isinstance(v, bool):
            en[k], vi[k] = _both(v)
        else:
            en[k] = vi[k] = str(v)
    return en_t.format_map(en), vi_t.format_map(vi)


@lru_cache(maxsize=8192)
def _both(x: float) -> tuple[str, str]:
    return _fmt(x, "en"), _fmt(x, "vi")
