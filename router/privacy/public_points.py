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


# Where the world's best-known landmarks stand (degrees, to about 100 m): a point this close to one,
# in a sentence about sights ("which landmark is 48.8584, 2.2945?", "导航到…，是那个观景台"), is that
# landmark's, unless someone's own place is named with it. Without such words the point stays
# personal: "navigate to 39.9087, 116.3975" may be where someone waits.
LANDMARKS: dict[str, tuple[float, float]] = {
    "eiffel tower": (48.8584, 2.2945), "statue of liberty": (40.6892, -74.0445), "tiananmen square": (39.9055, 116.3976),
    "forbidden city": (39.9163, 116.3972), "oriental pearl tower": (31.2397, 121.4998), "the bund": (31.2400, 121.4900),
    "big ben": (51.5007, -0.1246), "tower bridge": (51.5055, -0.0754), "buckingham palace": (51.5014, -0.1419),
    "golden gate bridge": (37.8199, -122.4783), "tokyo tower": (35.6586, 139.7454), "sydney opera house": (-33.8568, 151.2153),
    "colosseum": (41.8902, 12.4922), "taj mahal": (27.1751, 78.0421), "burj khalifa": (25.1972, 55.2744),
    "christ the redeemer": (-22.9519, -43.2105), "machu picchu": (-13.1631, -72.5450), "great pyramid of giza": (29.9792, 31.1342),
    "sagrada familia": (41.4036, 2.1744), "brandenburg gate": (52.5163, 13.3777), "louvre": (48.8606, 2.3376),
    "arc de triomphe": (48.8738, 2.2950), "notre-dame": (48.8530, 2.3499), "red square": (55.7539, 37.6208),
    "canton tower": (23.1066, 113.3245), "taipei 101": (25.0340, 121.5645), "empire state building": (40.7484, -73.9857),
    "times square": (40.7580, -73.9855), "space needle": (47.6205, -122.3493), "white house": (38.8977, -77.0365),
    "washington monument": (38.8895, -77.0353), "cn tower": (43.6426, -79.3871), "hollywood sign": (34.1341, -118.3215),
    "mount fuji": (35.3606, 138.7274), "stonehenge": (51.1789, -1.8262), "acropolis": (37.9715, 23.7257),
    "petronas towers": (3.1579, 101.7116), "marina bay sands": (1.2834, 103.8607), "victoria peak": (22.2759, 114.1455),
    "hong kong convention centre": (22.2830, 114.1730), "leaning tower of pisa": (43.7230, 10.3966),
    "neuschwanstein": (47.5576, 10.7498), "angkor wat": (13.4125, 103.8670), "petra": (30.3285, 35.4444),
    "chichen itza": (20.6843, -88.5678), "uluru": (-25.3444, 131.0369), "st peter's basilica": (41.9022, 12.4539),
    "trevi fountain": (41.9009, 12.4833), "potala palace": (29.6578, 91.1169), "shanghai tower": (31.2335, 121.5055),
    "mount everest": (27.9881, 86.9250), "niagara falls": (43.0962, -79.0377), "grand canyon": (36.1069, -112.1129),
    "gateway of india": (18.9220, 72.8347), "hagia sophia": (41.0086, 28.9802), "kinkaku-ji": (35.0394, 135.7292),
    "senso-ji": (35.7148, 139.7967), "shibuya crossing": (35.6595, 139.7005), "merlion": (1.2868, 103.8545),
    "golden temple": (31.6200, 74.8765), "alcatraz": (37.8267, -122.4230), "central park": (40.7829, -73.9654),
    "london eye": (51.5033, -0.1196), "trafalgar square": (51.5080, -0.1281), "temple of heaven": (39.8822, 116.4066),
    "summer palace": (39.9999, 116.2755), "terracotta army": (34.3853, 109.2786), "bird's nest": (39.9929, 116.3965),
    "great wall at badaling": (40.3598, 116.0200), "great wall at mutianyu": (40.4319, 116.5704),
}
_NEAR = 0.006  # degrees of latitude and of longitude
_NUMBER = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]+)?")


def _at_landmark(value: str) -> bool:
    numbers = [float(n) for n in _NUMBER.findall(value)]
    if len(numbers) != 2:
        return False  # degrees and minutes, or hemispheres as letters: left to the named check
    a, b = numbers
    return any(abs(a - lat) <= _NEAR and abs(b - lon) <= _NEAR or abs(b - lat) <= _NEAR and abs(a - lon) <= _NEAR
               for lat, lon in LANDMARKS.values())


_SIGHTS = re.compile(r"(?<![a-z])(?:landmarks?|sights?|sightseeing|tourists?|monuments?|observation deck|viewpoint|"
                     r"attractions?|photograph)(?![a-z])|地标|地標|景点|景點|观景台|觀景台|名胜|名勝|打卡", re.I)


def _about_sights(text: str, start: int) -> bool:
    """A sentence about sights, with no one's own place named in it."""
    lo, hi = max(0, start - 80), min(len(text), start + 80)  # (a point's own dots end no sentence)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    hi = text.find("\n", start, hi) if "\n" in text[start:hi] else hi
    return _SIGHTS.search(text, lo, hi) is not None and _OWN.search(text, lo, hi) is None


def without_landmark_points(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the coordinates of named landmarks, and of the best-known ones by position in a
    sentence about sights."""
    return [hit for hit in hits if hit[0] != "gps_coordinates" or not (
        _landmark_point(text, hit[1]) or (_at_landmark(text[hit[1]:hit[2]]) and _about_sights(text, hit[1])))]
