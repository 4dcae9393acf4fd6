"""IP addresses, v4 and v6, and what only looks like one: a version ("Chrome 17.4.123.158",
"firmware went from 13.7.1.195 to 12.4.8"), a section number, a network range, this machine.

Split from patterns.py (the formats with a checksum); same conventions: ASCII boundaries, so an
address written straight after a Chinese character is found.
"""

from __future__ import annotations

import ipaddress
import re

from duet.router.privacy import checks
from duet.router.privacy.scan import Hit, skeleton

_IPV4 = re.compile(r"(?:(?<![0-9A-Za-z_.])|(?<=IP)|(?<=ip))[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9A-Za-z_]|\.[0-9])", re.A)
# Not inside a longer word or address; a colon may precede it ("IPv6：2409:…" folds to "IPv6:2409:…").
_IPV6 = re.compile(r"(?:(?<![0-9A-Za-z_])|(?<=IP)|(?<=ip))(?<![0-9A-Fa-f:][0-9A-Fa-f]:)(?<!::)[0-9A-Fa-f:][0-9A-Fa-f]{0,3}(?::[0-9A-Fa-f]{0,4}){2,7}"
                   r"(?![0-9A-Za-z_]|:[0-9A-Fa-f])", re.A)
# A version word ends right before the number ("version=15.25.33.1", "版本【16.17.138.1】"), and
# is a word of its own: "server 192.168.0.4" does not end in "ver".
_VERSION_BEFORE = re.compile(r"(?<![A-Za-z])(?:version|ver\.?|v|版本号?(?:是|为)?|build|release|firmware|固件|系统|upgrade(?: from| to)?|"
                             r"update(?: from| to)?|bump(?:ed|ing)?(?: from| to)?|patch(?:ed)?(?: to)?|hotfix|driver|升级到?|升級到?|更新到?|韌體|roll(?:ed|ing)? ?back(?: to)?|ota(?: update)?|推送了?|revert(?:ed)? to|downgrade(?:d)?(?: to)?|回滚到?|降级到?|降級到?|回退到?)(?:\s+(?:is|was|now)\b)?\s*[:：=]?\s*[\[(（【]?\s*$",
                             re.I | re.A)
# … or names it right after ("14.14.211.1 (version)", "2.1.0.3 固件").
_VERSION_AFTER = re.compile(r"\s*[(（]?\s*(?:这个|的)?(?:version|ver\b|build|release|firmware|固件|韌體|版本|版(?!权|權)|"
                            r"(?:更新|升级|升級)[后後])", re.I | re.A)
_SECTION_BEFORE = re.compile(r"(?:section|sec\.|chapter|ch\.|clause|article|art\.|figure|fig\.|table|step|rule|item|"
                             r"paragraph|para\.|§|第|条|章|节|款|"
                             r"macos|os x|ios|ipados|android|windows|win|ubuntu|debian|centos|rhel|kernel|linux|chrome|"
                             r"firefox|safari|edge|node|python|java|jdk|php|ruby|perl|\.net|sdk|api|app)\s*$", re.I)
# A sentence about versions ("Our firmware went from 13.7.1.195 to 12.4.8", "路由器固件从6.8.1.57升级到…",
# "four-part version strings like 10.4.0.109"): numbers after a version word in the same sentence,
# with no word about a network between them, are versions.
_VERSION_WORD = re.compile(r"(?<![a-z])(?:firmware|version|build|release)|固件|韌體|版本", re.I)
_NET_WORD = re.compile(r"(?<![a-z])(?:ip|ips|host|server|address|gateway|dns|ping|ssh|subnet|client|proxy)(?![a-z])|"
                       r"地址|服务器|主机|网关|客户端", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?。！？\n](?:\s|$)|\n")


def _versions_named(text: str, start: int, end: int) -> bool:
    """A version word in the sentence, before the number or after it ("… a breaking change under
    semantic versioning?"), and no network word between them (nor, for a word after it, in the
    sentence before the number: "my server 16.1.0.206 runs release 2.0")."""
    lo = max(0, start - 60)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    words = list(_VERSION_WORD.finditer(text, lo, start))
    if words and _NET_WORD.search(text, words[-1].end(), start) is None:
        return True
    stop = _SENTENCE_BREAK.search(text, end, end + 80)
    after = _VERSION_WORD.search(text, end, stop.start() if stop else min(len(text), end + 80))
    return after is not None and _NET_WORD.search(text, lo, after.start()) is None


# A browser or a runtime right before four numbers: its version, not an address.
_SOFTWARE_BEFORE = re.compile(r"(?<![A-Za-z])(?:chrome|chromium|firefox|safari|edge|opera|brave|vivaldi|electron|"
                              r"node|node\.js|python|java|jdk|jre|php|ruby|perl|dotnet|\.net)\s*$", re.I)
_NET_CONTEXT = re.compile(r"\bip(?:v[46])?(?![a-z])|host|server|ssh|ping|dns|gateway|router|subnet|address|firewall|block|allowlist|whitelist|blacklist|blocklist|denylist|白名单|白名單|黑名单|黑名單|"
                          r"\bban|地址|网关|服务器|主机|路由|防火墙|封禁|@|:\d|\bnas\b|\bvpn\b|\bport\b|\blan\b|内网|內網|端口",
                          re.I | re.A)

# A list an address is put on, a little further after it ("把 9.139.57.72 加到 whitelist 里").
_LIST_AFTER_IP = re.compile(r"allowlist|whitelist|blacklist|blocklist|denylist|白名单|白名單|黑名单|黑名單|firewall|防火墙|"
                            # an access log's line: '192.0.2.14 "POST /api/v1/upload" 200', '… - - [12/Mar/…'
                            r"(?<=[0-9])[ \t]+(?:-[ \t]+-[ \t]+\[|\"?(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) /)", re.I)

# Skeleton candidates (see router.privacy.scan): dotted quads.
_IPV4_SKELETON = re.compile(rb"0(?<![0.]0)0{0,2}\.0{1,3}\.0{1,3}\.0{1,3}")

_IPV6_GATE = re.compile(r":[0-9A-Fa-f]{0,4}:")


def _ipv4_ok(text: str, m: re.Match[str]) -> bool:
    parts = m.group(0).split(".")
    if any(int(part) > 255 or (len(part) > 1 and part[0] == "0") for part in parts):
        return False
    if _VERSION_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _VERSION_AFTER.match(text, m.end()):
        return False
    if _SOFTWARE_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _versions_named(text, m.start(), m.end()):
        return False  # "Chrome 17.4.123.158 on Windows", "firmware went from 13.7.1.195 to …"
    if _network_range(text, m):
        return False
    first = int(parts[0])
    if first == 127 or m.group(0) == "0.0.0.0":  # this machine ("server 127.0.0.1:9000"): no one's address
        return False
    # Private ranges are addresses whatever their parts ("psql -h 10.20.3.15", "MySQL 172.16.8.21"):
    # 192.168 and 172.16-31 are nothing else; 10.x also numbers sections and figures.
    second = int(parts[1])
    if (first == 192 and second == 168) or (first == 172 and 16 <= second <= 31) or \
            (first == 10 and not _SECTION_BEFORE.search(text, max(0, m.start() - 16), m.start())):
        return True
    # Small parts (1.2.3.4, 16.26.20.1) are more often a version or a section number than an
    # address: those need networking words nearby. Random addresses nearly always have a part >= 32.
    if first < 10 or max(int(part) for part in parts[1:]) < 32:
        return bool(_NET_CONTEXT.search(text, max(0, m.start() - 40), m.end() + 12) or
                    _LIST_AFTER_IP.search(text, m.end(), m.end() + 24))
    return True


_PREFIX = re.compile(r"/([0-9]{1,2})(?![0-9])")


def _network_range(text: str, m: re.Match[str]) -> bool:
    """A network written with its prefix, host bits all zero ("10.0.0.0/8", "192.168.4.0/22"): a
    range of addresses (routing, RFC text, firewall rules), nobody's own address."""
    prefix = _PREFIX.match(text, m.end())
    if prefix is None or int(prefix.group(1)) >= 32:
        return False
    try:
        ipaddress.ip_network(f"{m.group(0)}/{prefix.group(1)}", strict=True)
    except ValueError:
        return False
    return True


# "::1" and "::" with a port written after them ("http://::1:8080/health"): this machine, as 127.0.0.1 is.
_V6_THIS_MACHINE = re.compile(r"::1?(?::[0-9]{1,5})?")


def _this_machine_v6(raw: str) -> bool:
    return _V6_THIS_MACHINE.fullmatch(raw) is not None


# Eight full groups and a port, with the brackets left out ("Endpoint = 2001:16b8:…:1b1e:51820",
# "http://2001:…:4df1:8888/"): no address has nine groups, so the last one is the port.
_IPV6_WITH_PORT = re.compile(r"(?<![0-9A-Za-z_:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}(?=:[0-9]{1,5}(?![0-9A-Za-z_:]))", re.A)


def find_ips(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for candidate in _IPV4_SKELETON.finditer(skeleton(text)):
        m = _IPV4.match(text, candidate.start())
        if m and _ipv4_ok(text, m):
            hits.append(("ip_address", m.start(), m.end()))
    if ":" in text and _IPV6_GATE.search(text):
        for m in _IPV6.finditer(text):
            start, end = m.span()
            # A colon written before or after the address ("地址：2409:…", folded from "："):
            # a single colon cannot start or end an address, "::" can.
            if text.startswith(":", start) and not text.startswith("::", start):
                start += 1
            if text.endswith(":", start, end) and not text.endswith("::", start, end):
                end -= 1
            raw = text[start:end]
            if len(raw) < 6 or not any(c.isdigit() for c in raw):
                continue
            # "1:2:3:4:5:6:7:8" is a ratio; addresses have a long group or a "::".
            if ("::" in raw or max(map(len, raw.split(":"))) >= 3) and checks.ip_ok(raw) and \
                    not _this_machine_v6(raw):
                hits.append(("ip_address", start, end))
        if text.count(":") >= 8:
            hits += [("ip_address", m.start(), m.end()) for m in _IPV6_WITH_PORT.finditer(text)
                     if max(map(len, m.group(0).split(":"))) >= 3 and checks.ip_ok(m.group(0))]
    return hits
