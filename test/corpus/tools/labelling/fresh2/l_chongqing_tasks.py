from lab import Doc
def doc():
    d = Doc("chongqing-gwr-2026-tasks")
    C = d.c
    d.date(3, "今年", "2026-12-31", note="今年 at the head of the year's 民生实事 list. Line 2 has no findings: 三年行动 is a campaign length, “两委” a name")
    C(3, "15件", "市级重点民生实事", "办好", note="count of 民生实事 in a plan → commitment (seed convention 5)")
    C(3, "600个", "老旧小区改造", "完成")
    C(3, "60处", "交通堵乱点", "治理")
    C(3, "200万名以上", "中小学生", "开展心理健康测评")
    C(3, "15万人次", "未成年人假期公益托管服务", "提供")
    C(3, "50个", "银发综合体", "打造")
    C(3, "7000个以上", "新就业群体友好阵地", "累计建成")
    C(3, "1万人次", "残疾儿童康复救助", "实施")
    C(3, "不少于5万名", "严重精神障碍患者", "免费提供抗精神病药物", note="不少于 → >=")
    C(3, "70万", "妇女", "筛查", unit="人", note="70万妇女: the count of people, unit 人 taken from the noun (like 720万人口, seed convention 17); “两癌” is a name")
    d.t(3, "55%", "城市社区普惠性托育服务点覆盖率", note="达到 is a level verb")
    C(3, "20个", "“渝邻汇”社区综合服务体", "建成")
    C(3, "100所", "学校", "整体提升")
    C(3, "50家", "医院", "整体提升")
    C(3, "500处", "农村供水工程", "实施")
    C(3, "700处", "急救设备", "布局")
    C(3, "100个", "反诈工作站", "建成")
    C(3, "6000栋", "老旧高层建筑", "安装")
    return d
