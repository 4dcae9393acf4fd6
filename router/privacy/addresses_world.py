"""Street addresses in the forms of other countries, each anchored on what only an address of that
country holds:

- US and Canadian rural and box addresses: "HC 68 Box 320, Taos, NM 87571", "RR 4 Box 129, Mount
  Vernon, IA 52314", "PO Box 195, Bozeman, MT 59771-5200", "RR 1, Site 11, Comp 2, Kamloops BC
  V2C 0R7" (a route or box, a town, a state or province and its postcode);
- Brazil: "Av. Afonso Pena, nº 2222, Bloco A, Apto 178 - Centro, Belo Horizonte/MG - CEP 30131-459"
  (a street word, then up to the CEP);
- Mexico: "Av. Constitución 662 Int. D-2, Col. Obispado, Monterrey, C.P. 64060, Monterrey, N.L."
  (a street word, then "Col." and the C.P.);
- Japan in Latin letters: "#303 5-17-17 Jingumae Shibuya-ku Tokyo 150-4013 JAPAN";
- Vietnam: "Số 19 Ngõ 21 Đường Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh";
- US forces' mail ("Unit 2918 Box 5735, DPO AP 56984") and Hong Kong's flats, in English and Chinese
  ("Flat 1315, 13/F, Fung Lok House, Lek Yuen Estate, Sha Tin", "彩虹邨金漢樓18樓09室").
"""

from __future__ import annotations

import re

from duet.router.privacy.finders import positions
from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit

_TOWN = r"[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2}"
_US_BOX = re.compile(
    r"(?:(?:HC|RR|R\.R\.|PSC|CMR|Rural Route|Star Route) ?[0-9]{1,4}(?:,? Box [0-9]{1,5})?|"
    r"P\.? ?O\.? Box [0-9]{1,6})(?:, (?:Site|Comp|Box) [0-9]{1,5})*,? " + _TOWN +
    r",? (?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|"
    r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) [0-9]{4}(?![0-9]))")  # (and Australia's: "PO Box 356, Stanthorpe QLD 4380")
_BRAZIL = re.compile(r"(?:Av\.|Avenida|Rua|R\.|Alameda|Travessa|Praça|Estrada|Rodovia) [^\n]{3,120}?"
                     r"CEP:? ?[0-9]{5}-?[0-9]{3}")
_MEXICO = re.compile(r"(?:Av\.|Avenida|Calle|Blvd\.|Boulevard|Calz\.|Calzada|Privada|Cerrada|Prol\.) "
                     r"[^\n]{2,80}?,? Col\. [^\n,]{2,40},[^\n]{0,60}?(?:C\.P\.|CP) ?[0-9]{5}(?:, [A-Z][^\n,]{1,30}(?:, [A-Z][\w.]{1,10})?)?")
_JAPAN = re.compile(r"(?:#[0-9]{1,4} )?[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,3},? [A-Z][a-z]+(?:-(?:cho|machi|chome))?(?: [A-Z][a-z]+)?[ ,]+"
                    r"[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)"
                    r"(?:[ ,]+[A-Z][a-z]+)?(?:[ ,]+[0-9]{3}-[0-9]{4})?(?:[ ,]+JAPAN|[ ,]+Japan)?")
_VIETNAM = re.compile(r"(?:Số|số|So) [0-9]{1,4}[A-Z]?(?:/[0-9]{1,4})?,? (?:(?:Ngõ|Ngách|Hẻm|Kiệt) [0-9]{1,4},? )?"
                      r"(?:Đường|đường|Phố|phố)? ?[^\n,]{2,30}, (?:Phường|Xã|P\.) [^\n,]{1,25}, (?:Quận|Huyện|Q\.) [^\n,]{1,25}"
                      r"(?:, (?:TP\.|Thành phố|Tỉnh) ?[^\n,.]{2,25})?")
# US forces' mail: "Unit 2918 Box 5735, DPO AP 56984", "PSC 1234, Box 12345, APO AE 09204".
_MILITARY = re.compile(r"(?:Unit|PSC|CMR) [0-9]{3,5},? Box [0-9]{1,5},? (?:APO|FPO|DPO) (?:AA|AE|AP) [0-9]{5}")
# Hong Kong: "Flat 1315, 13/F, Fung Lok House, Lek Yuen Estate, Sha Tin", "Rm 3, 22/F, Block B, Kam Fung
# Court"; in Chinese, an estate's block, floor and flat: "彩虹邨金漢樓18樓09室", "瀝源邨富裕樓33樓12室".
_HK_WORDS = r"(?:[A-Z][a-z]+ ){1,3}"
_HK = re.compile(r"(?:Flat|Room|Rm\.?|Unit) [A-Z0-9]{1,5},? [0-9]{1,3}/F,? (?:Block [A-Z0-9]{1,2},? )?" + _HK_WORDS +
                 r"(?:House|Court|Building|Tower|Mansion|Block|Centre|Lau)(?:,? " + _HK_WORDS +
                 r"(?:Estate|Gardens?|Court|Village|Garden))?(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?")
_HK_ZH = re.compile(r"[\u4e00-\u9fff]{2,3}(?:邨|苑|花園|花园|村)[\u4e00-\u9fff]{1,4}[樓楼閣阁座](?:[A-Z])?\s?[0-9]{1,2}\s?[樓楼]"
                    r"\s?[0-9]{1,3}\s?[室號号]")
_GATES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("DPO", "APO", "FPO"), _MILITARY),
    (("Box", "HC ", "RR ", "R.R.", "PSC", "CMR", "Route"), _US_BOX),
    (("CEP",), _BRAZIL),
    (("Col.",), _MEXICO),
    (("-ku", "-shi", "-cho", "-machi"), _JAPAN),
    (("Phường", "Quận", "Xã", "Huyện"), _VIETNAM),
)
_HK_WORDS_AT = ("Flat ", "Room ", "Rm ", "Rm. ", "Unit ")  # where _HK starts
_ESTATE_WORDS = ("邨", "苑", "花園", "花园", "村")  # what _HK_ZH holds, two or three characters in
_GATE_WORDS = tuple(word for gates, _ in _GATES for word in gates) + _HK_WORDS_AT + _ESTATE_WORDS


def _hong_kong(text: str, present: set[str]) -> list[Hit]:
    """The flats of Hong Kong, matched where their words stand (str.find, not a scan of the text)."""
    hits: list[Hit] = []
    for word in _HK_WORDS_AT:
        for at in positions(text, word) if word in present else ():
            m = _HK.match(text, at)
            if m is not None and (at == 0 or not (text[at - 1].isascii() and text[at - 1].isalnum())):
                hits.append(("street_address", at, m.end()))
    starts = {at - k for word in _ESTATE_WORDS if word in present for at in positions(text, word) for k in (3, 2)}
    for at in sorted(s for s in starts if s >= 0):
        m = _HK_ZH.match(text, at)
        if m is not None:
            hits.append(("street_address", at + 1 if text[at] in _VERBS else at, m.end()))
    return hits


def find_world_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    present = set(occurring(text, _GATE_WORDS))  # (one pass of the shared automaton for every gate)
    for gates, pattern in _GATES:
        if not present.isdisjoint(gates):  # (each pattern opens with literal words: a fast scan)
            hits += [("street_address", m.start(), m.end()) for m in pattern.finditer(text)
                     if m.start() == 0 or not (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum())]
    return hits + _hong_kong(text, present)


_VERBS = "到去在住送寄往至於于從从"  # "导航到彩虹邨…": the estate's name starts after the verb
