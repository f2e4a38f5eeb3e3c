"""Session fixtures: the seeds graph built once, in a temporary folder, through the real CLI path."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_export(tmp_path_factory) -> Path:
    """exports of seeds/ built by `kg build` (in-process through click's runner)."""
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("exports")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def seeds_graph():
    import kg

    return kg.build([SEEDS])


@pytest.fixture(scope="session")
def store(seeds_export):
    from kg.query import load_store

    return load_store(seeds_export / "graph.ttl")


def make_doc(text: str, title: str = "", published: str = ""):
    """A processed Doc of one text (all per-document stages)."""
    from kg.pipeline import process
    from kg.types import Document

    return process(Document(id="t", text=text, source="t.txt", title=title, published=published))
