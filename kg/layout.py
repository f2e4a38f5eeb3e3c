"""Layout: title, editor's note, bylines, Q&A turns and sentences, with scraping debris set aside.

Scraped press pages repeat passages (a page's tail printed again after an image), insert photo
credits and bylines mid-text and break sentences across page breaks. This stage marks repeated
paragraphs and debris as `skipped` spans, joins a sentence across a page break, and gives each
sentence its part of the layout and the speaker of the Q&A turn it belongs to.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg import lexicon
from kg.dates import infer_date
from kg.persons import CREDIT, SPEECH, valid_name
from kg.spans import occurrences
from kg.types import Doc, Sentence

__all__ = ["layout", "paragraphs", "split_sentences", "introduction"]

NOTE = re.compile(r"^\s*(?:#+\s*)?\**\s*编者按\s*\**\s*[：:]?\s*\**\s*")
HEADING = re.compile(r"^\s*#+\s*|^\s*热点[一二三四五六七八九十\d]+[：:]|^\s*[一二三四五六七八九十]+、[^。；]*$")
BYLINE = re.compile(
    rf"^\s*(?:本报|本刊|新华社|央视网)?{CREDIT}[\s：:]*[\u4e00-\u9fff]{{2,4}}"
    r"(?:\s+[\u4e00-\u9fff]{2,4})*\s*$|^\s*[\u4e00-\u9fff]{2,4}\s*摄\s*$|^\s*[（(]?(?:来源|图片来源)[：:].*$"
)
TURN = re.compile(r"^\s*(?:\*\*)?\s*(?:【((?:主持人[ 　])?[\u4e00-\u9fff、·]{1,30}(?:[ 　][\u4e00-\u9fff·]{2,5})?)】|((?:主持人[ 　])?[\u4e00-\u9fff、·]{1,30}(?:[ 　][\u4e00-\u9fff·]{2,5})?)\s*(?:\*\*)?\s*[：:])\s*(?:\*\*)?")  # 王志军：, 【王志军】, 运行监测协调局局长 陶凯元：, 【…新闻发言人 寿小丽】
QUESTIONERS = ("记者", "问", "主持人", "提问")  # lines that ask (or moderate), never answer
QUESTION_MARKS = ("？", "?")
ANSWER = "答"  # an answer whose speaker the text does not name (答记者问)
END_PUNCT = "。！？!?；;…”」』）)：:"
SENTENCE_END = re.compile(r"[。！？!?；;]+[”」』’\"]?")
MIN_REPEAT = 12


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of non-empty lines, trailing spaces excluded."""
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            yield start, end


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence offsets inside [start, end), split after 。！？； (and a closing quote)."""
    pos = start
    for match in SENTENCE_END.finditer(text, start, end):
        yield pos, match.end()
        pos = match.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        yield pos, end


def _speaker(line: str, surnames: frozenset[str], roles: dict[str, str], text: str = "") -> str | None:
    """The name opening a Q&A turn (`王志军：`), "记者" for questions, None for other lines. A name
    with a surname we do not list counts when the document gives it a post (副部长单忠德 … 单忠德：)."""
    match = TURN.match(line)
    if not match:
        return None
    head = match.group(1) or match.group(2)
    if head.startswith("主持人"):
        return "记者"  # 主持人 寿小丽：moderates, as 主持人：does
    if " " in head or "　" in head:  # 运行监测协调局局长 陶凯元：the name after the post
        head = head.split()[-1]
    if head.endswith(QUESTIONERS):
        return "记者"
    if head == ANSWER:
        return ANSWER
    if len(head) > 4:  # 工业和信息化部副部长辛国斌：the name after the last post title
        ends = [at + len(role) for role in roles for at in occurrences(head, role)]
        head = head[max(ends):] if ends else ""
    if any(head.endswith(role) for role in roles) or not 2 <= len(head) <= 4 or head in SPEECH:
        return None  # a salutation such as 张连起委员：; 新闻发言人表示：names no one
    return head if valid_name(head, surnames) or _introduced(head, text, roles) or _labels_turns(head, text) else None


def _labels_turns(name: str, text: str) -> bool:
    """`name：` opens two turns or more, and no dictionary knows it as a word (寿小丽： opens the
    press conference and closes it; a surname we do not list)."""
    from kg.ner import word_frequency  # kg.ner needs the modules this one is imported with

    if lexicon.label_of(name) is not None:
        return False  # 工信部：今年将…, a headline repeated by scraping: a body the lexicon knows, no speaker
    label = re.compile(rf"^\s*\**\s*(?:【{re.escape(name)}】|{re.escape(name)}\s*\**\s*[：:])", re.M)
    return len(label.findall(text)) >= 2 and word_frequency(name) == 0


def _introduced(name: str, text: str, roles: dict[str, str]) -> bool:
    """The document names `name` right after a post title somewhere (副部长单忠德, or in a list of who
    speaks: 工业和信息化部副部长 单忠德)."""
    for at in occurrences(text, name):
        while at and text[at - 1] in " \t　":
            at -= 1
        if any(text[max(0, at - size):at] in roles for size in range(2, 8)):
            return True
    return False


@dataclasses.dataclass
class _State:
    part: str = "body"
    speaker: str = ""
    note_pending: bool = False
    seen: set = dataclasses.field(default_factory=set)


def _classify(line: str, state: _State, lex, text: str = "", title: str = "") -> tuple[str, str]:
    """The part of one paragraph and its speaker; updates the running Q&A state."""
    plain = line.strip("*# 　")
    if len(plain) >= MIN_REPEAT and plain in state.seen:
        return "skip", ""
    state.seen.add(plain)
    if BYLINE.match(line):
        return "byline", ""
    if state.note_pending:
        state.note_pending = False
        return "note", ""
    note = NOTE.match(line)
    if note:
        state.note_pending = not line[note.end():].strip("*# 　")
        return ("heading" if state.note_pending else "note"), ""
    if HEADING.match(line):
        state.part, state.speaker = "body", ""
        return "heading", ""
    if _quoting_headline(plain, state, title):
        return "body", ""  # 比亚迪董事长王传福：今年海外销量有望突破100万辆: the headline, no turn of his
    who = _speaker(line, lex.surnames, lex.roles, text)
    if who == "记者":
        state.part, state.speaker = "question", ""
    elif who == ANSWER:
        state.part, state.speaker = "answer", ""
    elif who:
        state.part, state.speaker = "answer", who
    return state.part, state.speaker


def _quoting_headline(plain: str, state: _State, title: str) -> bool:
    """A headline that quotes someone (王传福：今年…突破100万辆) reads like a turn: it is the document's
    title, or its first line, short and ending with no sentence's mark."""
    if title:
        return plain == title
    return len(state.seen) == 1 and len(plain) <= 60 and plain[-1:] not in END_PUNCT and not plain.endswith(("：", ":"))


def _broken(text: str, start: int, end: int, part: str) -> bool:
    """A paragraph cut by a page break: running text that stops without closing punctuation."""
    if part not in ("body", "answer", "question", "note") or text[end - 1] in END_PUNCT:
        return False
    return end - start > 15 and any(p in text[start:end] for p in "，。；")


def _title_span(doc: Doc, paras: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    text = doc.document.text
    if len(paras) < 2:
        return None  # a bare sentence has no title
    for start, end, part, _ in paras[:6]:
        line = text[start:end]
        if line.lstrip().startswith("# ") and not doc.document.title:
            return start, end
        if part in ("note", "byline", "skip", "answer", "question") or NOTE.match(line):
            continue
        plain = line.strip("*# 　")
        if doc.document.title and plain == doc.document.title:
            return start, end
        if not doc.document.title and len(plain) <= 60 and (plain[-1:] not in END_PUNCT or _bracketed_end(plain)) \
                and not plain.startswith("|"):  # a table's row is no headline
            return start, end
    return None


def _bracketed_end(line: str) -> bool:
    """…系列主题新闻发布会（工业和信息化部）: a headline may end with a bracket, never a sentence's mark."""
    return line.endswith(("）", ")")) and not any(mark in line for mark in "。，；！？")


def layout(doc: Doc) -> Doc:
    """Give the document its sentences, skipped spans, title and date."""
    lex = lexicon.load()
    text = doc.document.text
    state = _State()
    paras = _unlabelled_questions(text, [(s, e, *_classify(text[s:e], state, lex, text, doc.document.title))
                                         for s, e in paragraphs(text)])
    title = _title_span(doc, paras)
    sentences, skipped = _sentences(text, paras, title)
    document = doc.document
    if not document.title and title:
        document = dataclasses.replace(document, title=text[title[0]:title[1]].strip("*# 　"))
    if not document.published:
        note = " ".join(text[s:e] for s, e, p, _ in paras if p == "note") or text[:300]
        document = dataclasses.replace(document, published=infer_date(text, note, lex.plenums, lex.event_suffixes))
    return dataclasses.replace(doc, document=document, sentences=tuple(sentences), skipped=tuple(skipped))


def _unlabelled_questions(text: str, paras: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A paragraph of nothing but questions inside an answer, right before another speaker's turn,
    is the question that turn answers, its 记者： label lost in scraping (…举措？ / 赵志国：…)."""
    fixed = list(paras)
    for i, (start, end, part, speaker) in enumerate(paras[:-1]):
        line, (next_start, next_end, next_part, next_speaker) = text[start:end].strip(), paras[i + 1]
        if part == "answer" and line.endswith(QUESTION_MARKS) and "。" not in line and next_part == "answer" \
                and next_speaker != speaker and TURN.match(text[next_start:next_end]):
            fixed[i] = (start, end, "question", "")
    return fixed


def _sentences(text, paras, title) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """Sentences of the kept paragraphs; one broken by a page break is joined to its tail."""
    spans: list[list] = []  # [start, end, part, speaker]
    skipped: list[tuple[int, int]] = []
    open_tail = False
    for start, end, part, speaker in paras:
        if part == "skip":
            skipped.append((start, end))
            continue
        if title and (start, end) == title:
            part = "title"
        if part == "byline":
            spans.append([start, end, part, ""])
            continue
        pieces = list(split_sentences(text, start, end))
        if open_tail and part not in ("heading", "title") and not TURN.match(text[start:end]):  # 主持人：… opens its own line
            carried = next(s for s in reversed(spans) if s[2] != "byline")
            carried[1] = pieces.pop(0)[1]
        spans.extend([s, e, part, speaker] for s, e in pieces)
        open_tail = _broken(text, start, end, part)
    sentences = [Sentence(i, s, e, p, who) for i, (s, e, p, who) in enumerate(sorted(spans))]
    return sentences, skipped



def story_starts(doc: Doc) -> list[int]:
    """Where each story of a news roundup begins: a line of the body that is a headline (…指导意见》发布,
    教育部等七部门印发意见 提高全民语言文化素养), no sentence's mark at its end, between the end of one
    story and the opening sentence of the next. Empty for a text of one story (its headline is its
    title; numbered headings are sections; a document number, a signature, a date are none)."""
    text = doc.document.text
    lines = list(paragraphs(text))
    body = {s.start for s in doc.sentences if s.part == "body"}
    starts = []
    for (_, before_end), (start, end), (_, after_end) in zip(lines, lines[1:], lines[2:]):
        line = text[start:end].strip()
        if 4 <= len(line) <= 40 and line[-1] not in END_PUNCT and "，" not in line \
                and text[before_end - 1] in "。！？”：" and text[after_end - 1] in "。！？”" and start in body:
            starts.append(start)
    return starts if len(starts) >= 2 else []


def introduction(doc: Doc) -> list[Sentence]:
    """The sentences that introduce the document: its editor's note, else its first lines of text
    (a news lead: 国务院新闻办公室今天举行新闻发布会，…)."""
    notes = [s for s in doc.sentences if s.part == "note"]
    if notes:
        return notes
    title, text = doc.document.title, doc.document.text
    body = [s for s in doc.sentences if s.part in ("body", "answer")
            and not (title and text[s.start:s.end].strip("—-#* 　") in title)]  # a headline's lines (…——访…部长金壮龙)
    return body[:2]


def moderator_opening(doc: Doc) -> list[Sentence]:
    """主持人：女士们、先生们…欢迎出席国务院政策例行吹风会。: the moderator's words before the first answer,
    which name the press conference when no lead or headline does."""
    text, found, moderating = doc.document.text, [], False
    for sentence in doc.sentences:
        if sentence.part == "answer":
            break
        line = text.rfind("\n", 0, sentence.start) + 1
        match = TURN.match(text[line:sentence.end]) if sentence.part == "question" else None
        if match is not None:
            moderating = (match.group(1) or match.group(2)).startswith("主持人")
        if moderating and sentence.part == "question":
            found.append(sentence)  # 主持人 寿小丽：\n\n女士们、先生们…: the lines of the turn after its label too
    return found
