from lab import Doc
def doc():
    d = Doc("qinghai-gwr-2026-tasks")
    C = d.c
    C(5, "3乡", "大电网延伸工程", "全面完成", note="lines 2–4 have no findings: 第二轮 is an ordinal and 再延长三十年 the length of the land-contract extension (a policy period, seed convention 13). Here: the count of the listed townships (东坝、尕羊、吉曲3乡), unit 乡 as written; “千万工程” earlier is a name. 2026 plan text with no time word: report-year default")
    C(5, "5000公里以上", "普通省道和农村公路", "新改建")
    C(5, "500座", "农牧区便民桥", "再建")
    C(5, "150个", "和美乡村", "打造", note="新一轮…五年行动 earlier is a campaign length, not a finding")
    d.date(8, "全年", "2026-12-31", note="全年 in plan text governs the training figure; lines 6–7 (headings) have no findings; “技能照亮前程” is a campaign name")
    C(8, "10万人次以上", "职业技能培训", "开展")
    d.t(8, "25万人次以上", "有组织有规模外出就业", note="力争 is not a comparator; a level of an indicator → target")
    return d
