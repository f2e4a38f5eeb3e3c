import pytest

from conftest import make_doc


def figures(text: str, published: str = "2020-12-24"):
    return [(f.value, f.unit, f.period, f.kind) for f in make_doc(text, published=published).figures]


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("今年新增了58万个5G基站", [("580000", "个", "2020", "actual")]),
    ("1—11月国内市场5G手机出货量1.44亿部", [("144000000", "部", "2020-01/2020-11", "actual")]),
    ("1—11月规上工业增加值同比增加了2.3%", [("2.3", "%", "2020-01/2020-11", "actual")]),
    ("前10个月工业企业利润总额同比增长了0.7%", [("0.7", "%", "2020-01/2020-10", "actual")]),
    ("2021年计划新建5G基站60万个", [("600000", "个", "2021", "target")]),
    ("2020年全年累计清偿拖欠民营和中小企业账款1865亿元", [("186500000000", "元", "2020", "actual")]),
    ("高于整体工业4.3个百分点", [("4.3", "个百分点", "2020", "actual")]),
    ("带动上下游约60多万家中小企业复工复产", [("600000", "家", "2020", "actual")]),
    ("截至目前，已经对52万款APP进行了技术检测工作", [("520000", "款", "../2020-12", "actual")]),
    ("钢铁行业提前两年完成“十三五”去产能1.5亿吨目标", [("150000000", "吨", "2016/2020", "target")]),
    ("从2019年到目前为止，我们一共实现对62万款APP的技术检测工作", [("620000", "款", "2019/2020-12", "actual")]),
    ("前三季度规模以上工业增加值增长9.8%", [("9.8", "%", "2020-01/2020-09", "actual")]),
    ("上半年软件业务收入达到3.9万亿元", [("3900000000000", "元", "2020-01/2020-06", "actual")]),
    ("力争到2025年建成5G基站300万个", [("3000000", "个", "2025", "target")]),
    ("比疫情初期增长50倍以上", [("50", "倍", "2020", "actual")]),
    ("成功举办两届中国国际进口博览会", [("2", "届", "2020", "actual")]),
    ("时速350公里“复兴号”动车组批量投入运营", [("350", "公里/小时", "2020", "actual")]),
    ("国产芯片自给率提升到两成", [("20", "%", "2020", "actual")]),
    ("九成以上的企业已复工", [("90", "%", "2020", "actual")]),
    ("全国粮食总产量达到13390亿斤", [("1339000000000", "斤", "2020", "actual")]),
    ("电站年发电量可达68亿度，产出340万度电", [("6800000000", "千瓦时", "2020", "actual"), ("3400000", "千瓦时", "2020", "actual")]),
    ("新能源汽车产销突破百万辆", [("1000000", "辆", "2020", "actual")]),
    ("十余个省份出台了支持政策", [("10", "个", "2020", "actual")]),
    ("到二〇三五年基本实现新型工业化，研发投入增长二十多倍", [("20", "倍", "2035", "target")]),
])
# fmt: on
def test_figures_of_real_sentences(text, expected):
    assert figures(text) == expected


# fmt: off
@pytest.mark.parametrize("text", [
    "2020年12月24日，国务院新闻办公室举行发布会",      # dates
    "今年第三届“绽放杯”5G应用大赛开幕",               # ordinal
    "第一，落实扩大内需战略。一是提升网络覆盖能力。",    # list markers
    "党的十九届五中全会指出",                          # a numbered session
    "关于政协十三届全国委员会第三次会议第2524号提案",   # document numbers
    "连续两年组织开展专项整治行动，主要有三个方面",       # durations, small counts in prose
    "美国企业提出337调查申请，咨询电话010-68208000",   # codes, phone numbers
    "前10个月，R16标准冻结",
    "通行时间将从目前5个多小时缩短至2小时左右，工期3个半月",  # durations with 多 or 半 inside
    "苏炳添获得男子60米冠军，中国队收获了女子单人10米跳台金牌，她还参加了200米自由泳",  # sports events
    "双方同意，3方会谈",                                # 方 without 万/亿 is no volume
])
# fmt: on
def test_not_figures(text):
    assert figures(text) == []


def test_metric_speaker_and_subject_in_a_press_answer():
    text = "记者：请介绍5G发展。\n\n闻库：今年新增了58万个5G基站，推动共建共享的5G基站33万个。"
    doc = make_doc(text, published="2020-12-24")
    first = doc.figures[0]
    assert (first.metric, first.reported_by, first.about.name) == ("新增5G基站", "闻库", "5G")
    assert text[first.start:first.end] == first.text == "58万个"


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("生态环境部等16部门联合印发了《“十四五”噪声污染防治行动计划》", []),   # 部门 is not the unit 部
    ("生态环境部等16个部门联合印发了《“十四五”噪声污染防治行动计划》", [("16", "个", "2020", "actual")]),
])
# fmt: on
def test_unit_words_and_titles_do_not_mislead(text, expected):
    assert figures(text) == expected


def test_subject_is_not_the_comparator_and_follows_statistical_convention():
    doc = make_doc("高技术制造业同比增长达到7.1%，高于整体工业4.3个百分点。1—11月规上企业利润增长2.4%。", published="2020-12-24")
    about = {f.text: f.about.name for f in doc.figures}
    assert about == {"7.1%": "高技术制造业", "4.3个百分点": "高技术制造业", "2.4%": "工业"}


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("一季度，规模以上工业增加值同比增长3.0%", [("3", "%", "2020-01/2020-03", "actual")]),
    ("3月份，规上工业增加值同比增长3.9%", [("3.9", "%", "2020-03", "actual")]),
    ("去年四季度，规模以上工业增加值增长7.1%", [("7.1", "%", "2019-10/2019-12", "actual")]),
    ("比去年四季度加快0.3个百分点", [("0.3", "个百分点", "2020", "actual")]),  # the base of a change is no period
    ("社会消费品零售总额是2016年的1.24倍", [("1.24", "倍", "2020", "actual")]),
    ("力争到2025年规模以上工业单位增加值能耗较2020年下降13.5%", [("13.5", "%", "2025", "target")]),
])
# fmt: on
def test_quarters_months_and_base_years(text, expected):
    assert figures(text) == expected


def test_reporter_of_a_figure_in_news():
    doc = make_doc("国务院新闻办公室今天举行新闻发布会。辛国斌表示，2022年全国规模以上工业增加值同比增长3.6%。", published="2023-01-17")
    assert [(f.text, f.reported_by, f.period) for f in doc.figures] == [("3.6%", "辛国斌", "2022")]


def test_a_figure_is_reported_by_who_says_it_on_a_day_and_another_speaker_s_figure_is_not_about_the_last_subject():
    text = ("国家统计局工业司首席统计师于卫宁19日解读称，一季度，规模以上高技术制造业增加值同比增长9.7%。\n\n"
            "国家能源局局长王宏志表示，全国可再生能源发电装机容量达到19.8亿千瓦。国务院国资委副主任苟坪说，中央企业实现营业收入9.2万亿元。")
    got = [(f.text, f.reported_by, f.about.name if f.about else "") for f in make_doc(text, published="2026-04-20").figures]
    assert got == [("9.7%", "于卫宁", "高技术制造业"), ("19.8亿千瓦", "王宏志", "可再生能源"), ("9.2万亿元", "苟坪", "")]


def test_an_undated_document_keeps_the_years_its_cues_name():
    text = "2022年，我国软件业务收入达到108126亿元。今年以来，产量增长5.1%。到2025年，力争市场规模突破4000亿元。"
    assert [(f.value, f.period) for f in make_doc(text).figures] == [
        ("10812600000000", "2022"), ("5.1", ""), ("400000000000", "2025")]


def test_a_reply_is_dated_by_the_date_it_is_signed_with():
    body = "我部高度重视工业软件发展，会同有关部门推动关键软件攻关，支持企业协同创新。" * 8  # the date is far from the opening
    text = f"李明代表：\n\n您提出的建议收悉。{body}\n2022年软件业务收入增长11.2%，今年以来增长5.1%。\n\n工业和信息化部\n2023年7月5日\n"
    doc = make_doc(text)
    assert doc.document.published == "2023-07-05"
    assert [(f.value, f.period) for f in doc.figures] == [("11.2", "2022"), ("5.1", "2023")]


def test_an_event_named_with_its_year_dates_the_report():
    text = "2023世界智能产业博览会在天津开幕\n\n5月18日，博览会开幕。2022年人工智能核心产业规模达到5000亿元。展览面积12万平方米。"
    doc = make_doc(text)
    assert doc.document.published == "2023-05-18"


def metrics(text: str, published: str = "2024-04-18"):
    return [(f.value, f.unit, f.metric, f.period) for f in make_doc(text, published=published).figures]


# fmt: off
@pytest.mark.parametrize("text, expected", [
    # a comparison's base (比去年全年) is no period; a part of the year opening the paragraph is
    ("一季度，工业经济开局良好。规模以上工业增加值同比增长6.1%，比去年全年加快1.5个百分点。",
     [("6.1", "%", "规模以上工业增加值", "2024-01/2024-03"),
      ("1.5", "个百分点", "规模以上工业增加值比去年全年加快", "2024-01/2024-03")]),
    # a change after an amount measures the same thing
    ("电信业务收入累计完成4530亿元，同比增长3.5%。",
     [("453000000000", "元", "电信业务收入", "2024"), ("3.5", "%", "电信业务收入同比增长", "2024")]),
    ("2023年，我国新型储能电池产量达到185GWh。", [("185", "GWh", "新型储能电池产量", "2023")]),
    ("到2027年，工业领域设备投资规模较2023年增长25%以上。", [("25", "%", "工业领域设备投资规模", "2027")]),
    ("制定发布了《电化学储能电站安全规程》等12项国家标准。", [("12", "项", "国家标准", "2024")]),
    ("今年4月至9月，无家可归者增加了24%。", [("24", "%", "无家可归者", "2024-04/2024-09")]),
    # a modal, an adverb or a time word before the number is no part of what it measures
    ("今天全国高速公路车流量预计6300万辆。", [("63000000", "辆", "全国高速公路车流量", "2024")]),
    ("2026年银发经济市场规模将突破8万亿元。", [("8000000000000", "元", "银发经济市场规模", "2026")]),
    ("快递业务量去年突破2000亿件。", [("200000000000", "件", "快递业务量", "2023")]),
    ("绥化兰西县今年大豆面积比去年增加5万亩。", [("50000", "亩", "绥化兰西县今年大豆面积", "2024")]),
    ("跨境货物列车增加到目前的日均12列。", [("12", "列", "跨境货物列车增加到目前的日均", "../2024-04")]),
    # both ends of a change measure what changed (由…提高到…, 从…提升至…)
    ("上座率由49%提升到98.7%。", [("49", "%", "上座率", "2024"), ("98.7", "%", "上座率", "2024")]),
    ("单日旅客发送量由开通运营时的4131人次增加到21359人次。",
     [("4131", "人次", "单日旅客发送量", "2024"), ("21359", "人次", "单日旅客发送量", "2024")]),
    # 台套 counts machines and sets as one
    ("连接工业设备数量达7600万台套。", [("76000000", "台套", "连接工业设备数量", "2024")]),
    # 亿方 and 平米 are volumes and areas; an amount of money may leave its 元 out
    ("四川盆地新增天然气探明储量1000亿方，展览总面积155万平米。",
     [("100000000000", "立方米", "四川盆地新增天然气探明储量", "2024"), ("1550000", "平方米", "展览总面积", "2024")]),
    # after a bare 有, 包括 or 举办 the number counts what follows it, up to that thing's verb
    ("新航季，共有209家国内外航空公司计划每周安排定期客货运航班12.3万班。",
     [("209", "家", "国内外航空公司", "2024"), ("123000", "班", "有209家国内外航空公司计划每周安排定期客货运航班", "2024")]),
    ("浙江省抗原检测试剂日产量1378万人份。", [("13780000", "人份", "浙江省抗原检测试剂日产量", "2024")]),
    ("2022年我国地理信息产业总产值超7700亿，2025年度电影票房破200亿。",
     [("770000000000", "元", "地理信息产业总产值", "2022"), ("20000000000", "元", "电影票房", "2025")]),
    # how long a level has held is no part of what it measures
    ("去年全国大豆产量达到2065万吨，连续三年稳定在2000万吨以上。",
     [("20650000", "吨", "全国大豆产量", "2023"), ("20000000", "吨", "全国大豆产量", "2023")]),
    ("去年中央企业研发经费年均增长约6.5%，连续三年超过1万亿元。",  # the amount, not its average growth
     [("6.5", "%", "中央企业研发经费年均", "2023"), ("1000000000000", "元", "中央企业研发经费", "2023")]),
    # the base of a comparison (好于上年) is no period, for that clause or for the year a later 全年 names
    ("今年冬小麦播种面积3.36亿亩，苗情长势总体好于上年。我们力争全年粮食产量稳定在1.3万亿斤以上。",
     [("336000000", "亩", "冬小麦播种面积", "2024"), ("1300000000000", "斤", "粮食产量", "2024")]),
    ("到2025年，突破百项前沿关键核心技术，开拓百项典型应用场景。",  # what is opened up is counted after the number
     [("100", "项", "突破前沿关键核心技术", "2025"), ("100", "项", "开拓典型应用场景", "2025")]),
    ("4月份经济下行的概率为45%，高于3月份的30%。",  # but the value of the time compared with is of that time
     [("45", "%", "经济下行的概率", "2024-04"), ("30", "%", "高于3月份", "2024-03")]),
])
# fmt: on
def test_what_a_figure_measures_and_when(text, expected):
    assert metrics(text) == expected


def test_a_lexicon_word_does_not_cut_a_run_of_letters_and_digits():
    from kg.segment import tokenize

    assert [t.text for t in tokenize("产量达到185GWh，5G基站")] == ["产量", "达到", "185GWh", "，", "5G", "基站"]
    assert all(m.text != "5G" for m in make_doc("产量达到185GWh").mentions)


def test_who_opens_a_paragraph_reports_its_figures_and_a_total_counts_what_the_new_ones_did():
    text = "徐旭介绍，2023年，全省数字经济核心产业增加值达到9867亿元。全年新增专精特新企业307家，累计达到1375家。"
    found = [(f.value, f.metric, f.reported_by) for f in make_doc(text, published="2024-02-05").figures]
    assert found == [("986700000000", "全省数字经济核心产业增加值", "徐旭"), ("307", "新增专精特新企业", "徐旭"),
                     ("1375", "专精特新企业", "徐旭")]


@pytest.mark.parametrize("text, kinds", [
    ("新航季，共有209家国内外航空公司计划每周安排定期客货运航班12.3万班。", ["actual", "target"]),  # the airlines plan
    ("西部计划实施23年来，已有64万多名高校毕业生投身西部发展。", ["actual"]),  # a programme's name, looking back
    ("南方电网2026年固定资产投资将达1800亿元", ["target"]),
    ("长乐机场年旅客吞吐量将达3600万人次、货邮吞吐量达45万吨", ["target", "target"]),
    ("田湾核电总装机容量将突破900万千瓦", ["target"]),
])
def test_what_is_planned_and_what_plans(text, kinds):
    assert [f[3] for f in figures(text, published="2025-03-30")] == kinds


def test_what_a_body_will_carry_out_is_a_target():
    assert [f.kind for f in make_doc("2024年全省将实施技术改造项目1.5万个以上。", published="2024-01-15").figures] == ["target"]


def test_an_answer_naming_nothing_is_about_what_the_question_asked():
    text = "# 发布会\n\n记者：请问新能源汽车的产销情况如何？\n\n王志军：今年前11个月产销均超过130万辆。"
    assert [f.about.name if f.about else None for f in make_doc(text).figures] == ["新能源汽车"]


def test_transport_units():
    text = "全年开行中欧班列1.6万列，发送货物160万标准箱，民航起降1000万架次。"
    assert [(f.value, f.unit) for f in make_doc(text, published="2023-12-01").figures] == [
        ("16000", "列"), ("1600000", "标准箱"), ("10000000", "架次")]


def test_changes_and_shares_measure_the_figure_before_them_and_a_price_base_is_no_period():
    text = ("1—2月份，通信行业运行平稳。按照上年价格计算的电信业务总量同比增长12.5%。\n\n"
            "截至2月末，5G基站总数达350.9万个，比上年末净增13.2万个，占移动基站总数的30.1%。其中，5G用户达8.51亿户。")
    assert [(f.value, f.metric, f.period) for f in make_doc(text, published="2024-03-20").figures] == [
        ("12.5", "按照上年价格计算的电信业务总量", "2024-01/2024-02"),
        ("3509000", "5G基站总数", "../2024-02"), ("132000", "5G基站总数比上年末净增", "../2024-02"),
        ("30.1", "5G基站总数占移动基站总数", "../2024-02"), ("851000000", "5G用户", "../2024-02")]


def test_figures_listed_with_their_own_words_and_amounts_allocated():
    doc = make_doc("截至2023年底，已发布无人机相关国家标准48项、行业标准32项。国家发展改革委统筹安排3000亿元左右超长期特别国债资金。"
                   "市场监管总局今年将制修订重点标准294项。")
    by_value = {(f.value, f.unit): f for f in doc.figures}
    assert by_value[("32", "项")].metric == "行业标准"  # not the first number's words
    assert "超长期特别国债资金" in by_value[("300000000000", "元")].metric
    assert by_value[("294", "项")].kind == "target"


def test_shipbuilding_tonnage_units():
    doc = make_doc("1—9月，全国造船完工量961万载重吨，同比增长3.33%；新接订单量1967万修正总吨。")
    assert {(f.value, f.unit) for f in doc.figures} >= {("9610000", "载重吨"), ("19670000", "修正总吨")}


def test_a_bare_change_takes_the_subject_of_the_clause_before():
    doc = make_doc("第一、二、三产业用电量均呈现增长态势，同比分别增长8.6%、7.6%和6.6%，经济运行继续回升。")
    assert {f.metric for f in doc.figures} == {"第一、二、三产业用电量同比增长"}


def test_a_number_after_a_counted_thing_and_de_counts_what_follows_it():
    doc = make_doc("截至3月底，86个城市的168个小区开展万兆光网试点部署。脱贫县农村居民人均可支配收入从2021年的14051元增长至16000元。")
    metrics = {f.text: f.metric for f in doc.figures}
    assert metrics["168个"] == "小区"
    assert metrics["14051元"] != "增长至"  # a year before 的 counts nothing


def test_a_figure_is_about_its_paragraph_before_the_rest_of_the_answer():
    text = ("王强：\n\n一是工业生产平稳。规模以上工业增加值增长5.9%，工业运行好于预期，工业企业利润回升。\n\n"
            "三是信息通信业加快发展。截至年底，千兆用户达到2亿户。\n")
    about = {f.text: f.about.name for f in make_doc(text, published="2026-01-20").figures}
    assert about["2亿户"] == "信息通信"  # not 工业, which the answer names most


def test_the_change_of_a_figure_is_about_what_the_figure_is_about():
    text = "全年电信业务收入1.8万亿元，同比增长4.2%；5G基站总数达到470万个。"
    about = {f.text: f.about.name if f.about else None for f in make_doc(text, published="2026-01-20").figures}
    assert about == {"1.8万亿元": "信息通信", "4.2%": "信息通信", "470万个": "5G"}


def test_above_designated_size_is_industry_only_where_no_other_sector_is_named():
    text = "上半年，规模以上互联网企业完成业务收入8000亿元。规上企业利润增长2.4%。"
    about = {f.text: f.about.name if f.about else None for f in make_doc(text, published="2026-07-20").figures}
    assert about == {"8000亿元": None, "2.4%": "工业"}


def test_how_much_faster_a_growth_is_and_a_level_kept_measure_what_the_figure_before_measures():
    text = ("农村居民人均可支配收入16740元，实际增长6.6%，增速比城镇居民快1.8个百分点。"
            "全国粮食总产量预计超过14000亿斤，继续稳定在1.3万亿斤以上。")
    assert [m for _, _, m, _ in metrics(text, "2026-11-05")] == [
        "农村居民人均可支配收入", "农村居民人均可支配收入实际增长", "农村居民人均可支配收入增速比城镇居民快",
        "全国粮食总产量", "全国粮食总产量"]


def test_what_a_plan_sets_out_is_no_part_of_the_metric():
    text = "八部门联合发布《新型储能制造业高质量发展行动方案》，提出到2027年新型储能制造业规模超过1万亿元。"
    assert [m for _, _, m, _ in metrics(text, "2025-02-10")] == ["新型储能制造业规模"]


def test_farming_s_branches_are_what_their_figures_are_about():
    text = "9月末全国能繁母猪存栏4050万头，畜牧业总体平稳。渔业产值同比增长4.1%。"
    assert [f.about.name for f in make_doc(text, published="2026-11-05").figures] == ["畜牧业", "渔业"]


def test_a_metric_keeps_both_quotes_of_a_quoted_name():
    text = "目前已累计培育专精特新中小企业超过14万家，其中“小巨人”企业1.46万家。"
    assert [m for _, _, m, _ in metrics(text)] == ["培育专精特新中小企业", "“小巨人”企业"]


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("以军战机已在加沙地带摧毁了约800个目标。", [("800", "个", "2023", "actual")]),  # targets hit, no plan
    ("算力每投入1元，带动3至4元的GDP经济增长。", [("4", "元", "2023", "actual")]),   # 1 元 is the rate's unit
    ("伦敦布伦特原油期货价格每桶80美元。", [("80", "美元", "2023", "actual")]),
])
# fmt: on
def test_counted_targets_and_the_unit_of_a_rate(text, expected):
    assert [(f.value, f.unit, f.period, f.kind) for f in make_doc(text, published="2023-10-20").figures] == expected


def test_a_month_range_with_fen_is_no_part_of_the_metric():
    assert [m for _, _, m, _ in metrics("1—9月份，全国新开工改造城镇老旧小区5.13万个。")] == ["全国新开工改造城镇老旧小区"]


def test_what_a_sentence_says_will_be_done_goes_on_to_its_next_clauses():
    text = "今年我们将实施工业互联网创新发展工程，新建5G基站60万个。截至去年底，我国已建成5G基站231万个。"
    assert [(f.value, f.kind) for f in make_doc(text, published="2023-01-17").figures] == [
        ("600000", "target"), ("2310000", "actual")]


@pytest.mark.parametrize("text", ["孟刚表示，将统筹省级产业基金，设立规模100亿元的人工智能产业基金。",
                                  "国家发展改革委将设立国家创业投资引导基金，带动地方资金、社会资本近1万亿元。"])
def test_a_fund_a_body_will_set_up_is_a_target(text):
    assert [f.kind for f in make_doc(text, published="2026-04-02").figures] == ["target"]


def test_a_headline_opening_with_a_body_and_a_colon_is_no_speaker_s_turn_even_repeated():
    line = "工信部：今年将新建5G基站60万个以上"
    text = (f"{line}\n\n新华社北京1月12日电 工业和信息化部部长李乐成表示，2026年，工业和信息化部将深入推进5G规模化应用，"
            f"新建5G基站60万个以上。\n\n李乐成介绍，2025年，我国5G基站总数达到470万个。\n\n{line}")
    doc = make_doc(text, published="2026-01-12")
    assert {s.speaker for s in doc.sentences} == {""}
    assert [(f.value, f.kind, f.reported_by) for f in doc.figures if f.sentence > 0] == [
        ("600000", "target", "李乐成"), ("4700000", "actual", "李乐成")]


def test_data_is_counted_in_bytes_of_every_scale():
    doc = make_doc("2025年，我国数据产量达到41.06泽字节，同比增长25%。数据存储总量达到2.9EB。", published="2026-05-26")
    assert [(f.value, f.unit, f.metric) for f in doc.figures] == [
        ("41.06", "泽字节", "数据产量"), ("25", "%", "数据产量同比增长"), ("2.9", "EB", "数据存储总量")]


def test_a_quoted_name_with_its_kind_is_a_policy():
    got = {(m.name, m.label.value) for m in make_doc("今年将实施“5G+工业互联网”512工程升级版，协调推进“四个全面”战略布局。").mentions}
    assert ("5G+工业互联网512工程", "Policy") in got and ("四个全面战略", "Policy") not in got


def test_an_index_has_points_and_a_qualifier_before_a_kind_stays():
    text = "2022年，我国制造业质量竞争力指数达到84.6。到2025年，培育100家以上可靠性示范企业。"
    got = [(f.value, f.unit, f.metric) for f in make_doc(text, published="2023-06-30").figures]
    assert got == [("84.6", "点", "制造业质量竞争力指数"), ("100", "家", "培育可靠性示范企业")]


def test_a_briefing_is_where_figures_are_told_not_what_they_are_about():
    text = "国务院新闻办公室今天举行新闻发布会。全国登记在册个体工商户1.24亿户。"
    assert [f.about for f in make_doc(text, published="2024-01-20").figures] == [None]


def test_a_bare_copula_takes_the_subject_of_the_clause_before():
    text = "下半年以来，中小企业采购指数连续5个月上升，其中12月为54.5%，环比上升1.6个百分点。"
    assert [m for _, _, m, _ in metrics(text)] == ["中小企业采购指数", "中小企业采购指数环比上升"]


def test_a_comparison_after_a_figure_measures_the_same_thing():
    text = "前8个月，自由贸易试验区进出口增长8%，高于全国外贸增速4.8个百分点，占同期外贸进出口总值的18.4%。"
    assert [m for _, _, m, _ in metrics(text)] == [
        "自由贸易试验区进出口", "自由贸易试验区进出口高于全国外贸增速", "自由贸易试验区进出口占同期外贸进出口总值"]


def test_a_period_after_who_says_it_opens_the_sentence_for_those_that_follow():
    text = "丁明表示，前三季度，原材料工业增加值同比增长4.1%。其中，钢铁行业粗钢产量7.5亿吨。"
    assert [f.period for f in make_doc(text, published="2025-10-24").figures] == ["2025-01/2025-09"] * 2


def test_a_period_after_the_field_a_sentence_is_about_opens_it_for_the_clauses_that_follow():
    text = "原材料工业方面，一季度钢铁行业粗钢产量2.6亿吨，同比下降1.9%；十种有色金属产量1911万吨，同比增长7.5%。"
    assert [f.period for f in make_doc(text, published="2024-04-19").figures] == ["2024-01/2024-03"] * 4


def test_a_period_after_a_long_title_of_who_says_it_opens_the_sentence_too():
    text = ("国家统计局新闻发言人、国民经济综合统计司司长付凌晖在国新办新闻发布会上介绍，一季度国内生产总值318758亿元。"
            "分产业看，第一产业增加值18622亿元，增长3.5%。")
    assert [f.period for f in make_doc(text, published="2025-04-16").figures] == ["2025-01/2025-03"] * 3


def test_a_rank_names_what_is_measured_and_a_term_is_no_count():
    text = "前10家钢铁企业产量占全国比重达到44.8%。认真落实二十届中央纪委三次全会部署，已举办13届。2026届高校毕业生。"
    assert [f.text for f in make_doc(text, published="2025-10-24").figures] == ["44.8%", "13届"]


def test_a_comparison_with_bi_measures_the_same_thing_and_is_not_about_what_it_is_compared_with():
    text = ("原材料工业增加值同比增长4.1%，比全部工业低1.9个百分点。"
            "电子信息制造业增加值同比增长10.6%，增速分别比同期工业、高技术制造业高4.5个和1.3个百分点。")
    got = [(f.text, f.about.name) for f in make_doc(text, published="2025-10-24").figures]
    assert got == [("4.1%", "原材料"), ("1.9个百分点", "原材料"), ("10.6%", "电子信息"), ("4.5个", "电子信息"),
                   ("1.3个百分点", "电子信息")]
    assert metrics(text)[1][2] == "原材料工业增加值比全部工业低"


def test_a_meeting_whose_guidance_is_carried_out_is_not_what_the_figures_are_about():
    text = "2025年，各地认真贯彻落实中央农村工作会议部署。全国粮食总产量达到14130亿斤。"
    assert [f.about for f in make_doc(text, published="2026-01-22").figures] == [None]


def test_a_unit_said_once_after_a_list_of_numbers_is_each_number_s():
    text = "增速分别高于全部工业4.5个和1.3个百分点，比上年分别加快0.7、0.3个百分点。包揽50、100、200米蛙泳金牌。"
    assert [(f.text, f.value, f.unit) for f in make_doc(text, published="2025-10-24").figures] == [
        ("4.5个", "4.5", "个百分点"), ("1.3个百分点", "1.3", "个百分点"),
        ("0.7", "0.7", "个百分点"), ("0.3个百分点", "0.3", "个百分点")]  # a swimming distance is no statistic


def test_figures_listed_after_as_many_subjects_are_about_one_each_and_so_are_their_changes():
    text = ("全国规模以上工业增加值、服务业增加值同比增长6.5%、5.3%，比上年全年分别加快0.7、0.3个百分点。"
            "装备制造业和高技术制造业增加值分别年均增长7.9%、8.7%。纺织服装、干鲜瓜果进口分别增长3%和18%。")
    about = [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2025-04-16").figures]
    assert about == [("6.5%", "工业"), ("5.3%", "服务业"), ("0.7", "工业"), ("0.3个百分点", "服务业"),
                     ("7.9%", "装备制造"), ("8.7%", "高技术制造业"),
                     ("3%", "纺织"), ("18%", "纺织")]  # 纺织服装 is one item: nothing to pair


def test_a_plan_period_in_a_title_dates_the_plan_s_targets_but_no_figure_already_done():
    done = "前三季度，工业和信息化部印发《“十四五”软件和信息技术服务业发展规划》，软件业务收入达到9.8万亿元。"
    assert [f.period for f in make_doc(done, published="2026-10-20").figures] == ["2026-01/2026-09"]
    planned = "《铜产业高质量发展实施方案（2025—2027年）》提出，国内铜矿资源量力争增长5%。"
    assert [(f.period, f.kind) for f in make_doc(planned, published="2025-04-01").figures] == [("2025/2027", "target")]


def test_a_time_whose_level_is_compared_with_or_built_on_is_no_period():
    text = ("今年一季度，我国航空公司共运输国际旅客1892.5万人次。我国至35个国家的航班量已超过2019年水平，与共建国家间航班恢复比例为94.5%。"
            "上半年，规模以上工业增加值同比增长6.4%，在一季度良好开局的基础上展现较强韧性，制造业增加值占GDP比重达到25.7%。")
    assert [(f.text, f.period) for f in make_doc(text, published="2025-07-18").figures] == [
        ("1892.5万人次", "2025-01/2025-03"), ("35个", "2025-01/2025-03"), ("94.5%", "2025-01/2025-03"),
        ("6.4%", "2025-01/2025-06"), ("25.7%", "2025-01/2025-06")]


def test_what_a_body_will_focus_on_and_create_is_a_target():
    text = "工业和信息化部日前启动示范基地创建工作，将聚焦新一代信息技术等重点领域，创建100个左右示范园区。"
    assert [f.kind for f in make_doc(text, published="2025-11-25").figures] == ["target"]


def test_a_month_a_change_is_compared_with_is_no_period():
    text = ("9月份，规模以上工业增加值同比增长5.4%，比8月份加快0.9个百分点。上半年，服务业增长5.8%，比一季度加快0.2个百分点。"
            "9月份，出口增长3%，较2023年8月份加快1个百分点。")
    assert [f.period for f in make_doc(text, published="2025-10-24").figures] == [
        "2025-09", "2025-09", "2025-01/2025-06", "2025-01/2025-06", "2025-09", "2025-09"]
    ranged = "1—8月份，重点企业物流业务收入同比增长2.9%，比1—7月提高0.8个百分点。"
    assert [f.period for f in make_doc(ranged, published="2024-09-20").figures] == ["2024-01/2024-08"] * 2


def test_a_target_year_reaches_past_a_semicolon_and_a_plan_made_with_others_is_a_target():
    text = ("《实施意见》提出，到2027年，未来产业综合实力显著提升；培育100家左右未来产业领军企业。"
            "到2025年，建成5G基站300万个；目前已建成5G基站231万个。我们将会同工业和信息化部建设10个未来产业科技园。")
    got = [(f.text, f.period, f.kind) for f in make_doc(text, published="2025-03-06").figures]
    assert got == [("100家", "2027", "target"), ("300万个", "2025", "target"), ("231万个", "../2025-03", "actual"),
                   ("10个", "2025", "target")]


def test_a_listed_item_naming_no_subject_keeps_the_figure_s_own_and_the_others_pair():
    text = "工业增加值、服务业生产指数、社会消费品零售总额、固定资产投资分别同比增长5.9%、5.6%、4%和4.1%。"
    about = [f.about.name if f.about else None for f in make_doc(text, published="2025-04-16").figures]
    assert about[:3] == ["工业", "服务业", "消费品"]


def test_a_part_of_the_year_opening_an_answer_after_its_label_dates_the_sentences_after_it():
    text = ("记者：请介绍一下工业运行情况。\n\n徐晓兰：前三季度，工业经济稳中有进。规模以上工业增加值同比增长5.8%。"
            "截至9月末，5G基站总数达到408.9万个。工业互联网已覆盖49个国民经济大类。\n")
    assert [(f.value, f.period) for f in make_doc(text, published="2024-10-20").figures] == [
        ("5.8", "2024-01/2024-09"), ("4089000", "../2024-09"), ("49", "../2024-09")]


def test_an_undated_release_dates_a_part_of_a_year_by_the_year_it_named_last():
    text = ("2023年8月份，规模以上工业增加值同比增长4.5%。1—8月份，规模以上工业增加值同比增长3.9%。\n\n"
            "8月份，制造业增长5.4%；采矿业增长0.3%。\n\n今年以来，产量增长5.1%。")
    assert [(f.value, f.period) for f in make_doc(text).figures] == [
        ("4.5", "2023-08"), ("3.9", "2023-01/2023-08"), ("5.4", "2023-08"), ("0.3", "2023-08"), ("5.1", "")]


def test_an_industry_jieba_glues_to_its_statistic_is_what_the_figure_is_about_and_a_share_is_of_its_part():
    text = ("今年1至5月份，我国汽车出口405.9万辆，同比增长63%。"
            "其中，新能源汽车出口183.3万辆，占整个汽车出口的比例超过了45%。")
    got = [(f.value, f.about.name if f.about else None, f.period) for f in make_doc(text, published="2025-06-11").figures]
    assert got == [("4059000", "汽车", "2025-01/2025-05"), ("63", "汽车", "2025-01/2025-05"),
                   ("1833000", "新能源汽车", "2025-01/2025-05"), ("45", "新能源汽车", "2025-01/2025-05")]


def test_what_a_budget_is_proposed_to_hold_is_a_target():
    text = "今年，中央预算内投资拟安排7350亿元。去年拟任干部12人。"
    assert [(f.value, f.kind) for f in make_doc(text).figures] == [("735000000000", "target"), ("12", "actual")]


def test_the_years_a_title_names_do_not_date_a_part_of_a_year_said_after_it():
    text = ("记者：请介绍一下相关举措。\n\n李明：我们出台了《发展汽车产业集群行动计划（2023—2025年）》。"
            "上半年，全省新能源汽车产量达到128.6万辆。\n")
    assert [(f.value, f.period) for f in make_doc(text, published="2024-07-30").figures] == [("1286000", "2024-01/2024-06")]


def test_a_figure_listed_after_another_with_its_own_verb_is_about_its_own_subject():
    text = "1—8月，消费品工业增加值同比增长5.1%，其中轻工业增长6.4%、纺织工业增长4.3%。"
    got = [(f.value, f.about.name if f.about else None) for f in make_doc(text).figures]
    assert got == [("5.1", "消费品"), ("6.4", "轻工业"), ("4.3", "纺织")]


def test_a_product_the_statistics_count_for_an_industry_is_about_it_and_a_drug_class_is_no_count():
    text = "前8个月，粗钢产量7.0亿吨，同比下降3.3%。获批上市的1类创新药达48个。"
    got = [(f.value, f.about.name if f.about else None) for f in make_doc(text).figures]
    assert got == [("700000000", "钢铁"), ("3.3", "钢铁"), ("48", None)]


def test_a_whole_number_an_index_reaches_is_a_figure_in_points():
    text = "力争到2025年，制造业质量竞争力指数达到86。10月份，中国中小企业发展指数为89。指数为2个。"
    assert [(f.value, f.unit, f.kind) for f in make_doc(text).figures] == [
        ("86", "点", "target"), ("89", "点", "actual"), ("2", "个", "actual")]


def test_a_plan_period_a_change_is_compared_with_is_its_base():
    text = "2024年全国生产安全事故死亡人数比“十三五”末下降28.4%。“十四五”期间，失业保险参保人数较“十三五”末增加3400万人。"
    assert [(f.value, f.period) for f in make_doc(text).figures] == [("28.4", "2024"), ("34000000", "2021/2025")]


def test_a_period_after_a_source_or_a_breakdown_opens_the_sentence_and_what_is_excluded_is_not_the_subject():
    text = ("据海关统计，今年前三季度，我国货物贸易进出口33.61万亿元。其中，出口19.95万亿元。\n"
            "从贸易主体来看，今年前三季度，民营企业进出口19.16万亿元。进口13.66万亿元。\n"
            "扣除食品和能源价格的核心CPI同比上涨1.0%。")
    got = [(f.value, f.period, f.about.name if f.about else None) for f in make_doc(text, published="2025-10-13").figures]
    assert got == [("33610000000000", "2025-01/2025-09", None), ("19950000000000", "2025-01/2025-09", None),
                   ("19160000000000", "2025-01/2025-09", None), ("13660000000000", "2025-01/2025-09", None),
                   ("1", "2025", None)]


def test_who_gives_a_figure_reaches_past_a_semicolon_and_a_pronoun_is_the_person_last_named():
    text = ("工业和信息化部新闻发言人、信息通信发展司司长谢存介绍，前三季度，电信业务收入累计完成1.32万亿元；"
            "电信业务总量同比增长9.5%。\n他同时透露，到2027年，移动物联网终端连接数力争突破36亿个。\n")
    assert [(f.value, f.reported_by) for f in make_doc(text, published="2024-10-18").figures] == [
        ("1320000000000", "谢存"), ("9.5", "谢存"), ("3600000000", "谢存")]


def test_lithium_batteries_are_an_industry_gigawatt_hours_a_unit_and_a_unit_s_definition_no_figure():
    text = "2024年锂电池总产量1170吉瓦时（1吉瓦时=100万千瓦时），同比增长24%。"
    got = [(f.value, f.unit, f.about.name if f.about else None) for f in make_doc(text).figures]
    assert got == [("1170", "吉瓦时", "锂离子电池"), ("24", "%", "锂离子电池")]


def test_a_figure_in_a_quotation_is_given_by_who_is_said_to_say_it_after():
    text = ("“上半年，我国新建5G基站31.2万个。”在新闻发布会上，工业和信息化部新闻发言人陶青说。\n"
            "“我们将力争年底前5G基站总数超过330万个。”信息通信发展司司长谢存补充道。\n"
            "“今年产量增长5%。”这是市场的判断。\n")
    assert [(f.value, f.reported_by) for f in make_doc(text, published="2024-07-20").figures] == [
        ("312000", "陶青"), ("3300000", "谢存"), ("5", "")]


def test_unnamed_answers_are_given_by_the_one_person_the_introduction_says_answers():
    text = ("工业和信息化部新闻发言人、运行监测协调局局长陶青就工业经济运行情况回答了记者提问。\n\n"
            "问：10月份工业经济运行有哪些特点？\n\n答：10月份，规模以上工业增加值同比增长5.3%。\n")
    assert [(f.value, f.reported_by) for f in make_doc(text, published="2024-11-20").figures] == [("5.3", "陶青")]
    two = text.replace("陶青就", "陶青、副局长王明就")
    assert [(f.value, f.reported_by) for f in make_doc(two, published="2024-11-20").figures] == [("5.3", "")]
    interview = ("加快推进新型工业化\n——访工业和信息化部部长金壮龙\n\n全国两会期间，工业和信息化部部长金壮龙接受了本报记者专访。\n\n"
                 "问：2023年工业经济运行情况如何？\n\n答：2023年，我国全部工业增加值达到39.9万亿元。\n")  # under its headline's lines
    got = make_doc(interview, title="加快推进新型工业化——访工业和信息化部部长金壮龙", published="2024-03-05").figures
    assert [(f.value, f.reported_by) for f in got] == [("39900000000000", "金壮龙")]


def test_the_time_a_change_starts_from_dates_its_first_value_not_the_value_it_reaches():
    text = ("五年间，我国高新技术企业数量从2020年时的27万家增加到50万家。"
            "上半年，月均下载量从去年的19万次迅速增加到203万次。从2020年起，产量增长5%。")
    assert [(f.value, f.period) for f in make_doc(text, published="2025-08-05").figures] == [
        ("270000", "2020"), ("500000", "2025"), ("190000", "2024"), ("2030000", "2025-01/2025-06"), ("5", "2020")]


def test_a_plan_s_goals_section_says_its_year_once():
    text = ("浙江省制造业数字化转型行动方案（2024—2026年）\n\n一、主要目标\n"
            "到2026年，全省规模以上工业企业数字化改造覆盖率达到90%以上。数字经济核心产业制造业增加值年均增长10%以上。\n"
            "二、重点任务\n2023年，全省工业增加值增长6%。\n")
    got = {f.text: (f.kind, f.period) for f in make_doc(text, published="2024-04-12").figures}
    assert got == {"90%": ("target", "2026"), "10%": ("target", "2026"), "6%": ("actual", "2023")}


def test_a_plan_s_word_carries_to_the_clauses_after_it_and_a_congress_s_term_is_no_count():
    text = "宁夏推进能源绿色低碳发展，力争到今年底，构建10条百亿级重点产业链，带动2000家中小微企业“上链入群”。"
    assert {f.text: f.kind for f in make_doc(text, published="2026-01-20").figures} == {"10条": "target", "2000家": "target"}
    assert not make_doc("深入贯彻党的二十大和二十届历次全会精神。", published="2026-01-20").figures


def test_power_generation_by_source_and_the_whole_a_new_capacity_is_a_share_of():
    text = ("王大鹏介绍，2024年上半年，全国可再生能源发电新增装机1.34亿千瓦，占全国新增电力装机的88%。"
            "其中，水电新增装机498万千瓦，风电新增装机2584万千瓦，太阳能发电新增装机1.02亿千瓦。")
    about = {f.text: f.about.name if f.about else None for f in make_doc(text, published="2024-07-31").figures}
    assert about == {"1.34亿千瓦": "可再生能源", "88%": "可再生能源", "498万千瓦": "水电", "2584万千瓦": "风电",
                     "1.02亿千瓦": "太阳能发电"}


def test_the_whole_a_figure_contributes_to_is_not_what_it_is_about():
    text = "辛国斌表示，装备制造业增加值同比增长7.2%，对全部规上工业增长贡献率达到45.4%。"
    assert {f.text: f.about.name for f in make_doc(text, published="2024-11-01").figures} == {"7.2%": "装备制造", "45.4%": "装备制造"}


def test_figures_said_respectively_pair_with_the_list_the_clause_before_names():
    text = "累计培育国家级先进制造业集群41家、战略性新兴产业集群30家，分别占全国的51%和45%。"
    about = {f.text: f.about.name for f in make_doc(text, published="2024-11-07").figures}
    assert about["51%"] == "先进制造业" and about["45%"] == "战略性新兴产业"


def test_a_list_named_before_a_figure_with_none_of_its_own_is_about_its_first_item():
    text = ("据测算，2023年我国工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模约4.9万亿元，"
            "设备更新需求会不断扩大，这将是一个年规模5万亿元以上的巨大市场。")
    got = {f.text: (f.about.name, f.kind) for f in make_doc(text, published="2024-03-13").figures}
    assert got == {"约4.9万亿元": ("工业", "actual"), "5万亿元": ("工业", "target")}


def test_a_table_s_row_says_what_its_header_says_when_and_a_repeated_figure_counts_once():
    text = ("1—10月份，电信业务收入累计完成14628亿元，同比增长2.6%。\n\n"
            "| 指标 | 1—10月累计 | 同比增长 |\n|---|---|---|\n"
            "| 电信业务收入 | 14628亿元 | 2.6% |\n| 移动互联网接入流量 | 2773亿GB | 11.6% |\n")
    got = sorted((f.value, f.unit, f.metric, f.period) for f in make_doc(text, published="2024-11-20").figures)
    assert got == [("11.6", "%", "移动互联网接入流量同比增长", "2024-01/2024-10"),
                   ("1462800000000", "元", "电信业务收入", "2024-01/2024-10"),
                   ("2.6", "%", "电信业务收入同比增长", "2024-01/2024-10"),
                   ("277300000000", "GB", "移动互联网接入流量", "2024-01/2024-10")]


def test_a_year_since_which_a_total_runs_dates_it_from_then_to_the_report():
    assert figures("平台自2021年上线以来，累计助企融资金额突破1.3万亿元。", "2025-12-20") == [("1300000000000", "元", "2021/2025-12", "actual")]
    assert figures("2014年以来，已有981位志愿军烈士遗骸回到祖国。", "2024-11-29") == [("981", "位", "2014/2024-11", "actual")]


def test_a_subject_named_after_qi_zhong_is_a_part_and_no_subject_of_the_whole_before_it():
    text = "前5个月，全国固定资产投资同比增长3.7%，投资规模继续扩大，其中，航空、航天器及设备制造业投资保持两位数以上高增长。"
    assert [f.about for f in make_doc(text, published="2025-06-16").figures] == [None]


def test_since_a_month_or_last_year_and_the_thing_a_listed_product_is_for():
    assert figures("福建自贸试验区自2015年4月挂牌以来，累计进出口货值2.7万亿元。", "2025-05-19") == [
        ("2700000000000", "元", "2015-04/2025-05", "actual")]
    assert figures("去年以来，我国共安排15000亿元超长期特别国债。", "2025-11-27") == [("1500000000000", "元", "2024/2025-11", "actual")]
    text = "是去年以来月度增速中比较快的速度。4月份，服务业生产指数同比增长6%。"
    assert figures(text, "2025-05-19") == [("6", "%", "2025-04", "actual")]  # 去年以来 dates nothing after it
    text = "新能源汽车、汽车用锂离子动力电池、工业机器人产量分别增长38.9%、61.8%和51.5%。"
    assert [f.about.name for f in make_doc(text, published="2025-05-19").figures] == ["新能源汽车", "动力电池", "工业机器人"]


def test_a_number_said_in_two_parts():
    assert figures("全年节电1亿2千万度电。新增就业3万5千人。", "2024-12-20") == [
        ("120000000", "千瓦时", "2024", "actual"), ("35000", "人", "2024", "actual")]


def test_a_table_row_without_a_header_still_measures_what_its_first_cell_names():
    got = [(f.metric, f.value) for f in make_doc("主要指标如下。\n| 产量 | 5% |\n| 利润 | 3亿元 |\n", published="2024-11-01").figures]
    assert got == [("产量", "5"), ("利润", "300000000")]


def test_statistics_news_dates_and_subjects():
    text = ("国家统计局发布数据显示，2024年10月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%；非食品价格下降0.3%。\n\n"
            "10月份，扣除食品和能源价格的核心CPI同比上涨0.2%，涨幅比上月扩大0.1个百分点。\n")
    got = [(f.text, f.period, f.about.name if f.about else None) for f in make_doc(text, published="2024-11-09").figures]
    assert got == [("0.3%", "2024-10", None), ("0.3%", "2024-10", None), ("0.3%", "2024-10", None),
                   ("0.2%", "2024-10", None), ("0.1个百分点", "2024-10", None)]


def test_what_a_governor_announces_will_be_cut_is_planned_and_his():
    text = "潘功胜宣布，近期将下调存款准备金率0.5个百分点，向金融市场提供长期流动性约1万亿元。"
    got = [(f.text, f.kind, f.reported_by) for f in make_doc(text, published="2024-09-24").figures]
    assert got == [("0.5个百分点", "target", "潘功胜"), ("约1万亿元", "target", "潘功胜")]


def test_the_current_value_a_planned_change_starts_from_is_now():
    text = "潘功胜表示，将下调公开市场7天期逆回购操作利率，由目前的1.7%调降至1.5%。"
    assert figures(text, "2024-09-24") == [("1.7", "%", "../2024-09", "actual"), ("1.5", "%", "2024", "target")]


def test_what_a_policy_s_own_numbered_tasks_set_is_a_target_and_what_they_report_is_not():
    text = ("浙江省制造业数字化转型行动方案（2024—2026年）\n\n为加快推动制造业数字化转型，制定本方案。\n\n"
            "（一）推动产业集群数字化改造。每年推进30个细分行业中小企业数字化改造。2023年已完成改造企业5000家。\n")
    got = {f.text: f.kind for f in make_doc(text, published="2024-04-12").figures}
    assert got == {"30个": "target", "5000家": "actual"}
    reply = ("关于十四届全国人大二次会议第3125号建议的答复\n\n许建国代表：\n\n现答复如下：\n\n"
             "一、关于攻关。我部支持项目超过600项。\n\n工业和信息化部\n2024年7月8日\n")
    assert [f.kind for f in make_doc(reply, published="2024-07-08").figures] == ["actual"]


def test_a_projection_with_no_time_of_its_own_takes_no_past_year():
    text = "王鹏表示，2023年我国工业设备投资占全部设备投资的比重超过50%。据测算，这将带动每年超过5万亿元的市场空间。"
    assert figures(text, "2024-03-27") == [("50", "%", "2023", "actual"), ("5000000000000", "元", "", "target")]


def test_what_a_policy_sets_out_is_a_target_and_what_a_sector_pulls_is_its_own():
    text = "答：《行动方案》提出，2026—2027年，电子信息制造业年均营业收入增速在5%左右。"
    assert [f.kind for f in make_doc(text).figures] == ["target"]
    text = "装备制造业利润增长14.6%，拉动全部规上工业利润增长4.5个百分点。"
    assert [f.about.name for f in make_doc(text).figures] == ["装备制造", "装备制造"]
    text = "2024年，我国金属加工机床产量达到66万台，燃料电池汽车保有量约2.8万辆。"
    assert [f.about.name for f in make_doc(text).figures] == ["工业母机", "燃料电池汽车"]


def test_a_change_from_one_year_s_value_to_another_s_dates_each_value_by_its_own_year():
    text = "京津冀区域外贸总值由2014年的3.74万亿元增至2024年的5.03万亿元。今年工业增加值是2020年的1.24倍。"
    assert figures(text, "2025-02-26") == [("3740000000000", "元", "2014", "actual"), ("5030000000000", "元", "2024", "actual"),
                                           ("1.24", "倍", "2025", "actual")]


def test_up_to_a_date_is_no_target_and_the_past_year_is_last_year():
    assert figures("截止到2025年1月底，全国充电基础设施累计数量为1321.3万台。", "2025-02-20") == [
        ("13213000", "台", "../2025-01", "actual")]
    assert figures("过去一年，全国人大常委会共审议法律案39件。", "2025-03-07") == [("39", "件", "2024", "actual")]
    assert figures("天津今年将提升改造80个口袋公园。", "2025-02-20") == [("80", "个", "2025", "target")]


def test_since_a_year_named_with_what_began_then_runs_to_the_report():
    text = "自2017年首批环保设施向公众开放以来，共接待参访公众超2亿人次。"
    assert figures(text, "2025-03-18") == [("200000000", "人次", "2017/2025-03", "actual")]
    text = "今年1—2月，我国信息技术服务收入达到12585亿元。"
    assert [f.about.name for f in make_doc(text, published="2025-03-28").figures] == ["信息技术服务"]


def test_what_was_planned_already_is_done():
    assert figures("国家发展改革委规划了10个国家数据中心集群。", "2025-07-25") == [("10", "个", "2025", "actual")]


def test_a_size_class_is_no_amount():
    assert figures("力争到2027年，培育千亿元级消费品产业集群15个，新增15万吨级泊位2个。", "2026-09-16") == [
        ("15", "个", "2027", "target"), ("2", "个", "2027", "target")]


def test_a_paragraph_breaking_down_the_one_before_is_of_its_time():
    text = ("工业和信息化部运行监测协调局20日发布数据，1—10月，我国软件业务收入125000亿元，同比增长12.2%。\n\n"
            "分领域看，软件产品收入26000亿元，同比增长9.8%。\n\n分地区看，东部地区完成软件业务收入103000亿元。\n")
    assert {f.period for f in make_doc(text, published="2026-11-20").figures} == {"2026-01/2026-10"}
    text = ("“十四五”期间，我国专精特新中小企业增至14万家以上。\n\n从创新能力看，2024年“小巨人”企业户均拥有发明专利26.6项。\n\n"
            "从行业分布看，超六成“小巨人”企业深耕工业基础领域。\n")
    assert [f.period for f in make_doc(text, published="2025-11-13").figures] == ["2021/2025", "2024", "2025"]


def test_chips_and_wafers_are_counted_in_their_own_units():
    assert figures("一季度，集成电路产量达到796亿块，硅片月产能50万片。", "2021-04-20") == [
        ("79600000000", "块", "2021-01/2021-03", "actual"), ("500000", "片", "2021-01/2021-03", "actual")]


def test_what_the_reporter_learned_opens_the_sentence_and_the_central_budget_is_no_party_centre():
    text = "记者12日从财政部了解到，1—5月，全国一般公共预算收入96000亿元。其中，全国税收收入78000亿元。中央一般公共预算收入42000亿元。"
    doc = make_doc(text, published="2026-06-12")
    assert [f.period for f in doc.figures] == ["2026-01/2026-05"] * 3
    assert not [m for m in doc.mentions if m.name == "中共中央"]


def test_a_forecast_s_change_is_forecast_too_and_an_expectations_index_is_measured():
    assert figures("2024年，长江干线港口货物吞吐量预计将达40.2亿吨，同比增长3.9%。", "2024-12-20") == [
        ("4020000000", "吨", "2024", "target"), ("3.9", "%", "2024", "target")]
    assert figures("10月份生产经营活动预期指数为54%，较上月上升2个百分点。", "2024-10-31") == [
        ("54", "%", "2024-10", "actual"), ("2", "个百分点", "2024-10", "actual")]


def test_a_forecast_carries_to_the_clauses_after_it_and_a_planned_change_starts_from_now():
    text = "投运后，预计每年发电69亿度，可满足200万户家庭一年使用。"
    assert [f.kind for f in make_doc(text, published="2024-12-20").figures] == ["target", "target"]
    text = "预计将释放长期流动性约1万亿元，同时阶段性将汽车金融公司存款准备金率从5%调降至0%。"
    assert [f.kind for f in make_doc(text, published="2025-05-07").figures] == ["target", "actual", "target"]
    text = "欧佩克将2024年全球日均石油需求较上年增长量预期从203万桶下调至193万桶。"
    assert [f.kind for f in make_doc(text, published="2024-10-15").figures] == ["target", "target"]


def test_what_will_change_from_one_value_to_another_reaches_a_planned_value():
    assert figures("零关税商品税目将由1900个扩大至6600个。", "2025-11-28") == [
        ("1900", "个", "2025", "actual"), ("6600", "个", "2025", "target")]


def test_a_plan_s_end_is_its_last_year_and_a_base_and_a_value_from_a_year_are_told_apart():
    assert figures("“十三五”末，我国5G基站达71.8万个。", "2025-03-01") == [("718000", "个", "2020", "actual")]
    text = "发明专利拥有量已达147.2万件，是“十三五”末的2.2倍。参保率从2020年的91%提高到95%以上。"
    assert figures(text, "2025-03-01") == [("1472000", "件", "2025", "actual"), ("2.2", "倍", "2025", "actual"),
                                           ("91", "%", "2020", "actual"), ("95", "%", "2025", "actual")]


def test_the_three_sectors_measure_their_own_use_and_a_range_s_lower_end_is_no_words_of_the_metric():
    text = "其中，第一产业用电量1073亿千瓦时；第一产业和第三产业用电量增长较快，分别同比增长20.2%和10.7%。到2027年，培育3—5家系统集成企业。"
    doc = make_doc(text, published="2025-10-31")
    assert [(f.metric, f.about.name) for f in doc.figures[:3]] == [
        ("第一产业用电量", "农业"), ("同比增长", "农业"), ("同比增长", "服务业")]
    assert [f.metric for f in doc.figures[3:]] == ["培育系统集成企业"]


def test_a_value_reached_by_a_past_year_is_done_and_a_value_to_be_reached_by_a_year_is_planned():
    text = "高技术制造业在工业中的占比由2012年的9.4%提高到2021年的15.1%。我们将从2020年的10%提高到2025年的15%。"
    assert figures(text, "2022-10-01") == [("9.4", "%", "2012", "actual"), ("15.1", "%", "2021", "actual"),
                                           ("10", "%", "2020", "actual"), ("15", "%", "2025", "target")]


def test_a_change_said_against_a_base_measures_the_figure_before_it_and_at_most_is_no_more_than():
    text = "民营企业进出口19.28万亿元，占我国外贸总值的57.4%，比去年同期提升1.6个百分点。全国教育经费总投入为64595亿元，比上年增长5.3%。"
    assert [f.metric for f in make_doc(text, published="2025-10-13").figures] == [
        "民营企业进出口", "民营企业进出口占我国外贸总值", "民营企业进出口占我国外贸总值比去年同期提升", "全国教育经费总投入", "全国教育经费总投入比上年增长"]
    doc = make_doc("中央财政对每个试点城市给予不超过1.5亿元的定额奖补。", published="2025-07-18")
    assert [(f.text, f.qualifier, f.metric) for f in doc.figures] == [("不超过1.5亿元", "不超过", "中央财政对每个试点城市给予")]


def test_what_will_be_done_again_is_planned():
    assert figures("“十四五”期间，我们将再培育1万家左右专精特新“小巨人”企业。", "2021-03-01") == [
        ("10000", "家", "2021/2025", "target")]


def test_a_plan_goes_on_after_a_semicolon():
    text = "《工作方案》提出，2025年，力争实现全年汽车销量3230万辆左右；汽车制造业增加值同比增长6%左右。"
    assert [f.kind for f in make_doc(text, published="2025-09-23").figures] == ["target", "target"]
    text = "今年1—7月，港口完成货物吞吐量23.4亿吨，同比增长4.8%；货物通过量同比增长15.3%。"
    assert [f.kind for f in make_doc(text, published="2025-08-08").figures] == ["actual", "actual", "actual"]


def test_up_to_this_or_last_year_s_month_and_a_quoted_item_of_a_list_and_a_narrowed_fall():
    text = ("截至今年7月底，我国移动电话用户总数达18.1亿户。截至去年底，建成5G基站425.1万个。\n\n"
            "我国已累计培育专精特新中小企业14.1万家、专精特新“小巨人”企业1.46万家。\n\n"
            "10月份，全国工业生产者出厂价格（PPI）同比下降2.1%，降幅比上月收窄0.2个百分点。")
    doc = make_doc(text, published="2025-09-16")
    assert [(f.metric, f.period) for f in doc.figures] == [
        ("移动电话用户总数", "../2025-07"), ("建成5G基站", "../2024-12"), ("培育专精特新中小企业", "2025"),
        ("专精特新“小巨人”企业", "2025"), ("全国工业生产者出厂价格（PPI）", "2025-10"),
        ("全国工业生产者出厂价格（PPI）降幅比上月收窄", "2025-10")]


def test_the_addressees_of_a_reply_are_no_statistic_and_the_first_is_a_deputy():
    text = ("关于十四届全国人大三次会议第2096号建议的答复\n\n李明等5位代表：\n\n"
            "你们提出的关于加快推进氢能产业高质量发展的建议收悉。\n\n国家能源局\n2025年6月26日\n")
    doc = make_doc(text)
    assert not doc.figures
    assert [(r.subject.name, r.role) for r in doc.relations if r.predicate == "membership"] == [("李明", "代表")]


def test_up_to_a_month_in_words_and_the_year_it_names_dates_what_follows():
    text = ("截至今年六月底，我国可再生能源发电装机已突破16.5亿千瓦。\n\n"
            "截至2025年底，我国发明专利有效量达631.8万件。平台全年为企业挽回损失27.5亿元。")
    assert figures(text, "2026-05-07") == [("1650000000", "千瓦", "../2026-06", "actual"),
                                           ("6318000", "件", "../2025-12", "actual"), ("2750000000", "元", "2025", "actual")]


def test_what_a_number_counts_may_be_a_quoted_name_with_latin_letters_or_a_kind_of_scene():
    text = "到2027年，培育100个以上“5G+工业互联网”标杆园区，打造100个以上典型应用场景。"
    assert [f.metric for f in make_doc(text, published="2025-04-10").figures] == ["培育“5G+工业互联网”标杆园区", "典型应用场景"]


def test_the_date_a_rule_applies_from_is_not_the_report_s():
    text = "国务院总理日前签署国务院令，公布《条例》，自2022年11月1日起施行。\n\n2022年10月25日，司法部负责人就《条例》答记者问。"
    assert make_doc(text).document.published == "2022-10-25"


def test_items_counted_in_a_list_each_take_the_verb_and_their_own_noun_and_a_base_named_by_its_plan_is_no_period():
    text = "我们累计建成3万余家基础级智能工厂、1200余家先进级智能工厂和230余家卓越级智能工厂。"
    assert [f.metric for f in make_doc(text, published="2025-07-21").figures] == [
        "建成基础级智能工厂", "建成先进级智能工厂", "建成卓越级智能工厂"]
    text = "货物贸易规模2024年达到6.16万亿美元，比“十三五”末的2020年增长32.4%。"
    assert [f.period for f in make_doc(text, published="2025-03-01").figures] == ["2024", "2024"]


def test_a_measure_of_the_whole_economy_is_about_no_industry_named_before_but_a_share_of_it_is():
    text = ("付凌晖：\n\n前三季度，装备制造业增加值同比增长9.7%，高技术制造业增加值增长9.6%。\n\n"
            "9月份，全国城镇调查失业率为5.2%。“三新”经济增加值同比增长6.2%，占GDP的比重达18.39%。")
    doc = make_doc(text, published="2025-10-20")
    assert [(f.text, f.about.name if f.about else "") for f in doc.figures] == [
        ("9.7%", "装备制造"), ("9.6%", "高技术制造业"), ("5.2%", ""), ("6.2%", "三新"), ("18.39%", "三新")]


def test_the_economy_s_new_firms_are_of_no_sector_the_paragraph_named():
    text = "汕尾大力打造海上风电产业，吸引多家龙头企业落户。今年前五个月，汕尾全市新增注册企业近两万家，同比增长近10%。"
    doc = make_doc(text, published="2023-06-25")
    assert [(f.text, f.about.name if f.about else "") for f in doc.figures] == [("近两万家", ""), ("近10%", "")]


def test_a_size_class_counts_nothing_but_a_share_above_a_level_does():
    text = ("到2027年，培育千亿元以上规模的生态主导型企业3—5家。2万元以下的退税款可当场领取。"
            "我国90%以上的博物馆已实现免费开放。流域面积3000平方千米的河流有50条。")
    assert [(f.text, f.unit, f.metric) for f in make_doc(text, published="2025-06-01").figures] == [
        ("5家", "家", "培育千亿元以上规模的生态主导型企业"), ("90%", "%", "博物馆"), ("3000平方千米", "平方千米", "流域面积"),
        ("50条", "条", "流域面积3000平方千米的河流有")]


def test_an_early_year_report_of_what_a_year_came_to_is_dated_the_year_after():
    text = ("新华社北京2月10日电 八部门近日联合印发《新型储能制造业高质量发展行动方案》。\n\n"
            "有关负责人表示，2024年，我国锂离子电池产业规模超过1.2万亿元。")
    assert make_doc(text).document.published == "2025-02-10"
    plan = "新华社北京2月10日电 八部门近日联合印发《行动方案》。2024年，力争锂离子电池产业规模超过1.2万亿元。"
    assert make_doc(plan).document.published == "2024-02-10"


def test_a_contribution_to_the_whole_economy_is_the_part_s():
    text = "今年前三季度，制造业增加值增长6.7%，对GDP增长的贡献率达到30%。"
    assert [f.about.name for f in make_doc(text, published="2025-10-20").figures] == ["制造业", "制造业"]


def test_an_answer_naming_no_time_is_of_the_part_of_the_year_its_question_asks_about():
    text = "记者：请介绍一下今年前三季度工业经济运行情况。\n\n谢少锋：规模以上工业增加值同比增长6.2%，制造业增加值增长6.7%。"
    assert [f.period for f in make_doc(text, published="2025-10-21").figures] == ["2025-01/2025-09", "2025-01/2025-09"]
    told = "记者：请介绍一下今年前三季度工业经济运行情况。\n\n谢少锋：2024年，规模以上工业增加值同比增长5.8%。"
    assert [f.period for f in make_doc(told, published="2025-10-21").figures] == ["2024"]


def test_a_month_not_yet_begun_when_a_release_is_published_is_last_year_s():
    text = ("2024年12月份，规模以上工业增加值同比增长6.2%。\n\n"
            "分三大门类看，12月份，采矿业增加值同比增长4.2%。\n\n截至今年6月底，光伏装机突破8亿千瓦。")
    assert figures(text, "2025-01-17") == [("6.2", "%", "2024-12", "actual"), ("4.2", "%", "2024-12", "actual"),
                                           ("800000000", "千瓦", "../2025-06", "actual")]
    ahead = "沙特宣布，8月份将日均减产50万桶石油。四五月份，19%的进口额以人民币结算。"
    assert figures(ahead, "2023-06-17") == [("500000", "桶", "2023-08", "actual"), ("19", "%", "2023-04/2023-05", "actual")]
    review = ("国务院新闻办公室今天举行新闻发布会，介绍国民经济运行情况。\n\n"
              "初步核算，全年国内生产总值比上年增长5.2%。分季度看，一季度增长4.5%。北约称，将从下周起至5月举行演习。")
    assert figures(review, "2024-01-17") == [("5.2", "%", "2023", "actual"), ("4.5", "%", "2023-01/2023-03", "actual")]


def test_an_item_of_a_list_named_once_before_is_no_topic_of_the_figures_after_it():
    text = "我们实施重点产业链高质量发展行动，集成电路、航空航天、生物医药等产业加快发展。全年新培育“小巨人”企业3000余家。"
    assert [f.about for f in make_doc(text, published="2025-01-21").figures] == [None]
    topic = "三是信息通信业平稳发展。电信业务收入累计完成1.36万亿元。"
    assert [f.about.name for f in make_doc(topic, published="2020-12-24").figures] == ["信息通信"]


def test_a_clause_after_a_semicolon_opening_with_what_it_counts_is_not_about_the_clause_before():
    text = "信息通信业稳步发展。截至2024年底，5G基站总数达到425.1万个；网民规模达11.08亿人。"
    assert [f.about.name for f in make_doc(text, published="2025-01-21").figures] == ["5G", "信息通信"]
    carried = "1—7月份，全国规模以上工业企业实现利润总额40203.5亿元；实现营业收入78.07万亿元。"
    assert [f.about.name for f in make_doc(carried, published="2025-08-27").figures] == ["工业", "工业"]


def test_a_figure_a_story_repeats_from_its_headline_is_kept_once_as_the_story_says_it():
    roundup = ("央视网消息（新闻联播）：\n三峡枢纽年通过货运量再创新高\n记者今天从三峡集团获悉，2023年，三峡枢纽年通过货运量达1.72亿吨。\n"
               "前11个月我国软件业利润同比增长12.9%\n")
    repeated = roundup + "工业和信息化部数据显示，今年前11个月，我国软件业务收入突破11万亿元；利润总额达到13033亿元，同比增长12.9%。"
    found = [(f.text, f.metric) for f in make_doc(repeated, published="2023-12-31").figures]
    assert found == [("1.72亿吨", "三峡枢纽年通过货运量"), ("11万亿元", "软件业务收入"), ("13033亿元", "利润总额"),
                     ("12.9%", "利润总额同比增长")]
    not_repeated = roundup + "工业和信息化部数据显示，软件业务收入保持较快增长。"
    assert [f.text for f in make_doc(not_repeated, published="2023-12-31").figures] == ["1.72亿吨", "12.9%"]


def test_a_figure_in_one_numbered_item_is_not_about_what_an_earlier_item_names():
    text = ("答：一是加强统筹协调。二是加大金融支持，引导基金加大投入。三是开展“揭榜挂帅”。工业和信息化部将会同有关部门，"
            "力争推动50项以上标志性产品实现应用。")
    assert [f.about for f in make_doc(text, published="2026-02-10").figures] == [None]
    intro = "答：关于新能源汽车，一是加快充电设施建设。二是扩大消费。今年销量达到1300万辆。"
    assert [f.about.name for f in make_doc(intro, published="2026-02-10").figures] == ["新能源汽车"]


def test_a_figure_of_one_firm_s_clause_is_not_about_what_another_firm_s_clause_names():
    text = "今年以来，中国石油化工集团有限公司建成全国首个光伏制氢项目，国家电网有限公司投运特高压工程12项。"
    assert [f.about for f in make_doc(text, published="2026-10-23").figures] == [None]
    same_firm = "今年以来，中国石油化工集团有限公司发展光伏产业，中国石油化工集团有限公司新建光伏电站12座。"
    assert [f.about.name for f in make_doc(same_firm, published="2026-10-23").figures] == ["光伏"]


def test_plans_counted_are_done_and_a_paragraph_stating_a_policy_s_goals_is_one_target():
    done = "“十四五”以来，工业和信息化部编制印发了《“十四五”智能制造发展规划》等27个专项规划。"
    assert [f.kind for f in make_doc(done, published="2025-01-21").figures] == ["actual"]
    goals = ("《实施意见》提出，到2025年，未来产业技术创新全面发展。建设一批未来产业孵化器，打造百项前沿关键核心技术。\n\n"
             "2023年，全国建成孵化器50个。")
    assert figures(goals, "2024-01-29") == [("100", "项", "2025", "target"), ("50", "个", "2023", "actual")]


def test_the_change_of_a_planned_figure_in_its_own_clause_is_planned_and_what_was_allocated_is_the_metric():
    text = "今年我们将安排超长期特别国债资金3000亿元支持消费品以旧换新，比去年增加1500亿元。目前已下达超过1000亿元。"
    found = make_doc(text, published="2025-03-20").figures
    assert [f.kind for f in found] == ["target", "target", "actual"]
    assert found[-1].metric == "下达"


def test_bi_opening_a_firm_s_name_compares_nothing():
    text = "比亚迪股份有限公司董事长王传福说，2023年比亚迪新能源汽车销量达到302万辆。"
    assert [f.about.name for f in make_doc(text, published="2024-03-06").figures] == ["新能源汽车"]


def test_what_a_verb_of_making_counts_is_the_metric_and_what_except_sets_aside_is_not_the_topic():
    made = "到2025年，突破百项前沿关键核心技术，形成百项标志性产品，组建20个创新联合体。"
    assert [f.metric for f in make_doc(made, published="2024-01-29").figures] == \
        ["突破前沿关键核心技术", "形成标志性产品", "组建创新联合体"]
    retail = "10月份，社会消费品零售总额41000亿元。其中，除汽车以外的消费品零售额36500亿元，增长3.2%。"
    assert [f.about.name for f in make_doc(retail, published="2025-11-14").figures] == ["消费品"] * 3


def test_national_fixed_asset_investment_measures_the_whole_economy_not_the_industry_before_it():
    text = "1—10月份，高技术制造业增加值同比增长9.2%。1—10月份，全国固定资产投资（不含农户）408000亿元，同比下降1.7%。"
    assert [f.about and f.about.name for f in make_doc(text, published="2025-11-14").figures] == \
        ["高技术制造业", None, None]


def test_a_clause_after_a_specific_industry_is_not_about_the_whole_its_measure_is_named_after():
    text = "2024年，纺织行业规模以上企业工业增加值同比增长4.4%，出口额3011亿美元。"
    assert [f.about.name for f in make_doc(text, published="2025-06-12").figures] == ["纺织", "纺织"]


def test_a_forecast_in_the_clause_after_a_figure_measures_the_same_thing():
    text = "据统计，2024年我国人形机器人市场规模约27.6亿元，预计2030年将超过1000亿元。"
    found = make_doc(text, published="2025-08-20").figures
    assert [(f.metric, f.period, f.kind) for f in found] == [("人形机器人市场规模", "2024", "actual"),
                                                            ("人形机器人市场规模", "2030", "target")]


def test_a_measure_of_what_a_sector_is_not_is_not_about_that_sector():
    text = "5月份，制造业采购经理指数为49.5%。非制造业商务活动指数为50.3%。"
    assert [f.about and f.about.name for f in make_doc(text, published="2025-05-31").figures] == ["制造业", None]


def test_the_batch_a_figure_belongs_to_is_not_what_it_measures():
    text = "截至目前，第三批690亿元超长期特别国债资金已下达。"
    assert [f.metric for f in make_doc(text, published="2025-11-20").figures] == ["超长期特别国债资金"]


def test_a_range_of_years_and_the_first_two_months_are_periods():
    text = "2013—2021年，基础设施投资年均增长12.0%。\n\n今年前两个月，实际利用外资增长6.1%。"
    assert figures(text, "2023-04-18") == [("12", "%", "2013/2021", "actual"), ("6.1", "%", "2023-01/2023-02", "actual")]
    later = "2013—2021年，全社会固定资产投资年均增长9.4%。第一产业投资年均增长13.9%。"
    assert [f.period for f in make_doc(later, published="2022-09-24").figures] == ["2013/2021", "2021"]


def test_high_tech_industry_is_broader_than_high_tech_manufacturing():
    text = "1—10月份，高技术产业投资增长10.6%，其中高技术制造业投资增长9.5%，高技术服务业投资增长11%。"
    assert [f.about.name for f in make_doc(text, published="2025-11-14").figures] == ["高技术产业", "高技术制造业", "高技术服务业"]


def test_what_a_count_after_a_list_with_deng_counts_is_the_nouns_after_the_number():
    text = "中国第一汽车集团有限公司、比亚迪股份有限公司等20余家企业负责人参加座谈。生态环境部等18家单位近日联合印发意见。"
    assert [f.metric for f in make_doc(text, published="2024-11-18").figures] == ["企业负责人", "单位"]


def test_what_the_counted_things_have_is_not_what_is_counted_and_the_goal_s_year_is_no_metric():
    text = "下一步，我们将力争到2027年培育200家左右具有国际竞争力的领航企业。目前已完成27项相关标准的制定。"
    assert [f.metric for f in make_doc(text, published="2024-07-05").figures] == ["培育领航企业", "完成相关标准"]


def test_a_share_hedged_before_zhan_is_qualified_and_a_level_kept_is_no_verb_of_the_metric():
    text = "2020年，我国工业能耗约占全社会总能耗的65%。制造业增加值占GDP比重保持在26%左右。非化石能源发电装机占总装机比重提高到55.9%。"
    found = make_doc(text, published="2022-08-01").figures
    assert [(f.metric, f.qualifier) for f in found] == [("工业能耗占全社会总能耗", "约"), ("制造业增加值占GDP比重", "左右"),
                                                        ("非化石能源发电装机占总装机比重", "")]


def test_a_respectively_clause_after_figures_standing_alone_gives_each_its_change():
    text = "上半年，装备制造业增加值增长7.7%，高技术制造业增加值增长8.7%，分别快于全部规上工业1.7和2.7个百分点。"
    found = make_doc(text, published="2024-07-15").figures
    assert [(f.value, f.about.name) for f in found] == [("7.7", "装备制造"), ("8.7", "高技术制造业"),
                                                        ("1.7", "装备制造"), ("2.7", "高技术制造业")]
    assert found[2].metric == "装备制造业增加值快于全部规上工业"


def test_a_sentence_breaking_down_the_figure_before_measures_the_same_thing():
    text = "上半年，全国规模以上工业增加值同比增长6.0%。其中，二季度增长5.6%。"
    found = make_doc(text, published="2019-07-24").figures
    assert [(f.metric, f.period) for f in found] == [("全国规模以上工业增加值", "2019-01/2019-06"),
                                                     ("全国规模以上工业增加值", "2019-04/2019-06")]


def test_a_list_of_measures_with_as_many_figures_gives_each_figure_its_measure():
    text = "规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。"
    assert [f.metric for f in make_doc(text, published="2024-03-13").figures] == \
        ["规模以上工业企业数字化研发设计工具普及率", "关键工序数控化率"]


def test_a_paragraph_opening_with_a_year_to_come_states_goals_in_each_sentence():
    text = "到2027年，设备投资规模较2023年增长25%以上。二手车交易量较2023年增长45%。\n\n到2020年底，已建成5G基站71.8万个。"
    found = make_doc(text, published="2024-03-13").figures
    assert [(f.period, f.kind) for f in found] == [("2027", "target"), ("2027", "target"), ("../2020-12", "actual")]


def test_the_batches_a_figure_comes_in_are_not_what_it_measures():
    text = "2024年第一批推荐性国家标准共立项423项。中央财政安排奖补资金，分三批重点支持1000余家“小巨人”企业。"
    assert [f.metric for f in make_doc(text, published="2024-08-02").figures] == ["推荐性国家标准共立项", "重点支持“小巨人”企业"]


def test_fixed_broadband_and_gigabit_networks_are_sectors_of_their_own():
    text = "5G基站总数达364.7万个。千兆宽带用户达1.7亿户，光纤宽带用户占比达到91%。"
    assert [f.about.name for f in make_doc(text, published="2024-04-19").figures] == ["5G", "千兆光网", "宽带"]


def test_a_list_of_changes_after_a_list_of_figures_gives_each_change_the_measure_in_its_place():
    text = "10月份，制造业采购经理指数、非制造业商务活动指数和综合PMI产出指数分别为50.1%、50.2%和50.8%，比上月上升0.3、0.2和0.4个百分点。"
    found = make_doc(text, published="2024-10-31").figures
    assert [f.metric for f in found[3:]] == ["制造业采购经理指数比上月上升", "非制造业商务活动指数比上月上升", "综合PMI产出指数比上月上升"]
    assert [f.about and f.about.name for f in found][:2] == ["制造业", None]  # 非制造业 is no 制造业


def test_the_aspects_a_policy_covers_are_not_what_it_counts_and_trips_are_counted_in_trips():
    text = "《意见》从挖掘餐饮住宿等基础型消费潜力，激发文化娱乐、旅游等改善型消费活力等方面提出20项重点任务。上半年，国内出游人次27.25亿。"
    assert [(f.metric, f.unit) for f in make_doc(text, published="2024-08-09").figures] == [("重点任务", "项"), ("国内出游人次", "人次")]


def test_a_cumulative_pair_of_values_shares_its_measure_its_quarter_end_and_its_change():
    text = ("截至2024年一季度末，全国已建成投运新型储能项目累计装机规模达3530万千瓦/7768万千瓦时，较2023年底增长超过210%。"
            "2023年，我国人形机器人产业规模约为27亿元。")
    found = make_doc(text, published="2024-05-20").figures
    assert [(f.metric, f.period, f.qualifier) for f in found] == [
        ("全国已建成投运新型储能项目累计装机规模", "../2024-03", ""), ("全国已建成投运新型储能项目累计装机规模", "../2024-03", ""),
        ("全国已建成投运新型储能项目累计装机规模较2023年底增长", "../2024-03", "超过"), ("人形机器人产业规模", "2023", "约")]


def test_a_dateline_does_not_hide_the_period_that_opens_the_news_and_its_breakdowns():
    text = ("本报北京10月28日讯（记者 张三丰）工业和信息化部最新数据显示，前三季度，我国软件业务收入97450亿元，同比增长10.8%；"
            "利润总额11637亿元，同比增长9.3%。\n分领域看，软件产品收入22026亿元，同比增长10.2%。")
    found = make_doc(text, published="2024-10-28").figures
    assert {f.period for f in found} == {"2024-01/2024-09"}
    assert found[-1].about.name == "软件产品"


def test_which_term_is_no_count_of_terms():
    text = "选举产生了全国妇联新一届领导班子。提请全国政协十四届常委会第四次会议审议。进博会已成功举办五届。"
    assert [(f.value, f.unit) for f in make_doc(text, published="2023-10-30").figures] == [("5", "届")]


def test_trade_and_foreign_investment_are_measures_of_the_whole_economy():
    text = "2024年，社会消费品零售总额达到48.8万亿元。货物贸易进出口总额43.8万亿元，增长5%。全国实际使用外资8262.5亿元。"
    found = make_doc(text, published="2025-01-20").figures
    assert [f.about and f.about.name for f in found] == ["消费品", None, None, None]


def test_a_quoted_name_counted_after_a_number_is_whole():
    text = "提出到2025年，在全国打造500个左右的县域商业“领跑县”。"
    assert [f.metric for f in make_doc(text, published="2024-07-08").figures] == ["县域商业“领跑县”"]


@pytest.mark.parametrize("text, period", [
    ("党的十八大以来，我国累计建成5G基站337.7万个。", "2012/2024-03"),
    ("“十四五”以来，累计发布国家标准9000余项。", "2021/2024-03"),
    ("十年来，我国研发经费投入增长了2.2倍。", "2014/2024-03"),
    ("近五年，我国单位GDP能耗累计下降11.6%。", "2019/2023"),
    ("多年来，累计投入100亿元。", "2024"),  # no number of years: the document's
    ("目前，冬小麦一、二类苗比例比近5年同期高2.6个百分点。", "../2024-03"),  # the base of a change, not the span
])
def test_spans_since_a_congress_a_plan_or_some_years_and_the_last_years(text, period):
    assert [f.period for f in make_doc(text, published="2024-03-01").figures] == [period]


def test_a_bare_number_in_a_table_takes_the_unit_its_row_names():
    text = ("2023年，集成电路产业规模持续扩大。\n\n| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n"
            "| 集成电路产量（亿块） | 3242 | 3514 |\n| 集成电路出口额（亿美元） | 1539 | 1360 |\n")
    found = make_doc(text, published="2024-07-30").figures
    assert [(f.value, f.unit, f.metric, f.period) for f in found] == [
        ("324200000000", "块", "集成电路产量", "2022"), ("351400000000", "块", "集成电路产量", "2023"),
        ("153900000000", "美元", "集成电路出口额", "2022"), ("136000000000", "美元", "集成电路出口额", "2023")]


def test_what_will_be_arranged_as_a_whole_is_planned():
    text = "今年将统筹安排3000亿元左右超长期特别国债资金，支持大规模设备更新。"
    assert [f.kind for f in make_doc(text, published="2024-07-26").figures] == ["target"]


def test_what_a_count_of_things_measures_and_the_whole_place_that_has_them_are_no_metric():
    text = "截至目前，全国已有141家钢铁企业约5.9亿吨粗钢产能完成改造。目前已有来自50多个国家和地区的3000多家企业报名参展。"
    assert [f.metric for f in make_doc(text, published="2024-03-01").figures] == ["钢铁企业", "粗钢产能", "国家", "企业"]


def test_a_sentence_that_opens_by_naming_its_goals_states_a_goal_in_each_clause():
    text = ("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；"
            "粮食产量1.3万亿斤以上。")
    assert [f.kind for f in make_doc(text, published="2024-03-05").figures] == ["target"] * 4


def test_an_idiom_s_round_numbers_are_no_figure():
    assert figures("今天来看《守护“一老一小”民生保障惠及千家万户》，千方百计保供应。") == []
    assert figures("近千家企业参展。") == [("1000", "家", "2020", "actual")]
    assert ("10", "个", "2020", "actual") in figures("全省形成十多个千亿产业集群。")


@pytest.mark.parametrize("text, sector", [
    ("今年一季度，我国保险业实现保费收入2.31万亿元。", "保险业"),  # sectors of finance, by their statistics' names
    ("一季度末，我国银行业金融机构普惠型小微企业贷款余额38.8万亿元。", "银行业"),
    ("今年一季度，我国数字产业实现收入9.5万亿元。", "数字产业"),
    ("1—4月，我国邮政行业寄递业务量累计完成701.6亿件。", "邮政快递"),
])
def test_the_sectors_statistics_are_about_them(text, sector):
    assert [f.about.name if f.about else None for f in make_doc(text).figures] == [sector]


def test_a_sector_made_a_process_is_none():
    assert not [m for m in make_doc("推进数字产业化和产业数字化。").mentions if m.label.value == "Industry"]
    assert not [m for m in make_doc("开展保险业务，发展养老保险。").mentions if m.label.value == "Industry"]
    kept = {m.text for m in make_doc("能源化工项目投产。农业机械化率达98%。").mentions if m.label.value == "Industry"}
    assert kept == {"能源", "化工", "农业机械"}  # a word of its own after it, or the process measured


def test_a_numeral_inside_a_quoted_programme_s_name_is_no_figure():
    assert figures("人力资源社会保障部启动第七届“百日千万招聘专项行动”。") == []
    assert figures("浙江深入实施“千万工程”，带动1.2万个村。") == [("12000", "个", "2020", "actual")]
    assert figures("目标是“新增千万吨产能”。") == [("10000000", "吨", "2020", "target")]  # a measure: an amount
    assert figures("深入实施新一轮千亿斤粮食产能提升行动。") == []  # the round amount a programme is named after
    assert figures("带动千亿元投资，实施光伏工程。") == [("100000000000", "元", "2020", "actual")]


def test_what_a_place_will_open_is_a_target():
    assert figures("争创全国低空经济示范区，山东将开通50条以上市内无人机航线。", "2025-03-05") == [("50", "条", "2025", "target")]


def test_transactions_and_orders_are_counted():
    assert figures("年交易量超1万亿笔，快递日均处理量超过3亿单。") == [
        ("1000000000000", "笔", "2020", "actual"), ("300000000", "单", "2020", "actual")]


def test_a_plan_opening_the_sentence_after_where_it_is_made_sets_each_goal():
    got = figures("在重庆，当地今年计划新开工改造城镇老旧小区1227个，对老旧住宅加装电梯4000部，完成充电端口设施建设2万个以上。",
                  "2025-06-01")
    assert [kind for *_, kind in got] == ["target", "target", "target"]


def test_a_law_named_near_a_figure_is_not_what_it_measures():
    got = make_doc("欧盟5日以违反欧盟反垄断法为由对美国谷歌公司处以29.5亿欧元罚款。"
                   "十四届全国人大代表依照选举法选出。全国人大代表共2977名。", published="2025-09-06").figures
    assert {f.text for f in got} >= {"29.5亿欧元", "2977名"}
    assert all(f.about is None or not f.about.name.endswith("法") for f in got)


def test_a_year_with_before_is_a_deadline_ahead_and_a_date_behind_and_basis_points_are_a_unit():
    assert figures("北约领导人决定在2035年前将年度国防开支提高至国内生产总值的5%。", "2025-06-26") == [("5", "%", "2035", "target")]
    assert figures("2019年前，全省工业增加值占比为30%。", "2025-06-26") == [("30", "%", "2019", "actual")]
    assert figures("4月，企业新发放贷款平均利率比上月低约4个基点。", "2025-05-20") == [("4", "个基点", "2025-04", "actual")]


def test_a_numbered_institute_is_no_count_and_a_military_target_no_goal():
    assert figures("蒋成保院士团队联合中电科9所开展协同攻关。全省共有高校9所。", "2024-09-10") == [("9", "所", "2024", "actual")]
    assert len(figures("试点高校包括山东大学等11所高校和香港大学、香港中文大学2所。", "2024-09-10")) == 2
    assert figures("该组织14日对以军目标发动了十多次打击。", "2024-09-15") == [("10", "次", "2024", "actual")]


def test_the_date_in_brackets_after_today_is_no_part_of_the_metric():
    got = metrics("记者从交通运输部获悉，今天（2月19日）全社会跨区域人员流动量预计超3.39亿人次，同比增长11.5%。", "2026-02-19")
    assert [metric for _, _, metric, _ in got] == ["全社会跨区域人员流动量", "全社会跨区域人员流动量同比增长"]


@pytest.mark.parametrize("text, published", [
    ("商务大数据显示，2月15日，全国酒店住宿交易额增长32.7%，冰雪游消费额增长1.2倍。", "2026-02-16"),  # where the data come from
    ("美国劳工部发布的数据显示，由于中东局势推动能源价格上涨，3月美国消费者价格指数环比上涨0.9%。", "2026-04-11"),  # a whole economy's prices
])
def test_figures_of_no_industry_the_source_or_the_cause_names(text, published):
    assert [f.about for f in make_doc(text, published=published).figures] == [None] * len(make_doc(text, published=published).figures)


def test_finance_s_own_statistics_are_about_finance():
    got = make_doc("金融统计数据显示，8月末，广义货币（M2）余额286.93万亿元，同比增长10.6%。", published="2023-09-12").figures
    assert {f.about.name for f in got if f.about} == {"金融"}


def test_a_count_after_a_list_of_examples_is_about_what_it_counts():
    got = make_doc("上海将聚焦集成电路、生物医药、新能源汽车等16个先进制造业集群，分行业制定数字化转型路线图。", published="2024-05-01").figures
    assert [(f.value, f.about.name if f.about else None) for f in got] == [("16", "先进制造业")]


def test_a_figure_after_a_page_break_measures_what_the_sentence_before_the_break_says():
    got = make_doc("中国汽车工业协会14日发布数据，新能源汽车产销分别完成1588.3万辆和1601.5万辆，同比分别增长\n"
                   "28.4%和28.9%，新能源汽车新车销量达到汽车新车总销量的46.6%。", title="汽车产销", published="2026-01-14").figures
    assert {f.metric for f in got if f.unit == "%"} == {"新能源汽车产销同比增长", "新能源汽车新车销量达到汽车新车总销量"}


@pytest.mark.parametrize("text, metric", [
    ("2024年，跨境电商进出口占外贸比重提升至6%。", "跨境电商进出口占外贸比重"),  # 提升至, not 提 and 升至
    ("工业是重点领域，但钢铁等行业能耗占工业能耗比重仍超过70%。", "钢铁等行业能耗占工业能耗比重"),  # 但 opens no metric
    ("近年来，商务部会同有关部门，先后设立了165个跨境电子商务综合试验区。", "设立跨境电子商务综合试验区"),  # what was set up
    ("我国已在北京、上海、深圳等地布局建设了12个未来产业先导区。", "布局建设未来产业先导区"),  # where is no part of what
    ("中西部等地区出口增长12%。", "中西部等地区出口"),  # but the regions whose exports grew are
])
def test_what_a_figure_measures_leaves_out_conjunctions_adverbs_and_places(text, metric):
    assert [m for _, _, m, _ in metrics(text, "2025-08-02")] == [metric]


def test_what_a_meeting_proposes_for_the_year_is_a_target():
    got = figures("会议提出，2026年全省工业投资增长8%以上，新增规模以上工业企业5000家以上。", "2026-02-18")
    assert [kind for *_, kind in got] == ["target", "target"]
    assert figures("会议指出，2025年全省工业投资增长8%。", "2026-02-18")[0][3] == "actual"


@pytest.mark.parametrize("text, wanted", [
    ("今年安排的1.3万亿元超长期特别国债已全部下达。", ["安排超长期特别国债"]),  # 已全部 is how, not what
    ("《意见》提出4个方面26项举措。", ["《意见》提出方面", "举措"]),  # a count right after another counts what follows it
    ("江苏省412家企业入选。", ["江苏省企业"]),  # a place alone before the number: its firms
    ("此次批准发布《智能家用电器通用技术要求》等186项推荐性国家标准。", ["推荐性国家标准"]),  # titles are examples
])
def test_what_a_count_measures_is_what_follows_it_when_the_words_before_say_only_how_or_where(text, wanted):
    assert [m for _, _, m, _ in metrics(text, "2026-07-30")] == wanted


def test_what_a_company_will_invest_is_planned():
    got = figures("杨杰介绍，中国移动今年将投资约1500亿元，建设5G-A基站60万个。", "2026-06-25")
    assert [kind for *_, kind in got] == ["target", "target"]


def test_what_a_sector_is_classed_as_is_no_subject_of_the_paragraph_s_figures():
    got = make_doc("新能源汽车产业是战略性新兴产业。截至2026年6月底，全国充电基础设施累计数量达到1610万台。",
                   published="2026-08-20").figures
    assert [f.about.name for f in got] == ["新能源汽车"]


def test_a_figure_measuring_what_an_earlier_one_measured_of_another_subject_is_not_about_that_subject():
    got = make_doc("李超介绍，前10个月，全国固定资产投资同比增长3.2%，其中制造业投资增长7.9%，基础设施投资增长4.4%。",
                   published="2026-11-20").figures
    assert [(f.text, f.about.name if f.about else None) for f in got] == [("3.2%", None), ("7.9%", "制造业"), ("4.4%", None)]
    part = make_doc("全国铁路营业里程达到16.2万公里，其中高铁4.8万公里。", published="2025-01-02").figures
    assert [f.about.name if f.about else None for f in part] == ["铁路", "铁路"]  # a part of the same network


def test_a_year_s_review_dates_its_paragraph_and_a_region_s_output_is_no_sector_s():
    got = make_doc("过去一年，全省地区生产总值增长5.2%，规模以上工业增加值增长6.8%。新能源汽车产量突破100万辆，增长53%。",
                   title="报告", published="2026-01-20").figures
    assert [(f.text, f.period, f.about.name if f.about else None) for f in got] == [
        ("5.2%", "2025", None), ("6.8%", "2025", "工业"), ("100万辆", "2025", "新能源汽车"), ("53%", "2025", "新能源汽车")]


def test_a_government_s_expected_goals_for_the_year_are_targets():
    got = figures("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业110万人以上。", "2026-01-20")
    assert [kind for *_, kind in got] == ["target", "target"]


def test_a_paragraph_opening_with_the_same_period_takes_the_period_just_named():
    text = ("海关总署12月8日发布数据，今年前11个月，我国货物贸易进出口总值40.1万亿元人民币，同比增长3.6%。\n\n"
            "同期，我国对东盟进出口6.9万亿元，增长7.8%。民营企业进出口22.6万亿元，增长7.1%。")
    got = make_doc(text, title="海关总署发布数据", published="2026-12-08").figures
    assert {f.period for f in got} == {"2026-01/2026-11"}


def test_a_share_of_a_whole_listed_with_others_measures_that_whole():
    got = metrics("李乐成：民营企业贡献了我国50%以上的税收、60%以上的国内生产总值、70%以上的技术创新成果。", "2026-03-06")
    assert [m for _, _, m, _ in got] == ["民营企业贡献税收", "民营企业贡献国内生产总值", "民营企业贡献技术创新成果"]
    assert [m for _, _, m, _ in metrics("一是推动重点产业链高质量发展，力争规模以上工业增加值增长5.5%左右。", "2026-03-06")] == [
        "规模以上工业增加值"]


def test_growth_said_in_real_terms_measures_the_same_thing():
    got = metrics("10月份，规模以上工业增加值同比实际增长5.8%。", "2026-11-15")
    assert [m for _, _, m, _ in got] == ["规模以上工业增加值"]


def test_a_part_named_once_after_its_whole_is_no_topic_of_the_paragraph():
    got = make_doc("李超介绍，前10个月，全国固定资产投资同比增长3.2%，其中制造业投资增长7.9%。"
                   "今年以来，国家发展改革委已下达中央预算内投资7000亿元，支持项目1.8万个。", published="2026-11-20").figures
    assert [(f.text, f.about.name if f.about else None) for f in got][1:] == [
        ("7.9%", "制造业"), ("7000亿元", None), ("1.8万个", None)]


def test_what_a_sector_produces_is_no_campaign_s_figure():
    got = make_doc("史惠康：我们将会同商务部开展新一轮消费电子以旧换新活动。上半年，彩色电视机产量0.9亿台，同比增长3.1%。",
                   title="发布会", published="2026-07-18").figures
    assert [f.about for f in got] == [None, None]
    got = make_doc("史惠康：我们将会同商务部开展新一轮消费电子以旧换新活动。上半年，智能手机产量5.9亿台，同比增长3.1%。",
                   title="发布会", published="2026-07-18").figures
    assert [f.about.name if f.about else None for f in got] == ["消费电子", "消费电子"]  # the product's own sector


def test_what_a_meeting_stresses_for_the_coming_year_is_a_target():
    text = "会议强调，2026年要着力抓好以下工作：一是推动制造业高端化发展；二是大力推进专精特新发展，新培育专精特新中小企业1万家以上。"
    assert [kind for *_, kind in figures(text, "2025-12-26")] == ["target"]


def test_figures_a_sentence_credits_to_a_source_are_not_the_paragraph_speaker_s():
    text = ("宁德时代董事长曾毓群在业绩说明会上表示，公司将加大研发投入，2025年研发费用达到201亿元。"
            "中国汽车工业协会数据显示，2025年我国新能源汽车产销分别完成1652万辆和1649万辆。")
    got = make_doc(text, title="年报", published="2026-03-15").figures
    assert [(f.text, f.reported_by) for f in got] == [("201亿元", "曾毓群"), ("1652万辆", ""), ("1649万辆", "")]


def test_a_plan_s_goals_are_about_the_plan_whose_title_heads_its_text():
    text = ("现将《工业互联网标识解析体系“贯通”行动计划（2026-2028年）》印发给你们。\n\n"
            "工业互联网标识解析体系“贯通”行动计划（2026-2028年）\n\n为加快推进标识解析体系建设，制定本行动计划。\n\n"
            "一、总体目标\n\n到2028年，国家顶级节点日均解析量达到5亿次，二级节点数量超过400个。")
    got = make_doc(text, title="关于印发行动计划的通知", published="2026-01-20").figures
    assert [(f.text, f.kind, f.about.name if f.about else None) for f in got] == [
        ("5亿次", "target", "工业互联网标识解析体系贯通行动计划（2026-2028年）"),
        ("超过400个", "target", "工业互联网标识解析体系贯通行动计划（2026-2028年）")]  # one name, as the 《》 title's


def test_a_sector_named_in_the_next_step_is_no_subject_of_what_was_done():
    got = make_doc("今年以来，我部已批准发布行业标准1200余项，下一步将加快人工智能、低空经济等新兴领域标准研制。",
                   published="2026-05-20").figures
    assert [(f.text, f.about) for f in got] == [("1200余项", None)]


def test_what_we_will_do_is_a_target():
    assert [kind for *_, kind in figures("2026年，我们将向民间资本推介项目总投资规模超过3万亿元。", "2026-08-02")] == ["target"]


def test_standards_counted_by_sector_are_each_sector_s():
    got = make_doc("工业和信息化部批准218项行业标准，其中机械行业42项、冶金行业28项、通信行业50项。", published="2026-05-20").figures
    assert [(f.text, f.about.name if f.about else None) for f in got][1:] == [
        ("42项", "机械工业"), ("28项", "冶金"), ("50项", "信息通信")]


def test_a_table_without_a_period_of_its_own_is_dated_by_the_paragraph_that_leads_into_it():
    text = ("一季度，通信业整体运行平稳。\n\n| 指标 | 数值 | 同比增长 |\n| --- | --- | --- |\n"
            "| 电信业务收入 | 4560亿元 | 1.8% |\n| 5G基站 | 460万个 | — |\n")
    got = make_doc(text, title="2026年一季度通信业经济运行情况", published="2026-04-20").figures
    assert {(f.text, f.period) for f in got} == {
        ("4560亿元", "2026-01/2026-03"), ("1.8%", "2026-01/2026-03"), ("460万个", "2026-01/2026-03")}


def test_a_policy_s_own_goals_and_tasks_without_a_subject_are_about_the_policy():
    text = ("国务院关于推动内河航运高质量发展的意见\n\n为推动内河航运高质量发展，现提出如下意见。\n\n一、总体要求\n\n"
            "到2030年，内河高等级航道里程达到2.5万公里。\n\n二、重点任务\n\n（一）完善航道网络。新增高等级航道里程3000公里。")
    got = make_doc(text, title="国务院关于推动内河航运高质量发展的意见", published="2026-03-18").figures
    assert [(f.text, f.kind, f.about.name if f.about else None) for f in got] == [
        ("2.5万公里", "target", "关于推动内河航运高质量发展的意见"), ("3000公里", "target", "关于推动内河航运高质量发展的意见")]


def test_the_figures_of_a_plan_s_goals_section_are_targets():
    text = ("轻工业稳增长工作方案（2025—2026年）\n\n一、工作目标\n\n"
            "2025—2026年，轻工业增加值年均增长4%左右，营业收入突破25万亿元。\n\n二、重点任务\n\n（一）扩大有效投资。")
    got = make_doc(text, published="2025-09-10").figures
    assert [(f.text, f.kind) for f in got] == [("4%", "target"), ("25万亿元", "target")]


def test_a_breakdown_after_a_whole_year_figure_is_of_that_year():
    text = ("康义：全年社会消费品零售总额487895亿元，比上年增长3.5%。"
            "其中，家用电器和音像器材类、通讯器材类商品零售额分别增长12.3%、9.9%。")
    got = make_doc(text, title="国家统计局局长康义就2025年国民经济运行情况答记者问", published="2026-01-17").figures
    assert {f.period for f in got} == {"2025"}


def test_what_a_bank_will_provide_is_a_target():
    text = "根据协议，“十五五”期间，中国工商银行将为制造业企业提供不低于3万亿元的融资支持。"
    assert [kind for *_, kind in figures(text, "2026-05-12")] == ["target"]


def test_a_plan_named_as_what_a_base_belongs_to_makes_no_target():
    text = ("作为“十四五”规划的九大清洁能源基地之一——冀北清洁能源基地2023年新增风电、光伏装机1187万千瓦。"
            "按照规划，到2025年新增装机2000万千瓦。")
    assert [kind for *_, kind in figures(text, "2023-12-20")] == ["actual", "target"]


def test_what_a_policy_issued_in_the_sentence_aims_at_is_a_target():
    text = ("人力资源社会保障部等九部门联合印发《工伤预防五年行动计划（2026—2030年）》，把工伤预防作为工伤保险优先事项，"
            "使重点行业工伤事故发生率5年降低10%左右，重点平台企业新就业形态人员职业伤害发生率5年降低10%以上。")
    assert [kind for *_, kind in figures(text, "2026-03-17")] == ["target", "target"]
    done = "我部对于收集使用用户个人信息的原则，制定了《APP收集使用用户个人信息最小必要评估规范》8项系列标准。"
    assert [kind for *_, kind in figures(done, "2021-01-26")] == ["actual"]


def test_what_will_be_newly_fostered_is_a_target():
    assert [kind for *_, kind in figures("今年我国还将新培育国家层面绿色工厂1000家。", "2024-03-01")] == ["target"]


def test_what_a_work_report_sets_out_is_a_target():
    text = "报告提出，2026年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业110万人以上。"
    assert [kind for *_, kind in figures(text, "2026-01-28")] == ["target", "target"]


def test_the_year_s_end_in_an_early_year_release_is_last_year_s():
    got = make_doc("年末全国人口140828万人，比上年末减少139万人。", title="国家统计局局长康义就2025年国民经济运行情况答记者问",
                   published="2026-01-17").figures
    assert {f.period for f in got} == {"2025"}
    got = make_doc("2024年，全省地区生产总值增长5.1%。年末，全省常住人口8500万人。", published="2025-07-17").figures
    assert [f.period for f in got] == ["2024", "2024"]


def test_values_recovered_to_a_past_year_s_level_are_of_now_and_done():
    text = "今年上半年，全行业完成旅客运输量2.84亿人次，恢复到2019年同期的88.2%。"
    assert figures(text, "2023-07-20") == [("284000000", "人次", "2023-01/2023-06", "actual"),
                                           ("88.2", "%", "2023-01/2023-06", "actual")]


def test_what_we_will_do_next_is_a_target_in_every_clause():
    text = "下一步，我们将修订《优质中小企业梯度培育管理暂行办法》，再培育3000家左右“小巨人”企业。"
    assert [kind for *_, kind in figures(text, "2026-10-20")] == ["target"]
    text = "我们将修订《管理办法》，再培育3000家“小巨人”企业。"
    assert [kind for *_, kind in figures(text, "2026-10-20")] == ["target"]


def test_what_a_meeting_says_must_be_done_is_a_target():
    text = "会议强调，要深入实施制造业当家战略。要加快培育人工智能等新兴产业，推动20个战略性产业集群高质量发展。"
    assert [kind for *_, kind in figures(text, "2026-02-06")] == ["target"]
    assert [kind for *_, kind in figures("要求各地新建20个产业集群。", "2026-02-06")] == ["actual"]


def test_a_year_s_communique_dates_its_figures_by_the_year_its_title_names():
    text = ("全市数字经济核心产业增加值6105亿元，增长7.8%。年末全市常住人口1262.4万人。"
            "全年规模以上工业增加值4803亿元，比上年增长6.2%。")
    got = make_doc(text, title="2025年杭州市国民经济和社会发展统计公报", published="2026-03-15").figures
    assert {f.period for f in got} == {"2025"}
    got = make_doc("全市数字经济核心产业增加值6105亿元。", title="杭州市数字经济发展情况", published="2026-03-15").figures
    assert [f.period for f in got] == ["2026"]


def test_the_topic_a_sentence_opens_with_is_what_its_figures_measure():
    text = "社会消费品零售总额方面，1—10月达到40.5万亿元，同比增长4.3%。"
    assert [m for _, _, m, _ in metrics(text, "2026-11-20")] == ["社会消费品零售总额", "社会消费品零售总额同比增长"]


def test_a_forecast_s_words_are_no_part_of_what_it_measures():
    assert [m for _, _, m, _ in metrics("张星表示，预计今年四季度全社会用电量增长5%左右。", "2026-10-28")] == ["全社会用电量"]


def test_what_a_person_thinks_is_reported_by_them():
    doc = make_doc("曾毓群提交了建议。他认为，2025年锂电池总产量超过1500GWh，同比增长28%。", published="2026-03-08")
    assert [f.reported_by for f in doc.figures] == ["曾毓群", "曾毓群"]


def test_month_on_month_and_nominal_changes_share_the_metric_before_them():
    text = "10月，汽车产量完成327.9万辆，环比增长0.6%，同比增长12.3%。2025年我国数字经济规模达到63.5万亿元，同比名义增长8.6%。"
    assert [m for _, _, m, _ in metrics(text, "2026-11-11")] == ["汽车产量", "汽车产量环比增长", "汽车产量同比增长",
                                                                "数字经济规模", "数字经济规模同比名义增长"]


def test_an_item_s_number_is_no_part_of_its_metric():
    assert [m for _, _, m, _ in metrics("一、对鸡肉、小麦加征15%关税。", "2026-03-04")] == ["对鸡肉、小麦加征"]


def test_a_bare_magnitude_naming_a_size_class_or_a_programme_is_no_figure():
    text = "纺织服装有千亿以上产业集群3个、百亿以上产业集群20多个。百日千万专项招聘行动提供岗位数突破千万。"
    assert [(v, u) for v, u, *_ in figures(text, "2024-11-20")] == [("3", "个"), ("20", "个"), ("10000000", "个")]


def test_a_plenum_is_no_figure_s_subject():
    text = "党的二十届三中全会提出，“支持企业改造提升传统产业”。浙江传统产业的产值规模占比超过六成。"
    assert [f.about for f in make_doc(text, published="2024-11-20").figures] == [None]


def test_what_will_fall_by_a_share_is_a_target():
    text = "我国“十五五”期间单位国内生产总值二氧化碳排放将降17%。"
    assert [kind for *_, kind in figures(text, "2026-07-29")] == ["target"]


def test_a_part_of_the_year_after_an_opening_aside_is_the_paragraph_s_period():
    text = "作为工业经济的“压舱石”，一季度，装备制造业表现亮眼。规模以上装备制造业增加值同比增长8.9%。"
    assert [p for *_, p, _ in figures(text, "2026-04-20")] == ["2026-01/2026-03"]


def test_what_is_to_be_ensured_is_a_target():
    text = "能源行业把能源安全作为使命，确保国内原油产量长期稳定在2亿吨水平，天然气自给率不低于50%。"
    assert [kind for *_, kind in figures(text, "2023-01-12")] == ["target", "target"]


def test_by_the_year_s_end_is_this_year():
    got = metrics("下一步，将组织开展专项整治，力争年底前电动自行车产品抽查合格率提高到95%以上。", "2026-07-16")
    assert [(m, p) for _, _, m, p in got] == [("电动自行车产品抽查合格率", "2026")]


def test_a_work_report_s_goals_set_out_after_their_heading_are_each_a_target():
    text = ("二、2026年主要目标任务\n\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业100万人以上；"
            "居民消费价格涨幅3%左右。\n\n（二）扩大有效投资。完成固定资产投资增长5%以上，其中制造业投资增长8%以上。")
    got = make_doc(text, title="2026年浙江省政府工作报告（摘要）", published="2026-01-20").figures
    assert [f.kind for f in got] == ["target"] * 5


def test_shares_said_of_each_of_the_amounts_before_are_each_one_s_share():
    text = "其中，数字产业化规模为11.2万亿元，产业数字化规模为52.3万亿元，分别占数字经济比重的17.6%和82.4%。"
    assert [m for _, _, m, _ in metrics(text, "2026-07-24")][2:] == ["数字产业化规模占数字经济比重", "产业数字化规模占数字经济比重"]


def test_counts_listed_after_as_many_things_each_count_their_thing():
    assert [m for _, _, m, _ in metrics("5G基站、千兆光网端口分别达到483万个和2800万个。", "2026-01-20")] == ["5G基站", "千兆光网端口"]
    text = "全国共有国家级、省级专精特新企业分别为1.46万家和14万家。"
    assert [m for _, _, m, _ in metrics(text, "2026-01-20")] == ["全国共有国家级、省级专精特新企业"] * 2


def test_two_measures_of_one_thing_listed_each_keep_the_thing():
    text = "全年新能源汽车产量、销量分别为1652万辆和1649万辆。"
    assert [m for _, _, m, _ in metrics(text, "2026-01-15")] == ["新能源汽车产量", "新能源汽车销量"]


def test_a_subject_measured_in_a_later_clause_is_that_clause_s():
    about = lambda text: [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2026-06-16").figures]
    text = "5月份，社会消费品零售总额41326亿元，同比增长6.4%。其中，商品零售额增长6.5%，餐饮收入增长5.9%。"
    assert about(text)[2:] == [("6.5%", "消费品"), ("5.9%", "餐饮")]  # not the 餐饮 of the clause after
    text = "预计3月快递业务量同比增长18%，快递业务收入预计同比增长10.5%。"
    assert about(text) == [("18%", "邮政快递"), ("10.5%", "邮政快递")]  # both measure 快递
    text = "国家财政性教育经费为48472.91亿元，做到了保证国家财政性教育经费支出占国内生产总值比例不低于4%。"
    assert about(text)[0] == ("48472.91亿元", "教育")  # measured otherwise after: the sentence's topic
    text = ("1—3月，各地发行新增专项债券13228亿元，主要支持市政和产业园区基础设施、交通基础设施等重点领域。"
            "此外，今年延续实施的税费优惠政策，预计全年可为经营主体减轻负担约1.2万亿元。")
    assert about(text)[1] == ("约1.2万亿元", None)  # the last example of what is supported is no topic


def test_what_an_issued_plan_sets_out_for_the_years_ahead_is_a_target_its_measures_are_counted():
    text = ("工业和信息化部日前发布《电子信息制造业2025—2026年稳增长行动方案》，提出今明两年，"
            "我国规模以上计算机、通信和其他电子设备制造业增加值平均增速在7%左右。")
    got = [(f.text, f.kind, f.about.name if f.about else None) for f in make_doc(text, published="2025-09-06").figures]
    assert got == [("7%", "target", "电子信息")]  # the NBS division is the electronics industry, not all 制造业
    text = "市政府印发《若干措施》，提出20条具体措施。"
    assert [f.kind for f in make_doc(text, published="2026-03-01").figures] == ["actual"]


def test_a_multiple_of_a_year_s_end_reached_is_no_deadline():
    got = [(f.text, f.kind, f.period) for f in make_doc("“十四五”以来，我国新能源累计装机规模达到2020年底的3.4倍。", published="2026-02-14").figures]
    assert got == [("3.4倍", "actual", "2021/2026-02")]  # since the plan began, not by 2020


def test_what_a_figure_s_growth_exceeds_is_what_it_is_compared_with_not_its_subject():
    about = lambda text: [(f.text, f.unit, f.about.name if f.about else None) for f in make_doc(text, published="2026-10-23").figures]
    text = "前三季度，规模以上电子信息制造业增加值同比增长11.9%，增速分别高出同期工业、高技术制造业5.7个和2.3个百分点。"
    assert about(text) == [("11.9%", "%", "电子信息"), ("5.7个", "个百分点", "电子信息"), ("2.3个百分点", "个百分点", "电子信息")]
    assert about("高技术制造业增加值增长9.6%，高于全部规模以上工业3.4个百分点。")[1] == ("3.4个百分点", "个百分点", "高技术制造业")


def test_a_press_conference_on_last_year_s_development_dates_the_done_figures_that_name_no_year():
    text = ("1月26日，国新办举行新闻发布会，工业和信息化部相关负责人介绍2020年工业和信息化发展情况。\n\n"
            "记者：工业互联网发展怎么样？\n\n谢少锋：二级节点达到100个。下一步将培育工业互联网平台100个。")
    got = [(f.text, f.kind, f.period) for f in make_doc(text, published="2021-01-27").figures]
    assert got == [("100个", "actual", "2020"), ("100个", "target", "2021")]


def test_what_will_be_stepped_up_carries_on_but_not_into_a_clause_on_a_year_gone():
    kinds = lambda text, date: [(f.text, f.kind) for f in make_doc(text, published=date).figures]
    assert kinds("他表示，今年将继续加大5G网络建设力度，新建5G基站60万个以上。", "2021-03-02") == [("60万个", "target")]
    assert kinds("曾毓群表示，公司将加大研发投入，2025年研发费用达到201亿元。", "2026-03-20") == [("201亿元", "actual")]


def test_industry_modifying_what_is_counted_in_a_paragraph_on_a_narrower_sector_is_that_sector_s():
    text = "目前，具有一定行业和区域影响力的工业互联网平台超过70个，连接工业设备数量达4000万台套，工业APP突破25万个。"
    about = [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2020-10-20").figures]
    assert about == [("超过70个", "工业互联网"), ("4000万台套", "工业互联网"), ("25万个", "工业互联网")]
    text = "工业互联网平台超过70个。1—8月，规模以上工业增加值同比增长0.4%。"
    assert [f.about.name for f in make_doc(text, published="2020-10-20").figures] == ["工业互联网", "工业"]  # the whole's measure
    text = "要加快工业互联网规模化应用，力争到2027年规模以上工业企业关键工序数控化率达到70%。"
    assert [f.about.name for f in make_doc(text, published="2024-03-08").figures] == ["工业"]  # the statistics' whole


def test_a_breakdown_after_a_part_of_the_year_and_a_turn_from_decline_are_of_that_part():
    text = ("国家统计局今天发布的数据显示，3月份，全国规模以上工业企业营业收入同比增长0.6%。\n"
            "装备制造业利润明显改善，3月份，装备制造业营业收入同比增长5.4%。其中，汽车制造业利润由1—2月份下降转为增长9.1%。")
    assert [f.period for f in make_doc(text, published="2023-04-27").figures] == ["2023-03"] * 3
    text = "今年以来，经济增长由去年以工业推动为主转为以服务业推动为主，上半年，服务业增长对经济增长贡献率超过60%。"
    assert [f.period for f in make_doc(text, published="2023-07-17").figures] == ["2023-01/2023-06"]


def test_a_share_of_a_year_s_plan_is_what_was_done():
    text = "1—8月，248个重大项目完成投资2522.7亿元，占年度投资计划的74.3%。今年计划新建5G基站60万个。"
    assert [(f.text, f.kind) for f in make_doc(text, published="2023-09-20").figures][-2:] == [("74.3%", "actual"), ("60万个", "target")]


def test_a_matter_added_with_ci_wai_is_not_about_the_subject_named_before_it():
    text = ("去年以来，我国统筹推进“三北”工程，“三北”工程已完成综合治理任务超过4000万亩。此外，海洋强国建设也在大力推进。"
            "今年上半年，海洋生产总值达到4.9万亿，同比增长了5.6%。")
    about = [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2024-09-19").figures]
    assert about == [("超过4000万亩", "三北工程"), ("4.9万亿", None), ("5.6%", None)]


def test_a_region_s_whole_economy_is_about_no_industry_named_after_it():
    text = "2023年，四川经济总量超过6万亿元，增长6%，工业投资增长22.3%。"
    about = [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2024-05-27").figures]
    assert about == [("超过6万亿元", None), ("6%", None), ("22.3%", "工业")]


def test_times_listed_before_as_many_figures_are_one_each():
    text = "上半年，我国外贸进出口一季度、二季度分别达到9.76万亿元和10.34万亿元。5月份、6月份均环比增长1.2%。"
    assert [f.period for f in make_doc(text, published="2023-07-13").figures] == [
        "2023-01/2023-03", "2023-04/2023-06", "2023-06"]


def test_the_coming_years_run_from_the_document_s_year():
    text = "力争未来五年，非化石能源消费比重年均增长1个百分点；今后三年新建5G基站60万个。"
    assert [f.period for f in make_doc(text, published="2023-04-12").figures] == ["2023/2027", "2023/2025"]


def test_within_the_year_inside_a_clause_sets_no_period():
    text = ("黄利斌：前三季度，全国规模以上工业增加值同比增长1.2%，增速年内首次由负转正。其中，9月份增长6.9%。"
            "高技术制造业增加值增长5.9%。")
    assert [f.period for f in make_doc(text, published="2020-10-24").figures] == ["2020-01/2020-09", "2020-09", "2020-01/2020-09"]
    assert [f.period for f in make_doc("计划年内完成改造5000户。", published="2020-10-24").figures] == ["2020"]


def test_the_end_of_a_month_is_up_to_then_unless_it_is_the_base():
    text = "1—5月份，全国新建商品房销售面积35612万平方米。5月末，商品房待售面积78112万平方米，比4月末减少1.2%。"
    assert [f.period for f in make_doc(text, published="2026-06-16").figures] == ["2026-01/2026-05", "../2026-05", "../2026-05"]
    assert [f.period for f in make_doc("去年12月末，M2余额同比增长7.3%。", published="2025-02-16").figures] == ["../2024-12"]


def test_a_second_base_listed_is_no_period():
    text = "4.5%，这是前三季度社会消费品零售总额同比增速，这一速度比上年同期、上年全年分别加快1.2个和1.0个百分点。"
    assert [f.period for f in make_doc(text, published="2025-10-21").figures if f.unit.endswith("百分点")] == ["2025-01/2025-09"] * 2



def test_road_and_waterway_transport_are_industries_of_their_statistics():
    text = "7月，公路客运量40798万人，同比增长19.3%；水路货运量78964万吨，同比增长6.9%。"
    about = [(f.text, f.about.name if f.about else None) for f in make_doc(text, published="2023-08-20").figures]
    assert about == [("40798万人", "道路运输"), ("19.3%", "道路运输"), ("78964万吨", "水上运输"), ("6.9%", "水上运输")]
    assert not any(m.label.value == "Industry" for m in make_doc("经珠海公路口岸出入境车辆2万辆。").mentions)  # a road is no industry


def test_times_listed_one_by_one_date_their_own_figures_and_not_the_sentences_after_them():
    text = ("前三季度国内生产总值949746亿元，同比增长4.8%。分季度看，一季度同比增长5.3%，二季度增长4.7%，三季度增长4.6%。"
            "分产业看，第一产业增加值57733亿元，同比增长3.4%。")
    got = {(f.value, f.period) for f in make_doc(text, published="2024-10-18").figures}
    assert {("5.3", "2024-01/2024-03"), ("4.6", "2024-07/2024-09")} <= got
    assert ("3.4", "2024-01/2024-09") in got and ("3.4", "2024-01/2024-03") not in got


def test_a_growth_averaged_over_years_named_after_the_target_year_is_of_those_years():
    text = "《方案》提出，到2026年，绿色建材年营业收入超过3000亿元，2024—2026年年均增长10%以上。"
    got = {f.value: (f.period, f.kind, f.about.name if f.about else None) for f in make_doc(text, published="2025-01-06").figures}
    assert got["10"] == ("2024/2026", "target", "建材")  # a green building material is a building material
    assert got["300000000000"][0] == "2026"


def test_a_release_s_headline_names_the_period_of_figures_whose_paragraph_names_none():
    text = ("工信部：1-10月我国软件业务收入同比增长10.0%\n\n"
            "软件业务收入稳步增长。1—10月，我国软件业务收入112645亿元，同比增长10.0%。\n\n"
            "软件产品收入27161亿元，同比增长6.7%。截至10月底，累计建成5G基站414万个。\n")
    got = {f.value: f.period for f in make_doc(text, published="2024-11-25").figures}
    assert got["2716100000000"] == "2024-01/2024-10" and got["6.7"] == "2024-01/2024-10"
    assert got["4140000"] == "../2024-10"  # its own time still


def test_a_value_reached_after_a_record_measures_the_subject_of_the_record():
    text = "中央对地方转移支付创新高，达10.42万亿元。我国新能源汽车产量再创历史新高，达到1300万辆。"
    assert [m for _, _, m, _ in metrics(text)] == ["中央对地方转移支付", "我国新能源汽车产量"]


def test_a_report_of_one_person_s_briefing_gives_that_person_s_figures_throughout():
    text = ("国家统计局新闻发言人付凌晖15日在国新办新闻发布会上表示，10月份，国民经济运行稳中有进。\n\n"
            "10月份，全国规模以上工业增加值同比增长5.3%。\n\n1—10月份，全国固定资产投资423222亿元，同比增长3.4%。\n")
    assert {f.reported_by for f in make_doc(text, published="2024-11-15").figures} == {"付凌晖"}
    two = text + "\n国家发展改革委新闻发言人李超表示，将加力推进设备更新。\n"
    assert {f.reported_by for f in make_doc(two, published="2024-11-15").figures} == {""}  # whose, then, is unclear
    reading = ("国家统计局今天发布了10月份全国CPI数据。对此，国家统计局城市司首席统计师董莉娟进行了解读。\n\n"
               "10月份，CPI环比下降0.3%，同比上涨0.3%。\n")  # an official's reading of a release
    assert {f.reported_by for f in make_doc(reading, published="2024-11-09").figures} == {"董莉娟"}
