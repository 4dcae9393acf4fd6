"""Names in a list of people, where nothing but the list marks them: items down the lines (after
a bullet, a number, a weekday, a table number) or along a line (between commas, semicolons, 、
and "and"), at least two of them opening with a known given name or being Chinese names. Lists of
places, products, dishes and famous authors, and Chinese phrases that open with a surname's
character, stay clean.
"""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean
from duet.router.privacy.detector import detect_pii


@pytest.mark.parametrize(("text", "names"), [
    ("1. Walfried Klemm – vegetarian\n2. Monica Nguyen – no nuts\n3. Garrett Keller – none",
     {"Walfried Klemm", "Monica Nguyen", "Garrett Keller"}),
    ("- Ishaan Nayak (driver)\n- Primitiva Doménech (snacks)\n- Daniel Pimenta (music)",
     {"Ishaan Nayak", "Primitiva Doménech", "Daniel Pimenta"}),
    ("Rota\nMon Antoine Bouchet\nTue Gayathri Dutt\nWed Oscar Schwital", {"Antoine Bouchet", "Gayathri Dutt", "Oscar Schwital"}),
    ("RSVP yes: Ana Lima; Marit van Breugel; Peter Linke", {"Ana Lima", "Marit van Breugel", "Peter Linke"}),
    ("Winners: 1st Daniel Pimenta, 2nd valerie farrell, 3rd Anya Sethi", {"Daniel Pimenta", "valerie farrell", "Anya Sethi"}),
    ("名单：杨建华、高宇、王芳", {"杨建华", "高宇", "王芳"}),
])
def test_every_name_of_a_list_of_people(text: str, names: set[str]) -> None:
    found = {s.value for s in detect_pii(text) if s.type == "person_name"}
    assert names <= found, found


@pytest.mark.parametrize("text", [
    "Stack: Red Hat, Ubuntu Server, Debian Linux",
    "- Apple Pie\n- Banana Bread\n- Carrot Cake",
    "Cities:\nSan Diego\nSan Jose\nSanta Clara",
    "Read: George Orwell, Jane Austen, Mark Twain",
    "帮我写年终总结：要有数据、有反思、有规划，3000 字左右",
])
def test_lists_of_things_places_and_famous_people_stay_clean(text: str) -> None:
    assert_clean(text)


def test_a_list_of_hong_kong_and_singapore_names() -> None:
    text = "- Wong Lok Yee (driver)\n- Tsang Ting Wing (snacks)\n- Teo Hui Min (music)"
    found = {s.value for s in detect_pii(text) if s.type == "person_name"}
    assert {"Wong Lok Yee", "Tsang Ting Wing", "Teo Hui Min"} <= found, found
