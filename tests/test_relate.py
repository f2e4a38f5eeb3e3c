import pytest

from conftest import make_doc


def rels(text: str, predicate: str) -> set[tuple[str, ...]]:
    doc = make_doc(text)
    return {(r.subject.name, r.object.name, r.role) if r.role else (r.subject.name, r.object.name)
            for r in doc.relations if r.predicate == predicate}


def test_title_chain_gives_one_membership_per_post():
    text = "工业和信息化部党组成员、总工程师、新闻发言人田玉龙介绍情况，并与工业和信息化部新闻发言人、信息通信发展司司长闻库回答提问。"
    assert rels(text, "membership") == {
        ("田玉龙", "工业和信息化部", "党组成员"), ("田玉龙", "工业和信息化部", "总工程师"), ("田玉龙", "工业和信息化部", "新闻发言人"),
        ("闻库", "工业和信息化部", "新闻发言人"), ("闻库", "工业和信息化部信息通信发展司", "司长"),
    }
    assert ("工业和信息化部信息通信发展司", "工业和信息化部") in rels(text, "subOrganizationOf")


def test_a_party_committee_member_of_a_commission_holds_both_posts_in_it():
    assert rels("国务院国资委党委委员、副主任苟坪说，中央企业营业收入增长。", "membership") == {
        ("苟坪", "国务院国有资产监督管理委员会", "党委委员"), ("苟坪", "国务院国有资产监督管理委员会", "副主任")}


def test_officials_a_roundup_quotes_did_not_all_speak_at_the_press_conference_one_of_them_spoke_at():
    text = ("本报北京4月19日电 国家统计局工业司首席统计师于卫宁19日解读称，一季度工业增长。\n\n"
            "商务部新闻发言人何亚东在例行新闻发布会上表示，一季度网上零售额增长。海关总署副署长王令浚介绍，一季度进出口增长。")
    assert {person for _, person in rels(text, "speaker")} == {"何亚东"}


def test_names_listed_after_one_post_title_each_hold_it_and_a_name_with_its_own_titles_keeps_them():
    text = "工业和信息化部部长李乐成，副部长单忠德、张云明，总工程师谢少锋出席发布会。"
    assert rels(text, "membership") == {
        ("李乐成", "工业和信息化部", "部长"), ("单忠德", "工业和信息化部", "副部长"), ("张云明", "工业和信息化部", "副部长"),
        ("谢少锋", "工业和信息化部", "总工程师")}
    assert {p for p, _, _ in rels("中共中央政治局常委习近平、李强、赵乐际出席。", "membership")} == {"习近平", "李强", "赵乐际"}
    assert rels("国务院总理李强、中央军委副主席张又侠出席。", "membership") == {
        ("李强", "国务院", "总理"), ("张又侠", "中央军委", "副主席")}
    assert not rels("习近平、李强、赵乐际出席。", "membership")


def test_the_first_of_several_addressees_of_a_reply_holds_their_title():
    npc = "对十四届全国人大二次会议第4216号建议的答复\n\n李明远等代表：\n\n你们提出的建议收悉。"
    assert rels(npc, "membership") == {("李明远", "全国人民代表大会", "代表")}
    cppcc = "关于政协十四届全国委员会第二次会议第01234号提案答复的函\n\n张连起等委员：\n\n你们提出的提案收悉。"
    assert rels(cppcc, "membership") == {("张连起", "全国政协", "委员")}


def test_a_local_post_with_no_place_before_it_is_held_in_the_document_s_own_province():
    text = "湖北省委书记、省人大常委会主任王忠林出席会议并讲话，省委副书记、省长李殿勋主持会议。"
    assert rels(text, "membership") == {
        ("王忠林", "湖北省委", "书记"), ("王忠林", "湖北省人大常委会", "主任"),
        ("李殿勋", "湖北省委", "副书记"), ("李殿勋", "湖北省人民政府", "省长")}
    by_headline = make_doc("省委副书记、省长李殿勋主持会议。", title="湖北召开全省制造业高质量发展大会")
    assert {(r.subject.name, r.object.name) for r in by_headline.relations if r.predicate == "membership"} == {
        ("李殿勋", "湖北省委"), ("李殿勋", "湖北省人民政府")}
    assert not rels("省委副书记、省长李殿勋主持会议。", "membership")  # no province named anywhere


def test_title_after_a_name_uses_the_post_body():
    assert ("习近平", "中共中央", "总书记") in rels("要深入贯彻习近平总书记重要讲话精神。", "membership")
    text = "关于政协十三届全国委员会第三次会议提案答复的函\n\n张连起委员：\n\n您提出的提案收悉。"
    assert ("张连起", "全国政协", "委员") in rels(text, "membership")


def test_press_conference_speakers_and_organiser():
    text = ("编者按：12月24日，国务院新闻办公室举行“建设制造强国”发布会，工业和信息化部副部长王志军介绍了有关情况。\n\n"
            "# 标题\n\n记者：请问？\n\n王志军：我们将推进。\n\n记者：还有？\n\n卢山：我们将加快。")
    assert rels(text, "speaker") == {("建设制造强国发布会", "王志军"), ("建设制造强国发布会", "卢山")}
    assert rels(text, "organizer") == {("建设制造强国发布会", "国务院新闻办公室")}


def test_a_transcript_opening_with_its_moderator_is_introduced_by_that_turn():
    text = ("主持人 寿小丽：各位记者朋友，上午好！欢迎参加工业和信息化部2026年第二季度例行新闻发布会。"
            "今天我们邀请到运行监测协调局局长陶青先生，请他介绍有关情况。\n\n陶青：上半年，工业生产稳定。\n\n"
            "经济日报记者：请问？\n\n王萍：谢谢。\n\n主持人 寿小丽：今天的发布会到此结束。")
    assert rels(text, "speaker") == {("2026年第二季度例行新闻发布会", "陶青"), ("2026年第二季度例行新闻发布会", "王萍")}
    assert {m.name for m in make_doc(text).mentions if m.label.value == "Event"} == {"2026年第二季度例行新闻发布会"}
    unnamed = ("时间：2026年2月27日\n\n发布人：工业和信息化部副部长熊继军\n\n主持人：国务院新闻办公室新闻局副局长 邢慧娜\n\n"
               "主持人：女士们、先生们，大家下午好。欢迎出席国务院政策例行吹风会。\n\n熊继军：我们将推进。\n\n"
               "澎湃新闻记者：请问？\n\n邱勇：谢谢。")
    assert rels(unnamed, "speaker") == {("国务院政策例行吹风会", "熊继军"), ("国务院政策例行吹风会", "邱勇")}


def test_who_speaks_at_a_ceremony_speaks_at_its_event_and_a_year_s_edition_is_the_recurring_event():
    text = ("5月26日，2026中国国际大数据产业博览会在贵州贵阳开幕。本届数博会由国家发展改革委和贵州省人民政府共同主办。"
            "国家数据局局长刘烈宏在开幕式上致辞表示，2025年，我国数字经济核心产业增加值占GDP比重达到10.5%左右。")
    doc = make_doc(text, published="2026-05-26")
    assert {m.name for m in doc.mentions if m.label.value == "Event"} == {"中国国际大数据产业博览会"}
    assert rels(text, "speaker") == {("中国国际大数据产业博览会", "刘烈宏")}
    assert [f.reported_by for f in doc.figures] == ["刘烈宏"]
    summit = ("2024年中非合作论坛北京峰会工业化和农业现代化高级别会议9月5日下午在北京举行，全国政协主席王沪宁出席并与"
              "南非总统拉马福萨共同主持会议。\n王沪宁在致辞中说，习近平主席在峰会开幕式上发表主旨讲话，明确中非关系新定位。")
    assert {("2024年中非合作论坛北京峰会", "习近平"), ("2024年中非合作论坛北京峰会", "王沪宁")} <= rels(summit, "speaker")


def test_issuer_from_the_clause_or_the_home_ministry():
    text = ("工业和信息化部高度重视。国务院于2020年8月印发实施了《新时期促进集成电路产业和软件产业高质量发展的若干政策》。"
            "我部组织相关机构制定了《APP用户权益保护测评规范》。推动出台外商投资法。")
    got = rels(text, "issuedBy")
    assert ("新时期促进集成电路产业和软件产业高质量发展的若干政策", "国务院") in got
    assert ("APP用户权益保护测评规范", "工业和信息化部") in got
    assert not any(policy == "外商投资法" for policy, _ in got)  # 推动出台: someone else issues it


def test_policy_concerns_industries_in_its_title():
    got = rels("国务院印发了《新时期促进集成电路产业和软件产业高质量发展的若干政策》。", "concerns")
    assert got == {("新时期促进集成电路产业和软件产业高质量发展的若干政策", "集成电路"),
                   ("新时期促进集成电路产业和软件产业高质量发展的若干政策", "软件")}


def test_posts_that_name_their_own_body_and_foreign_leaders():
    text = "中共中央总书记、国家主席、中央军委主席习近平会见了毛里求斯总理贾格纳特。"
    got = rels(text, "membership")
    assert ("习近平", "中共中央", "总书记") in got and ("习近平", "中央军委", "主席") in got
    assert not any(role == "国家主席" for _, _, role in got)          # a post of the state: no body
    assert not any(person == "贾格纳特" for person, _, _ in got)      # not a post in 国务院


def test_sub_organisations_need_a_part_head_word():
    got = rels("中共中央国务院印发通知。国务院新闻办公室举行发布会。国家卫生健康委医政司负责人介绍。", "subOrganizationOf")
    assert ("国务院新闻办公室", "国务院") in got
    assert ("国家卫生健康委员会医政司", "国家卫生健康委员会") in got  # named after the ministry's full name
    assert not any(part == "中共中央国务院" for part, _ in got)


def test_news_about_a_ministry_has_no_home_ministry():
    news = make_doc("新华社北京1月5日电 工业和信息化部近日印发《工业互联网创新发展行动计划》。")
    assert news.home_body == ""
    own = make_doc("工信部：推进工业互联网\n\n记者：请介绍。\n\n王志军：我部将印发实施方案。", title="")
    assert own.home_body == "工业和信息化部"


def test_joint_issuers_consulted_bodies_and_a_deputy_addressed():
    joint = rels("工业和信息化部、教育部、财政部近日联合印发《制造业可靠性提升实施意见》。", "issuedBy")
    assert {issuer for _, issuer in joint} == {"工业和信息化部", "教育部", "财政部"}
    consulted = rels("工业和信息化部高度重视。我部会同财政部印发《中小企业数字化转型指南》。", "issuedBy")
    assert consulted == {("中小企业数字化转型指南", "工业和信息化部")}
    reply = "关于十四届全国人大一次会议第1234号建议的答复\n\n李明代表：\n\n您的建议收悉。\n\n工业和信息化部"
    assert ("李明", "全国人民代表大会", "代表") in rels(reply, "membership")
    assert make_doc(reply).home_body == "工业和信息化部"  # signed at the end


def test_a_provincial_deputy_addressed_by_a_provincial_reply_sits_in_the_province_s_congress():
    reply = ("关于省十四届人大三次会议第0215号代表建议的答复\n\n李红梅代表：\n\n您提出的建议收悉。我厅会同省财政厅研究。\n\n"
             "江苏省工业和信息化厅\n2026年6月20日")
    assert ("李红梅", "江苏省人民代表大会", "代表") in rels(reply, "membership")
    unknown_province = "关于省十四届人大三次会议第0215号代表建议的答复\n\n李红梅代表：\n\n您提出的建议收悉。"
    assert not rels(unknown_province, "membership")  # no province named: no seat in the NPC either
    cppcc = "关于市政协十三届四次会议第88号提案的答复\n\n王强委员：\n\n您提出的提案收悉。\n\n杭州市经济和信息化局"
    assert ("王强", "杭州市政协", "委员") in rels(cppcc, "membership")


def test_a_province_s_or_a_city_s_department_that_signs_a_reply_is_its_home_body():
    reply = ("关于省十四届人大二次会议第1023号代表建议的答复\n\n张建国代表：\n\n您提出的建议收悉。经研究，并商省财政厅，现答复如下：\n\n"
             "近年来，我厅深入实施中小企业数字化转型行动，会同省财政厅出台了《浙江省中小企业数字化改造专项资金管理办法》。\n\n"
             "浙江省经济和信息化厅\n2024年6月20日")
    assert make_doc(reply).home_body == "浙江省经济和信息化厅"
    assert {("中小企业数字化转型行动", "浙江省经济和信息化厅"), ("浙江省中小企业数字化改造专项资金管理办法", "浙江省经济和信息化厅")} \
        <= rels(reply, "issuedBy")
    assert "浙江省财政厅" in {m.name for m in make_doc(reply).mentions}  # (商|省财政厅: not a body named 商省财政厅)
    city = "关于市政协十三届四次会议第88号提案的答复\n\n王强委员：\n\n我局将实施数字化改造行动。\n\n杭州市经济和信息化局"
    assert make_doc(city).home_body == "杭州市经济和信息化局"
    assert make_doc("江苏省人民政府办公厅印发通知。我厅将组织实施。").home_body == ""  # a government's general office


def test_a_provincial_or_city_assembly_in_session_is_an_event_its_assembly_organizes():
    reply = "关于省十四届人大三次会议第0215号代表建议的答复\n\n李红梅代表：\n\n您提出的建议收悉。\n\n江苏省工业和信息化厅"
    assert ("江苏省第十四届人民代表大会第三次会议", "江苏省人民代表大会") in rels(reply, "organizer")
    cppcc = "关于市政协十三届四次会议第88号提案的答复\n\n王强委员：\n\n您提出的提案收悉。\n\n杭州市经济和信息化局"
    assert ("杭州市政协十三届四次会议", "杭州市政协") in rels(cppcc, "organizer")  # not the national CPPCC's
    assert ("江苏省政协十三届二次会议", "江苏省政协") in rels("江苏省政协十三届二次会议在南京开幕。", "organizer")
    assert ("全国政协十四届四次会议", "全国政协") in rels("关于政协第十四届全国委员会第四次会议第02156号提案答复的函", "organizer")


def test_a_bodys_numbered_session():
    doc = make_doc("根据近期召开的国务院促进中小企业发展工作领导小组第七次会议，我们明确了工作安排。")
    assert ("国务院促进中小企业发展工作领导小组第七次会议", "国务院促进中小企业发展工作领导小组") in rels(doc.document.text, "organizer")
    assert {m.name for m in doc.mentions} == {"国务院促进中小企业发展工作领导小组第七次会议", "国务院促进中小企业发展工作领导小组"}


def test_the_ministrys_remit_is_not_an_industry_of_its_plans():
    got = rels("工信部将加快制定工业和信息化领域“十四五”系列规划。", "concerns")
    assert not any(industry == "工业" for _, industry in got)


def test_a_cue_does_not_issue_what_another_verb_governs():
    text = "工业和信息化部高度重视。出台缩减外商投资准入负面清单、调整轻型汽车国六排放标准实施要求等政策。"
    assert rels(text, "issuedBy") == set()


def test_a_short_title_in_one_document_resolves_to_the_full_title_met_in_another(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("国务院印发了《新时期促进集成电路产业和软件产业高质量发展的若干政策》。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("工信部将做好《若干政策》的落实工作。", encoding="utf-8")
    G = kg.build([tmp_path])
    policies = [d for _, d in G.nodes(data=True) if d["label"] == "Policy"]
    assert len(policies) == 1
    assert policies[0]["name"] == "新时期促进集成电路产业和软件产业高质量发展的若干政策"
    assert policies[0]["documents"] == "a|b" and "《若干政策》" in policies[0]["aliases"]


def test_a_headline_s_title_without_its_opening_guanyu_is_the_policy_the_story_names_in_full(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text(
        "七部门联合印发《推动未来产业创新发展的实施意见》\n\n"
        "近日，工业和信息化部、教育部等七部门联合印发《关于推动未来产业创新发展的实施意见》。\n", encoding="utf-8")
    G = kg.build([tmp_path])
    policies = [d["name"] for _, d in G.nodes(data=True) if d["label"] == "Policy"]
    assert policies == ["关于推动未来产业创新发展的实施意见"]


def test_an_industry_name_is_no_whole_a_body_is_part_of():
    assert rels("充分发挥医疗物资保障组牵头单位作用。", "subOrganizationOf") == set()


def test_officials_listed_after_one_body_hold_their_posts_in_it():
    text = "请工业和信息化部副部长辛国斌，总工程师赵志国，新闻发言人、运行监测协调局局长陶青介绍情况。"
    assert rels(text, "membership") == {
        ("辛国斌", "工业和信息化部", "副部长"), ("赵志国", "工业和信息化部", "总工程师"),
        ("陶青", "工业和信息化部", "新闻发言人"), ("陶青", "工业和信息化部运行监测协调局", "局长")}
    # a post that names its own body ends the list: no 民盟中央 post for 蔡达峰
    listed = rels("民盟中央主席丁仲礼，民进中央主席蔡达峰，副主席王某出席。", "membership")
    assert not any(person == "蔡达峰" and body == "民盟中央" for person, body, _ in listed)


def test_joint_hosts_and_local_posts():
    text = "5月18日，由工业和信息化部、天津市人民政府共同主办的2023世界智能产业博览会开幕。中共中央政治局委员、天津市委书记陈敏尔，天津市副市长朱鹏出席。"
    assert rels(text, "organizer") == {("2023世界智能产业博览会", "工业和信息化部"), ("2023世界智能产业博览会", "天津市人民政府")}
    assert rels(text, "membership") == {("陈敏尔", "中央政治局", "委员"), ("陈敏尔", "天津市委", "书记"),
                                        ("朱鹏", "天津市人民政府", "副市长")}


def test_a_second_local_post_of_the_same_place_is_held_in_its_own_body():
    from kg.local import held_in
    from kg.types import Label, Mention

    committee = Mention(0, 2, "福建", Label.GOV, "福建省委", "implied")  # 福建省委常委、常务副省长…
    assert held_in(committee, Mention(7, 12, "常务副省长", Label.ROLE, "常务副省长")).name == "福建省人民政府"
    assert held_in(committee, Mention(4, 6, "委员", Label.ROLE, "委员")) is committee  # not a local post
    named = Mention(0, 6, "中共福建省委", Label.GOV, "中共福建省委", "crf")  # a committee read in the text, too
    assert held_in(named, Mention(7, 12, "常务副省长", Label.ROLE, "常务副省长")).name == "福建省人民政府"
    assert held_in(named, Mention(7, 9, "常委", Label.ROLE, "常委")) is named


def test_a_name_the_model_classes_differently_is_one_entity_across_documents():
    from kg.resolve import Contribution, Resolver
    from kg.types import Document, Label

    def part(doc_id: str, *entities) -> Contribution:
        return Contribution(Document(doc_id, "", f"{doc_id}.txt"), 0, tuple(entities), (), (), ())

    def learned(label, name):
        return ((label, name, ""), name, True, True)

    parts = [part("a", learned(Label.GOV, "俄罗斯国防部")), part("b", learned(Label.ORG, "俄罗斯国防部")),
             part("c", learned(Label.ORG, "俄罗斯国防部")),
             part("d", learned(Label.COMPANY, "韩正")), part("e", ((Label.PERSON, "韩正", ""), "韩正", True, False))]
    for order in (parts, parts[::-1]):
        resolver = Resolver()
        for p in order:
            resolver.merge(p)
        entities = {(e.name, e.label, e.mentions) for e in resolver.result().entities}
        # the model's majority class, and a rule's class over the model's, whatever the order
        assert entities == {("俄罗斯国防部", Label.ORG, 3), ("韩正", Label.PERSON, 2)}


def test_a_companys_branch_is_a_company_that_is_part_of_it():
    text = "中国银行广东省分行与招行深圳分行签署协议，交通银行信用卡中心也参加。"
    assert rels(text, "subOrganizationOf") == {("中国银行广东省分行", "中国银行"), ("招商银行深圳分行", "招商银行"),
                                               ("交通银行信用卡中心", "交通银行")}
    companies = {m.name for m in make_doc(text).mentions if m.label.value == "Company" and not m.nested}
    assert companies == {"中国银行广东省分行", "招商银行深圳分行", "交通银行信用卡中心"}
    assert rels("中国人保财险总裁表示", "subOrganizationOf") == {("中国人保财险", "中国人保")}  # a line of business


def test_each_place_a_name_stands_counts_once(tmp_path):
    import kg

    # the ministry is the object of a membership and the press conference the subject of speaker
    # and organizer facts: neither is counted again for them
    (tmp_path / "a.txt").write_text("工业和信息化部副部长王江平出席。工业和信息化部将加强监管。", encoding="utf-8")
    G = kg.build([tmp_path])
    counts = {d["name"]: d["mentions"] for _, d in G.nodes(data=True) if d["label"] in ("GovernmentBody", "Person")}
    assert counts == {"工业和信息化部": 2, "王江平": 1}


def test_we_and_others_issue_it_as_the_speakers_body():
    said = ("国务院印发《推动大规模设备更新和消费品以旧换新行动方案》以后，我们会同国家发展改革委、"
            "财政部等部门，研究制定了《推动工业领域设备更新实施方案》。")
    expected = {("推动大规模设备更新和消费品以旧换新行动方案", "国务院"), ("推动工业领域设备更新实施方案", "工业和信息化部")}
    assert rels("工业和信息化部高度重视，我部积极推动。" + said, "issuedBy") == expected
    # nobody knows who "we" are: no issuer rather than the State Council
    assert rels(said, "issuedBy") == {("推动大规模设备更新和消费品以旧换新行动方案", "国务院")}


def test_the_body_an_event_is_named_after_holds_it_not_the_agency_reporting_it():
    text = "新华社北京3月15日电 国务院总理李强3月15日主持召开国务院常务会议，研究有关举措。"
    assert rels(text, "organizer") == {("国务院常务会议", "国务院")}
    dated = "新华社北京2025年9月12日电 国务院总理李强9月12日主持召开国务院常务会议，研究有关举措。"
    assert rels(dated, "organizer") == {("国务院常务会议", "国务院")}  # a dateline with its year
    # a name that opens with a known organisation is not the Party centre's (中央 …)
    assert rels("中央广播电视总台奥林匹克频道座谈会在京召开。", "organizer") == set()
    assert rels("中央企业负责人会议在京召开。", "organizer") == set()  # the central SOEs', not the Centre's
    assert rels("中央经济工作会议在北京举行。", "organizer") == {("中央经济工作会议", "中共中央")}


def test_joint_action_the_document_number_and_a_cppcc_member():
    text = "工业和信息化部高度重视。我部联合教育部、人力资源社会保障部实施集成电路人才培养专项计划。"
    assert rels(text, "issuedBy") == {("集成电路人才培养专项计划", "工业和信息化部"), ("集成电路人才培养专项计划", "教育部"),
                                      ("集成电路人才培养专项计划", "人力资源和社会保障部")}
    cited = "推动落实《新时期促进集成电路产业和软件产业高质量发展的若干政策》（国发〔2020〕8号）。"
    assert rels(cited, "issuedBy") == {("新时期促进集成电路产业和软件产业高质量发展的若干政策", "国务院")}
    assert ("某某政策", "工业和信息化部") in rels("印发《某某政策》（工信部联规〔2021〕207号）。", "issuedBy")


def test_a_member_addressed_in_a_reply_whose_title_names_the_cppcc():
    from kg.pipeline import process
    from kg.types import Document

    doc = process(Document(id="r", text="张海涛委员：\n\n您提出的提案收悉。", source="r.md",
                           title="对十四届全国政协二次会议第01234号提案的答复"))
    assert {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "membership"} == {("张海涛", "全国政协")}
    events = {m.name for m in process(Document(id="s", text="十四届全国政协二次会议期间", source="s.txt")).mentions}
    assert "全国政协十四届二次会议" in events


def test_bodies_side_by_side_in_a_joint_title_each_issue_it():
    text = ("工业和信息化部 国家发展改革委 财政部关于印发《制造业中试创新发展实施意见》的通知\n\n工信部联科〔2024〕121号\n\n"
            "现将《制造业中试创新发展实施意见》印发给你们。打造一批中试领军企业。")
    assert rels(text, "issuedBy") == {(policy, body) for body in ("工业和信息化部", "国家发展和改革委员会", "财政部")
                                      for policy in ("制造业中试创新发展实施意见", "关于印发《制造业中试创新发展实施意见》的通知")}
    names = {m.text for m in make_doc(text).mentions}
    assert "联科" not in names and "中试领军" not in names  # a document number's code; 领军 leads, it is no army


def test_a_policys_own_clause_says_what_it_concerns_and_the_ministrys_remit_is_no_industry():
    text = "根据5G国际标准R17、R18等版本的导入进程，加快5G芯片研发。"
    assert rels(text, "concerns") == {("R17", "5G"), ("R18", "5G")}
    remit = "“十四五”规划为工业和信息化发展指明了方向。"
    assert rels(remit, "concerns") == set()
    assert all(m.label.value != "Industry" for m in make_doc(remit).mentions)


def test_posts_joined_by_jian_are_held_together():
    assert rels("比亚迪股份有限公司董事长兼总裁王传福说，", "membership") == {("王传福", "比亚迪", "董事长"), ("王传福", "比亚迪", "总裁")}


def test_a_ministers_title_names_the_ministry_unless_abroad():
    text = "中共中央政治局委员、国务委员兼外交部长王毅宣读。美国国防部长奥斯汀表示，印尼大印尼行动党总主席、国防部长普拉博沃出席。"
    assert rels(text, "membership") == {("王毅", "中央政治局", "委员"), ("王毅", "国务院", "国务委员"),
                                        ("王毅", "外交部", "部长"), ("普拉博沃", "印尼大印尼行动党", "总主席")}


def test_bodies_named_after_the_event_with_you_host_it():
    text = "第二十届中国国际中小企业博览会由工业和信息化部、国家市场监督管理总局和广东省人民政府共同主办。"
    assert rels(text, "organizer") == {("中国国际中小企业博览会", body)
                                       for body in ("工业和信息化部", "国家市场监督管理总局", "广东省人民政府")}


def test_bodies_listed_before_the_verb_each_hold_the_event():
    text = "中共中央、全国人大常委会、国务院、全国政协、中央军委在北京人民大会堂隆重举行江泽民同志追悼大会。"
    assert rels(text, "organizer") == {("江泽民同志追悼大会", body)
                                       for body in ("中共中央", "全国人大常委会", "国务院", "全国政协", "中央军委")}


def test_a_department_named_after_its_ministry_and_before_an_officials_post():
    doc = make_doc("请市场监管总局质量发展局局长梁小平介绍有关情况。国家统计局工业司首席统计师江源解读数据。")
    facts = {(r.subject.name, r.predicate, r.object.name, r.role) for r in doc.relations}
    assert ("梁小平", "membership", "国家市场监督管理总局质量发展局", "局长") in facts
    assert ("国家市场监督管理总局质量发展局", "subOrganizationOf", "国家市场监督管理总局", "") in facts
    assert ("江源", "membership", "国家统计局工业司", "首席统计师") in facts  # jieba tags 江源 a place
    assert not any(m.name.startswith("中共中央农村") for m in make_doc("中央农村工作领导小组办公室主任韩文秀介绍").mentions)


def test_another_ministry_s_department_and_departments_listed_after_their_ministry_s_official():
    doc = make_doc("农业农村部副部长张兴旺、农业农村部发展规划司司长曾衍德、种植业管理司司长潘文博和"
                   "市场与信息化司副司长王小明介绍情况。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert facts == {("张兴旺", "农业农村部", "副部长"), ("曾衍德", "农业农村部发展规划司", "司长"),  # not 工信部's 规划司
                     ("潘文博", "农业农村部种植业管理司", "司长"), ("王小明", "农业农村部市场与信息化司", "副司长")}
    assert ("农业农村部种植业管理司", "农业农村部") in {
        (r.subject.name, r.object.name) for r in doc.relations if r.predicate == "subOrganizationOf"}
    after_a_department = rels("工业和信息化部规划司司长王建军、宣传推广司司长李明出席。", "membership")
    assert ("李明", "工业和信息化部宣传推广司", "司长") in after_a_department


def test_bare_departments_at_a_body_s_own_press_conference_are_the_host_s():
    doc = make_doc("10月23日，国务院国资委举行新闻发布会，国务院国资委党委委员、秘书长、新闻发言人彭华岗介绍中央企业经济运行"
                   "情况，财务监管与运行评价局局长孙大勇、科技创新局副局长吕敏出席发布会。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert facts == {("彭华岗", "国务院国有资产监督管理委员会", "党委委员"), ("彭华岗", "国务院国有资产监督管理委员会", "秘书长"),
                     ("彭华岗", "国务院国有资产监督管理委员会", "新闻发言人"),  # a ministry whose name opens with 国务院
                     ("孙大勇", "国务院国有资产监督管理委员会财务监管与运行评价局", "局长"),
                     ("吕敏", "国务院国有资产监督管理委员会科技创新局", "副局长")}
    assert ("国务院国有资产监督管理委员会科技创新局", "国务院国有资产监督管理委员会") in {
        (r.subject.name, r.object.name) for r in doc.relations if r.predicate == "subOrganizationOf"}
    another_body_first = rels("国务院新闻办公室举行新闻发布会，请工业和信息化部副部长辛国斌、科技创新局副局长吕敏介绍情况。",
                              "membership")
    assert ("吕敏", "工业和信息化部科技创新局", "副局长") in another_body_first  # not the host's (国新办)


def test_a_department_named_after_a_local_body_is_part_of_it_and_no_list_follows_a_body_without_an_official():
    doc = make_doc("江苏省政府新闻办召开新闻发布会。江苏省工业和信息化厅软件和信息服务业处处长王斌、"
                   "省财政厅经济建设处副处长刘东回答了记者提问。")
    facts = {(r.subject.name, r.predicate, r.object.name, r.role) for r in doc.relations}
    assert ("王斌", "membership", "江苏省工业和信息化厅软件和信息服务业处", "处长") in facts
    assert ("刘东", "membership", "江苏省财政厅经济建设处", "副处长") in facts
    assert ("江苏省财政厅经济建设处", "subOrganizationOf", "江苏省财政厅", "") in facts
    assert ("江苏省工业和信息化厅软件和信息服务业处", "subOrganizationOf", "江苏省工业和信息化厅", "") in facts
    text = "刊发《中国共产党章程》，党的二十大秘书处负责人就党的二十大通过的《中国共产党章程（修正案）》答记者问。"
    assert not any("秘书处" in m.name for m in make_doc(text).mentions)


def test_a_policy_briefing_has_its_officials_as_speakers_and_one_organizer():
    text = ("# 国务院政策例行吹风会：介绍有关情况\n\n2025年3月6日下午，国务院新闻办公室举行国务院政策例行吹风会，"
            "请工业和信息化部副部长单忠德，国家发展改革委高技术产业司司长王翔介绍有关情况，并答记者问。\n\n"
            "主持人 寿小丽：\n\n各位记者，下午好！\n\n单忠德：\n\n未来产业由前沿技术驱动。\n\n"
            "**新华社记者：**\n\n有哪些考虑？\n\n王翔：\n\n我们将加大支持力度。\n")
    assert rels(text, "speaker") == {("国务院政策例行吹风会", "单忠德"), ("国务院政策例行吹风会", "王翔")}
    assert rels(text, "organizer") == {("国务院政策例行吹风会", "国务院新闻办公室")}
    named = "国务院安全生产委员会会议召开。应急管理部召开国务院安全生产委员会会议。"  # the host named, not the name's body
    assert rels(named, "organizer") == {("国务院安全生产委员会会议", "应急管理部")}


def test_a_commission_speaks_of_itself_as_wo_wei_and_its_department_named_after_its_short_form():
    text = ("2023年，我委联合工业和信息化部等部门印发《关于促进制造业有序转移的指导意见》。\n\n"
            "联系单位：国家发展改革委产业发展司\n\n国家发展改革委\n2024年7月9日")
    assert rels(text, "issuedBy") == {("关于促进制造业有序转移的指导意见", "国家发展和改革委员会"),
                                      ("关于促进制造业有序转移的指导意见", "工业和信息化部")}
    assert ("国家发展和改革委员会产业发展司", "GovernmentBody") in {(m.name, m.label.value) for m in make_doc(text).mentions}


def test_a_letter_its_general_office_signs_is_the_commission_s_own():
    text = ("发改办提函〔2025〕301号\n\n全国工商联：\n\n你单位提出的《关于支持民营企业参与重大工程建设的提案》收悉。经认真研究，"
            "并商财政部、住房城乡建设部，现答复如下：\n\n2024年，国务院办公厅转发我委《关于进一步完善政府和社会资本合作新机制的实施意见》。"
            "我委民营经济发展局负责同志表示，将会同有关方面建立常态化推介机制。\n\n财政部、中国人民银行联合印发通知。"
            "下一步，我委将继续实施促进民间投资专项行动。\n\n国家发展改革委办公厅\n2025年8月5日")
    assert make_doc(text).home_body == "国家发展和改革委员会"  # not 财政部, named as often as the commission
    assert rels(text, "issuedBy") >= {("关于进一步完善政府和社会资本合作新机制的实施意见", "国家发展和改革委员会"),
                                      ("促进民间投资专项行动", "国家发展和改革委员会")}


def test_a_long_list_of_joint_issuers_and_those_the_speaker_acts_jointly_with():
    text = ("近日，工业和信息化部、教育部、商务部、文化和旅游部、国家知识产权局联合印发《关于加快推进视听电子产业高质量发展的指导意见》。\n\n"
            "问：有什么举措？\n\n答：我们将联合国家广播电视总局实施超高清视频应用推广行动。\n")
    doc = make_doc(text)
    issued = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "issuedBy"}
    guidance = "关于加快推进视听电子产业高质量发展的指导意见"
    assert {body for policy, body in issued if policy == guidance} == {  # 商务部's 商 consults no one
        "工业和信息化部", "教育部", "商务部", "文化和旅游部", "国家知识产权局"}
    assert {body for policy, body in issued if policy == "超高清视频应用推广行动"} == {"工业和信息化部", "国家广播电视总局"}
    assert (guidance, "视听电子") in {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "concerns"}


def test_posts_in_a_democratic_party_and_names_with_a_word_glued_on():
    doc = make_doc("全国政协副主席、台盟中央主席苏辉出席。中央纪委书记李希于9月17日率队调研。"
                   "听取了最高人民检察院检察长应勇作的报告。诺瓦克副总理表示，")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert {("苏辉", "全国政协", "副主席"), ("苏辉", "台盟中央", "主席"), ("李希", "中央纪委", "书记"),
            ("应勇", "最高人民检察院", "检察长")} <= facts
    assert not any(person == "诺瓦克" for person, _, _ in facts)  # a foreign name: no post in the State Council


def test_a_policy_title_names_industries_only_at_word_starts():
    from kg import lexicon
    from kg.relate import _industries_in

    names = lexicon.load().names
    assert _industries_in("乡村道路硬化亮化工程", names) == []  # 亮化 工程, no 化工
    assert _industries_in("钢铁行业稳增长工作方案（2025—2026年）", names) == ["钢铁"]


def test_a_sector_listed_beside_a_policy_is_its_peer_not_its_subject():
    assert not rels("民生保障要在稳就业、兜底线上多发力，做好教育、医疗、托育、“三农”等工作。", "concerns")
    assert not {r for r in rels("服务传统产业优化升级，增设了交通能源融合工程、农业机器人等专业。", "concerns")
                if r[1] in ("农业", "机器人")}  # its own name's sectors stay
    assert ("设备更新行动", "钢铁") in rels("推动钢铁、有色、石化等行业实施设备更新行动。", "concerns")  # listed, then its verb


def test_a_political_formula_concerns_no_sector_named_after_it():
    doc = make_doc("全面贯彻“四个全面”战略布局，加快建设教育强国。《新能源汽车产业发展规划》提出，加快发展动力电池。")
    concerns = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "concerns"}
    assert not any(policy == "四个全面" for policy, _ in concerns)
    assert ("新能源汽车产业发展规划", "新能源汽车") in concerns


def test_a_foreign_official_listed_or_named_again_holds_no_post_at_home():
    doc = make_doc("赵乐际会见葡萄牙总统德索萨、总理蒙特内格罗。李强欢迎意大利总理梅洛尼访华。梅洛尼总理表示，愿深化合作。")
    assert not [r for r in doc.relations if r.predicate == "membership" and r.subject.name in ("蒙特内格罗", "梅洛尼")]


def test_a_foreign_governments_deputy_and_a_name_jieba_glued_to_what_follows():
    doc = make_doc("塞尔维亚政府副总理武林在致辞时表示，国务院副总理张国清率有关部门负责同志赶赴现场。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert facts == {("武林", "塞尔维亚政府", "副总理"), ("张国清", "国务院", "副总理")}


def test_the_premier_of_a_government_we_do_not_know_is_its_premier():
    doc = make_doc("丹麦首相弗雷泽里克森与格陵兰岛自治政府总理尼尔森共同会见记者。国务院总理李强出席。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert ("尼尔森", "格陵兰岛自治政府", "总理") in facts and ("李强", "国务院", "总理") in facts
    assert not any(person == "尼尔森" and org == "国务院" for person, org, _ in facts)


def test_a_foreign_partys_leader_holds_a_post_in_that_party_and_ours_whatever_precedes():
    doc = make_doc("越共中央总书记苏林会见代表团。《求是》杂志发表中共中央总书记、国家主席、中央军委主席习近平的重要文章。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert ("习近平", "中央军委", "主席") in facts and ("习近平", "中共中央", "总书记") in facts
    assert not any(person == "苏林" and org == "中共中央" for person, org, _ in facts)


def test_a_former_foreign_premier_and_full_country_names_hold_no_post_at_home():
    doc = make_doc("斯洛伐克方向党主席、前政府总理菲佐出席。朝鲜劳动党总书记、朝鲜民主主义人民共和国国务委员长金正恩表示，")
    facts = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "membership"}
    assert not any(org in ("前政府", "国务院") for _, org in facts)
    assert not any(person == "朝鲜民主主义人民共和国" for person, _ in facts)


def test_a_transliterated_name_after_a_bare_title_and_a_governor_generals_premier_hold_no_post_at_home():
    doc = make_doc("以总理办公室当晚称，总理内塔尼亚胡已下令打击。安提瓜和巴布达总督威廉斯、总理布朗致电。"
                   "全国人大代表农加贵发言。国务院总理李强出席。")
    held = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "membership"}
    assert ("李强", "国务院") in held and ("农加贵", "全国人民代表大会") in held  # a rare surname is still ours
    assert not {name for name, _ in held} & {"内塔尼亚胡", "布朗", "威廉斯"}


def test_implementing_a_strategy_is_not_issuing_it():
    doc = make_doc("工业和信息化部坚定实施扩大内需战略。工业和信息化部印发《工业领域碳达峰实施方案》。")
    issued = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "issuedBy"}
    assert issued == {("工业领域碳达峰实施方案", "工业和信息化部")}


def test_the_partys_study_campaigns_concern_no_education_sector():
    doc = make_doc("中共中央办公厅印发《全省学习教育实施方案》，要求加大警示教育力度，教育引导党员干部。"
                   "教育部印发《关于深化职业教育改革的意见》，推动教育高质量发展。")
    concerns = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "concerns"}
    assert ("全省学习教育实施方案", "教育") not in concerns
    assert ("关于深化职业教育改革的意见", "教育") in concerns


def test_at_a_press_conference_of_several_ministries_we_is_the_speakers_ministry():
    text = ("# 国新办举行新闻发布会\n\n国务院新闻办公室举行新闻发布会，请工业和信息化部总工程师谢少锋，商务部部长助理李咏箑"
            "介绍有关情况。\n\n谢少锋：\n\n我们将实施制造业数字化转型行动。\n\n记者：\n\n请问商务部，进展如何？\n\n"
            "李咏箑：\n\n商务部印发《汽车以旧换新补贴实施细则》，商务部将加快推进。我们将开展家电以旧换新专项行动。")
    issued = {(r.subject.name, r.object.name) for r in make_doc(text).relations if r.predicate == "issuedBy"}
    assert ("制造业数字化转型行动", "工业和信息化部") in issued
    assert ("家电以旧换新专项行动", "商务部") in issued


def test_occupational_titles_hold_posts_in_firms_and_agencies():
    doc = make_doc("新华社记者姚均芳报道。北京市中伦律师事务所合伙人张三表示，普华永道会计师事务所发布报告。")
    held = {(r.subject.name, r.role, r.object.name) for r in doc.relations if r.predicate == "membership"}
    assert held == {("姚均芳", "记者", "新华社"), ("张三", "合伙人", "北京市中伦律师事务所")}
    companies = {m.name for m in doc.mentions if m.label.value == "Company"}
    assert {"北京市中伦律师事务所", "普华永道会计师事务所"} <= companies


def test_the_short_name_of_a_five_year_plan_proposal_is_the_central_committees_proposal():
    doc = make_doc("全会审议通过了“十五五”规划建议。五中全会提出的“十四五”规划和二〇三五年远景目标建议指明了方向。")
    issued = {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "issuedBy"}
    assert issued == {("中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "中共中央"),
                      ("中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", "中共中央")}


def test_a_decree_publishes_its_bodys_regulation():
    text = "国务院总理李强日前签署第797号国务院令，公布《无人驾驶航空器飞行管理暂行条例》，自2024年1月1日起施行。"
    assert rels(text, "issuedBy") == {("无人驾驶航空器飞行管理暂行条例", "国务院")}


def test_a_body_an_earlier_clause_follows_does_not_issue_what_a_later_clause_carries_out():
    text = "《条例》深入贯彻党中央关于保密工作的决策部署，进一步落实2024年2月修订公布的《中华人民共和国保守国家秘密法》有关规定。"
    assert rels(text, "issuedBy") == set()
    text = "各媒体认真贯彻落实中央宣传部、中国记协印发的《媒体社会责任报告制度实施办法》要求。"
    assert ("媒体社会责任报告制度实施办法", "中央宣传部") in rels(text, "issuedBy")


def test_only_the_legislature_makes_a_law():
    text = "国家卫生健康委、民政部等六部门今天启动《职业病防治法》宣传周活动。"
    assert rels(text, "issuedBy") == set()
    text = "十四届全国人大常委会第十二次会议表决通过《中华人民共和国海洋环境保护法》，国家主席签署主席令予以公布。"
    assert {issuer for _, issuer in rels(text, "issuedBy")} <= {"全国人大常委会", "全国人民代表大会常务委员会"}


def test_the_next_item_of_an_agenda_is_no_sector_of_the_policy_before_it():
    text = ("国务院总理李强主持召开国务院常务会议，审议通过《城市公共交通条例（草案）》，"
            "研究促进专精特新中小企业高质量发展的政策措施，决定核准江苏徐圩一期工程等五个核电项目。")
    assert not any(industry == "核电" for _, industry in rels(text, "concerns"))


def test_a_post_is_named_without_its_bodys_words_and_a_spokesman_is_not_whom_he_speaks_for():
    got = rels("江西省委常委、副省长任珠峰，甘肃省委书记胡昌升，中共中央政治局常委、国务院总理李强出席。", "membership")
    assert {("任珠峰", "江西省委", "常委"), ("任珠峰", "江西省人民政府", "副省长"), ("胡昌升", "甘肃省委", "书记"),
            ("李强", "国务院", "总理")} <= got
    assert rels("联合国秘书长发言人迪雅里克23日表示。", "membership") == {("迪雅里克", "联合国", "发言人")}


def test_a_post_of_the_state_is_not_held_in_the_party_named_before_it():
    got = rels("新加坡人民行动党秘书长、政府总理黄循财表示。", "membership")
    assert got == {("黄循财", "新加坡人民行动党", "秘书长")}
    assert rels("新加坡人民行动党秘书长、总理黄循财表示。", "membership") == {("黄循财", "新加坡人民行动党", "秘书长")}
    assert ("李强", "国务院", "总理") in rels("中共中央政治局常委、国务院总理李强出席。", "membership")


def test_a_department_is_no_post_and_a_post_ends_no_body():
    got = rels("同朝鲜劳动党中央政治局常委、中央书记、组织指导部部长赵甬元举行会谈。", "membership")
    assert not any(post == "组织指导部" or body == "中共中央" for _, body, post in got)


def test_a_policy_that_opens_its_sentence_concerns_every_industry_the_sentence_names():
    text = ("工业和信息化部等七部门印发《关于推动未来产业创新发展的实施意见》（以下简称《实施意见》）。"
            "《实施意见》围绕六大方向，重点推进人形机器人、量子计算、脑机接口、6G等领域发展。")
    assert rels(text, "concerns") == {("关于推动未来产业创新发展的实施意见", name) for name in ("人形机器人", "量子计算", "脑机接口", "6G")}


def test_a_body_named_with_its_term_inside_is_that_body():
    text = ("中国国民党革命委员会第十一届中央委员会主席周铁农同志的遗体火化。"
            "中国共产党第二十届中央委员会第三次全体会议在北京举行。中国民主建国会第十二届中央委员会第二次全体会议召开。")
    assert rels(text, "membership") == {("周铁农", "民革中央", "主席")}  # not 中共中央, whose alias 中央委员会 is
    assert rels(text, "organizer") == {("二十届中共中央第三次全体会议", "中共中央"), ("十二届民建中央第二次全体会议", "民建中央")}


def test_a_post_jieba_glued_to_a_body_s_end_and_a_bare_government_after_a_party_committee():
    text = ("新疆维吾尔自治区党委常委、人民政府副主席玉苏甫江出席。广西壮族自治区党委副书记、自治区人民政府主席蓝天立出席。"
            "全国政协委员李书福表示，要加快发展。")
    assert rels(text, "membership") == {
        ("玉苏甫江", "新疆维吾尔自治区党委", "常委"), ("玉苏甫江", "新疆维吾尔自治区人民政府", "副主席"),
        ("蓝天立", "广西壮族自治区党委", "副书记"), ("蓝天立", "广西壮族自治区人民政府", "主席"),
        ("李书福", "全国政协", "委员")}


def test_a_learned_post_opening_with_a_body_s_name_is_the_body_and_the_post():
    text = "全国人大财经委副主任委员、常委会预算工委主任许宏才作报告。中共中央政治局常委、首规委主任蔡奇出席会议。"
    got = rels(text, "membership")
    assert ("许宏才", "常委会预算工委", "主任") in got and ("蔡奇", "首都规划建设委员会", "主任") in got  # 首规委: the lexicon's
    assert not any(role.endswith("委主任") for _, _, role in got)


def test_a_post_only_one_person_holds_at_home_goes_to_one_person_per_document():
    assert rels("在习近平总书记和阮富仲总书记战略引领下，中越关系保持良好发展态势。", "membership") == {
        ("习近平", "中共中央", "总书记")}
    assert rels("国务院总理李强会见新加坡客人。李显龙总理表示，愿同中方合作。", "membership") == {("李强", "国务院", "总理")}


def test_a_slogan_inside_what_is_issued_and_a_body_framing_the_act_issue_nothing():
    text = ("推进“一带一路”建设工作领导小组办公室今天发布共建“一带一路”未来十年发展展望报告。"
            "作为党中央在新时代推进改革开放的重要战略举措，自贸试验区推出了首张外商投资准入负面清单。")
    assert rels(text, "issuedBy") == set()
    assert ("推进“一带一路”建设工作领导小组办公室", "GovernmentBody") in {(m.name, m.label.value) for m in make_doc(text).mentions}


def test_an_answer_opening_with_the_policy_concerns_what_it_names():
    text = ("工业和信息化部等五部门联合印发《制造业可靠性提升实施意见》（以下简称《实施意见》）。\n\n问：聚焦哪些行业？\n\n"
            "答：《实施意见》聚焦机械、电子行业、汽车等行业，重点提升工业母机、工业机器人、芯片等产品的可靠性水平。\n")
    assert {ind for _, ind in rels(text, "concerns")} >= {"电子信息", "汽车", "工业母机", "工业机器人", "集成电路"}


def test_a_body_in_a_person_s_title_hosts_no_meeting_and_a_term_inside_the_cppcc_standing_committee():
    text = ("国务院副总理丁薛祥将访问哈萨克斯坦并举行中哈合作委员会第十一次会议。"
            "丁薛祥同斯克利亚尔第一副总理共同主持中哈合作委员会第十一次会议。"
            "政协第十四届全国委员会常务委员会第四次会议31日在京开幕。")
    assert rels(text, "organizer") == {("中哈合作委员会第十一次会议", "中哈合作委员会"),
                                       ("十四届全国政协常委会第四次会议", "全国政协常委会")}


def test_a_white_paper_speaks_for_nobody():
    text = "国务院新闻办公室今天发布《中国的远洋渔业发展》白皮书。白皮书指出，要坚持绿色发展。"
    assert not any(m.label.value == "Person" for m in make_doc(text).mentions)


def test_the_bodies_heading_a_joint_notice_each_issue_it():
    text = ("工业和信息化部办公厅 国家发展改革委办公厅 财政部办公厅关于开展2024年度智能制造系统解决方案揭榜挂帅项目申报工作的通知\n\n"
            "各省、自治区、直辖市工业和信息化主管部门：现将有关事项通知如下。\n")
    assert {body for _, body in rels(text, "issuedBy")} == {"工业和信息化部办公厅", "国家发展和改革委员会办公厅", "财政部办公厅"}


def test_a_department_named_after_its_ministry_s_short_form_takes_the_full_name():
    text = "国家疾控局监测预警司司长介绍，民进党当局一意孤行。"
    got = {(m.name, m.label.value) for m in make_doc(text).mentions}
    assert ("国家疾病预防控制局监测预警司", "GovernmentBody") in got
    assert not any(name.startswith("中国民主促进会") for name, _ in got)
    assert ("国家疾病预防控制局监测预警司", "国家疾病预防控制局") in rels(text, "subOrganizationOf")


def test_a_local_department_takes_its_standard_name_and_a_bare_one_the_document_s_only_province():
    text = ("新华日报讯（记者 付奇）1月25日，江苏省政府新闻办召开新闻发布会。江苏省工业和信息化厅厅长谢志成介绍情况。"
            "谢志成说，省工信厅将深入实施《江苏省制造业智能化改造和数字化转型三年行动计划》，今年新培育智能制造示范工厂100家。"
            "苏州市工信局局长王飞表示，要加快发展。")
    doc = make_doc(text)
    assert {(r.subject.name, r.object.name) for r in doc.relations if r.predicate == "issuedBy"} == {
        ("江苏省制造业智能化改造和数字化转型三年行动计划", "江苏省工业和信息化厅")}
    assert ("王飞", "苏州市工业和信息化局", "局长") in rels(text, "membership")
    # 付奇 reports the press conference; 谢志成 presents it, and the official it quotes by his post speaks there
    assert rels(text, "speaker") == {("新闻发布会", "谢志成"), ("新闻发布会", "王飞")}
    assert [(f.value, f.kind) for f in doc.figures] == [("100", "target")]  # 将深入实施…，今年新培育


def test_the_bodies_a_title_opens_with_issue_it_and_the_host_of_a_briefing_does_not():
    text = ("国务院新闻办公室今天举行新闻发布会，解读日前公布的《中共中央 国务院关于支持福建探索海峡两岸融合发展新路的意见》。"
            "国务院新闻办公室今天举行国务院政策例行吹风会，五部门有关负责人介绍最近出台的《固体废物综合治理行动计划》。")
    assert rels(text, "issuedBy") == {("中共中央 国务院关于支持福建探索海峡两岸融合发展新路的意见", "中共中央"),
                                      ("中共中央 国务院关于支持福建探索海峡两岸融合发展新路的意见", "国务院")}


def test_a_document_a_meeting_adopts_is_issued_by_the_body_the_meeting_is_named_after():
    text = "国务院总理李强主持召开国务院常务会议，听取有关汇报，审议通过《中华人民共和国无线电管理条例（修订草案）》。"
    assert rels(text, "issuedBy") == {("中华人民共和国无线电管理条例（修订草案）", "国务院")}


def test_a_draft_a_meeting_adopts_in_principle_is_issued_by_the_body_the_meeting_is_named_after():
    text = ("国务院总理李强主持召开国务院常务会议，审议通过《国家标准化发展纲要行动计划》，"
            "讨论并原则通过《电信条例（修订草案）》。")
    assert rels(text, "issuedBy") == {("国家标准化发展纲要行动计划", "国务院"), ("电信条例（修订草案）", "国务院")}


def test_a_sector_s_usual_name_with_its_word_for_trade_is_the_sector():
    text = "工业和信息化部将制定出台《机械行业稳增长工作方案》。"
    assert ("机械行业稳增长工作方案", "机械工业") in rels(text, "concerns")


def test_a_policy_named_after_its_sector_takes_the_rest_of_its_sentence_only_where_it_speaks_of_that_sector():
    other_task = "我们将开展视听电子产品消费促进活动，推动新型显示、集成电路等上游产业协同发展。"
    assert rels(other_task, "concerns") == {("视听电子产品消费促进活动", "视听电子")}
    its_own = "我们将开展视听电子产品消费促进活动，推动视听电子与新型显示协同发展。"
    assert ("视听电子产品消费促进活动", "新型显示") in rels(its_own, "concerns")
    branches = "交通运输部印发《综合交通运输发展规划》，推动铁路、民航协同发展。"
    assert {("综合交通运输发展规划", "铁路"), ("综合交通运输发展规划", "民航")} <= rels(branches, "concerns")


def test_what_an_office_forwards_is_issued_by_the_bodies_that_wrote_it():
    assert rels("国务院办公厅转发国家发展改革委、商务部《关于促进消费的意见》。", "issuedBy") == {
        ("关于促进消费的意见", "国家发展和改革委员会"), ("关于促进消费的意见", "商务部")}
    assert rels("国务院办公厅转发了工业和信息化部等部门《关于加快传统产业改造提升的指导意见》。", "issuedBy") == {
        ("关于加快传统产业改造提升的指导意见", "工业和信息化部")}


def test_bodies_on_a_meetings_other_agenda_items_do_not_adopt_what_it_adopts():
    text = ("国务院总理李强主持召开国务院常务会议，听取国务院部门办理全国人大代表建议和全国政协提案工作情况汇报，"
            "审议通过《关于进一步优化支付服务提升支付便利性的意见》，讨论通过《国务院2024年重点工作分工方案》。\n"
            "会议指出，刚刚闭幕的十四届全国人大二次会议审议通过的《政府工作报告》明确了目标任务。\n"
            "会议审议通过《节约用水条例（草案）》。")
    issued = rels(text, "issuedBy")
    assert {("关于进一步优化支付服务提升支付便利性的意见", "国务院"), ("国务院2024年重点工作分工方案", "国务院"),
            ("节约用水条例（草案）", "国务院")} <= issued
    assert not any(body == "全国政协" for _, body in issued)


def test_a_treaty_a_decision_ratifies_is_not_issued_by_the_meeting_that_adopts_the_decision():
    text = ("十四届全国人大常委会第五次会议在北京闭幕。\n"
            "会议表决通过了全国人大常委会关于批准《关于制止非法劫持航空器的公约的补充议定书》的决定。")
    assert not rels(text, "issuedBy")


def test_each_appointment_of_a_list_gives_its_own_post_and_a_special_committee_is_its_congress_s():
    text = ("任命李小鹏为经济委员会副主任、邓小刚为农业和农村委员会驻会副主任、庹震为教科卫体委员会副主任，"
            "梁晔不再担任农业和农村委员会驻会副主任。会议听取了宪法和法律委员会副主任委员周光权作的报告。")
    assert rels(text, "membership") == {
        ("李小鹏", "经济委员会", "副主任"), ("邓小刚", "全国政协农业和农村委员会", "副主任"),
        ("庹震", "全国政协教科卫体委员会", "副主任"), ("周光权", "全国人大宪法和法律委员会", "副主任委员")}


def test_a_visitor_named_with_a_bare_title_holds_no_post_at_home():
    text = "习近平主席7月同来华访问的梅洛尼总理成功会晤。"
    assert not rels(text, "membership")


@pytest.mark.parametrize("text", [
    "赵乐际表示，习近平主席同黄循财总理举行重要会晤，为中新关系发展指明方向。",  # whom our leader meets
    "习近平总书记同访华的马塔雷拉总统、梅洛尼总理深入交流。",  # and those listed with them
    "习近平主席会见范明政总理、王庭惠国会主席。范明政总理前往机场迎送。",  # by name, wherever the text names them
])
def test_a_leader_s_counterpart_named_with_a_bare_title_holds_no_post_at_home(text):
    assert not {r for r in rels(text, "membership") if r[1] == "国务院"}


def test_the_counterpart_s_title_is_theirs_and_our_premier_keeps_his():
    assert rels("国务院总理李强同梅洛尼总理举行会谈。", "membership") == {("李强", "国务院", "总理")}
    assert not rels("习近平主席会见范明政总理、陈青敏国会主席。", "membership")  # 总理、陈青敏: 范明政's title
    text = "习近平总书记和金正恩总书记共同引领中朝关系。不久前，金正恩总书记和习近平总书记在平壤举行历史性会晤。"
    assert {r for r in rels(text, "membership") if r[1] == "中共中央"} == {("习近平", "中共中央", "总书记")}  # ours: named first


def test_a_ministry_s_post_listed_after_a_department_s_official_is_the_ministry_s():
    text = "工业和信息化部副部长单忠德，工业和信息化部运行监测协调局局长陶青，总工程师谢少锋出席。"
    assert rels(text, "membership") == {("单忠德", "工业和信息化部", "副部长"), ("陶青", "工业和信息化部运行监测协调局", "局长"),
                                        ("谢少锋", "工业和信息化部", "总工程师")}
    assert ("王鹏", "工业和信息化部运行监测协调局", "副局长") in rels(
        "工业和信息化部运行监测协调局局长陶青，副局长王鹏出席。", "membership")  # the department's own deputy


def test_a_former_post_or_a_word_before_a_chain_keeps_our_ministry():
    assert ("梁光烈", "国防部", "部长") in rels("中央军委原委员、原国务委员兼国防部部长梁光烈同志，因病逝世。", "membership")


def test_working_bodies_by_their_short_names_and_a_name_before_分别():
    text = ("会议听取了全国人大常委会代表工委主任郭振华、文化和旅游部部长孙业礼分别作的关于代表建议办理情况的报告。"
            "监察司法委主任委员杨晓超作报告。")
    assert rels(text, "membership") == {("郭振华", "全国人大常委会代表工作委员会", "主任"), ("孙业礼", "文化和旅游部", "部长"),
                                        ("杨晓超", "全国人大监察和司法委员会", "主任委员")}


def test_a_special_committee_named_with_its_congress_is_part_of_it():
    assert rels("全国人大财政经济委员会副主任委员许宏才作报告。", "subOrganizationOf") == {
        ("全国人大财政经济委员会", "全国人民代表大会")}


def test_a_ministry_in_a_foreign_official_s_titles_is_not_ours_and_a_country_opens_its_body_s_name():
    assert not rels("老挝副总理吉乔、越南副总理兼财政部部长胡德福等外国领导人出席。", "membership")
    text = "多方谴责以色列升级局势 呼吁国际社会采取行动黎巴嫩看守政府总理米卡提23日谴责以色列。"
    assert rels(text, "membership") == {("米卡提", "黎巴嫩看守政府", "总理")}


def test_a_trade_negotiator_s_post_and_an_edition_s_year_before_a_list():
    text = "请商务部部长王文涛，副部长兼国际贸易谈判副代表凌激介绍情况。2024年版外资准入负面清单限制措施缩减至29条。"
    assert rels(text, "membership") == {("王文涛", "商务部", "部长"), ("凌激", "商务部", "副部长"),
                                        ("凌激", "商务部", "国际贸易谈判副代表")}
    assert {m.name for m in make_doc(text).mentions if m.label.value == "Policy"} == {"外资准入负面清单"}


def test_a_bare_kind_opening_a_sentence_is_the_title_named_before():
    text = ("工业和信息化部等七部门近日印发《关于加快推动制造业绿色化发展的指导意见》。"
            "指导意见明确，推动钢铁、有色金属、石化化工等行业绿色低碳转型。")
    assert rels(text, "concerns") == {("关于加快推动制造业绿色化发展的指导意见", name) for name in ("钢铁", "有色金属", "石化", "制造业")}
    # a kind no title in the document ends with is the plain word
    assert rels("会议要求，指导意见提出的钢铁任务要落实。", "concerns") == set()


def test_an_institution_listed_among_the_issuers_before_their_count_issues_too():
    text = "工业和信息化部、教育部、中国科学院等三部门联合印发《关于推动人形机器人创新发展的实施意见》。"
    assert {body for _, body in rels(text, "issuedBy")} == {"工业和信息化部", "教育部", "中国科学院"}
    # an institution after the issuers but not counted with them is not one
    assert "中国科学院" not in {body for _, body in rels("工业和信息化部联合教育部、中国科学院专家印发《人形机器人标准》。", "issuedBy")}


def test_a_bare_kind_of_event_opening_a_sentence_is_the_named_one_and_who_addresses_it_speaks():
    text = ("2023世界新能源汽车大会在海口开幕。大会由科学技术部、海南省人民政府共同主办。"
            "工业和信息化部副部长辛国斌、海南省省长冯飞出席开幕式并致辞。\n\n"
            "王沪宁表示，习近平总书记出席座谈会并发表重要讲话。\n\n"
            "中国科学院院长侯建国出席研讨班结业式并讲话。")
    assert rels(text, "organizer") == {("2023世界新能源汽车大会", "科学技术部"), ("2023世界新能源汽车大会", "海南省人民政府")}
    assert rels(text, "speaker") == {("2023世界新能源汽车大会", "辛国斌"), ("2023世界新能源汽车大会", "冯飞")}


def test_the_headline_s_name_for_the_press_conference_is_the_one_the_note_names():
    text = ("# 工业和信息化部举行“新型工业化”系列主题新闻发布会\n\n"
            "编者按：9月19日，工业和信息化部举行“推进新型工业化 加快建设制造强国”系列主题新闻发布会，"
            "工业和信息化部原材料工业司司长常国武介绍有关情况。\n\n常国武：各位好。\n")
    events = {m.name for m in make_doc(text).mentions if m.label.value == "Event"}
    assert events == {"推进新型工业化 加快建设制造强国系列主题新闻发布会"}


def test_a_transcript_s_header_lists_who_presents_and_its_headline_names_the_conference():
    text = ("国新办举行“推动高质量发展”系列主题新闻发布会（生态环境部）\n\n时间：2024年3月5日 上午10:00\n\n发布人：\n"
            "生态环境部部长 黄润秋\n生态环境部副部长 庄国泰\n生态环境部新闻发言人、宣传教育司司长 裴晓菲\n\n主持人：\n"
            "国务院新闻办公室新闻局副局长、新闻发言人 寿小丽\n\n寿小丽：\n女士们、先生们，欢迎出席国务院新闻办新闻发布会。\n\n"
            "黄润秋：\n2023年，全国地级及以上城市PM2.5平均浓度为30微克/立方米。\n\n记者：\n请问有何考虑？\n\n"
            "庄国泰：\n我们将继续推进污染防治。\n")
    doc = make_doc(text)
    assert doc.document.title == "国新办举行“推动高质量发展”系列主题新闻发布会（生态环境部）"
    assert {m.name for m in doc.mentions if m.label.value == "Event"} == {"推动高质量发展系列主题新闻发布会"}
    assert {person for _, person in rels(text, "speaker")} == {"黄润秋", "庄国泰", "裴晓菲"}  # 寿小丽 moderates
    assert ("裴晓菲", "生态环境部宣传教育司", "司长") in rels(text, "membership")


def test_a_press_conference_named_by_what_it_introduces_drops_the_abbreviation_aside():
    text = ("国务院新闻办公室今天举行新闻发布会，商务部有关负责人介绍《关于扩大服务消费的若干政策措施》"
            "（以下简称《政策措施》）主要内容。")
    events = {m.name for m in make_doc(text).mentions if m.label.value == "Event"}
    assert events == {"关于扩大服务消费的若干政策措施主要内容新闻发布会"}


def test_a_national_administration_a_ministry_oversees_signs_its_own_reply_and_issues_what_it_will_revise():
    text = ("关于政协十四届全国委员会第二次会议第03871号提案答复的函\n\n赵晓东委员：\n\n您提出的提案收悉。经商国家发展改革委，现答复如下：\n\n"
            "我局将会同有关部门修订《分布式光伏发电项目管理暂行办法》。\n\n国家能源局\n2024年7月25日\n")
    assert ("分布式光伏发电项目管理暂行办法", "国家能源局") in rels(text, "issuedBy")


def test_the_items_a_policy_s_paragraph_lists_are_its_own_and_carrying_it_out_is_no_issuing():
    text = ("国务院日前印发《关于推动内外贸一体化发展的意见》（以下简称《意见》）。\n\n"
            "《意见》明确了18项重点任务。一是促进规则衔接。二是推动汽车、家电、纺织服装等行业内外贸融合发展。\n\n"
            "商务部、国家发展改革委等部门负责同志表示，将抓好《意见》落实。钢铁行业也很重要。\n")
    assert rels(text, "issuedBy") == {("关于推动内外贸一体化发展的意见", "国务院")}
    assert {ind for _, ind in rels(text, "concerns")} == {"汽车", "家电", "纺织", "服装"}


def test_an_aside_on_a_post_does_not_cut_the_official_from_it():
    text = "工业和信息化部节能与综合利用司副司长（主持工作）李明、办公厅二级巡视员张伟出席。"
    assert rels(text, "membership") >= {("李明", "工业和信息化部节能与综合利用司", "副司长"),
                                        ("张伟", "工业和信息化部办公厅", "二级巡视员")}


def test_the_bodies_that_undertake_an_event_hold_it_and_the_editions_so_far_are_no_figure():
    text = ("同期举办的第七届虹桥国际经济论坛由商务部、上海市人民政府和中国国际进口博览局共同承办。"
            "前六届进博会累计意向成交额近4200亿美元。")
    assert {body for _, body in rels(text, "organizer")} == {"商务部", "上海市人民政府", "中国国际进口博览局"}
    assert [f.value for f in make_doc(text).figures] == ["420000000000"]


def test_who_chairs_a_meeting_and_speaks_at_it_is_a_speaker():
    text = "3月6日，工业和信息化部召开人工智能产业发展座谈会，工业和信息化部部长李乐成主持会议并讲话。"
    assert rels(text, "speaker") == {("人工智能产业发展座谈会", "李乐成")}


def test_the_aspects_a_policy_s_paragraph_goes_on_to_are_its_own():
    text = ("七部门联合印发《推动工业领域设备更新实施方案》（以下简称《方案》）。\n\n"
            "《方案》部署了实施先进设备更新行动等4方面重点任务。在先进设备更新方面，聚焦石化化工、钢铁、汽车等重点行业。\n\n"
            "在纺织行业方面，另有安排。\n")
    assert {ind for _, ind in rels(text, "concerns")} == {"石化", "钢铁", "汽车", "工业"}


def test_the_officials_its_introduction_goes_on_to_say_present_it_are_speakers():
    text = ("2024年9月10日，工业和信息化部举行“新型工业化”系列主题新闻发布会，介绍有关情况。"
            "工业和信息化部信息通信发展司司长谢存，信息通信管理局副局长刘郁林出席发布会并回答记者提问。\n\n"
            "陶青：大家好。\n\n谢存：截至7月末，我国5G基站总数达399.6万个。\n\n"
            "李强总理此前强调，要推动5G发展。\n")
    assert {person for _, person in rels(text, "speaker")} == {"谢存", "刘郁林", "陶青"}


def test_officials_the_introduction_says_attend_the_conference_or_answered_the_press_are_speakers():
    attended = ("10月31日，国家能源局举行新闻发布会，发布前三季度能源形势，并回答记者提问。"
                "国家能源局发展规划司副司长邢翼腾、电力司副司长刘明阳出席发布会。发布会由国家能源局综合司副司长张星主持。\n\n"
                "邢翼腾介绍，前三季度，全社会用电量同比增长4.6%。\n")
    assert {person for _, person in rels(attended, "speaker")} == {"邢翼腾", "刘明阳"}
    answered = ("10月15日，江苏省政府新闻办召开新闻发布会，江苏省工业和信息化厅副厅长池宇介绍了有关情况。"
                "省财政厅副厅长刘东、省商务厅副厅长王斌回答了记者提问。\n")
    assert {person for _, person in rels(answered, "speaker")} == {"池宇", "刘东", "王斌"}


def test_a_department_s_official_speaks_for_its_body_and_the_headline_names_the_conference_by_its_topic():
    text = ("# 国务院新闻办公室就推动大规模设备更新和消费品以旧换新举行新闻发布会\n\n时间：2024年3月13日\n\n"
            "发布人：国家发展改革委副主任 赵辰昕；商务部副部长 盛秋平\n\n"
            "主持人：国务院新闻办新闻局副局长、新闻发言人 寿小丽\n\n"
            "寿小丽：女士们、先生们，大家上午好。欢迎出席国务院新闻办公室新闻发布会。\n\n赵辰昕：谢谢。\n")
    assert ("寿小丽", "国务院新闻办公室", "新闻发言人") in rels(text, "membership")
    assert ("寿小丽", "国务院新闻办公室新闻局", "副局长") in rels(text, "membership")
    assert {event for event, _ in rels(text, "speaker")} == {"推动大规模设备更新和消费品以旧换新新闻发布会"}


def test_a_body_named_right_before_a_title_issued_it_and_the_office_that_transmits_it_did_not():
    text = ("国务院办公厅转发国家发展改革委《关于恢复和扩大消费的措施》的通知\n\n国办函〔2023〕70号\n\n"
            "国家发展改革委《关于恢复和扩大消费的措施》已经国务院同意，现转发给你们，请认真贯彻落实。\n\n国务院办公厅\n2023年7月28日\n")
    assert rels(text, "issuedBy") == {("关于恢复和扩大消费的措施", "国家发展和改革委员会")}


def test_a_minister_titled_with_the_ministry_s_stem_holds_the_post_of_minister():
    got = rels("中共中央政治局委员、外交部长王毅会见了来访的客人。国务委员谌贻琴出席。", "membership")
    assert ("王毅", "外交部", "部长") in got and ("谌贻琴", "国务院", "国务委员") in got


def test_a_joint_document_titled_by_its_count_of_bodies_is_issued_by_those_that_sign_it():
    text = ("三部门关于推动能源电子产业发展的指导意见\n\n工信部联电子〔2022〕181号\n\n"
            "能源电子产业是新兴产业。为推动能源电子产业发展，现提出以下意见。\n\n"
            "工业和信息化部 教育部 科技部\n2022年12月26日\n")
    policy = "关于推动能源电子产业发展的指导意见"
    assert rels(text, "issuedBy") == {(policy, "工业和信息化部"), (policy, "教育部"), (policy, "科学技术部")}
    assert rels(text, "concerns") == {(policy, "能源电子")}


def test_who_says_it_at_the_press_conference_or_answering_the_press_speaks_at_it_and_reports_its_figures():
    text = ("中新网10月18日电 工业和信息化部新闻发言人陶青18日在国新办新闻发布会上表示，前三季度，规模以上工业增加值同比增长5.8%。\n\n"
            "工业和信息化部规划司副司长梁志峰在回答记者提问时表示，截至目前，累计培育国家级专精特新“小巨人”企业1.46万家。\n")
    assert {person for _, person in rels(text, "speaker")} == {"陶青", "梁志峰"}
    assert {f.text: f.reported_by for f in make_doc(text).figures} == {"5.8%": "陶青", "1.46万家": "梁志峰"}


def test_a_policy_s_own_text_concerns_the_industries_its_numbered_tasks_name_and_a_reply_s_do_not():
    text = ("三部门关于推动能源电子产业发展的指导意见\n\n能源电子产业是电子信息技术和新能源需求融合产生的新兴产业。\n\n"
            "一、提升行业供给能力\n\n（二）发展先进高效的光伏产品及技术。加快智能光伏创新突破。\n\n"
            "（三）发展安全高效的储能技术。加快锂离子电池技术研发。\n\n工业和信息化部 教育部 科技部\n2022年12月26日\n")
    assert {ind for _, ind in rels(text, "concerns")} == {"能源电子", "光伏", "储能", "锂离子电池"}
    reply = ("关于十四届全国人大二次会议第3125号建议的答复\n\n许建国代表：\n\n您提出的建议收悉。现答复如下：\n\n"
             "一、关于加强关键核心技术攻关。我部支持钢铁行业技术改造。\n\n工业和信息化部\n2024年7月8日\n")
    assert not rels(reply, "concerns")


def test_a_conference_introducing_an_event_to_come_is_named_without_its_when_and_where():
    text = "今天上午，国务院新闻办公室举行新闻发布会，介绍第二届“一带一路”科技交流大会将于6月10日至12日在四川成都举办。"
    assert rels(text, "organizer") == {("第二届一带一路科技交流大会新闻发布会", "国务院新闻办公室")}


def test_who_says_something_at_an_event_speaks_at_it():
    text = ("工业和信息化部信息通信管理局局长赵策在日前举行的工业互联网大会上介绍，累计注册量超过4500亿。"
            "余晓晖今天在2024世界智能制造大会开幕式上表示，要加快发展。李强在北京出席2024中国国际服务贸易交易会。")
    assert rels(text, "speaker") == {("工业互联网大会", "赵策"), ("2024世界智能制造大会", "余晓晖")}


def test_the_official_who_speaks_right_after_the_news_names_the_conference_presents_it():
    text = ("11月5日，广东省人民政府新闻办公室举行新闻发布会。广东省工业和信息化厅厅长杨鹏飞介绍，前三季度全省规模以上工业增加值同比增长4.5%。\n\n"
            "余锦星认为，深圳新能源汽车产量增长25%。\n")
    assert {person for _, person in rels(text, "speaker")} == {"杨鹏飞"}  # 余锦星, named by no post, may be quoted from elsewhere


def test_a_policy_of_measures_and_one_of_a_list_s_technologies_made_industries():
    text = "下一步，工业和信息化部将深入实施《助力中小微企业稳增长调结构强能力若干措施》。"
    assert rels(text, "issuedBy") == {("助力中小微企业稳增长调结构强能力若干措施", "工业和信息化部")}
    text = "《实施意见》提出，推动下一代移动通信、卫星互联网、量子信息等技术产业化应用。"
    assert {ind for _, ind in rels(text, "concerns")} == {"移动通信", "卫星互联网", "量子信息"}


def test_a_reply_titled_to_a_numbered_proposal_is_its_body_s_and_the_proposal_it_answers_a_policy():
    text = ("对十四届全国人大二次会议第7251号建议的答复\n\n孙东生代表：\n\n"
            "您提出的关于加快推动工业母机产业高质量发展的建议收悉，现答复如下。\n\n工业和信息化部\n2024年7月20日\n")
    assert rels(text, "issuedBy") == {("对十四届全国人大二次会议第7251号建议的答复", "工业和信息化部")}
    assert rels(text, "concerns") == {("关于加快推动工业母机产业高质量发展的建议", "工业母机")}


def test_what_a_policy_sets_out_goes_on_after_a_semicolon():
    text = ("工业和信息化部等四部门联合印发《关于加快推动制造业绿色化发展的指导意见》（以下简称《指导意见》）。"
            "《指导意见》提出，到2030年，制造业绿色低碳转型成效显著；在钢铁、有色金属等行业，培育绿色工厂2000家以上。\n\n"
            "同时，汽车产销保持增长。\n")
    assert {ind for _, ind in rels(text, "concerns")} == {"制造业", "钢铁", "有色金属"}


def test_a_body_set_up_before_a_policy_is_issued_does_not_issue_it():
    text = "工业和信息化部成立工业互联网专项工作组，印发《工业互联网发展行动计划（2018—2020年）》。"
    assert rels(text, "issuedBy") == {("工业互联网发展行动计划（2018—2020年）", "工业和信息化部")}


def test_a_commission_naming_itself_by_its_head_word_holds_the_post_after_it():
    text = "国家发展改革委政策研究室副主任、委新闻发言人李超出席发布会。"
    assert rels(text, "membership") == {("李超", "国家发展和改革委员会政策研究室", "副主任"), ("李超", "国家发展和改革委员会", "新闻发言人")}


def test_the_official_opening_the_next_paragraph_presents_the_conference_but_whom_he_quotes_does_not():
    text = ("今天，国务院新闻办公室举行系列新闻发布会，交通运输部相关负责人介绍了有关情况。\n"
            "交通运输部副部长李扬介绍，今年，我国客货运输服务和运量保持增长。\n")
    assert {person for _, person in rels(text, "speaker")} == {"李扬"}
    text = ("国务院新闻办公室今天下午举行新闻发布会，司法部有关负责人介绍全民普法工作有关情况。\n"
            "相关负责人介绍，法治宣传教育法首次将“习近平法治思想”写入法律。\n")
    assert not rels(text, "speaker")


def test_a_bare_kind_opening_a_sentence_is_the_policy_of_that_kind_named_before():
    text = "国务院办公厅近日印发《关于加快场景培育和开放的实施意见》。意见提出，聚焦人工智能、低空经济等领域，加快推动场景开放。"
    assert {ind for _, ind in rels(text, "concerns")} == {"人工智能", "低空经济"}
    assert not rels("意见提出，聚焦人工智能等领域。", "concerns")


def test_a_company_named_with_its_legal_form_is_the_company_named_without_it_elsewhere(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("华虹半导体有限公司等龙头企业与高校共建实训基地。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("中芯国际、华虹半导体等企业正在加快扩产。", encoding="utf-8")
    G = kg.build([tmp_path])
    huahong = [d for _, d in G.nodes(data=True) if d["label"] == "Company" and "华虹" in d["name"]]
    assert len(huahong) == 1
    assert huahong[0]["name"] == "华虹半导体" and huahong[0]["documents"] == "a|b" and "华虹半导体有限公司" in huahong[0]["aliases"]
    (tmp_path / "c.txt").write_text("首批疏解央企中国中化控股有限责任公司正式迁驻雄安。", encoding="utf-8")
    (tmp_path / "d.txt").write_text("中国中化总部正式迁驻雄安新区。中国中化表示，将加快建设。", encoding="utf-8")
    G = kg.build([tmp_path])
    sinochem = [d for _, d in G.nodes(data=True) if d["label"] == "Company" and "中化" in d["name"]]
    assert [(d["name"], d["documents"]) for d in sinochem] == [("中国中化", "c|d")]  # 控股 before the legal form too


def test_officials_joined_by_and_share_the_body_named_first():
    text = "工业和信息化部部长肖亚庆介绍有关情况，并与工业和信息化部副部长王江平和新闻发言人、运行监测协调局局长黄利斌回答了记者提问。"
    assert ("黄利斌", "工业和信息化部", "新闻发言人") in rels(text, "membership")
    text = "习近平在福建省委书记周祖翼和省长赵龙陪同下考察。"
    assert ("赵龙", "福建省人民政府", "省长") in rels(text, "membership")


def test_the_clause_after_a_policy_that_says_what_it_is_on_names_its_industries():
    text = "《实施方案》部署了四方面重点任务：一是实施先进设备更新行动，聚焦石化化工、钢铁、有色金属、建材等重点行业；二是实施数字化转型更新行动。"
    assert {ind for policy, ind in rels(text, "concerns") if policy == "先进设备更新行动"} == {"石化", "钢铁", "有色金属", "建材"}


def test_who_answers_the_press_after_saying_so_speaks_and_a_department_speaking_for_its_body_is_no_alias_of_it():
    text = ("10月21日，国务院新闻办公室举行新闻发布会。工业和信息化部新闻发言人谢少锋在会上介绍，前三季度工业增加值增长6.2%。\n\n"
            "在回答记者提问时，工业和信息化部运行监测协调局局长陶青表示，汽车以旧换新补贴申请量超过1000万份。\n")
    assert {person for _, person in rels(text, "speaker")} == {"谢少锋", "陶青"}


def test_a_department_whose_official_speaks_for_its_body_is_no_alias_of_that_body(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("国家发展改革委政策研究室主任、新闻发言人蒋毅介绍有关情况。", encoding="utf-8")
    G = kg.build([tmp_path])
    ndrc = next(d for _, d in G.nodes(data=True) if d["name"] == "国家发展和改革委员会")
    assert "国家发展改革委政策研究室" not in ndrc["aliases"].split("|")


def test_the_class_a_proposal_is_filed_under_is_no_industry_of_the_reply():
    text = ("关于政协十四届全国委员会第二次会议第03211号（工业交通类312号）提案答复的函\n\n中国民主建国会中央委员会：\n\n"
            "贵单位提出的《关于加快推动制造业绿色低碳转型的提案》收悉。现答复如下。\n\n工业和信息化部\n2024年7月26日\n")
    assert rels(text, "concerns") == {("关于加快推动制造业绿色低碳转型的提案", "制造业")}


def test_a_meeting_named_after_its_body_gives_the_body_no_alias_but_the_body_s_own_words(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("国务院总理李强主持召开国务院常务会议，审议通过《关于深入实施“人工智能+”行动的意见》。\n\n"
                                    "在政协十三届全国委员会第三次会议上，委员们提出建议。", encoding="utf-8")
    G = kg.build([tmp_path])
    aliases = {d["name"]: set(filter(None, d["aliases"].split("|"))) for _, d in G.nodes(data=True) if d["label"] == "GovernmentBody"}
    assert aliases["国务院"] == set() and aliases["全国政协"] == {"政协十三届全国委员会"}


def test_the_proposal_a_reply_answers_is_not_issued_by_the_body_that_replies():
    text = ("李明等5位代表：\n\n你们提出的关于加快推进氢能产业高质量发展的建议收悉，现答复如下：\n\n"
            "我局会同有关部门推动氢能产业发展。\n\n国家能源局\n2025年6月26日\n")
    assert not rels(text, "issuedBy")
    assert rels(text, "concerns") == {("关于加快推进氢能产业高质量发展的建议", "氢能")}


def test_what_the_next_sentence_says_of_a_part_of_a_policy_s_list_is_its_own():
    text = ("工业和信息化部、科学技术部联合发布《关于推动未来产业创新发展的实施意见》。"
            "《意见》围绕制造业主战场，重点推进未来信息、未来能源等方向产业发展。"
            "其中，未来信息领域将重点推动卫星互联网、量子信息等技术产业化应用；未来能源领域将聚焦核能、氢能等重点领域。"
            "同时，汽车产销保持增长。\n")
    assert {ind for _, ind in rels(text, "concerns")} == {"制造业", "能源", "卫星互联网", "量子信息", "氢能"}


def test_a_conference_the_host_names_after_its_body_is_that_body_s():
    text = ("# 工业和信息化部2025年一季度工业和信息化发展情况新闻发布会文字实录\n\n时间：2025年4月18日 10:00\n\n"
            "发布人：\n工业和信息化部新闻发言人、总工程师 谢少锋\n\n主持人：工业和信息化部新闻宣传中心副主任 姚珂\n\n"
            "主持人 姚珂：\n\n各位媒体朋友，上午好！欢迎参加工业和信息化部新闻发布会。\n\n"
            "工业和信息化部新闻发言人、总工程师 谢少锋：\n\n一季度，全国规模以上工业增加值同比增长6.5%。\n")
    assert {body for _, body in rels(text, "organizer")} == {"工业和信息化部"}


def test_who_addresses_the_opening_speaks_at_the_event_the_headline_names():
    text = ("# 第二十届中国国际中小企业博览会在广州开幕\n\n11月15日，博览会在广州开幕。本届中博会由工业和信息化部、广东省人民政府共同主办。\n\n"
            "工业和信息化部部长李乐成、广东省省长王伟中出席开幕式并致辞。\n")
    assert {person for _, person in rels(text, "speaker")} == {"李乐成", "王伟中"}


def test_a_federal_ministry_named_with_and_and_a_state_secretary_of_it():
    doc = make_doc("德国联邦经济和气候保护部国务秘书米夏埃尔·克尔纳出席论坛并致辞。德国联邦内阁批准了该计划。")
    facts = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert facts == {("米夏埃尔·克尔纳", "德国联邦经济和气候保护部", "国务秘书")}
    assert "德国联邦内阁" in {m.name for m in doc.mentions if m.label.value == "GovernmentBody"}


def test_who_delivers_the_meeting_s_report_speaks_at_it_and_a_page_is_dated_by_its_header():
    text = ("工业和信息化部召开2025年全国工业和信息化工作会议\n来源：工业和信息化部网站    发布时间：2025-01-14 10:21\n\n"
            "1月13日至14日，2025年全国工业和信息化工作会议在北京召开。工业和信息化部党组书记、部长金壮龙作工作报告。\n\n"
            "会议强调，2025年要推动规模以上工业增加值增长5%左右。\n")
    assert rels(text, "speaker") == {("2025年全国工业和信息化工作会议", "金壮龙")}
    doc = make_doc(text)
    assert doc.document.published == "2025-01-14"
    assert [(f.value, f.kind) for f in doc.figures] == [("5", "target")]


def test_a_notice_of_appointment_gives_the_post_it_appoints_to_and_not_the_one_it_removes():
    text = ("国务院任免国家工作人员。\n\n任命张云明为工业和信息化部副部长；任命王江平为国家发展和改革委员会副主任。\n\n"
            "免去徐晓兰的工业和信息化部副部长职务。\n")
    assert rels(text, "membership") == {("张云明", "工业和信息化部", "副部长"), ("王江平", "国家发展和改革委员会", "副主任")}
    assert "徐晓兰" in {m.name for m in make_doc(text).mentions if m.label.value == "Person"}


def test_an_interpretation_of_a_policy_tells_its_tasks_again():
    text = ("# 《关于加快推进制造业绿色化发展的指导意见》政策解读\n\n一、出台背景\n\n"
            "工业和信息化部等七部门联合印发了《关于加快推进制造业绿色化发展的指导意见》。\n\n三、重点任务\n\n"
            "（一）加快传统产业绿色低碳技术改造。推动钢铁、有色金属等行业开展技术改造。\n\n"
            "（二）推动新兴产业绿色低碳高起点发展。在光伏、锂电池等领域，加快构建绿色低碳产业链。\n")
    assert {ind for _, ind in rels(text, "concerns")} == {"制造业", "钢铁", "有色金属", "光伏", "锂离子电池"}


def test_a_policy_named_as_an_inline_item_opens_concerns_what_the_item_goes_on_to_name():
    text = ("工业和信息化部围绕去产能开展了一系列工作。一是扎实推进化解过剩产能工作。印发《关于推动落后产能退出的指导意见》，"
            "开展专项督查。钢铁、煤炭、水泥等行业淘汰落后产能取得积极成效。二是做好医疗物资保障。今年以来，汽车产量增长。\n")
    assert rels(text, "concerns") == {("关于推动落后产能退出的指导意见", ind) for ind in ("钢铁", "煤炭", "水泥")}
    two = ("一是推进转型。印发《工业领域碳达峰实施方案》。出台《建材行业碳达峰实施方案》，钢铁行业降碳成效明显。二是其他。\n")
    assert ("工业领域碳达峰实施方案", "钢铁") not in rels(two, "concerns")  # another policy in the item: not the first one's


def test_who_says_something_at_a_press_conference_named_later_in_the_news_speaks_at_it():
    text = ("新华社北京1月19日电 国务院新闻办公室19日发布《新时代的中国绿色发展》白皮书。\n\n"
            "中国新能源汽车产销量连续7年位居世界第一。\n\n国家发展改革委副主任赵辰昕在发布会上介绍，中国将继续推进能源结构调整。\n")
    assert {person for _, person in rels(text, "speaker")} == {"赵辰昕"}


def test_a_clause_of_the_speaker_s_opening_with_hui_tong_is_the_speaker_s_body_s_act():
    text = ("记者：请介绍今年的工作。\n\n工业和信息化部中小企业局副局长李琳：今年以来，我们主要做了以下工作。一是强化政策支持。"
            "会同财政部印发《关于支持“小巨人”企业高质量发展的通知》。二是优化融资环境。联合中国人民银行开展“一链一策一批”融资促进行动。\n")
    assert rels(text, "issuedBy") == {("关于支持小巨人企业高质量发展的通知", "工业和信息化部"),
                                      ("一链一策一批融资促进行动", "工业和信息化部"), ("一链一策一批融资促进行动", "中国人民银行")}


def test_bodies_consulted_then_said_to_issue_jointly_are_issuers():
    joint = rels("工业和信息化部高度重视。我部会同科技部、财政部、中国民航局联合印发《通用航空装备创新应用实施方案》。",
                 "issuedBy")
    assert {issuer for _, issuer in joint} == {"工业和信息化部", "科学技术部", "财政部", "中国民用航空局"}
    consulted = rels("工业和信息化部会同国家发展改革委等部门印发《推动工业领域设备更新实施方案》。", "issuedBy")
    assert consulted == {("推动工业领域设备更新实施方案", "工业和信息化部")}


def test_the_host_a_transcript_s_header_names_moderates_and_the_presenters_speak():
    text = ("国务院新闻办公室于2025年1月21日举行新闻发布会，请工业和信息化部副部长单忠德介绍情况，并答记者问。\n\n"
            "发布人：工业和信息化部副部长 单忠德\n\n主持人：国务院新闻办公室新闻局副局长、新闻发言人 寿小丽\n\n"
            "寿小丽：女士们、先生们，大家上午好！下面请单忠德先生作介绍。\n\n单忠德：全年规模以上工业增加值同比增长5.8%。\n\n"
            "寿小丽：下面请大家提问。\n")
    assert {person for _, person in rels(text, "speaker")} == {"单忠德"}


def test_a_host_whose_bracketed_turn_label_gives_the_post_before_the_name_moderates():
    text = ("国务院新闻办公室举行新闻发布会，请海关总署副署长王令浚介绍情况，并答记者问。\n\n"
            "**【国务院新闻办公室新闻局副局长、新闻发言人 寿小丽】**\n\n女士们、先生们，大家上午好！欢迎出席新闻发布会。\n\n"
            "**【王令浚】**\n\n前三季度，我国货物贸易进出口总值33.61万亿元。\n\n"
            "**【寿小丽】**\n\n今天的发布会到此结束，谢谢大家！\n")
    assert {person for _, person in rels(text, "speaker")} == {"王令浚"}
    doc = make_doc(text)
    assert any(s.speaker == "寿小丽" and "大家上午好" in doc.document.text[s.start:s.end] for s in doc.sentences)  # her turn
    plain = ("寿小丽：\n\n女士们、先生们，大家上午好。\n\n熊继军：\n\n我们坚持高水平对外开放。\n\n"
             "寿小丽：\n\n今天的发布会到此结束，大家再见。\n")  # a surname we do not list: her name opens two turns
    doc = make_doc(plain)
    assert [s.speaker for s in doc.sentences if "到此结束" in doc.document.text[s.start:s.end]] == ["寿小丽"]


def test_who_the_text_says_attends_the_press_conference_speaks_at_it_wherever_it_says_so():
    text = ("2月13日，湖北省人民政府新闻办公室举行新闻发布会，湖北省经济和信息化厅厅长吴海涛介绍全省制造业发展情况。\n\n"
            "吴海涛介绍，全省规模以上工业增加值同比增长7.7%。\n\n"
            "湖北省发展和改革委员会副主任陈龙、武汉市经济和信息化局局长罗秋云出席发布会并回答记者提问。\n")
    assert {person for _, person in rels(text, "speaker")} == {"吴海涛", "陈龙", "罗秋云"}


def test_the_bodies_named_after_a_policy_with_you_issue_it():
    joint = rels("《新产业标准化领航工程实施方案（2023—2035年）》由工业和信息化部、国家标准委联合发布。", "issuedBy")
    assert {issuer for _, issuer in joint} == {"工业和信息化部", "国家标准化管理委员会"}
    assert rels("《方案》由工业和信息化部负责解释。", "issuedBy") == set()


def test_no_issuer_for_a_report_on_a_policy_s_progress_nor_for_the_body_asked_to_review_it():
    progress = rels("市场监管总局今天公布国家“十四五”规划《纲要》市场监管领域目标任务实施情况。", "issuedBy")
    assert progress == set()
    meeting = rels("国务院常务会议决定将《能源法（草案）》提请全国人大常委会审议，审议通过《碳排放权交易管理暂行条例（草案）》。",
                   "issuedBy")
    assert ("碳排放权交易管理暂行条例（草案）", "全国人大常委会") not in meeting


def test_a_body_whose_anniversary_a_campaign_marks_does_not_issue_it():
    text = ("多部门联合印发通知。通知强调，要紧密结合庆祝中国共产党成立105周年、纪念红军长征胜利90周年，"
            "精心组织开展“强国复兴有我”群众性主题宣传教育活动。")
    assert not {r for r in rels(text, "issuedBy") if r[1] == "中国共产党"}


def test_a_team_a_body_set_up_holds_its_own_meeting():
    text = "5月8日下午，国务院湖南长沙浏阳市华盛烟花制造燃放有限公司“5·4”特别重大爆炸事故调查组召开第一次全体会议。"
    assert rels(text, "organizer") == set()
    assert rels("国家安全生产委员会召开全体会议。", "organizer") == {("全体会议", "国家安全生产委员会")}  # the body itself


def test_the_meeting_its_paragraph_names_adopts_the_newly_revised_law():
    text = ("国务院总理李强主持召开国务院常务会议，审议通过《关于深入实施“人工智能+”行动的意见》。\n\n"
            "同日，十四届全国人大常委会第十六次会议在北京闭幕。会议表决通过了新修订的《中华人民共和国反不正当竞争法》。")
    assert ("中华人民共和国反不正当竞争法", "全国人大常委会") in rels(text, "issuedBy")


def test_a_body_that_will_act_jointly_with_others_issues_with_them():
    text = "赵策介绍，工业和信息化部将联合国家发展改革委等部门实施“5G+工业互联网”512工程。"
    assert {issuer for _, issuer in rels(text, "issuedBy")} == {"工业和信息化部", "国家发展和改革委员会"}
    revised = "今天，由国家发展改革委会同相关部门新修订的《文化保护传承利用工程实施方案》正式对外公布。"
    assert rels(revised, "issuedBy") == {("文化保护传承利用工程实施方案", "国家发展和改革委员会")}  # the only act


def test_the_work_of_revising_a_policy_does_not_issue_it():
    work = rels("工业和信息化部将推动出台《促进中小企业发展条例》修订工作。", "issuedBy")
    assert work == set()
    assert rels("工业和信息化部将开展《钢铁行业规范条件》修订。", "issuedBy") == {("钢铁行业规范条件", "工业和信息化部")}


def test_a_deputy_s_title_before_a_comma_and_two_posts_joined_by_jian():
    text = "全国人大代表，小米集团创始人、董事长兼首席执行官雷军建议。全国政协委员，中国工程院院士张三表示。"
    held = rels(text, "membership")
    assert {("雷军", "全国人民代表大会", "代表"), ("雷军", "小米", "董事长"), ("雷军", "小米", "首席执行官"),
            ("张三", "全国政协", "委员"), ("张三", "中国工程院", "院士")} <= held
    assert ("雷军", "小米", "董事长兼首席执行官") not in held


def test_a_chain_opening_with_a_head_word_alone_is_in_the_body_named_before():
    text = "6月19日，工业和信息化部在北京召开推进会。部党组成员、副部长单忠德出席会议并讲话。"
    assert {("单忠德", "工业和信息化部", "党组成员"), ("单忠德", "工业和信息化部", "副部长")} <= rels(text, "membership")


def test_a_body_and_the_one_it_also_acts_as_in_brackets_both_issue():
    text = "近日，市场监管总局（国家标准委）批准发布《电动汽车用动力蓄电池安全要求》强制性国家标准。"
    assert {issuer for _, issuer in rels(text, "issuedBy")} == {"国家市场监督管理总局", "国家标准化管理委员会"}


def test_a_press_conference_the_news_names_only_later_still_has_its_host():
    text = ("经国务院同意，工业和信息化部等八部门印发《指导意见》。\n\n国务院办公厅日前转发《意见》。\n\n"
            "《方案》由工业和信息化部发布。\n\n"
            "国家统计局新闻发言人、国民经济综合统计司司长付凌晖在国新办发布会上介绍，8月份规模以上工业增加值增长4.5%。")
    assert rels(text, "organizer") == {("国新办发布会", "国务院新闻办公室")}


def test_titles_joined_to_the_one_a_joint_act_names_are_issued_by_the_same_bodies():
    before = rels("工业和信息化部今年以来会同国家发展改革委、生态环境部等部门联合印发了《钢铁行业稳增长工作方案》和"
                  "《石化化工行业高质量发展指导意见》。", "issuedBy")
    assert {issuer for policy, issuer in before if policy == "石化化工行业高质量发展指导意见"} == \
        {"工业和信息化部", "国家发展和改革委员会", "生态环境部"}
    after = rels("《钢铁行业稳增长工作方案》和《石化化工行业高质量发展指导意见》日前由工业和信息化部、国家发展改革委联合发布。",
                 "issuedBy")
    assert {issuer for policy, issuer in after if policy == "钢铁行业稳增长工作方案"} == \
        {"工业和信息化部", "国家发展和改革委员会"}


def test_who_the_introduction_says_hosts_the_press_conference_moderates_it():
    text = ("6月12日下午，工业和信息化部举行新闻发布会，介绍消费品工业高质量发展有关情况。消费品工业司司长何亚琼出席发布会，"
            "介绍情况并回答记者提问。工业和信息化部新闻发言人、新闻宣传中心主任王宝平主持发布会。\n\n"
            "王宝平：女士们、先生们，下午好！首先请何亚琼司长介绍有关情况。\n\n何亚琼：2024年，消费品工业增加值同比增长5.9%。\n")
    assert {person for _, person in rels(text, "speaker")} == {"何亚琼"}


def test_officials_a_press_conference_s_news_quotes_by_their_post_spoke_there():
    text = ("6月24日，广东省人民政府新闻办公室举行新闻发布会。广东省工业和信息化厅厅长涂高坤介绍，全省工业投资同比增长9.6%。\n\n"
            "广东省发展和改革委员会副主任郑人豪表示，全省共有“小巨人”企业1530家。\n\n"
            "中国物流与采购联合会特约分析师张立群表示，制造业保持扩张。\n")
    assert {person for _, person in rels(text, "speaker")} == {"涂高坤", "郑人豪"}


def test_who_says_something_at_the_meeting_speaks_at_it_and_so_does_each_of_a_list():
    text = ("全省制造业高质量发展大会在广州召开\n\n2月18日，全省制造业高质量发展大会在广州召开。\n\n"
            "广东省工业和信息化厅厅长涂高坤在会上介绍，全省将新增规模以上工业企业5000家以上。\n\n"
            "民革中央主席郑建邦、台盟中央主席苏辉在会上介绍调研成果。")
    assert {person for _, person in rels(text, "speaker")} == {"涂高坤", "郑建邦", "苏辉"}


def test_who_gives_a_keynote_or_a_report_headed_with_the_session_speaks_at_it():
    text = ("2025中国汽车论坛在上海开幕\n\n11月20日，2025中国汽车论坛在上海开幕。\n\n"
            "中国汽车工业协会会长邱现东在主旨演讲中表示，今年汽车出口有望突破650万辆。")
    assert rels(text, "speaker") == {("2025中国汽车论坛", "邱现东")}
    text = ("政府工作报告\n\n——2025年1月13日在江苏省第十四届人民代表大会第三次会议上\n\n江苏省省长 许昆林\n\n"
            "各位代表：\n\n现在，我代表省人民政府向大会报告工作。")
    assert rels(text, "speaker") == {("江苏省第十四届人民代表大会第三次会议", "许昆林")}


def test_the_short_names_ndrc_departments_go_by_resolve_to_their_full_names():
    text = "国家发展改革委环资司司长刘德春、体改司副司长王任飞出席发布会。"
    assert ("刘德春", "国家发展和改革委员会环境和资源综合利用司", "司长") in rels(text, "membership")
    # a department is named as it is called since the 2018 reform, whichever name the text gives it
    text = "国家发展改革委创新和高技术发展司副司长徐建平、资源节约和环境保护司司长刘德春介绍。"
    assert {("徐建平", "国家发展和改革委员会创新和高技术发展司", "副司长"),
            ("刘德春", "国家发展和改革委员会环境和资源综合利用司", "司长")} <= rels(text, "membership")


def test_the_quarterly_press_conference_the_host_welcomes_to_is_named_by_its_quarter():
    text = ("主持人：工业和信息化部新闻发言人 王宝平\n\n"
            "王宝平：各位记者朋友，大家下午好！欢迎参加工业和信息化部2025年第二季度新闻发布会。\n\n"
            "工业和信息化部运行监测协调局局长 陶青：上半年，规模以上工业增加值同比增长6.4%。\n")
    assert rels(text, "organizer") == {("2025年第二季度新闻发布会", "工业和信息化部")}  # named by its topic, not its host
    assert rels(text, "speaker") == {("2025年第二季度新闻发布会", "陶青")}
    heading = "# 工业和信息化部2025年第二季度新闻发布会\n\n工业和信息化部运行监测协调局局长 陶青：上半年，工业增加值同比增长6.4%。\n"
    assert rels(heading, "organizer") == {("2025年第二季度新闻发布会", "工业和信息化部")}
    routine = "国家知识产权局今天举行国家知识产权局例行新闻发布会。"
    assert rels(routine, "organizer") == {("国家知识产权局例行新闻发布会", "国家知识产权局")}


def test_a_firm_named_by_one_word_before_a_post_only_a_firm_has_is_a_company():
    text = "长安汽车董事长朱华荣介绍，今年新能源汽车销量增长49.3%。"
    assert ("朱华荣", "长安汽车", "董事长") in rels(text, "membership")


def test_who_gives_a_keynote_or_speaks_in_an_address_speaks_at_the_event():
    text = ("8月28日，2025中国国际智能产业博览会在重庆开幕。工业和信息化部副部长辛国斌出席。\n\n"
            "辛国斌在致辞中表示，我国人工智能核心产业规模已超过7000亿元。\n\n"
            "开幕式上，中国电子信息产业集团有限公司董事长曾毅、华为技术有限公司常务董事汪涛分别作主旨演讲。\n")
    assert {person for _, person in rels(text, "speaker")} == {"辛国斌", "曾毅", "汪涛"}


def test_the_industries_of_an_interpreted_policy_s_tasks_section_are_what_it_concerns():
    text = ("# 《江苏省制造业智能化改造和数字化转型三年行动计划（2025—2027年）》政策解读\n\n"
            "近日，江苏省人民政府办公厅印发《江苏省制造业智能化改造和数字化转型三年行动计划（2025—2027年）》（以下简称《行动计划》）。\n\n"
            "一、出台背景\n\n全省生物医药企业发展较快。\n\n三、重点任务\n\n"
            "《行动计划》明确了五个方面的重点任务：一是推进重点行业智能化改造。聚焦集成电路、新能源汽车等先进制造业集群。\n\n"
            "四、保障措施\n\n支持人工智能企业发展。\n")
    concerned = {industry for _, industry in rels(text, "concerns")}
    assert {"集成电路", "新能源汽车"} <= concerned and not {"生物医药", "人工智能"} & concerned


def test_an_announcement_s_title_written_without_brackets_after_its_issuers_is_a_policy_they_issue():
    text = "财政部 税务总局关于延续实施小微企业增值税优惠政策的公告\n为进一步支持小微企业发展，现将有关事项公告如下。"
    assert rels(text, "issuedBy") == {("关于延续实施小微企业增值税优惠政策的公告", "财政部"),
                                      ("关于延续实施小微企业增值税优惠政策的公告", "国家税务总局")}


def test_the_count_of_the_bodies_just_listed_is_no_part_of_the_last_one():
    text = "国家版权局、工业和信息化部、公安部、国家互联网信息办公室四部门今天联合启动打击网络侵权盗版“剑网2023”专项行动。"
    assert {issuer for _, issuer in rels(text, "issuedBy")} == {"国家版权局", "工业和信息化部", "公安部", "国家互联网信息办公室"}
    assert rels(text, "subOrganizationOf") == set()


def test_who_opens_and_closes_the_conference_without_presenting_it_moderates():
    text = ("国务院新闻办公室举行新闻发布会，工业和信息化部部长金壮龙出席发布会，介绍有关情况，并答记者问。\n\n"
            "国务院新闻办公室新闻局副局长、新闻发言人寿小丽：\n女士们、先生们，大家上午好。欢迎出席国务院新闻办新闻发布会。首先请金壮龙先生作介绍。\n\n"
            "金壮龙：\n今年以来，工业经济总体回升向好。\n\n寿小丽：\n今天的发布会就到这里，谢谢大家。\n")
    assert {person for _, person in rels(text, "speaker")} == {"金壮龙"}


def test_who_speaks_at_the_meeting_the_paragraph_before_names_speaks_at_it():
    text = ("11月18日，工业和信息化部在京召开装备工业发展座谈会。工业和信息化部副部长辛国斌出席会议并讲话。\n\n"
            "会上，比亚迪股份有限公司董事长王传福介绍，公司新能源汽车销量同比增长32%。\n")
    assert rels(text, "speaker") == {("装备工业发展座谈会", "辛国斌"), ("装备工业发展座谈会", "王传福")}


def test_a_header_line_of_presenters_does_not_run_on_into_the_host_s_line():
    text = ("# 工业和信息化部2019年上半年工业通信业发展情况新闻发布会\n\n时间：2019年7月24日上午10:00\n"
            "发布人：工业和信息化部新闻发言人、运行监测协调局局长 黄利斌；工业和信息化部新闻发言人、信息通信管理局局长 闻库\n"
            "主持人：工业和信息化部新闻宣传中心主任 刘杰\n\n主持人：\n各位记者朋友，上午好！\n\n"
            "黄利斌：\n上半年，工业增加值同比增长6.0%。\n\n闻库：\n上半年，电信业务总量同比增长42.3%。\n")
    assert {person for _, person in rels(text, "speaker")} == {"黄利斌", "闻库"}


def test_the_body_a_conference_is_named_after_is_the_one_the_text_names(tmp_path):
    import kg

    (tmp_path / "a.md").write_text(
        "# 工业和信息化部2019年上半年工业通信业发展情况新闻发布会\n\n时间：2019年7月24日上午10:00\n"
        "发布人：工业和信息化部新闻发言人、运行监测协调局局长 黄利斌\n\n"
        "黄利斌：\n上半年，全国规模以上工业增加值同比增长6.0%。\n", encoding="utf-8")
    graph = kg.build([tmp_path])
    bodies = [n for n, d in graph.nodes(data=True) if d.get("name") == "工业和信息化部"]
    assert len(bodies) == 1
    assert any(k == "organizer" for _, _, k in graph.in_edges(bodies[0], keys=True))


def test_a_bare_deputy_post_after_an_official_of_that_kind_of_body_is_a_post_in_it():
    text = "浙江省经济和信息化厅召开全省数字经济工作推进会。省经信厅党组书记、厅长陈中出席会议并讲话，副厅长凌志峰主持会议。"
    assert ("凌志峰", "浙江省经济和信息化厅", "副厅长") in rels(text, "membership")


def test_a_person_named_after_a_title_by_a_common_word_is_known_by_the_address_they_give():
    text = "2024世界智能制造大会5日在南京开幕。中国工程院院士周济作主旨报告。"
    assert ("周济", "中国工程院", "院士") in rels(text, "membership")


def test_bodies_named_before_a_title_with_its_document_number_each_issue_it():
    text = ("日前，国家发展改革委、国家能源局会同工业和信息化部、财政部联合印发《关于促进新型储能高质量发展的若干措施》"
            "（发改能源〔2024〕688号）。")
    policy = "关于促进新型储能高质量发展的若干措施"
    assert {body for p, body in rels(text, "issuedBy") if p == policy} == {"国家发展和改革委员会", "国家能源局", "工业和信息化部", "财政部"}
    assert not any(industry == "能源" for _, industry in rels(text, "concerns"))  # 发改能源〔2024〕: a code


def test_how_a_post_is_held_is_no_part_of_the_body_that_gives_it():
    text = "武汉大学特聘教授黄惠康同志就这个问题进行讲解。"
    assert rels(text, "membership") == {("黄惠康", "武汉大学", "教授")}


def test_an_official_of_a_department_speaks_for_the_ministry_that_acts():
    text = "工业和信息化部信息技术发展司副司长李宝荣介绍，下一步将实施“人工智能+制造”行动。工业和信息化部办公厅印发《关于开展试点工作的通知》。"
    issued = rels(text, "issuedBy")
    assert ("人工智能+制造行动", "工业和信息化部") in issued
    assert ("关于开展试点工作的通知", "工业和信息化部办公厅") in issued


@pytest.mark.parametrize("text, kept, left_out", [
    ("蔡奇在河内同越共中央政治局委员、中央书记处常务书记陈锦绣举行会谈。",
     ("陈锦绣", "越南共产党中央委员会政治局", "委员"), ("陈锦绣", "中央书记处", "常务书记")),
    ("王沪宁在京会见越共中央委员、越南祖国阵线中央副主席兼秘书长阮氏秋荷。", None, ("阮氏秋荷", "中共中央", "副主席")),
    ("以总理内塔尼亚胡宣布解散战时内阁，内塔尼亚胡、国防部长加兰特以及甘茨是3名核心成员。", None, ("加兰特", "国防部", "部长")),
    ("第九届全国人民代表大会常务委员会副委员长邹家华同志因病逝世。", ("邹家华", "全国人大常委会", "副委员长"), None),
    ("结合自身经历，全国人大代表水庆霞、朱悦萌也讲述了她们在一线履职的故事。", ("水庆霞", "全国人民代表大会", "代表"), None),
    ("国务院调查组召开第一次全体会议。调查组组长、应急管理部副部长宋元明通报调查安排。", ("宋元明", "应急管理部", "副部长"), None),
    ("王沪宁在万象同建国阵线中央委员会主席辛拉冯举行会谈。", None, ("辛拉冯", "中共中央", "主席")),  # their centre
    ("去年，习近平主席分别同扎尔达里总统和夏巴兹总理会面。", None, ("夏巴兹", "国务院", "总理")),  # a name that transliterates
    ("李强总理出席会议并讲话。", ("李强", "国务院", "总理"), None),
])
def test_a_foreign_official_holds_no_post_in_our_body_of_that_name(text, kept, left_out):
    got = rels(text, "membership")
    assert kept is None or kept in got
    assert left_out is None or left_out not in got


def test_the_host_of_the_briefing_where_a_policy_was_heard_of_did_not_issue_it():
    text = "记者今天从国务院新闻办公室举行的新闻发布会上了解到，近日印发的《提振消费专项行动方案》将全方位扩大商品和服务消费。"
    assert not rels(text, "issuedBy")


def test_the_side_named_before_the_act_holds_the_event_not_the_guest_who_congratulates_it():
    text = "阿拉伯国家联盟祝贺中方成功举办中阿合作论坛第十届部长级会议并取得丰硕成果。"
    assert not any(event == "中阿合作论坛" for event, _ in rels(text, "organizer"))


def test_a_bare_regional_government_listed_after_that_region_s_party_committee_is_that_region_s():
    text = "当天下午，他在宁夏回族自治区党委书记梁言顺和自治区政府主席张雨浦陪同下，到银川市调研。"
    assert ("张雨浦", "宁夏回族自治区人民政府", "主席") in rels(text, "membership")


def test_who_advises_on_a_plan_s_drafting_does_not_issue_it():
    text = "全国政协副主席何报翔说，民革要牢记嘱托，为科学编制“十五五”规划建言献策，推动规划符合时代发展所需。"
    assert not rels(text, "issuedBy")
    text = "王沪宁表示，要发挥人民政协作为专门协商机构作用，围绕编制好、实施好“十五五”规划履职尽责。"
    assert not rels(text, "issuedBy")
    text = "记者从农业农村部了解到，今年将继续扩大再生稻种植面积，围绕品种、农机等方面制定再生稻全产业链问题清单。"
    assert rels(text, "issuedBy") == {("再生稻全产业链问题清单", "农业农村部")}  # what it works on, then what it makes


def test_each_committee_of_a_list_that_named_the_congress_once_is_the_congress_s():
    text = "会议听取了全国人大监察司法委主任委员杨晓超、财经委主任委员钟山、环资委主任委员鹿心社、社会委主任委员杨振武分别作的报告。"
    got = rels(text, "membership")
    assert {("钟山", "全国人大财政经济委员会", "主任委员"), ("鹿心社", "全国人大环境与资源保护委员会", "主任委员"),
            ("杨振武", "全国人大社会建设委员会", "主任委员")} <= got


@pytest.mark.parametrize("text, expected", [
    ("应澳大利亚联邦议会参议长莱恩斯和众议长迪克邀请，赵乐际对澳大利亚进行正式友好访问。",
     ("莱恩斯", "澳大利亚联邦议会", "参议长")),
    ("决定任命张升民为中华人民共和国中央军事委员会副主席。", ("张升民", "中央军委", "副主席")),
])
def test_posts_and_bodies_known_by_the_names_the_state_gives_them(text, expected):
    assert expected in rels(text, "membership")


def test_who_a_reporter_asks_about_does_not_speak_at_the_press_conference():
    text = "11月13日外交部例行记者会上，有记者提问，日本首相高市早苗日前发表关于中国大陆对台湾动武的言论。"
    assert not rels(text, "speaker")


def test_bodies_that_hold_a_lecture_on_a_plenum_s_spirit_do_not_hold_the_plenum():
    text = "中央宣传部、教育部、中共北京市委29日上午在北京人民大会堂举办学习贯彻党的二十届四中全会精神中央宣讲团首场报告会。"
    assert {body for _, body in rels(text, "organizer")} <= {"中共中央"}


def test_a_law_on_an_agenda_concerns_what_its_name_says_and_only_the_legislature_makes_it():
    text = ("委员长会议建议，常委会会议审议国务院关于提请审议会计法修正草案的议案、关于提请审议能源法草案的议案、"
            "关于提请审议农业技术推广法等3部法律的修正案草案的议案。")
    assert rels(text, "concerns") == {("能源法", "能源")}
    text = "委员长会议审议通过了全国人大财政经济委员会关于提请审议企业破产法修订草案的议案。"
    assert not any(policy == "企业破产法" for policy, _ in rels(text, "issuedBy"))
    text = "会议听取了全国人大宪法法律委副主任委员黄明作的关于治安管理处罚法修订草案审议结果的报告。"
    assert not rels(text, "issuedBy")  # a draft under review is issued by no one yet


def test_the_npc_s_committees_named_by_their_own_short_forms():
    text = "会议听取了全国人大宪法法律委副主任委员黄明作的报告。社会委主任委员杨振武作说明。西亚经济社会委员会发布报告。"
    got = rels(text, "membership")
    assert {("黄明", "全国人大宪法和法律委员会", "副主任委员"), ("杨振武", "全国人大社会建设委员会", "主任委员")} <= got
    assert ("西亚经济社会委员会", "全国人民代表大会") not in rels(text, "subOrganizationOf")


def test_a_standing_member_addressed_at_the_cppcc_is_its_standing_member():
    text = "全国政协常委会第十二次会议举行全体会议。冯正霖常委发言建议，促进高校毕业生就业。中共中央政治局常委、全国政协主席王沪宁出席。"
    got = rels(text, "membership")
    assert ("冯正霖", "全国政协", "常委") in got and ("王沪宁", "中央政治局", "常委") in got


def test_a_unique_post_given_with_its_body_has_that_holder_and_a_short_country_form_opens_a_foreign_title():
    text = "中共中央总书记、国家主席习近平来到越南驻华使馆，吊唁越共中央总书记阮富仲逝世。习近平表示，阮富仲总书记是越南人民的伟大领袖。"
    assert ("阮富仲", "中共中央", "总书记") not in rels(text, "membership")
    text = "俄外交部发言人扎哈罗娃此前表示，西方国家在试图推卸责任。中俄外长举行会谈。"
    assert {person for person, _, _ in rels(text, "membership")} == {"扎哈罗娃"}


def test_a_word_inside_another_title_is_no_act_of_issuing():
    text = "中共中央制定出台《关于加强人民政协协商民主建设的实施意见》《关于新时代加强和改进人民政协工作的意见》等一系列制度文件。"
    assert {body for _, body in rels(text, "issuedBy")} == {"中共中央"}


def test_each_title_of_a_list_a_meeting_adopted_is_the_body_s():
    text = ("习近平主持召开中央全面深化改革委员会第二次会议，审议通过了《关于推动能耗双控逐步转向碳排放双控的意见》"
            "《关于高等学校、科研院所薪酬制度改革试点的意见》《关于深化电力体制改革加快构建新型电力系统的指导意见》。")
    assert {body for _, body in rels(text, "issuedBy")} == {"中央全面深化改革委员会"} and len(rels(text, "issuedBy")) == 3


def test_a_body_jieba_glued_to_its_post_is_named_and_holds_it():
    text = "去年11月7日，吉林银行行长唐国兴表示。清华大学校长李路明出席。本次论坛的嘉宾主持人新浪乐居北京公司主编王明说。"
    got = rels(text, "membership")
    assert {("唐国兴", "吉林银行", "行长"), ("李路明", "清华大学", "校长"), ("王明", "新浪乐居北京公司", "主编")} <= got


@pytest.mark.parametrize("text, issued, not_issued", [
    ("国务院总理李强主持召开国务院常务会议，听取国务院部门办理全国人大代表建议和全国政协提案工作情况汇报，部署修订《环境空气质量标准》。",
     ("环境空气质量标准", "国务院"), ("环境空气质量标准", "全国政协")),  # whose proposals the meeting heard
    ("马萨诸塞州波士顿市政当局当天发布限制联邦移民执法行动的行政命令。", None, ("联邦移民执法行动", "马萨诸塞州波士顿市政当局")),
    ("习近平强调，人民政协要紧扣党和国家中心任务，聚焦“十五五”规划制定和实施深入协商议政。", None, ("十五五规划", "中国人民政治协商会议")),
])
def test_who_issues_a_policy_is_not_whose_proposals_were_heard_nor_who_restricts_or_focuses_on_it(text, issued, not_issued):
    got = rels(text, "issuedBy")
    assert issued is None or issued in got
    assert not_issued not in got


def test_only_those_named_together_before_addressing_an_event_spoke_at_it():
    text = "十四届全国人大四次会议闭幕。习近平李强王沪宁等在主席台就座赵乐际主持并讲话"
    assert not any(person in ("习近平", "李强", "王沪宁") for _, person in rels(text, "speaker"))
    text = "第八届中意企业家委员会会议开幕。国务院总理李强28日在京同意大利总理梅洛尼共同出席中意企业家委员会第七次会议开幕式并致辞。"
    assert {person for _, person in rels(text, "speaker")} == {"李强", "梅洛尼"}
    text = "习近平主席特别代表、中共中央政治局常委、国务院副总理丁薛祥在阿塞拜疆首都巴库出席世界领导人气候行动峰会并致辞。"
    assert {person for _, person in rels(text, "speaker")} == {"丁薛祥"}


def test_a_state_post_is_held_in_no_party_organ_nor_in_the_body_of_the_official_named_before():
    text = "习近平会见老挝人革党中央政治局委员、常务副总理沙伦赛。"
    assert {post for person, _, post in rels(text, "membership") if person == "沙伦赛"} == {"委员"}
    text = "丁薛祥会见土库曼斯坦民族领袖、人民委员会主席库尔班古力·别尔德穆哈梅多夫，总统谢尔达尔·别尔德穆哈梅多夫。"
    assert not any(person.startswith("谢尔达尔") for person, _, _ in rels(text, "membership"))


def test_a_zone_s_party_working_committee_is_named_after_its_zone():
    text = "国家发展改革委主任郑栅洁、雄安新区党工委书记张国华先后发言。"
    assert ("张国华", "雄安新区党工委", "书记") in rels(text, "membership")


def test_a_body_the_rules_do_not_know_may_stand_before_a_post_among_those_named_together():
    text = ("2025年世界工程组织联合会全体大会13日在上海开幕。中共中央政治局委员、上海市委书记陈吉宁和中国科协主席万钢、"
            "世界工程组织联合会主席谢胡出席开幕式并致辞。")
    assert {person for _, person in rels(text, "speaker")} == {"陈吉宁", "万钢", "谢胡"}


def _graph_facts(tmp_path, text: str, title: str = "") -> set[tuple[str, ...]]:
    """(label, name) of each entity and (subject, predicate, object[, role]) of each fact of one document's graph."""
    import kg

    front = f"---\ntitle: {title}\ndate: 2026-02-28\n---\n\n" if title else ""
    (tmp_path / "a.md").write_text(front + text, encoding="utf-8")
    G = kg.build([tmp_path])
    name = {n: d.get("name", n) for n, d in G.nodes(data=True)}
    facts = {(d["label"], d["name"]) for _, d in G.nodes(data=True)}
    for s, o, k in G.edges(keys=True):
        facts.add((name[s], k, name[o]))
    for n, d in G.nodes(data=True):
        if d["label"] == "Membership":
            ends = {k: name[o] for _, o, k in G.out_edges(n, keys=True)}
            facts.add((ends["member"], "holds", ends["organization"], d["role"]))
    return facts


def test_a_bare_standing_committee_is_the_one_the_document_names_and_each_listed_name_holds_the_post(tmp_path):
    text = ("十四届全国人大常委会第二十次会议28日下午在北京人民大会堂闭幕。\n\n"
            "常委会副委员长李鸿忠、王东明、铁凝、洛桑江村、雪克来提·扎克尔出席会议。\n\n"
            "最高人民检察院检察长应勇列席会议。")
    facts = _graph_facts(tmp_path, text, "十四届全国人大常委会第二十次会议闭幕")
    held = {f[0] for f in facts if f[1:] == ("holds", "全国人大常委会", "副委员长")}
    assert held == {"李鸿忠", "王东明", "铁凝", "洛桑江村", "雪克来提·扎克尔"}
    assert ("GovernmentBody", "常委会") not in facts
    assert ("应勇", "holds", "最高人民检察院", "检察长") in facts
    local = _graph_facts(tmp_path, "在江苏省人大常委会会议上，常委会副主任王燕文出席。", "江苏省人大常委会会议")
    assert ("王燕文", "holds", "江苏省人大常委会", "副主任") in local  # the place the lexicon knows, not 在江苏省


def test_who_is_listed_with_their_posts_before_those_who_address_the_event_addresses_it_too(tmp_path):
    text = ("6月25日，2026世界移动通信大会在上海开幕。中国移动通信集团有限公司董事长杨杰在主论坛上发表主题演讲时表示，"
            "5G-A用户突破5000万户。华为技术有限公司副董事长、轮值董事长徐直军，中国信息通信研究院院长余晓晖也在开幕式上发表演讲。")
    facts = _graph_facts(tmp_path, text, "中国移动发布5G-A商用成果")
    assert {f[2] for f in facts if f[:2] == ("2026世界移动通信大会", "speaker")} == {"杨杰", "徐直军", "余晓晖"}
    assert ("徐直军", "holds", "华为", "轮值董事长") in facts


def test_an_event_named_without_its_place_is_the_one_named_with_it(tmp_path):
    text = "2月18日，广东省制造业当家推进大会在广州召开。省委书记黄坤明出席会议并讲话。"
    facts = _graph_facts(tmp_path, text, "广东省召开制造业当家推进大会")
    assert {f[1] for f in facts if f[0] == "Event"} == {"广东省制造业当家推进大会"}
    assert ("广东省制造业当家推进大会", "speaker", "黄坤明") in facts
    whole = _graph_facts(tmp_path, "广东省召开制造业当家推进会\n\n广东省委、省政府4日在广州召开全省制造业当家推进会。"
                                   "省委书记黄坤明出席会议并讲话。")
    assert {f[1] for f in whole if f[0] == "Event"} == {"全省制造业当家推进会"}  # the whole province's, named so


def test_a_letter_set_in_bold_keeps_its_title_and_its_signature(tmp_path):
    text = ("**关于政协第十四届全国委员会第四次会议第03356号（工交邮电类287号）提案答复的函**\n\n**孙东生委员：**\n\n"
            "您提出的《关于加快完善新能源汽车充电基础设施的提案》收悉，现答复如下。\n\n"
            "感谢您对工业和信息化工作的关心和支持。\n\n**工业和信息化部**\n\n**2026年8月20日**\n")
    facts = _graph_facts(tmp_path, text, "关于政协第十四届全国委员会第四次会议第03356号提案答复的函")
    assert ("关于政协第十四届全国委员会第四次会议第03356号（工交邮电类287号）提案答复的函", "issuedBy", "工业和信息化部") in facts


def test_an_attached_plan_s_heading_is_the_plan_the_notice_issues(tmp_path):
    text = ("浙江省人民政府办公厅关于印发浙江省加快培育低空经济产业行动计划的通知\n\n各市、县（市、区）人民政府：\n\n"
            "《浙江省加快培育低空经济产业行动计划（2026—2028年）》已经省政府同意，现印发给你们。\n\n"
            "浙江省加快培育低空经济产业行动计划（2026—2028年）\n\n支持杭州建设无人机产业园，重点发展工业级无人机。")
    facts = _graph_facts(tmp_path, text, "浙江省人民政府办公厅关于印发浙江省加快培育低空经济产业行动计划的通知")
    assert {f[1] for f in facts if f[0] == "Policy"} == {
        "关于印发浙江省加快培育低空经济产业行动计划的通知", "浙江省加快培育低空经济产业行动计划（2026—2028年）"}
    assert ("GovernmentBody", "人民政府") not in facts and ("Industry", "工业") not in facts


def test_a_deputy_named_with_the_congress_s_term_holds_the_post_in_it():
    assert rels("全国两会期间，十四届全国人大代表、工业和信息化部部长李乐成接受新华社记者专访。", "membership") == {
        ("李乐成", "全国人民代表大会", "代表"), ("李乐成", "工业和信息化部", "部长")}


def test_who_declares_an_event_open_speaks_at_it(tmp_path):
    text = ("11月6日，2026世界智能制造大会在江苏南京开幕。全国政协副主席何厚铧出席开幕式并宣布大会开幕。"
            "工业和信息化部部长李乐成在开幕式上致辞。")
    facts = _graph_facts(tmp_path, text, "2026世界智能制造大会在南京开幕")
    assert {f[2] for f in facts if f[:2] == ("2026世界智能制造大会", "speaker")} == {"何厚铧", "李乐成"}


def test_an_agreement_is_issued_by_those_who_sign_it():
    text = "5月8日，工业和信息化部与广东省人民政府在广州签署《关于共同推进广东省新型工业化的战略合作协议》。"
    assert rels(text, "issuedBy") >= {("关于共同推进广东省新型工业化的战略合作协议", "工业和信息化部")}
    assert not rels("国务院总理李强签署国务院令，公布《网络数据安全管理条例》。", "issuedBy") - {("网络数据安全管理条例", "国务院")}


def test_a_province_s_post_after_a_city_committee_s_official_is_in_the_province_s_government():
    text = "4月2日，广东省委书记黄坤明到深圳调研。省委常委、深圳市委书记孟凡利，副省长王曦参加调研。"
    got = rels(text, "membership")
    assert ("王曦", "广东省人民政府", "副省长") in got and ("王曦", "深圳市委", "副省长") not in got


def test_a_deputy_minister_after_the_minister_s_sentence_is_of_that_ministry():
    text = "工业和信息化部党组书记、部长李乐成出席会议并讲话，副部长熊继军主持会议。"
    assert ("熊继军", "工业和信息化部", "副部长") in rels(text, "membership")


def test_those_listed_before_an_exchange_speech_each_speak_at_the_meeting(tmp_path):
    text = ("7月24日，全国工业和信息化主管部门负责同志座谈会在北京召开。工业和信息化部部长李乐成出席会议并讲话。\n\n"
            "江苏省工业和信息化厅厅长谢志成、浙江省经济和信息化厅厅长陈岸明、四川省经济和信息化厅厅长吴亚东作交流发言。")
    facts = _graph_facts(tmp_path, text, "全国工业和信息化主管部门负责同志座谈会在京召开")
    assert {f[2] for f in facts if f[:2] == ("全国工业和信息化主管部门负责同志座谈会", "speaker")} == {
        "李乐成", "谢志成", "陈岸明", "吴亚东"}


def test_posts_naming_their_own_body_after_a_congress_official_are_not_the_congress_s():
    text = "省委书记、省人大常委会主任楼阳生，省委副书记、省长王凯等在主席台就座。"
    doc = make_doc(text, title="河南省十四届人大四次会议开幕 王凯作政府工作报告")
    got = {(r.subject.name, r.object.name, r.role) for r in doc.relations if r.predicate == "membership"}
    assert ("王凯", "河南省人民政府", "省长") in got and not {m for m in got if m[0] == "王凯" and m[1] == "河南省人大常委会"}


def test_who_releases_a_report_at_an_event_s_ceremony_speaks_at_it(tmp_path):
    text = "4月29日，第八届数字中国建设峰会在福建福州开幕。国家数据局局长刘烈宏在开幕式上发布《数字中国发展报告（2024年）》。"
    facts = _graph_facts(tmp_path, text, "第八届数字中国建设峰会开幕")
    assert ("数字中国建设峰会", "speaker", "刘烈宏") in facts


def test_a_foreign_vice_minister_holds_the_post_in_his_ministry():
    text = "9月5日，工业和信息化部副部长单忠德会见了沙特阿拉伯工业和矿产资源部副大臣哈利勒·本·萨拉马一行。"
    assert ("哈利勒·本·萨拉马", "沙特阿拉伯工业和矿产资源部", "副大臣") in rels(text, "membership")


def test_a_rank_in_brackets_after_a_post_keeps_the_post_with_its_holder():
    text = "工业和信息化部运行监测协调局副局长（正局长级）陶凯元出席发布会。"
    assert rels(text, "membership") == {("陶凯元", "工业和信息化部运行监测协调局", "副局长")}


def test_a_moderator_labelled_with_posts_opens_the_conference_on_the_lines_after_the_label():
    text = ("主持人 国务院新闻办公室新闻局局长、新闻发言人 寿小丽：\n\n女士们、先生们，上午好！"
            "今天我们举行“中国这五年”系列主题新闻发布会第十二场，请工业和信息化部部长李乐成先生介绍有关情况。\n\n"
            "工业和信息化部部长 李乐成：\n\n“十四五”以来，我国工业稳定增长。\n\n寿小丽：\n\n今天的发布会就到这里。")
    assert rels(text, "speaker") == {("中国这五年系列主题新闻发布会", "李乐成")}
    assert {m.name for m in make_doc(text).mentions if m.label.value == "Event"} == {"中国这五年系列主题新闻发布会"}


def test_who_speaks_in_a_congress_s_press_passage_speaks_at_the_session():
    text = ("十四届全国人大四次会议5日上午在人民大会堂开幕。在首场“部长通道”上，工业和信息化部部长李乐成表示，2025年工业增长5.9%。"
            "国家发展改革委主任郑栅洁在“部长通道”上介绍，今年将安排超长期特别国债1.3万亿元。")
    assert rels(text, "speaker") == {("十四届全国人大四次会议", "李乐成"), ("十四届全国人大四次会议", "郑栅洁")}
    doc = make_doc(text, published="2026-03-05")
    assert [(f.reported_by, f.about) for f in doc.figures if f.unit == "元"] == [("郑栅洁", None)]
    assert rels("在开幕式上，工业和信息化部部长李乐成出席。", "speaker") == set()


def test_a_notice_that_issues_a_policy_is_a_policy_of_its_body_as_the_policy_it_issues_is():
    text = ("根据国务院关于印发《新一代人工智能发展规划》的通知（国发〔2017〕35号）要求，工业和信息化部制定本计划。\n\n"
            "中共中央发出关于印发《习近平新时代中国特色社会主义思想学习纲要（2023年版）》的通知。《通知》指出，要坚持不懈。")
    doc = make_doc(text)
    assert {m.name for m in doc.mentions if m.label.value == "Policy"} == {
        "关于印发《新一代人工智能发展规划》的通知", "新一代人工智能发展规划",
        "关于印发《习近平新时代中国特色社会主义思想学习纲要（2023年版）》的通知", "习近平新时代中国特色社会主义思想学习纲要（2023年版）"}
    assert rels(text, "issuedBy") == {
        ("关于印发《新一代人工智能发展规划》的通知", "国务院"), ("新一代人工智能发展规划", "国务院"),
        ("关于印发《习近平新时代中国特色社会主义思想学习纲要（2023年版）》的通知", "中共中央"),
        ("习近平新时代中国特色社会主义思想学习纲要（2023年版）", "中共中央")}


def test_who_releases_a_report_at_the_event_speaks_at_it():
    text = ("5月20日，2026中国算力大会在山西大同开幕。中国信息通信研究院院长余晓晖在大会上发布了《中国算力发展指数白皮书（2026年）》。")
    assert rels(text, "speaker") == {("2026中国算力大会", "余晓晖")}


def test_who_speaks_up_at_a_meeting_speaks_at_it():
    text = ("3月12日，工业和信息化部在京召开民营企业座谈会。工业和信息化部党组书记、部长金壮龙主持会议并讲话。"
            "宁德时代董事长曾毓群、小米集团董事长雷军在座谈会上发言。")
    assert rels(text, "speaker") == {("民营企业座谈会", person) for person in ("金壮龙", "曾毓群", "雷军")}


def test_each_routine_briefing_is_its_own_event_and_the_scio_s_policy_briefing_is_the_state_council_s(tmp_path):
    import kg

    for name, date, text in (("a", "2026-08-29", "国务院新闻办公室今天举行国务院政策例行吹风会，请工业和信息化部副部长熊继军介绍有关情况。\n\n熊继军：\n\n我们将推进。\n"),
                             ("b", "2026-11-06", "国务院新闻办公室今天举行政策例行吹风会，请国家体育总局副局长周进强介绍有关情况。\n\n周进强：\n\n冰雪经济加快发展。\n")):
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: {date}\n---\n\n{text}", encoding="utf-8")
    G = kg.build([tmp_path])
    events = [n for n, d in G.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 2 and {G.nodes[n]["name"] for n in events} == {"国务院政策例行吹风会"}
    assert sorted(len([t for _, t, k in G.out_edges(n, keys=True) if k == "speaker"]) for n in events) == [1, 1]


def test_a_deputy_s_seat_is_the_deputy_s_whatever_posts_follow_or_precede_it():
    assert rels("这是全国人大代表赵玉龙从北京回来后部署的第一项工作。", "membership") == {("赵玉龙", "全国人民代表大会", "代表")}
    text = "两会结束后，全国政协委员、重庆医科大学附属第一医院骨科主任医师黄伟到社区卫生服务中心培训医生。"
    assert rels(text, "membership") == {("黄伟", "全国政协", "委员")}  # the posts between are not read as a chain
    assert rels("全国政协委员、研究员黄伟表示，要加快发展。", "membership") == {("黄伟", "全国政协", "委员")}  # his work's title
    assert rels("全国政协常委、副秘书长黄伟表示，要加快发展。", "membership") == {
        ("黄伟", "全国政协", "常委"), ("黄伟", "全国政协", "副秘书长")}


def test_a_place_inside_a_body_s_name_does_not_break_the_chain_of_posts():
    text = "中共中央政治局委员、新疆维吾尔自治区党委书记马兴瑞在参加新疆代表团审议时说，一年来成绩显著。"
    assert rels(text, "membership") == {("马兴瑞", "中央政治局", "委员"), ("马兴瑞", "新疆维吾尔自治区党委", "书记")}


def test_a_special_administrative_region_s_chief_executive_heads_its_government():
    assert rels("香港特区行政长官李家超表示，香港将积极融入国家发展大局。", "membership") == {("李家超", "香港特别行政区政府", "行政长官")}
    text = "在澳门特别行政区行政长官贺一诚陪同下，习近平同前来迎接的人员亲切握手。"
    assert rels(text, "membership") == {("贺一诚", "澳门特别行政区政府", "行政长官")}
    assert rels("浙江省委书记王浩表示，要加快发展。", "membership") == {("王浩", "浙江省委", "书记")}


def test_who_addresses_an_opening_speaks_at_the_event_their_sentence_names_not_the_paragraph_s_first():
    text = "12月20日，全国工业和信息化工作会议在京召开。第七届数字中国建设峰会在福州开幕，国务院副总理丁薛祥出席开幕式并致辞。"
    assert rels(text, "speaker") == {("数字中国建设峰会", "丁薛祥")}


def test_a_policy_a_body_leads_the_drafting_of_is_issued_by_it():
    assert rels("《人形机器人产业发展行动计划》由工业和信息化部牵头制定。", "issuedBy") == {("人形机器人产业发展行动计划", "工业和信息化部")}


def test_a_time_clause_the_comma_cuts_from_a_briefing_s_topic_names_no_briefing():
    text = ("国务院联防联控机制今天举行新闻发布会，介绍优化调整疫情防控二十条措施发布以来，各地落实优化措施的各项工作情况。\n"
            "国家卫生健康委新闻发言人米锋介绍，各地正在迅速贯彻落实。")
    events = {m.name for m in make_doc(text, published="2022-11-17").mentions if m.label.value == "Event"}
    assert not any(name.endswith("以来新闻发布会") for name in events)


def test_a_provincial_body_listed_after_a_provincial_official_is_the_province_s_not_a_national_department():
    text = ("7月28日，广东省政府新闻办举行新闻发布会，省工业和信息化厅厅长王勇介绍情况，省发展改革委副主任李明、"
            "省商务厅二级巡视员陈红出席发布会。")
    facts = rels(text, "membership")
    assert ("陈红", "广东省商务厅", "二级巡视员") in facts and ("李明", "广东省发展和改革委员会", "副主任") in facts
    assert not any(name.startswith("国家发展和改革委员会") for name in {m.name for m in make_doc(text).mentions})


def test_a_session_s_press_conference_is_named_after_it_and_its_briefing_with_ministers_is_each_document_s():
    text = ("全国政协十四届二次会议新闻发布会今天举行\n\n全国政协十四届二次会议新闻发布会今天（3月3日）下午举行，"
            "大会新闻发言人刘结一介绍，会议将于3月4日下午3时开幕。")
    assert ("全国政协十四届二次会议新闻发布会", "刘结一") in rels(text, "speaker")
    text = ("十四届全国人大三次会议举行经济主题记者会\n\n十四届全国人大三次会议今天（3月6日）举行记者会，"
            "国家发展和改革委员会、财政部有关负责人分别回答了中外记者的提问。\n\n"
            "财政部部长蓝佛安介绍，今年赤字率按4%安排。")
    assert rels(text, "speaker") == {("十四届全国人大三次会议记者会", "蓝佛安")}
    assert {m.scope for m in make_doc(text).mentions if m.name == "十四届全国人大三次会议记者会"} == {"t"}  # one of many


def test_a_policy_published_by_an_order_its_signer_signs_is_issued_by_the_body_of_the_signer_s_post():
    text = "中央军委主席习近平日前签署命令，发布《军队生态环境保护条例》，自2024年10月1日起施行。"
    assert rels(text, "issuedBy") == {("军队生态环境保护条例", "中央军委")}


def test_the_education_of_cadres_is_not_the_education_sector():
    text = "中央军委印发《关于加强军队高级干部教育管理监督的若干措施》。要切实立起从严教育、从严管理。"
    assert not rels(text, "concerns")


def test_a_transcript_s_header_names_the_press_conference_by_its_topic(tmp_path):
    text = ("**国务院新闻办公室新闻发布会**\n\n**时间：2024年4月16日**\n\n**主题：介绍2024年一季度国民经济运行情况**\n\n"
            "**发布人：国家统计局副局长 盛来运**\n\n**盛来运：**\n\n一季度，国内生产总值同比增长5.3%。\n")
    facts = _graph_facts(tmp_path, text)
    assert {f[1] for f in facts if f[0] == "Event"} == {"2024年一季度国民经济运行情况新闻发布会"}
    assert ("2024年一季度国民经济运行情况新闻发布会", "speaker", "盛来运") in facts


def test_who_chairs_a_meeting_and_then_speaks_speaks_at_it(tmp_path):
    text = ("11月8日，工业和信息化部党组书记、部长金壮龙在北京主持召开制造业企业座谈会，听取企业意见建议。"
            "工业和信息化部副部长单忠德出席会议。\n\n座谈会上，多家企业负责人先后发言。\n\n"
            "金壮龙指出，要加力推进大规模设备更新。")
    facts = _graph_facts(tmp_path, text, "工业和信息化部召开制造业企业座谈会")
    assert {f[2] for f in facts if f[:2] == ("制造业企业座谈会", "speaker")} == {"金壮龙"}
    silent = _graph_facts(tmp_path, "部长金壮龙在北京主持召开制造业企业座谈会，听取企业意见建议。", "座谈会")
    assert not any(f[1:2] == ("speaker",) for f in silent)  # chairing alone is no speech
    while_chairing = _graph_facts(tmp_path, "国务院总理李强12日主持召开国务院常务会议时强调，要加快发展。", "国务院常务会议")
    assert ("国务院常务会议", "speaker", "李强") in while_chairing


def test_a_press_conference_named_only_in_the_front_matter_s_title_takes_its_quoted_theme(tmp_path):
    text = ("主持人：工业和信息化部新闻发言人 赵志国\n\n赵志国：欢迎大家参加今天的发布会。\n\n"
            "黄利斌：十年来，规模以上工业单位增加值能耗累计下降36.2%。\n")
    facts = _graph_facts(tmp_path, text, "工业和信息化部举行“新时代工业和信息化发展”系列主题新闻发布会")
    assert {f[1] for f in facts if f[0] == "Event"} == {"新时代工业和信息化发展系列主题新闻发布会"}
    assert ("新时代工业和信息化发展系列主题新闻发布会", "speaker", "黄利斌") in facts
    assert ("新时代工业和信息化发展系列主题新闻发布会", "organizer", "工业和信息化部") in facts  # who the title says holds it
    topic = _graph_facts(tmp_path, text, "国新办举行2024年工业和信息化发展情况新闻发布会")  # unquoted, on a topic
    assert ("2024年工业和信息化发展情况新闻发布会", "speaker", "黄利斌") in topic


def test_a_clause_opening_with_huitong_acts_for_the_body_its_sentence_opens_with():
    text = ("近年来，工业和信息化部认真贯彻落实党中央、国务院决策部署，会同国家发展改革委、科技部出台"
            "《集成电路产业高质量发展三年行动计划（2024—2026年）》。")
    assert rels(text, "issuedBy") == {("集成电路产业高质量发展三年行动计划（2024—2026年）", "工业和信息化部")}
    listed = "工业和信息化部、财政部、国家发展改革委今天（3月16日）联合印发通知，部署开展氢能综合应用试点工作。"
    assert rels(listed, "issuedBy") == {("氢能综合应用试点", body) for body in ("工业和信息化部", "财政部", "国家发展和改革委员会")}


def test_a_meeting_of_the_whole_province_in_one_story_is_not_another_province_s(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("广东省委、省政府4日在广州召开全省制造业当家推进会。省委书记黄坤明出席会议并讲话。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("浙江省委、省政府5日在杭州召开全省制造业当家推进会。省委书记易炼红出席会议并讲话。", encoding="utf-8")
    G = kg.build([tmp_path])
    events = [n for n, d in G.nodes(data=True) if d["label"] == "Event" and d["name"] == "全省制造业当家推进会"]
    assert len(events) == 2


def test_a_department_named_bare_in_a_ministry_s_own_briefing_is_the_ministry_s():
    text = ("工业和信息化部举行新闻发布会\n\n工业和信息化部总工程师谢少锋介绍有关情况。新闻发言人、办公厅主任陶凯元主持发布会。\n\n"
            "**记者：**请问有哪些安排？\n\n**谢少锋：**我部将加快推进。")
    assert ("陶凯元", "工业和信息化部办公厅", "主任") in rels(text, "membership")
    assert ("工业和信息化部办公厅", "工业和信息化部") in rels(text, "subOrganizationOf")
    news = "新华社北京1月5日电 办公厅主任张三表示，将加快推进。"  # no home body: whose office is not said
    assert not rels(news, "membership")
    clause = text.replace("新闻发言人、办公厅主任陶凯元主持发布会", "我们邀请办公厅主任陶凯元主持")
    assert not any(body.endswith("我们邀请办公厅") for _, body, _ in rels(clause, "membership"))  # a clause's words


def test_a_spokesperson_who_opens_a_routine_conference_and_answers_alone_speaks_at_it():
    text = ("商务部召开例行新闻发布会\n\n新闻发言人 何亚东：\n\n各位记者朋友，下午好。欢迎参加商务部例行新闻发布会。\n\n"
            "彭博社记者：中方有何回应？\n\n何亚东：中方已经多次表明立场。\n")
    assert ("商务部例行新闻发布会", "何亚东") in rels(text, "speaker")
    assert ("何亚东", "商务部", "新闻发言人") in rels(text, "membership")  # the ministry's own conference
