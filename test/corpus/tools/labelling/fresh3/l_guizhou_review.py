from lab import Doc
def doc():
    d = Doc("guizhou-gwr-2026-review")
    A = d.a
    A(2, "4.9%", "地区生产总值", "增长", note="2025 review (——subheads under 一、2025年和“十四五”时期工作回顾); 全年 is the review year, not a date. “新年第一会”“新春第一会”, “5+3” are names; 一、二季度 and 三季度 are ordinals")
    A(2, "2.5%", "一般公共预算收入", "增长")
    A(3, "7%", "规模以上工业增加值", "增长", note="a paragraph with no tense cue of its own")
    A(3, "25.5%", "工业增加值占地区生产总值比重", note="提高到 is a level verb; “8+5” that follows is a name")
    A(3, "56.2%", "服务业增加值占地区生产总值比重", note="达 is a level verb")
    A(5, "63万亩", "置换", "完成", note="line 4 has no findings: its 全年 (全年未发生重大以上生产安全事故) is the review year, “3+1” and “三保” are names, 首次 an ordinal, 全国前列 a rank, 重大以上 a class without a number. On line 5, 清零 has no number")
    A(6, "62.6万人", "城镇新增就业")
    A(6, "3.9%", "城镇和农村常住居民人均可支配收入", "增长", note="分别 over one written phrase: the phrase is kept for both values")
    A(6, "5.7%", "城镇和农村常住居民人均可支配收入", "增长")
    A(6, "12.4万个", "基础教育学位", "新增")
    A(6, "12所", "高水平大学", "帮扶", note="count of the universities that give help: it measures something, so it is labelled")
    A(6, "5个", "国家区域医疗中心二期项目", "开工", note="二期 is a phase, not a finding")
    A(6, "50个", "县域医疗次中心", "新建", note="一批 later on the line has no number")
    return d
