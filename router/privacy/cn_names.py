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

from duet.router.privacy import cn_patterns as P
from duet.router.privacy.simplified import simplified
from duet.router.privacy.cn_public import CAPITAL_NUMERALS, NAMED_AFTER, ROAD_WORDS, SMS_SENDER, \
    without_public_works, without_verse_and_characters
from duet.router.privacy.cn_name_parts import DOTTED_NAME, tibetan_name
from duet.router.privacy.cn_double_surnames import find_double_surnamed
from duet.router.privacy.cn_surnames import all_cjk, is_cjk, surname_len
from duet.router.privacy.cn_word_checks import (EVERYDAY_FREQ, ORPHAN_FREQ, inside_word, names_both_ways,
                                                not_a_surname_here, plain_word, rare_in_names, uncommon_in_names,
                                                unlike_given_name, verb_and_object, word_unlike_given)
from duet.router.privacy.lexicon import COMMON_FREQ, Lexicon, lexicon, segment, tag
from duet.router.privacy.slot_values import hangul_name_end
from duet.router.privacy.name_lists import (CN_COMPOUND_SURNAMES, CN_CONJUNCTIONS, CN_FOREIGN_CHARS, CN_RARE_SURNAMES,
                                       CN_FIELD_STOP, CN_FUNCTION_SURNAMES, CN_NAME_STOP, CN_NOT_NAMES,
                                       CN_SURNAMES, PUBLIC_FIGURES_ZH)
from duet.router.privacy.patterns import Hit
from duet.router.privacy.finders import find_word

_COMMON_FREQ = COMMON_FREQ  # a dictionary word this frequent is a word, not a private person's name
_LONGER_CUE_FREQ = 100  # a cue and the character after it that make a dictionary word this frequent: not the cue
_RARE_FREQ = 50  # a given name split off by jieba may be a rare word (婷婷), not a common one (明天)
_GLUE_FREQ = 50000  # … but never one this common (有, 会, 小): it starts the next word
_MAX_WINDOWS = 24  # bounds the segmentation work on long texts
_MAX_MENTIONS = 64  # other mentions of one name masked (bounds the work on repetitive text)
_GIVEN_WORD_FREQ = 500  # a rarer word after a lone common surname is read as its given name
_MAX_UNCUED = 12
_MAX_TAGGED = 1  # the tagger costs about a millisecond a window: one look, in short texts only
_TAGGED_TEXT = 400  # bounds the segmentation work for names without a cue

_SIGN_OFFS = frozenset("敬上 謹上 谨上 敬啟 敬启 拜上".split())  # a space may stand before these, not before a title
_BRACKETED_TITLES = frozenset("先生 女士 小姐".split())  # … and a bracket before these: "高辉(先生) 176…"
_DOTTED_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])" + DOTTED_NAME.pattern + "$")
_CJK_UP_TO_5 = re.compile("[\u4e00-\u9fff]{0,5}")
_CUE_TAIL = " \t\n:：】是为「『“\"'（("
_LABEL_MARKS = frozenset(":：】「『“\"'（(")  # a cue holding one labels what follows


_PLACE_ENDS = frozenset("区县市省镇乡")
_STEMS_AND_BRANCHES = frozenset("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")  # 甲乙丙丁戊: placeholders, years
_FAMILY_PLACE = frozenset("角祠窑口峡湾庄村桥坡岭沟营寨堡嘴坝河山湖巷弄街园集店屯墩坪港渡")  # "X家Y" places


def _name_like(word: str, lex: Lexicon, strong: bool) -> bool:
    """Whether a segment that starts with a surname reads as a private person's name."""
    if word in PUBLIC_FIGURES_ZH or word in CN_NOT_NAMES or not CN_NAME_STOP.isdisjoint(word[1:]) or \
            P.TITLE.search(word, 1) or word[1:] in P.ROLE_WORDS:
        return False  # 李老师, 王总监, 张同学: a surname and a title, not a full name
    if _STEMS_AND_BRANCHES.issuperset(word):
        return False  # "甲乙丙丁戊": people named by stems, not a name
    if len(word) == 2 and word[1] in "仔哥姐":
        return False  # 譚仔, 陈哥: a nickname (or a shop named like one), not a full name
    if word[-1] in _PLACE_ENDS or (len(word) == 3 and word[1] == "家" and word[2] in _FAMILY_PLACE):
        return False  # 武侯区, 高新区, 万安镇; 朱家角, 陈家祠, 马家窑: a place that opens with a surname
    if word[1:] in ROAD_WORDS or CAPITAL_NUMERALS.issuperset(word[1:]):
        return False  # 京张铁路, 陆佰元整: a road, an amount
    freq = lex.word_freq.get(word)
    if not freq:
        return True  # jieba's HMM put the characters together: a word it does not know
    if word in lex.person_words and freq < _COMMON_FREQ:
        return strong or len(word) >= 3
    return False


def _name_at(text: str, pos: int, lex: Lexicon, strong: bool, form: bool = False) -> int:
    """End of the name starting at ``pos`` (segmentation decides the length), or -1. ``strong``:
    a cue points at a name here; ``form``: a form label does."""
    surname = surname_len(text, pos) or (  # (租客逄立新; not 母亲, 门卫: a rarer surname that starts a word)
        1 if form and text[pos] in CN_RARE_SURNAMES and not plain_word(text[pos:pos + 2], lex) else 0)
    if not surname or (text[pos] in CN_FUNCTION_SURNAMES and not form) or \
            text[pos:pos + 2] in PUBLIC_FIGURES_ZH or text[pos:pos + 3] in PUBLIC_FIGURES_ZH or \
            text[pos:pos + 4] in PUBLIC_FIGURES_ZH:
        return -1
    tokens = segment(text[pos:pos + 8])
    first, rest = (tokens[0], list(tokens[1:])) if tokens else ("", [])
    if len(first) == surname and rest:  # 赵/婷婷, 欧阳/娜娜, 黃/俊/男: surname split from its given name
        first += _given_after(rest, lex, strong)
    cut = next((i for i in range(surname, len(first)) if first[i] in CN_NAME_STOP), len(first))
    first = first[:cut]  # 徐浩/用, 李博/说: jieba glued the next verb on
    if len(first) == surname + 1 and cut == len(tokens[0] if tokens else "") and rest and is_cjk(rest[0][0]) and \
            rest[0][0] not in CN_NAME_STOP and (rest[0] not in lex.word_freq or
                                                (len(rest[0]) == 1 and lex.word_freq[rest[0]] < ORPHAN_FREQ)) and \
            lex.word_freq.get(rest[0][0], 0) < _GLUE_FREQ:
        first += rest[0][0]  # 楊麗/雲下, 楊麗/雲: what follows is no word, or a rare character left alone
        # (not 车上/有会: 有 starts the next word)
    size = len(first)
    if not surname + 1 <= size <= surname + 2 or not all_cjk(first):
        return -1
    return pos + size if _name_like(first, lex, strong) else -1


def _given_after(rest: list[str], lex: Lexicon, strong: bool) -> str:
    """The given name in the segments after a lone surname (consumed from ``rest``), or ""."""
    given = rest[0]
    if len(given) == 2 and all_cjk(given):
        if not word_unlike_given(given, lex) and (lex.word_freq.get(given, 0) < _RARE_FREQ or (  # (not 左/后轮)
                strong and (given not in lex.function_words or names_both_ways(given, lex)))):
            rest.pop(0)
            return given  # 王/桂花 after a cue: a noun can be a given name, 明天 cannot
        return ""
    chars = ""
    while rest and len(chars) < 2 and len(rest[0]) == 1 and is_cjk(rest[0]) and rest[0] not in CN_NAME_STOP \
            and lex.word_freq.get(rest[0], 0) < ORPHAN_FREQ:
        chars += rest.pop(0)
    return chars


def _name_before(text: str, end: int, lex: Lexicon, titled: bool = False) -> int:
    """Start of a full name that ends at ``end`` (before a title or a field), or -1. Before a
    title ("黃俊男先生") the title fixes the end, so the characters need no segmentation."""
    sizes = [k for k in (6, 5, 4) if titled and k <= end and tibetan_name(text[end - k:end])]  # 尊敬的乌兰其其格客户
    if sizes:
        return end - sizes[0]
    for size in (3, 2, 4):
        start = end - size
        if start < 0 or not all_cjk(text[start:end]):
            continue
        rare = titled and size == 3 and text[start] in CN_RARE_SURNAMES and not plain_word(text[start:end], lex)
        if not surname_len(text, start) and not rare:  # (禤志豪先生: a rarer surname before a title)
            continue
        if start > 0 and (lex.word_freq.get(text[start - 1:start + 1], 0) >= _COMMON_FREQ or inside_word(text, start, lex)):
            continue  # "主任李老师": 任 belongs to the word before; "车管所的电话": 管 is inside a word
        name, surname = text[start:end], surname_len(text, start) or 1
        if surname == 2 and size > 2 and CN_NAME_STOP.isdisjoint(name[2:]) and not plain_word(name[2:], lex):
            return start  # 诸葛雨萱的妈妈: a double surname, then its given name
        if not titled and text[start] not in P.TOP_SURNAMES and verb_and_object(name[:surname], name[surname:], lex):
            continue  # "社保卡和海外身份证号": a conjunction before a common word
        if titled and size - surname in (1, 2) and name not in PUBLIC_FIGURES_ZH and \
                name not in CN_NOT_NAMES and CN_NAME_STOP.isdisjoint(name[1:]):
            if plain_word(name, lex) or (text[start] not in P.TOP_SURNAMES and uncommon_in_names(name[surname:], lex) and
                                         verb_and_object(name[:surname], name[surname:], lex)):
                continue  # "公司会计", "经直属主管": a word before the title, not a name
            return start
        if _name_at(text, start, lex, True, form=True) == end:
            return start
    return -1


def _listed_end(text: str, pos: int, end: int) -> int:
    """Where the first of two listed names ends ("发给张立新和刘晓燕": at 和, when a surname follows
    it), else ``end``."""
    for at in range(pos + 2, min(end, pos + 5)):
        if text[at] in CN_CONJUNCTIONS and surname_len(text, at + 1):
            return at
    return end


def _field_value(text: str, pos: int, lex: Lexicon, labelled: bool = True) -> int:
    """End of a 2–4 character run that starts with a surname and stands alone after a form label ("收件人 钱多多，"), or
    -1. Four characters need a double surname. Unless a colon labels it ("姓名：江东"), a common word ("发给房东：") or a
    run that opens with one ("发给海外同事") is no name either."""
    run = _CJK_UP_TO_5.match(text, pos)  # the Chinese characters from pos, five at most
    if run and tibetan_name(run.group()) and (run.end() == len(text) or not is_cjk(text[run.end()])):
        return run.end()  # "走失人员次仁卓玛，", "姓名：乌兰其其格", "联系人 央金 185…"
    end = _listed_end(text, pos, run.end() if run else pos)
    if not 2 <= end - pos <= 4 or (end < len(text) and is_cjk(text[end]) and text[end] not in CN_CONJUNCTIONS):
        return -1
    name = text[pos:end]
    # (a rarer surname, 漆 or 冼, too: the run stands alone in a slot a cue opened)
    surname = surname_len(text, pos) or (1 if name[0] in CN_RARE_SURNAMES else 0)
    if not surname or name in PUBLIC_FIGURES_ZH or name in CN_NOT_NAMES or \
            not CN_FIELD_STOP.isdisjoint(name[1:]) or len(name) - surname > 2 or name[surname:] in P.ROLE_WORDS or \
            P.TITLE.fullmatch(name, surname):
        return -1  # 张总, 李老师: a surname and a title, not a full name
    if any(lex.word_freq.get(word, 0) >= (_COMMON_FREQ if not labelled else EVERYDAY_FREQ) and
           word not in lex.person_words for word in ({name, name[:surname + 1]} if not labelled else {name})):
        return -1  # dictionary look-ups, not a segmentation: this runs at every cue (and "客服：支持7天…")
    return end


# A name with a space between surname and given name, in a labelled slot ("姓名：张 建霞").
_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])")


def _after_cue(text: str, m: re.Match[str], lex: Lexicon, room: int) -> list[Hit]:
    """The names a cue points at: one, or a list ("参会人吴晓东、郑佳和我"). A public figure's
    name counts after a personal cue ("联系人：李娜", "我同事李娜说"): many people share it."""
    hits: list[Hit] = []
    group = m.group()
    cue = group.rstrip(_CUE_TAIL)
    if len(cue) <= 2 and m.start() > 0 and lex.word_freq.get(text[m.start() - 1:m.start() + 1], 0) >= _COMMON_FREQ:
        return hits  # a short cue that ends another word: 预约了, 违约金, 大约
    if len(cue) == 1 and lex.word_freq.get(text[m.start():m.start() + 2], 0) >= _COMMON_FREQ or \
            group == cue and lex.word_freq.get(text[m.start():m.end() + 1], 0) >= _LONGER_CUE_FREQ:
        return hits  # a cue that starts another word: 约束力, 约定, 老公公 (老公公中风)
    pos = m.end()
    if P.CUE.match(text, pos) is not None:
        return hits  # "甲方是房东祁振华": the next cue points at the name
    labelled = not _LABEL_MARKS.isdisjoint(group)  # "户名「和娟」", not "姓名和电话"
    personal = cue in P.PERSONAL_CUES
    while pos < len(text) and len(hits) < room and \
            (text[pos] not in CN_CONJUNCTIONS or (pos == m.end() and labelled)):
        dotted = DOTTED_NAME.match(text, pos) or (  # "乙 阿依古丽·艾买提", "姓名：张 建霞"
            _SPACED.match(text, pos) if labelled and surname_len(text, pos) else None)
        end = dotted.end() if dotted else _field_value(text, pos, lex, labelled=pos == m.end() and labelled)
        if end < 0:
            end = _name_at(text, pos, lex, True, form=True)
        if end > 0 and not labelled and text[pos] in CN_FUNCTION_SURNAMES and plain_word(text[pos + 1:end], lex) \
                and uncommon_in_names(text[pos + 1:end], lex):
            end = -1  # "通知时有效的", "住户于上述时间", "司机能坐": a function word and a word, not a name
        if end - pos == 2 and cue in P.BARE_ROLE_CUES and lex.word_freq.get(text[pos:end], 0) > 0:
            end = -1  # "和班主任连系": a word after a bare role
        if end < 0 and personal:
            end = next((pos + k for k in (3, 2) if text[pos:pos + k] in PUBLIC_FIGURES_ZH), -1)
        if end < 0:
            end = hangul_name_end(text, pos)  # a Korean name after the cue ("韩国同事이하은的…", "我叫최지우")
        if end < 0:
            break
        hits.append(("person_name", pos, end))
        sep = P.LIST_CONT.match(text, end)
        if not sep or P.CUE.match(text, sep.end()):
            break  # ("父亲端木建新和母亲俞秀兰": the next cue reads the next name)
        pos = sep.end()
    return hits


def _cued(text: str, lex: Lexicon, at: P.Starts) -> list[Hit]:
    hits: list[Hit] = []
    for m in at.cue:
        hits += _after_cue(text, m, lex, _MAX_WINDOWS - len(hits))
    for colon in at.colon:  # P.LABEL.finditer, from the colons (a match holds one, after 人, 者 or 员)
        label = P.LABEL.match(text, colon - 1) if colon > 0 and text[colon - 1] in "人者员" else \
            P.LABEL.match(text, colon - 2) if colon > 1 and text[colon - 1] in "士生师師" else None
        end = _field_value(text, label.end(), lex) if label else -1
        if label and end > 0:
            hits.append(("person_name", label.end(), end))
    for m in P.CHANGE.finditer(text) if any(c in text for c in "改换填") else ():
        form = bool(P.CUE.search(text, max(0, m.start() - 6), m.start()))  # "把姓名改成…"
        end = _name_at(text, m.end(), lex, True, form=form)
        if end > 0:
            hits.append(("person_name", m.end(), end))
    for prep in at.preposition:  # P.BETWEEN_START.finditer
        between = P.BETWEEN.match(text, prep)
        if between is None or plain_word(text[prep:prep + 2], lex):
            continue  # (同步评估, 和平: the preposition starts a word)
        end = _name_at(text, between.start() + 1, lex, True)
        if end > 0:
            hits.append(("person_name", between.start() + 1, end))
    for verb in at.speech:
        if verb.start() < 2 or not is_cjk(text[verb.start() - 1]) or \
                plain_word(text[verb.start() - 1:verb.start() + 1], lex):
            continue  # (说 of 小说, 听说: the verb ends another word)
        start = _name_before(text, verb.start(), lex)
        if start >= 0 and len(hits) < _MAX_WINDOWS and _name_at(text, start, lex, False) == verb.start():
            hits.append(("person_name", start, verb.start()))  # segmentation agrees without a cue
    for start in [0] + at.delimiter_ends:
        sentence = P.SENTENCE_START.match(text, start)
        if sentence is None or not surname_len(text, sentence.start(1)) or len(hits) >= _MAX_WINDOWS:
            continue
        end = _name_at(text, sentence.start(1), lex, True)
        if end == sentence.end(1):
            hits.append(("person_name", sentence.start(1), end))
    return hits


def _before_fields(text: str, anchors: tuple[int, ...], lex: Lexicon, at: P.Starts) -> list[Hit]:
    hits: list[Hit] = []
    for m in at.title:
        spaced = m.start() > 1 and text[m.start() - 1] == " " and m.group() in _SIGN_OFFS  # "余建中 敬上"
        bracketed = m.start() > 1 and text[m.start() - 1] in "(（" and m.group() in _BRACKETED_TITLES  # "高辉(先生)"
        end = m.start() - 1 if spaced or bracketed else m.start()
        if m.start() > 0 and lex.word_freq.get(text[m.start() - 1:m.end()], 0) > 0:
            continue  # "和班主任联系": the title ends a longer word (班主任)
        start = _name_before(text, end, lex, titled=True)
        if start >= 0:
            hits.append(("person_name", start, end))
    ends = [m.start() for m in at.field] + list(anchors)
    for end in ends:  # "刘洋 4403…", "赵梓涵，女，", "陈志强（身份证"
        while end > 0 and text[end - 1] in P.FIELD_SEP:
            end -= 1
        dotted = _DOTTED_BEFORE.search(text, max(0, end - 16), end)  # "努尔江·玉素甫 6201…"
        start = dotted.start() if dotted else _name_before(text, end, lex)
        if start >= 0:
            hits.append(("person_name", start, end))
    speakers = []
    for colon in at.colon:  # "李明：周六去爬山吧。赵婷：…"
        start = _name_before(text, colon, lex)
        if start >= 0 and (start == 0 or text[start - 1] in P.SPEAKER_BEFORE):
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
            if len(word) == surname_len(text, pos) and i + 1 < len(tokens):
                given = tokens[i + 1][0]  # 吴/建国: a surname tagged apart from its given name
                if 1 <= len(given) <= 2 and given not in lex.function_words and not word_unlike_given(given, lex):
                    name += given
            ok = 2 <= len(name) <= 4 and all_cjk(name) and _name_like(name, lex, False)
            return pos + len(name) if ok else -1
        offset += len(word)
        if offset > pos:
            return -1
    return -1


def _uncued(text: str, lex: Lexicon, budget: int, at: P.Starts) -> list[Hit]:
    """Any surname that starts a word jieba does not know (its HMM put the characters together):
    "孔雷下周要出差", "我欠王帆两百块钱", "陈晓峰来找我". Cheap dictionary tests first; jieba
    segments at most ``budget`` short windows."""
    hits: list[Hit] = []
    freq = lex.word_freq
    tagger_calls = _MAX_TAGGED if len(text) <= _TAGGED_TEXT else 0
    # Dictionary tests first, in one comprehension: a surname inside a word (紧张, 提高) or
    # starting a common word (周末, 高兴) is no name. (``common``: the slices, of two characters
    # at most, whose ``freq.get(…, 0)`` is at least _COMMON_FREQ; a set test, not a call. The
    # word the surname starts is tested first: it rejects more offsets than the one it ends.)
    common = lex.common_short
    starts = [pos for pos in at.uncued if text[pos:pos + 2] not in common and
              (text[pos - 1:pos + 1] if pos else "") not in common]
    for pos in starts:
        if budget <= 0:
            break
        budget -= 1
        word = _word_at(text, pos)
        surname = surname_len(text, pos)
        if not surname or not_a_surname_here(text, pos, lex, short=len(word) <= surname + 1):
            continue  # 这张单, 主线程停在, 万块钱存
        if len(word) == surname and text[pos] in P.TOP_SURNAMES:
            given = _word_at(text, pos + surname)  # 王/玉梅, 谢/冬梅: a given name jieba knows as a word
            if len(given) == 2 and given not in lex.function_words and \
                    (given in lex.person_words or freq.get(given, 0) < _GIVEN_WORD_FREQ) and \
                    not word_unlike_given(given, lex):
                word += given
        if len(word) == surname + 2 and rare_in_names(word[-1], lex) and not rare_in_names(word[surname], lex):
            word = word[:-1]  # "找段琳取文件", "王磊案（劳动争议）": jieba glued the next word's first character on
        if not surname + 1 <= len(word) <= surname + 2 or freq.get(word, 0) >= _COMMON_FREQ or \
                (freq.get(word) and word not in lex.person_words) or not all_cjk(word) or \
                (len(word) == surname + 1 and text[pos] not in P.TOP_SURNAMES):
            # Segmentation says no (or a two-character word after a rarer surname): in a short text
            # the part-of-speech tagger gets one look ("席亮问了我", "我欠王帆").
            if tagger_calls > 0 and not (len(word) > surname + 1 and plain_word(word, lex)):  # (not on 班主任)
                tagger_calls -= 1
                end = _tagged_name(text, pos, lex)
                if end > 0 and CN_FOREIGN_CHARS.isdisjoint(text[pos + 1:end]) and \
                        not rare_in_names(text[pos + surname:end], lex):
                    hits.append(("person_name", pos, end))
            continue
        if text[pos] not in P.TOP_SURNAMES and verb_and_object(word[:surname], word[surname:], lex):
            continue  # "解方程": a rarer surname that is a common word, before a common word
        end = pos + len(word)
        tail = text[end - 1:end + 1]
        if _name_like(word, lex, False) and CN_FOREIGN_CHARS.isdisjoint(word[1:]) and \
                not unlike_given_name(word[surname:], lex) and not rare_in_names(word[surname:], lex) and \
                (len(tail) < 2 or freq.get(tail, 0) < _COMMON_FREQ):  # not inside a word: 宫保鸡|丁
            hits.append(("person_name", pos, end))
    return hits


def find_chinese_names(text: str, anchors: tuple[int, ...] = ()) -> list[Hit]:
    lex = lexicon()
    text = simplified(text)  # jieba's words are Simplified; offsets do not move (router.privacy.simplified)
    at = P.starts(text)
    hits = _cued(text, lex, at) + _before_fields(text, anchors, lex, at)
    hits += without_public_works(text, _uncued(text, lex, _MAX_UNCUED, at) + find_double_surnamed(text, lex))
    hits = without_verse_and_characters(text, hits)
    found = {hit for hit in hits if not NAMED_AFTER.match(text, hit[2]) and not SMS_SENDER.match(text, hit[2])}
    for name in {text[s:e] for _, s, e in found}:  # every other mention of a name found once: "吴晓东说…"
        pos, mentions = find_word(text, name), 0
        while pos >= 0 and mentions < _MAX_MENTIONS:
            found.add(("person_name", pos, pos + len(name)))
            pos, mentions = find_word(text, name, pos + len(name)), mentions + 1
    return sorted(found)
