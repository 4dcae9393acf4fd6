"""Names that a request's own wording points at, typed in any case, whatever the name:

- who the writer is: "Hello, I'm catarina araújo, booking ref …", "im stig olsson date of birth …",
  "本人kenneth mills，", "我叫faqid gulati，";
- whom a contact is about: "add fabrizia pelli to my contacts", "update alison walters's number",
  "把洪欣怡加到聯絡人", "把Luna Almeida的手機改成…";
- to whom something is sent: "pls snd my adress … to Job Verbeek", "分享給Yamini Sunder",
  "send 我的 location … 给 向文";
- for whom one writes: "on behalf of my father patricia dickson, born …", "Draft a reply to tadeo
  ferrando (benjaminjones@…)";
- a person's role in a form-like request: "driver laurens wolters, DOB …", "new contact larissa
  andrade, mobile …", "caller Kwame Asiama, email …", "transfer … holder murod murodov";
- who paid: "paid with 2223 7190 6181 7088 by David King.";
- who signs: "Rebekka Boucsein 敬上", "Regards, julia aparecida".

Each frame's words are found with ``str.find`` and its pattern tried only there; what follows the
name must close the frame (a comma, the end, "to my contacts", "'s number", an e-mail in
brackets), so a frame that goes on with other words names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from duet.router.privacy.cn_frames import C_HOLD, C_SELF, C_SIGN, C_TO, frame_starts
from duet.router.privacy.contact_names import framed_chinese_end, latin_end
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered
from duet.router.privacy.scan import word_matches
from duet.router.privacy.slot_values import known_name

_CLOSE = r"[ \t]*(?:[,，。.!?！？;；]|$)"
# (words that start the frame, the frame before the name, what must follow the name, whether the
# frame is weak: then the name needs other personal data in the text, or a known given name or
# surname — "share the doc with Google Drive.", "Thanks, Happy Coding." name no one)
_FRAMES: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], bool], ...] = (
    (("i'm", "i’m", "i am", "it's", "it’s"), re.compile(r"(?<![\w'])(?:i'm|i’m|i am|it's|it’s)[ \t]+"),
     re.compile(r"[ \t]*,"), True),
    (("im ", "i'm", "i’m", "i am", "its ", "it's", "it’s"), re.compile(r"(?<![\w'’])(?:im|i'm|i’m|i am|its|it's|it’s)[ \t]+"),
     re.compile(r"[ \t]*,?[ \t]*(?:date of birth|dob|d\.o\.b\.?|born|from)[ \t]"), True),  # "im stig olsson date of birth …"
    (("paid",), re.compile(r"(?<![\w-])paid[ \t]+(?:with|using|from)[ \t][^\n.!?]{1,60}?[ \t]by[ \t]+"
                          r"(?!(?:apple|google|samsung|amazon|paypal|venmo|alipay|wechat|direct|bank|card|cash)\b)"),  # "paid with 2223 … by David King."
     re.compile(r"[ \t]*(?:[.,;!?]|$|[ \t]+(?:on|at|for|in)\b)", re.M), True),
    (("add ", "save "), re.compile(r"(?<![\w-])(?:add|save)[ \t]+"),
     re.compile(r"[ \t]+(?:to|as|in)[ \t]+(?:my[ \t]+|a[ \t]+)?(?:new[ \t]+)?(?:contacts?|favou?rites|address book|"
                r"phone ?book|emergency contact)\b"), False),
    (("update ", "change ", "edit "), re.compile(r"(?<![\w-])(?:update|change|edit)[ \t]+"),
     re.compile(r"(?:'s|’s|')[ \t]+(?:phone )?(?:number|phone|mobile|cell|email|e-mail|address|birthday|contact)"),
     False),
    (("send", "snd", "share", "forward"),
     re.compile(r"(?<![\w-])(?:send|snd|share|forward)\b(?:[^\n.!?]|\.(?=\d)){0,120}?[ \t](?:to|with)[ \t]+"),
     re.compile(r"[ \t]*(?:[.!?\"”']|$|,? (?:at|on|now|asap|please|pls|thanks|account|acct|iban)\b)"), True),
    (("on behalf of",), re.compile(r"on behalf of[ \t]+(?:my[ \t]+)?(?:(?:father|mother|dad|mom|mum|husband|wife|son|"
                                r"daughter|brother|sister|grandfather|grandmother|grandma|grandpa|uncle|aunt|"
                                r"partner|client|patient|friend|colleague)[ \t,]+)?"), re.compile(_CLOSE), True),
    (("driver", "contact", "patient", "recipient", "attendee", "traveller", "traveler", "caller", "holder", "kontoinhaber"),
     re.compile(r"(?<![\w-])(?:new[ \t]+)?(?:driver|contact|patient|recipient|attendee|travell?er|caller|(?:account[ \t]+)?holder|"
                r"kontoinhaber(?:in)?)[ \t]*[:—–-]?[ \t]+"),
     re.compile(r"[ \t]*(?:,|$)", re.M), True),
    # a greeting, a copy line, a form's person field, who a task went to or who approved it, a mention
    (("dear", "hi ", "hello", "hey ", "bonjour", "hola", "hallo", "lieber", "liebe", "ciao"),
     re.compile(r"(?<![\w-])(?:dear|hi|hello|hey|bonjour|hola|hallo|lieber|liebe|ciao)[ \t]+"),
     re.compile(r"[ \t]*(?:[,!:]|$)", re.M), True),
    (("cc:", "cc :", "signed:", "assignee", "approver", "reviewer", "owner:", "attn", "c/o"),
     re.compile(r"(?<![\w-])(?:b?cc|signed|assignee|approver|reviewer|owner|attn)[ \t]*:[ \t]*|(?<![\w-])c/o[ \t]+"),
     re.compile(r"[ \t]*(?:[,;]|$| {2}|[ \t]+[(<])", re.M), True),
    (("customer", "client", "full", "contact", "display", "employee", "patient", "guest", "passenger", "account",
      "holder", "owner", "user", "recipient", "sender", "member", "applicant", "tenant", "driver", "buyer", "billing",
      "shipping"),
     re.compile(r"(?<![\w-])(?:customer|client|full|contact|display|employee|patient|guest|passenger|account|holder|"
                r"cardholder|owner|user|recipient|sender|member|applicant|tenant|driver|buyer|billing|shipping)[_ -]?"
                r"name[\"']?[ \t]*[:=][ \t]*[\"']?"),
     re.compile(r"[ \t]*(?:[,;\"']|$)", re.M), True),
    (("assigned", "reassigned", "escalated", "handed over", "delegated", "approved", "reviewed", "signed", "submitted", "requested",
      "prepared", "authori"), re.compile(r"(?<![\w-])(?:(?:re)?assigned|escalated|handed over|delegated) to[ \t]+|"
                                  r"(?<![\w-])(?:approved|reviewed|signed|submitted|requested|prepared|authori[sz]ed) by[ \t]+"),
     re.compile(r"[ \t]*(?:[.,;!?]|$|[ \t]+(?:on|at|for|in|yesterday|today|last)\b)", re.M), True),
    (("@",), re.compile(r"(?<![\w.@])@(?=[A-Za-z])"),
     re.compile(r"[ \t]*(?:[,:!?]|$|[ \t]+(?:can|could|would|will|please|pls|thanks|thx|ptal|fyi|and)\b|[ \t]*[\u4e00-\u9fff])",
                re.M), True),
    (("reply to", "respond to", "write to", "email to"),
     re.compile(r"(?<![\w-])(?:reply|respond|write|email)[ \t]+to[ \t]+"), re.compile(r"[ \t]*[(<]"), False),
    (('"', "'"), re.compile(r'["\'](?:full_?name|holder|card_?holder|customer|patient|contact|passenger|guest|driver|'
                        r'recipient)["\'][ \t]*:[ \t]*["\']'), re.compile('["\']'), False),
    (('"name"', "'name'"), re.compile(r'["\']name["\'][ \t]*:[ \t]*["\']'), re.compile('["\']'), True),  # a step, a product, a person
    (("regards", "thanks", "cheers", "sincerely", "best,"),
     re.compile(r"(?<![\w-])(?:regards|thanks|cheers|sincerely|best)[ \t]*,[ \t]*\n?[ \t]*"),
     re.compile(r"[ \t]*(?:[.!]?[ \t]*$|\n)", re.M), True),
    # the same closing in other languages, a line of its own ("Mit freundlichen Grüßen\nKatrin Vogel")
    (("mit freundlichen", "mit besten", "viele grü", "beste grü", "liebe grü", "freundliche grü", "herzliche grü",
      "cordialement", "bien à vous", "saludo", "atentamente", "cordiali saluti", "distinti saluti", "met vriendelijke",
      "vriendelijke groeten", "med vänlig", "atenciosamente"),
     re.compile(r"(?<![\w-])(?:mit (?:freundlichen|besten) grü(?:ß|ss)en|(?:viele|beste|liebe|freundliche|herzliche) "
                r"grü(?:ß|ss)e|cordialement|bien à vous|saludos?(?: cordiales)?|atentamente|(?:cordiali|distinti) "
                r"saluti|met vriendelijke groet(?:en)?|vriendelijke groeten|med vänlig hälsning|atenciosamente)[ \t]*,?[ \t]*\n[ \t]*"),
     re.compile(r"[ \t]*(?:[.!]?[ \t]*$|\n)", re.M), True),
)
_ZH_AFTER_CONTACT = re.compile("[ \t]?(?:加到|加入|添加到|存到|存为|存為|的(?:手机|手機|电话|電話|号码|號碼|邮箱|郵箱|地址|生日|微信))")
_ZH_CLOSE = re.compile(_CLOSE)  # after 给 (发给, 分享給, 寄給…) the name ends the sentence
_ZH_COMMA = re.compile("[ \t]*[,，]")
_ZH_FRAMES = (  # (class bit, characters the frame takes, what must follow the name, a "to" frame)
    (C_HOLD, 1, _ZH_AFTER_CONTACT, False),
    (C_TO, 1, _ZH_CLOSE, True),
    (C_SELF, 2, _ZH_COMMA, False),
)


def _name_end(text: str, low: str, start: int) -> int:
    if start < len(text) and "\u4e00" <= text[start] <= "\u9fff":
        return framed_chinese_end(text, start, glued=True)
    return latin_end(text, low, start)


def _english(text: str, low: str, other_pii: bool) -> list[Hit]:
    hits: list[Hit] = []
    for keys, before, after, weak in _FRAMES:
        for key in occurring(low, keys):
            for m in word_matches(low, key, before):
                end = _name_end(text, low, m.end())
                if end > 0 and low.startswith(("'s", "’s"), end - 2):
                    end -= 2  # "update alison walters's number"
                name = text[m.end():end] if end > 0 else ""
                if end > 0 and after.match(low, end) and (
                        not weak or other_pii or known_name(name, given=name.islower())):
                    hits.append(("person_name", m.end(), end))
    return hits


def _chinese(text: str, low: str, other_pii: bool) -> list[Hit]:
    hits: list[Hit] = []
    for at, bits in frame_starts(text):
        if bits & C_SIGN:
            hits += _signed(text, low, at)
            continue
        frame = next((f for f in _ZH_FRAMES if bits & f[0]), None)
        if frame is None:
            continue
        _, size, after, to = frame
        start = at + size
        start += text.startswith((" ", "\t"), start)
        end = _name_end(text, low, start)
        if end < 0 or after.match(text, end) is None:
            continue
        if to and not "\u4e00" <= text[start] <= "\u9fff" and not (other_pii or known_name(text[start:end])):
            continue  # "发给 Google Drive" is no one
        hits.append(("person_name", start, end))
    return hits


def _signed(text: str, low: str, at: int) -> list[Hit]:
    """The name before a sign-off (敬上) at ``at``, back to the end of the sentence before it."""
    start = at
    while start > 0 and text[start - 1] not in "。！？!?\n：:" and at - start < 40:
        start -= 1
    while start < at and text[start] in " \t":
        start += 1
    end = _name_end(text, low, start)
    return [("person_name", start, end)] if end > 0 and text[end:at].strip() == "" else []


def find_request_names(text: str, found: Sequence[Hit] = ()) -> list[Hit]:
    """Names a request's wording points at (see the module docstring). ``found``: what the other
    detectors found (a name in small letters after "I'm" needs some)."""
    low = lowered(text)
    hits = _english(text, low, other_pii=bool(found))
    if not text.isascii():
        hits += _chinese(text, low, other_pii=bool(found))
    return hits
