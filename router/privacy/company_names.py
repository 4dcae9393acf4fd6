"""Capitalised runs that name a business, not a person: "the meeting with Kestrel Freight",
"Orchard Lane Foods", "Acme Logistics Ltd", "Bluebird Dental Group". A cue such as "meeting
with" points at whoever follows; a company word in the run or right after it says who that is.
None of the words is a common surname ("Mills" and "Banks" are, and are not here)."""

from __future__ import annotations

import re

COMPANY_WORDS = frozenset("""
ltd inc llc plc gmbh ag kg corp corporation co company companies group logistics freight shipping
foods food dental analytics solutions systems technologies technology labs consulting partners capital ventures
media studio studios motors airlines airways pharma pharmaceuticals insurance bank bancorp clinic associates
industries enterprises international global consultancy agency properties realty construction electronics
software networks telecom energy foundation institute trust deutsche
bakery cafe café restaurant bistro grill kitchen diner pizzeria pizza salon spa gym fitness pharmacy market
supermarket deli inn motel garage plumbing cleaners laundry florist takeaway brewery landscaping roofing
surgery
airport terminal museum hotel stadium arena theatre theater gallery
google microsoft amazon apple netflix spotify paypal stripe airbnb linkedin github slack zoom cloud billing payroll
notifications newsletter noreply garden
""".split())
_NEXT_WORD = re.compile(r"[ \t]+(?:&[ \t]+)?([A-Za-z]+)")


def names_business(text: str, low: str, words: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether the words ``i``..``j`` of a run (``low`` is ``text`` lower-cased) name a business:
    a company word among them or right after them."""
    if any(low[s:e] in COMPANY_WORDS for s, e in words[i:j + 1]):
        return True
    m = _NEXT_WORD.match(text, words[j][1])
    return m is not None and m.group(1).lower() in COMPANY_WORDS
