"""Sentence spans: the same boundaries as underthesea's sent_tokenize, as exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_miner.pipeline.segment import sentence_spans

underthesea = pytest.importorskip("underthesea")


def _spaced(text: str) -> str:
    """``text`` with a space after every point that a small letter follows."""
    return "".join(
        c + " " if c == "." and i + 1 < len(text) and text[i + 1].islower() else c
        for i, c in enumerate(text)
    )


CASES = [
    "Đảng bộ huyện có 2.415 đảng viên. Năm 2022 kết nạp 96 đảng viên mới!",
    "Tỷ lệ đạt 93,5%. Còn lại 6,5% chưa đạt... Vì sao? Do thiếu nguồn.",
    "TP. Hồ Chí Minh có nhiều phường. Ths. Nguyễn Văn An phát biểu.",
    "Nghị quyết số 04-NQ/TU ngày 23-5-2016. Sau đó... các chi bộ họp",
    "Ông A. Bà B. Còn lại",
    "Kết quả: đạt 1.349/1.443 thôn bản (chiếm 93,5%).",
    "Có 3 nhóm giải pháp... và 5 nhiệm vụ.",
]


@pytest.mark.parametrize("text", CASES)
def test_segment_agrees_with_underthesea(text: str) -> None:
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == underthesea.sent_tokenize(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có 5 xã. Có 2 phường.", [(0, 8), (9, 21)]),
        ("Tiêu đề\n\nCó 5 xã.", [(0, 7), (9, 17)]),
        ("   ", []),
    ],
)
def test_segment_spans_are_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert sentence_spans(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Có", "5", "xã", ".", "...", "?", "!", " ", "TP.", "A.", "1.349", "\n", "Đảng"]),
                max_size=30))  # fmt: skip
def test_segment_matches_underthesea_per_paragraph(parts: list[str]) -> None:
    # a point right before a small letter is our one departure (see the test below): a
    # space after such a point keeps the comparison to the cases where the two agree
    text = _spaced("".join(parts))
    spans = sentence_spans(text)
    offset = 0
    for para in text.split("\n"):
        inside = [text[s:e] for s, e in spans if offset <= s and e <= offset + len(para)]
        assert inside == underthesea.sent_tokenize(para)
        offset += len(para) + 1
    # outside the spans there is only whitespace, and spans do not overlap
    last = 0
    for s, e in spans:
        assert s >= last and text[last:s].strip() == ""
        last = e
    assert text[last:].strip() == ""


def test_tokenizer_loaded_without_the_package_is_underthesea_s() -> None:
    """The file-level load of sent_tokenize (which skips underthesea's 0.5 s package
    import) gives exactly the abbreviations and boundary test the package gives."""
    from underthesea.pipeline import sent_tokenize as st

    from vnreport_miner.pipeline.segment import _sent_tokenize_module

    mine = _sent_tokenize_module()
    mine._load_model()
    st._load_model()
    assert mine.sentence_tokenizer.abbrev_types == st.sentence_tokenizer.abbrev_types
    assert len(mine.sentence_tokenizer.abbrev_types) > 500
    text = "Ông Nguyễn Văn A., TS. Lê B. dự họp. Có 1.349 thôn! Xong... Hết"
    assert mine.sent_tokenize(text) == st.sent_tokenize(text)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviated multiplier glued to its currency: one sentence (underthesea: two)
        ("Tổng kinh phí 1.250 tr.đ, trong đó ngân sách tỉnh 800 tr.đ. Đã giải ngân 92%.",
         ["Tổng kinh phí 1.250 tr.đ, trong đó ngân sách tỉnh 800 tr.đ.", "Đã giải ngân 92%."]),
        ("Xem tại xaydungdang.org.vn. Bài viết có 3 phần.",
         ["Xem tại xaydungdang.org.vn.", "Bài viết có 3 phần."]),
        # a point before a capital or a space still ends a sentence
        ("Có 5 xã.Năm 2024 có 6 xã. Còn lại 2 xã.", ["Có 5 xã.", "Năm 2024 có 6 xã.", "Còn lại 2 xã."]),
    ],
)  # fmt: skip
def test_a_point_before_a_small_letter_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences
