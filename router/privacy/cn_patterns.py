"""The patterns and character sets of the Chinese name rules (:mod:`router.privacy.cn_names`),
and where each rule may start in a text (:func:`starts`: one classification of its characters,
:mod:`router.chartable`, instead of a regex scan per rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duet.router.chartable import CharTable
from duet.router.privacy.finders import by_first_character, matches_at
from duet.router.privacy.name_lists import CN_FUNCTION_SURNAMES, CN_SURNAMES

CJK = "\u4e00-\u9fff"
# Every branch starts with a literal character, so the regex engine scans for their first
# characters instead of trying each branch at every position (keep it that way: speed); the
# branches are grouped by that character (scan.by_first_character).
CUE_WORDS = (
    r"我叫|名叫|叫做|他叫|她叫|本人|姓名|名字是|名字叫|名字|真名|户名|收件人|寄件人|发件人|收货人|紧急联系人|"
    r"联系人一栏填|联系人|乘车人|乘机人|乘客|旅客|入住人|参会人|付款人|收款人|持卡人|开户人|申请人|被保险人|投保人|"
    r"受益人|承租人|出租人|签收人|经办人|负责人|法人代表|法人|代表人|业主|住户|租客|房东|患者|病人|客户|学员|员工|班长|组长|队长|"
    r"考生|客人|新会员|会员|住客|顾客|宾客|新员工|新同事|受检者|体检人|就诊人|买家|卖家|買家|賣家|"
    r"候选人|甲方是|甲方为|甲方|乙方是|乙方为|乙方|"
    r"老公|老婆|老大|老二|老三|老幺|丈夫|妻子|爱人|儿子|女儿|闺女|父亲|母亲|爸爸|妈妈|我爸|我妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|"
    r"我哥|我姐|我弟|我妹|我叔|我舅|我姨|我姑|我嫂|我媳妇|我对象|男朋友|女朋友|未婚夫|未婚妻|对象是|代表|客服|"
    r"值班人员是|值班人是|人员是|接待人|介绍人|担保人|监护人|家长|班主任是|班主任|辅导员|主治医生|主治医师|约了|约好了|联系了|通知了|劝劝|"
    r"姥姥|姥爷|舅舅|表哥|表姐|表妹|表弟|堂哥|堂姐|朋友|好友|闺蜜|同事|同学|室友|邻居|领导|老板|上司|导师|教练|"
    r"秘书|助理|司机|保姆|开发者|打电话给|打给|致电|呼叫|拨给|联系|联络|通知|告诉|转告|提醒|问问|询问|请教|"
    r"发微信给|发个微信给|发消息给|发短信给|发邮件给|发信息给|发给|转给|抄送|邀请|约|叫上|带上|交给|@|user=|name=|"
    # the same cues in traditional characters, and handing something over ("傳給高美娟", "分享给王芳")
    r"聯繫人|聯絡人|緊急聯絡人|收貨人|乘機人|聯繫|聯絡|通知|告訴|轉告|打電話給|打給|撥給|發微信給|發訊息給|傳訊息給|"
    r"發消息給|發短信給|發簡訊給|發郵件給|發給|轉給|交給|傳給|传给|分享給|分享给|寄給|寄给|"
    # a question for someone, the parties of a case or a wedding, a customer
    r"问一下|问下|被告人|被告|原告|犯罪嫌疑人|嫌疑人|证人|受害人|被害人|新郎|新娘|顾客|顧客|"
    # a vehicle's or a house's owner, the parties of a sale, a complaint or an accident, a spouse,
    # and the two ends of a parcel's label ("收：李娜 147…", "寄：安敏")
    r"车主|車主|所有人|投诉人|投訴人|举报人|舉報人|当事人|當事人|驾驶人|駕駛人|配偶|买方|賣方|卖方|買方|买受人|出卖人|"
    r"收：|寄：|收:|寄:|雇主|借款人|贷款人|貸款人|寄款人|汇款人|匯款人|家父|家母|先父|先母|走失人员|失踪人员|走失者|寻找|"
    # an SMS's greeting ("尊敬的石华，您的…"), whom one goes with ("陪王玉珍去复查")
    r"尊敬的|親愛的|亲爱的|陪|其父|其母|"
    # a contact in the phone's address book ("分享给通讯录里的宇文静")
    r"通讯录里的|通讯录中的|通讯录的|通訊錄裡的|通訊錄中的|通訊錄的"
)
CUE = re.compile(
    "(?:" + by_first_character(CUE_WORDS) + ")"
    r"(?:[（(][\u4e00-\u9fff]{1,5}[）)])?"  # (a role in brackets after a party: "乙方（承租人）：屈淑英")
    r"[\s:：】]*(?:是|为|係|系)?[\s:：「『“\"'（(]*"  # (a label in brackets: "【客户姓名】胡琴")
    r"(?:我(?=[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])))?"  # ("汇款人係我黃家豪": the writer, then the name)
)
# Cues that say the next name is somebody the writer knows or writes to, not somebody famous.
PERSONAL_CUES = frozenset(
    "联系人 紧急联系人 收件人 寄件人 收货人 姓名 户名 持卡人 开户人 乘车人 乘机人 入住人 签收人 经办人 同事 朋友 好友 "
    "闺蜜 室友 邻居 老公 老婆 老大 老二 老三 老幺 闺女 丈夫 妻子 爱人 男朋友 女朋友 我爸 我妈 我哥 我姐 我弟 我妹 打电话给 打给 致电 联系 联络 "
    "发微信给 发个微信给 发消息给 发短信给 发邮件给 发信息给 车主 車主 投诉人 配偶 买方 卖方 收 寄 其父 其母 原告 被告 "
    "患者 病人 承租人 出租人 甲方 乙方 租客 房东 业主 住户 学员 考生 客人 会员 受检者".split()
)
# Roles before a name with no "是" or colon ("联系班主任何丽娟"): a two-character name after them
# must be no dictionary word at all ("和班主任连系" is a misspelt 联系).
BARE_ROLE_CUES = frozenset("班主任 辅导员 主治医生 主治医师".split())
ROLE_WORDS = frozenset("老师 师傅 总 总监 老板 阿姨 叔叔 哥 姐 同学 大夫 医生 护士 律师 经理 主任 局 处 科 工 教授 博士".split())
CHANGE = re.compile(r"(?:改成|改为|换成|填成|填写|填上)[\s:：「“\"']*")  # "联系人改成陳美玉"
TITLE_WORDS = ("先生|女士|小姐|老师|经理|总监|主任|主管|医生|大夫|护士|教授|博士|律师|会计|工程师|院长|校长|书记|局长|"
                "处长|科长|部长|董事长|总裁|师傅|同学|同志|阿姨|叔叔|警官|家长|家長|"
                # traditional forms, and the sign-offs of a letter ("余建中敬上")
                "經理|總監|主管|醫生|護士|律師|會計|工程師|院長|校長|書記|局長|處長|科長|部長|董事長|總裁|師傅|同學|"
                "敬上|謹上|谨上|敬啟|敬启|拜上|"
                # a Japanese letter's honorific ("慕容雪琪様")
                "様|樣|さま|さん|殿)")
TITLE = re.compile(by_first_character(TITLE_WORDS))
# 给王建国打电话 / 和李娜一起 / 王芳的电话: a name between a preposition and a verb or field.
VERB_AFTER = (r"打|发|写|回|寄|转|买|送|带|留|讲|说|介绍|推荐|安排|预约|订|约|一起|见面|吃饭|开会|聊|联系|沟通|汇报|"
               r"报销|签|付|转账|商量|确认|对接|负责|整理|跟进|您好|你好|提出|表示|认为|觉得|反馈|回复|告诉|问|答应|同意|建议|明天|今天|"
               r"不能|必须|只能|不要|不想|不会|可以|应该|需要|"
               r"昨天|下午|上午|晚上|刚才|已经|正在|马上|也|都|还|又|来|去|要|想|会|能|在|是|的(?:电话|手机|微信|"
               r"邮箱|地址|生日|身份证|银行卡|账号|邮件|消息)|"
               # the same in traditional characters
               r"發|寫|轉|買|帶|講|說|介紹|推薦|預約|訂|見面|開會|聯繫|聯絡|溝通|匯報|報銷|簽|轉賬|轉帳|確認|對接|負責|"
               r"認為|覺得|反饋|回覆|告訴|問|答應|建議|剛才|已經|馬上|還|來|會|"
               r"的(?:電話|手機|郵箱|地址|生日|身分證|身份證|銀行卡|賬號|帳號|郵件|消息)")
PREPOSITIONS = "给和跟与同向替帮让请问找叫給與幫讓請問"
BETWEEN = re.compile(rf"[{PREPOSITIONS}][{CJK}]{{2,4}}?(?={VERB_AFTER}|[，。！？,.!?；;]|$)")
# Any form label ending in 人, 者 or 员 and a colon: "审批人：", "申请者:", "经办员："
LABEL = re.compile(r"(?:[人者员]|护士|護士|医生|醫生|医师|醫師)[:：]\s*")  # (and "交班护士：卓雅", "主治医生：…")
SURNAME_SET = "".join(sorted(CN_SURNAMES))
# Cheap first steps: a preposition right before a surname; the verb pattern is tried only there.
BETWEEN_START = re.compile(rf"[{PREPOSITIONS}](?=[{SURNAME_SET}])")
# Anywhere in a sentence, a name right before a verb of speech: "会上周畅提出", "听说李博认为".
SPEECH_WORDS = "说|表示|提出|认为|觉得|反馈|回复|答应|同意|建议|要求|强调|指出|告诉|问我"
SPEECH = re.compile(by_first_character(SPEECH_WORDS))
# A two- or three-character name at the start of a sentence, before a verb: "史瑜明天来面试".
SENTENCE_START = re.compile(rf"\s*(?:昨天|今天|明天|刚才|后来|然后|上周|下周)?([{CJK}]{{2,4}}?)(?={VERB_AFTER})")
# Sentence starts worth trying: after a delimiter, a surname or a time word ("昨天李博说").
DELIMITERS = "。！？!?\n；;，,：:】"
TIME_STARTS = "昨今明刚后然上下"
# (a list item's number or bullet may stand between: "\n1. 高博负责联系…", "\n- 臧磊整理…")
DELIMITER = re.compile(f"[{DELIMITERS}] *(?:(?:[0-9]{{1,2}}[.、)）]|[-*•]) *)?(?=[{TIME_STARTS}{SURNAME_SET}])")
_MARKER_STARTS = frozenset(" 0123456789-*•")
FIELD_WORDS = "身份证|手机|电话|性别|男，|男,|女，|女,|身分證|身份證|身分证|手機|電話|性別"
FIELD_OF = ("电话|手机|微信|邮箱|地址|生日|身份证|银行卡|账号|包裹|快递|合同|订单|文件|报告|简历|护照|工资|行李|车|房子|孩子|"
            "儿子|女儿|老公|老婆|婚礼|资料|信息|作业|病历|预约|航班|机票|车票|邮件|消息|留言|朋友圈|意见|问题|建议|请求|"
            "申请|需求|账单|電話|手機|郵箱|地址|身分證|身份證|銀行卡|賬號|帳號|護照|訂單|檔案|報告|履歷|簡歷|車|"
            "兒子|女兒|老婆|婚禮|資料|資訊|信息|作業|病歷|預約|航班|機票|車票|郵件|訊息|留言|帳單|账单|"
            "妈妈|爸爸|家长|母亲|父亲|奶奶|爷爷|外婆|外公|媽媽|家長|母親|父親|爺爺")  # (a pupil's parent: 诸葛雨萱的妈妈)  # after 的: 王芳的电话
FIELD_AFTER = re.compile(f"{FIELD_WORDS}|的(?:{FIELD_OF})")
# Surnames that start too many other words for the tagger to be trusted after them.
UNCUED_EXCLUDED = CN_FUNCTION_SURNAMES | frozenset("单井平华宫水花明成元山谷车全秋宿怀从能双空益有法海牧红伊")
# The most common surnames, simplified and traditional: a two-character word jieba does not know
# after one of them is a name ("王帆", "孔雷" is not trusted: 孔 starts fewer names than words).
TOP_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖董潘袁蔡蒋余杜叶程魏苏吕"
                          "丁沈任姚卢傅钟姜崔谭陆汪廖贾夏邹熊孟秦邱侯尹薛闫段雷黎顾郝龚邵覃戴莫孔汤谭"
                          "陳張劉楊黃趙吳孫馬鄭謝許韓馮鄧蔣葉魏蘇呂盧鍾譚陸賈鄒龔")
# A surname a name may start with, then another Chinese character (one C-speed scan).
UNCUED_SURNAMES = "".join(sorted(CN_SURNAMES - UNCUED_EXCLUDED))
UNCUED_START = re.compile(f"[{UNCUED_SURNAMES}](?=[{CJK}])")
SPEAKER_BEFORE = frozenset("。！？!?\n \t“\"'：:；;")
FIELD_SEP = frozenset(" \t，,（(｜|:：、;；")
LIST_CONT = re.compile(r"[、和及与,，]\s*")


_TABLE = CharTable()
_C_CUE = _TABLE.add_words(CUE_WORDS.split("|"))
_C_TITLE = _TABLE.add_words(TITLE_WORDS.split("|"))
_C_SPEECH = _TABLE.add_words(SPEECH_WORDS.split("|"))
_C_FIELD = _TABLE.add_words(FIELD_WORDS.split("|") + ["的" + word[0] for word in FIELD_OF.split("|")])
_C_COLON = _TABLE.add(":：")
_C_PREPOSITION = _TABLE.add_followed(PREPOSITIONS, [SURNAME_SET])  # BETWEEN_START
_C_UNCUED = _TABLE.add_followed(UNCUED_SURNAMES, [f"{CJK}"])  # UNCUED_START
_C_DELIMITER = _TABLE.add_followed(DELIMITERS, [TIME_STARTS, SURNAME_SET, "".join(sorted(_MARKER_STARTS))])  # a DELIMITER match may start


@dataclass(frozen=True)
class Starts:
    """Where each rule of cn_names.py matches in one text: what the ``finditer`` of its pattern
    finds (``cue``, ``title``, ``speech``, ``field``), the offsets of its one-character pattern
    (``preposition``: BETWEEN_START, ``uncued``: UNCUED_START, ``colon``: ``:`` and ``：``), or
    where its matches end (``delimiter_ends``: DELIMITER)."""

    cue: list[re.Match[str]]
    title: list[re.Match[str]]
    speech: list[re.Match[str]]
    field: list[re.Match[str]]
    colon: list[int]
    preposition: list[int]
    uncued: list[int]
    delimiter_ends: list[int]


def starts(text: str) -> Starts:
    """The matches of every rule's pattern in ``text``, each pattern tried only where the
    classification of the text's characters (router/chartable.py) says that it may match."""
    offsets, classes = _TABLE.scan(text)
    found: dict[int, list[int]] = {bit: [] for bit in (_C_CUE, _C_TITLE, _C_SPEECH, _C_FIELD, _C_COLON,
                                                       _C_PREPOSITION, _C_UNCUED, _C_DELIMITER)}
    get = found.get
    for at, bits in zip(offsets, classes):
        where = get(bits)
        if where is not None:  # one class (nearly always)
            where.append(at)
        else:
            for bit, where in found.items():
                if bits & bit:
                    where.append(at)
    return Starts(
        cue=matches_at(CUE, text, found[_C_CUE]),
        title=matches_at(TITLE, text, found[_C_TITLE]),
        speech=matches_at(SPEECH, text, found[_C_SPEECH]),
        field=matches_at(FIELD_AFTER, text, found[_C_FIELD]),
        colon=found[_C_COLON],
        preposition=found[_C_PREPOSITION],
        uncued=found[_C_UNCUED],
        delimiter_ends=_delimiter_ends(text, found[_C_DELIMITER]),
    )


def _delimiter_ends(text: str, candidates: list[int]) -> list[int]:
    """Where the matches of DELIMITER end, given the delimiters followed by a space, a list
    marker or a character its look-ahead accepts (a match then ends right after the delimiter)."""
    ends = []
    for at in candidates:
        if text[at + 1] not in _MARKER_STARTS:
            ends.append(at + 1)
        else:
            m = DELIMITER.match(text, at)
            if m is not None:
                ends.append(m.end())
    return ends
