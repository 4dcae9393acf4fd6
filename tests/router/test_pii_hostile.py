"""PII detection on text written the way people really write it.

Every format type appears glued to Chinese characters, next to Chinese punctuation, inside JSON
strings, at the start and end of the text, with separators, and each case is retyped in
full-width characters and with invisible characters inside the value. The detected span must
have the exact type and cover exactly the original characters of the value (so redaction
removes the invisible ones too). Look-alikes that carry no personal data must stay clean.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from duet.router.privacy import detect_pii, redact_text
from duet.router.privacy.normalize import normalize

FORMAT_TYPES = frozenset({
    "email", "phone", "cn_resident_id", "credit_card", "iban", "ip_address", "vin", "license_plate",
    "gps_coordinates", "passport", "bank_account", "api_key_secret", "medical_record", "date_of_birth",
})

# (type, text with {v} where the value goes, value)
CASES: list[tuple[str, str, str]] = [
    ("email", "邮箱是{v}，收到请回复", "zhang.wei.1988@163.com"),
    ("email", "请发到{v}。", "li_na@qq.com"),
    ("email", '{"email":"{v}","name":null}', "ops-team+alerts@example.org"),
    ("email", "{v} is my work address", "jane.doe@mail.co.uk"),
    ("email", "联系人邮箱（{v}）", "m.chen@uni-heidelberg.de"),
    ("email", "write to me: {v}", "dev.ops@cn.example.com"),
    ("email", "联系邮箱：{v}，周末也看", "chen_xiao.ming@example.co.uk"),
    ("phone", "手机号{v}，晚上打", "13912345678"),
    ("phone", "我的电话是{v}。", "158-2193-6047"),
    ("phone", "联系电话：{v}", "+86 186 1025 4397"),
    ("phone", "手机{v}随时找我", "0086 13705718842"),
    ("phone", "有事打{v}找我", "+8615821936047"),
    ("phone", "座机{v}转人工", "021-64381234"),
    ("phone", "公司电话（{v}）", "0755-86013388"),
    ("phone", '{"phone":"{v}"}', "13912345678"),
    ("phone", "Phone: {v}", "6505550123"),
    ("phone", "call {v} after 6", "(0116) 4960576"),
    ("phone", "our London office is {v}.", "+44 20 7946 0958"),
    ("phone", "ring me on {v} tomorrow", "07912 345678"),
    ("phone", "Tel. {v}", "030 90182044"),
    ("phone", "Mobil: {v}", "+49 151 23456789"),
    ("phone", "電話{v}，週一到週五", "02-2345-6789"),
    ("phone", "手機：{v}", "0912-345-678"),
    ("phone", "{v} is the number to text", "415.555.0134"),
    ("phone", "reach me at {v}", "+1 (650) 253-0000"),
    ("phone", "電話：{v}", "+886 912 345 678"),
    ("phone", "Mobile {v}", "2125551234"),
    ("phone", "订单联系人电话{v}，到了打", "18610254397"),
    ("phone", "ph. {v}", "020 7946 0958"),
    ("phone", 'call me on "{v}"', "07700 900123"),
    ("cn_resident_id", "身份证号是{v}，请核对", "320102198807150018"),
    ("cn_resident_id", "身份证：{v}。", "44030619920228453X"),
    ("cn_resident_id", "证件号码{v}", "110108197506192710"),
    ("cn_resident_id", '{"id_card":"{v}"}', "510107200111306624"),
    ("cn_resident_id", "{v} is my ID number", "330106196904120038"),
    ("cn_resident_id", "身份证号码：{v}", "210202 19830909 1246"),
    ("cn_resident_id", "身份证 {v} 小写", "44030619920228453x"),
    ("cn_resident_id", "身份证号是{v}（校验位可能抄错了）", "110101199003077777"),
    ("cn_resident_id", "老身份证：{v}", "110105710923582"),
    ("credit_card", "信用卡号{v}有效期到27年", "4539148803436467"),
    ("credit_card", "my Visa is {v}, exp 03/28", "4539 1488 0343 6468"),
    ("credit_card", "信用卡 {v}，", "5425-2334-3010-9903"),
    ("credit_card", "Visa {v} exp 11/27", "4539 1488 0343 6467"),
    ("credit_card", "Amex {v}.", "3714 496353 98431"),
    ("credit_card", '{"card_number":"{v}"}', "6011000999900016"),
    ("credit_card", "刷的是（{v}）这张", "3566002020360505"),
    ("iban", "IBAN：{v}。", "GB33BUKB20201555555555"),
    ("iban", "收款账户{v}，", "NL91ABNA0417164300"),
    ("iban", "wire it to {v} please", "DE44 5001 0517 5407 3249 31"),
    ("iban", "iban={v}&amount=10", "FR1420041010050500013M02606"),
    ("iban", '{"iban":"{v}"}', "CH9300762011623852957"),
    ("ip_address", "我家服务器的IP是{v}，帮我看看", "203.0.113.45"),
    ("ip_address", "my home server is at {v}", "81.2.69.160"),
    ("ip_address", "连不上{v}了", "192.168.31.20"),
    ("ip_address", '{"client_ip":"{v}"}', "198.51.100.23"),
    ("ip_address", "IPv6地址{v}，", "2409:8a1e:6c20:1f30::1a"),
    ("ip_address", "路由器管理页面{v}", "10.0.0.138"),
    ("ip_address", "{v} keeps hitting my NAS", "91.198.174.192"),
    ("ip_address", "IPv6：{v}）", "e250:607b:6f0c:5928:8291:740b:8d67:f5f1"),
    ("ip_address", "ping {v} from the office", "16.26.20.1"),
    ("vin", "车架号{v}，", "LSVAU218XN2183294"),
    ("vin", "VIN：{v}", "WVWZZZ1K9AW123456"),
    ("vin", "my car {v} needs a recall check", "5YJ3E1EA2KF317000"),
    ("vin", '{"vin":"{v}"}', "JTDKN3DU6A0123456"),
    ("vin", "车辆识别代号{v}。", "LFV2A21K4G3045817"),
    ("license_plate", "车牌号{v}，", "京A·F0236"),
    ("license_plate", "我的车{v}停在B2", "粤B6T9K2"),
    ("license_plate", "新能源{v}进场", "沪AD12345"),
    ("license_plate", "车牌：{v}", "浙A-88X21"),
    ("license_plate", "my reg is {v}", "AB12 CDE"),
    ("license_plate", "plate: {v}", "7ABC123"),
    ("license_plate", '{"plate":"{v}"}', "苏E·5Q8P1"),
    ("gps_coordinates", "坐标{v}，", "31.2304,121.4737"),
    ("gps_coordinates", "位置：{v}", "39.9087°N, 116.3975°E"),
    ("gps_coordinates", "我在{v}附近", "北纬39.9087，东经116.3975"),
    ("gps_coordinates", "lat/lng {v}", "48.8584, 2.2945"),
    ("gps_coordinates", "pin: ({v})", "-33.8688, 151.2093"),
    ("gps_coordinates", "GPS：{v}", "22.5431 114.0579"),
    ("gps_coordinates", "we parked at {v}.", "-22.6486, -2.8935"),
    ("gps_coordinates", '{"lat":{v},"lng":114.0579}', "22.5431"),
    ("passport", "护照号{v}，", "EJ4826153"),
    ("passport", "passport no. {v}", "533380006"),
    ("passport", "Reisepass {v}", "C01X00T47"),
    ("passport", "护照：{v}", "G28461937"),
    ("passport", '{"passport":"{v}"}', "K7162534"),
    ("passport", "my passport number is {v}.", "12AB34567"),
    ("bank_account", "账号{v}，", "6217000010012345678"),
    ("bank_account", "银行卡号：{v}", "6222 0212 3456 7890 123"),
    ("bank_account", "account number {v}, sort code 20-00-00", "41926387"),
    ("bank_account", "转账到工行卡{v}", "6212261202011584353"),
    ("bank_account", "Acct# {v}", "000123456789"),
    ("bank_account", "银行账号：{v}", "6584867606524042"),
    ("bank_account", '{"account_no":"{v}"}', "6230580000123456789"),
    ("medical_record", "病历号{v}，", "MR20230915001"),
    ("medical_record", "住院号：{v}", "2023091501"),
    ("medical_record", "MRN: {v}", "7734021"),
    ("medical_record", "patient ID {v}", "PT-4471093"),
    ("medical_record", '{"mrn":"{v}"}', "00482913"),
    ("date_of_birth", "出生日期{v}，", "1990年3月7日"),
    ("date_of_birth", "生日：{v}", "1990-03-07"),
    ("date_of_birth", "DOB {v}", "07/03/1990"),
    ("date_of_birth", "born on {v} in Leeds", "3 March 1990"),
    ("date_of_birth", '{"dob":"{v}"}', "1985-11-23"),
    ("date_of_birth", "我是{v}出生的", "1988年12月1日"),
    ("api_key_secret", "密钥{v}，别外传", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t"),
    ("api_key_secret", "token：{v}", "ghp_8fK2mQ7xR4tY9wL3nZ6vB1cD5eH0jS2aP7uX"),
    ("api_key_secret", '{"aws_key":"{v}"}', "AKIAQ3EGUXT7KZ5RMN2P"),
    ("api_key_secret", "密码是{v}，", "Qw3rty!2024"),
    ("api_key_secret", "export OPENAI_API_KEY={v}", "sk-Zx8Cv7Bn6Mm5Aa4Ss3Dd2Ff1Gg0Hh9"),
    ("api_key_secret", "用这个{v}调接口", "sk_live_51HqLmN2kP9xYtR7vZ3wQ"),
    # keywords glued on in front, or naming the value after it
    ("iban", "留了IBAN{v}，请回电", "GB33BUKB20201555555555"),
    ("ip_address", "公网IP{v}对吗", "81.2.69.160"),
    ("ip_address", "公网IP{v}对吗", "2409:8a1e:6c20:1f30::1a"),
    ("vin", "留了VIN{v}，请尽快处理", "WVWZZZ1K9AW123456"),
    ("vin", "{v}这辆车有没有召回", "KNDJT2A2XB7PK4RST"),
    ("vin", "is there a recall on my car {v}?", "SALGA2BE5LA9XYZWV"),
    ("medical_record", "{v}是我的病案号，别弄丢了", "2021338470"),
    ("bank_account", "{v}是我的银行卡号", "6217.0000.1001.2345.678"),
    ("bank_account", "pay into account {v} by Friday", "NWBK60161331926819"),
    ("date_of_birth", "{v}是我的生日", "1993/08/14"),
    ("phone", "Save {v} as Dad in my contacts", "7185550199"),
    ("phone", "打{v}找我", "149-8115-9885"),
    ("license_plate", "Kennzeichen {v} wurde geblitzt", "B-MK 4821"),
    ("license_plate", "please update my number plate to {v}.", "HD-AB-123"),
    ("credit_card", "card number = {v}; charge it", "675912345674"),
    ("credit_card", "用{v}这张卡付款", "2131 008765 43217"),
    ("api_key_secret", "postgres://app:{v}@db.internal:5432/app", "Tq8@zR2!mW"),
    ("api_key_secret", "please change my password to {v} today", "Lm9#vQ2xTz"),
    ("api_key_secret", "{v} (wifi password)", "Gx7!pQ2mVz"),
    ("api_key_secret", "{v}（登录密码）", "Summer97#"),
    ("license_plate", "can you check if plate number {v} looks right", "NR-OF-2"),
    ("passport", "use {v} as the passport number", "K72945183"),
    ("date_of_birth", "{v} is my date of birth", "14.03.1987"),
    ("phone", "Emergency contact: Dana Whitfield, {v}", "0912 345 678"),
    ("phone", "{v} keeps calling me, is it spam?", "0917 555 123"),
    ("bank_account", "{v} (savings account)", "41926387"),
    ("medical_record", "Use {v} as the chart number", "5891-57768"),
    ("medical_record", "case number {v} for the referral", "MR-2023-00123"),
    ("license_plate", "my car {v} was towed last night", "7ABC123"),
    ("phone", "Call {v} today", "+44 (0)20 7946 0958"),
    ("phone", "Tel {v}", "(03091) 82044"),
    ("vin", "look up {v} please", "1HGBH41JXMN109186"),
    ("bank_account", "转到这张卡{v}，谢谢", "6222 0212 3456 7894"),
    ("api_key_secret", "支付密码 {v}，别告诉别人", "880912"),
    ("date_of_birth", "Geburtsdatum: {v}", "07.03.1990"),
    ("ip_address", "block {v} on the firewall", "3.47.235.175"),
]


# A column named as phones: the cells are phone numbers whatever their form.
TABLES = [
    ("name,email,phone\nA. Example,a@example.com,{v}\n", "(06221) 981234"),
    ("| 姓名 | 电话 |\n|---|---|\n| 某人 | {v} |\n", "0571 8888 1234"),
    ("id\tmobile\n7\t{v}\n", "01314960610"),
]


@pytest.mark.parametrize(("template", "value"), TABLES)
def test_phone_column_cells_are_phones(template: str, value: str) -> None:
    head, _, tail = template.partition("{v}")
    text = head + value + tail
    assert ("phone", len(head), len(head) + len(value)) in [(s.type, s.start, s.end) for s in detect_pii(text)]


def _fullwidth(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in value)


def _insert(char: str) -> Callable[[str], str]:
    """Put ``char`` between the first pair of neighbouring letters or digits past the middle."""
    def apply(value: str) -> str:
        for i in range(max(1, len(value) // 2), len(value)):
            if value[i - 1].isalnum() and value[i].isalnum():
                return value[:i] + char + value[i:]
        return value
    return apply


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda v: v,
    "fullwidth": _fullwidth,
    "zero-width-space": _insert("\u200b"),
    "soft-hyphen": _insert("\u00ad"),
    "word-joiner-and-bidi": lambda v: _insert("\u2060\u200e")(_insert("\u200d")(v)),
    # default-ignorable fillers and selectors, and a combining mark on a digit or letter
    "hangul-filler-and-selector": lambda v: _insert("\u3164")(_insert("\ufe0f")(v)),
    "combining-mark": _insert("\u0301"),
    # decimal digits of other scripts, which NFKC leaves as they are
    "arabic-indic-digits": lambda v: v.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    "devanagari-digits": lambda v: v.translate(str.maketrans("0123456789", "०१२३४५६७८९")),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("pii_type", "template", "value"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_hostile_forms_are_found_exactly(pii_type: str, template: str, value: str, variant: str) -> None:
    typed = VARIANTS[variant](value)
    head, _, tail = template.partition("{v}")
    text = head + typed + tail
    spans = detect_pii(text)
    exact = [s for s in spans if (s.start, s.end) == (len(head), len(head) + len(typed))]
    assert [s.type for s in exact] == [pii_type], (text, spans)
    assert exact[0].value == typed
    redacted, mapping = redact_text(text, spans)
    assert typed not in redacted and mapping[f"[{pii_type.upper()}_1]"] == typed


# Values that identify themselves: found with no keyword, wherever they stand.
SELF_EVIDENT = [
    ("email", "wang.lei@example.cn"), ("phone", "13705718842"), ("phone", "+44 20 7946 0958"),
    ("phone", "(0116) 4960576"), ("cn_resident_id", "330106196904120038"), ("credit_card", "5425 2334 3010 9903"),
    ("iban", "GB33BUKB20201555555555"), ("ip_address", "81.2.69.160"), ("vin", "LFV2A21K4G3045817"),
    ("license_plate", "粤B6T9K2"), ("gps_coordinates", "31.2304,121.4737"), ("passport", "EJ4826153"),
    ("api_key_secret", "ghp_8fK2mQ7xR4tY9wL3nZ6vB1cD5eH0jS2aP7uX"),
]


@pytest.mark.parametrize(("pii_type", "value"), SELF_EVIDENT, ids=[f"{t}-{v}" for t, v in SELF_EVIDENT])
def test_self_evident_values_anywhere(pii_type: str, value: str) -> None:
    for text, start in ((value, 0), (value + "。", 0), ("好的" + value + "谢谢", 2), ("x " + value + " y", 2),
                        ("「" + value + "」", 1), ('"' + value + '",', 1)):
        spans = [(s.type, s.start, s.end) for s in detect_pii(text)]
        assert spans == [(pii_type, start, start + len(value))], text


LOOK_ALIKES = [
    ("order number", "订单号2024051712345678901的物流到哪了"),
    ("order number glued", "您的订单DD20240517008812已发货"),
    ("version like an IP", "升级到v10.2.3.4之后就卡了"),
    ("version zh", "版本1.2.3.4和1.2.3.5有什么区别"),
    ("version word", "running build 4.15.2.7 on the CI box"),
    ("git sha", "revert commit 9fceb02d0ae598e95dc970b74767f19372d61af8 please"),
    ("short sha", "the fix is in a1b2c3d4e5f6, cherry-pick it"),
    ("sha256", "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("isbn 13", "ISBN 978-7-111-54742-6 这本书怎么样"),
    ("isbn 10", "ISBN 0-306-40615-2 is out of print"),
    ("flight number", "航班CA1831明早8点起飞"),
    ("flight number en", "My flight UA857 lands at 6:40"),
    ("invoice id", "发票号码04400123451234567890已作废"),
    ("invoice en", "Invoice INV-2024-000317 is overdue"),
    ("tracking number", "顺丰单号SF1402887123456查一下"),
    ("ups tracking", "tracking 1Z999AA10123456784 shows delivered"),
    ("18 digits failing GB 11643", "流水号320102198807150019处理中"),
    ("18 digits, bad date", "编号110108197513452718"),
    ("16 digits failing Luhn", "兑换码4539148803436468还能用吗"),
    ("18 digits failing GB 11643, no keyword", "运单110101199003077777已签收"),
    ("15 digits, no keyword", "设备序列号110105710923582"),
    ("mistyped iban, no keyword", "ref DE00 3704 0044 0532 0130 00 please"),
    ("unix timestamp", "时间戳1715932800000换成日期"),
    ("timestamp iso", "2024-05-17T09:14:02.123Z request failed"),
    ("price", "总价¥12,345.67，优惠后11999元"),
    ("price en", "It costs $1,299.99 or 1299.99 USD"),
    ("big integer", "2的64次方是18446744073709551616"),
    ("math", "计算 3.1415926 * 2.7182818 的结果"),
    ("decimal pair", "误差在0.0012, 0.0034之间"),
    ("chinese amount", "营收13800000000元，同比增长12.5%"),
    ("student id", "学号2021211305的成绩单"),
    ("postal code", "邮编100080，北京海淀"),
    ("year range", "1990-2020年的GDP数据"),
    ("score", "比分3:2，第89分钟进球"),
    ("time", "会议在14:30到15:45之间"),
    ("hex color", "背景色改成#1a2b3c"),
    ("uuid", "request id 550e8400-e29b-41d4-a716-446655440000 failed"),
    ("mac-like build", "型号RTX4090显卡值得买吗"),
    ("product code", "型号 iPhone15ProMax 256GB"),
    ("semver", "npm install react@18.2.0 fails"),
    ("python version", "Python 3.11.7 vs 3.12.1"),
    ("ip-like in filename", "打开文件report_2024.05.17.1.pdf"),
    ("coords-like ratio", "比例是1.5, 2.5"),
    ("service number", "客服热线95588"),
    ("short number", "验证码是483921"),
    ("placeholder email", "格式是name@domain"),
    ("at in prose", "meet @ 5pm at the cafe"),
    ("placeholder key", "把OPENAI_API_KEY设置成sk-...就行"),
    ("invoice number shaped like a mobile", "发票号码13912345678已作废"),
    ("employee number shaped like a mobile", "工号13934219201"),
    ("order number passing Luhn", "Order #4539148803436467 has shipped"),
    ("parcel number passing the VIN check", "顺丰单号SF452867988159165查一下"),
    ("version after a product name", "Chrome 16.26.20.1 之后就卡了"),
    ("list of decimals", "误差依次为69.1834, 13.8127, 9.4978, 84.6791"),
    ("14 digits with a Visa prefix", "2的64次方约是42679298550600"),
    ("coupon code", "兑换码5800 0196 5418 2265"),
    ("18 digits, no such province", "编号963181200308014983"),
    ("code naming a key", "os.getenv('OPENAI_API_KEY') returns None"),
    ("plate-like value eaten by no filler", "the NR-OF-2 form is for the plate office"),
]


@pytest.mark.parametrize(("case", "text"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_look_alikes_stay_clean(case: str, text: str) -> None:
    found = [(s.type, s.value) for s in detect_pii(text) if s.type in FORMAT_TYPES]
    assert found == [], case


@pytest.mark.parametrize(("case", "text"), LOOK_ALIKES[::3], ids=[c[0] for c in LOOK_ALIKES[::3]])
def test_look_alikes_stay_clean_in_fullwidth(case: str, text: str) -> None:
    found = [(s.type, s.value) for s in detect_pii(_fullwidth(text)) if s.type in FORMAT_TYPES]
    assert found == [], case


def test_normalize_maps_every_folded_character_back() -> None:
    text = "a\u200bｂ㎏c\u00ad\u00add\ufb01e\u2060"
    norm = normalize(text)
    assert norm.text == "abkgcdfie"
    assert [norm.span(i, i + 1) for i in range(len(norm.text))] == [
        (0, 1), (2, 3), (3, 4), (3, 4), (4, 5), (7, 8), (8, 9), (8, 9), (9, 10)]
    assert norm.span(0, len(norm.text)) == (0, 10)


def test_plain_text_is_not_copied() -> None:
    text = "plain ASCII text with an email a@b.io"
    assert normalize(text).text is text

