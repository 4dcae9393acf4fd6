"""Privacy canaries: unique private strings sent through every path, then searched for in
everything that leaves the device or persists.

Each canary is new per run (uuid-based), so any occurrence found is a leak of this run: the
bytes that crossed the edge → cloud link (captured by the fault proxy; plaintext gRPC), the cloud's
log, the shared Redis (every key and value), the edge's log (at debug level) and both /metrics.
"""

from __future__ import annotations

import secrets
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import openai

from tests.scenarios.system import HARD, NO_CACHE, TO_CLOUD, System, ask


@dataclass(frozen=True)
class Canaries:
    email: str
    phone: str
    api_key: str
    local_only: str  # plain text, private only by its tag

    @classmethod
    def new(cls) -> Canaries:
        tag = uuid.uuid4().hex
        alphabet = string.ascii_letters + string.digits
        return cls(
            email=f"canary-{tag}@example.com",
            phone=f"+1 650 253 {secrets.randbelow(9000) + 1000}",
            api_key="sk-" + "".join(secrets.choice(alphabet) for _ in range(40)),
            local_only=f"canary-local-{uuid.uuid4().hex}",
        )

    def needles(self) -> dict[str, bytes]:
        """What to search for: each canary, and the distinctive part of each (a leak may be
        re-encoded or split around the rest)."""
        digits = self.phone.replace(" ", "").replace("+", "")
        return {
            "email": self.email.encode(),
            "email_id": self.email.split("@")[0].removeprefix("canary-").encode(),
            "phone": self.phone.encode(),
            "phone_digits": digits.encode(),
            "phone_last": self.phone.rsplit(" ", 2)[-2].encode() + b" " + self.phone.rsplit(" ", 1)[-1].encode(),
            "api_key": self.api_key.encode(),
            "api_key_body": self.api_key[3:].encode(),
            "local_only": self.local_only.encode(),
            "local_only_id": self.local_only.removeprefix("canary-local-").encode(),
        }

    def pii_text(self) -> str:
        return (f"{HARD} Then mail it to {self.email}, text me at {self.phone}; "
                f"my key is {self.api_key}.")

    def local_text(self) -> str:
        return f"{HARD} Reference {self.local_only}."


@dataclass
class PathResult:
    name: str
    outcome: str  # e.g. "200 local pii", "400 invalid_request_error"


@dataclass
class CanaryRun:
    canaries: Canaries
    paths: list[PathResult] = field(default_factory=list)

    def record(self, name: str, call: Callable[[], str]) -> None:
        try:
            outcome = call()
        except openai.APIStatusError as exc:
            outcome = f"{exc.status_code} {exc.code or exc.type}"
        self.paths.append(PathResult(name, outcome))


def _chat(api: openai.OpenAI, content: str, *, stream: bool = False, headers: dict[str, str] | None = None,
          **params: object) -> str:
    args: dict[str, object] = dict(model="auto", messages=ask(content), max_tokens=4,
                                   extra_headers=headers or {}, **params)
    if stream:
        with api.chat.completions.with_streaming_response.create(stream=True, **args) as response:
            chunks = list(response.parse())
            route = response.headers.get("x-duet-route")
            reasons = response.headers.get("x-duet-reasons")
        assert chunks, "an empty stream"
        return f"200 stream {route} {reasons}"
    raw = api.chat.completions.with_raw_response.create(**args)
    raw.parse()
    return (f"200 {raw.headers.get('x-duet-route')} {raw.headers.get('x-duet-reasons')} "
            f"cache={raw.headers.get('x-duet-cache')}")


def send_everywhere(system: System, canaries: Canaries) -> CanaryRun:
    """Every path a private request can take, with the cloud up."""
    api = system.client()
    run = CanaryRun(canaries)
    pii, local = canaries.pii_text(), canaries.local_text()
    tag = {"x-duet-privacy": "local_only"}
    redact = {"x-duet-privacy": "redact"}
    # public answers, so the shared Redis holds something the search reads
    run.record("public cached", lambda: _chat(api, "Say hello.", temperature=0))
    run.record("public cached cloud", lambda: _chat(api, "Say hello.", temperature=0,
                                                   headers={"x-duet-route": "cloud"}))
    run.record("pii json", lambda: _chat(api, pii, headers=NO_CACHE))
    run.record("pii stream", lambda: _chat(api, pii, stream=True, headers=NO_CACHE))
    run.record("pii cache miss", lambda: _chat(api, pii, temperature=0))
    run.record("pii cache hit", lambda: _chat(api, pii, temperature=0))
    run.record("pii stream cache", lambda: _chat(api, pii, stream=True, temperature=0))
    run.record("pii forced cloud", lambda: _chat(api, pii, headers=TO_CLOUD))
    run.record("pii forced cloud stream", lambda: _chat(api, pii, stream=True, headers=TO_CLOUD))
    run.record("pii completions", lambda: _completion(api, pii))
    run.record("tag header json", lambda: _chat(api, local, headers={**tag, **NO_CACHE}))
    run.record("tag header stream", lambda: _chat(api, local, stream=True, headers=tag))
    run.record("tag header cache", lambda: _chat(api, local, headers=tag, temperature=0))
    run.record("tag header cache hit", lambda: _chat(api, local, headers=tag, temperature=0))
    run.record("tag metadata", lambda: _chat(
        api, local, temperature=0, extra_body={"metadata": {"privacy": "local_only"}}))
    run.record("tag metadata forced cloud", lambda: _chat(
        api, local, headers=TO_CLOUD, extra_body={"metadata": {"privacy": "local_only"}}))
    run.record("tag in a conversation", lambda: _conversation(api, canaries))
    run.record("redact json", lambda: _chat(api, pii, headers={**redact, **NO_CACHE}))
    run.record("redact stream", lambda: _chat(api, pii, stream=True, headers={**redact, **NO_CACHE}))
    run.record("redact cached", lambda: _chat(api, pii, headers=redact, temperature=0))
    run.record("redact cache hit", lambda: _chat(api, pii, headers=redact, temperature=0))
    run.record("redact forced cloud", lambda: _chat(api, pii, headers={**redact, **TO_CLOUD}))
    run.record("oversized prompt", lambda: _chat(api, pii + " pad" * 1000, headers=NO_CACHE))
    run.record("bad temperature", lambda: _chat(api, pii, temperature=7))
    run.record("bad n", lambda: _chat(api, pii, n=3))
    run.record("bad role", lambda: _raw(system, {"model": "auto", "messages": [
        {"role": "wizard", "content": pii}]}))
    run.record("unknown model", lambda: _chat_model(api, "no-such-model", pii))
    run.record("bad json", lambda: _raw_bytes(system, b'{"model": "auto", "messages": [{"content": "'
                                               + pii.encode() + b'"'))
    return run


def send_during_outage(system: System, run: CanaryRun) -> None:
    """Fallback paths: the cloud unreachable (connections reset) while private requests come."""
    api = system.client()
    canaries = run.canaries
    pii = canaries.pii_text()
    redact = {"x-duet-privacy": "redact"}
    run.record("redact fallback", lambda: _chat(api, pii, headers={**redact, **NO_CACHE}))
    run.record("redact fallback stream", lambda: _chat(api, pii, stream=True,
                                                      headers={**redact, **NO_CACHE}))
    run.record("pii offline", lambda: _chat(api, pii, headers=NO_CACHE))
    run.record("tag offline forced cloud", lambda: _chat(
        api, canaries.local_text(), headers={"x-duet-privacy": "local_only", **TO_CLOUD}))


def _completion(api: openai.OpenAI, prompt: str) -> str:
    raw = api.completions.with_raw_response.create(model="auto", prompt=prompt, max_tokens=4,
                                                   extra_headers=NO_CACHE)
    raw.parse()
    return f"200 {raw.headers.get('x-duet-route')} {raw.headers.get('x-duet-reasons')}"


def _chat_model(api: openai.OpenAI, model: str, content: str) -> str:
    api.chat.completions.create(model=model, messages=ask(content), max_tokens=2)
    return "200"


def _conversation(api: openai.OpenAI, canaries: Canaries) -> str:
    """The private turn earlier in a conversation, a harmless hard question last."""
    raw = api.chat.completions.with_raw_response.create(
        model="auto", max_tokens=4, extra_headers=NO_CACHE,
        messages=[{"role": "user", "content": f"Remember {canaries.email}."},
                  {"role": "assistant", "content": "Noted."},
                  {"role": "user", "content": HARD}],
    )
    raw.parse()
    return f"200 {raw.headers.get('x-duet-route')} {raw.headers.get('x-duet-reasons')}"


def _raw(system: System, body: dict[str, object]) -> str:
    response = httpx.post(system.url + "/v1/chat/completions", json=body, timeout=30)
    return f"{response.status_code} raw"


def _raw_bytes(system: System, body: bytes) -> str:
    response = httpx.post(system.url + "/v1/chat/completions", content=body, timeout=30,
                          headers={"content-type": "application/json"})
    return f"{response.status_code} raw"


@dataclass
class Search:
    """Where each canary was found (expected: nowhere)."""

    places: dict[str, bytes]
    needles: dict[str, bytes]

    def found(self) -> dict[str, dict[str, int]]:
        return {
            place: hits for place, data in self.places.items()
            if (hits := {name: data.count(n) for name, n in self.needles.items() if data.count(n)})
        }

    def sizes(self) -> dict[str, int]:
        return {place: len(data) for place, data in self.places.items()}
