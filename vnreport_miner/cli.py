"""The ``extract`` command: parses arguments and calls the pipeline. Nothing else.

extract run corpus/                 # dataset into outputs/
extract eval ../shared/gold         # score against gold (runs the pipeline if needed)
extract show corpus/bao_cao.txt     # displaCy page of what was found in one report
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import MinerError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn Vietnamese provincial reports into a checked dataset.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vnreport-miner {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """vnreport-miner: figures, dates, references and entities from Vietnamese reports, cross-checked."""


@app.command()
def run(
    corpus: Annotated[
        Path, typer.Argument(help="Folder of reports (searched recursively), or one file.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the dataset.")] = Path(
        "outputs"
    ),
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Documents processed in parallel.")
    ] = 1,
    entities: Annotated[
        bool, typer.Option("--entities/--no-entities", help="Named entities (slower).")
    ] = True,
    checks: Annotated[
        bool, typer.Option("--checks/--no-checks", help="Cross-check the figures.")
    ] = True,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Ignore results cached by an earlier run.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Files larger than this get an error row.")
    ] = 20_000_000,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")
    ] = False,
) -> None:
    """Extract and check every report under CORPUS; write JSONL, CSV, Parquet and SQLite to --out."""
    from .pipeline.runner import run_corpus
    from .records import Options
    from .report import format_run_summary

    options = Options(entities=entities, checks=checks, max_bytes=max_bytes)
    summary = run_corpus(
        corpus, out, options, workers=workers, fresh=fresh, progress=None if not quiet else False
    )
    if not quiet:
        typer.echo(format_run_summary(summary))
    if summary.status.get("error"):
        raise typer.Exit(code=1)


@app.command("eval")
def eval_(
    gold: Annotated[
        Path, typer.Argument(help="Folder of *.gold.jsonl files (the ../shared/gold format).")
    ],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred", help="Output folder of `extract run`; if absent, the pipeline is run."
        ),
    ] = None,
    docs: Annotated[
        Path | None,
        typer.Option(
            "--docs",
            help="Reports to run when --pred is absent (default: GOLD, else GOLD/../seeds).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 per mention type, and check verdict scores, against gold."""
    from .evaluate import evaluate, format_report

    if not gold.is_dir():
        raise MinerError(f"gold folder not found: {gold}", "E402")
    if pred is None:
        from .pipeline.runner import run_corpus

        docs = docs or _reports_for(gold)
        with tempfile.TemporaryDirectory(prefix="vnreport-eval-") as tmp:
            run_corpus(docs, Path(tmp), progress=False)
            result = evaluate(gold, Path(tmp))
    else:
        result = evaluate(gold, pred)
    typer.echo(
        json.dumps(result, ensure_ascii=False, indent=2) if as_json else format_report(result)
    )


def _reports_for(gold: Path) -> Path:
    """Gold beside its reports (corpus/), or in a gold/ folder beside seeds/."""
    from .pipeline.ingest import SUFFIX_FORMAT

    if any(p.suffix.lower() in SUFFIX_FORMAT for p in gold.iterdir() if not p.name.endswith(".md")):
        return gold
    seeds = gold.parent / "seeds"
    if seeds.is_dir():
        return seeds
    raise MinerError(f"no reports beside {gold}: say where they are with --docs", "E402")


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One report.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file to write.")] = None,
    entities: Annotated[bool, typer.Option("--entities/--no-entities")] = True,
) -> None:
    """Render what was found in one report as a displaCy HTML page, with its check verdicts."""
    from .pipeline import process_file
    from .records import Options
    from .visualise import render_html

    if not file.is_file():
        raise MinerError(f"not a file: {file}", "E401")
    doc = process_file(file, file.parent, Options(entities=entities))
    if doc.status == "error":
        raise MinerError(f"{file}: {doc.error}", doc.error_code or "E100")
    target = out or Path(f"{file.stem}.html")
    target.write_text(render_html(doc), encoding="utf-8")
    typer.echo(f"wrote {target} ({len(doc.mentions)} mentions, {len(doc.checks)} checks)")


@app.command()
def schema(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the JSON Schema files.")
    ] = Path("schemas"),
) -> None:
    """Write the JSON Schema of every output table (the repo's schemas/ folder is made by this)."""
    from .pipeline.write import write_json
    from .schema import TABLES, json_schema

    for table in TABLES:
        write_json(out / f"{table}.schema.json", json_schema(table))
    typer.echo(f"wrote {len(TABLES)} schemas to {out}")


def _interrupted() -> None:
    typer.echo("interrupted: finished documents are cached; run again to resume", err=True)
    sys.exit(130)


def main() -> None:
    """Console entry point: a user never sees a traceback."""
    try:
        code = app(standalone_mode=False)
    except MinerError as exc:
        typer.echo(f"error {exc}", err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _interrupted()
    except OSError as exc:  # an output location that cannot be written
        typer.echo(
            f"error E404: cannot write {exc.filename or ''}: {exc.strerror or exc}", err=True
        )
        sys.exit(2)
    except Exception as exc:  # usage errors (typer's own click) and anything unexpected
        if type(exc).__name__ == "NoArgsIsHelpError":  # `extract` alone: the help was shown
            sys.exit(0)
        if callable(getattr(exc, "show", None)) and isinstance(
            getattr(exc, "exit_code", None), int
        ):
            exc.show()  # a usage error: click's message, as any CLI would print it
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Abort":
            sys.exit(1)
        typer.echo(f"error E000: unexpected {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
    if code == 130:  # typer turns Ctrl-C into Exit(130) and returns it without standalone mode
        _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
