from lab import Doc
def doc():
    d = Doc("guangdong-gwr-2026-review")
    A, B = d.a, d.b
    A(3, "1105万亩", "林分优化", "累计完成", note="“十四五” review (line 2 is the subhead 这是…的五年, no findings): achievements with no 过去/去年 cue of their own. “六大行动” is an N大X label. 累计完成 is shared over the list")
    A(3, "1111万亩", "森林抚育", "累计完成")
    A(3, "3900万株", "乡村绿化植树", "累计完成", note="unit 株 as written")
    A(3, "53.4%", "森林覆盖率", note="达 is a level verb")
    A(3, "41.2%", "城市建成区绿地率", note="达 is a level verb")
    A(3, "7960公里", "碧道", "建成")
    A(3, "330公里", "碧带", "建成", note="建成 is shared with the preceding item")
    A(3, "4931公顷", "红树林", "累计营造", note="国际红树林中心落户深圳 has no number; 国家5A级景区 (河源万绿湖) is a scenic-area grade (rank class, like 三级综合医院), not a finding; borderline. 连续5年获国家考核优秀等次 is a streak (not labelled). The line ends with PM, the start of PM2.5 split over lines 3–5 by the scrape")
    A(5, "20微克/立方米左右", "年平均浓度", note="PM2.5 年平均浓度 split over lines 3–5 by the scrape: line 4 (2.5) is part of the name PM2.5, not a finding, and the indicator is the part written on this line. 保持在…左右 → ~. 全部达到Ⅳ类及以上 is a water-quality class (not a finding); 创有记录以来最好水平 has no number")
    A(5, "94.6%", "国考断面水质优良率", note="提高到 is a level verb (change null); no from-value written, so no baseline")
    A(5, "9.9万公里", "生活污水等地下管网管廊", "新建改造")
    A(5, "16.9万吨/日", "生活垃圾总处理能力", note="a daily capacity keeps its denominator in the unit; 提高到 is a level verb; 超过日垃圾收集量 has no number")
    A(5, "1459万吨/年", "危险废物利用处置能力", note="annual capacity keeps /年 in its unit; 提高到 is a level verb. 连续4年获国务院考核优秀等次 and 连续3年大规模开展水塘河道清淤行动 are streaks (not labelled)")
    B(5, "45.8%", "城市天然气普及率", note="从X提升至Y: X is the baseline, Y the achievement (as 由X增长到Y)")
    A(5, "77.3%", "城市天然气普及率", note="提升至 is a level verb; 碳排放配额累计成交量稳居全国区域碳市场首位 that follows is a rank, not a finding")
    B(5, "23.3%", "可再生能源装机占比", note="从X提高到Y: baseline X")
    A(5, "40.4%", "可再生能源装机占比", note="提高到 is a level verb; 新型储能实现规模化突破 has no number, 跃居全国第一 is a rank")
    A(5, "25.8%", "核电装机规模", note="占全国25.8%: share of the national total (like 山西's 占全国近三成)")
    return d
