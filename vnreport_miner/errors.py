"""Errors a user can meet, each with a stable code (as spaCy's ``errors.py``)."""

from __future__ import annotations


class MinerError(Exception):
    """An error with a code and a message meant for the user, never a traceback."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.args[0]}"


class IngestError(MinerError):
    """A file could not be read as a report (E1xx)."""

    code = "E100"


# Codes, in one place so the README can list them.
CODES = {
    "E100": "the file could not be read",
    "E101": "empty file, or no text after extraction",
    "E102": "binary file: not a text, HTML, DOCX or PDF document",
    "E103": "text encoding could not be decoded",
    "E104": "file too large (see --max-bytes)",
    "E105": "corrupt or unreadable PDF",
    "E106": "corrupt or unreadable DOCX",
    "E107": "unsupported file type",
    "E200": "an extractor failed on this document (a bug: please report it)",
    "E202": "one check kind failed on this document: an unverifiable row says so, the rest is kept",
    "E301": "a mention carries a field that is not in the schema (a bug)",
    "E401": "corpus folder not found",
    "E402": "gold folder not found or empty",
    "E403": "another run is writing to the same output folder",
    "E404": "an output location cannot be written",
}
