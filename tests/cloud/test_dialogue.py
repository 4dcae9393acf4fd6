"""The base-model dialogue layout of the llama.cpp replica (no model needed to check it)."""

from __future__ import annotations

from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from duet.cloud.dialogue import DIALOGUE_STOPS, DIALOGUE_TEMPLATE, with_dialogue_stops
from duet.core.backend import GenerationRequest, SamplingParams


def test_a_conversation_becomes_a_transcript_ending_where_the_assistant_speaks() -> None:
    formatter = Jinja2ChatFormatter(template=DIALOGUE_TEMPLATE, eos_token="<eos>",
                                    bos_token="<bos>")
    prompt = formatter(messages=[
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "Capital of Italy?"},
    ]).prompt
    assert prompt.startswith("<bos>") and "<start_of_turn>" not in prompt
    assert prompt.endswith("Be brief.\n\nUser: Hi\nAssistant: Hello!\n\nUser: Capital of Italy?\n"
                           "Assistant:")


def test_stop_sequences_end_the_answer_before_the_next_user_line() -> None:
    request = GenerationRequest(model="m", params=SamplingParams(stop=("END",)),
                                messages=[{"role": "user", "content": "x"}])
    stops = with_dialogue_stops(request).params.stop
    assert stops[0] == "END" and set(DIALOGUE_STOPS) <= set(stops)
    prompt_only = GenerationRequest(model="m", params=SamplingParams(), prompt="x")
    assert with_dialogue_stops(prompt_only).params.stop == ()
