"""The spaCy component puts the pipeline's mentions on a Doc as spans."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from vnreport_miner.pipeline.normalise import normalise_text  # noqa: E402
from vnreport_miner.spacy_component import SPAN_KEY  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnreport_miner", config={"entities": False})
    return nlp


@pytest.mark.parametrize(
    "text",
    ["Đảng bộ xã có 1.245 đảng viên, sinh hoạt tại 31 chi bộ.", "Tỷ lệ hộ nghèo giảm còn 12,5%."],
)
def test_spacy_component_spans_match_mentions(nlp, text: str) -> None:
    doc = nlp(normalise_text(text))
    spans = doc.spans[SPAN_KEY]
    assert spans, "the figures extractor found nothing"
    for span in spans:
        info = span._.vnr
        assert doc.text[info["start_char"] : info["end_char"]] in span.text
        assert span.label_ in {"quantity", "percent", "ratio", "date", "period", "legal_ref"}
    assert isinstance(doc._.vnr_checks, list)
