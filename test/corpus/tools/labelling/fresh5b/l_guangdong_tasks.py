from lab import Doc
def doc():
    d = Doc("guangdong-gwr-2026-tasks")
    C, T = d.c, d.t
    C(3, "超8000名", "志愿者", "动员", note="2026 plan items (六、/七、 numbered 民生实事-style headings, ordinals; line 2 has no findings) with no time word of their own: report-year default 2026-12-31. 12355青少年服务台 is a hotline name, not a finding. 超 → >, unit 名 as written")
    T(3, "24小时", "心理疏导、心理咨询等服务", note="每天24小时提供: round-the-clock service hours, a service standard read as a level (seed convention 16, like 1小时办结); borderline, 24小时 could be read as a set phrase with no measuring role")
    T(3, "超75万人次", "服务数量", note="服务数量 is the level of an indicator → target (seed convention 2); borderline against commitment (same family). 12338妇联维权服务中心 that follows is a hotline name")
    C(3, "超3000个", "个案服务", "提供")
    T(3, "不低于2小时", "中小学生每天综合体育活动时间", value=2, unit="小时", comparator=">=", note="不低于 → >= (written comparator kept in text, as 不低于600個 in the corpus); 每天 is part of the indicator, unit 小时")
    C(3, "超2.8万人次", "心理健康教育教师培训", "开展", note="unit 人次 as written")
    C(3, "超5000场次", "专题教育、家长课堂等活动", "组织开展", note="unit 场次 as written")
    T(5, "90%以上", "孕产妇产后访视率、0—6岁儿童健康管理率", note="line 4 (七、… heading) has no findings. 0—6岁, 65岁以上 are age classes inside indicator names (like 3岁以下), not findings; 2型糖尿病 is a disease name. One value shared by a written list: the list is the indicator. 达到…以上 → >=")
    T(5, "66%以上", "65岁以上老年人、高血压、2型糖尿病患者基层规范管理服务率", note="one value shared by a written list; 65岁以上 stays in the indicator")
    C(5, "超1000人", "农村订单定向免费医学生", "培养招录", note="按需为基层培养一批卫生健康人才 that follows has no number")
    C(5, "超53万名", "适龄妇女", "免费提供乳腺癌和宫颈癌筛查", note="unit 名 as written")
    T(5, "20%以上", "项目数", "增加", note="a rate of increase of the mutual-recognition item library → target; 增加 is the rate word")
    return d
