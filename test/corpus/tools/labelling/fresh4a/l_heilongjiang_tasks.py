from lab import Doc
def doc():
    d = Doc("heilongjiang-gwr-2026-tasks")
    C, T = d.c, d.t
    T(2, "4%左右", "社会消费品零售总额、固定资产投资", "增长", note="2026 plan text (三、2026年重点工作) with no time word: report-year default. One value shared by a written list: the list is the indicator")
    C(3, "2000场以上", "促消费活动", "举办", note="“两新” and “购在龙江” are names")
    C(3, "8亿元以上", "政府消费券", "发放")
    C(3, "500家以上", "入统企业", "新增", note="首店、首展、首秀 and 首发经济 earlier have no number")
    C(4, "7.5万个", "充电基础设施终端", "建成", note="“两重” is a name; 粮食产能提升灌溉二期 is a phase; 一批 has no number")
    C(4, "3800个", "“四单合一”产业项目", "建设", note="产业项目建设年活动 is a campaign name, “四单合一” a label")
    C(4, "1万亿元以上", "总投资", note="investment size of the projects (seed convention 15: change null)")
    T(4, "10%以上", "高技术制造业投资", "增长", note="持续提高民间投资占比 has no number")
    return d
