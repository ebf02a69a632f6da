"""The rich Console every table goes through, sized by `planctl.terminal.output_width`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.terminal import UNLIMITED_WIDTH, output_width

if TYPE_CHECKING:
    from rich.console import Console


def make_console() -> Console:
    """As wide as the terminal (or COLUMNS); unlimited for a pipe or a file."""
    from rich.console import Console

    return Console(highlight=False, width=output_width())


def fill_width(console: Console) -> bool:
    """Whether a table stretches to the width: yes when the width is a terminal's; in a pipe it fits its text."""
    return console.width < UNLIMITED_WIDTH
