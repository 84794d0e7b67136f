"""Human-readable summaries printed by the CLI at the end of a batch."""

from __future__ import annotations

from .pipeline.runner import RunSummary


def format_run_summary(s: RunSummary, max_listed: int = 20) -> str:
    """E.g. "6 documents (6 ok, 0 error) in 0.8 s ..." then one line per inconsistency."""
    ok, err = s.status.get("ok", 0), s.status.get("error", 0)
    lines = [
        f"{s.documents} documents ({ok} ok, {err} error; {s.reused} reused from cache) "
        f"in {s.wall_seconds:.1f} s -> {s.out}",
        "mentions: " + (", ".join(f"{k} {v}" for k, v in s.mentions.items()) or "none"),
        "checks: "
        + (", ".join(f"{k} {v}" for k, v in s.checks.items()) or "none")
        + f"; references: {s.references}",
    ]
    if s.n_inconsistent:
        lines.append(f"{s.n_inconsistent} inconsistencies:")
        for item in s.inconsistencies[:max_listed]:
            lines.append(f"  {item['path']}  [{item['kind']}]  {item['why']}")
        if s.n_inconsistent > max_listed:
            lines.append(f"  ... and {s.n_inconsistent - max_listed} more in checks.jsonl")
    for e in s.errors[:max_listed]:
        lines.append(f"error {e['code']} {e['path']}: {e['error']}")
    if s.n_errors > max_listed:
        lines.append(f"... and {s.n_errors - max_listed} more errors in documents.jsonl")
    return "\n".join(lines)
