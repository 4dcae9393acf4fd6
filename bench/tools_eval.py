"""Function calling and JSON output of a running Duet edge, with the official openai client.

    python -m bench.tools_eval --base-url http://127.0.0.1:8080/v1 [--limit N] [--route local]

Tool cases (bench/tools_cases.py) run with ``tool_choice="required"``, streamed: valid-call rate
(every call names a declared function and its arguments validate against its schema), exact
function-name accuracy (the names, in order, are the expected ones), argument accuracy (expected
arguments that match: strings contain the expected text, other values are equal) and the time to
the first complete call. Cases that need no tool run with ``tool_choice="auto"``: the share
answered in prose. JSON prompts run with ``response_format`` json_schema (strict) and json_object:
the share that parses (and validates). Every answer's ``x-duet-route`` is counted, so a forced
route that fell back to the other tier shows.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the environment
import openai

from bench.tools_cases import CASES, TOOLS, Call

SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}
TRIP = {"type": "object", "required": ["city", "days"], "additionalProperties": False,
        "properties": {"city": {"type": "string", "maxLength": 30}, "days": {"type": "integer"}}}
JSON_PROMPTS = ["Plan a weekend trip.", "推荐一个旅游城市和天数。", "Where should I go for a week?",
                "给我一个三天的行程城市。", "A city break in Italy, please.", "去海边玩几天好？",
                "I have ten days off in spring.", "帮我安排一次短途旅行。"]


def _arg_matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, str):
        return isinstance(actual, str) and expected.lower() in actual.lower()
    return bool(expected == actual and type(expected) is type(actual))


def score_calls(calls: list[tuple[str, str]], expected: list[Call]) -> dict[str, Any]:
    valid = bool(calls)
    for name, arguments in calls:
        try:
            jsonschema.validate(json.loads(arguments), SCHEMAS[name])
        except (KeyError, ValueError, jsonschema.ValidationError):
            valid = False
    names_ok = [n for n, _ in calls] == [n for n, _ in expected]
    total = sum(len(args) for _, args in expected)
    matched = 0
    for (name, want), got in zip(expected, calls):
        if got[0] == name:
            given = json.loads(got[1])
            matched += sum(_arg_matches(v, given.get(k)) for k, v in want.items())
    return {"valid": valid, "names": names_ok, "args_matched": matched, "args_total": total}


def run_call(client: openai.OpenAI, model: str, text: str, headers: dict[str, str],
             max_tokens: int) -> tuple[list[tuple[str, str]], float | None, float, str]:
    """The streamed calls, seconds to the first complete call, seconds in all, and the tier
    that answered (``x-duet-route``)."""
    start, first = time.perf_counter(), None
    parts: dict[int, list[str]] = {}
    with client.chat.completions.with_streaming_response.create(
        model=model, messages=[{"role": "user", "content": text}], tools=TOOLS,
        tool_choice="required", temperature=0, max_tokens=max_tokens, stream=True,
        extra_headers=headers) as response:
        route = response.headers.get("x-duet-route", "")
        chunks = list(response.parse())
    for chunk in chunks:
        for piece in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            entry = parts.setdefault(piece.index, ["", ""])
            entry[0] += (piece.function.name or "") if piece.function else ""
            entry[1] += (piece.function.arguments or "") if piece.function else ""
            if piece.function and piece.function.arguments and first is None:
                first = time.perf_counter() - start
    calls = [(parts[i][0], parts[i][1]) for i in sorted(parts)]
    return calls, first, time.perf_counter() - start, route


def run_prose(client: openai.OpenAI, model: str, text: str,
              headers: dict[str, str]) -> tuple[bool, str]:
    raw = client.chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}], tools=TOOLS,
        tool_choice="auto", temperature=0, max_tokens=32, extra_headers=headers)
    return not raw.parse().choices[0].message.tool_calls, raw.headers.get("x-duet-route", "")


def _json_answer(client: openai.OpenAI, model: str, prompt: str, headers: dict[str, str],
                 max_tokens: int, response_format: Any) -> tuple[Any, str]:
    """The parsed answer (None when it is not JSON) and the tier that answered; an answer that
    does not parse is printed with its finish reason (``length``: cut at max_tokens)."""
    raw = client.chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": prompt}], temperature=0,
        max_tokens=max_tokens, extra_headers=headers, response_format=response_format)
    choice, route = raw.parse().choices[0], raw.headers.get("x-duet-route", "")
    try:
        return json.loads(choice.message.content or ""), route
    except ValueError:
        print(json.dumps({"unparsed": choice.message.content, "finish": choice.finish_reason,
                          "format": response_format["type"]}, ensure_ascii=False), flush=True)
        return None, route


def run_json(client: openai.OpenAI, model: str, headers: dict[str, str], prompts: list[str],
             max_tokens: int) -> tuple[dict[str, float], list[str]]:
    schema_ok = object_ok = 0
    routes = []
    strict = {"type": "json_schema", "json_schema": {"name": "trip", "schema": TRIP,
                                                     "strict": True}}
    for prompt in prompts:
        answer, route = _json_answer(client, model, prompt, headers, max_tokens, strict)
        try:
            jsonschema.validate(answer, TRIP)
            schema_ok += 1
        except jsonschema.ValidationError:
            pass
        routes.append(route)
        answer, route = _json_answer(client, model, prompt, headers, max_tokens,
                                     {"type": "json_object"})
        object_ok += isinstance(answer, dict)
        routes.append(route)
        print(json.dumps({"json_prompt": prompt, "schema_ok": schema_ok, "object_ok": object_ok},
                         ensure_ascii=False), flush=True)
    n = max(1, len(prompts))
    return {"json_prompts": len(prompts), "json_schema_valid": schema_ok / n,
            "json_object_parses": object_ok / n}, routes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8080/v1")
    parser.add_argument("--model", default="auto")
    parser.add_argument("--route", default="local", help="x-duet-route: local, cloud or auto")
    parser.add_argument("--limit", type=int, default=0, help="run only the first N tool cases")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--json-max-tokens", type=int, default=160)
    args = parser.parse_args()
    client = openai.OpenAI(base_url=args.base_url, api_key="unused", timeout=900, max_retries=0)
    # answers from the model, never from the edge's response cache
    headers = {"x-duet-route": args.route, "cache-control": "no-cache, no-store"}
    tool_cases = [c for c in CASES if c[1]]
    prose_cases = [c for c in CASES if not c[1]]
    if args.limit:
        tool_cases, prose_cases = tool_cases[: args.limit], prose_cases[: max(1, args.limit // 4)]
    json_figures, routes = run_json(  # first: each prompt's figures print as it goes
        client, args.model, headers,
        JSON_PROMPTS[: max(1, args.limit // 4)] if args.limit else JSON_PROMPTS,
        args.json_max_tokens)
    scores, firsts, totals = [], [], []
    for text, expected in tool_cases:
        calls, first, total, route = run_call(client, args.model, text, headers, args.max_tokens)
        score = score_calls(calls, expected)
        scores.append(score)
        totals.append(total)
        routes.append(route)
        if first is not None:
            firsts.append(first)
        print(json.dumps({"case": text, "calls": calls, **score, "s": round(total, 2),
                          "route": route}, ensure_ascii=False), flush=True)
    prose_runs = [run_prose(client, args.model, text, headers) for text, _ in prose_cases]
    prose = [ok for ok, _ in prose_runs]
    routes += [route for _, route in prose_runs]
    n = max(1, len(scores))
    summary = {
        "route": args.route, "tool_cases": len(scores), "no_tool_cases": len(prose),
        "valid_call_rate": sum(s["valid"] for s in scores) / n,
        "name_accuracy": sum(s["names"] for s in scores) / n,
        "argument_accuracy": sum(s["args_matched"] for s in scores)
        / max(1, sum(s["args_total"] for s in scores)),
        "prose_when_no_tool_fits": sum(prose) / max(1, len(prose)),
        "first_call_s_median": round(statistics.median(firsts), 2) if firsts else None,
        "call_s_median": round(statistics.median(totals), 2) if totals else None,
        **json_figures,
        "answered_by": dict(Counter(routes)),  # x-duet-route of every answer
    }
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
