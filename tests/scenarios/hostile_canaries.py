"""Canaries in the forms people really type them, each forced to the cloud.

CJK-adjacent identity and phone numbers (no spaces, Chinese punctuation), full-width digits, an
email with a zero-width character inside, the `user` field, a `role: tool` result, content split
into parts, a completions prompt given as a list, streaming, and the text an app declares with a
request (a tool's description, a response format's schema, a stop sequence). Every value is new per run; the
test searches for each (and for its digits alone) wherever the existing canaries are searched.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.cn import ric

from tests.scenarios.canaries import CanaryRun
from tests.scenarios.system import HARD, TO_CLOUD, System

# Allocated mainland mobile prefixes: a number under 154 or 194 is no one's phone, and is found
# only after a phone word.
MOBILE_PREFIXES = [*map(str, range(130, 140)), "150", "151", "152", "153", "155", "156", "157",
                   "158", "159", "166", *map(str, range(180, 190)), "191", "193", "195", "196",
                   "197", "198", "199"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def resident_id(rng: random.Random) -> str:
    """A valid 18-digit Chinese resident ID (GB 11643 check digit)."""
    body = f"110101{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body)


@dataclass(frozen=True)
class HostileCanaries:
    resident_id: str
    mobile: str
    full_width_mobile: str
    zw_email: str  # a zero-width space inside the local part
    user_email: str
    tool_phone: str
    parts_email: str
    list_prompt_id: str
    tool_email: str  # in a tool's description
    schema_mobile: str  # in a response format's JSON schema
    stop_email: str  # a stop sequence

    @classmethod
    def new(cls) -> HostileCanaries:
        rng = random.Random(uuid.uuid4().int)

        def mobile() -> str:  # a mainland mobile number with an allocated prefix
            return f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(10_000_000, 99_999_999)}"

        def email(kind: str) -> str:
            return f"{kind}{uuid.uuid4().hex[:12]}@example.net"

        full = mobile()
        zw = email("zw")
        return cls(
            resident_id=resident_id(rng), mobile=mobile(),
            full_width_mobile=full.translate(FULL_WIDTH),
            zw_email=zw[:4] + "\u200b" + zw[4:],
            user_email=email("user"), tool_phone=mobile(), parts_email=email("parts"),
            list_prompt_id=resident_id(rng), tool_email=email("tool"), schema_mobile=mobile(),
            stop_email=email("stop"),
        )

    def needles(self) -> dict[str, bytes]:
        ascii_full = self.full_width_mobile.translate({ord(c): ord("0") + i for i, c in
                                                       enumerate("０１２３４５６７８９")})
        values = {
            "resident_id": self.resident_id, "mobile": self.mobile,
            "full_width_mobile": self.full_width_mobile, "full_width_mobile_ascii": ascii_full,
            "zw_email": self.zw_email, "zw_email_plain": self.zw_email.replace("\u200b", ""),
            "zw_email_local": self.zw_email.split("@")[0].replace("\u200b", "")[4:],
            "user_email": self.user_email, "user_email_local": self.user_email.split("@")[0],
            "tool_phone": self.tool_phone, "parts_email": self.parts_email,
            "parts_email_local": self.parts_email.split("@")[0],
            "list_prompt_id": self.list_prompt_id, "tool_email": self.tool_email,
            "tool_email_local": self.tool_email.split("@")[0], "schema_mobile": self.schema_mobile,
            "stop_email": self.stop_email, "stop_email_local": self.stop_email.split("@")[0],
        }
        return {name: value.encode() for name, value in values.items()}


def send_hostile(system: System, c: HostileCanaries, run: CanaryRun) -> None:
    """Each form forced to the cloud; all must be answered on the device."""
    api = system.client()

    def chat(messages: list[dict[str, object]], stream: bool = False,
             **extra: object) -> Callable[[], str]:
        def call() -> str:
            args: dict[str, object] = dict(model="auto", messages=messages, max_tokens=4,
                                           extra_headers=TO_CLOUD, **extra)
            if stream:
                with api.chat.completions.with_streaming_response.create(
                        stream=True, **args) as response:  # type: ignore[call-overload]  # a test's free-form arguments
                    assert list(response.parse())
                    return f"200 stream {response.headers.get('x-duet-route')}"
            raw = api.chat.completions.with_raw_response.create(**args)  # type: ignore[call-overload]  # a test's free-form arguments
            raw.parse()
            return f"200 {raw.headers.get('x-duet-route')} {raw.headers.get('x-duet-reasons')}"
        return call

    def user(text: str) -> list[dict[str, object]]:
        return [{"role": "user", "content": text}]

    run.record("cjk resident id", chat(user(f"{HARD}我的身份证号是{c.resident_id}，请帮我核对。")))
    run.record("cjk mobile stream", chat(user(f"{HARD}手机号{c.mobile}，有事打给我。"), stream=True))
    run.record("full-width mobile", chat(user(f"{HARD} 电话：{c.full_width_mobile}")))
    run.record("zero-width email", chat(user(f"{HARD} Mail me at {c.zw_email} please.")))
    run.record("user field", chat(user(HARD), user=c.user_email))
    run.record("tool message", chat([
        {"role": "user", "content": HARD},
        {"role": "assistant", "content": "Looking up the owner."},
        {"role": "tool", "tool_call_id": "call_1", "content": f'{{"phone": "{c.tool_phone}"}}'},
    ]))
    run.record("content parts", chat([{"role": "user", "content": [
        {"type": "text", "text": f"{HARD} My email is "},
        {"type": "text", "text": c.parts_email},
    ]}], stream=True))

    def list_prompt() -> str:
        raw = api.completions.with_raw_response.create(
            model="auto", prompt=[f"{HARD} 身份证{c.list_prompt_id}"], max_tokens=4,
            extra_headers=TO_CLOUD)
        raw.parse()
        return f"200 {raw.headers.get('x-duet-route')} {raw.headers.get('x-duet-reasons')}"

    run.record("list prompt", list_prompt)
    notify = {"type": "function", "function": {
        "name": "notify", "description": f"Send the result to {c.tool_email} as well.",
        "parameters": {"type": "object", "properties": {"note": {"type": "string"}}}}}
    run.record("tool definition", chat(user(HARD), tools=[notify]))
    card = {"type": "json_schema", "json_schema": {"name": "card", "schema": {
        "type": "object", "properties": {"phone": {"type": "string", "const": c.schema_mobile}}}}}
    run.record("response format", chat(user(HARD), response_format=card))
    run.record("stop sequence", chat(user(HARD), stop=[c.stop_email]))


def checked_outcomes(run: CanaryRun) -> dict[str, str]:
    """Every hostile request was answered on the device, but the one whose only private part is
    the `user` field: it goes to the cloud, with the field as a keyed hash (so the search for
    that canary can fail)."""
    outcomes = {p.name: p.outcome for p in run.paths}
    for name, outcome in outcomes.items():
        assert outcome.startswith("200"), (name, outcome)
        assert ("cloud" if name == "user field" else "local") in outcome, (name, outcome)
    return outcomes

