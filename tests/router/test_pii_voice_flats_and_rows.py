"""Numbers dictated in English words or typed with Chinese numerals among digits; flats in Chinese
housing estates, addresses in small letters, Indian addresses without a flat word, Korean
addresses; passport lists; names after "尊敬的" and Korean names after Chinese cues; NHI and
grouped IHI numbers; points with double primes; plates after "rego for" and with a space after the
province — each next to what only looks like one."""

from __future__ import annotations

import pytest

from tests.router.pii_checks import assert_clean, assert_found


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("door code changed, call me on 87507, oh eight eight oh six if it doesn't work", "phone",
     "87507, oh eight eight oh six"),
    ("I gave them my cell, oh seven five four one, 879552.", "phone", "oh seven five four one, 879552"),
    ("我电话是幺三九 五九五三 零八九二", "phone", "幺三九 五九五三 零八九二"),
    ("提醒我明天下午三点给王鑫回电话，号码是186 6704 二五七零", "phone", "186 6704 二五七零"),
    ("送到杭州市西湖区天目山路636号中海国际社区6-2-2002，到了打幺五幺83256776", "phone", "幺五幺83256776"),
    ("严辉1763851 9535四川大学江安校区西园7舍325室", "phone", "1763851 9535"),
    ("Claimant: Ragna Petersen\nNHI: TGJ5408\nAddress: 1864 clark ct", "medical_record", "TGJ5408"),
    ("Hi Clara, your results for IHI 8003 6055 4920 3475 are back.", "medical_record", "8003 6055 4920 3475"),
    ("The trailhead is at 6°36′28.1″N 3°15′51.5″E. How long is the drive?", "gps_coordinates",
     "6°36′28.1″N 3°15′51.5″E"),
    ("把36° 1′ 35″ N 120° 17′ 36″ E这个坐标在地图上标出来", "gps_coordinates", "36° 1′ 35″ N 120° 17′ 36″ E"),
    ("帮我查一下浙 D·D72461有没有违章", "license_plate", "浙 D·D72461"),
    ("renew rego for 4YPN 471 by 27 Aug", "license_plate", "4YPN 471"),
    ("幫我睇下呢張月結單：戶口號碼 162016908386，點解扣咗年費？", "bank_account", "162016908386"),
    ("帮我看看怎么用：个人番号 5130-2897-8186，氏名 伊藤 健太", "national_id", "5130-2897-8186"),
    ("what does my korean resident number 7702191110522 say about me?", "national_id", "7702191110522"),
    ("尊敬的石华，您的爱车贵J·U8377交强险到期", "person_name", "石华"),
    ("韩国同事이하은的주민등록번호是541214-1503864", "person_name", "이하은"),
    ("who is Mercedes Ruiz and why is she in my calendar on thursday", "person_name", "Mercedes Ruiz"),
    ("check these passport details for the group booking\n1  ELIISA KUJALA  P6599331  06OCT59", "passport", "P6599331"),
    ("check these passport details for the group booking\n1  ELIISA KUJALA  P6599331  06OCT59", "person_name",
     "ELIISA KUJALA"),
    ("passport list\n2  LORENA MICHELLE MARTINS  PE182526  23.08.89", "date_of_birth", "23.08.89"),
    ("住址绿地世纪城二期25栋1902", "street_address", "绿地世纪城二期25栋1902"),
    ("打车去金水区保利香槟国际11号楼2单元3002室，到了", "street_address", "金水区保利香槟国际11号楼2单元3002室"),
    ("导航到滨江大道75号院23号楼6门203，避开高速", "street_address", "滨江大道75号院23号楼6门203"),
    ("Navigate to 1019 e maple way unit 1345, sacramento ca 95831 and tell", "street_address",
     "1019 e maple way unit 1345, sacramento ca 95831"),
    ("he's at flat 10, 70 lakeview road, norwich\nMe: ok", "street_address", "flat 10, 70 lakeview road, norwich"),
    ("my old address, A-508, Orchid Enclave, HSR Layout, Bengaluru, Karnataka 560143. How do I update it?",
     "street_address", "A-508, Orchid Enclave, HSR Layout, Bengaluru, Karnataka 560143"),
    ("my address is now Vill. Vadgaon, PO Maval, Dist. Pune, Maharashtra - 412115", "street_address",
     "Vill. Vadgaon, PO Maval, Dist. Pune, Maharashtra - 412115"),
    ("the flat at 113-1001, 239 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13854 this weekend",
     "street_address", "113-1001, 239 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13854"),
    ("住在(03935) 서울특별시 마포구 월드컵북로 290 109동 2206호", "street_address",
     "(03935) 서울특별시 마포구 월드컵북로 290 109동 2206호"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert_found(text, kind, value)


@pytest.mark.parametrize("text", [
    "the phone has one, two, three, four, five, six, seven, eight, nine buttons",
    "call me at one or two o'clock, number of guests is three",
    "电话会议在2024年三月五日",
    "I walked 3 blocks down the road",
    "take the 38 or walk to Central Park Zoo?",
    "第3栋楼有1200人",
    "我住3栋1203",
    "who is Taylor Swift dating",
    "insurance for 2024 costs more",
    "ping 2001:db8::1 - the tutorial uses it but it always times out",
    "尊敬的客户，您好",
])
def test_clean(text: str) -> None:
    assert_clean(text)
