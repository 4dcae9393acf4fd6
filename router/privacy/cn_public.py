"""Chinese names that are no private person's: a law, a formula or a brand named after someone
("洛必达法则", "李锦记这个牌子"), and a name no cue points at followed by what public people are
asked about — their works, shows and sayings ("郭德纲的相声", "陈奕迅的演唱会")."""

from __future__ import annotations

import re

from duet.router.privacy.patterns import Hit

# A law, a formula, an effect or a brand named after someone is no one's personal data ("蔡勒公式",
# "洛必达法则", "韦达定理", "李锦记这个牌子").
ROAD_WORDS = ("高速", "高铁", "铁路", "公路", "大桥", "隧道", "快速路", "城际", "机场")
# An amount in the capital numerals of invoices and cheques ("陆佰元整": 陆 is also a surname).
CAPITAL_NUMERALS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整圆貳參陸億萬")
NAMED_AFTER = re.compile(r"公式|定理|定律|法则|效应|方程|猜想|算法|原理|常数|不等式|判别法|数列|悖论|分布|变换|级数|"
                          r"这个牌子|这个品牌|牌子|品牌|商标|老字号|"  # (a brand named after its founder: "李锦记这个牌子")
                          + "|".join(ROAD_WORDS))  # (a road named after its two ends: "云湛高速", "京张铁路")


# What public people are asked about, right after a name no cue points at: their works, shows and
# sayings ("郭德纲的相声", "白岩松说的那句话", "陈奕迅的演唱会", "黄晓明和杨颖离婚了吗").
_PUBLIC_AFTER = re.compile(r"(?:老师|先生|女士)?(?:的)?(?:新歌|新专辑|专辑|歌曲|演唱会|电影|电视剧|新剧|相声|小品|脱口秀|综艺|新书|小说|"
                           r"作品|演讲|节目|直播|微博|名言|语录|金句|那句话|讲的|讲得|演过|主演|唱的|写的|说过|说的那|离婚|恋情|"
                           r"绯闻|粉丝|品三国|原著|执导|编剧的)")
_AND = frozenset("和与跟")
# A text message's signature: the sender in 【】 before the words such messages open with
# ("【惠康】会员专享", "【顺丰】您的快件") — a company; a chat's 【夏桂珍】 is followed by what she said.
SMS_SENDER = re.compile("】(?:会员|會員|验证码|驗證碼|尊敬的|您的|您好|亲爱的|親愛的|温馨提示|溫馨提示|优惠|優惠|"
                         "限时|限時|恭喜|【)")



def without_public_works(text: str, hits: list[Hit]) -> list[Hit]:
    public = {i for i, (_, _, end) in enumerate(hits) if _PUBLIC_AFTER.match(text, end)}
    for i, (_, _, end) in enumerate(hits):  # "黄晓明和杨颖离婚了吗": both of the pair
        if i not in public and text[end:end + 1] in _AND and any(s == end + 1 for j, (_, s, _) in enumerate(hits) if j in public):
            public.add(i)
    return [hit for i, hit in enumerate(hits) if i not in public]


# A quoted couplet of five- or seven-character lines: a poem's people are public ("不及汪伦送我情",
# "落霞与孤鹜齐飞").
_VERSE = re.compile(r"[“「\"‘]([\u4e00-\u9fff]{5,7})[，,]([\u4e00-\u9fff]{5,7})[。！？]?[”」\"’]")
# A story's characters: a name right after 主角/角色 in a text about a story ("主角是个法医叫沈砚秋").
_STORY = re.compile(r"小说|故事|剧本|剧情|人设|写一篇|写个")
_CHARACTER_BEFORE = re.compile(r"(?:主角|男主|女主|主人公|角色|反派|配角)[^。！？\n]{0,8}$")


def without_verse_and_characters(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the names inside a quoted couplet of verse and a story's characters."""
    if not hits:
        return hits
    quoted = any(mark in text for mark in "“「\"‘")
    verses = [m.span() for m in _VERSE.finditer(text) if len(m.group(1)) == len(m.group(2))] if quoted else []
    in_verse = {text[h[1]:h[2]] for h in hits if any(s <= h[1] and h[2] <= e for s, e in verses)}
    cast = [h for h in hits if _CHARACTER_BEFORE.search(text, max(0, h[1] - 12), h[1])]
    if cast and _STORY.search(text) is None:
        cast = []
    return [h for h in hits if text[h[1]:h[2]] not in in_verse and h not in cast]  # (and "汪伦是谁")
