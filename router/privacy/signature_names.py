"""Three places a name stands with no cue word before it:

- an e-mail signature's first line, the name then the role ("Arta Hutagalung | Account Manager |
  Maersk", "Ravi Menon - Senior Engineer");
- a name typed in small letters that opens a sentence and does something a person does ("paula
  jakobsen just sent me her new number"): a known given name, a second word that is no small word
  of a sentence, then a verb of contact or speech;
- a Chinese notice's signature after a dash, perhaps after the writer's role ("——班主任 鞠文静").
"""

from __future__ import annotations

import re

from duet.router.privacy.lexicon import lexicon
from duet.router.privacy.name_lists import NOT_NAME_WORDS
from duet.router.privacy.normalize import unaccented
from duet.router.privacy.finders import positions
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.cn_name_parts import tibetan_name
from duet.router.privacy.slot_values import chinese_name, known_name, latin_name_end

_ROLES = (r"manager|director|engineer|officer|consultant|analyst|specialist|coordinator|executive|president|partner|"
          r"associate|lead|head|founder|co-founder|ceo|cto|cfo|coo|vp|developer|designer|architect|accountant|advisor|"
          r"adviser|representative|agent|recruiter|administrator|assistant|nurse|doctor|attorney|lawyer|paralegal|"
          r"teacher|professor|broker|realtor|owner|supervisor|technician|secretary|editor|producer|scientist")
_ROLE_WORDS = tuple(_ROLES.split("|"))
_SIGNATURE = re.compile(r"[ \t]*([A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)?){1,2})[ \t]*[|•·,–—-][ \t]*"
                        r"(?:[A-Z][a-z]+[ \t]){0,3}(?i:" + _ROLES + r")(?![a-z])")
# Two small-letter words that open a sentence, right before the verb (the verb found first).
_LOWER_NAME = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))([a-z][a-z'’-]+) ([a-z][a-z'’-]{2,})(?: just| also| then)?$")
_VERBS = tuple(f" {verb}" for verb in ("sent", "texted", "called", "emailed", "messaged", "rang", "said", "asked",
                                       "told", "wants", "needs", "is coming", "will be", "shared", "replied", "wrote"))
_DIGITS = re.compile(r"[0-9]{3}")
_NOT_SECOND = frozenset("just also then never already finally still really now boss cofounder co-founder teenager "
                        "son daughter wife husband mum mom dad partner friend neighbour neighbor landlord doctor".split())


def _signatures(text: str) -> list[Hit]:
    hits: list[Hit] = []
    start = 0
    for line in text.split("\n"):
        marked = "|" in line or "-" in line or "," in line or "–" in line or "—" in line or "•" in line
        # (at the line's start, or right after an opening quote: 'out of this: "Anjali Deshmukh, Senior Architect, +91 …"')
        opens = ([start] + sorted(start + i + 1 for quote in '"“' for i in positions(line, quote))) if marked else []
        m = next((found for at in opens if (found := _SIGNATURE.match(text, at, start + len(line))) is not None), None)
        if m is not None:
            # (a known name, or the contact lines a signature goes on with: "Project Update | Senior
            # Engineer notes" is a heading)
            contact = "@" in text[m.end():m.end() + 200] or _DIGITS.search(text, m.end(), m.end() + 200) is not None
            if latin_name_end(text, m.start(1), m.end(1), capital=True) == m.end(1) and (
                    contact or known_name(m.group(1))):
                hits.append(("person_name", m.start(1), m.end(1)))
        start += len(line) + 1
    return hits


def _lower_names(text: str) -> list[Hit]:
    """From each verb of contact or speech back to the two words before it."""
    hits: list[Hit] = []
    lex = lexicon()
    for verb in occurring(text, _VERBS):
        at = text.find(verb)
        while at >= 0:
            m = _LOWER_NAME.search(text, max(0, at - 60), at)
            if m is not None:
                first, second = m.group(1), m.group(2)
                if unaccented(first) in lex.first_names and first not in NOT_NAME_WORDS and \
                        second not in NOT_NAME_WORDS and second not in _NOT_SECOND:
                    hits.append(("person_name", m.start(1), m.end(2)))
            at = text.find(verb, at + len(verb))
    return hits


# A Chinese notice signed after a dash, the writer's role perhaps before the name, at the end of
# a line: "谢谢各位家长配合！——班主任 鞠文静", "——王建国".
_CN_SIGN_OFF = re.compile(r"(?:——|—|--)[ \t]*(?:[\u4e00-\u9fff]{1,6}?(?:老师|班主任|主任|经理|經理|医生|醫生|律师|律師|"
                          r"会计|會計|校长|校長|院长|院長|店长|店長|负责人|負責人|秘书|秘書|助理)[ \t]*)?"
                          r"([\u4e00-\u9fff·]{2,6})[ \t]*(?:\n|$)")


def _chinese_sign_offs(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _CN_SIGN_OFF.finditer(text):
        name = m.group(1)
        if tibetan_name(name) or chinese_name(name):
            hits.append(("person_name", m.start(1), m.end(1)))
    return hits


def find_signature_names(text: str) -> list[Hit]:
    low = lowered(text)
    hits = _signatures(text) if occurring(low, _ROLE_WORDS) else []
    hits += _chinese_sign_offs(text) if "—" in text or "--" in text else []
    return hits + _lower_names(text)
