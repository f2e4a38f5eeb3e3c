"""JSON files with their long lists one element per line.

`json.dump(..., indent=…)` runs json's pure-Python encoder, several times slower than the C one
used without indentation; one element per line keeps large exports fast, diffable and readable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from kg.atomic import atomic_write

__all__ = ["write_json"]


def write_json(data: dict, path: Path, rows: Iterable[str] = (), sort_keys: bool = True) -> None:
    """Write `data` (a JSON object) with each element of the lists (or iterators) under `rows` on
    its own line."""
    rows = set(rows)
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys).encode
    items = sorted(data.items()) if sort_keys else list(data.items())
    with atomic_write(path) as out:
        out.write("{\n")
        for number, (key, value) in enumerate(items):
            comma = "," if number < len(items) - 1 else ""
            if key in rows:  # any iterable: elements are written as they come
                out.write(f" {encode(key)}: [")
                for position, element in enumerate(value):
                    out.write(",\n" if position else "\n")
                    out.write(encode(element))
                out.write(f"\n ]{comma}\n")
            else:
                out.write(f" {encode(key)}: {encode(value)}{comma}\n")
        out.write("}\n")
