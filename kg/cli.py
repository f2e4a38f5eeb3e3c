"""The `kg` command: thin wrappers over the library. Only this module prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

__all__ = ["cli"]

CACHE_DIR = ".kg-cache"


@click.group()
@click.version_option(package_name="policy-kg")
def cli() -> None:
    """policy-kg: Chinese government texts → a knowledge graph (Turtle, HTML, graph databases)."""


def _check_out(inputs: tuple[Path, ...], out: Path) -> None:
    """Refuse an --out that is one of the inputs: the build would overwrite what it reads."""
    if any(path.resolve() == out.resolve() for path in inputs):
        raise click.ClickException(f"--out {out} is one of the inputs; choose another folder")


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed build left behind (its finished exports were never touched)."""
    if out.is_dir():
        for stale in out.rglob(".*.tmp"):
            stale.unlink(missing_ok=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="Folder for the exports.")
@click.option("--format", "formats", multiple=True, help="Export only these formats (repeatable).")
@click.option("--quiet", is_flag=True, help="No progress or summary on stderr.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Keep per-document results in OUT/.kg-cache, so a rebuild re-extracts only changed documents.")
def build(inputs: tuple[Path, ...], out: Path, formats: tuple[str, ...], quiet: bool, jobs: int | None,
          cache: bool) -> None:
    """Build the graph of files and folders of documents into OUT.

    Exit status: 0 when every input was built; 2 when some inputs were skipped (each one is named
    on stderr) but the others were built; 1 when nothing could be built.

    \b
    Example:
        kg build seeds/ --out exports/
        kg build corpus.jsonl.gz --out /tmp/kg --format turtle
    """
    from kg.export import EXPORTERS, write_all
    from kg.parallel import default_jobs
    from kg.pipeline import build as build_graph

    _check_out(inputs, out)
    unknown = [f for f in formats if f not in EXPORTERS]
    if unknown:
        raise click.ClickException(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORTERS)}")
    errors: list[str] = []
    jobs = jobs or default_jobs()
    _remove_stale_temporaries(out)
    G = build_graph(inputs, errors, jobs=jobs, cache=out / CACHE_DIR if cache else None,
                    progress=not quiet and sys.stderr.isatty())
    for error in errors:
        click.echo(f"kg: skipped {error}", err=True)
    documents = sum(1 for _, d in G.nodes(data=True) if d.get("label") == "Document")
    if documents == 0:
        raise click.ClickException("no document could be read; nothing was written")
    paths = write_all(G, out, list(formats) or None, jobs=jobs)
    if not quiet:
        click.echo(f"kg: {documents} documents, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
                   f"{len(errors)} skipped; wrote {', '.join(p.name for p in paths)} to {out}", err=True)
    sys.exit(2 if errors else 0)


@cli.command()
def mentions() -> None:
    """Read JSON Lines {"text": …} on stdin; write one line of mentions per input line.

    \b
    Example:
        echo '{"text": "工业和信息化部副部长王志军"}' | kg mentions
    """
    from kg.mentions import mentions_of

    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            text = json.loads(line)["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise click.ClickException(f"line {number}: expected a JSON object with \"text\" ({e})") from e
        found = [{"start": m.start, "end": m.end, "type": m.label.value, "text": m.text} for m in mentions_of(str(text))]
        click.echo(json.dumps({"mentions": found}, ensure_ascii=False))


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("query_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-e", "--expression", help="The SPARQL query text (instead of a .rq file).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(graph: Path, query_file: Path | None, expression: str | None, fmt: str) -> None:
    """Run a read-only SPARQL query on an exported graph (.ttl, .nt, .nq).

    Common prefixes (kg, kgr, org, skos, prov, dct, rdfs, xsd) are predefined.

    \b
    Example:
        kg query exports/graph.ttl exports/queries/01-speakers.rq
        kg query exports/graph.ttl -e 'SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }' --format csv
    """
    from kg.query import PREFIXES_SPARQL, QueryError, format_rows, load_store, run_query

    if (query_file is None) == (expression is None):
        raise click.ClickException("give either a QUERY_FILE or -e 'SELECT …', not both or neither")
    text = expression if expression is not None else query_file.read_text(encoding="utf-8")
    try:
        variables, rows = run_query(load_store(graph), PREFIXES_SPARQL + text)
    except QueryError as e:
        raise click.ClickException(str(e)) from e
    click.echo(format_rows(variables, rows, fmt))


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(graph: Path) -> None:
    """Check a Turtle graph against the SHACL shapes in ontology/shapes.ttl.

    Exit status 0 when it conforms, 1 with the violations printed when it does not.

    \b
    Example:
        kg validate exports/graph.ttl
    """
    from kg.validate import validate as run_validation

    conforms, report = run_validation(graph)
    if not conforms:
        click.echo(report, err=True)
        raise SystemExit(1)
    click.echo(f"{graph}: conforms to ontology/shapes.ttl")
