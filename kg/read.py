"""Input files → `Document`s: .txt/.md (optional YAML front matter) and .jsonl/.jsonl.gz corpora.

Text is decoded (UTF-8, UTF-8 with BOM, UTF-16 with BOM, or GB18030 when that is what the bytes
are) and otherwise kept exactly as written: every offset downstream indexes `Document.text`.
A file that cannot be read raises `BadInput` naming the file and the problem.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import yaml

from kg.dates import parse_date
from kg.markup import plain_text
from kg.types import BadInput, Document
from kg.unwrap import unwrap
from kg.widths import narrow_alphanumerics

__all__ = ["discover", "read_file", "read_documents", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".jsonl", ".jsonl.gz")
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # one press text is ~20 KB; larger "documents" are archives to split
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _suffix_ok(path: Path) -> bool:
    return path.name.endswith(SUFFIXES) and not path.name.startswith(".")


def discover(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into input files, sorted; also return one problem per bad path."""
    found: set[Path] = set()
    problems: list[str] = []
    for path in inputs:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.update(Path(root, f) for f in files if _suffix_ok(Path(root, f)))
        elif path.is_file():
            found.add(path)
        else:
            problems.append(f"{path}: no such file or folder (or a broken link)")
    return sorted(found, key=lambda p: (p.name, str(p))), problems


def doc_id(source: str, text: str) -> str:
    """A stable ASCII id: the file stem when it is ASCII, else a hash of name and content."""
    stem = re.sub(r"\.(txt|md|jsonl(\.gz)?)$", "", source)
    if re.fullmatch(r"[A-Za-z0-9_.-]{1,80}", stem):
        return stem
    return "d" + hashlib.blake2b((source + "\0" + text).encode(), digest_size=8).hexdigest()


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM allowed), UTF-16 with a BOM, GB18030, or Big5 where GB18030 reads
    as no Chinese; else refuse."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise BadInput(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    error = ""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        text, error = None, f" ({e.reason} at byte {e.start})"
    if text is not None and _reads_as_chinese(text):
        return text
    try:
        return data.decode("big5")  # traditional Chinese: as GB18030 its bytes decode, to characters no one writes
    except UnicodeDecodeError:
        pass
    if text is not None:
        return text
    raise BadInput(f"{name}: not UTF-8, UTF-16, GB18030 or Big5 text{error}")


COMMON_SHARE = 0.6  # of the Han characters decoded: in a real text nearly all are in GB2312; in Big5 read as GB18030, a fifth


def _reads_as_chinese(text: str) -> bool:
    """Whether GB18030-decoded text reads as Chinese: most of its Han characters are common ones."""
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\ufe30" <= ch <= "\ufe4f"
           or "\u3300" <= ch <= "\u33ff"]  # kana and compatibility forms: what Big5 bytes decode to
    if len(han) < 20:
        return True
    return sum(_in_gb2312(ch) for ch in han) >= COMMON_SHARE * len(han)


def _in_gb2312(ch: str) -> bool:
    if not "\u4e00" <= ch <= "\u9fff":
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """Return (metadata, body). Malformed YAML is an error naming the file."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as e:
        raise BadInput(f"{name}: malformed YAML front matter ({str(e).splitlines()[0]})") from e
    if not isinstance(meta, dict):
        raise BadInput(f"{name}: YAML front matter is not a mapping")
    return meta, text[match.end():]


def _tags(meta: dict) -> tuple[str, ...]:
    values = []
    for key in ("tags", "categories"):
        value = meta.get(key) or []
        values.extend([value] if isinstance(value, str) else value)
    return tuple(str(v) for v in values if v)


def make_document(source: str, text: str, meta: dict) -> Document:
    text = plain_text(narrow_alphanumerics(unwrap(text)))  # a PDF's fixed-width lines: each paragraph on one line again;
    # ２０２４年: 2024年; [工信部](https://…): 工信部
    return Document(
        id=str(meta.get("id") or doc_id(source, text)),
        text=text,
        source=source,
        title=str(meta.get("title") or "").strip(),
        published=parse_date(meta.get("date")),
        tags=_tags(meta),
    )


def _regular_size(path: Path) -> int:
    """The size of a regular file; anything else (a pipe would block forever) is refused."""
    try:
        info = path.stat()
    except OSError as e:
        raise BadInput(f"{path}: cannot read ({e.strerror or e})") from e
    if not stat.S_ISREG(info.st_mode):
        raise BadInput(f"{path}: not a regular file (a pipe, device or socket)")
    return info.st_size


def read_text_file(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> Document:
    size = _regular_size(path)
    try:
        if size > max_bytes:
            raise BadInput(f"{path}: too large for one document ({size / 2**20:.0f} MB > "
                           f"{max_bytes / 2**20:.0f} MB); split it, or give it as .jsonl with one document per line")
        data = path.read_bytes()
    except OSError as e:
        raise BadInput(f"{path}: cannot read ({e.strerror or e})") from e
    text = decode(data, str(path))
    meta, body = split_front_matter(text, str(path))
    if not body.strip():
        raise BadInput(f"{path}: empty document (no text)")
    return make_document(path.name, body, meta)


def read_jsonl(path: Path, errors: list[str]) -> Iterator[Document]:
    """One document per line; a broken line is reported and skipped, the rest still read."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        _regular_size(path)
    except BadInput as e:
        errors.append(str(e))
        return
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                doc = _jsonl_document(path, number, line, errors)
                if doc is not None:
                    yield doc
    except (OSError, EOFError, UnicodeDecodeError) as e:
        errors.append(f"{path}: cannot read ({e})")


def _jsonl_document(path: Path, number: int, line: str, errors: list[str]) -> Document | None:
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"{path}:{number}: broken JSON line ({e.msg})")
        return None
    if not isinstance(record, dict) or not str(record.get("text") or "").strip():
        errors.append(f"{path}:{number}: no \"text\" in this JSON line")
        return None
    source = f"{path.name}#{record.get('id') or number}"
    meta = {"title": record.get("title"), "date": record.get("date"), "id": record.get("id")}
    if meta["id"] is None:
        meta["id"] = f"{doc_id(path.name, '')}-{number}"
    return make_document(source, str(record["text"]), meta)


def read_file(path: Path, errors: list[str]) -> Iterator[Document]:
    """Documents of one file; problems go to `errors`, never stop the others."""
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        yield from read_jsonl(path, errors)
        return
    try:
        yield read_text_file(path)
    except BadInput as e:
        errors.append(str(e))


def read_documents(inputs: list[Path], errors: list[str] | None = None) -> Iterator[Document]:
    """Stream the documents of files and folders, in a stable order."""
    errors = [] if errors is None else errors
    files, problems = discover(inputs)
    errors.extend(problems)
    for path in files:
        yield from read_file(path, errors)
