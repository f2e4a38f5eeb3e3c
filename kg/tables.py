"""Markdown tables: the row and column a figure sits in.

A release often repeats its figures in a table (| 电信业务收入 | 14628亿元 | 2.6% |): what a cell
measures is its row's first cell, and when (1—10月累计) or how it changes (同比增长) its column's
header says, not the words around the number.
"""

from __future__ import annotations

import dataclasses
import re

from kg.spans import line_span

ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")
RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")


@dataclasses.dataclass(frozen=True)
class Cell:
    """Where a figure stands in a table: its row's label, its column's header, and the header
    row's span (a period said over one column dates the whole table)."""

    row: str
    column: str
    column_span: tuple[int, int]
    header_span: tuple[int, int]
    lead_in_span: tuple[int, int] = (0, 0)  # the paragraph right before the table (一季度，通信业…)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a row's cells, without the pipes and the spaces around them."""
    pipes = [at for at in range(start, end) if text[at] == "|"]
    spans = []
    for left, right in zip(pipes, pipes[1:]):
        cell = text[left + 1:right]
        spans.append((left + 1 + len(cell) - len(cell.lstrip()), right - (len(cell) - len(cell.rstrip()))))
    return spans


def cell_at(text: str, pos: int) -> Cell | None:
    """The table cell holding text[pos], if it is in a row of a Markdown table (| … | … |) and not
    in its first cell; the column's header is the row above the rule |---| (none if there is none)."""
    start, end = line_span(text, pos)
    if not ROW.fullmatch(text, start, end):
        return None
    cells = _cells(text, start, end)
    column = next((k for k, (left, right) in enumerate(cells) if left <= pos < right), None)
    if not column:
        return None
    headers, header = _header(text, start)
    lead_in = _lead_in(text, header[0])
    if column >= len(headers):
        return Cell(text[cells[0][0]:cells[0][1]], "", (start, start), (start, start), lead_in)
    return Cell(text[cells[0][0]:cells[0][1]], text[headers[column][0]:headers[column][1]], headers[column], header, lead_in)


def _lead_in(text: str, table_start: int) -> tuple[int, int]:
    """The last paragraph before the table's first line, if it is no row itself: it says what the
    table holds and when (一季度，通信业整体运行平稳…)."""
    end = table_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return (0, 0)
    line = line_span(text, end - 1)
    return (0, 0) if ROW.fullmatch(text, *line) or RULE.fullmatch(text, *line) else line


def _header(text: str, row_start: int) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """The header cells of the table a row belongs to, and the header line's span: the row right
    above the rule (|---|) that the rows above this one lead up to."""
    at = row_start
    while at > 0:
        at = line_span(text, at - 1)[0]
        line = line_span(text, at)
        if RULE.fullmatch(text, *line):
            if at == 0:
                break
            header = line_span(text, at - 1)
            return (_cells(text, *header), header) if ROW.fullmatch(text, *header) else ([], (row_start, row_start))
        if not ROW.fullmatch(text, *line):
            break
    return [], (row_start, row_start)
