"""README.md stays true: its configuration reference is the settings tree, every command it
names exists."""

from __future__ import annotations

from duet.app.cli import build_parser
from duet.app.settings_doc import BEGIN, END, reference
from tests.servers import REPO

README = (REPO / "README.md").read_text()


def test_configuration_reference_is_current() -> None:
    section = README.split(BEGIN, 1)[1].split(END, 1)[0]
    assert section.strip() == reference().strip(), (
        "run: .venv/bin/python -m duet.app.settings_doc --write README.md"
    )


def test_every_command_in_the_readme_exists() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in ("up", "edge", "cloud", "route", "eval-router"):
        assert name in commands and f"duet {name}" in README


def test_the_two_setup_commands_are_documented() -> None:
    assert "`make run`" in README and "`make test`" in README
    assert "make test" in (REPO / ".ci" / "run").read_text()
