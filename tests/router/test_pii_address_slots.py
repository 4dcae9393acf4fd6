"""Street addresses after a label, whatever their street words: the label makes them plain. Other
kinds of address (e-mail, IP) and labels followed by no address stay clean."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Name: Lea Vogt, Anschrift: 12 Kestrel Quadrangle, Brookvale, Telefon: 030 1234567", "12 Kestrel Quadrangle, Brookvale"),
    ('<div class="addr">7 Harbour Elbow, Port Ellis</div><span>x</span>', "7 Harbour Elbow, Port Ellis"),
    ("BEGIN:VCARD\nADR;TYPE=HOME:;;Via dei Tigli 22\nEND:VCARD", "Via dei Tigli 22"),
    ("Dirección: 45 Willow Circlet", "45 Willow Circlet"),
    ("房屋坐落88 Orchard Ronde，租期一年", "88 Orchard Ronde"),
    ("地址：Otto-K.-Brand-Gasse 4/1, Steyr", "Otto-K.-Brand-Gasse 4/1, Steyr"),
    ("I'm at 9 Mercer Pathway, Alton 2698, gate code 4471", "9 Mercer Pathway, Alton 2698"),
    (">> Please ship to 31 Lantern Ground\n> ok", "31 Lantern Ground"),
])
def test_an_address_after_its_label(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


def test_the_address_wins_over_a_name_inside_it() -> None:
    text = "Anschrift: 648 Oliver Piazza, Craigville"
    assert [(s.type, s.value) for s in detect_pii(text)] == [("street_address", "648 Oliver Piazza, Craigville")]


@pytest.mark.parametrize("text", [
    "ship to the office on floor 3",
    "the address is below",
    "my email address: none yet, will send 2 links",
    "What's the IP address: is 3 enough?",
    "地址：北京路",
])
def test_no_address_after_the_label(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "value"), [
    ("地址：rue de Vauclair", "rue de Vauclair"),
    ("Dirección: avenue Morel, Teléfono: 612 345 678", "avenue Morel"),
])
def test_a_street_word_first_needs_no_number(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


def test_a_street_word_before_small_letters_is_no_address() -> None:
    assert_clean("地址：place to be")


def test_a_hemisphere_letter_is_not_the_next_word() -> None:
    spans = [(s.type, s.value) for s in detect_pii("share my location -6.6913, 82.0432 with Ana")]
    assert ("gps_coordinates", "-6.6913, 82.0432") in spans
