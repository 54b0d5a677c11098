"""Word lists of Chinese public-affairs writing, shared by the segmenter and every extractor.

Each list is a closed class of the language of news and government reports (office titles,
credit roles, media heads, organizing verbs), not names taken from any page.
"""
from __future__ import annotations

import re

HAN = r"\u4e00-\u9fff"

# --- credits: who wrote, photographed or published an article -------------------------------
# role words printed before a name in a byline or a lead's brackets (记者 王芳, 通讯员/李四)
CREDIT_ROLES = {
    "记者": "author", "本报记者": "author", "见习记者": "author", "特约记者": "author", "实习记者": "author",
    "融媒记者": "author", "通讯员": "author", "特约通讯员": "author", "实习生": "author", "作者": "author",
    "文": "author", "撰文": "author", "文字": "author", "图文": "author", "文/图": "author", "图/文": "author",
    "摄影": "photographer", "摄": "photographer", "图": "photographer", "摄影记者": "photographer",
    "编辑": "editor", "责任编辑": "editor", "责编": "editor", "审核": None, "校对": None, "编审": None, "监制": None,
}
# a byline that signs for the paper, with no name (本报评论员, 新华社评论员, 本报编辑部)
UNNAMED_BYLINE = re.compile(rf"^(?:本报|本刊|[{HAN}]{{2,8}}(?:报|社|网|台))?(?:特约)?(?:评论员|编辑部)$")
# verbs a credit line may end with (记者 某某 报道, 某某 供稿): no names
CREDIT_VERBS = frozenset({"报道", "报导", "供稿", "整理", "采写", "发自"})
# the head word of a news outlet's name (某时报, 某通讯社, 某新闻网某省新闻, 某市广播电视台)
MEDIA_HEADS = ("广播电视台", "电视台", "广播电台", "融媒体中心", "融媒", "新闻网", "新闻", "日报", "晚报", "早报", "时报",
               "商报", "报社", "报", "通讯社", "新华社", "社", "网", "信息港", "客户端", "广播", "电台", "杂志")
# the national agencies, papers and broadcasters (新华社, 人民日报, 央视网): nowhere in particular
NATIONAL_OUTLET = re.compile(r"^(?:新华|中新|人民|光明|央视|央广|中国|中央|国际|环球|经济日报|法治日报|工人日报|农民日报)")
# a lead opens the first paragraph: <outlet>[<place>][<date>](讯|电|消息) (<credits>); a paper and
# its app may share one lead, joined by a dot (某日报•某客户端3月1日讯)
OUTLET_JOINER = "•·・"
NEWS_LEAD = re.compile(
    rf"^(?P<outlet>(?:[{HAN}A-Za-z]{{2,12}}[{OUTLET_JOINER}])?[{HAN}A-Za-z]{{0,16}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?(?:讯|电|消息)\s*"
    r"[(（](?P<credits>[^()（）]{1,60})[)）]\s*")
# …or the outlet alone, then a colon (某新闻网讯:11月17日上午,…)
NEWS_LEAD_BARE = re.compile(rf"^(?P<outlet>[{HAN}A-Za-z]{{2,16}}?)(?:(?:讯|消息)\s*[:：]|讯\s+)\s*")
# the lead of a dispatch printed inline (新华社北京11月20日电): where and when it was filed, not
# what it reports
FILED_FROM = re.compile(r"\s*[\u4e00-\u9fff]{0,8}?(?:社|报|网|台)(?P<place>[\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电")
# a source line printed with the article: 来源:某报,作者:张三,编辑:李四
# (a government site prints when it was posted first: 发布时间:2026-11-18 10:32 来源:某某 浏览次数:…)
# the labels of a source line's fields (来源:, 作者:, 责编: …)
SOURCE_FIELDS = "来源|稿源|作者|编辑|责任编辑|责编"
# (an e-paper prints the column first: 新闻 时间:2019年11月27日 来源:某日报)
# (a site's font-size switch may come first: 【 字体: 稿件来源: …)
# (a site may print its address first: www.某网.com 2021-01-01 12:00 来源:…)
SOURCE_LINE = re.compile(r"^(?:[【\[]\s*字[体号]\s*[:：]?[大中小\s]*)?(?:(?:https?://)?[\w\-]+(?:\.[\w\-]+)+/?\S*\s+)?"
                         r"(?:[\u4e00-\u9fff]{2,8}\s+(?=时间|日期|发布|发表))?"
                         r"(?:(?:发布时间|发布日期|发稿时间|发表时间|发表于|发布于|时间|日期)\s*[:：]?\s*)?(?:[\d\-/:.年月日\s]{6,24}?[\s|｜]*)?"
                         rf"(?:稿件|信息)?(?:{SOURCE_FIELDS})\s*[:：]")

# --- bodies ----------------------------------------------------------------------------------
# the type word that ends a body's name → the kind of body (longest first when matching)
SUFFIX_KIND = [
    ("创建工作领导小组", "leading_group"), ("领导小组", "leading_group"), ("指挥部", "leading_group"),
    # the office for creating a civilised/hygienic city by its short names (创建办, 创城办, 创文办, 创卫办)
    ("创建办", "leading_group"), ("创城办", "leading_group"), ("创文办", "leading_group"), ("创卫办", "leading_group"),
    ("文明办", "government"), ("工作专班", "leading_group"), ("专班", "leading_group"),
    ("文明城市办公室", "leading_group"), ("创建办公室", "leading_group"),
    ("委员会", "government"), ("办公室", "government"), ("管理局", "government"), ("局", "government"),
    # offices called 室 (督查室, 政策研究室); rooms (活动室, 阅览室) are none
    ("督查室", "government"), ("研究室", "government"), ("调研室", "government"),
    ("服务中心", "government"), ("辅导中心", "government"), ("实践中心", "government"), ("中心", "government"),
    ("管理部", "government"), ("政府", "government"), ("人民政府", "government"), ("派出所", "government"),
    ("大队", "government"), ("支队", "government"), ("法院", "government"), ("检察院", "government"),
    # a province's departments (某省教育厅, 某委办公厅), the people's congress and its standing
    # committee, the political consultative conference, the armed forces department
    ("办公厅", "government"), ("厅", "government"), ("人大", "government"), ("常委会", "government"), ("政协", "government"),
    ("武装部", "government"), ("军分区", "government"), ("警备区", "government"),
    # a commission by its short name (某某执法委, 卫健委, 发改委); 常委 is an office (see below)
    ("委", "government"),
    ("党组", "party"), ("党委", "party"), ("党工委", "party"), ("宣传部", "party"), ("组织部", "party"),
    ("纪委", "party"), ("市委", "party"), ("县委", "party"), ("区委", "party"), ("省委", "party"), ("州委", "party"),
    ("融媒体中心", "media"), ("报社", "media"), ("电视台", "media"), ("日报", "media"), ("广播电视台", "media"),
    ("有限公司", "enterprise"), ("公司", "enterprise"), ("集团", "enterprise"), ("百货", "enterprise"),
    ("银行", "enterprise"), ("合作社", "enterprise"), ("厂", "enterprise"),
    ("大学", "school"), ("学院", "school"), ("中学", "school"), ("小学", "school"), ("学校", "school"),
    ("幼儿园", "school"), ("党校", "school"), ("分园", "school"),
    ("医院", "other"), ("卫生院", "other"), ("大剧院", "other"), ("博物馆", "other"), ("图书馆", "other"),
    ("研学教育基地", "other"),
    ("志愿服务联合会", "social"), ("联合会", "social"), ("协会", "social"), ("志愿服务总队", "social"),
    ("志愿服务队", "social"), ("服务队", "social"), ("救援队", "social"), ("红十字会", "social"),
    ("宣讲团", "social"), ("宣讲队", "social"),
    ("团委", "social"), ("妇联", "social"), ("工会", "social"), ("商会", "social"), ("基金会", "social"),
    # the people's organisations printed by their standard short names
    ("文联", "social"), ("科协", "social"), ("残联", "social"), ("侨联", "social"), ("工商联", "social"),
    ("社科联", "social"), ("作协", "social"), ("关工委", "social"),
]

# places named by their kind (教育基地, 文化广场, 农家书屋): a body only with a proper name in it
FACILITY_WORDS = ("基地", "广场", "公园", "景区", "书屋", "驿站")
# words for a team, a troupe, a league or a residents' council: a quoted name before one names a
# body (“某某”宣讲队, “某某”议事会); printed bare (各村成立红白理事会) they are mostly kinds
TEAM_WORDS = ("队", "团", "联盟", "议事会", "理事会")
# Standard short names of government functions, taken as bodies when listed with others.
SHORT_BODIES = {"公安": "公安", "交警": "交警", "城管": "城管", "消防": "消防", "税务": "税务", "民政": "民政",
                "司法": "司法", "环保": "环保", "市场监管": "市场监管", "卫健": "卫健", "住建": "住建", "交通": "交通",
                "综治": "综治", "维稳": "维稳", "计生": "计生", "信访": "信访", "应急": "应急", "人社": "人社",
                "文旅": "文旅"}
# the standard contractions of a body's official type words: 某市人民政府 is 某市政府, 某市人民代表大会
# 常务委员会 is 某市人大常委会 (longest first)
OFFICIAL_CONTRACTIONS = (("人民代表大会常务委员会", "人大常委会"), ("精神文明建设指导委员会", "文明委"),
                         ("精神文明建设委员会", "文明委"), ("纪律检查委员会", "纪委"), ("人民代表大会", "人大"),
                         ("文学艺术界联合会", "文联"), ("残疾人联合会", "残联"), ("工商业联合会", "工商联"),
                         ("妇女联合会", "妇联"), ("科学技术协会", "科协"), ("人民政府", "政府"))
# what a volunteer team or association does, printed inside its name (某某助残志愿服务队, 某某为老服务队)
SERVICE_VERBS = ("助残", "助老", "为老", "敬老", "爱老", "助学", "扶贫", "济困", "帮扶", "护河", "护林", "助农", "巡河")
# common words that end in a body's type word and name none (格局, 平局: a draw; 主办: a verb)
NOT_BODY_WORDS = ("格局", "布局", "大局", "全局", "局面", "结局", "开局", "新局", "破局", "变局", "困局", "危局",
                  "时局", "平局", "胜局", "败局", "僵局", "棋局", "赛局", "出局", "定局", "残局", "终局", "对局",
                  "骗局", "饭局", "大厅", "餐厅", "客厅", "展厅", "门厅", "歌厅", "舞厅", "营业厅", "报告厅",
                  "游戏厅", "会议厅", "宴会厅", "评委", "政委", "编委", "执委", "主办", "承办", "协办", "举办", "创办", "开办", "筹办", "督办", "交办", "代办")

# --- offices ---------------------------------------------------------------------------------
# Titles of office, longest first. The head character of 'X长' names the unit it heads
# (队长 → 队, 站长 → 站), so the body an office implies can be named.
OFFICE_TITLES = (
    "党组书记", "党组副书记", "党组成员", "党委书记", "党委副书记", "党工委书记", "党支部书记", "党总支书记",
    "总书记", "副书记", "书记", "常务副主任", "副主任", "主任", "副主席", "主席", "常委", "委员",
    "副部长", "部长", "副局长", "局长", "副处长", "处长", "副科长", "科长", "副会长", "会长", "秘书长",
    "副理事长", "理事长", "副组长", "组长", "副队长", "队长", "总队长", "副总队长", "支队长", "副支队长", "大队长",
    "副大队长", "中队长", "副中队长", "副站长", "站长", "副所长", "所长",
    # the heads of a headquarters set up for a campaign (某市创城指挥部总指挥, 指挥长)
    "总指挥", "副总指挥", "常务副总指挥", "指挥长", "副指挥长",
    "副校长", "校长", "副院长", "院长", "副馆长", "馆长", "社长", "副社长", "总编辑", "主编",
    "董事长", "总经理", "副总经理", "经理", "厂长", "行长", "副行长", "团长", "政委", "教导员", "指导员",
    "班长", "网格长", "楼栋长", "网格员", "检察长", "庭长", "主委", "负责人", "第一书记",
    # the chiefs of the rivers', lakes' and forests' chief systems (县总河长, 副总河长, 村级林长)
    "副总河长", "总河长", "河长", "湖长", "副总林长", "总林长", "林长",
    "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长", "州长", "副州长", "镇长", "副镇长",
    "乡长", "副乡长", "旗长", "村长", "主任委员",
    # a province's department and a ministry's bureau heads, and the non-leading ranks printed as
    # offices in officials' titles (某厅副厅长, 某委二级巡视员, 某办调研员)
    "厅长", "副厅长", "司长", "副司长", "巡视员", "副巡视员", "调研员", "副调研员",
    # the offices of companies and institutions (a board, a supervisory board, the executives)
    "副董事长", "董事", "独立董事", "监事长", "监事", "总裁", "副总裁", "总监", "总会计师", "总工程师",
    "总经济师", "首席执行官", "董事会秘书", "副厂长", "副秘书长", "副总编辑", "副主编",
    # heads of state and government, and diplomats (news of foreign affairs)
    "总统", "副总统", "总理", "副总理", "首相", "国务卿", "外长", "议长", "大使", "总领事",
    # military commands (某军分区司令员, 某武装部部长 is a 部长 already)
    "司令员", "副司令员", "政治委员", "参谋长", "副参谋长",
)
# 'X长' titles whose first character is the kind of unit headed
UNIT_OF_HEAD = {"队长": "队", "总队长": "总队", "支队长": "支队", "大队长": "大队", "中队长": "中队", "站长": "站", "所长": "所", "校长": "学校", "院长": "院",
                "馆长": "馆", "局长": "局", "处长": "处", "科长": "科", "部长": "部", "社长": "社",
                "厂长": "厂", "行长": "行", "团长": "团", "班长": "班", "会长": "会", "组长": "组"}
# what 该校 and 校长 refer to: a school of any kind
SCHOOL_ENDS = ("学校", "小学", "中学", "大学", "学院", "幼儿园")
# heads of a region's government: 县长 is the office of the county, not of a body
REGION_HEADS = {"省长": "省", "市长": "市", "县长": "县", "区长": "区", "州长": "州", "镇长": "镇", "乡长": "乡",
                "旗长": "旗", "村长": "村"}
# the level word that opens a body's or an office's name written short (市委, 县长, 旗委书记, 街道办):
# the levels of division it may stand for
LEVEL_PREFIXES = {"自治区": ("province",), "自治州": ("prefecture",), "自治县": ("county",), "自治旗": ("county",),
                  "省": ("province",), "市": ("prefecture", "county"), "州": ("prefecture",),
                  "盟": ("prefecture",), "区": ("county",), "县": ("county",), "旗": ("county",),
                  "镇": ("township",), "乡": ("township",), "街道": ("township",), "苏木": ("township",)}
# groups of people counted with no measure word after a multiplier (500万网友, 10万余群众)
PEOPLE_COUNTED = ("网友", "群众", "市民", "居民", "村民", "志愿者", "注册志愿者", "党员", "游客", "观众", "师生", "学生", "职工",
                  "干部", "家长", "读者", "听众", "粉丝", "农民", "农户", "青少年", "老人", "儿童")
# what follows a surname to refer to a person without naming them (王总, 陈某, 张奶奶, 李老师)
SURNAME_REFERENCES = ("某某", "某", "总", "老", "经理", "老师", "教授", "博士", "医生", "师傅", "阿姨", "奶奶",
                      "爷爷", "大爷", "大妈", "大娘", "大姐", "大哥", "叔叔", "婶婶", "女士", "先生", "同志",
                      "阿婆", "阿公", "婆婆", "大叔", "大婶", "阿伯", "伯伯", "嫂子", "姐", "哥")
# verbs that report what a person says: the speaker is no actor of what is said
# words that open with a level's character without being its short form (市场, 市政管理, 区域,
# 市民 the citizens — but 市|民政局, 市|民宗局)
LEVEL_CHAR_WORD = re.compile(r"市场|市政(?!府|务|协)|市民(?!政|宗|族|委|防|兵|用|航|营)|区域|县域|[省市县区]级")
# adjectives that serve as the second verb of a pair (建立健全, 充实完善, 发展壮大): what follows
# is their object, not a name they open
VERBAL_ADJECTIVES = ("健全", "完善", "规范", "丰富", "壮大", "巩固", "充实")
SPEECH_VERBS = ("表示", "说", "介绍", "认为", "指出", "称", "坦言", "告诉", "谈到", "强调")
# verbs whose object is a person, printed before that person's titles and name (感谢|社区党委书记某某,
# 提起|驻村第一书记某某): no part of a title
PERSON_OBJECT_VERBS = frozenset({"感谢", "称赞", "夸赞", "赞扬", "表扬", "点赞", "祝贺", "提起", "说起", "谈起", "问起", "提到",
                                 "看望", "慰问", "探望", "拜访", "走访", "会见", "接见", "陪同", "邀请", "采访", "找到",
                                 "找来", "请教", "询问", "叮嘱", "嘱咐", "握住", "见到", "遇到", "跟随", "跟着", "随同",
                                 "推荐", "感动", "告诉", "认识", "结识"}) | frozenset(SPEECH_VERBS)
# what follows a person's name in news prose: a form of address or a verb of saying
PERSON_AFTER = ("先生", "女士", "同志", "老师") + SPEECH_VERBS[:8]
# offices that make their holder a member of the committee they sit on or chair (县委常委 → 县委,
# 政协主席 → 政协)
COMMITTEE_SEATS = ("常委", "委员", "书记", "副书记", "主任委员", "主席", "副主席")
OFFICE_WORD = re.compile("(?:" + "|".join(sorted(map(re.escape, OFFICE_TITLES), key=len, reverse=True)) + ")")
OFFICE_RE = re.compile(OFFICE_WORD.pattern + "$")          # a name that ends in an office title
# after an office, a meeting named after its holders (某县委常委(扩大)会, 市长办公会): no post
MEETING_AFTER_OFFICE = re.compile(r"(?:[(（][^()（）]{1,6}[)）])?(?:办公|常务)?会(?!长|员)")

# --- actions ---------------------------------------------------------------------------------
# verbs by which a body carries out a programme (推进“应保尽保”, 研发“某某系统”, 以…为抓手): one list
# for the programme extractor and the 'runs' relation
# the head words a programme's name ends in (某某专项行动, 某某工程, 某某创建)
PROGRAMME_HEADS = ("专项整治行动", "攻坚行动", "行动计划", "专项行动", "行动", "工程项目", "工程", "项目建设", "建设", "创建",
                   # a system of responsibility or of points (河长制, 林长制, 包干责任制, 乡村治理积分制)
                   "长制", "责任制", "积分制",
                   "评比", "评选", "工作机制", "机制", "改革", "革命", "攻坚战", "整治", "改造提升", "改造", "振兴",
                   "一体化", "治理", "计划", "模式", "体系", "云平台", "智慧平台", "战略", "活动",
                   # a campaign named by its season (某某志愿服务季, 某某宣传月)
                   "服务月", "服务季", "宣传月", "宣传周", "活动月", "活动季")
# Heads so general that a short modifier names a policy area, not a programme (社会治理, 作风建设).
BROAD_PROGRAMME_HEADS = {"建设", "治理", "整治", "改革", "创建", "体系", "机制", "模式", "改造", "评比", "评选"}
PROGRAMME_VERBS = (
    "推进", "推行", "推广", "实施", "开展", "开办", "打造", "建成", "建立", "设立", "深化", "办好", "启动", "组织",
    "举办", "落实", "创建", "借力", "构建", "实行", "全面推进", "大力推进", "持续推进", "扎实推进", "深入推进",
    "进一步深化", "推出", "创新推出", "部署", "抓好", "上线", "探索", "加快", "做好", "完善", "强化", "狠抓", "创新",
    "推动", "成立", "持续", "实现", "提升", "开设", "组建", "建设", "研发", "开发", "搭建", "健全", "争创", "培育",
    "试点", "加大", "助力", "赋能", "发起", "融合", "深度融合")
# verbs that say a body works on something (提升, 实现, 推动 …) but not that the thing is a named
# programme: they attach a 'runs' statement to a programme found otherwise, and never make one
WEAK_PROGRAMME_VERBS = frozenset({"部署", "抓好", "探索", "加快", "做好", "完善", "强化", "狠抓", "创新", "推动", "持续",
                                  "实现", "提升", "建设", "加大", "助力", "赋能", "融合", "深度融合"})
# the verbs that by themselves say a body carries a named programme out
STRONG_PROGRAMME_VERBS = tuple(v for v in PROGRAMME_VERBS if v not in WEAK_PROGRAMME_VERBS)
# verbs of improvement that name a campaign together with its object (乡村风貌|提升|行动,
# 污水治理|推进|行动): such a verb straight before the head word belongs to the name
CAMPAIGN_VERBS = frozenset({"提升", "整治", "治理", "改造", "推进", "攻坚", "振兴", "美化", "净化", "绿化", "亮化",
                            "提质", "增效", "巩固", "管控", "创建", "共建", "示范"})
# verbs that report an event taking place (某会在某地举行, 某活动启动), and the manner words that
# may stand before them (隆重举行)
HELD_VERBS = ("举行", "召开", "举办", "开幕", "启动", "开市", "开营", "启幕", "闭幕", "落幕", "落下帷幕", "开赛")
# verbs of a visit of inspection (某某到某县调研, 视察某某工作): the visitor looks at others' work
VISIT_VERBS = ("检查指导", "视察", "调研", "考察", "督导")
INSPECTION_VERBS = VISIT_VERBS + ("督查", "暗访")
HELD_MANNER = ("隆重", "正式", "顺利", "火热", "圆满")
# words that set a sentence at the event just reported (活动现场…, 会上…, 活动中…)
AT_THE_EVENT = ("活动现场", "大会现场", "会议现场", "现场", "会上", "活动期间", "活动中")
# what a programme is taken as (以“某某”为抓手, 以某平台为载体): the frame that makes it the topic
LEVER_WORDS = ("抓手", "载体", "重点", "主线", "引领", "龙头", "牵引", "突破口", "切入点", "依托", "重要内容")
# verbs by which a body holds an event (由A、B主办, A承办的…, A、B共同举办)
ORGANIZE_VERBS = ("主办", "承办", "协办", "举办", "主持召开", "召开", "组织开展", "组织", "指导")

# --- names, shared by the extractors that read a name leftwards from its head word ----------
# function words a name does not run back over (某局|和|某委, 的, 在)
NAME_STOP_WORDS = frozenset({"各", "全", "等", "及", "和", "与", "的", "了", "在", "对", "将", "把", "是", "为",
                             "各地", "各级", "各部门", "各单位",   # (各地|文明城市创建: a scope, no part of it)
                             "全市", "全县", "全区", "全镇", "全乡", "阶段", "现阶段", "下一阶段",   # (前一|阶段|全市|…: when)
                             "如下", "以下", "上述", "下述",       # (制定如下|行动方案: what follows, no name)
                             "众多", "诸多", "许多", "大量"})      # (社区|众多|志愿服务活动: how many, no name)
# words that are no programme's name on their own
GENERIC_PROGRAMME_WORDS = frozenset({
    "工作", "相关", "各项", "有关", "这项", "该", "此", "各类", "系列", "一系列", "专项", "重点", "主题",
    "志愿服务", "服务", "实践", "文明实践", "创建", "建设", "整治", "改革", "活动", "项目", "工程", "行动",
    # a period's own targets (完成年度计划的103%): no campaign; 一项系统工程: a manner of speaking
    "年度", "全年", "年初", "系统",
    # a quality of any mechanism (建立健全长效机制): no name
    "长效", "常态", "常态化"})
# verbs (besides the action verbs) that a programme's name does not run back over
PROGRAMME_NAME_STOP_VERBS = ("成为", "作为", "统筹", "常态化", "加大", "加强", "抓", "助推", "深入", "全力", "着力",
                             "坚持", "开展", "进行", "围绕",
                             # verbs of means (依托“某某”机制: relying on it, not part of its name)
                             "依托", "依靠", "借助", "利用", "通过", "结合") + INSPECTION_VERBS

# --- figures -----------------------------------------------------------------------------------
# words before a number that qualify it: more than (上百位: a hundred and more) / about
APPROX_MORE_BEFORE = ("超过", "超", "逾", "突破", "多达", "高达", "上")
APPROX_BEFORE = ("近", "约", "将近", "大约")
# verbs of keeping something from happening: what follows is to be avoided, not carried out
# (坚决防止“突击式”创建)
PREVENTION_VERBS = ("防止", "杜绝", "避免", "严禁", "禁止", "克服", "摒弃", "纠正")

# --- small closed classes read by one extractor each -------------------------------------------
# adverbs a name may run into (某某正带着, 某某也说): never the last character of a name
ADVERBS_AFTER_NAME = "正在也还又就将便曾已都"
# surnames of two characters (a four-character Han name may be one of them and a given name)
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "夏侯", "尉迟", "长孙",
                               "宇文", "公孙", "令狐", "轩辕", "西门", "南宫", "独孤", "端木", "百里", "呼延", "澹台"})
# a verb's one-character resultative complement the tagger leaves apart (打|好, 打|赢, 抓|实)
VERB_COMPLEMENTS = ("好", "赢", "响", "实", "牢", "细")
# what follows a river's or a lake's name (黑河|湿地, 某河|流域): a short form so followed names water
WATER_WORDS = ("湿地", "流域", "沿岸", "两岸", "河道", "河畔", "河段", "岸边", "水域", "水系", "清流", "水质", "入河口")
# kinds of creative work a title in 《》 may name (红色经典影片《某某》, 《某某》一书, 《某某》观影):
# a film, song, book or show, not a policy document
WORK_KINDS = ("节目", "歌曲", "曲目", "一书", "书籍", "图书", "报道", "栏目", "专栏", "视频", "微电影", "电影", "影片",
              "话剧", "情景剧", "舞台剧", "诗", "演出", "故事", "展览", "专题片", "纪录片", "晚会", "读本", "观影")
# one-character words a clause ends with after a name (某某说, 某某等, 某某来): never a given name's
# last character the tagger left apart
CLAUSE_WORDS_AFTER_NAME = frozenset("说称道问答讲叫喊想笑哭去来走到在了等的和与及也都又还就")
# the kind words a division's name ends in (某县, 某街道, 某嘎查)
DIVISION_KIND_ENDS = tuple("省市县区旗盟州镇乡村") + ("街道", "社区", "苏木", "嘎查")
# what follows a place's short form in a street's name (临汾|路, 延安|中路, 南京|东路): a road
# named after the place, in another city
ROAD_WORDS = ("路", "大道", "大街", "街", "巷", "中路", "东路", "西路", "南路", "北路", "弄", "胡同")
# the heading of a list of names printed one a line (某某名单(12), 某地入选某某名单:): the title
# the list is for, and the count printed with it
LIST_HEADING = re.compile(r"^(?P<name>[^\n,，。;；:：]{2,30}?)名单\s*(?:[(（](?P<n>\d+)[)）])?\s*[:：]?$", re.M)
