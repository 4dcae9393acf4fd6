"""Names beside contact data:

- the name that heads a business card or a CV: a line that holds only a full name, right under
  the card's or the CV's title ("BUSINESS CARD", "Curriculum Vitae", "名片"), or right above a job
  title ("Sales Director", "销售总监"), in a text where a phone, an e-mail or an address was found
  within the next lines (a line that is itself a job title is no name);
- a full name in brackets right after a phone, an e-mail or an account ("incoming 090-8268-2968
  (Hans-Rudolf Cichorius)", "mail from a@b.com (Ana Ruiz)", "my IBAN GB21 MONZ … (Indra Puspasari)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duet.router.privacy.patterns import Hit
from duet.router.privacy.scan import line_spans
from duet.router.privacy.slot_values import known_name, name_end

# (the title ends the line before the name, blank lines apart: "CV:", "Here is my current CV:")
_HEADING = re.compile(r"(?:^|(?<![A-Za-z]))(?:business card|visiting card|contact card|curriculum vitae|resume|résumé|cv|"
                      r"lebenslauf|名片|简历|簡歷|个人简历|個人簡歷|履歴書)[ \t]*[:：]?\Z", re.I)
_TITLE = re.compile(r"(?<![A-Za-z])(?:director|manager|engineer|officer|consultant|analyst|designer|developer|founder|"
                    r"ceo|cto|cfo|coo|partner|lead|head|president|specialist|coordinator|assistant|architect|advis[eo]r|"
                    r"associate|executive|representative|agent|attorney|lawyer|accountant|nurse|doctor|physician|"
                    r"surgeon|teacher|professor|lecturer|researcher|scientist|administrator|broker|realtor|planner|"
                    r"producer|editor|recruiter|sales|marketing|geschäftsführer|leiter|directeur|gerente)(?![A-Za-z])|"
                    r"总监|經理|经理|工程师|工程師|主管|总裁|總裁|董事|顾问|顧問|主任|专员|專員|助理|律师|律師|会计|會計|医生|醫生|"
                    r"教授|老师|老師|创始人|創始人|合伙人|合夥人|销售|銷售", re.I)
_CONTACT = frozenset({"phone", "email", "street_address"})
_REACH = 5  # lines after the name in which the card's contact data must start


def _stripped(text: str, span: tuple[int, int]) -> str:
    return " ".join(text[span[0]:span[1]].split())


def _whole_line_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    if not 2 <= end - start <= 40 or _TITLE.search(text, start, end):
        return None
    if name_end(text, start, end) != end:
        return None
    value = text[start:end]
    latin = not "\u4e00" <= value[0] <= "\u9fff"
    if latin and not (all(w[0].isupper() for w in value.split()) or known_name(value, given=True)):
        return None
    return start, end


def find_card_names(text: str, hits: Sequence[Hit]) -> list[Hit]:
    contact = sorted(start for kind, start, _ in hits if kind in _CONTACT)
    if not contact or "\n" not in text:
        return []
    lines = line_spans(text)
    found: list[Hit] = []
    previous = ""  # the last line that was not blank
    for i, span in enumerate(lines):
        before, previous = previous, _stripped(text, span) or previous
        after = _stripped(text, lines[i + 1]) if i + 1 < len(lines) else ""
        if not (_HEADING.search(before) or (after and len(after) <= 48 and _TITLE.search(after))):
            continue
        name = _whole_line_name(text, *span)
        reach = lines[min(i + _REACH, len(lines) - 1)][1]
        if name and any(name[1] < at <= reach for at in contact):
            found.append(("person_name", *name))
    return found


_BRACKETED = re.compile(r"[ \t]*[(（]([^()（）\n]{2,40})[)）]")
# The same name romanised in capitals after a Chinese one, to the end of the line ("姓名/Name：周建国 ZHOU JIANGUO").
_ROMANISED = re.compile(r"[ \t]+([A-ZÀ-Þ][A-ZÀ-Þ'-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'-]+){1,3})[ \t]*(?=\n|$)")


def find_bracketed_names(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """A name in brackets right after a phone number or an e-mail address ("138… (王芳)"), or the
    same person's name in another script right after a name ("申请人黄旭（Yang Shi）", "周建国 ZHOU
    JIANGUO" to the end of its line)."""
    found: list[Hit] = []
    for kind, _, end in hits:
        if kind not in ("phone", "email", "person_name", "iban", "bank_account", "credit_card"):
            continue
        romanised = _ROMANISED.match(text, end) if kind == "person_name" and "\u4e00" <= text[end - 1:end] <= "\u9fff" \
            else None
        if romanised:
            found.append(("person_name", romanised.start(1), romanised.end(1)))
            continue
        m = _BRACKETED.match(text, end)
        if m and name_end(text, m.start(1), m.end(1)) == m.end(1):
            value = m.group(1)
            if "\u4e00" <= value[0] <= "\u9fff" or all(w[0].isupper() for w in value.split()) or known_name(value):
                found.append(("person_name", m.start(1), m.end(1)))
    return found
