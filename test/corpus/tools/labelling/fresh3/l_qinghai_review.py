from lab import Doc
def doc():
    d = Doc("qinghai-gwr-2026-review")
    A = d.a
    A(3, "64.7%", "常住人口城镇化率", note="“十四五” review (the paragraph under 这是…的五年; line 2 is that subhead, no findings): achievements with no tense word of their own. 5年过渡期 earlier is the length of a named policy period (seed convention 13). 提高至 is a level verb")
    A(3, "93%", "美丽城镇建设", "覆盖", note="share of the 建制镇 covered")
    A(3, "5465公里", "高速公路通车里程", note="达 is a level verb; 迈入“动车时代” has no number")
    A(3, "10个", "省际高速公路通道", note="增至 is a level verb; “一主七辅” that follows is a label, 县县通 and 5G网络…全覆盖 have no number")
    A(5, "76%以上", "民生领域财政支出占比", note="保持在…以上 → >=")
    A(5, "突破3万元", "全体居民人均可支配收入", note="增速高于经济增速 before it has no number; 突破 → >")
    A(5, "2所", "本科高校", "建成", note="基础教育“三项指标” earlier is a label; 时隔66年 (the first time in 66 years) is a record span, not labelled (like 创20年新高)")
    A(5, "75.3岁", "人均预期寿命", note="提高到 is a level verb")
    A(5, "4次", "城乡居民基础养老金", "提高", note="连续5年 before is a streak (not labelled); 4次 counts the raises made in the period, labelled as a counted achievement like 湖北's 9轮强降雨 (borderline)")
    A(5, "98%", "县市区", "建成", note="share of the counties that became 全国民族团结进步示范区; “百年百大考古发现” and 五级公共文化网络 earlier are names/labels")
    A(7, "100万吨以上", "粮食总产量", note="连续18年 is a streak (not labelled); 保持在…以上 → >=; 达到2012年以来最高水平 is a record, not a finding")
    return d
