"""The data types that flow through the pipeline. Data only: no behaviour beyond tiny helpers.

Every span (`Token`, `Sentence`, `Mention`, `Figure`) holds `start`/`end` offsets into
`Document.text`, so evidence quoted in the exports is always verbatim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "Label",
    "BODY_LABELS",
    "Document",
    "Token",
    "Sentence",
    "Mention",
    "Relation",
    "Figure",
    "Doc",
    "Stage",
    "BadInput",
    "Evidence",
    "Entity",
    "Fact",
    "FigureFact",
    "KnowledgeBase",
]


class Label(StrEnum):
    """The classes of the public contract, plus `Role` for post titles."""

    PERSON = "Person"
    GOV = "GovernmentBody"
    ORG = "Organization"
    COMPANY = "Company"
    POLICY = "Policy"
    INDUSTRY = "Industry"
    EVENT = "Event"
    PLACE = "Place"
    ROLE = "Role"


ENTITY_LABELS = tuple(label for label in Label if label is not Label.ROLE)
BODY_LABELS = (Label.GOV, Label.ORG, Label.COMPANY)  # what can hold posts, issue, host


@dataclass(frozen=True, slots=True)
class Document:
    """One input document as read from disk: the text every offset indexes into."""

    id: str
    text: str
    source: str
    title: str = ""
    published: str = ""  # ISO date, year-month or year; "" when unknown
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    pos: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its place in the layout: which part, and who is speaking."""

    index: int
    start: int
    end: int
    part: str = "body"  # title | note | question | answer | body | byline
    speaker: str = ""  # the person whose Q&A turn contains the sentence


@dataclass(frozen=True, slots=True)
class Mention:
    """A labelled span, like spaCy's Span. `norm` is the canonical name it resolves to."""

    start: int
    end: int
    text: str
    label: Label
    norm: str = ""
    rule: str = ""
    scope: str = ""  # non-empty: the entity is local to this document (generic names)
    nested: bool = False  # inside a longer mention (政协…会议 in 关于政协…的函): kept for the graph only

    @property
    def name(self) -> str:
        return self.norm or self.text


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact stated in one sentence. Memberships carry the post title in `role`."""

    subject: Mention
    predicate: str
    object: Mention
    sentence: int
    role: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A statistic: normalised value with its base unit and what it means."""

    start: int
    end: int
    text: str
    value: str  # decimal string, normalised (万 = 1e4, 亿 = 1e8)
    unit: str
    sentence: int
    metric: str = ""
    period: str = ""
    kind: str = "actual"
    qualifier: str = ""
    about: Mention | None = None
    reported_by: str = ""


@dataclass(frozen=True, slots=True)
class Doc:
    """The one object that per-document stages pass along."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    skipped: tuple[tuple[int, int], ...] = ()  # repeated passages and debris, by offsets
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    figures: tuple[Figure, ...] = ()
    home_body: str = ""  # the ministry that speaks or signs (我部 resolves to it)

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None


Stage = Callable[[Doc], Doc]


class BadInput(ValueError):
    """An input file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was stated: the document and the sentence, verbatim."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    label: Label
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()
    date: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """A binary relation between entities, or a membership (with `role`), with its evidence."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]
    role: str = ""


@dataclass(frozen=True, slots=True)
class FigureFact:
    id: str
    figure: Figure
    doc_id: str
    evidence: str
    about: str = ""  # entity id
    reported_by: str = ""  # entity id


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    figures: tuple[FigureFact, ...]
