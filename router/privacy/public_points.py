"""Coordinates of a named landmark are public: "the Eiffel Tower (48.8584° N, 2.2945° E)", "广州塔
（23.1066, 113.3245）". A point is left alone when a landmark's name ends right before it (a few
characters between, the same clause) and no one's own place is named in that clause ("my
house", "我家", "I'm at", "住"); any other point stays personal."""

from __future__ import annotations

import re

from duet.router.privacy.scan import Hit
from duet.router.privacy.sentences import CLAUSE_MARKS, sentence_start

# A landmark's last word, English (capitalised in the text) or Chinese, then what may stand
# between it and the point: "(", ",", "at", "is at", a space.
_LANDMARK = re.compile(
    r"(?:(?:Tower|Bridge|Palace|Temple|Cathedral|Basilica|Mosque|Museum|Opera House|Summit|summit|Mount [A-Z][a-z]+|"
    r"Mountain|Monument|Memorial|Statue of Liberty|Stadium|Castle|Pyramids?|Gate|Square|Abbey|Colosseum|Acropolis|"
    r"Khalifa|Picchu|Uluru|Everest|Big Ben|Kremlin|Taj Mahal|Louvre|Sagrada Familia|Stonehenge|Niagara Falls|"
    r"Great Wall|Forbidden City|Redeemer|Space Needle|Canyon|Falls|Observatory|Lighthouse)(?:'s summit)?|"
    r"[\u4e00-\u9fff](?:宫|塔|门|寺|庙|码头|广场|大桥|博物馆|长城|故宫|景区|公园|大厦|中心|101|楼|阁|亭|峰|峰顶|陵))"
    r"(?:[ \t]*[,，(（][ \t]*|[ \t]+(?:is )?at[ \t]+|[ \t]+)?(?:北纬)?$"
)
_OWN = re.compile(r"(?<![A-Za-z])(?:my|our|i'm|i am|we're|we are|home|house|flat|apartment|camp(?:site)?)(?![A-Za-z])|"
                  r"我家|我在|我们在|住|定位|位置共享", re.I)


def _landmark_point(text: str, start: int) -> bool:
    lo = sentence_start(text, start, 60, CLAUSE_MARKS)
    return _LANDMARK.search(text, lo, start) is not None and _OWN.search(text, lo, start) is None


def without_landmark_points(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the coordinates of named landmarks."""
    return [hit for hit in hits if hit[0] != "gps_coordinates" or not _landmark_point(text, hit[1])]
