"""A document that is a policy's own text (a plan, a guidance, the plan a notice issues).

Its title is the policy (三部门关于推动能源电子产业发展的指导意见), or a line is nothing but the policy's
name (the plan after its notice); its numbered paragraphs are the policy's tasks: the industries
they name are what it concerns (kg/relate.py) and the figures they set are targets (kg/figures.py).
A reply's numbered answers are no tasks of its own.
"""

from __future__ import annotations

import re

from kg.aliases import EDITION
from kg.layout import paragraphs
from kg.spans import line_span
from kg.types import Doc, Label, Mention

ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|在[^，。；]{2,16}方面，)")  # 在先进设备更新方面，…
EXPLAINED = re.compile(r"\s*(?:政策)?(?:解读|问答|图解)")  # 《…指导意见》政策解读: its tasks are the policy's, told again
LETTERS = ("答复", "函", "复函", "批复", "提案", "建议")


def is_its_own_text(doc: Doc, policy: Mention) -> bool:
    """The document is `policy`'s own text from where it is named on (or its interpretation, whose
    numbered tasks are the policy's: 《…》政策解读)."""
    sent = doc.sentence_at(policy.start)
    if sent is None or policy.name.endswith(LETTERS):
        return False
    text = doc.document.text
    line_start, line_end = line_span(text, policy.start)
    whole_line = EDITION.sub("", text[line_start:line_end].strip("*# 　《》")) == EDITION.sub("", policy.text.strip("《》"))
    explained = sent.part == "title" and policy.text.startswith("《") and EXPLAINED.match(text, policy.end) is not None
    return sent.part == "title" and policy.rule == "official-title" or whole_line or explained


SECTION_HEADING = re.compile(r"[ \t　#*]*[一二三四五六七八九十]+、")
TASKS_HEADING = re.compile(r"[ \t　#*]*[一二三四五六七八九十]+、\s*(?:重点|主要)(?:任务|工作|举措)")  # 三、重点任务
AIMS_HEADING = re.compile(TASKS_HEADING.pattern + r"|[ \t　#*]*[一二三四五六七八九十]+、\s*(?:主要|发展|总体|工作|行动)目标")  # 一、工作目标


def task_paragraphs(doc: Doc, after: int) -> list[tuple[int, int]]:
    """The numbered paragraphs after `after` (（二）发展先进高效的光伏产品及技术。…), and those of a
    section headed as its tasks (三、重点任务) or its goals (一、工作目标), up to the next section."""
    text = doc.document.text
    found, in_tasks = [], False
    for start, end in paragraphs(text):
        if SECTION_HEADING.match(text, start):
            in_tasks = AIMS_HEADING.match(text, start) is not None
        elif start > after and (in_tasks or ITEM_OPENING.match(text, start)):
            found.append((start, end))
    return found


def own_text_start(doc: Doc) -> int | None:
    """Where the policy text the document is begins (the end of its name), if it is one."""
    return next((m.end for m in doc.mentions if m.label is Label.POLICY and is_its_own_text(doc, m)), None)
