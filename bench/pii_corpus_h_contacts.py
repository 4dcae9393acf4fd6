"""Coordinates, phones and e-mails for corpus H (``bench/pii_corpus_h.py``) in forms corpora F and
G do not write. Coordinates near real cities in degrees-minutes-seconds, degrees and decimal
minutes, NMEA fields, as map-link parameters (plain or URL-encoded), ``geo:`` URIs, latitude and
longitude apart (one point per item, in either order) and ``北纬…东经…`` in degrees, minutes and
seconds. Mobiles of Mexico, Nigeria, South Africa, Kenya, the Emirates, Saudi Arabia, Vietnam, the
Philippines, Turkey, Indonesia and Egypt; mainland mobiles grouped in new ways; e-mails of many
cultures' names and e-mails written to dodge scrapers.
"""

from __future__ import annotations

from bench.pii_corpus_f_contacts import _ascii
from bench.pii_corpus_f_values import Ctx
from bench.pii_corpus_h_people import AFRICAN, ARABIC_LAST, INDIAN_FIRST, INDIAN_LAST, NL_LAST, PINYIN_SURNAMES


def _dms(x: float, hemi: str, style: int) -> str:
    a = abs(x)
    d, m = int(a), int((a - int(a)) * 60)
    s = ((a - int(a)) * 60 - m) * 60
    h = hemi[0] if x >= 0 else hemi[1]
    return (f"{d}°{m:02d}'{s:04.1f}\"{h}", f"{d}° {m}′ {s:.0f}″ {h}", f"{h} {d}°{m:02d}'{s:02.0f}\"",
            f"{d}d{m:02d}m{s:04.1f}s{h}", f"{d}°{m:02d}′{s:04.1f}″{h}")[style]


POINTS = ((35.6580, 139.7016), (37.4979, 127.0276), (19.4326, -99.1332), (-23.5614, -46.6559), (12.9719, 77.5937),
          (6.5244, 3.3792), (-1.2864, 36.8172), (25.2048, 55.2708), (10.7769, 106.7009), (14.5995, 120.9842),
          (41.0082, 28.9784), (45.5017, -73.5673), (-33.9249, 18.4241), (47.3769, 8.5417), (-6.2088, 106.8456))
CN_POINTS = ((31.2304, 121.4737), (39.9042, 116.4074), (23.1291, 113.2644), (30.5728, 104.0668), (22.5431, 114.0579),
             (30.2741, 120.1551), (34.3416, 108.9398), (36.0671, 120.3826), (22.3193, 114.1694), (24.4798, 118.0894))
_LAST: dict[int, tuple[float, float]] = {}  # the point of a context's current item, for ``lat`` and ``lng``


def point(ctx: Ctx, lang: str) -> tuple[float, float]:
    lat0, lng0 = ctx.pick(CN_POINTS if lang == "zh" or ctx.chance(0.2) else POINTS)
    return lat0 + ctx.rng.uniform(-0.12, 0.12), lng0 + ctx.rng.uniform(-0.12, 0.12)


def dms(ctx: Ctx, lang: str) -> str:
    lat, lng = point(ctx, lang)
    style = ctx.rng.randrange(5)
    return f"{_dms(lat, 'NS', style)}{ctx.pick((' ', ', ', ' '))}{_dms(lng, 'EW', style)}"


def ddm(ctx: Ctx, lang: str) -> str:
    """Degrees and decimal minutes, as hand-held GPS units and geocaching write them."""
    lat, lng = point(ctx, lang)
    la, lo = abs(lat), abs(lng)
    h1, h2 = ("N" if lat >= 0 else "S"), ("E" if lng >= 0 else "W")
    return (f"{h1} {int(la)}° {(la - int(la)) * 60:06.3f}' {h2} {int(lo):03d}° {(lo - int(lo)) * 60:06.3f}'" if
            ctx.chance(0.6) else f"{h1}{int(la)} {(la - int(la)) * 60:.3f} {h2}{int(lo)} {(lo - int(lo)) * 60:.3f}")


def nmea(ctx: Ctx, lang: str) -> str:
    """The position fields of an NMEA sentence: ``3113.8240,N,12128.4220,E``."""
    lat, lng = point(ctx, lang)
    la, lo = abs(lat), abs(lng)
    return (f"{int(la):02d}{(la - int(la)) * 60:07.4f},{'N' if lat >= 0 else 'S'},"
            f"{int(lo):03d}{(lo - int(lo)) * 60:07.4f},{'E' if lng >= 0 else 'W'}")


def coord(ctx: Ctx, lang: str) -> str:
    """``lat,lng`` with no space, as a map link carries it."""
    lat, lng = point(ctx, lang)
    p = ctx.pick((6, 7, 5))
    return f"{lat:.{p}f},{lng:.{p}f}"


def coord_enc(ctx: Ctx, lang: str) -> str:
    lat, lng = point(ctx, lang)
    return f"{lat:.6f}%2C{lng:.6f}"


def geo_uri(ctx: Ctx, lang: str) -> str:
    lat, lng = point(ctx, lang)
    return f"geo:{lat:.5f},{lng:.5f}"


def _item_point(ctx: Ctx, lang: str) -> tuple[float, float]:
    """The one point of an item that writes its latitude and longitude apart, in either order."""
    if ctx.used.get("point", 0) == 0 or id(ctx) not in _LAST:
        _LAST[id(ctx)] = point(ctx, lang)
        ctx.used["point"] = 1
    return _LAST[id(ctx)]


def lat(ctx: Ctx, lang: str) -> str:
    """A latitude on its own (a JSON field); the item's ``lng`` slot gives the same place's longitude."""
    return f"{_item_point(ctx, lang)[0]:.6f}"


def lng(ctx: Ctx, lang: str) -> str:
    return f"{_item_point(ctx, lang)[1]:.6f}"


def cn_dms(ctx: Ctx) -> str:
    """``北纬31°13′49″，东经121°28′25″`` as 判决书, 勘验 notes and 寻人启事 write it."""
    la, lo = point(ctx, "zh")
    parts = []
    for x, word in ((la, "北纬"), (lo, "东经")):
        d, m = int(x), int((x - int(x)) * 60)
        s = round(((x - int(x)) * 60 - m) * 60)
        parts.append(f"{word}{d}°{m}′{min(s, 59)}″" if ctx.chance(0.6) else f"{word}{d}度{m}分{min(s, 59)}秒")
    return ctx.pick(("，", " ", "、")).join(parts)


def world_phone_h(ctx: Ctx, country: str = "") -> str:
    """A mobile of ``country`` (mx, ng, za, ke, ae, sa, vn, ph, tr, id, eg) as people there write it."""
    country = country or ctx.pick(("mx", "ng", "za", "ke", "ae", "sa", "vn", "ph", "tr", "id", "eg"))
    d = ctx.digits
    shapes = {
        "mx": lambda: ctx.pick((f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}")),
        "ng": lambda: ctx.pick((f"+234 80{ctx.pick('3678')} {d(3)} {d(4)}", f"080{ctx.pick('3678')} {d(3)} {d(4)}",
                                f"0{ctx.pick(('703', '806', '813', '905'))}{d(7)}")),
        "za": lambda: ctx.pick((f"+27 8{ctx.pick('234')} {d(3)} {d(4)}", f"07{ctx.pick('1234')} {d(3)} {d(4)}")),
        "ke": lambda: ctx.pick((f"+254 7{d(2)} {d(6)}", f"07{d(2)} {d(3)} {d(3)}")),
        "ae": lambda: ctx.pick((f"+971 5{ctx.pick('0245')} {d(3)} {d(4)}", f"05{ctx.pick('0245')}-{d(7)}")),
        "sa": lambda: ctx.pick((f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}")),
        "vn": lambda: ctx.pick((f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}",
                                f"03{d(2)}.{d(3)}.{d(3)}")),
        "ph": lambda: ctx.pick((f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}")),
        "tr": lambda: ctx.pick((f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}")),
        "id": lambda: ctx.pick((f"+62 812-{d(4)}-{d(4)}", f"0813 {d(4)} {d(4)}")),
        "eg": lambda: ctx.pick((f"+20 10 {d(4)} {d(4)}", f"01{ctx.pick('0125')} {d(4)} {d(4)}")),
    }
    return shapes[country]()


def cn_mobile_h(ctx: Ctx) -> str:
    """A mainland mobile grouped the ways F and G do not: ``139 12345678``, ``1391234 5678``,
    ``+86·139-1234-5678``, ``(86)13912345678``, ``86 139.1234.5678``."""
    body = ctx.pick(("139", "136", "150", "188", "178", "185", "198", "157", "176", "134")) + ctx.digits(8)
    return ctx.pick((f"{body[:3]} {body[3:]}", f"{body[:7]} {body[7:]}", f"+86·{body[:3]}-{body[3:7]}-{body[7:]}",
                     f"(86){body}", f"86 {body[:3]}.{body[3:7]}.{body[7:]}", f"{body[:3]}–{body[3:7]}–{body[7:]}",
                     body))


OBF_DOMAINS = ("gmail", "yahoo", "outlook", "hotmail", "proton", "icloud", "163", "qq")


def _user(ctx: Ctx) -> str:
    first, last = ctx.pick((ctx.pick(AFRICAN), (ctx.pick(INDIAN_FIRST), ctx.pick(INDIAN_LAST)),
                            (ctx.pick(("omar", "layla", "sami")), ctx.pick(ARABIC_LAST)),
                            (ctx.pick(("wei", "fang", "jie", "lei")), ctx.pick(PINYIN_SURNAMES)),
                            (ctx.pick(("daan", "sanne", "eva")), ctx.pick(NL_LAST))))
    first, last = (("".join(c for c in _ascii(w) if c.isalnum()) or "x") for w in (first, last))
    return ctx.pick((f"{first}.{last}", f"{first}{last}{ctx.digits(2)}", f"{first[0]}{last}", f"{last}.{first}",
                     f"{first}_{last}"))


def email_h(ctx: Ctx) -> str:
    domain = ctx.pick(("gmail.com", "yahoo.co.uk", "outlook.in", "hotmail.fr", "proton.me", "icloud.com", "gmx.de",
                       "naver.com", "yahoo.co.jp", "mail.ru", "yandex.com", "web.de", "rediffmail.com", "live.nl"))
    return f"{_user(ctx)}@{domain}"


def obfuscated_email(ctx: Ctx) -> str:
    """An address written to dodge scrapers: ``ngozi.okafor [at] gmail [dot] com``."""
    user, dom = _user(ctx), ctx.pick(OBF_DOMAINS)
    tld = "com"
    return ctx.pick((f"{user} [at] {dom} [dot] {tld}", f"{user}(at){dom}.{tld}", f"{user} at {dom} dot {tld}",
                     f"{user}[@]{dom}.{tld}", f"{user} AT {dom} DOT {tld}", f"{user}＠{dom}.{tld}"))
