"""The corpora's format tests check values with these; each knows a published example and the
same number with its last character changed."""

from __future__ import annotations

from tests.router.corpus_checks import cn_id_ok, hk_id_ok, iban_ok, luhn_ok, tw_id_ok, vin_ok


def test_the_checks_know_published_examples() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")
    assert cn_id_ok("11010519491231002X") and not cn_id_ok("110105194912310021")
    assert hk_id_ok("A1234563") and not hk_id_ok("A1234564")
    assert tw_id_ok("A123456789") and not tw_id_ok("A123456788")
    assert vin_ok("1M8GDM9AXKP042788") and not vin_ok("1M8GDM9A1KP042788")
