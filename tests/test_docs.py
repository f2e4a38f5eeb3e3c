"""The README stays true: its commands exist and the score table is there."""

import re

from click.testing import CliRunner

from conftest import ROOT
from kg.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_and_has_help():
    for name, command in cli.commands.items():
        assert f"kg {name}" in README, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"<!-- test-command -->\s*```sh\n(.+?)\n```", README, re.S).group(1).strip()
    assert test_command in ci


def test_readme_shows_the_scores():
    assert "MICRO (all categories)" in README


def test_readme_python_example_runs(capsys):
    block = re.search(r"```python\n(.+?)\n```", README, re.S).group(1)
    exec(compile(block.replace('["seeds"]', f'["{ROOT / "seeds"}"]'), "README", "exec"), {})
    assert "580000" in capsys.readouterr().out
