from lab import Doc
def doc():
    d = Doc("heilongjiang-gwr-2026-review")
    A = d.a
    A(2, "200余项", "关键核心技术", "攻克", note="2025 review paragraph ((二) under 一、2025年工作回顾和“十四五”时期发展成就) with no 过去一年/去年 of its own: achievements. 余 → ~. 全国首台, 全球首台 are ordinals, 单机容量最大 has no number")
    A(2, "突破100万吨", "页岩油年产量", note="突破 → >; unit 吨 (年产量 is in the indicator, no /年 written)")
    A(2, "72个", "概念验证中心与中试熟化平台", "新建")
    A(2, "3名", "中国工程院院士", "新晋", note="unit 名 as written")
    A(2, "662项", "重大科技成果", "转化", note="科技成果产业化突破年行动 is a campaign name")
    A(2, "21.5%", "新增经济效益", "增长")
    A(2, "104项", "创新成果", "落地")
    A(3, "10.9%", "数字经济核心产业营收", "增长", note="(三) is an ordinal; 生物经济重点产业营收快速增长 has no number")
    A(3, "13.2%", "冰雪经济总产出", "增长")
    A(3, "9个", "省级文化创意中心", "新培育认定")
    A(3, "3个", "省级创意设计产业园区", "新培育认定")
    A(3, "12.7个", "工业技改投资", unit="百分点", note="增速分别高于全国12.7个、12个百分点: gaps to the national average (fresh set), split; the unit 百分点 written once after the second value is given to both. 千企技改 earlier is a campaign name, not a finding")
    A(3, "12个百分点", "制造业技改投资增速")
    A(3, "8.4%", "规上装备工业增加值", "增长")
    A(3, "3个", "智能农机国家级产业链链主", "新增", note="第七届新博会 earlier is an ordinal; 吨级无人直升机 has no numeral (吨级 alone), not a finding (borderline, cf. 万吨级)")
    A(3, "5户", "企业", "入选", note="思哲睿等5户企业; 一批 earlier has no number")
    return d
