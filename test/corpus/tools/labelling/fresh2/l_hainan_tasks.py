from lab import Doc
def doc():
    d = Doc("hainan-gwr-2026-tasks")
    d.c(3, "500千伏", "交流线路工程", "加快建设", note="2026 plan text with no time word: report-year default. Voltage class of a transmission project, labelled as in the fresh set (750千伏, 330千伏; borderline). Not findings on this line: G225, G98 (road names), “五网合一” and the footnote mark ［20］, 三期/二期 (phases), 三号机组 and 第三回 (ordinals)")
    d.c(3, "2条", "在建国际海缆", "加快", note="“千兆自贸港”, “万兆自贸港” that follow are names")
    d.c(6, "220亿元", "投资", "完成", note="investment size of the 城市更新行动 (seed convention 2/15); “好房子”, “清凉城市”, “口袋公园”, “大交通”, “城市病” are names")
    return d
