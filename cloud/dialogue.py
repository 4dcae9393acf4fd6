"""Conversations for base models: a few-shot dialogue with stop sequences and a repeat penalty.

A base model (the packaged Gemma 3 270M file has no chat template, and knows no turn tokens)
continues text. Laid out as a plain transcript after two short example exchanges, it answers as
the next "Assistant:" line; the stop sequences end the answer where the model would go on to
write the user's next line, and the repeat penalty keeps it from looping on a phrase.
"""

from __future__ import annotations

import dataclasses

from duet.core.backend import GenerationRequest

DIALOGUE_TEMPLATE = (
    "{{ bos_token }}The following is a conversation between a user and a helpful, accurate "
    "assistant. The assistant answers in clear, complete sentences.\n\n"
    "User: What is the capital of France?\nAssistant: The capital of France is Paris.\n\n"
    "User: How many legs does a spider have?\nAssistant: A spider has eight legs.\n\n"
    "{% for m in messages %}"
    "{% if m['role'] in ('system', 'developer') %}{{ m['content'] | trim }}\n\n"
    "{% elif m['role'] == 'assistant' %}Assistant: {{ m['content'] | trim }}\n\n"
    "{% else %}User: {{ m['content'] | trim }}\n{% endif %}"
    "{% endfor %}{% if add_generation_prompt %}Assistant:{% endif %}"
)
DIALOGUE_STOPS = ("\nUser:", "\n\n\n", "\nAssistant:")
REPEAT_PENALTY = 1.3


def with_dialogue_stops(request: GenerationRequest) -> GenerationRequest:
    """``request`` with the dialogue's stop sequences added (chat requests only)."""
    if request.messages is None:
        return request
    stops = tuple(dict.fromkeys((*request.params.stop, *DIALOGUE_STOPS)))
    return dataclasses.replace(request, params=dataclasses.replace(request.params, stop=stops))
