"""A spaCy pipeline component: the extractors and checker over a ``spacy.tokens.Doc``.

    >>> import spacy
    >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    >>> nlp.add_pipe("vnreport_miner")  # doctest: +SKIP
    >>> doc = nlp(normalise_text("Tỉnh có 40.240 đảng viên."))  # doctest: +SKIP
    >>> [(s.text, s.label_) for s in doc.spans["vnreport"]]  # doctest: +SKIP
    [('40.240 đảng viên', 'quantity')]

spaCy may not rewrite a Doc's text, so the component does not normalise: pass text
through :func:`vnreport_miner.pipeline.normalise.normalise_text` first (the CLI does).
Each span keeps the mention's fields in ``span._.vnr``; checks are in ``doc._.vnr_checks``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .pipeline import STAGES
from .pipeline.ingest import doc_id_for
from .records import Document, Options

SPAN_KEY = "vnreport"

if not Span.has_extension("vnr"):
    Span.set_extension("vnr", default=None)
if not Doc.has_extension("vnr_checks"):
    Doc.set_extension("vnr_checks", default=None)


class VnReportMiner:
    """Runs segment -> extract -> check over ``doc.text`` and stores spans in ``doc.spans``."""

    def __init__(self, entities: bool = True, checks: bool = True) -> None:
        self.options = Options(entities=entities, checks=checks)

    def __call__(self, doc: Doc) -> Doc:
        record = Document(path="<spacy>", format="txt", raw_text=doc.text, text=doc.text)
        record.doc_id = doc_id_for(doc.text.encode("utf-8"))
        for name, stage in STAGES:
            if name != "normalise":  # spaCy text is immutable: normalise before nlp()
                record = stage(record, self.options)
        spans = []
        for m in record.mentions:
            span = doc.char_span(
                m.start, m.end, label=m.get("label") or m.type, alignment_mode="expand"
            )
            if span is not None:
                span._.vnr = {"id": m.id, "type": m.type, "rule": m.rule, "start_char": m.start,
                              "end_char": m.end, **m.attrs}  # fmt: skip
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        doc._.vnr_checks = [c.to_row(record.doc_id, "<spacy>") for c in record.checks]
        return doc


@Language.factory(
    "vnreport_miner",
    default_config={"entities": True, "checks": True},
    assigns=["doc.spans", "span._.vnr", "doc._.vnr_checks"],
)
def make_vnreport_miner(nlp: Language, name: str, entities: bool, checks: bool) -> VnReportMiner:
    return VnReportMiner(entities=entities, checks=checks)
