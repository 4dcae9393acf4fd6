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
- Vietnam: "Số 19 Ngõ 21 Đường Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh".
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit

_TOWN = r"[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2}"
_US_BOX = re.compile(
    r"(?:(?:HC|RR|R\.R\.|PSC|CMR|Rural Route|Star Route) ?[0-9]{1,4}(?:,? Box [0-9]{1,5})?|"
    r"P\.? ?O\.? Box [0-9]{1,6})(?:, (?:Site|Comp|Box) [0-9]{1,5})*,? " + _TOWN +
    r",? (?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])")
_BRAZIL = re.compile(r"(?:Av\.|Avenida|Rua|R\.|Alameda|Travessa|Praça|Estrada|Rodovia) [^\n]{3,120}?"
                     r"CEP:? ?[0-9]{5}-?[0-9]{3}")
_MEXICO = re.compile(r"(?:Av\.|Avenida|Calle|Blvd\.|Boulevard|Calz\.|Calzada|Privada|Cerrada|Prol\.) "
                     r"[^\n]{2,80}?,? Col\. [^\n,]{2,40},[^\n]{0,60}?(?:C\.P\.|CP) ?[0-9]{5}(?:, [A-Z][^\n,]{1,30}(?:, [A-Z][\w.]{1,10})?)?")
_JAPAN = re.compile(r"(?:#[0-9]{1,4} )?[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,3} [A-Z][a-z]+(?: [A-Z][a-z]+)?[ ,]+[A-Z][a-z]+-(?:ku|shi|cho|machi|gun)"
                    r"(?:[ ,]+[A-Z][a-z]+)?(?:[ ,]+[0-9]{3}-[0-9]{4})?(?:[ ,]+JAPAN|[ ,]+Japan)?")
_VIETNAM = re.compile(r"(?:Số|số|So) [0-9]{1,4}[A-Z]?(?:/[0-9]{1,4})?,? (?:(?:Ngõ|Ngách|Hẻm|Kiệt) [0-9]{1,4},? )?"
                      r"(?:Đường|đường|Phố|phố)? ?[^\n,]{2,30}, (?:Phường|Xã|P\.) [^\n,]{1,25}, (?:Quận|Huyện|Q\.) [^\n,]{1,25}"
                      r"(?:, (?:TP\.|Thành phố|Tỉnh) ?[^\n,.]{2,25})?")
_GATES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("Box", "HC ", "RR ", "R.R.", "PSC", "CMR", "Route"), _US_BOX),
    (("CEP",), _BRAZIL),
    (("Col.",), _MEXICO),
    (("-ku", "-shi", "-cho", "-machi"), _JAPAN),
    (("Phường", "Quận", "Xã", "Huyện"), _VIETNAM),
)
_GATE_WORDS = tuple(word for gates, _ in _GATES for word in gates)


def find_world_addresses(text: str) -> list[Hit]:
    hits: list[Hit] = []
    present = set(occurring(text, _GATE_WORDS))  # (one pass of the shared automaton for every gate)
    for gates, pattern in _GATES:
        if not present.isdisjoint(gates):  # (each pattern opens with literal words: a fast scan)
            hits += [("street_address", m.start(), m.end()) for m in pattern.finditer(text)
                     if m.start() == 0 or not text[m.start() - 1].isalnum()]
    return hits
