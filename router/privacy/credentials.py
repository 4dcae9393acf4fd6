"""API keys, tokens, passwords and private keys (type ``api_key_secret``).

Vendor tokens are recognised by their prefix (``sk-``, ``AKIA``, ``ghp_`` …), passwords by the
keyword before them, URL credentials by ``scheme://user:password@``, and long random-looking
tokens only when the text talks about keys. Each scan is gated on a substring, so a text with
none of them costs a handful of ``in`` checks.
"""

from __future__ import annotations

import re

from duet.router.privacy.gate_words import occurring
from duet.router.privacy.scan import (Hit, ascii_alnum, before_pattern, keyword_ends, keywords, lowered,
                                 value_after_keyword, value_before_keyword)

_SECRET_TOKENS = re.compile(
    r"(?:sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_\-]{16,}|sk_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
    r"|xox[abprs]-[A-Za-z0-9\-]{10,}|Atzr\|[A-Za-z0-9_\-]{40,}|pat-(?:na|eu)1-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|AIza[0-9A-Za-z_\-]{35}|gl(?:pat|rt|dt|ptt|cbt|ft|soat)-[A-Za-z0-9_\-]{20,}"
    r"|whsec_[0-9A-Za-z]{24,}|(?:pk|rk)_(?:live_|test_)?[0-9A-Za-z]{24,}|LTAI[0-9A-Za-z]{12,28}|AKID[0-9A-Za-z]{28,40}|SK[0-9a-f]{32}(?![0-9A-Za-z])|AKLT[0-9A-Za-z_\-]{30,60}"
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})"
)
# (cheap first check, prefixes): most texts fail the first check of every pair.
_TOKEN_GATES = (("sk", ("sk-", "sk_")), ("_", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
                ("AI", ("AIza",)), ("SIA", ("ASIA",)), ("KIA", ("AKIA",)), ("xox", ("xox",)),
                ("gl", ("glpat-", "glrt-", "gldt-", "glptt-", "glcbt-", "glft-", "glsoat-")), ("LTAI", ("LTAI",)), ("AKID", ("AKID",)), ("SK", ("SK",)), ("AKLT", ("AKLT",)), ("k_", ("pk_", "rk_")), ("whsec_", ("whsec_",)), ("Atzr", ("Atzr|",)), ("pat-", ("pat-na1-", "pat-eu1-")),
                ("eyJ", ("eyJ",)))
_TOKEN_FIRSTS = tuple(first for first, _ in _TOKEN_GATES)
_PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)")
_SECRET_KEY = keywords(r"passcode|password|passwd|pass|pasword|paswd|pwd|(?<![0-9a-z])pw(?![0-9a-z])|(?<![0-9a-z])(?<!drop a )(?<!drop the )(?<!put a )pin(?: code)?(?![0-9a-z])(?! (?:it|at|on|the|this|my|a) )|secret_key|secretkey|secret key|secret|token|api[ _-]?key|webhook[ _-]?key|"
                       r"appsecret|app_secret|app secret|client_secret|clientsecret|private[ _-]?key|privatekey|"
                       r"_?authtoken|userpassword|pgpassword|mysql_pwd|secret_access_key|"
                       r"access[ _-]?key|(?:access|auth|bearer|refresh|api) token|bearer|密码|口令|密钥|"
                       r"(?:支付|登录|登陆|银行卡|开机|管理员|wifi|邮箱)密码|(?:admin|root|login|wifi|account) password|"
                       # other languages: "Passwort", "mot de passe", "contraseña", "wachtwoord", "senha",
                       # "parola d'ordine", "hasło", "パスワード", "비밀번호", "암호"
                       r"passwort|kennwort|mot de passe|contraseña|contrasena|wachtwoord|senha|parola d'ordine|hasło|haslo|パスワード|"
                       r"비밀번호|암호")
# Each word here is one more scan of every text (1-2 µs on 4,000 characters): the keywords of other
# languages are gated on a few words ("Passwort" and "mot de passe" hold "pass"; "contrase" is
# "contraseña" typed with or without its tilde).
_SECRET_KEY_GATE = ("pass", "pasw", "pwd", "pw", "pin", "secret", "token", "key", "bearer", "密码", "口令", "密钥", "contrase",
                    "wachtwoord", "senha", "hasło", "パスワード", "비밀번호")
# The value stops at a comma: in folded text a Chinese "，" is a "," (and passwords rarely hold one).
# (past a few Chinese words ending on "changed to": "root密码临时改成…了")
_SECRET_VALUE = re.compile(r"[\"']?\s*(?:is|=|:|：|是|为|to|as|for\s+\w+\s+is|[\u4e00-\u9fff]{0,4}?(?:改成|改为|设为|设置为|换成|是|为))?"
                           r"\s*[\"'「『“‘【]?([!-+\--~]{6,80})", re.I | re.A)
# The password runs to the last "@" before the host, so it may hold "@" itself.
_CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]+)+")
# Printable ASCII without spaces or commas, not ending in a bracket ("Summer97#(密码)"); it may
# follow a colon or a comma that ends a filler ("这个密码对不对：…", "口令，…").
_PLAIN_VALUE = re.compile(r"(?:(?<![!-~])|(?<=[:=,]))[!-+\--~]{5,79}[!-'*+\--~]")
_SECRET_BEFORE = before_pattern(_PLAIN_VALUE)
# The user may be empty ("redis://:pass@host").
_URL_CREDENTIAL = re.compile(r"://[^\s:/@]*:([^\s/]{4,})@[^\s@/:]+")
# Starts on the character before the token so that scanning inside a word fails at once.
_LONG_TOKEN = re.compile(r"[^A-Za-z0-9+/_\-]([A-Za-z0-9+/_\-]{32,80})(?![A-Za-z0-9_+/=\-])")
_LONG_TOKEN_GATE = ("key", "secret", "token", "cred", "aws", "auth", "bearer", "password", "密钥", "令牌", "凭证",
                    "密码")
_GLUED_KEY_WORDS = ("key", "token", "secret", "密钥", "令牌")
_NAMED_KEY_GATE = ("key", "secret", "token", "_sk")
_KEY_WORDS = tuple(sorted(set(_SECRET_KEY_GATE) | set(_LONG_TOKEN_GATE) | set(_NAMED_KEY_GATE)))
# Documentation stand-ins: "sk-...", "xxxx", "<your key>", "${TOKEN}", "changeme".
_PLACEHOLDER = re.compile(r"^(?:sha-?(?:1|224|256|384|512)|md5|bcrypt|scrypt|argon2[a-z]*|pbkdf2[\w-]*)$|^(?:sk-)?\.{2,}|x{4,}|X{5,}|\*{3,}|^<.*>$|^\$\{|your[_-]|example|changeme|placeholder|^\.\.\.|"
                          r"replace[_ -]?me|foobared|^%\w+%$|^\{\{.*\}\}$|os\.environ|os\.getenv|process\.env|getenv\(",
                          re.I)


def _free_before(text: str, start: int) -> bool:
    """True when the match does not continue a longer ASCII word (CJK before it is fine), or
    follows a key word it is glued to ("API KeyAKIA…") or a dash used as punctuation ("秘钥——sk_…")."""
    if start == 0 or not (ascii_alnum(text[start - 1]) or text[start - 1] in "_-"):
        return True
    if text[start - 1] == "-":
        return start < 2 or not (ascii_alnum(text[start - 2]) or text[start - 2] in "_-") or text[start - 2:start] == "--"
    return lowered(text).endswith(_GLUED_KEY_WORDS, 0, start)


def _looks_secret(value: str) -> bool:
    """Letters and digits, or (no digits) a long random-looking mix of cases that is not a
    CamelCase name such as ``TokenExpiredError``."""
    if _PLACEHOLDER.search(value) or not any(c.isalpha() for c in value):
        return False
    if any(c.isdigit() for c in value):
        return True
    upper, lower = sum(c.isupper() for c in value), sum(c.islower() for c in value)
    return len(value) >= 10 and upper >= 3 and lower >= 3 and not _CAMEL_CASE.fullmatch(value)


# A digest named by its algorithm: an SSH host key's fingerprint ("SHA256:z+8WOGbH…"), a checksum.
_DIGEST_BEFORE = re.compile(r"(?i)(?:sha-?(?:1|224|256|384|512)|md5|blake2b?|sha3-?256)[:=]\s?$")


def _long_tokens(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _LONG_TOKEN.finditer(" " + text):
        token = m.group(1)
        if _DIGEST_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1) - 1):
            continue
        upper = sum(c.isupper() for c in token)
        lower = sum(c.islower() for c in token)
        digits = sum(c.isdigit() for c in token)
        if upper >= 3 and lower >= 3 and digits >= 3:
            hits.append(("api_key_secret", m.start(1) - 1, m.end(1) - 1))
    return hits


# Tokens published as examples: the JWT of jwt.io's own page (by its signature).
_PUBLISHED_SAMPLES = ("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",)


def _vendor_tokens(text: str) -> list[Hit]:
    present = set(occurring(text, _TOKEN_FIRSTS))
    if not any(first in text and any(p in text for p in prefixes) for first, prefixes in _TOKEN_GATES
               if first in present):
        return []
    return [("api_key_secret", m.start(), m.end()) for m in _SECRET_TOKENS.finditer(text)
            if not _PLACEHOLDER.search(m.group(0)) and _free_before(text, m.start()) and
            not m.group(0).endswith(_PUBLISHED_SAMPLES)]


_LENGTH_WORD = re.compile(r"\d{1,3}-?(?:digits?|chars?|characters?|letters?|symbols?|words?|位)", re.I)


def _secret_value(m: re.Match[str] | None, group: int, pin: bool = False) -> Hit | None:
    """``pin``: right after its keyword, six digits or more are a password too ("支付密码 880912")."""
    if m is None:
        return None
    value = m.group(group)
    opening = m.string[m.start(group) - 1:m.start(group)]
    if opening in ("\"", "'") and opening in value:  # a quoted value ends at its closing quote
        value = value[:value.index(opening)]
    value = value.rstrip(".,;:)'\"，。")
    if _LENGTH_WORD.fullmatch(value):  # "a 6-digit PIN", "an 8-character password": a rule, not one
        return None
    if len(value) >= 6 and (_looks_secret(value) or (pin and value.isdigit() and len(value) <= 16)):
        return ("api_key_secret", m.start(group), m.start(group) + len(value))
    return None


# Between a value and a password keyword after it: the start of another item of a list (a word
# that joins items, "and", "和", is no modifier of the keyword: scan.py).
_NEXT_ITEM = re.compile(r"\n(?![ \t]*[\^↑])|;")


def _names_before(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the keyword at ``start`` names the value ``m`` before it: not when a new line, a
    semicolon stands between ("vin: 1HG…\ntoken: …"; "MRN P7128 and api key: …" is scan.py's),
    nor when the value ends on a list's separator ("E8451…; secret …")."""
    return not _NEXT_ITEM.search(text, m.end(1), start) and not m.group(1).endswith((";", ","))


_IDENTIFIER = re.compile(r"[A-Za-z0-9_\-]*")
_SETTING = re.compile(r"(?i)[_-](?:min|max|length|len|ttl|timeout|expiry|expires|lifetime|age|policy|reset|hasher|"
                      r"rules|complexity|required|enabled|attempts|retries|field|header|url|endpoint|path|file)")


def _value_from(text: str, start: int, end: int) -> int:
    """Where the value of the keyword at ``start:end`` starts to be read; -1 when the keyword is
    part of a stand-in for a secret: a variable (``$DB_PASSWORD``, ``${API_KEY}``, ``%PASSWORD%``,
    ``<YOUR_API_KEY>``) or a written one (``your-password-here``). What follows a stand-in is the
    rest of the line, not its value (``postgres://user:$DB_PASSWORD@localhost:8080/dev``), unless
    the stand-in is given one (``%PASSWORD% is Zx9pLq2wRt``)."""
    left = start
    while left > 0 and (text[left - 1].isascii() and (text[left - 1].isalnum() or text[left - 1] in "_-")):
        left -= 1
    right = _IDENTIFIER.match(text, end)
    stop = right.end() if right else end
    if _SETTING.search(text, end, stop):
        return -1  # a setting about passwords, not one: "PASSWORD_MIN_LENGTH=12", "token_ttl: 3600"
    if stop > end and text[end] in "_-" and _ASSIGNED.match(text, stop):
        return stop  # "api_key_prod=…": the value is after the whole name
    closed = text[stop:stop + 1] in ("}", ">", "%")
    if not (text[left - 1:left] in ("$", "{", "%", "<") or closed or _PLACEHOLDER.search(text[left:stop])):
        return end
    return stop + closed if _ASSIGNED.match(text, stop + closed) else -1


_ASSIGNED = re.compile(r"\s*(?:=|:|：|is\s|was\s)")


def _keyed_secrets(text: str) -> list[Hit]:
    """A value after a password keyword (past "is", "=", "改成" …) or before one ("… (password)",
    "…是我的登录密码")."""
    hits: list[Hit] = []
    for start, end in keyword_ends(_SECRET_KEY, text):
        end = _value_from(text, start, end)
        if end < 0:
            continue
        if text.startswith("@", end):
            continue  # the password of "postgres://user:password@localhost" is the word itself
        value = _SECRET_VALUE.match(text, end)
        # A stand-in given as the value ("SECRET_KEY=<redacted>") is the keyword's own: what comes
        # after it (the next line's "DEBUG=true") or before it is not.
        stand_in = value is not None and _PLACEHOLDER.search(value.group(1)) is not None
        after = None if stand_in else _secret_value(value, 1, pin=True) or _secret_value(
            value_after_keyword(_PLAIN_VALUE, text, end), 0)
        if after and "|" in text[end:after[1]]:  # a table header's keyword: the cells are tables.py's
            after = None
        # A keyword with its own value after it ("邮箱 a@b.cn Passwort：Summer0405") does not name
        # the one before it.
        before_m = None if after or stand_in else value_before_keyword(_SECRET_BEFORE, text, start)
        before = _secret_value(before_m, 1) if before_m and _names_before(text, before_m, start) else None
        hits += [hit for hit in (after, before) if hit]
    return hits


# Passwords given to a command on its command line: "mysql -u root -pToor2024", "redis-cli -h … -a
# R3d1sPass", "curl -u admin:P@ssw0rd123 …", "sshpass -p 'pw' ssh …", "docker login -u bob -p …"
# (the command on the same line); a redis.conf's "requirepass …" and "masterauth …"; and SQL's
# "CREATE USER 'app'@'%' IDENTIFIED BY 'S3cr%t'" (MySQL, MariaDB; also "IDENTIFIED WITH plugin BY").
_IDENTIFIED_BY = re.compile(r"identified[ \t]+(?:with[ \t]+\S+[ \t]+)?by[ \t]+(?:password[ \t]+)?['\"`]([^'\"`\n]{4,80})['\"`]", re.I)
_CLI_SECRETS = (
    ("mysql", re.compile(r"(?<![\w-])-p(?:'([^'\n]{4,80})'|([^\s'\"$]{4,80}))")),  # -pToor2024, -p'Ph0#1'

    ("redis-cli", re.compile(r"(?<![\w-])-a\s+['\"]?([^\s'\"$]{4,80})")),
    ("curl", re.compile(r"(?<![\w-])(?:-u|--user)\s+['\"]?[^\s:'\"]+:([^\s'\"$]{4,80})")),
    ("sshpass", re.compile(r"(?<![\w-])-p\s*['\"]?([^\s'\"$]{4,80})")),
    ("docker login", re.compile(r"(?<![\w-])(?:-p|--password)[\s=]+['\"]?([^\s'\"$]{4,80})")),
    ("requirepass", re.compile(r"(?<=requirepass)[ \t]+['\"]?([^\s'\"]{4,80})", re.I)),  # redis.conf
    ("masterauth", re.compile(r"(?<=masterauth)[ \t]+['\"]?([^\s'\"]{4,80})", re.I)),
    *((statement, _IDENTIFIED_BY) for statement in ("create user", "alter user", "grant ")),
)


_CLI_COMMANDS = tuple(command for command, _ in _CLI_SECRETS)


def _cli_secrets(text: str, low: str) -> list[Hit]:
    hits: list[Hit] = []
    for command, flag in _CLI_SECRETS:
        at = low.find(command)
        while at >= 0:
            line_end = text.find("\n", at)
            for m in flag.finditer(text, at + len(command), line_end if line_end >= 0 else len(text)):
                g = m.lastindex or 1
                if not _PLACEHOLDER.search(m.group(g)):
                    hits.append(("api_key_secret", m.start(g), m.end(g)))
            at = low.find(command, at + len(command))
    return hits


# A Terraform variable that holds a secret, given its value as the default:
# 'variable "db_password" {\n  default = "Sunshine24&"\n}'.
_HCL_SECRET = re.compile(r'variable\s+"[^"\n]*(?:password|passwd|secret|token|api_key|apikey|private_key)[^"\n]*"\s*\{'
                         r'[^{}]{0,300}?\bdefault\s*=\s*"([^"\n]{4,80})"', re.I)


def _hcl_secrets(text: str) -> list[Hit]:
    return [("api_key_secret", m.start(1), m.end(1)) for m in _HCL_SECRET.finditer(text)
            if not _PLACEHOLDER.search(m.group(1))]


# A quoted value given to a name that ends in key, secret or token ("mchKey: '7ed14fb9…'",
# 'SMS_KEY = "UK6uIxiT…"'), when the value looks random: hex, or letters of both cases and digits.
_NAMED_KEY = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_.\-]{0,40}?(?:[Kk]ey|KEY|[Ss]ecret|SECRET|[Tt]oken|TOKEN|_SK|_sk))"
                        r"[\"']?[ \t]*[:=][ \t]*[\"']([A-Za-z0-9+/=_\-]{16,120})[\"']")
_NOT_SECRET_NAMES = ("public", "pub", "primary", "foreign", "cache", "sort", "partition", "idempotency", "storage",
                     "translation", "i18n", "react", "row", "map", "lookup", "hash", "dedup", "csrf_header", "site")
_HEX = re.compile(r"[0-9a-fA-F]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# A webhook's address holds its secret: whoever has it can post to the channel.
_WEBHOOK = re.compile(r"(?:open\.feishu\.cn|open\.larksuite\.com)/open-apis/bot/v2/hook/([0-9A-Za-z\-]{16,})|"
                      r"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=([0-9A-Za-z\-]{16,})|"
                      r"hooks\.slack\.com/services/([A-Za-z0-9/]{20,})|discord(?:app)?\.com/api/webhooks/([0-9]+/[A-Za-z0-9_\-]{20,})")


def _random_looking(value: str) -> bool:
    if _HEX.fullmatch(value):
        return True
    return any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)


def _named_keys(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _NAMED_KEY.finditer(text):
        name, value = m.group(1).lower(), m.group(2)
        if not any(word in name for word in _NOT_SECRET_NAMES) and _random_looking(value) and not _PLACEHOLDER.search(value):
            hits.append(("api_key_secret", m.start(2), m.end(2)))
    return hits


# A cloud key's secret given right after its ID, as SDKs take them: "oss2.Auth('LTAI5t…', 'n46A…')",
# 'credential.Credential("AKIDHNur…", "HA5hwgaR…")'.
_SECRET_AFTER_ID = re.compile(r"(?:LTAI|AKID|AKIA)[0-9A-Za-z]{12,40}[\"']\s*,\s*[\"']([A-Za-z0-9+/=]{20,64})[\"']")


def _secrets_after_ids(text: str) -> list[Hit]:
    return [("api_key_secret", m.start(1), m.end(1)) for m in _SECRET_AFTER_ID.finditer(text)]


# Credentials in files and strings that have a place for them: a .pgpass line
# (host:port:database:user:password), a Go MySQL DSN ("orders:Jollof7980_@tcp(…"), a DSN setting
# ("tidb.dsn=root:…@"), a key in a URL's query ("…/reverse_geocoding/v3/?ak=MIA6hQ…").
_PGPASS_LINE = re.compile(r"^[^:\s]+:(?:[0-9]+|\*):[^:\s]+:[^:\s]+:(\S{4,80})$", re.M)
_DSN = re.compile(r"(?:(?<![\w/.])\w{2,32}:([^\s@:/\"']{4,64})@(?:tcp|unix)\(|dsn\s*[=:]\s*[\"']?\w{1,32}:([^\s@\"']{4,64})@)", re.I)
_URL_KEY = re.compile(r"[?&](?:ak|apikey|api_key|access_token|key|token)=([A-Za-z0-9_\-]{20,80})(?![A-Za-z0-9_\-])")


def _placed_credentials(text: str, low: str) -> list[Hit]:
    hits: list[Hit] = []
    if "pgpass" in low:
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _PGPASS_LINE.finditer(text)]
    if "@" in text:
        hits += [("api_key_secret", m.start(g), m.end(g)) for m in _DSN.finditer(text) for g in (1, 2) if m.group(g)]
    if "=" in text:
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _URL_KEY.finditer(text) if _looks_secret(m.group(1))]
    return [hit for hit in hits if not _PLACEHOLDER.search(text, hit[1], hit[2])]


def _webhooks(text: str) -> list[Hit]:
    return [("api_key_secret", m.start(m.lastindex or 1), m.end(m.lastindex or 1)) for m in _WEBHOOK.finditer(text)]


def find_secrets(text: str) -> list[Hit]:
    hits = _vendor_tokens(text) + (_hcl_secrets(text) if "variable" in text and "default" in text else [])
    markers = occurring(text, ("-----BEGIN", "://"))
    if "-----BEGIN" in markers:
        hits += [("api_key_secret", m.start(), m.end()) for m in _PRIVATE_KEY.finditer(text)]
    if "://" in markers:
        hits += [("api_key_secret", m.start(1), m.end(1)) for m in _URL_CREDENTIAL.finditer(text)
                 if _looks_secret(m.group(1))]
    low = lowered(text)
    if occurring(low, _CLI_COMMANDS):
        hits += _cli_secrets(text, low)
    words = set(occurring(low, _KEY_WORDS))
    if words.intersection(_SECRET_KEY_GATE):
        hits += _keyed_secrets(text)
    if words.intersection(_NAMED_KEY_GATE) and ("=" in text or ":" in text):
        hits += _named_keys(text)
    if "hook" in low:
        hits += _webhooks(text)
    if ("LTAI" in text or "AKI" in text) and "," in text:
        hits += _secrets_after_ids(text)
    hits += _placed_credentials(text, low)
    if words.intersection(_LONG_TOKEN_GATE):
        hits += _long_tokens(text)
    return _without_published_samples(text, hits) if hits and "eyJ" in text else hits


def _without_published_samples(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those inside a token published as an example (and its parts)."""
    samples = [m.span() for m in _TOKEN_RUN.finditer(text) if m.group(0).endswith(_PUBLISHED_SAMPLES)]
    return [h for h in hits if not any(s <= h[1] and h[2] <= e for s, e in samples)]


_TOKEN_RUN = re.compile(r"[A-Za-z0-9_\-.]{40,}")
