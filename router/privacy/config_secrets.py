"""Secrets in the places configs, SDKs and tools keep them, beyond a password keyword:

- an unquoted value of a setting whose name ends in "key" or "secret", as connection strings and
  properties files write them ("AccountKey=5dLu…==;", "qywx.corpsecret=cbc5128…");
- a key/value record that names a secret ('{"key":"db_pwd","value":"jY00…"}', Postman's
  environment export);
- an SDK's keyword arguments for a key pair ('Client(ak="0Nuy…", sk="JAyu…")');
- Oracle's "sqlplus user/password@host";
- a Kubernetes or compose environment entry whose name says secret ("- name: DB_PASSWORD" then
  "value: \"Ord3r_Pr0d#2024\"");
- a login written "user / password" after a word that says so ("Replication user is repl_user /
  Qm7!vT2#pX9s", "creds: admin/Str0ng!pw"): the password must mix letters with digits and symbols.

Values must not be stand-ins ("<your key>", "xxxx"); the unquoted and keyword forms must also
look random (hex, or letters and digits mixed), so "sortKey=createdAt" is no one's secret.
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.patterns import Hit, lowered

# "AccountKey=…;", "corpsecret=…": the value runs to a ";", "&", a quote or a space.
_SETTING = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_.\-]{0,40}?(?:key|secret))[ \t]*=[ \t]*"
                      r"([A-Za-z0-9+/=_\-~!@#$%^*.]{16,160})(?=[;&\s\"']|$)", re.I)
_RECORD = re.compile(r"\"key\"\s*:\s*\"([A-Za-z0-9_.\-]{2,60})\"\s*,\s*\"value\"\s*:\s*\"([^\"\n]{4,160})\"")
_RECORD_SECRET_NAMES = ("pwd", "pass", "secret", "token", "apikey", "api_key", "_ak", "_sk", "accesskey", "access_key",
                        "credential", "private")
_KEYWORD_ARG = re.compile(r"(?<![A-Za-z0-9_])(?:ak|sk|access_key|secret_key|access_key_id|access_key_secret|app_key|"
                          r"app_secret|appkey|appsecret|secret_id)[ \t]*=[ \t]*[\"']([^\"'\s]{16,160})[\"']", re.I)
_SQLPLUS = re.compile(r"sqlplus[ \t]+(?:-\w+[ \t]+)*[A-Za-z_][\w$#]{0,30}/([^\s@/\"']{4,80})@", re.I)
_NOT_SECRET = ("public", "pub", "primary", "foreign", "cache", "sort", "partition", "idempotency", "translation",
               "i18n", "react", "row", "map", "lookup", "hash", "dedup", "site", "monkey", "hotkey", "turkey")
_PLACEHOLDER = re.compile(r"x{4,}|X{4,}|\*{3,}|^<.*>$|^\$|\{\{|your[_-]|example|changeme|placeholder|replace", re.I)
_HEX = re.compile(r"[0-9a-fA-F]{16,}")
_VERSION = re.compile(r"[vV]?[0-9]+(?:\.[0-9]+)+(?:[-+][A-Za-z0-9.]+)?")
_GATES = ("key", "KEY", "Key", "secret", "SECRET", "Secret", "sqlplus", "ak", "sk", "AK", "SK", " / ", "uthorization:",
          "value:")


_LOGIN_PAIR = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,} / (\S{6,64}?)(?=[\s,;)'\"]|$)")
_USER_PAIR = re.compile(r"(?<![A-Za-z])(?i:user(?:name)?|login|creds|credentials)(?:[ \t]+(?:is|are))?[ \t]*[:=]?[ \t]*"
                        r"[A-Za-z0-9._-]{2,40}[ \t]?/[ \t]?([^\s/]{6,64}?)(?=[\s,;)'\"]|$)")
_USER_GATES = ("user", "login", "creds", "credentials")
_ENV_ENTRY = re.compile(r"name:[ \t]*[\"']?[A-Za-z0-9_.\-]*(?i:password|passwd|pwd|secret|token|api_?key|access_?key|"
                        r"private_?key)[A-Za-z0-9_.\-]*[\"']?[ \t]*\n[ \t]*value:[ \t]*[\"']?([^\s\"']{4,200})")
_AUTH_HEADER = re.compile(r"[Aa]uthorization:[ \t]*(?!Bearer |Basic |Token |bearer |basic )([A-Za-z0-9._~+/=-]{16,200})")


def _mixed(value: str) -> bool:
    """A password's mix: letters with digits or symbols ("Dragon729815!", "s!L?iypx_aPq%s")."""
    return any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)


def _password_like(value: str) -> bool:
    """Letters, digits and a symbol, or both cases and a digit ("Qm7!vT2#pX9s", "Winter2024x"): not
    a word, a number or a path ("user / admin", "login 10/20")."""
    if _PLACEHOLDER.search(value) or _VERSION.fullmatch(value) or not any(c.isdigit() for c in value) or \
            sum(c.isalpha() for c in value) < 2:
        return False
    mixed_case = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return mixed_case or any(not c.isalnum() for c in value)


def _random(value: str) -> bool:
    """Hex, letters and digits mixed (three of each), or a long run of both cases with a digit:
    what generated keys look like."""
    if _HEX.fullmatch(value):
        return True
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    mixed_case = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return (digits >= 3 and letters >= 3) or (mixed_case and digits >= 1 and len(value) >= 20)


def _allowed(name: str, value: str) -> bool:
    low = name.lower()
    return not any(word in low for word in _NOT_SECRET) and not _PLACEHOLDER.search(value)


def find_config_secrets(text: str) -> list[Hit]:
    login = "/" in text and bool(occurring(lowered(text), _USER_GATES))
    if not login and not occurring(text, _GATES):
        return []
    hits: list[Hit] = []
    if "=" in text:
        hits += [("api_key_secret", m.start(2), m.end(2)) for m in _SETTING.finditer(text)
                 if _allowed(m.group(1), m.group(2)) and _random(m.group(2))]
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _KEYWORD_ARG.finditer(text)
                 if _allowed("", m.group(1)) and _random(m.group(1))]
    if '"value"' in text:
        for m in _RECORD.finditer(text):
            name = m.group(1).lower()
            if any(word in name for word in _RECORD_SECRET_NAMES) and _allowed(name, m.group(2)):
                hits.append(("api_key_secret", m.start(2), m.end(2)))
    if "@" in text and " / " in text:  # a login pasted as "e-mail / password"
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _LOGIN_PAIR.finditer(text)
                 if not _PLACEHOLDER.search(m.group(1)) and _mixed(m.group(1)) and "@" not in m.group(1)]
    if login:
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _USER_PAIR.finditer(text) if _password_like(m.group(1))]
    if "value:" in text and "name:" in text:
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _ENV_ENTRY.finditer(text) if _allowed("", m.group(1))]
    if "uthorization:" in text:  # a header's bare token: "Authorization: 5d88c652…"
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _AUTH_HEADER.finditer(text) if _random(m.group(1))]
    if "sqlplus" in lowered(text):
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _SQLPLUS.finditer(text)
                 if not _PLACEHOLDER.search(m.group(1))]
    return hits
