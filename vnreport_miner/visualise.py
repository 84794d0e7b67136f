"""displaCy rendering of one document: mentions as highlighted spans, checks listed."""

from __future__ import annotations

import html

from .records import Document

COLOURS = {
    "QUANTITY": "#fde68a",
    "PERCENT": "#fca5a5",
    "RATIO": "#f9a8d4",
    "DATE": "#a7f3d0",
    "PERIOD": "#6ee7b7",
    "LEGAL_REF": "#93c5fd",
    "PER": "#c4b5fd",
    "LOC": "#fdba74",
    "ORG": "#5eead4",
}


def _label(m) -> str:
    return (m.get("label") if m.type == "entity" else m.type).upper()


def render_html(doc: Document) -> str:
    """A standalone HTML page (displaCy "ent" style, manual mode: no spaCy model needed)."""
    from spacy import displacy

    ents, last_end = [], -1
    for m in sorted(doc.mentions, key=lambda m: (m.start, -m.end)):
        if m.start < last_end:  # displaCy cannot nest spans: keep the outer one
            continue
        ents.append({"start": m.start, "end": m.end, "label": _label(m)})
        last_end = m.end
    body = displacy.render(
        {"text": doc.text, "ents": ents, "title": doc.title},
        style="ent",
        manual=True,
        page=False,
        options={"colors": COLOURS},
    )
    rows = "".join(
        f"<li><b>{html.escape(c.verdict)}</b> [{html.escape(c.kind)}] {html.escape(c.why)}</li>"
        for c in doc.checks
    )
    return (
        "<!doctype html><html lang='vi'><meta charset='utf-8'>"
        f"<title>{html.escape(doc.title or doc.path)}</title><body style='max-width:60em;margin:auto'>"
        f"{body}<h2>Checks</h2><ul>{rows or '<li>none</li>'}</ul></body></html>"
    )
