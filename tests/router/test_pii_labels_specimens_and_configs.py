"""Names under labels of other languages and in register forms (initials, "van 't"), birth dates
after Vietnamese, Turkish, Korean and French words and in Japanese era forms, secrets in
connection strings, key/value exports, SDK arguments and command lines — each next to what only
looks like one: routing numbers, documentation addresses, published test values and the numbers
set aside for fiction, brands and characters named after people, places that open with a surname."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Renter: T. van 't Wal\nVehicle: Nissan Sentra", "person_name", "T. van 't Wal"),
    ("Sender: Bekele T.\nBeneficiary: Sunita Qureshi", "person_name", "Bekele T."),
    ("Patient: N.F. Benali\nChart no.: 33-639156", "person_name", "N.F. Benali"),
    ("PURCHASER: Itzel Navarro Fernández\nof Av. Constitución 370", "person_name", "Itzel Navarro Fernández"),
    ("1-3. Surname(s), first name(s): SANTIAGO MARTÍNEZ ORTEGA\n4. Date of birth", "person_name",
     "SANTIAGO MARTÍNEZ ORTEGA"),
    ("児童氏名：加藤\u3000蒼太\n生年月日：H25.5.28", "person_name", "加藤\u3000蒼太"),
    ("성명: 이하은\n주민등록번호: 790808-1612391", "person_name", "이하은"),
    ("收件人：강서준\n地址：부산광역시", "person_name", "강서준"),
    ("Kiracı: Inoue Sota\nT.C. Kimlik No: 57416285750", "person_name", "Inoue Sota"),
    ("Họ và tên: Do Hoang Trang\nSố CCCD: 092143820578", "person_name", "Do Hoang Trang"),
    ("Ngày sinh: 29-4-49\nĐiện thoại: +84 98 780 61 46", "date_of_birth", "29-4-49"),
    ("Doğum tarihi: 6/16/55\nTelefon: +90 551 278 00 35", "date_of_birth", "6/16/55"),
    ("생년월일: 1979년 8월 8일\n주소", "date_of_birth", "1979년 8월 8일"),
    ("生年月日: S44/11/03\n旅券番号: ZZ1155567", "date_of_birth", "S44/11/03"),
    ("Case 2025/65457/NSW  Pillai, Divya  (b. 11/25/49)  of HC 63 Box 1293", "date_of_birth", "11/25/49"),
    ("4. Date of birth (day-month-year): 17.03.89\n13. Number", "date_of_birth", "17.03.89"),
    ("we need the date of birth on the policy (9/feb/1948) confirmed", "date_of_birth", "9/feb/1948"),
    ("Je soussignée, Anouk den Wal, née le 23 août 1992 à Lyon", "date_of_birth", "23 août 1992"),
    ("DefaultEndpointsProtocol=https;AccountName=prodfiles;AccountKey=5dLuzVXPm0SqifMO1MOTIPbptOPPi5J96UWk+GF==;"
     "EndpointSuffix=core.windows.net", "api_key_secret", "5dLuzVXPm0SqifMO1MOTIPbptOPPi5J96UWk+GF=="),
    ("qywx.corpsecret=cbc512838242e7cdc5ae4f63dd3987c0\nqywx.agentid=1000002", "api_key_secret",
     "cbc512838242e7cdc5ae4f63dd3987c0"),
    ('{"key":"db_pwd","value":"jY005sU8rvHBX+t-Kwoc"}', "api_key_secret", "jY005sU8rvHBX+t-Kwoc"),
    ('client = Client(ak="0NuynT3sgBaZwfZA8jhIYU0lWvjyBuI3", sk="JAyuvusp4q3rQOrcTwCE")', "api_key_secret",
     "JAyuvusp4q3rQOrcTwCE"),
    ("sqlplus hr/Pho4760_@//192.168.7.112:1521/ORCLPDB1", "api_key_secret", "Pho4760_"),
    ("0 3 * * * mysqldump -h172.30.234.4 -uroot -p'D=oybFNB*LNHSIKgdb' shop", "api_key_secret", "D=oybFNB*LNHSIKgdb"),
    ("Send it to account 123456780, routing 021000021", "bank_account", "123456780"),
    ("Call me on 07700 900461 tomorrow", "phone", "07700 900461"),
    ("622848******0315这张卡是张伟的", "person_name", "张伟"),
    ("窦飞，17647794663，金色家园五期17栋604", "person_name", "窦飞"),
    ("ping 192.0.2.10 from the office", "ip_address", "192.0.2.10"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "sortKey=createdAtDescending2",
    "idempotencyKey=8f9a2b3c4d5e6f7a8b9c",
    '{"key":"base_url","value":"https://api.example.com"}',
    "AccountKey=<your-account-key>;",
    "b0819c0aa9162a3249da705b99cde26d71777cc649b09ef540bdafa是文件的 SHA-256 还是密码的？怎么区分",
    "What's the difference between Wells Fargo (routing 121000248) and a wire routing number?",
    "is routing number 021000089 for direct deposit or only wires?",
    "TV scripts use numbers like 07700 900461 and 555-0172. Why were those chosen?",
    "ICAO 的样本护照号 L898902C3（持照人是虚构的 Anna Maria Eriksson）的 MRZ 校验位怎么算？",
    "Braintree's sandbox accepts 4111 1111 1111 1111 but rejects our own cards",
    "Stripe's test bank account 000123456789 with routing 110000000 succeeds",
    "put the example IBAN NL91 ABNA 0417 1643 00 in the unit test fixture",
    "国标 GB 11643 里的示例号码 11010519491231002X，這個在測試時可以用嗎？",
    "explain how the check digits work on the Woolworth wallet SSN 078-05-1120",
    "set an alarm for 7:30am and remind me the meeting ID is 032-139-152",
    "connect to the wifi called Starbucks WiFi",
    "ping 192.0.2.10 - the tutorial uses it but it always times out",
    "五菱宏光MINI的OTA 推送了13.1.1.93，要不要升",
    "622848******0315这张卡的账单日是哪天",
    "去成都市武侯区人民法院立案需要带什么材料？",
    "周大福和李锦记哪个更值得加盟？说说优缺点",
    "写一段苏大强和樊胜美相遇的小剧场，搞笑一点",
])
def test_clean(text: str) -> None:
    assert_clean(text)
