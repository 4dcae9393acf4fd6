"""The request part of a turn that pastes material: what is split off, and the named feature that
flags a digest of a long pasted text."""

from __future__ import annotations

from duet.router.features import extract, read, request_part

MEMO = ("The north lot will be resurfaced from the 18th to the 25th. During that week please use the garage "
        "on Elm Street; the company will reimburse the daily fee if you submit the receipts with your "
        "monthly expenses. Bike racks by the north entrance remain available, and the shuttle keeps its "
        "usual timetable.")
MEMO_ZH = ("下周一、周二办公室因楼层装修暂停使用，请大家周五下班前把笔记本电脑带回家，桌下不要留任何物品，"
           "搬家公司会统一清理。季度全员大会从十四日改到二十一日，时间地点不变。北区停车场下周重铺路面，"
           "请改停地下车库，停车费凭发票报销。自行车可以继续停在北门，班车时间不变。")


def _split(text: str) -> tuple[str, int] | None:
    _, window, length, _ = read([{"role": "user", "content": text}])
    return request_part(window, length)


def test_a_request_before_the_pasted_text_is_split_off() -> None:
    parts = _split(f"Summarise this for my manager in three bullets:\n\n{MEMO}")
    assert parts is not None
    assert parts[0] == "summarise this for my manager in three bullets:"
    assert parts[1] >= len(MEMO) - 2


def test_a_request_after_the_pasted_text_is_split_off() -> None:
    parts = _split(f"{MEMO}\n\nhow many dates are in that?")
    assert parts is not None and parts[0] == "how many dates are in that?"


def test_a_lead_in_ending_in_a_colon_is_the_request() -> None:
    parts = _split(f"把这段通知翻译成英文：{MEMO_ZH}")
    assert parts is not None and parts[0] == "把这段通知翻译成英文："
    one_line = _split(f"Proofread this and give me the corrected text only.\n{MEMO}")
    assert one_line is not None and one_line[0] == "proofread this and give me the corrected text only."


def test_a_long_turn_counts_the_payload_the_window_leaves_out() -> None:
    document = "\n\n".join([MEMO] * 8)
    parts = _split(f"Summarise the notice below.\n\n{document}")
    assert parts is not None
    assert parts[1] >= len(document) - 2  # the scan window holds 1,200 characters of it


def test_a_turn_that_pastes_nothing_has_no_request_part() -> None:
    # a long Chinese question in one line: the scan window's own line break is not a request's end
    assert _split(MEMO_ZH * 6) is None
    assert _split("what is the capital of australia") is None
    assert _split("Plan a three-day trip to Kyoto: temples, food, one day trip, a budget of 900 dollars.") is None
    long_question = ("I run a small bakery and want to know whether to lease or buy a second oven; it costs "
                     "12,000, leasing is 310 a month over four years, and we use the first oven ten hours a day.")
    assert _split(long_question) is None


def test_a_digest_of_a_long_pasted_text_is_flagged_and_a_look_up_in_it_is_not() -> None:
    document = "\n\n".join([MEMO] * 4)
    summary = extract([{"role": "user", "content": f"Summarise this for my manager:\n\n{document}"}])
    look_up = extract([{"role": "user", "content": f"{document}\n\nwhich street is the garage on?"}])
    short = extract([{"role": "user", "content": f"Summarise this in one line:\n\n{MEMO}"}])
    assert summary.get("r:digest_long") == 1.0
    assert "r:digest_long" not in look_up and "r:digest_long" not in short  # a short text's summary is easy
    zh = extract([{"role": "user", "content": "帮我总结一下要点：\n\n" + "\n\n".join([MEMO_ZH] * 4)}])
    assert zh.get("r:digest_long") == 1.0


def test_the_shipped_model_reads_a_long_pasted_text_by_what_is_asked() -> None:
    """A text written for this test, in no training file: a digest of it outranks a look-up in it."""
    from duet.router import DifficultyModel

    report = "\n\n".join([
        "Library renovation, status for the board. The east wing reopened on 3 March, two weeks late, "
        "because the fire doors failed their first inspection. Visitor numbers are back to 85 percent of "
        "last year; the children's section is busier than before, the study rooms are half empty.",
        "Costs: 1.9 million spent of a 2.1 million budget. The lift contract is disputed; the supplier "
        "claims 140,000 for extra work the council says was in the original scope. Lawyers on both "
        "sides have exchanged letters, and a mediation date has not been set.",
        "Staff: two librarians retired and were not replaced. Opening hours on Sunday were cut to four "
        "hours. The volunteers' programme has 31 people, up from 12, but training them takes a senior "
        "librarian one day a week.",
        "Next: the west wing closes in June for the same work. The contractor is the same; the board "
        "has asked for a penalty clause for delays this time.",
    ])
    model = DifficultyModel.load_default()

    def score(prompt: str) -> float:
        return model.score([{"role": "user", "content": prompt.format(text=report)}], top=0)[0]

    digests = [score("Summarise this for the board, with the main risks:\n\n{text}"), score("{text}\n\ntl;dr please")]
    look_ups = [score("{text}\n\nwhen did the east wing reopen?"), score("how many volunteers are there?\n\n{text}"),
                score("fix the typos in this:\n\n{text}")]
    assert min(digests) > 0.5
    assert min(digests) > max(look_ups)  # before r:digest_long: "tl;dr" 0.72, "when did …" 0.95


LOG = "\n".join(f"2025-02-18T10:42:0{i}Z ERROR worker-{i} exited with code 137 after {i * 40} ms" for i in range(6))


def test_of_two_short_paragraphs_the_one_that_asks_is_the_request() -> None:
    parts = _split(f"Pod keeps restarting since the upgrade. What's wrong?\n\n{LOG}\n\nkey = AKIA0000EXAMPLE")
    assert parts is not None and parts[0] == "pod keeps restarting since the upgrade. what's wrong?"


def test_a_diagnosis_of_pasted_material_is_flagged_at_any_length() -> None:
    """Asking what is wrong, or why, or telling the symptom over a log is debugging; the same log
    with a look-up or a conversion asked of it is not flagged."""
    for ask in ("Why does this keep failing?", "The service hangs every night, log below.", "帮我看看哪里写错了："):
        feats = extract([{"role": "user", "content": f"{ask}\n\n{LOG}"}])
        assert feats.get("r:digest_long") == 1.0, ask
    for ask in ("How many lines are in this log?", "Convert this log to CSV:", "把这段日志翻译成中文："):
        assert "r:digest_long" not in extract([{"role": "user", "content": f"{ask}\n\n{LOG}"}]), ask
