"""Person names: full names of private people, in English and Chinese.

English: runs of capitalised words. A pair (or three) of them is a name when a cue stands before
it (a form label "Name:", a title "Dr.", a contact verb "call", a relative "my sister", a greeting
or a sign-off), when it sits in a field right before a detected phone, e-mail or ID, when an
e-mail address spells it out, or when the first word is a known given name (US Census and a
supplement) and the text is about someone's own affairs (first person, a task verb, other
personal data) rather than about a public person. Public figures and fictional characters on
the list in name_lists.py never count. Chinese: see cn_names.py.
"""

from __future__ import annotations

import re

from duet.router.privacy.cn_name_ages import find_aged_names
from duet.router.privacy.cn_name_lines import find_line_names
from duet.router.privacy.cn_names import find_chinese_names
from duet.router.privacy import cn_patterns as P
from duet.router.privacy.cn_patterns import CUE_WORDS as CN_CUE_WORDS
from duet.router.privacy.lexicon import Lexicon, lexicon
from duet.router.privacy.name_columns import find_column_names
from duet.router.privacy.company_names import names_business
from duet.router.privacy.name_runs import run_words, runs
from duet.router.privacy.normalize import unaccented
from duet.router.privacy.name_lists import (EN_BARE_LABELS, EN_CUE_PHRASES, EN_CUE_WORDS, EN_LABELS, EN_NAME_FIELD,
                                       THING_WORDS, EN_PERSON_VERBS, EN_RELATIONS, PERFORMER_BEFORE,
                                       EN_SEND_VERBS, EXTRA_FIRST_NAMES, NOT_NAME_WORDS, PINYIN_SURNAMES,
                                       PLACE_TYPE_WORDS, PUBLIC_FIGURES, WEAK_NAME_WORDS)
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.finders import by_first_character
from duet.router.privacy.scan import skeleton
from duet.router.privacy.slot_values import known_name, name_end
from duet.router.privacy.word_search import WordSearch

# What may follow a name and says it is one: "Ana Ruiz (Sales)", "Tom Lee's phone", "Ana Ruiz, who".
_CUE_AFTER = re.compile(
    # "let Aroha Ngata know": only a person knows
    r"[ \t]+know(?![a-z])|"
    # "Malte Kambs (brother) +91 …": a relation in brackets after the name
    r"[ \t]*\((?:my |her |his )?(?:" + "|".join(sorted(EN_RELATIONS, key=len, reverse=True)) + r")\)|"
    # a contract's party and its defined term: 'Chloé Dubois (together the "Tenants"'
    r"[ \t]*\((?:together |each |jointly )?(?:the |a )?[\"“](?:Landlord|Tenants?|Lessor|Lessee|Buyer|Seller|Employee|Employer|"
    r"Borrower|Lender|Guarantor|Client|Contractor|Licensee|Licensor|Purchaser|Vendor)s?[\"”]|"
    r"\s*\((?:[A-Z][A-Za-z&]*\.?\s?)(?:(?:[A-Z][A-Za-z&]*\.?|of|and|for|&)\s?){0,3}\)|\s?(?:您好|你好)|'s (?:phone|number|cell|mobile|email|e-mail|address|birthday|wife|"
    r"husband|son|daughter|mom|mum|dad|mother|father|place|house|home|flat|apartment|office|desk|car|account|"
    r"card|passport|flight|booking|appointment|order|farewell|birthday|wedding|party|funeral|retirement|"
    r"promotion|leave|shift|visit|surgery|lunch|dinner)\b|,? (?:who|whose)\b"
    # verbs that only people do, right after the name: "Karsten Wieloch will cover my shift"
    r"|[ \t]+[—–|-][ \t]+(?i:(?:senior|junior|lead|chief|head|principal|staff|associate|assistant|deputy|vice) )?"
    r"(?i:engineer|manager|director|analyst|consultant|designer|developer|officer|architect|accountant|attorney|"
    r"lawyer|nurse|physician|teacher|professor|researcher|scientist|specialist|coordinator|recruiter|president|"
    r"founder|partner)\b"
    r"| and (?:I|me)\b| (?:said|says|asked|asks|told|tells|wants|wanted|thinks|thought|mentioned|emailed|called|texted|replied|"
    r"wrote|promised|prefers|agreed|owes|paid|visited|joined|quit|resigned|retired|married|was born|passed away|"
    r"died|will (?:cover|join|send|call|be|come|bring|pick|meet|present|handle|take|sign|pay|need|arrive)|"
    r"is (?:visiting|coming|joining|sick|out|on leave|my|our|the new|allergic|pregnant)|has (?:been|agreed|asked|"
    r"a|an|two|three)|can only|cannot|can't|won't|needs|lives|works|moved|starts|started|left|swaps|covers|"
    r"signed|approved|booked|cancelled|canceled|hasn't|hasnt|didn't|doesn't|isn't|wasn't|recommended|"
    r"suggested|from (?:accounting|sales|hr|finance|it|marketing|legal|support|engineering|ops|payroll|"
    r"the office|work|school|church|next door|upstairs|downstairs))\b|, (?:could|can|would|will|please)\b"
)
_OFFICE_BEFORE = re.compile(r"(?<![a-z])(?:governor|prime minister|minister|senator|mayor|premier|chancellor|"
                            r"president|congressman|congresswoman|secretary-general)[ \t]+$")
_BED_BEFORE = re.compile(r"(?<![a-z])(?:bed|cot|room) ?[0-9]{1,3}[a-z]?,$")
_PEOPLE_LABELS = frozenset(("couple", "bride", "groom", "me", "self", "parents", "children", "kids"))  # "Couple: …"
_SPEAKER_BEFORE = frozenset("。！？!?\n \t“\"'：:；;")
# Words about someone's own affairs, and about public people. Searched with word_search.py (a
# regex whose alternatives start with frequent letters is tried at nearly every position: 0.4 ms
# on 4,000 characters); _PERSONAL and _PUBLIC are the expressions it gives the result of.
_PERSONAL_WORDS = (
    r"my|me|i|i'm|i'd|i'll|i've|we|we're|our|us|mine|text|call|email|e-mail|message|invite|"
    r"remind|tell|ask|send|schedule|book|pay|forward|notify|ping|contact|cc|dear|hi|hello|thanks|regards|"
    r"meeting|invoice|contract|appointment|tenant|patient|customer|client|employee|colleague|team|manager|"
    r"reply|follow up|draft|letter|form|application|account|booking|reservation|delivery|order|payment|"
    r"refund|interview|candidate|resume|cv|shift|roster|attendees?|minutes|assign|owner|signed|lease|"
    r"birthday|wedding|funeral|party|guest|visit|neighbou?r|friend|family|please|can you|could you"
)
_PERSONAL = re.compile("(?:" + by_first_character(_PERSONAL_WORDS, literal=False, not_after="a-z") + ")(?![a-z])")
_PUBLIC_WORDS = (
    r"podcast|album|song|music|movie|film|tv show|series|novel|memoir|poem|poetry|style of|speech|"
    r"debate|theory|invent|history|historical|famous|celebrity|ceo of|founder|president|senator|minister|"
    r"actor|actress|singer|rapper|band|player|coach|season|league|scientist|physicist|philosopher|economist|"
    r"author|writer|painter|artist|biography|quote|according to|wrote|directed|starring|nobel|champion|"
    r"olympic|billionaire|politician|king|queen|emperor|character|fictional|novelist|poet|composer|"
    r"director|who is|who was|is .{0,20} right about|known for|dialogue between|conversation between|"
    r"in the voice of|inventor|explorer|pioneer|family business|fashion brand|brand name|fashion house|who played|played by"
)
_PUBLIC = re.compile(by_first_character(_PUBLIC_WORDS, literal=False, not_after="a-z"))
_PERSONAL_SEARCH = WordSearch(_PERSONAL_WORDS, whole=True)
_PUBLIC_SEARCH = WordSearch(_PUBLIC_WORDS, whole=False, gates={"is .{0,20} right about": "right about"}, narrowed=True)
_OWN_THINGS = re.compile(r"(?<![a-z])(?:in|on|to|from|into) my (?:calendar|contacts|inbox|phone|schedule|diary|"
                         r"address book|class|team|building|group chat|chat|meeting)(?![a-z])|"
                         r"(?<![a-z])(?:texted|emailed|called|messaged|rang|dm'?d) me(?![a-z])|"
                         # a speech at a family's own occasion is about people the writer knows
                         r"(?<![a-z])(?:best man|maid of honou?r|father of the bride|groom|bride|wedding|"
                         r"retirement|leaving|farewell|birthday|anniversary)(?:'s)? (?:speech|toast)")
_EMAIL_LOCAL = re.compile(r"([A-Za-z][A-Za-z._\-]*)@")
_FIELD_SEP = re.compile(r"\s*(?:[|,;/\t(]|-{1,2}|–|:)?\s*\(?$")


# A Chinese cue right before a Latin-script name ("给Rosemary Thompson打电话", "户名Britt Verbruggen",
# "乘客Lynn Walton身分證"): the cues of the Chinese name rules, their traditional forms, and 给/給.
# A field label says a name follows whatever its words; other cues need a known given name
# ("给Google Drive上传" is no name).
_CN_TAIL = r"[\s:「『“\"'(]*$"
_CN_LABEL_BEFORE = re.compile(
    "(?:本人|姓名|户名|戶名|收件人|寄件人|收货人|收貨人|联系人|聯絡人|聯繫人|乘客|乘车人|乘机人|乘機人|旅客|入住人|持卡人|车主|車主|"
    "开户人|開戶人|付款人|收款人|申请人|申請人|患者|病人|租客|房客|业主|業主|住户|住戶|name=|user=|"
    "经办人|經辦人|负责人|負責人|签收人|簽收人|代理人|担保人|擔保人|监护人|監護人|投保人|被保险人|被保險人|受益人|借款人|"
    "承租人|出租人|委托人|委託人|审批人|審批人|审核人|審核人|报案人|報案人|见证人|見證人)" + _CN_TAIL)
_CN_CUE_BEFORE = re.compile(
    "(?:" + CN_CUE_WORDS + "|给|給|傳給|發給|打給|打電話給|傳訊息給|發訊息給|發簡訊給|分享給|分享给|聯繫|聯絡|"
    "客戶|司機|緊急聯絡人|老闆|同學|鄰居)" + _CN_TAIL)


def _after_cjk(low: str, start: int) -> bool:
    """Whether the name at ``start`` follows Chinese text: glued to it, after a colon or quote, or
    after one space ("发给 Gesine Trubin")."""
    if start > 1 and low[start - 1] == " ":
        start -= 1
    return start > 0 and ("\u4e00" <= low[start - 1] <= "\u9fff" or low[start - 1] in ":「『“\"'(")


# What only a person says, does or has, right after a name ("…说", "…的快递", "…请假", "…撤回了").
_PERSON_AFTER = re.compile(P.FIELD_AFTER.pattern + "|" + P.SPEECH_WORDS + "|撤回|请假|請假|没来|沒來|迟到|遲到|生病|出差|"
                           "辞职|辭職|入职|入職|离职|離職|结婚|結婚|过生日|過生日|的快递|的快遞|的包裹|打电话|打電話|发消息|發消息")


def _inside_chinese(low: str, start: int, end2: int, after: int) -> bool:
    """A Latin name in a Chinese sentence, before what only a person says, does or has ("今天Roman
    Farina没来上班", "Elvira Monte的快递到了", "Emilio Botta 撤回了一条消息"; not "Spring Boot是一个框架",
    "在Chelsea Market买"): Chinese right after the pair or the run's third word, one space allowed."""
    if not (start == 0 or low[start - 1] == "\n" or _after_cjk(low, start)):
        return False
    follows = [at + (low[at] == " ") for at in {end2, after} if at < len(low)]
    return any(at < len(low) and _PERSON_AFTER.match(low, at) for at in follows)


# Cue words that may stand before a comma and the name: a sign-off ("Sincerely yours, Gracia Roig"),
# an English greeting ("Dear, …" is rare; "Hola, Buenos Aires" is a place).
_BEFORE_COMMA = frozenset("regards best cheers thanks dear hi hello yours sincerely faithfully truly love warmly".split())
_GLUED_KEY = re.compile(r"[\s=&;,?:\"'{]")
# A person's word right before a quoted name: 'for user "Betty Park"'.
_QUOTED_AFTER = (" user", " username", " member", " customer", " employee", " patient", " account holder", " author")


_OWNERS = frozenset(("my", "your", "his", "her", "our", "their"))
_KIN_ALONE = frozenset(("grandma", "grandpa", "granny", "grandad", "nana", "auntie", "aunty"))


def _cued_before(low: str, start: int) -> bool:
    """Whether the words right before ``start`` point at a name: "Dr.", "call", "my sister",
    "send the file to", "Patient:", "account holder". Word lookups, not a regex scan: this runs
    for every capitalised pair."""
    if start > 1 and low[start - 1] in ":=" and low[start - 2].isascii() and low[start - 2].isalnum():
        key = _GLUED_KEY.split(low[max(0, start - 26):start - 1])[-1]  # "target=customer:Agatha Rocha"
        return key in EN_LABELS or EN_NAME_FIELD.fullmatch(key) is not None
    if start and not low[start - 1].isspace():
        if low[start - 1] not in "\"'“‘" or start < 2 or not low[start - 2].isspace():
            # the name must follow a space or a line break, or a Chinese field label
            return _after_cjk(low, start) and _CN_LABEL_BEFORE.search(low, max(0, start - 12), start) is not None
        start -= 1  # a quoted value: '"holder": "Ana Ruiz"'
        if low.endswith(_QUOTED_AFTER, 0, start - 1):
            return True  # 'failed login for user "Betty Park"'
        if not low.endswith(('":', "':", "="), 0, start - 1):
            return False  # only after a key of its own ("dates from: 'Kickoff March 3" is no name)
    stripped = low[max(0, start - 48):start].rstrip()
    if stripped.endswith(("—", "–", " -")):  # "Recipient — Lara Costa": a dash as a form's colon
        stripped = stripped.rstrip("—–-").rstrip() + ":"
    label = stripped.endswith((":", "=")) or stripped.endswith(('":', "':"))
    words = stripped.rstrip(":=,").rsplit(None, 5)  # the last five words are all that is read
    if not words:
        return False
    last = words[-1].rstrip(".\"'").lstrip("'\"‘“([「{")  # "Rewrite: 'Mr. Ana Ruiz, …'", '{"name": …'
    two, three = " ".join(words[-2:]), " ".join(words[-3:])
    if label:
        if last == "name" and len(words) > 1 and words[-2] in THING_WORDS:
            return False  # "file name: Quarterly Report"
        return not EN_LABELS.isdisjoint(last.split("/")) or two in EN_LABELS or three in EN_LABELS or \
            last in EN_RELATIONS or last in _PEOPLE_LABELS or EN_NAME_FIELD.fullmatch(
            last.replace("'", "").replace('"', "")) is not None
    if last in EN_CUE_WORDS and not stripped.endswith(".") or \
            (stripped.endswith(".") and last in ("mr", "mrs", "ms", "mx", "dr", "prof", "rev")):
        return not stripped.endswith(",") or last in _BEFORE_COMMA
    if last == "i" and stripped.endswith(","):
        return True  # "I, Scott Cohen, hereby authorise …"
    if two in EN_CUE_PHRASES or three in EN_CUE_PHRASES or (len(words) > 1 and words[-2] in _OWNERS and last in EN_RELATIONS):
        return True  # "my sister Ana Ruiz", "your father Tanimu Yahaya"
    if last in _KIN_ALONE:
        return True  # "call grandma Alfífa Eldórsdóttir"
    if last in ("to", "with") and any(w in EN_SEND_VERBS or w == "schedule" for w in words[-5:-1]):
        return True
    if last in EN_PERSON_VERBS or (last in ("for", "to", "from", "with", "up") and len(words) > 1 and
                                   words[-2] in EN_PERSON_VERBS):
        return True  # "lend Ana Ruiz my car", "cover for Ana Ruiz", "pick up Ana Ruiz"
    if stripped.endswith(",") and (last in EN_LABELS or last in EN_RELATIONS or _BED_BEFORE.search(stripped)):
        return True  # "The landlord, Ana Ruiz, wants…", "Bed 4, Aroha Te Rangi-Walker (URN …)"
    if last in ("is", "was", "to", "as") and len(words) > 1:
        return words[-2] in EN_BARE_LABELS or two.rsplit(" ", 1)[0] in EN_BARE_LABELS or \
            " ".join(words[-3:-1]) in EN_BARE_LABELS
    return last in EN_BARE_LABELS or two in EN_BARE_LABELS


def _known_first(word: str, lex: Lexicon) -> bool:
    low = unaccented(word.lower())  # "Amália", "Éva", "Vitória"
    return low in lex.first_names or low in EXTRA_FIRST_NAMES


_COMMON_GIVEN = 0.01  # percent of people: given names at least this common may take a surname like "Hill"


def _bad_word(word: str, cued: bool) -> bool:
    low = word.lower()
    return low in NOT_NAME_WORDS or (not cued and low in WEAK_NAME_WORDS)


def _english(text: str, anchors: tuple[int, ...], other_pii: bool, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    low = lowered(text)
    context: list[bool] = []  # computed once, on the first pair that needs it
    locals_ = [m.group(1).lower() for m in _EMAIL_LOCAL.finditer(text)] if "@" in text else []
    anchor_set = set(anchors)
    speakers: dict[str, list[tuple[int, int]]] = {}
    for run in runs(text):
        words = run_words(text, run)
        i = 0
        while i < len(words) - 1:
            found = _pair(text, low, words, i, lex, other_pii, context, locals_, anchor_set)
            if found:
                hits.append(("person_name", words[i][0], words[found][1]))
                i = found + 1
                continue
            start, end = words[i][0], words[i + 1][1]
            if text.startswith(":", end) and (start == 0 or text[start - 1] in _SPEAKER_BEFORE):
                speakers.setdefault(text[start:end], []).append((start, end))  # "Ravi Shankar: …" lines
            i += 1
    for name, spans in speakers.items():
        if len(spans) >= 2 and name.lower() not in PUBLIC_FIGURES and NOT_NAME_WORDS.isdisjoint(name.lower().split()):
            hits += [("person_name", s, e) for s, e in spans]
    return hits


def _extent(text: str, words: list[tuple[int, int]], i: int, lex: Lexicon, cued: bool) -> int:
    """Index of the last word of the name starting at word ``i`` (two or three words)."""
    j = i + 1
    if j + 1 < len(words) and not _bad_word(text[words[j + 1][0]:words[j + 1][1]], cued):
        middle = text[words[j][0]:words[j][1]]
        last = text[words[j + 1][0]:words[j + 1][1]].lower()
        if _known_first(middle, lex) or last in lex.last_names or "-" in middle or cued:
            j += 1  # "Mary Ann Smith", "Juan Pablo Granados"
    return j


# A thing named after someone, the word after the name says what: "the Monty Hall problem",
# "a Sam Adams beer", "the Nobel Prize".
_EPONYM_AFTER = re.compile(r"(?:'s)? (?:problem|paradox|theorem|lemma|law|effect|principle|conjecture|equations?|algorithm|"
                           r"constant|syndrome|disease|scale|index|method|rule|curve|distribution|prize|award|medal|"
                           r"cocktail|beer|lager|whiske?y|bourbon|motorcycles?|guitar|dealership|dealer)(?![a-z])|"
                           # a public person's works: "Brandon Sanderson novels", "Hugh Jackman's films"
                           r"(?:'s?|’s?)? (?:novels|songs|albums?|movies|films|filmography|discography|paintings|net worth|"
                           r"lyrics|concerts|podcast|latest (?:album|movie|film|book|song))(?![a-z])")


def _pair(text: str, low: str, words: list[tuple[int, int]], i: int, lex: Lexicon, other_pii: bool,
          context: list[bool], locals_: list[str], anchors: set[int]) -> int:
    """If words ``i``, ``i+1``… form a private person's name, the index of its last word; else 0."""
    first, second = text[words[i][0]:words[i][1]], text[words[i + 1][0]:words[i + 1][1]]
    start = words[i][0]
    end2 = words[i + 1][1]
    after = words[i + 2][1] if i + 2 < len(words) else end2
    # (a pair that ends its run has one place to look after it, not the same one twice)
    cued = bool(_CUE_AFTER.match(text, end2) or (after != end2 and _CUE_AFTER.match(text, after))) or \
        _cued_before(low, start) or (_known_first(first, lex) and (
            (_after_cjk(low, start) and _CN_CUE_BEFORE.search(low, max(0, start - 12), start) is not None) or
            _inside_chinese(low, start, end2, after) and second.lower() in lex.last_names and
            second.lower() not in NOT_NAME_WORDS and second.lower() not in PLACE_TYPE_WORDS))
    anchored = not anchors.isdisjoint(range(end2, end2 + 5)) and _FIELD_SEP.search(text, end2, end2 + 4) is not None
    if second.lower() in PLACE_TYPE_WORDS and not _known_first(first, lex) and \
            low[max(0, start - 8):start].rstrip().endswith(("called", "named")):
        return 0  # "streets called Main Street": a place's name, though "called" cues a person's
    common_given = lex.first_names.get(first.lower(), 0.0) >= _COMMON_GIVEN
    if _bad_word(first, cued or anchored) or _bad_word(second, cued or anchored or
                                                      (common_given and second.lower() in lex.last_names and
                                                       second.lower() not in PLACE_TYPE_WORDS)):
        return 0  # "Zachary Hill" is a name, "Forest Park" is not
    j = _extent(text, words, i, lex, cued)
    end = words[j][1]
    if not cued and not anchored and _EPONYM_AFTER.match(low, end):
        return 0  # "the Monty Hall problem", "a Sam Adams beer": named after someone
    if names_business(text, low, words, i, j):
        return 0  # "the meeting with Kestrel Freight", "Acme Logistics Ltd"
    low_first, low_second = first.lower(), second.lower()
    if not anchors.isdisjoint(range(end, end + 5)) and _FIELD_SEP.search(text, end, min(len(text), end + 4)):
        return j  # "Marcus Webb | (415) 555-0142", a row of a contact list
    if anchored:
        return i + 1
    before = low[words[i - 1][0]:end] if i and words[i - 1][1] == start - 1 else ""  # "Chimamanda | Ngozi Adichie"
    if text[start:end].lower() in PUBLIC_FIGURES or f"{low_first} {low_second}" in PUBLIC_FIGURES or \
            before in PUBLIC_FIGURES or \
            (not cued and PERFORMER_BEFORE.search(low, max(0, start - 40), start)) or \
            _OFFICE_BEFORE.search(low, max(0, start - 24), start):
        return 0  # a public figure, whom a song is played by ("play Jay Chou"), an office holder ("Governor …")
    if cued or any(low_first in local and low_second in local for local in locals_):
        return j  # a cue, or an e-mail address that spells the name out ("marcus.webb@…")
    known = _known_first(first, lex) or (low_first in PINYIN_SURNAMES and _known_first(second, lex))
    if not known or lex.first_names.get(low_first, 1.0) < lex.last_names.get(low_first, 0.0):
        return 0  # not a given name, or more often a surname ("Long Range")
    if not context:
        # (a text about the writer's own calendar or contacts is about people they know, even when
        # it asks "who is …": "who is Mercedes Ruiz and why is she in my calendar")
        public = _PUBLIC_SEARCH.search(low) and not _OWN_THINGS.search(low)  # _PUBLIC.search(low)
        context += [not public and (other_pii or _PERSONAL_SEARCH.search(low)), not public]
    share = lex.last_names.get(low_second, 0.0)
    surname = share > 0 and share >= lex.first_names.get(low_second, 0.0)  # more a surname than a given name
    return j if context[0] or (context[1] and surname) else 0


def find_person_names(text: str, anchors: tuple[int, ...] = (), other_pii: bool = False) -> list[Hit]:
    """``anchors``: start offsets of values already detected (phones, IDs…) that names precede;
    ``other_pii``: whether anything else was detected in the text."""
    hits: list[Hit] = []
    # b"A" in the skeleton: _HAS_UPPER.search(text), without a regex scan (the skeleton is shared);
    # an ASCII text holds no CJK (_HAS_CJK.search costs 25-35 µs on 4,000 characters without one).
    if b"A" in skeleton(text):
        hits += _english(text, anchors, other_pii, lexicon())
    if not text.isascii() and _HAS_CJK.search(text):
        hits += find_chinese_names(text, anchors) + find_line_names(text) + find_aged_names(text)
    hits += find_column_names(text)
    hits += _run_on_lists(text, hits)
    return sorted(set(hits))


_MUSIC = re.compile(r"(?<![a-z])(?:bpm|playlist|set ?list|track ?list|tracks|songs|dj|mixtape|album)(?![a-z])")
_TRACK_AFTER = re.compile(r"[ \t]*[–—-][ \t]+\S")


def without_track_artists(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the artists of a track list: "Kerri Chandler – Rain | 122 | 8A", a name
    opening a line before a dash and a title, in a text about songs, sets or BPM."""
    if not hits or (text.count(" – ") < 3 and text.count(" - ") < 3) or not _MUSIC.search(lowered(text)):
        return hits
    return [h for h in hits if not (h[0] == "person_name" and (h[1] == 0 or text[h[1] - 1] == "\n")
                                    and _TRACK_AFTER.match(text, h[2]))]


_LIST_LABEL = re.compile(r"(?:^|\n|[.;!?] )[ \t]*[A-Za-z][\w /-]{0,30}:[ \t]*$")  # (a line's start, or a sentence's)
_PLUS = re.compile(r"[ \t]*[+&][ \t]*(?=[A-Z])")
_LIST_COMMA = re.compile(r"(?:[ \t]*\([^()\n]{1,24}\))?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)")


def _run_on_lists(text: str, hits: list[Hit]) -> list[Hit]:
    """The names after the first in a list that a label opens ("Present: Gillian Thompson, Udyati
    Sidhu, Cheryl Jones", "Team: Amin van de Weterink (lead), Neel Chanda"): each item that is a
    full name, capitalised or with a known given name, up to the first item that is not."""
    found: list[Hit] = []
    for kind, start, end in hits:
        plus = _PLUS.match(text, end) if kind == "person_name" else None
        if plus is not None:  # "Marcus Tan + Aditi Rao": a couple, the second a known given name or surname
            stop = name_end(text, plus.end())
            if stop > 0 and known_name(text[plus.end():stop]) and \
                    NOT_NAME_WORDS.isdisjoint(text[plus.end():stop].lower().split()):
                found.append(("person_name", plus.end(), stop))
        if kind != "person_name" or not _LIST_LABEL.search(text, max(0, start - 40), start):
            continue
        while (comma := _LIST_COMMA.match(text, end)) is not None:
            stop = name_end(text, comma.end())
            name = text[comma.end():stop] if stop > 0 else ""
            if not name or not (name.istitle() or name[0].isupper() or known_name(name, given=True)):
                break
            found.append(("person_name", comma.end(), stop))
            end = stop
    return found


ANCHOR_TYPES = frozenset({"phone", "cn_resident_id", "email", "bank_account"})
_HAS_UPPER = re.compile(r"[A-Z]")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
