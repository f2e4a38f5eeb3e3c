from conftest import make_doc
from kg.dates import infer_date, signed_date
from kg.layout import layout
from kg.types import Doc, Document

PRESS = """编者按：12月24日，国务院新闻办公室举行新闻发布会，工业和信息化部副部长王志军介绍了有关情况。

# 工信部：坚定不移建设制造强国

本报记者 徐恒

**记者：**请问今年5G发展情况如何？

**王志军：**今年新增了58万个5G基站。我们将推进信

息基础设施建设，加快发展。

这一段是重复的段落，扫描时被抓取了两次。

这一段是重复的段落，扫描时被抓取了两次。

张鹏 摄
"""


def _doc(text: str) -> Doc:
    return layout(Doc(Document(id="t", text=text, source="t.txt")))


def test_title_note_turns_and_bylines():
    doc = _doc(PRESS)
    text = doc.document.text
    parts = {(s.part, s.speaker) for s in doc.sentences}
    assert doc.document.title == "工信部：坚定不移建设制造强国"
    assert ("note", "") in parts and ("question", "") in parts and ("answer", "王志军") in parts
    assert {text[s.start:s.end] for s in doc.sentences if s.part == "byline"} == {"本报记者 徐恒", "张鹏 摄"}


def test_page_break_joins_the_sentence_and_repeats_are_skipped():
    doc = _doc(PRESS)
    text = doc.document.text
    joined = [text[s.start:s.end] for s in doc.sentences if "推进信" in text[s.start:s.end]]
    assert joined == ["我们将推进信\n\n息基础设施建设，加快发展。"]
    assert len(doc.skipped) == 1 and text[doc.skipped[0][0]:doc.skipped[0][1]].startswith("这一段是重复")


def test_date_from_the_note_with_year_from_context():
    assert infer_date("十九届五中全会以来……", "12月24日，国务院新闻办公室举行", {"十九届五中全会": "2020-10"}) == "2020-12-24"
    assert infer_date("去年，2020年全年……", "1月26日，国务院新闻办公室举行新闻发布会") == "2021-01-26"
    assert infer_date("没有日期", "没有日期") == ""


def test_document_date_is_inferred_when_metadata_has_none():
    assert _doc(PRESS.replace("今年", "2020年")).document.published == "2020-12-24"


def test_turns_named_with_posts_and_unnamed_answers():
    doc = _doc("问：请介绍情况？\n\n答：今年新增了58万个5G基站。\n\n中央广播电视总台央视记者：还有吗？\n\n"
               "工业和信息化部副部长辛国斌：我们将推进。")
    parts = [(s.part, s.speaker) for s in doc.sentences]
    assert parts == [("question", ""), ("answer", ""), ("question", ""), ("answer", "辛国斌")]


def test_turns_labelled_with_a_post_and_a_space_before_the_name():
    doc = _doc("**主持人 陶青：**大家上午好！\n\n**运行监测协调局局长 陶凯元：**前三季度，工业增加值增长5.8%。\n\n"
               "**记者：**请问？\n\n**产业政策与法规司副司长 梁志峰：**我们将推进。")
    parts = [(s.part, s.speaker) for s in doc.sentences]
    assert parts == [("question", ""), ("answer", "陶凯元"), ("question", ""), ("answer", "梁志峰")]  # the host moderates


def test_turns_labelled_in_lenticular_brackets():
    doc = _doc("国新办举行新闻发布会\n\n【邢慧娜】\n女士们、先生们，上午好！\n\n【王文涛】\n今年新增了58万个5G基站。\n\n"
               "【香港中评社记者】\n请介绍情况？\n\n【王文涛】\n我们将推进。")
    said = [(s.part, s.speaker) for s in doc.sentences if not doc.document.text[s.start:s.end].startswith("【")]
    assert said == [("title", ""), ("answer", "邢慧娜"), ("answer", "王文涛"), ("question", ""), ("answer", "王文涛")]


def test_a_byline_after_wen_and_a_second_credit():
    doc = make_doc("文／记者 王小明\n正文内容。\n记者 王小明 摄影 李四")
    assert doc.sentences[0].part == "byline"
    assert {m.name for m in doc.mentions if m.label.value == "Person"} == {"王小明", "李四"}


def test_a_paragraph_of_questions_before_another_speakers_turn_is_a_question_whose_label_was_lost():
    text = ("# 发布会\n\n记者：请问中小企业的情况如何？\n\n田玉龙：中小企业利润增长6.9%。\n\n"
            "整改的效果如何？下一步，工信部将采取怎样的监管举措？\n\n赵志国：近日，工信部通报了157款APP。")
    doc = make_doc(text)
    parts = {text[s.start:s.end]: (s.part, s.speaker) for s in doc.sentences}
    assert parts["整改的效果如何？"] == ("question", "")
    assert parts["田玉龙：中小企业利润增长6.9%。"] == ("answer", "田玉龙")
    assert parts["赵志国：近日，工信部通报了157款APP。"] == ("answer", "赵志国")


def test_a_speaker_with_a_surname_we_do_not_list_is_known_by_the_post_the_note_gives():
    text = ("编者按：国务院新闻办公室举行“推动高质量发展”系列主题新闻发布会，工业和信息化部副部长单忠德回答了记者提问。\n\n"
            "**记者：**在推动人工智能发展方面有什么考虑？\n\n**单忠德：**目前，我国人工智能核心产业规模已超过5000亿元。\n")
    doc = make_doc(text)
    answer = [s for s in doc.sentences if "5000亿元" in doc.document.text[s.start:s.end]]
    assert [(s.part, s.speaker) for s in answer] == [("answer", "单忠德")]
    assert [(f.value, f.reported_by) for f in doc.figures] == [("500000000000", "单忠德")]
    events = [m for m in doc.mentions if m.label.value == "Event"]
    assert {m.name for m in events} == {"推动高质量发展系列主题新闻发布会"} and all(m.scope for m in events)


def test_an_early_year_review_of_the_year_before_is_dated_the_year_after():
    assert infer_date("记者：过去一年，我国制造业发展取得了哪些成绩？金壮龙：2023年，我国全部工业增加值达到39.9万亿元。",
                      "3月2日，国务院新闻办公室举行新闻发布会") == "2024-03-02"
    assert infer_date("2023年全年规模以上工业增加值增长4.6%。", "1月17日，国新办举行发布会") == "2024-01-17"
    assert infer_date("2023年，我国将加快推进新型工业化。", "3月2日，国新办举行发布会") == "2023-03-02"
    assert infer_date("去年全国大豆播种面积1.57亿亩。", "3月18日，国新办举行新闻发布会，介绍2025年春季农业生产有关情况") \
        == "2025-03-18"  # the opening names a part of the first months: of this year, whatever the text says of the last


def test_a_cited_document_number_and_an_early_year_stock_at_the_year_s_end_date_the_report():
    head = "新华社北京1月15日电 近日，国务院办公厅印发《关于加快发展银发经济的意见》（国办发〔2024〕1号）。"
    assert infer_date(head + "截至2023年底，老年人口达2.97亿人。", head) == "2024-01-15"
    assert infer_date("截至2023年底，全国老年人口达2.97亿人。", "1月15日，民政部举行发布会") == "2024-01-15"
    assert infer_date("截至2023年底，全国老年人口达2.97亿人。", "5月15日，民政部举行发布会") == "2023-05-15"


def test_a_reply_signed_with_a_date_in_chinese_numerals_is_dated_by_it():
    assert signed_date("……感谢您的关心和支持。\n\n工业和信息化部\n二〇二四年七月十日\n") == "2024-07-10"
    assert signed_date("工业和信息化部\n二零二三年十二月三十一日\n") == "2023-12-31"
    assert infer_date("正文。", "二〇二四年十二月二十四日，国务院新闻办公室举行新闻发布会") == "2024-12-24"


def test_a_headline_quoting_someone_is_the_title_not_their_turn():
    text = ("比亚迪董事长王传福：今年海外销量有望突破100万辆\n\n3月27日，比亚迪举行业绩交流会。\n\n"
            "中国汽车工业协会副秘书长陈士华表示，2025年我国汽车出口达到700万辆。")
    for title in ("比亚迪董事长王传福：今年海外销量有望突破100万辆", ""):
        doc = make_doc(text, title=title, published="2026-03-28")
        assert [s.part for s in doc.sentences] == ["title", "body", "body"]
        assert [f.reported_by for f in doc.figures] == ["陈士华"]


def test_a_scraped_page_is_dated_by_the_date_line_under_its_headline():
    text = "《制造业企业数字化转型实施指南》政策解读\n\n2026-05-09 来源：工业和信息化部网站\n\n近日，工业和信息化部印发《指南》。"
    assert infer_date(text, text[:200]) == "2026-05-09"
    text = "工信部公示名单\n\n2026-06-10 13:42:05 来源：人民网 字号：大 中 小\n\n日前，工业和信息化部公示名单。"
    assert infer_date(text, text[:200]) == "2026-06-10"
    assert infer_date("到2027年，全省…\n2026-05-09\n", "到2027年") == "2026-05-09"
    assert infer_date("全省到2027年实现目标。增长2026-05-09之间", "") == ""
