"""Context fit as a routing signal: the router's rule, the device tokenizer's bounds, and what
the pool advertises."""

from __future__ import annotations

import base64
import hashlib
import time

import pytest

from duet.cloud.config import LlamaReplicaConfig, ModelConfig, OpenAIReplicaConfig
from duet.core.backend import GenerationRequest, RequestContext, SamplingParams
from duet.core.errors import ContextLengthExceeded
from duet.core.settings import EdgeSettings, EngineSettings
from duet.edge_agent.agent import EdgeAgent
from duet.core.v1 import duet_pb2 as pb
from duet.edge_agent.context_fit import ContextGauge, gauge_for
from duet.engines.llama_cpp import LocalEngine
from duet.router import ConnectivitySnapshot, ContextNeed, Router, Signals

ROUTER = Router()
EASY = [{"role": "user", "content": "Fix the typos: teh cat sat on teh mat."}]


def decide(need: ContextNeed | None, **signals: object) -> tuple[str, tuple[str, ...], dict]:
    decision = ROUTER.decide(Signals(EASY, context=need, **signals))  # type: ignore[arg-type]  # test keyword arguments
    step = next((t for t in decision.trace if t["step"] == "context"), {})
    return decision.target, decision.reasons, step


@pytest.mark.parametrize(("need", "signals", "target", "reasons"), [
    (ContextNeed(4800, 16, 2048, 8192), {}, "cloud", ("context_overflow",)),
    (ContextNeed(4800, 16, 2048, None), {}, "cloud", ("context_overflow",)),  # an old pool
    (ContextNeed(1900, 512, 2048, 8192), {}, "cloud", ("context_overflow",)),  # no room to answer
    (ContextNeed(1000, 512, 2048, 8192), {}, "local", ("difficulty_low",)),
    (ContextNeed(9000, 16, 2048, 8192), {}, "local", ("difficulty_low",)),  # fits nowhere
    (ContextNeed(4800, 16, 2048, 8192), {"privacy_tag": "local_only"}, "local", ("privacy_tag",)),
    (ContextNeed(4800, 16, 2048, 8192), {"connectivity": ConnectivitySnapshot(state="down")},
     "local", ("offline",)),
    (ContextNeed(4800, 16, 2048, 8192), {"forced_target": "local"}, "cloud", ("context_overflow",)),
    (ContextNeed(4800, 16, 2048, 8192), {"sticky_target": "local"}, "cloud", ("context_overflow",)),
    (None, {}, "local", ("difficulty_low",)),
])
def test_the_router_sends_what_only_the_cloud_holds_to_the_cloud(
    need: ContextNeed | None, signals: dict, target: str, reasons: tuple[str, ...]
) -> None:
    got_target, got_reasons, step = decide(need, **signals)
    assert (got_target, got_reasons) == (target, reasons)
    if need is not None:
        assert step["state"] == need.state and step["prompt_tokens"] == need.prompt_tokens


@pytest.fixture(scope="module")
def gauge() -> ContextGauge:
    found = gauge_for(LocalEngine(EngineSettings(n_threads=1)), 512)
    assert found is not None
    return found


def _request(text: str, max_tokens: int | None = None) -> GenerationRequest:
    return GenerationRequest("auto", SamplingParams(max_tokens=max_tokens),
                             messages=[{"role": "user", "content": text}])


TEXTS = {
    "short": "Turn on the radio.",
    "prose": "Teh quick brown fox jumpd over the lazzy dog near the rivr bank. " * 120,
    "code": "def f(x):\n    return [i * i for i in range(x) if i % 3 == 0]\n" * 60,
    "numbers": "3.14159 2.71828 1.41421 " * 120,
    "chinese": "请把这段文字里的错别字改正过来，谢谢。" * 80,
    "json": '{"id": 12345, "name": "sensor-7", "values": [1.25, 3.5]}\n' * 60,
    "base64": base64.b64encode(hashlib.sha512(b"duet").digest() * 40).decode(),
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_the_estimate_bounds_the_true_count(gauge: ContextGauge, kind: str) -> None:
    request = _request(TEXTS[kind])
    low, high = gauge.bounds(request)
    assert low <= len(gauge.engine.tokenize(request)) <= high


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_an_estimate_that_is_trusted_agrees_with_the_count(gauge: ContextGauge, kind: str) -> None:
    for max_tokens in (16, 512):
        request = _request(TEXTS[kind], max_tokens)
        estimated, close = gauge.estimated(request, 4096)
        counted = gauge.counted(request, 4096)
        assert counted.counted and not estimated.counted
        if not close:
            assert (estimated.state, estimated.prompt_fits_local) == (
                counted.state, counted.prompt_fits_local)


def test_short_and_very_long_prompts_are_not_counted(gauge: ContextGauge) -> None:
    assert not gauge.estimated(_request("Turn on the radio.", 64), 8192)[1]
    need, close = gauge.estimated(_request(TEXTS["prose"] * 4, 64), 32768)
    assert not close and need.state == "overflow"


def test_an_engine_that_cannot_count_has_no_gauge() -> None:
    assert gauge_for(object(), 512) is None


def test_the_pool_advertises_a_context_length_when_it_knows_one() -> None:
    llama = LlamaReplicaConfig(kind="llama_cpp", name="a", n_ctx=4096)
    small = LlamaReplicaConfig(kind="llama_cpp", name="b", n_ctx=2048)
    remote = OpenAIReplicaConfig(kind="openai", name="c", url="http://x/v1")
    assert ModelConfig(name="m", replicas=[llama, small]).advertised_context() == 2048
    assert ModelConfig(name="m", replicas=[llama, remote]).advertised_context() is None
    assert ModelConfig(name="m", replicas=[remote], context_length=8192).advertised_context() == 8192


def test_a_model_from_an_older_pool_has_no_context_length() -> None:
    old = pb.Model.FromString(pb.Model(id="m", owned_by="x").SerializeToString())
    assert not old.HasField("context_length")
    new = pb.Model.FromString(pb.Model(id="m", context_length=8192).SerializeToString())
    assert new.HasField("context_length") and new.context_length == 8192


def test_a_prompt_counted_to_route_it_is_not_counted_again_to_answer_it(
    gauge: ContextGauge, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = gauge.engine
    calls: list[int] = []
    real = engine._tokenize  # type: ignore[attr-defined]  # the llama.cpp engine's own count

    def counting(request: GenerationRequest) -> list[int]:
        calls.append(1)
        return real(request)  # type: ignore[no-any-return]  # as the engine returns it

    monkeypatch.setattr(engine, "_tokenize", counting)
    request = _request(TEXTS["prose"] + " once", 16)
    need = gauge.counted(request, 8192)
    assert len(engine.tokenize(request)) == need.prompt_tokens and len(calls) == 1
    changed = _request(TEXTS["prose"] + " twice over", 16)
    assert len(engine.tokenize(changed)) > need.prompt_tokens and len(calls) == 2


async def test_a_refusal_rests_on_an_exact_count_never_on_the_estimate(gauge: ContextGauge) -> None:
    """Long runs of spaces take far fewer tokens than any learned rate: the estimate says the
    prompt cannot fit, the count says it does, and the request is planned, not refused."""
    agent = EdgeAgent(gauge.engine, ROUTER, EdgeSettings())  # type: ignore[arg-type]  # the real engine behind the gauge
    ctx = RequestContext("r", "t", {"x-duet-privacy": "local_only"}, deadline=time.monotonic() + 30)
    sparse = _request(("x" + " " * 31) * 400, 16)
    assert not agent.context.estimated(sparse, None)[0].prompt_fits_local  # type: ignore[union-attr]  # the llama.cpp engine has a gauge
    plan = await agent._plan(sparse, ctx)
    step = next(t for t in plan.decision.trace if t["step"] == "context")
    assert step["counted"] and step["prompt_tokens"] < 2048 and plan.decision.target == "local"
    with pytest.raises(ContextLengthExceeded) as refused:
        await agent._plan(_request(TEXTS["prose"] * 2, 16), ctx)
    assert "(estimated)" not in refused.value.message and "tagged local_only" in refused.value.message
