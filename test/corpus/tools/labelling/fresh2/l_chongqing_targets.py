from lab import Doc
def doc():
    d = Doc("chongqing-gwr-2026-targets", default_deadline="2030-12-31")
    T = d.t
    d.date(2, "到2030年", "2030-12-31", note="“十五五” goals inside the annual report; “33618”, “416” earlier are names")
    T(2, "4万亿元", "地区生产总值", note="迈上4万亿元新台阶: no comparator word is written, so = (the step reads as at least, but seed convention: comparators come from the words)")
    T(2, "14万元", "人均地区生产总值")
    T(2, "3.25%", "全社会研发经费投入强度")
    T(2, "25万元/人", "全员劳动生产率", note="万元/人 → 元/人")
    d.date(3, "到2030年", "2030-12-31", note="“九大关键枢纽” earlier is a label")
    T(3, "50万标箱", "西部陆海新通道货运量")
    T(3, "4800列以上", "中欧班列（成渝）年开行量", note="保持在…以上 → >=")
    T(3, "25万标箱", "枢纽通道联运量", note="三大市场 that follows is an enumeration label")
    d.date(4, "到2030年", "2030-12-31")
    T(4, "2.1∶1左右", "城乡居民收入比", note="X∶1 ratio: value 2.1, unit null, 左右 → ~; 缩小至 is a level verb")
    T(4, "75%左右", "常住人口城镇化率", note="居全国前列 that follows is a rank")
    return d
