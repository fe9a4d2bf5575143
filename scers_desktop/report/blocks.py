"""The pieces a PDF section is made of, as plain data: paragraphs, tables and the benefit-by-age chart."""

from dataclasses import dataclass

from scers_desktop.present.curve import Curve


@dataclass(frozen=True)
class Table:
    """A table: headings, rows of text, and each column's share of the width."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric_columns: tuple[int, ...] = ()
    highlight_row: int | None = None
    #: The first and last column of ``highlight_row`` to shade (the whole row by default).
    highlight_columns: tuple[int, int] = (0, -1)
    #: A column with a rule before it (the second half of a table printed side by side).
    divider: int | None = None


Block = str | Table | Curve


@dataclass(frozen=True)
class Section:
    """A titled part of the document."""

    title: str
    blocks: tuple[Block, ...]
