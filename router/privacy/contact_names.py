"""Names in the commands people give a phone or a car: whom to call, text or message.

- After an English verb of contact, a name typed in small letters ("call emily morgan on
  speaker", "text joshua solis: running late") when its first word is a known given name, and a
  Chinese name ("call 符建军 问一下").
- Between 给/給 and what is done ("给朴慧打电话", "傳訊息給吳信宏說我會晚到", "给paride ceravolo
  发消息"): the frame says a person is named, so a Chinese name may start with a surname that is
  also a word (朴, 楼, 信) as long as the name is no common word (给客服打电话, 给门卫打电话), and a Latin name
  may be in small letters when a given name or a surname in it is known.

A capitalised name after "call" is read by names.py; these are what its capitals rule misses.
"""

from __future__ import annotations

import re

from duet.router.privacy import cn_patterns as P
from duet.router.privacy.cn_frames import C_TO, C_VERB, frame_starts
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.lexicon import COMMON_FREQ, lexicon
from duet.router.privacy.name_lists import CN_FIELD_STOP, CN_NOT_NAMES, CN_RARE_SURNAMES
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.simplified import simplified
from duet.router.privacy.slot_values import PARTICLES, chinese_name, chinese_name_end, known_name, latin_name_end

_VERBS = ("call", "text", "message", "ring", "dial", "phone", "ping", "facetime", "whatsapp", "email", "e-mail",
          "ask", "tell", "remind", "invite", "notify")  # the Chinese verbs: cn_frames.C_VERB
_VERB = re.compile(r"(?:(?:call|text|message|ring|dial|phone|ping|facetime|whatsapp|e-?mail)(?:[ \t]+(?:with|to))?|"
                   r"ask|tell|remind|invite|notify)[ \t]+|(?:打给|打給|联系|聯繫|联络|聯絡|致电|致電)(?:一下)?[ \t]*")
# What follows a name in a command ("call … on speaker", "text …: running late", "text … that"): with
# it, a name in small letters counts even when its given name is on no list ("call linde hoekstra
# on speaker"), unless a word of it names a service rather than a person.
_COMMAND_AFTER = re.compile(r"[ \t]*(?::|on speaker|on video|that |to say|saying|and say|and tell)")
# Words that follow a given name in a command and are no surname: "ask grace about it".
_NOT_SURNAMES = frozenset("""
about it that this what how when where why if whether tomorrow today tonight later now again please back too also
first soon asap anyway yesterday instead right then there here up out over directly quickly in on at for from with
""".split())
_SERVICE_WORDS = frozenset("""
service services support desk reception office center centre team group hotline line helpdesk department dept
store shop restaurant pharmacy clinic hospital school bank insurance company station police taxi cab airline
airport hotel delivery assistance roadside emergency number voicemail mailbox everyone everybody family friends
home work mom mum dad parents
""".split())
# 给 NAME then the act: a call, a message, words passed on.
_TO = re.compile("[给給]([\u4e00-\u9fff]{2,3}?)(?=打|发|發|回|说|說|讲|講|留言|传|傳|转|轉)")
_ACT_AFTER = re.compile("[ \t]?(?:打|发|發|回|说|說|讲|講|留言|传|傳|转|轉)")
_CJK_RUN = re.compile("[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])")  # a run that is the whole name
_CJK_RUN_GLUED = re.compile("[\u4e00-\u9fff]{2,3}")  # the first characters of a run: a name glued to more


def _after_verbs(text: str, low: str) -> list[Hit]:
    starts = []
    for verb in occurring(low, _VERBS):
        at = low.find(verb)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                starts.append(at)
            at = low.find(verb, at + len(verb))
    starts += [at for at, bits in frame_starts(text) if bits & C_VERB]
    hits: list[Hit] = []
    for at in starts:
        m = _VERB.match(low, at)
        if m is None:
            continue
        end = _name_after_verb(text, low, m.end())
        if end > 0:
            hits.append(("person_name", m.end(), end))
    return hits


def framed_chinese_end(text: str, start: int, glued: bool = False) -> int:
    """End of the Chinese name a frame points at, at ``start`` (a listed surname, or one that is
    also a word), or -1. ``glued``: more Chinese text may follow the name."""
    end = chinese_name_end(text, start, glued=glued)
    if end < 0:
        run = (_CJK_RUN_GLUED if glued else _CJK_RUN).match(text, start)
        end = run.end() if run is not None and framed_chinese_name(run.group()) else -1
    return end


def _name_after_verb(text: str, low: str, start: int) -> int:
    if start < len(text) and "\u4e00" <= text[start] <= "\u9fff":
        return framed_chinese_end(text, start)
    end = latin_end(text, low, start)
    if end > 0 and not (known_name(text[start:end], given=True) or _commanded(text, low, start, end)):
        return -1
    return end


def latin_end(text: str, low: str, start: int) -> int:
    """End of a Latin name at ``start``; in small letters, the words after the surname only when
    they are particles or surnames too ("emily morgan tomorrow" is a name and a time)."""
    end = latin_name_end(text, start)
    if end < 0 or not text[start:end].islower():
        return end
    words = low[start:end].split(" ")
    if words[1] in _NOT_SURNAMES:
        return -1
    kept = 1
    while kept < len(words) - 1 and words[kept] in PARTICLES:
        kept += 1  # "roland le goff"
    kept += 1
    while kept < len(words) and (words[kept] in PARTICLES or words[kept] in lexicon().last_names):
        kept += 1
    return start + len(" ".join(words[:kept]))


def _commanded(text: str, low: str, start: int, end: int) -> bool:
    """Whether a name in small letters is followed by what follows a name in a command."""
    return _COMMAND_AFTER.match(low, end) is not None and _SERVICE_WORDS.isdisjoint(low[start:end].split())


def framed_chinese_name(value: str) -> bool:
    """Whether ``value`` between 给 and an act is a person's name (see the module docstring)."""
    if chinese_name(value):
        return True
    value = simplified(value)
    freq = lexicon().word_freq
    return value[0] in CN_RARE_SURNAMES and value not in CN_NOT_NAMES and P.TITLE.search(value, 1) is None and CN_FIELD_STOP.isdisjoint(value) and \
        freq.get(value, 0) < COMMON_FREQ and freq.get(value[:2], 0) < COMMON_FREQ


def _after_to(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for at, bits in frame_starts(text):
        if not bits & C_TO:
            continue
        m = _TO.match(text, at)
        if m is not None and framed_chinese_name(m.group(1)):
            hits.append(("person_name", m.start(1), m.end(1)))
            continue
        start = at + 1 + (text[at + 1:at + 2] == " ")
        end = latin_name_end(text, start)
        if end > 0 and _ACT_AFTER.match(text, end):
            name = text[start:end]
            if name[0].isupper() or known_name(name):
                hits.append(("person_name", start, end))
    return hits


def find_contact_names(text: str) -> list[Hit]:
    """Names of the people a command would call or message."""
    return _after_verbs(text, lowered(text)) + _after_to(text)
