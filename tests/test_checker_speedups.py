"""The checker's faster forms give what the plain forms they replace give."""

from __future__ import annotations

from vnreport_miner.checker import context
from vnreport_miner.checker.context import Context, unit_info
from vnreport_miner.checker.templates import render
from vnreport_miner.records import Mention

TEXTS = [
    "Đảng bộ có 24 chi bộ; trong đó 17 chi bộ nông thôn, 7 chi bộ cơ quan. Thu 1.250 tỷ đồng.",
    # "İ" lowers to two characters: the lowered text's offsets are not the text's
    "İ Tỉnh có 45,5 ha; TĂNG 12 hộ (1) so với 2023.\n(1) Có 09 đảng bộ cấp huyện; 04 đảng bộ.",
    "",
]


def _ctx(text: str) -> Context:
    mentions = []
    for k, word in enumerate(w for w in text.split() if w[:1].isdigit()):
        at = text.index(word)
        mentions.append(
            Mention(
                "quantity",
                at,
                at + len(word),
                word,
                "test",
                {"value": 1.0, "unit": "chi bộ"},
                id=f"m{k}",
            )
        )
    sents = [(0, len(text) // 2), (len(text) // 2, len(text))] if text else []
    return Context.build(text, sents, mentions)


def test_windows_match_lowering_each_slice() -> None:
    for text in TEXTS:
        ctx = _ctx(text)
        for f in ctx.figs:
            for n in (0, 5, 12, 60, 500):
                lo, hi = ctx.sentence_span(f.sent)
                assert ctx.before_low(f, n) == text[max(lo, f.start - n) : f.start].lower()
                assert ctx.after_low(f, n) == text[f.end : min(hi, f.end + n)].lower()
            assert ctx.next_in_sent(f) is next(
                (g for g in ctx.figs[f.i + 1 : f.i + 2] if g.sent == f.sent), None
            )


def test_clause_matches_the_plain_form() -> None:
    def plain(ctx: Context, lo: int, hi: int) -> tuple[int, int]:
        s, e = ctx.sentence_span(context._locate(ctx._sent_starts, ctx.sentences, lo))
        if not s <= lo <= e:
            s, e = context._line_of(ctx.text, lo)
        e = max(e, min(hi, len(ctx.text)))
        cut = ctx.text.rfind(";", s, lo)
        s = cut + 1 if cut >= 0 else s
        cut = ctx.text.find(";", hi, e)
        e = cut if cut >= 0 else e
        while s < e and ctx.text[s].isspace():
            s += 1
        while e > s and (ctx.text[e - 1].isspace() or ctx.text[e - 1] in ".;,"):
            e -= 1
        return s, e

    for text in TEXTS:
        ctx = _ctx(text)
        for lo in range(len(text) + 1):
            for hi in (lo, lo + 7, len(text) + 5):
                assert ctx._clause(lo, hi) == plain(ctx, lo, hi)


def test_unit_info_hash_is_the_fields_hash() -> None:
    for unit in ("xã, phường, thị trấn", "chi bộ", "tỷ đồng", None):
        u = unit_info(unit)
        again = context.UnitInfo(u.key, u.head, u.fams, u.heads, u.allowed, u.composite, u.generic)
        assert u == again and hash(u) == hash(again)
        assert {u: 1}[again] == 1


def test_scale_word() -> None:
    for text in ("1.250 tỷ đồng", "52,4 TRIỆU đồng", "3 nghìn tỷ đồng", "12 chi bộ", "5 vạn"):
        assert context._scale_word(text) == next(
            (v for w, v in context._SCALE if w in text.lower()), None
        )


def test_footnotes() -> None:
    ctx = _ctx(TEXTS[1])
    assert ctx.has_footnotes() and ctx.footnote(1, 0) is not None
    assert not _ctx(TEXTS[0]).has_footnotes()


def test_render_numbers_tuples_and_words() -> None:
    got = render("ratio_percent", num=1349, den=1443.0, pct=("93.49%", "93,49%"))
    assert got == ("1349/1443 = 93.49%", "1.349/1.443 = 93,49%")
    assert render("ratio_percent", num=True, den="x", pct=2.5) == ("True/x = 2.5", "True/x = 2,5")


def test_line_matches_is_multiline_caret() -> None:
    import random
    import re

    from vnreport_miner.checker import part_whole

    pairs = [
        (context._FOOTNOTE_LINE, context._FOOTNOTE_LINE_NL),
        (part_whole._CLOSING_LINE, part_whole._CLOSING_LINE_NL),
    ]
    pieces = ["(1) ", "(12). ", " \t", "\n", "tổng cộng: ", "cộng ", "tổng\n", "7", "x", "Có"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for at_line, after_nl in pairs:
            plain = re.compile("(?m)^" + at_line.pattern)
            want = [(m.start(), m.end(), m.groups()) for m in plain.finditer(text)]
            got = [
                (s, m.end(), m.groups()) for s, m in context.line_matches(at_line, after_nl, text)
            ]
            assert got == want, text


def test_starting_in_and_moments() -> None:
    from vnreport_miner.checker import repeat

    assert repeat._MOMENT.groups == 0  # _moments reads findall as whole matches
    ctx = _ctx(TEXTS[0])
    for lo in range(-1, len(TEXTS[0]) + 2, 3):
        for hi in range(lo, len(TEXTS[0]) + 2, 5):
            assert ctx.starting_in(lo, hi) == [f for f in ctx.figs if lo <= f.start < hi]


def test_unit_info_pickles_without_its_hash() -> None:
    import copy
    import pickle

    u = unit_info("xã, phường, thị trấn")
    for again in (pickle.loads(pickle.dumps(u)), copy.deepcopy(u), copy.copy(u)):
        assert again == u and hash(again) == hash(u) and again.allowed == u.allowed
