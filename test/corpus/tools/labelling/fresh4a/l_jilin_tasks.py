from lab import Doc
def doc():
    d = Doc("jilin-gwr-2026-tasks")
    C, T = d.c, d.t
    C(2, "10万名", "残疾人", "提供基本康复服务", note="2026 plan text (二、2026年工作安排, 民生实事 paragraph with no count of its own) with no time word: report-year default. 提高农村最低生活保障标准 has no number; “应救尽救” has none")
    C(2, "100个", "中小学校冰雪运动训练室（场）", "建设")
    C(2, "1000家左右", "医保定点社区卫生服务中心、乡镇卫生院", "配备医保刷脸支付终端", note="左右 → ~; one value shared by a written list. 全覆盖 has no number")
    C(2, "10个", "县级综合养老服务中心", "建设")
    C(2, "60个", "乡镇区域养老服务中心", "建设", note="建设 is shared over the list")
    C(2, "120个", "村级养老服务站点", "建设")
    C(2, "100条", "客运班线", "实施公交化改造", note="大范围实施既有住宅加装电梯 that follows has no number")
    C(2, "1000个", "行政村", "完成生活污水治理")
    T(3, "21万人", "城镇新增就业", note="a level of an indicator (seed convention 2). “五业” is a name; 零就业家庭动态清零 has no number")
    T(3, "240万人", "农村劳动力转移就业")
    T(3, "17万人", "高校毕业生留省就业")
    C(4, "2个", "城市", "推进", note="the count of the listed cities (长春、白山2个城市), like 湖南's 邵永、铜吉…等6条高铁; borderline (it restates the list). “县管校聘”, “双一流”“双特色”“双高计划” earlier are names")
    C(4, "2000个", "普惠性养老床位", "增加", note="第33届世界大冬会 later is an ordinal, “四个最严” a label")
    return d
