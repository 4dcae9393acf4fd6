"""Chinese full names: a surname plus a one- or two-character given name, written without spaces.

Where a name may start is found cheaply (a cue before it, a title or a field after it, a value
it labels, a chat speaker, or any surname character that does not sit inside a dictionary
word); where it ends is decided by segmenting a short window with jieba, so that "通知张伟明天
来" gives 张伟 and "我叫陈晓峰在" gives 陈晓峰. A segment is a name when jieba does not know it
(its HMM found a new word) or knows it only as a rare person name; common words and public
figures are not names.
"""

from __future__ import annotations

import re

from duet.router.privacy.lexicon import Lexicon, lexicon, segment, tag
from duet.router.privacy.name_lists import (CN_COMPOUND_SURNAMES, CN_FOREIGN_CHARS,
                                       CN_FIELD_STOP, CN_FUNCTION_SURNAMES, CN_NAME_STOP, CN_NOT_NAMES, CN_SURNAMES,
                                       PUBLIC_FIGURES_ZH)
from duet.router.privacy.patterns import Hit
from duet.router.privacy.finders import by_first_character, find_word

_CJK = "\u4e00-\u9fff"
# Every branch starts with a literal character, so the regex engine scans for their first
# characters instead of trying each branch at every position (keep it that way: speed); the
# branches are grouped by that character (scan.by_first_character).
_CUE_WORDS = (
    r"我叫|名叫|叫做|他叫|她叫|本人|姓名|名字是|名字叫|名字|真名|户名|收件人|寄件人|发件人|收货人|紧急联系人|"
    r"联系人一栏填|联系人|乘车人|乘机人|乘客|旅客|入住人|参会人|付款人|收款人|持卡人|开户人|申请人|被保险人|投保人|"
    r"受益人|承租人|出租人|签收人|经办人|负责人|法人代表|法人|代表人|业主|住户|租客|房东|患者|病人|客户|学员|员工|"
    r"候选人|甲方是|甲方为|甲方|乙方是|乙方为|乙方|"
    r"老公|老婆|丈夫|妻子|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|我爸|我妈|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|"
    r"我哥|我姐|我弟|我妹|我叔|我舅|我姨|我姑|我嫂|我媳妇|我对象|男朋友|女朋友|未婚夫|未婚妻|对象是|代表|客服|"
    r"值班人员是|值班人是|人员是|接待人|介绍人|担保人|监护人|家长|班主任是|约了|约好了|联系了|通知了|劝劝|"
    r"姥姥|姥爷|舅舅|表哥|表姐|表妹|表弟|堂哥|堂姐|朋友|好友|闺蜜|同事|同学|室友|邻居|领导|老板|上司|导师|教练|"
    r"秘书|助理|司机|保姆|开发者|打电话给|打给|致电|呼叫|拨给|联系|联络|通知|告诉|转告|提醒|问问|询问|请教|"
    r"发微信给|发个微信给|发消息给|发短信给|发邮件给|发信息给|发给|转给|抄送|邀请|约|叫上|带上|交给|@|user=|name="
)
_CUE = re.compile(
    "(?:" + by_first_character(_CUE_WORDS) + ")"
    r"[\s:：]*(?:是|为)?[\s:：「『“\"'（(]*"
)
_ROLE_WORDS = frozenset("老师 师傅 总 总监 老板 阿姨 叔叔 哥 姐 同学 大夫 医生 护士 律师 经理 主任 局 处 科 工 教授 博士".split())
_CHANGE = re.compile(r"(?:改成|改为|换成|填成|填写|填上)[\s:：「“\"']*")  # "联系人改成陳美玉"
_TITLE = re.compile(by_first_character(
    "先生|女士|小姐|老师|经理|总监|主任|主管|医生|大夫|护士|教授|博士|律师|会计|工程师|院长|校长|书记|局长|处长|"
    "科长|部长|董事长|总裁|师傅|同学|同志|阿姨|叔叔|警官"
))
# 给王建国打电话 / 和李娜一起 / 王芳的电话: a name between a preposition and a verb or field.
_VERB_AFTER = (r"打|发|写|回|寄|转|买|送|带|留|讲|说|介绍|推荐|安排|预约|订|约|一起|见面|吃饭|开会|聊|联系|沟通|汇报|"
               r"报销|签|付|转账|商量|确认|对接|负责|提出|表示|认为|觉得|反馈|回复|告诉|问|答应|同意|建议|明天|今天|"
               r"昨天|下午|上午|晚上|刚才|已经|正在|马上|也|都|还|又|来|去|要|想|会|能|在|是|的(?:电话|手机|微信|"
               r"邮箱|地址|生日|身份证|银行卡|账号|邮件|消息)")
_BETWEEN = re.compile(rf"[给和跟与同向替帮让请问找叫][{_CJK}]{{2,4}}?(?={_VERB_AFTER}|[，。！？,.!?；;]|$)")
# Any form label ending in 人, 者 or 员 and a colon: "审批人：", "申请者:", "经办员："
_LABEL = re.compile(r"[人者员][:：]\s*")
_SURNAME_SET = "".join(sorted(CN_SURNAMES))
# Cheap first steps: a preposition right before a surname; the verb pattern is tried only there.
_BETWEEN_START = re.compile(rf"[给和跟与同向替帮让请问找叫](?=[{_SURNAME_SET}])")
# Anywhere in a sentence, a name right before a verb of speech: "会上周畅提出", "听说李博认为".
_SPEECH = re.compile(by_first_character("说|表示|提出|认为|觉得|反馈|回复|答应|同意|建议|要求|强调|指出|告诉|问我"))
# A two- or three-character name at the start of a sentence, before a verb: "史瑜明天来面试".
_SENTENCE_START = re.compile(rf"\s*(?:昨天|今天|明天|刚才|后来|然后|上周|下周)?([{_CJK}]{{2,4}}?)(?={_VERB_AFTER})")
# Sentence starts worth trying: after a delimiter, a surname or a time word ("昨天李博说").
_DELIMITER = re.compile(r"[。！？!?\n；;，,：:] *(?=[昨今明刚后然上下" + "".join(sorted(CN_SURNAMES)) + "])")
_FIELD_AFTER = re.compile(
    r"身份证|手机|电话|性别|男，|男,|女，|女,|的(?:电话|手机|微信|邮箱|地址|生日|身份证|银行卡|账号|包裹|快递|合同|订单|"
    r"文件|报告|简历|护照|工资|行李|车|房子|孩子|儿子|女儿|老公|老婆|婚礼|资料|信息|作业|病历|预约|航班|机票|车票|"
    r"邮件|消息|留言|朋友圈|意见|问题|建议|请求|申请|需求|账单)"
)
# Surnames that start too many other words for the tagger to be trusted after them.
_UNCUED_EXCLUDED = CN_FUNCTION_SURNAMES | frozenset("单井平华宫水花明成元山谷车全秋宿怀从能双空益有法海牧红伊")
# The most common surnames, simplified and traditional: a two-character word jieba does not know
# after one of them is a name ("王帆", "孔雷" is not trusted: 孔 starts fewer names than words).
_TOP_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖董潘袁蔡蒋余杜叶程魏苏吕"
                          "丁沈任姚卢傅钟姜崔谭陆汪廖贾夏邹熊孟秦邱侯尹薛闫段雷黎顾郝龚邵覃戴莫孔汤谭"
                          "陳張劉楊黃趙吳孫馬鄭謝許韓馮鄧蔣葉魏蘇呂盧鍾譚陸賈鄒龔")
# A surname a name may start with, then another Chinese character (one C-speed scan).
_UNCUED_START = re.compile("[" + "".join(sorted(CN_SURNAMES - _UNCUED_EXCLUDED)) + f"](?=[{_CJK}])")
_SPEAKER_BEFORE = frozenset("。！？!?\n \t“\"'：:；;")
_FIELD_SEP = frozenset(" \t，,（(｜|:：、;；")
_LIST_CONT = re.compile(r"[、和及与,，]\s*")
_COMMON_FREQ = 100  # a dictionary word this frequent is a word, not a private person's name
_RARE_FREQ = 50  # a given name split off by jieba may be a rare word (婷婷), not a common one (明天)
_ORPHAN_FREQ = 3000  # a single character this rare, left alone after a name, belongs to the name
_MAX_WINDOWS = 24  # bounds the segmentation work on long texts
_MAX_MENTIONS = 64  # other mentions of one name masked (bounds the work on repetitive text)
_GIVEN_WORD_FREQ = 500  # a rarer word after a lone common surname is read as its given name
_MAX_UNCUED = 12
_MAX_TAGGED = 1  # the tagger costs about a millisecond a window: one look, in short texts only
_TAGGED_TEXT = 400  # bounds the segmentation work for names without a cue


def _colons(text: str) -> list[int]:
    """Offsets of every ":" and "：", in order (``str.find`` is much faster than a regex scan)."""
    found = []
    for colon in ":：":
        at = text.find(colon)
        while at >= 0:
            found.append(at)
            at = text.find(colon, at + 1)
    return sorted(found)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _surname_len(text: str, pos: int) -> int:
    if text[pos:pos + 2] in CN_COMPOUND_SURNAMES:
        return 2
    return 1 if text[pos:pos + 1] in CN_SURNAMES else 0


def _name_like(word: str, lex: Lexicon, strong: bool) -> bool:
    """Whether a segment that starts with a surname reads as a private person's name."""
    if word in PUBLIC_FIGURES_ZH or word in CN_NOT_NAMES or any(ch in CN_NAME_STOP for ch in word[1:]) or \
            _TITLE.search(word, 1) or word[1:] in _ROLE_WORDS:
        return False  # 李老师, 王总监, 张同学: a surname and a title, not a full name
    freq = lex.word_freq.get(word)
    if not freq:
        return True  # jieba's HMM put the characters together: a word it does not know
    if word in lex.person_words and freq < _COMMON_FREQ:
        return strong or len(word) >= 3
    return False


def _name_at(text: str, pos: int, lex: Lexicon, strong: bool, form: bool = False) -> int:
    """End of the name starting at ``pos`` (segmentation decides the length), or -1. ``strong``:
    a cue points at a name here; ``form``: a form label does."""
    surname = _surname_len(text, pos)
    if not surname or (text[pos] in CN_FUNCTION_SURNAMES and not form) or \
            any(text[pos:pos + k] in PUBLIC_FIGURES_ZH for k in (2, 3, 4)):
        return -1
    tokens = segment(text[pos:pos + 8])
    first, rest = (tokens[0], list(tokens[1:])) if tokens else ("", [])
    if len(first) == surname and rest:  # 赵/婷婷, 欧阳/娜娜, 黃/俊/男: surname split from its given name
        first += _given_after(rest, lex, strong)
    cut = next((i for i in range(surname, len(first)) if first[i] in CN_NAME_STOP), len(first))
    first = first[:cut]  # 徐浩/用, 李博/说: jieba glued the next verb on
    if len(first) == surname + 1 and cut == len(tokens[0] if tokens else "") and rest and _is_cjk(rest[0][0]) and \
            rest[0][0] not in CN_NAME_STOP and (rest[0] not in lex.word_freq or
                                                (len(rest[0]) == 1 and lex.word_freq[rest[0]] < _ORPHAN_FREQ)):
        first += rest[0][0]  # 楊麗/雲下, 楊麗/雲: what follows is no word, or a rare character left alone
    size = len(first)
    if not surname + 1 <= size <= surname + 2 or not all(_is_cjk(c) for c in first):
        return -1
    return pos + size if _name_like(first, lex, strong) else -1


def _given_after(rest: list[str], lex: Lexicon, strong: bool) -> str:
    """The given name in the segments after a lone surname (consumed from ``rest``), or ""."""
    given = rest[0]
    if len(given) == 2 and all(_is_cjk(c) for c in given):
        if lex.word_freq.get(given, 0) < _RARE_FREQ or (strong and given not in lex.function_words):
            rest.pop(0)
            return given  # 王/桂花 after a cue: a noun can be a given name, 明天 cannot
        return ""
    chars = ""
    while rest and len(chars) < 2 and len(rest[0]) == 1 and _is_cjk(rest[0]) and rest[0] not in CN_NAME_STOP \
            and lex.word_freq.get(rest[0], 0) < _ORPHAN_FREQ:
        chars += rest.pop(0)
    return chars


def _name_before(text: str, end: int, lex: Lexicon, titled: bool = False) -> int:
    """Start of a full name that ends at ``end`` (before a title or a field), or -1. Before a
    title ("黃俊男先生") the title fixes the end, so the characters need no segmentation."""
    for size in (3, 2, 4):
        start = end - size
        if start < 0 or not all(_is_cjk(c) for c in text[start:end]) or not _surname_len(text, start):
            continue
        if start > 0 and lex.word_freq.get(text[start - 1:start + 1], 0) >= _COMMON_FREQ:
            continue  # "主任李老师": 任 belongs to the word before
        name = text[start:end]
        if titled and size - _surname_len(text, start) in (1, 2) and name not in PUBLIC_FIGURES_ZH and \
                name not in CN_NOT_NAMES and not any(ch in CN_NAME_STOP for ch in name[1:]):
            return start
        if _name_at(text, start, lex, True, form=True) == end:
            return start
    return -1


def _field_value(text: str, pos: int) -> int:
    """End of a 2–4 character run that starts with a surname and stands alone after a form label
    ("收件人 钱多多，"), or -1."""
    end = pos
    while end < len(text) and end - pos < 5 and _is_cjk(text[end]):
        end += 1
    if not 2 <= end - pos <= 4 or (end < len(text) and _is_cjk(text[end])):
        return -1
    name = text[pos:end]
    if not _surname_len(text, pos) or name in PUBLIC_FIGURES_ZH or name in CN_NOT_NAMES or \
            any(ch in CN_FIELD_STOP for ch in name[1:]):
        return -1
    return end


def _cued(text: str, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CUE.finditer(text):
        pos = m.end()
        while pos < len(text) and len(hits) < _MAX_WINDOWS:
            end = _field_value(text, pos)
            if end < 0:
                end = _name_at(text, pos, lex, True, form=True)
            if end < 0:
                break
            hits.append(("person_name", pos, end))
            sep = _LIST_CONT.match(text, end)  # "参会人吴晓东、郑佳和我"
            if not sep:
                break
            pos = sep.end()
    for colon in _colons(text):  # _LABEL.finditer, from the colons (a match holds one, after 人, 者 or 员)
        label = _LABEL.match(text, colon - 1) if colon > 0 and text[colon - 1] in "人者员" else None
        end = _field_value(text, label.end()) if label else -1
        if label and end > 0:
            hits.append(("person_name", label.end(), end))
    for m in _CHANGE.finditer(text) if any(c in text for c in "改换填") else ():
        form = bool(_CUE.search(text, max(0, m.start() - 6), m.start()))  # "把姓名改成…"
        end = _name_at(text, m.end(), lex, True, form=form)
        if end > 0:
            hits.append(("person_name", m.end(), end))
    for prep in _BETWEEN_START.finditer(text):
        between = _BETWEEN.match(text, prep.start())
        if between is None:
            continue
        end = _name_at(text, between.start() + 1, lex, True)
        if end > 0:
            hits.append(("person_name", between.start() + 1, end))
    for verb in _SPEECH.finditer(text):
        if verb.start() < 2 or not _is_cjk(text[verb.start() - 1]):
            continue
        start = _name_before(text, verb.start(), lex)
        if start >= 0 and len(hits) < _MAX_WINDOWS and _name_at(text, start, lex, False) == verb.start():
            hits.append(("person_name", start, verb.start()))  # segmentation agrees without a cue
    for start in [0] + [d.end() for d in _DELIMITER.finditer(text)]:
        sentence = _SENTENCE_START.match(text, start)
        if sentence is None or not _surname_len(text, sentence.start(1)) or len(hits) >= _MAX_WINDOWS:
            continue
        end = _name_at(text, sentence.start(1), lex, True)
        if end == sentence.end(1):
            hits.append(("person_name", sentence.start(1), end))
    return hits


def _before_fields(text: str, anchors: tuple[int, ...], lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    for m in _TITLE.finditer(text):
        start = _name_before(text, m.start(), lex, titled=True)
        if start >= 0:
            hits.append(("person_name", start, m.start()))
    ends = [m.start() for m in _FIELD_AFTER.finditer(text)] + list(anchors)
    for end in ends:  # "刘洋 4403…", "赵梓涵，女，", "陈志强（身份证"
        while end > 0 and text[end - 1] in _FIELD_SEP:
            end -= 1
        start = _name_before(text, end, lex)
        if start >= 0:
            hits.append(("person_name", start, end))
    speakers = []
    for colon in _colons(text):  # "李明：周六去爬山吧。赵婷：…"
        start = _name_before(text, colon, lex)
        if start >= 0 and (start == 0 or text[start - 1] in _SPEAKER_BEFORE):
            speakers.append((start, colon))
    if len(speakers) >= 2:
        hits += [("person_name", s, e) for s, e in speakers]
    return hits


def _word_at(text: str, pos: int) -> str:
    """The word jieba cuts starting at ``pos``, read with four characters of left context (without
    them, "顺丰速运" cut from 丰 gives a spurious 丰速), or "" when no word starts there."""
    base = max(0, pos - 4)
    offset = base
    for token in segment(text[base:pos + 6]):
        if offset == pos:
            return token
        offset += len(token)
        if offset > pos:
            return ""
    return ""


def _tagged_name(text: str, pos: int, lex: Lexicon) -> int:
    """End of the person name jieba's part-of-speech tagger reads at ``pos`` (tag nr), or -1."""
    base = max(0, pos - 2)
    offset = base
    tokens = tag(text[base:pos + 6])
    for i, (word, flag) in enumerate(tokens):
        if offset == pos:
            if not flag.startswith("nr"):
                return -1
            name = word
            if len(word) == _surname_len(text, pos) and i + 1 < len(tokens):
                given = tokens[i + 1][0]  # 吴/建国: a surname tagged apart from its given name
                if 1 <= len(given) <= 2 and given not in lex.function_words:
                    name += given
            ok = 2 <= len(name) <= 4 and all(_is_cjk(c) for c in name) and _name_like(name, lex, False)
            return pos + len(name) if ok else -1
        offset += len(word)
        if offset > pos:
            return -1
    return -1


def _uncued(text: str, lex: Lexicon, budget: int) -> list[Hit]:
    """Any surname that starts a word jieba does not know (its HMM put the characters together):
    "孔雷下周要出差", "我欠王帆两百块钱", "陈晓峰来找我". Cheap dictionary tests first; jieba
    segments at most ``budget`` short windows."""
    hits: list[Hit] = []
    freq = lex.word_freq
    tagger_calls = _MAX_TAGGED if len(text) <= _TAGGED_TEXT else 0
    # Dictionary tests first, in one comprehension: a surname inside a word (紧张, 提高) or
    # starting a common word (周末, 高兴) is no name.
    starts = [m.start() for m in _UNCUED_START.finditer(text)]
    starts = [pos for pos in starts if freq.get(text[pos - 1:pos + 1] if pos else "", 0) < _COMMON_FREQ and
              freq.get(text[pos:pos + 2], 0) < _COMMON_FREQ]
    for pos in starts:
        if budget <= 0:
            break
        budget -= 1
        word = _word_at(text, pos)
        surname = _surname_len(text, pos)
        if len(word) == surname and text[pos] in _TOP_SURNAMES:
            given = _word_at(text, pos + surname)  # 王/玉梅, 谢/冬梅: a given name jieba knows as a word
            if len(given) == 2 and given not in lex.function_words and \
                    (given in lex.person_words or freq.get(given, 0) < _GIVEN_WORD_FREQ):
                word += given
        if not surname + 1 <= len(word) <= surname + 2 or freq.get(word, 0) >= _COMMON_FREQ or \
                (freq.get(word) and word not in lex.person_words) or not all(_is_cjk(c) for c in word) or \
                (len(word) == surname + 1 and text[pos] not in _TOP_SURNAMES):
            # Segmentation says no (or a two-character word after a rarer surname): in a short text
            # the part-of-speech tagger gets one look ("席亮问了我", "我欠王帆").
            if tagger_calls > 0:
                tagger_calls -= 1
                end = _tagged_name(text, pos, lex)
                if end > 0 and not any(ch in CN_FOREIGN_CHARS for ch in text[pos + 1:end]):
                    hits.append(("person_name", pos, end))
            continue
        end = pos + len(word)
        tail = text[end - 1:end + 1]
        if _name_like(word, lex, False) and not any(ch in CN_FOREIGN_CHARS for ch in word[1:]) and \
                (len(tail) < 2 or freq.get(tail, 0) < _COMMON_FREQ):  # not inside a word: 宫保鸡|丁
            hits.append(("person_name", pos, end))
    return hits


def find_chinese_names(text: str, anchors: tuple[int, ...] = ()) -> list[Hit]:
    lex = lexicon()
    hits = _cued(text, lex) + _before_fields(text, anchors, lex)
    hits += _uncued(text, lex, _MAX_UNCUED)
    found = set(hits)
    for name in {text[s:e] for _, s, e in found}:  # every other mention of a name found once: "吴晓东说…"
        pos, mentions = find_word(text, name), 0
        while pos >= 0 and mentions < _MAX_MENTIONS:
            found.add(("person_name", pos, pos + len(name)))
            pos, mentions = find_word(text, name, pos + len(name)), mentions + 1
    return sorted(found)
