"""Segmentation on pages written for the tests (not copied from the seeds)."""
from kg.reader import clean
from kg.segment import join_column_breaks, lines_of, parse_byline, segment


def page(text):
    return segment(clean(text))


def test_column_break_rejoined_but_headings_kept():
    text = ("某县召开文明创建推进会\n\n本报讯(张三)近日,某县召开会议,要求各部门抓好重\n\n点工作,确保任务完成。\n\n"
            "强化保障 兜牢底线\n\n会议强调,要做好工作。")
    paras = [p.text for p in join_column_breaks(lines_of(clean(text)))]
    assert "近日,某县召开会议,要求各部门抓好重点工作,确保任务完成。" in paras[1]
    assert "强化保障 兜牢底线" in paras


def test_articles_bylines_and_captions():
    text = ("春风化雨润民心\n\n——某市推进志愿服务综述\n\n◎ 王小明\n\n近年来,某市持续推进志愿服务。\n\n"
            "河畔新城:夜市点亮烟火气\n\n李雷 韩梅\n\n夜市开张,市民纷至沓来。\n\n"
            "3月5日,志愿者在广场为居民义务理发,现场气氛热烈。赵六摄\n\n"
            "精神文明网 报社官方微信\n")
    arts, noise = page(text)
    assert [a.headline for a in arts] == ["春风化雨润民心", "河畔新城:夜市点亮烟火气", "3月5日"]
    assert arts[0].subtitle.text == "某市推进志愿服务综述"
    assert arts[0].authors == [("王小明", False)]
    assert arts[1].authors == [("李雷", False), ("韩梅", False)]
    assert arts[2].kind == "photo_caption" and arts[2].photographers == ["赵六"]
    assert noise == ["精神文明网 报社官方微信"]


def test_lead_byline_and_pen_name():
    arts, _ = page("某区推进垃圾分类\n\n本报讯(河文)近日,某区推进垃圾分类。\n")
    assert arts[0].authors == [("河文", True)]
    assert arts[0].paragraphs[0].text.startswith("近日")


def test_byline_with_titles():
    names, roles = parse_byline("中共某县委常委、宣传部部长 王大伟")
    assert names == [("王大伟", False)]
    assert roles == ["中共某县委常委", "宣传部部长"]
    assert parse_byline("以城带乡 城乡联创") is None


def test_headline_after_body_is_attached():
    text = ("本报讯(甲文)为提升城市品质,某市多措并举推进创建工作。\n\n某市多措并举推进创建工作\n\n"
            "5月1日,村民在田间劳作,场面热闹非凡,处处生机勃勃。钱七摄\n")
    arts, _ = page(text)
    assert arts[0].headline == "某市多措并举推进创建工作"
    assert arts[1].kind == "photo_caption"
