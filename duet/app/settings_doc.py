"""The configuration reference in README.md, generated from the settings classes.

``python -m duet.app.settings_doc --write README.md`` rewrites the part of the README between the
``settings:begin`` and ``settings:end`` markers; a test fails when the README is out of date.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pydantic_settings import BaseSettings

from duet.core import settings as s

BEGIN, END = "<!-- settings:begin -->", "<!-- settings:end -->"

SECTIONS: list[tuple[str, str, type[BaseSettings]]] = [
    ("HTTP surface", "`duet edge`, `duet up`", s.HttpSettings),
    ("On-device model", "`duet edge`, `duet up`", s.EngineSettings),
    ("Routing", "`duet edge`, `duet up`", s.OrchestrationSettings),
    ("Device state", "`duet edge`, `duet up`", s.DeviceSettings),
    ("Privacy", "`duet edge`, `duet up`", s.PrivacySettings),
    ("Connectivity monitor", "`duet edge`, `duet up`", s.MonitorSettings),
    ("Link to the cloud pool", "`duet edge`, `duet up`", s.CloudClientSettings),
    ("Egress audit log", "`duet edge`, `duet up`, `duet audit`", s.AuditSettings),
    ("Response cache", "`duet edge`, `duet up`, `duet cloud`", s.CacheSettings),
    ("Cloud pool", "`duet cloud`", s.CloudSettings),
]


def _default(cls: type[BaseSettings], name: str) -> str:
    field = cls.model_fields[name]
    value = field.get_default(call_default_factory=True)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, list):
        return "empty" if not value else f"`{','.join(map(str, value))}`"
    if value == "":
        return "empty"
    return f"`{value}`"


def reference() -> str:
    lines: list[str] = []
    seen: set[str] = set()
    for title, where, cls in SECTIONS:
        own = [n for n in cls.model_fields if n not in seen or cls is s.CloudSettings]
        if cls is s.CloudSettings:
            own = [n for n in own if n not in s.CacheSettings.model_fields]
        seen.update(own)
        lines += [f"#### {title} ({where})", "",
                  "| variable | flag | default | meaning |", "|---|---|---|---|"]
        for name in own:
            description = (cls.model_fields[name].description or "").replace("|", "\\|")
            flag = "--" + name.replace("_", "-")
            lines.append(f"| `DUET_{name.upper()}` | `{flag}` | {_default(cls, name)} | {description} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def rewrite(text: str) -> str:
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise ValueError(f"the README has no {BEGIN} … {END} section")
    return pattern.sub(lambda _: f"{BEGIN}\n{reference()}{END}", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", metavar="README.md", help="rewrite that file's section")
    args = parser.parse_args()
    if args.write:
        path = Path(args.write)
        path.write_text(rewrite(path.read_text()))
    else:
        print(reference(), end="")


if __name__ == "__main__":
    main()
