from lab import Doc
def doc():
    d = Doc("shanxi1-gwr-2026-tasks")
    C, T = d.c, d.t
    d.date(4, "今年", "2026-12-31", note="今年 at the head of the year's 民生实事 list (今年再办好15件民生实事). Lines 2–3 have no findings: 第四次全国文物普查 and 第十七届省运会 are ordinals, “书香山西” a name")
    C(4, "15件", "民生实事", "办好", note="count of 民生实事 in a plan → commitment (seed convention 5); 一是…十五是 are ordinals")
    C(4, "3万名", "内镜检查", "开展", note="unit 名 as written")
    C(4, "3000名", "“西部计划”志愿者", "招募")
    C(4, "3000名", "社区助理", "招募", note="招募 is shared with the preceding item; 毕业生就业能力培训“万人计划” is a programme name, not a finding")
    C(4, "6300名", "残疾人大学生和困难残疾人家庭子女大学生", "资助", note="合计: one total for the written list")
    C(4, "8000人", "残疾儿童", "抢救性康复救助")
    C(4, "4万人", "辅助器具适配补贴")
    C(4, "3000余名", "符合条件的残疾人", "帮扶", note="余 → ~")
    C(4, "50个", "社区养老工程和乡镇（街道）区域养老服务中心", "改扩建", note="one value shared by a written list: the list is the indicator")
    C(4, "600部", "电梯", "加装", note="八是 (丧葬补助金制度) has no number")
    T(4, "70%以上", "粮食作物完全成本保险综合承保覆盖率", note="达到 is a level verb; a level of an indicator → target")
    C(4, "不少于100万批次", "农产品快检", "完成", note="不少于 → >=; unit 批次 as written")
    T(4, "2万元以上", "农产品网络销售额", note="eligibility thresholds of the subsidy with no count after them: a class threshold with no count is the finding (seed convention 14, like 村集体经济收入5万元以上全覆盖 → target); borderline, they could be read as part of the name of the eligible 经营主体")
    T(4, "1000单以上", "快递单量", note="see 2万元以上; 达 is a level verb, unit 单 as written")
    C(4, "1900处", "农村供水工程", "维修养护")
    C(4, "1万场", "送戏下乡", "免费")
    C(4, "80个", "新型公共文化空间", "打造")
    return d
