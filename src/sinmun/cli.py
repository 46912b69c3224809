"""The `sinmun` command line: thin typer commands that call library functions.

Exit codes: 0 ok (rejects are data, not failure) · 1 validation problems found · 2 usage or configuration error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .errors import UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)
out = Console()


def _usage_error(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files or folders of .txt, .html/.htm and .jsonl articles "
                                                 "(with --engine ray also URIs such as s3://bucket/batch/)"),
    out_dir: Path = typer.Option(Path("data/processed"), "--out", "-o", help="Output folder for the tables"),
    tokens: bool = typer.Option(False, "--tokens", help="Also write the morpheme table (tokens.parquet)"),
    ner: bool = typer.Option(True, "--ner/--no-ner",
                             help="--no-ner: rules only; misses people and organizations "
                                  "that have no title, alias or gazetteer entry"),
    ner_model: str = typer.Option("fast", "--ner-model",  # settings.DEFAULT_NER_MODEL (imported lazily)
                                  help="fast (default): a student distilled from the larger accurate model, about a "
                                       "third of its NER stage's cost, as accurate on KLUE and KMOU (README: both points)"),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles analysed together"),
    max_file_mb: float = typer.Option(10.0, "--max-file-mb", help="Reject input files larger than this"),
    max_article_chars: int = typer.Option(200_000, "--max-article-chars", help="Reject longer articles"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Worker processes (Ray: actors) [default: all cores]"),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Ray Data; pip install 'sinmun\\[ray]')"),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (--engine ray), e.g. ray://head:10001"),
    force: bool = typer.Option(False, "--force", help="Recompute every article instead of reusing cached results"),
    append: bool = typer.Option(False, "--append",
                                help="Add the batch to the archive in --out (tables as folders of month partitions); "
                                     "articles already archived are not added again"),
) -> None:
    """Extract articles, sentences, mentions, amounts, dates, people, organizations and funds."""
    from .engines.local import default_workers
    from .extract import extract as run
    from .progress import progress_bar
    from .settings import NER_MODELS, Limits, RunSettings

    if ner_model not in NER_MODELS:
        _usage_error(f"unknown --ner-model {ner_model!r}: one of {', '.join(NER_MODELS)}")
    try:
        settings = RunSettings(tokens=tokens, ner=ner, ner_model=ner_model, batch_size=batch_size,
                               workers=workers or default_workers(),
                               limits=Limits(max_file_mb=max_file_mb, max_article_chars=max_article_chars))
        inputs = [p if "://" in p else Path(p) for p in inputs]  # Path would fold s3:// into s3:/
        # The Ray engine's driver reads no input and hears of progress every few seconds: the bar
        # counts no JSONL lines and redraws as rarely.
        on_ray = engine == "ray"
        if on_ray:
            from .engines.ray_engine import PROGRESS_SECONDS
        with progress_bar(inputs, disable=quiet, count_lines=not on_ray,
                          refresh_per_second=1 / PROGRESS_SECONDS if on_ray else 10) as advance:
            result = run(inputs, out_dir, settings, progress=advance, engine=engine, address=address, force=force,
                         append=append)
    except UsageError as exc:
        _usage_error(str(exc))
    except ValueError as exc:  # pydantic: a setting out of range
        _usage_error(str(exc).splitlines()[0])
    if append and not quiet:
        from .summary import print_append_summary

        print_append_summary(result, err)
    elif not quiet:
        from .summary import print_summary

        print_summary(result, err)


@app.command()
def validate(out_dir: Path = typer.Argument(Path("data/processed"), help="Folder written by `sinmun extract`")) -> None:
    """Check tables against the schemas and invariants; one line per problem, exit 1 if any."""
    from .validate import validate_dir

    problems = validate_dir(out_dir)
    for line in problems:
        typer.echo(line)  # plain: one line per problem, for logs and grep
    if problems:
        err.print(f"[red]{len(problems)} problem(s)[/red] in {out_dir}")
        raise typer.Exit(1)
    err.print(f"[green]ok[/green]: {out_dir} is valid")


@app.command("check-batch")
def check_batch(
    inputs: list[Path] = typer.Argument(..., help="Input files or folders to check before extraction"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
    max_file_mb: float = typer.Option(10.0, "--max-file-mb", help="Flag input files larger than this"),
    max_article_chars: int = typer.Option(200_000, "--max-article-chars", help="Flag longer articles"),
    against: Optional[Path] = typer.Option(None, "--against",
                                           help="An archive (made with extract --append): extract the batch and "
                                                "compare its figures with the archive's batches instead"),
    config: Optional[Path] = typer.Option(None, "--config", help="Thresholds for --against "
                                                                 "[default: pipelines/check_batch.toml]"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes for --against"),
) -> None:
    """Check an input batch (readable, decodable, parseable, no duplicates); exit 1 on problems.

    With --against ARCHIVE: exit 1 when a figure of the batch (articles with no entities, rejects by
    code, unparsed amounts, mojibake, new outlets, duplicates of archived articles) is far outside the
    archive's own distribution, naming the figure."""
    from .check_batch import check_batch as run
    from .extract import check_inputs
    from .settings import Limits, RunSettings

    try:
        check_inputs(inputs)
        settings = RunSettings(limits=Limits(max_file_mb=max_file_mb, max_article_chars=max_article_chars))
    except UsageError as exc:
        _usage_error(str(exc))
    except ValueError as exc:
        _usage_error(str(exc).splitlines()[0])
    if against is not None:
        _check_against(inputs, against, config, settings.limits, workers, as_json)
        return
    ok, problems = run(inputs, settings)
    if as_json:
        sys.stdout.write(json.dumps({"articles_ok": ok, "problems": [p.as_dict() for p in problems]},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        for p in problems:
            typer.echo(f"{p.code}\t{p.message}")
        err.print(f"{ok} article(s) ok, {len(problems)} problem(s)")
    if problems:
        raise typer.Exit(1)


def _check_against(inputs: list[Path], archive: Path, config: Path | None, limits, workers: int | None,
                   as_json: bool) -> None:
    from .check_against import check_against
    from .engines.local import default_workers
    from .settings import RunSettings

    try:
        settings = RunSettings(limits=limits, workers=workers or default_workers())
        verdicts = check_against(inputs, archive, settings, config)
    except UsageError as exc:
        _usage_error(str(exc))
    flagged = [v for v in verdicts if v.flagged]
    if as_json:
        sys.stdout.write(json.dumps({"figures": [v.as_dict() for v in verdicts]}, ensure_ascii=False, indent=2) + "\n")
    else:
        for verdict in flagged:
            typer.echo(verdict.line())  # plain: one line per figure out of range, for CI logs
        for verdict in verdicts:
            if not verdict.flagged:
                err.print(verdict.line(), markup=False, highlight=False, soft_wrap=True)
        err.print(f"{len(flagged)} figure(s) far outside {archive}'s batches" if flagged
                  else f"[green]ok[/green]: the batch looks like {archive}'s batches")
    if flagged:
        raise typer.Exit(1)


@app.command()
def schemas(
    check: bool = typer.Option(False, "--check", help="Exit 1 when schemas/ differs from the code"),
    folder: Path = typer.Option(Path("schemas"), "--dir", help="Where the schema files live"),
) -> None:
    """Write schemas/<table>.json from the code (or check they are current)."""
    from .tables import SCHEMAS, schema_json_text

    stale = []
    for table in SCHEMAS:
        path = folder / f"{table}.json"
        text = schema_json_text(table)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        out.print(f"{path}: differs from the code — run `sinmun schemas`", markup=False, soft_wrap=True)
    if stale:
        raise typer.Exit(1)


@app.command()
def show(out_dir: Path = typer.Argument(..., help="Folder written by `sinmun extract`"),
         article_id: Optional[str] = typer.Argument(None, help="Article to show (default: list articles)")) -> None:
    """Print an article's clean body with its mentions highlighted, and its entity tables."""
    from .show import show_article

    try:
        show_article(out_dir, article_id, out)
    except UsageError as exc:
        _usage_error(str(exc))


@app.command()
def facts(out_dir: Path = typer.Argument(Path("data/processed"), help="Folder written by `sinmun extract`"),
          subject: Optional[str] = typer.Option(None, "--subject", help="Canonical subject, e.g. 중소벤처기업부 "
                                                "(else subjects containing it)"),
          predicate: Optional[str] = typer.Option(None, "--predicate", help="support, invest, fund_create, capital, "
                                                  "budget, raise, revenue, market_size, valuation, penalty, price, "
                                                  "cost, asset or other"),
          since: Optional[str] = typer.Option(None, "--since", help="Facts dated (else published) on or after "
                                              "YYYY, YYYY-MM or YYYY-MM-DD"),
          limit: int = typer.Option(200, "--limit", min=1, help="Rows printed"),
          wide: bool = typer.Option(False, "--wide", help="Also print the purpose and the sentence")) -> None:
    """Who commits how much to what, by when: the facts table in the terminal (* = implied subject)."""
    from .facts.view import facts_table, read_facts

    try:
        frame = read_facts(out_dir, subject=subject, predicate=predicate, since=since)
    except UsageError as exc:
        _usage_error(str(exc))
    out.print(facts_table(frame, limit, wide))


@app.command()
def report(out_dir: Path = typer.Argument(Path("data/processed"), help="Folder written by `sinmun extract`"),
           html: Path = typer.Option(Path("report.html"), "--html", help="HTML file to write")) -> None:
    """Write one self-contained HTML report with charts (opens offline in any browser)."""
    from .report import write_report

    try:
        write_report(out_dir, html)
    except UsageError as exc:
        _usage_error(str(exc))
    err.print(f"[green]wrote[/green] {html}")


@app.command()
def export(out_dir: Path = typer.Argument(..., help="Folder written by `sinmun extract`"),
           target: Path = typer.Argument(..., help="File to write: .xlsx or .csv"),
           fmt: str = typer.Option("bigkinds", "--format", help="Export layout: bigkinds")) -> None:
    """Export one row per article in the BigKinds layout (xlsx or csv)."""
    from .export import export as run

    try:
        rows = run(out_dir, target, fmt)
    except UsageError as exc:
        _usage_error(str(exc))
    err.print(f"[green]wrote[/green] {rows} article(s) to {target}")


@app.command("eval-ner", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_ner_command(ctx: typer.Context) -> None:
    """Strict entity F1 on the KLUE-NER test split, NER alone and whole pipeline, and the NER alone on
    KMOU dev sentences (strict and overlap); updates metrics.json.

    Options: --split test|dev, --model DIR, --no-pipeline, --no-write, --throughput, --kmou-sentences N.
    """
    from .ner.evaluation import main

    raise typer.Exit(main(ctx.args))


if __name__ == "__main__":
    app()
