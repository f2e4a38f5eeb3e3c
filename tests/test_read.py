import gzip
import json

import pytest

from kg.read import decode, read_documents, split_front_matter
from kg.types import BadInput


def test_front_matter_becomes_metadata(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: 标题\ndate: 2020-11-07T13:20:52+08:00\ntags:\n  - 5G\ncategories:\n  - 汽车\n---\n正文。\n",
                                   encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert (doc.title, doc.published, doc.tags, doc.text) == ("标题", "2020-11-07", ("5G", "汽车"), "正文。\n")


def test_jsonl_gz_corpus_one_document_per_line(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    lines = [{"date": "20221003", "title": "甲", "text": "工信部发布通知。"}, {"title": "乙", "text": "国务院召开会议。", "id": "x9"}]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(json.dumps(r, ensure_ascii=False) for r in lines))
    docs = list(read_documents([path]))
    assert [(d.title, d.published) for d in docs] == [("甲", "2022-10-03"), ("乙", "")]
    assert docs[1].id == "x9" and docs[0].id != docs[1].id


def test_broken_jsonl_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "一。"}\n{broken\n{"text": "二。"}\n', encoding="utf-8")
    errors: list[str] = []
    docs = list(read_documents([path], errors))
    assert [d.text for d in docs] == ["一。", "二。"]
    assert len(errors) == 1 and "c.jsonl:2" in errors[0] and "broken JSON" in errors[0]


@pytest.mark.parametrize("data, text", [
    ("工信部".encode("utf-8-sig"), "工信部"),
    ("工信部".encode("utf-16"), "工信部"),
    ("工信部发布了通知".encode("gb18030"), "工信部发布了通知"),
    ("上半年，全国规模以上工业增加值同比增长6.2%，制造业增加值增长6.8%，装备制造业对工业增长的贡献率达到45%。".encode("gb18030"),
     "上半年，全国规模以上工业增加值同比增长6.2%，制造业增加值增长6.8%，装备制造业对工业增长的贡献率达到45%。"),
    ("上半年，全國規模以上工業增加值同比增長6.2%，製造業增加值增長6.8%，裝備製造業對工業增長的貢獻率達到45%。".encode("big5"),
     "上半年，全國規模以上工業增加值同比增長6.2%，製造業增加值增長6.8%，裝備製造業對工業增長的貢獻率達到45%。"),  # traditional
])
def test_encodings_are_detected(data, text):
    assert decode(data, "f.txt") == text


def test_binary_is_refused_naming_the_file():
    with pytest.raises(BadInput, match="f.bin: binary"):
        decode(b"\x00\x01\x02garbage", "f.bin")


def test_malformed_front_matter_names_the_file():
    with pytest.raises(BadInput, match="x.md: malformed YAML"):
        split_front_matter("---\ntitle: [unclosed\n---\n正文", "x.md")


def _wrapped(text: str, columns: int) -> str:
    """The text cut into lines of `columns` display columns, as a PDF's text layer has it."""
    lines = []
    for paragraph in text.split("\n"):
        line, width = "", 0
        for ch in paragraph:
            w = 2 if ord(ch) > 0x2E80 else 1
            if width + w > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + ch, width + w
        lines.append(line)
    return "\n".join(lines)


REPLY = ("关于十三届全国人大四次会议第3218号建议的答复\n\n陈建国代表：\n\n"
         "2020年10月，国务院办公厅印发《新能源汽车产业发展规划（2021—2035年）》，明确了未来15年产业发展的总体思路和重点任务。"
         "2020年，我国新能源汽车产销量分别完成136.6万辆和136.7万辆，同比分别增长7.5%和10.9%，连续6年位居全球第一。\n\n"
         "二、关于加快充电基础设施建设\n\n截至2020年底，全国累计建成各类充电桩168.1万个，其中公共充电桩80.7万个。"
         "下一步，我部将配合发展改革委、能源局，推动规划落实，力争到2025年，新能源汽车新车销量占比达到20%左右。\n\n"
         "| 指标 | 数值 |\n| --- | --- |\n| 产量 | 136.6 |")


@pytest.mark.parametrize("columns", [60, 76])
def test_hard_wrapped_lines_are_joined_into_their_paragraphs(tmp_path, columns):
    (tmp_path / "reply.txt").write_text(_wrapped(REPLY, columns), encoding="utf-8")
    assert next(read_documents([tmp_path])).text == REPLY  # numbers and titles whole again; headings, table rows kept
    (tmp_path / "reply.txt").write_text(REPLY, encoding="utf-8")
    assert next(read_documents([tmp_path])).text == REPLY  # text that is not wrapped: unchanged


def test_full_width_digits_and_letters_are_read_as_ascii_and_punctuation_stays(tmp_path):
    from kg.pipeline import process

    (tmp_path / "a.md").write_text("---\ndate: 2025-01-20\n---\n\n工业和信息化部新闻发言人表示，２０２４年，全国规模以上工业"
                                   "增加值同比增长５．８％，制造业增加值占ＧＤＰ比重为２６．２％。\n", encoding="utf-8")
    document = next(read_documents([tmp_path]))
    assert "2024年，全国规模以上工业增加值同比增长5.8%，制造业增加值占GDP比重为26.2%。" in document.text
    assert [(f.value, f.unit, f.period) for f in process(document).figures] == [("5.8", "%", "2024"), ("26.2", "%", "2024")]


def test_markdown_marks_are_read_as_the_text_they_mark(tmp_path):
    from kg.pipeline import process

    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-10-20\n---\n\n# 通信业运行情况\n\n![图片](https://www.miit.gov.cn/a.jpg)\n\n"
        "据[工业和信息化部](https://www.miit.gov.cn)消息，前三季度，通信业**电信业务收入**累计完成1.35万亿元。\n\n"
        "> 截至9月末，5G基站总数达480万个。\n\n- 千兆宽带用户达2.2亿户；\n\n| 指标 | 数值 |\n|---|---|\n", encoding="utf-8")
    document = next(read_documents([tmp_path]))
    assert document.text.lstrip().startswith("# 通信业运行情况\n\n\n\n据工业和信息化部消息，前三季度，通信业电信业务收入累计完成1.35万亿元。")
    assert "\n截至9月末" in document.text and "\n千兆宽带用户达2.2亿户；" in document.text and "| 指标 | 数值 |" in document.text
    doc = process(document)
    assert not any("miit" in m.text for m in doc.mentions)
    assert [f.metric for f in doc.figures] == ["通信业电信业务收入", "5G基站总数", "千兆宽带用户"]


def test_a_scraped_page_s_entities_and_formatting_tags_are_read_as_text_and_other_tags_kept(tmp_path):
    from kg.pipeline import process

    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-10-20\n---\n\n&nbsp;&nbsp;前三季度，工业和信息化部印发《&ldquo;十四五&rdquo;软件和信息技术服务业发展规划》，"
        "软件业务收入达到9.8万亿元&nbsp;。<br/>\n<p>5G基站总数达到480万个。</p>\n<script>alert(1)</script>\n", encoding="utf-8")
    document = next(read_documents([tmp_path]))
    assert "《“十四五”软件和信息技术服务业发展规划》" in document.text and "<p>" not in document.text
    assert "<script>alert(1)</script>" in document.text  # the document's text, escaped by every exporter
    doc = process(document)
    assert "nbsp" not in {m.text for m in doc.mentions}
    assert [(f.metric, f.period) for f in doc.figures] == [("软件业务收入", "2026-01/2026-09"), ("5G基站总数", "2026")]
