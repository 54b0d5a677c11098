"""Segmentation on pages written for the tests (not copied from the seeds)."""
from kg.pipeline import starts_with_region
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


def test_news_leads_of_other_outlets():
    arts, _ = page("某市举办读书节\n\n东方通讯社某市6月2日电(记者陈小芳)1日,某市举办读书节。\n")
    assert arts[0].authors == [("陈小芳", False)] and arts[0].outlets == ["东方通讯社"]
    assert arts[0].paragraphs[0].text.startswith("1日")
    arts, _ = page("某县开展义诊\n\n晨光晚报讯 (记者 王明 通讯员 李青) 昨日,某县开展义诊。\n")
    assert arts[0].authors == [("王明", False), ("李青", False)] and arts[0].outlets == ["晨光晚报"]
    arts, _ = page("某区植树\n\n某区新闻网讯 (某市日报 记者/赵 强) 近日,某区组织植树。\n")
    assert arts[0].authors == [("赵强", False)] and arts[0].outlets == ["某区新闻网", "某市日报"]


def test_an_e_paper_s_headline_then_the_paper_s_name_author_and_posting_lines():
    arts, noise = page("版面导航 |\n某市开展文明交通劝导\n东江晚报\n作者:钱小明\n要闻 时间:2030年5月2日 来源:东江晚报\n"
                       "本报讯(记者 钱小明)5月1日,某市开展文明交通劝导活动。\n")
    assert [a.headline for a in arts] == ["某市开展文明交通劝导"]
    assert arts[0].outlets == ["东江晚报"] and arts[0].authors == [("钱小明", False)]
    assert arts[0].paragraphs[0].text.startswith("5月1日")


def test_an_outlet_and_a_colon_open_a_lead_and_credits_close_the_last_paragraph():
    arts, _ = page("某县召开创建推进会\n\n东江新闻网讯:5月2日,某县召开创建推进会。\n\n"
                   "会议部署了下一步工作。(东江新闻网记者 钱小明 通讯员 孔青)\n")
    assert arts[0].outlets == ["东江新闻网"]
    assert arts[0].authors == [("钱小明", False), ("孔青", False)]
    assert arts[0].paragraphs[0].text.startswith("5月2日")
    assert arts[0].paragraphs[-1].text == "会议部署了下一步工作。"
    arts, _ = page("某县召开创建推进会\n\n5月2日,某县召开创建推进会。会议部署了下一步工作(详见附件)。\n")
    assert arts[0].authors == [] and arts[0].paragraphs[-1].text.endswith("(详见附件)。")


def test_an_outlet_and_the_time_of_posting_on_a_line_are_credits_not_text():
    arts, _ = page("某县入选文明县城\n\n江南日报·新江南客户端 2030-05-24 07:49:15\n\n5月23日,某县入选文明县城。\n")
    assert arts[0].outlets == ["江南日报", "新江南客户端"]
    assert [p.text for p in arts[0].paragraphs] == ["5月23日,某县入选文明县城。"]


def test_a_list_s_heading_and_its_items_one_a_line_stay_in_the_article():
    arts, _ = page("某市两县入选文明县城\n\n5月23日,某市两县入选文明县城。\n\n第三届文明县城名单(2)\n\n甲县\n\n乙县\n\n"
                   "第三届文明家庭名单:\n\n王大明家庭\n")
    assert len(arts) == 1 and arts[0].authors == []
    assert [p.text for p in arts[0].paragraphs][1:] == ["第三届文明县城名单(2)", "甲县", "乙县", "第三届文明家庭名单:", "王大明家庭"]


def test_a_site_s_source_line_with_an_empty_field_or_a_font_switch_first():
    arts, _ = page("某镇开展义诊\n\n2030-07-30 00:37:34 来源:   编辑:钱小明\n\n近日,某镇开展义诊。\n")
    assert arts[0].outlets == [] and arts[0].editors == ["钱小明"]
    arts, _ = page("某乡清扫街巷\n\n【 字体:    稿件来源: 某乡  作者: 孔青   时间:2030-02-13 10:54:59\n\n"
                   "江东融媒讯 为迎新春,某乡开展清扫。\n")
    assert [a.headline for a in arts] == ["某乡清扫街巷"]
    assert arts[0].authors == [("孔青", False)] and "江东融媒" in arts[0].outlets
    assert arts[0].paragraphs[0].text.startswith("为迎新春")


def test_a_paragraph_going_on_with_the_story_keeps_its_photo_credit_as_the_article_s():
    arts, _ = page("某镇开展清扫\n\n近日,某镇开展清扫活动。\n\n目前,全镇12个村均组建了志愿队伍。   孔青   邵力   摄\n")
    assert len(arts) == 1 and arts[0].photographers == ["孔青", "邵力"]
    assert arts[0].paragraphs[-1].text == "目前,全镇12个村均组建了志愿队伍。"


def test_an_article_without_a_headline_opening_with_punctuation_still_has_one():
    arts, _ = page("。”甲乙丙丁戊己庚辛,某县开展义诊活动,群众受益。\n")
    assert arts[0].headline == "甲乙丙丁戊己庚辛"
    arts, _ = page("▲ ,志愿者为老人理发。 记者 王明 摄\n")
    assert arts[0].headline


def test_a_paper_and_its_app_sharing_one_lead_are_both_outlets():
    arts, _ = page("某县开放书屋\n\n江南日报•新江南客户端5月8日讯(记者 孔小燕 通讯员 邵力)今天,某县开放书屋。\n")
    assert arts[0].outlets == ["江南日报", "新江南客户端"]
    assert arts[0].authors == [("孔小燕", False), ("邵力", False)]
    assert arts[0].paragraphs[0].text.startswith("今天")


def test_credits_after_the_body_and_source_lines():
    arts, noise = page("某镇建成书屋\n\n来源:晨光晚报,作者:周小北,编辑:吴某\n\n近日,某镇建成农家书屋。\n\n"
                       "作者:某省日报记者 孙一 钱二\n")
    assert arts[0].outlets == ["晨光晚报", "某省日报"]
    assert arts[0].authors == [("周小北", False), ("孙一", False), ("钱二", False)]
    assert noise == []
    arts, _ = page("某县举办长跑赛\n\n近日,某县举办长跑赛。\n\n分项\n\n比赛分为三个组别。\n")
    assert arts[0].authors == []                # a two-character section heading is no byline


def test_report_heading_issuer_and_date_then_list():
    text = ("2030年某县国民经济统计公报\n\n某县统计局\n\n2031年3月1日\n\n全年地区生产总值增长5%。\n\n"
            "入选名单:\n\n某镇某村\n\n某乡\n")
    arts, noise = page(text)
    assert [a.headline for a in arts] == ["2030年某县国民经济统计公报"]
    paras = [p.text for p in arts[0].paragraphs]
    assert "某县统计局" in paras and "某镇某村" in paras and "某乡" in paras
    assert noise == []


def test_photo_between_headline_and_lead():
    text = ("某市举行志愿服务活动\n\n图为志愿者清扫街道。 记者张小明摄\n\n"
            "某市新闻网讯 (记者李雷) 5日,某市举行志愿服务活动。\n")
    arts, _ = page(text)
    assert [(a.headline, a.kind) for a in arts] == [("某市举行志愿服务活动", "article"), ("图为志愿者清扫街道", "photo_caption")]
    assert arts[1].photographers == ["张小明"] and arts[0].authors == [("李雷", False)]


def test_a_name_heading_inside_an_article_stays_in_its_body():
    arts, noise = page("某省五人入选好人榜\n\n近日,某省五人入选好人榜。\n\n周海峰\n\n山路上的守护者\n\n周海峰常年巡山。\n")
    assert len(arts) == 1 and "周海峰" in [p.text for p in arts[0].paragraphs] and noise == []


def test_an_editor_credited_on_a_source_line_or_with_the_reporters_is_an_editor_not_an_author():
    from kg.segment import parse_credits, parse_source_line
    line = parse_source_line("来源：某某晚报，作者：王一鸣，编辑：李晓红")
    assert line.authors == [("王一鸣", False)] and line.editors == ["李晓红"]
    credits = parse_credits("记者 王一鸣 责任编辑 李晓红")
    assert credits.authors == [("王一鸣", False)] and credits.editors == ["李晓红"]
    arts = page("某县举行志愿服务启动仪式\n\n近日,某县举行仪式,启动志愿服务月活动。\n\n"
                "来源：某某晚报，作者：王一鸣，编辑：李晓红\n")
    arts, _ = arts
    assert arts[0].editors == ["李晓红"] and ("王一鸣", False) in arts[0].authors


def test_credits_in_brackets_on_a_line_after_the_text_are_the_article_s():
    arts, noise = page("某县教师扎根山村三十年\n\n某县教师周某扎根山村三十年,资助学生百余名。\n\n（本报记者 孙一鸣 摄影 钱小林）\n")
    assert arts[0].authors == [("孙一鸣", False)] and arts[0].photographers == ["钱小林"]
    assert noise == [] and all("孙一鸣" not in p.text for p in arts[0].paragraphs)
    arts, _ = page("某县召开会议\n\n某县召开会议。\n\n（下转第二版）\n")
    assert arts[0].authors == [] and arts[0].photographers == []


def test_a_notice_signed_after_its_text_keeps_its_issuer_and_date():
    arts, noise = page("关于开展文明交通劝导活动的通知\n\n各乡镇、县直各单位:\n\n现将活动安排通知如下,请认真落实。\n\n"
                       "某县文明办\n\n2030年4月2日\n")
    assert noise == []
    assert [p.text for p in arts[0].paragraphs][-2:] == ["某县文明办", "2030年4月2日"]


def test_a_credit_line_ending_with_its_verb_credits_the_reporter_only():
    from kg.segment import parse_credits
    credits = parse_credits("某县融媒体中心记者 孙一鸣 报道")
    assert credits.authors == [("孙一鸣", False)] and credits.outlets == ["某县融媒体中心"]


def test_headlines_with_a_colon_a_dash_or_a_space_are_not_prose_cut_by_a_column():
    from kg.pipeline import starts_with_region
    for headline, first in (("江西省铜鼓县:“积分超市”兑出文明新风", "近日,江西省铜鼓县推行积分制管理,村民踊跃参与。"),
                            ("扎根乡村写青春——记某镇驻村第一书记陈晓东", "陈晓东驻村三年,带领村民发展产业。"),
                            ("“最美志愿者”刘芳:退休不褪色 余热暖人心", "今年70岁的刘芳是一名退休教师。"),
                            ("“过去出门一脚泥,现在家家通水泥路”——某村道路改造见闻", "走进某村,道路干净整洁。")):
        arts, _ = segment(clean(f"{headline}\n\n{first}\n"), starts_with_region)
        assert arts[0].headline == headline
        assert arts[0].paragraphs[0].text == first


def test_a_page_s_masthead_date_and_number_are_furniture():
    text = ("文明周报\n\n2026年5月6日 星期三 第2版\n\n近日,某县举办读书节,3000余名市民参加。\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["近日"]           # no headline printed: its first words
    assert {"文明周报", "2026年5月6日 星期三 第2版"} <= set(furniture)


def test_each_item_of_a_column_of_briefs_is_a_story_of_its_own():
    text = ("简讯\n\n●近日,某县开展“文明出行”宣传活动,志愿者在路口劝导。(王芳)\n\n"
            "●5月2日,某镇举办邻里节,300余名居民参加。(赵强)\n\n"
            "某区推进垃圾分类\n\n本报讯(刘伟)今年以来,某区推进垃圾分类。\n")
    articles, _ = page(text)
    briefs = [a for a in articles if a.kind == "brief"]
    assert [a.authors for a in briefs] == [[("王芳", False)], [("赵强", False)]]
    assert briefs[1].headline == "5月2日,某镇举办邻里节,300余名居民参加"
    assert briefs[0].body.text.endswith("志愿者在路口劝导。")     # the writer's bracket is no part of the text
    assert articles[-1].headline == "某区推进垃圾分类"


def test_a_dotted_name_of_another_people_in_a_lead_s_brackets():
    articles, _ = page("某村的石榴花开了\n\n本报讯(记者 阿依古丽·买买提)近日,某村举办石榴节。\n")
    assert articles[0].authors == [("阿依古丽·买买提", False)]


def test_a_dashed_paragraph_that_ends_a_sentence_is_text_not_a_subtitle():
    text = ("一组数字看某县这一年\n\n本报讯(李华)今年,某县成绩亮眼。\n\n——道路更畅通。全县新修公路120公里。\n\n"
            "——乡村更美丽。全县改造农房3000户。\n")
    articles, noise = page(text)
    assert [p.text for p in articles[0].paragraphs][1:] == ["——道路更畅通。全县新修公路120公里。",
                                                           "——乡村更美丽。全县改造农房3000户。"]
    assert noise == []


def test_a_long_subtitle_is_not_joined_to_the_text_after_it():
    text = ("大山里的守望者\n\n——记第三届全省优秀乡村教师获得者、某省某县某镇中心小学语文教师周明\n\n"
            "周明今年50岁,在山里教书二十余年。\n")
    articles, _ = page(text)
    assert articles[0].subtitle.text.endswith("语文教师周明")
    assert articles[0].paragraphs[0].text == "周明今年50岁,在山里教书二十余年。"


def test_a_byline_signed_for_the_paper_has_no_name_and_no_headline():
    articles, _ = page("创建要常态长效\n\n本报评论员\n\n文明创建不是一阵风,而是一场持久战。\n")
    assert articles[0].headline == "创建要常态长效"
    assert articles[0].authors == []
    assert articles[0].paragraphs[0].text.startswith("文明创建不是一阵风")


def test_a_notice_s_title_before_its_addressees_is_its_headline():
    text = ("关于某某检查情况的通报\n\n各乡镇党委:\n\n现将检查情况通报如下。全市共发现问题120个。\n")
    articles, _ = page(text)
    assert articles[0].headline == "关于某某检查情况的通报"
    assert [p.text for p in articles[0].paragraphs][:2] == ["各乡镇党委:", "现将检查情况通报如下。全市共发现问题120个。"]


def test_a_headline_before_a_numbered_section_is_the_headline():
    text = ("小区里的共享菜园 | 邻里关系更近了\n\n01 一块空地的变化\n\n去年,小区把闲置空地改成了菜园。\n\n"
            "02 居民自己管\n\n菜园由居民轮流管理。\n")
    articles, _ = page(text)
    assert [a.headline for a in articles] == ["小区里的共享菜园 | 邻里关系更近了"]


def test_a_government_site_s_posting_line_gives_the_source_not_text():
    text = ("某县召开文明创建推进会\n\n发布时间:2031-11-18 10:32 来源:某县委宣传部 浏览次数:1268\n\n"
            "11月17日,某县召开推进会。\n")
    articles, _ = page(text)
    assert articles[0].outlets == ["某县委宣传部"]
    assert articles[0].paragraphs[0].text == "11月17日,某县召开推进会。"


def test_a_column_s_writer_after_a_square_and_the_page_s_editors_line():
    text = ("本版责编:周红 美编:吴强\n\n■文明观察\n\n礼让不只在斑马线\n\n■ 陈立新\n\n"
            "文明出行,需要每个人从点滴做起。\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["礼让不只在斑马线"]
    assert articles[0].authors == [("陈立新", False)]
    assert {"本版责编:周红 美编:吴强", "■文明观察"} <= set(furniture)


def test_a_marked_caption_whose_credit_is_spaced_is_a_caption():
    text = "某镇举办趣味运动会\n\n本报讯(李明)近日,某镇举办运动会。\n\n▲村民参加拔河比赛。 李明 摄\n"
    articles, _ = page(text)
    caption = [a for a in articles if a.kind == "photo_caption"]
    assert caption and caption[0].photographers == ["李明"] and caption[0].headline == "村民参加拔河比赛"


def test_a_web_page_s_headline_its_posting_line_and_footer():
    text = ("首页 > 新闻中心\n\n某县文明实践点亮乡村\n\n发布时间:2031-11-20 来源:某县委宣传部\n\n"
            "本报讯(通讯员 沈一)11月19日,某县召开现场会。\n\n版权所有 某县新闻网 某ICP备12345678号\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["某县文明实践点亮乡村"]
    assert articles[0].outlets == ["某县委宣传部"] and articles[0].authors == [("沈一", False)]
    assert "版权所有 某县新闻网 某ICP备12345678号" in furniture


def test_a_portal_page_s_date_source_line_widgets_and_closing_editors():
    text = ("某县:志愿服务温暖一老一小\n\n2031年11月21日08:15 | 来源:某某网-某省频道\n\n小字号\n\n"
            "某某网某市11月21日电 (记者 时一)近日,某县开展关爱活动。\n\n分享让更多人看到\n\n(责编:邹一、杨二)\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["某县:志愿服务温暖一老一小"]
    assert articles[0].outlets[0] == "某某网" and articles[0].editors == ["邹一", "杨二"]
    assert articles[0].authors == [("时一", False)]
    assert {"小字号", "分享让更多人看到"} <= set(furniture)


def test_an_editor_s_note_is_no_story_and_a_series_headline_no_byline():
    text = ("文明城市巡礼·某县篇\n\n编者按:文明是城市的灵魂。本报今起推出系列报道,敬请关注。\n\n"
            "本报讯(记者 覃一)近日,某县开展活动。\n\n【责任编辑:黄二】\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["文明城市巡礼·某县篇"]
    assert articles[0].authors == [("覃一", False)] and articles[0].editors == ["黄二"]
    assert any(f.startswith("编者按") for f in furniture)


def test_place_colon_phrase_headlines_without_leads_each_open_an_article():
    text = ("江西九江:志愿服务进社区\n\n近日,九江市濂溪区开展志愿服务进社区活动,志愿者为居民义诊。\n\n"
            "湖南岳阳:文明交通劝导常态化\n\n今年以来,岳阳市岳阳楼区组织交通劝导志愿者上岗。\n")
    articles, _ = segment(clean(text), starts_with_region)
    assert [a.headline for a in articles] == ["江西九江:志愿服务进社区", "湖南岳阳:文明交通劝导常态化"]


def test_a_headline_that_exclaims_or_asks_is_a_headline():
    articles, _ = page("谁来守护老人的“饭碗”?\n\n本报讯(李明)近日,某县开展助餐服务,200余名老人受益。\n")
    assert [a.headline for a in articles] == ["谁来守护老人的“饭碗”?"]
    assert articles[0].authors == [("李明", False)]


def test_a_site_address_before_the_source_line_and_a_photo_before_the_lead():
    text = ("某县志愿服务暖人心\n\nhttp://www.mouxian.example.cn 2031-05-06 09:10:11 来源:某县融媒 责任编辑:钱一\n\n"
            "某县新时代文明实践中心志愿者走进敬老院 孙二摄\n\n本报讯(通讯员 周三)5月5日,某县组织志愿者走进敬老院。\n")
    articles, furniture = page(text)
    story = [a for a in articles if a.kind == "article"]
    assert [a.headline for a in story] == ["某县志愿服务暖人心"] and story[0].editors == ["钱一"]
    caption = [a for a in articles if a.kind == "photo_caption"]
    assert caption and caption[0].photographers == ["孙二"] and caption[0].headline.startswith("某县新时代文明实践中心志愿者")


def test_a_source_field_ends_before_the_posting_time():
    text = ("某市召开创建推进会\n\n来源:某市日报 2031-10-31 09:09\n\n本报讯(记者 吴一)10月30日,某市召开推进会。\n")
    articles, _ = page(text)
    assert articles[0].outlets == ["某市日报"]


def test_a_page_s_date_line_hit_counter_and_photo_label_stand_between_headline_and_text():
    text = ("我县召开创建文明城市工作布置会\n日期:2031-05-21 10:08:13\n来源:某县融媒体中心\n作者:杨一\n点击:0次\n"
            "会议现场\n5月20日,县里召开创建文明城市工作布置会。\n")
    articles, furniture = page(text)
    assert [a.headline for a in articles] == ["我县召开创建文明城市工作布置会"]
    assert articles[0].authors == [("杨一", False)] and articles[0].outlets == ["某县融媒体中心"]
    assert {"点击:0次", "会议现场"} <= set(furniture)


def test_a_site_s_posting_line_with_its_name_and_fields_parted_by_bars():
    text = ("某区举行志愿服务活动启动仪式\n某某文化网 发表于:2031-10-31 16:12:02 来源:某市日报全媒体 作者:唐一 点击: 评论:0\n\n"
            "   近日,某区在广场举行启动仪式。\n\n某区志愿者参加活动\n来源:某某国际在线  |  2031-04-14 14:40:12\n")
    articles, _ = page(text)
    assert articles[0].headline == "某区举行志愿服务活动启动仪式" and articles[0].authors == [("唐一", False)]
    assert articles[0].outlets == ["某市日报", "某某国际在线"] and articles[0].paragraphs[0].text.startswith("近日")


def test_credits_with_a_role_and_a_colon_name_every_author():
    articles, _ = page("某区召开创城调度会\n\n4月9日下午,某区召开创城调度会。\n\n记者:庞一芳 李二涵\n")
    assert articles[0].authors == [("庞一芳", False), ("李二涵", False)]


def test_a_source_field_ends_where_a_date_is_glued_to_it():
    articles, _ = page("某村老人照顾邻居8年\n\n来源:某某在线-某省日报2031年6月3日\n\n本报讯 近日,某村老人照顾邻居8年。\n")
    assert articles[0].outlets == ["某某在线-某省日报"]


def test_credits_where_the_next_name_s_role_is_glued_to_a_name():
    articles, _ = page("某市红黑榜出炉\n\n某市日报讯(记者/李一换通讯员/李二豪)近日,某市红黑榜正式出炉。\n")
    assert articles[0].authors == [("李一换", False), ("李二豪", False)] and articles[0].outlets == ["某市日报"]
