"""An address or a name is masked whole: the town and postcode after a street, the compass word
of a street's name, a house number a scanner misread, the place names a dictionary does not
know before a Chinese street, the particles and names after a given name. Redacted, none of it
is left beside the placeholder."""

from __future__ import annotations

import pytest

from duet.router.privacy.detector import detect_pii
from duet.router.privacy.redact import redact_text
from tests.router.pii_checks import assert_found


@pytest.mark.parametrize(("text", "value"), [
    ("Anschrift: Holzapfelgasse 874, Bitterfeld 29720, Telefon: +818038410569", "Holzapfelgasse 874, Bitterfeld 29720"),
    ("Anschrift: 5, avenue de Fouquet, Bodin-les-Bains 26715, Telefon: 0477 082 762",
     "5, avenue de Fouquet, Bodin-les-Bains 26715"),
    ("I'm at Avenida Alejandra Real 12, Almería, gate code 4471", "Avenida Alejandra Real 12, Almería"),
    ("Please ship to 192, avenue Caron, Fabre 10429 > ok thanks", "192, avenue Caron, Fabre 10429"),
    ("Dirección: 048 Ross Circle, Port Angelafort 2982", "048 Ross Circle, Port Angelafort 2982"),
    ("premises at 610 Jessica Ramp Apt. 803, East Jacqueline 20748, deposit $8,623.50",
     "610 Jessica Ramp Apt. 803, East Jacqueline 20748"),
    ("Lieferung: Hauptstraße 5, Frankfurt am Main, Deutschland, 60311", "Hauptstraße 5, Frankfurt am Main, Deutschland, 60311"),
    ("ship to 77 Main St, Portland, OR 97201. Call me", "77 Main St, Portland, OR 97201"),
    ("Anschrift: 56 Sandra Ridge, St. Thomasville, Telefon: +1-262-707-7215", "56 Sandra Ridge, St. Thomasville"),
    ("香港地址：Flat 11C, 10/F, Block 6, 28 Des Voeux Road West，收件人", "28 Des Voeux Road West"),
    ("lives at Lisannehof 9, 9784 BV Zuidschermer", "Lisannehof 9, 9784 BV Zuidschermer"),
])
def test_the_town_and_postcode_after_a_street(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Anschrift: Paffrathallee 4-1, Mainburg, Telefon: 0991 090777", "Paffrathallee 4-1, Mainburg"),
    ("I live at 12 Baker Street, I think", "12 Baker Street"),
    ("Dirección: Wirthring 6, Amberg, Tel 0911 123456", "Wirthring 6, Amberg"),
])
def test_a_label_or_a_sentence_after_the_comma_is_no_town(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize(("text", "value"), [
    ("地址：长寿区沈阳街90S号5单元1015 运单号：SF877713383868128", "长寿区沈阳街90S号5单元1015"),
    ("地址：房山区台北路7B9号3单元1151 谢谢", "房山区台北路7B9号3单元1151"),
    ("寄到鳳山水源街57號，謝謝", "鳳山水源街57號"),
    ("地址北竿福安巷3段512號", "北竿福安巷3段512號"),
    ("房屋坐落红霞市华龙区呼和浩特路503号3单元1219", "红霞市华龙区呼和浩特路503号3单元1219"),
    ("导航到淑华县永川区叶街78号4栋1994室，快到的时候给王洁发个微信", "淑华县永川区叶街78号4栋1994室"),
])
def test_a_chinese_address_whole(text: str, value: str) -> None:
    assert_found(text, "street_address", value)


@pytest.mark.parametrize(("text", "first"), [
    ("我们明天上午北京市朝阳区建国路88号开会", "明天"),
    ("备注：公司地址为广东省乌鲁木齐市东城区广州路1800号；明天再确认一次", "为"),
    ("帮我把地址改成内蒙古自治区天津市沈北新区北镇路1005弄80号", "改成"),
])
def test_no_words_before_a_chinese_address_but_place_names(text: str, first: str) -> None:
    spans = [s for s in detect_pii(text) if s.type == "street_address"]
    assert spans and not spans[0].value.startswith(first), spans


@pytest.mark.parametrize(("text", "value"), [
    ("My name is Nick van der Stael de Jonge and I", "Nick van der Stael de Jonge"),
    ("Contact: Siti Zulaikha binte Ismail, tel 91234567", "Siti Zulaikha binte Ismail"),
    ("call Jennifer Alvarez de la Cruz tomorrow", "Jennifer Alvarez de la Cruz"),
])
def test_a_name_with_its_particles(text: str, value: str) -> None:
    assert_found(text, "person_name", value)


def test_a_name_followed_by_words_stays_a_name() -> None:
    assert_found("call Jennifer Alvarez and the team", "person_name", "Jennifer Alvarez")


@pytest.mark.parametrize(("text", "leftovers"), [
    ("Please ship to Scheelallee 3/3, Gerolzhofen 97447 > ok thanks", ("Gerolzhofen", "97447")),
    ("地址：长寿区沈阳街90S号5单元1015", ("90S", "1015")),
    ("I'm Nick van der Stael de Jonge", ("Stael", "Jonge")),
])
def test_nothing_of_it_survives_redaction(text: str, leftovers: tuple[str, ...]) -> None:
    redacted = redact_text(text, detect_pii(text))[0]
    assert not any(piece in redacted for piece in leftovers), redacted
