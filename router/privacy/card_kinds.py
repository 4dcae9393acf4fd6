"""Credit card or bank account: what a Luhn-valid card number found in a text is.

The dataset's convention: China's debit cards and cards named as debit cards or accounts are
``bank_account``; the rest ``credit_card``.
"""

from __future__ import annotations

import re

from duet.router.privacy.scan import lowered, named_after

CARD_KEY = re.compile(r"credit card|信用卡|(?<![a-z])cc(?![a-z])|visa|mastercard|master card|amex|american express|discover card|"
                       r"diners club|jcb|unionpay credit|kreditkarte|carte de crédit|tarjeta de crédito|carta di credito|"
                       r"creditcard|cartão de crédito|karta kredytowa|クレジットカード|신용카드")
# Any word about a card or a payment (a card number near one is a card even without a listed prefix).
ANYCARD_KEY = re.compile(r"card|卡|(?<![a-z])cc(?![a-z])|(?<![a-z])exp(?:iry|ires|iration|\.)?(?![a-z])|valid thru|cvv|cvc|"
                           r"security code|billing|checkout|purchase|subscription|有效期|安全码|消费|扣款|订阅|payment|charge|pay|paid|paying|付款|支付|刷|visa|"
                           r"mastercard|maestro|amex|jcb")
# Named as a debit card or a bank account: the number is a ``bank_account``.
_DEBIT_CONTEXT = re.compile(r"储蓄卡|借记卡|银行卡|[工农建交招中]行卡|工资卡|户名|账号|账户|帐号|帐户|帳號|帳戶|debit|"
                            r"account (?:no|number|#)|(?:savings|checking|current|bank) account|acct|a/c", re.I)

# What only a credit card is quoted with.
_CREDIT_ONLY = re.compile(r"有效期|安全码|(?<![a-z])(?:cvv2?|cvc|exp(?:iry|ires|\.)?|valid thru)(?![a-z])")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Money sent to a UnionPay card is sent to a debit card ("转到这张卡…", "卡号…你转一下").
_TRANSFER_TO = re.compile(r"转到|轉到|转账|轉帳|转入|轉入|打到|汇到|匯到|汇入|匯入|收款|你转|转我|轉我|transfer to|pay into", re.I)
_ENGLISH_CARD = re.compile(r"(?<![a-z])card(?: (?:number|no\.?|#))?(?: is)?\s*[:=#]?\s*$")


_OWN_CARD_WORD = re.compile(r"card|卡")


def is_debit(text: str, m: re.Match[str], number: str) -> bool:
    """Whether the card is a debit card or an account (``bank_account``): a 19-digit UnionPay
    card, or one of 17 or 18 digits in Chinese text, or one named as a debit card or an account —
    unless the words naming it call it a credit card ("信用卡账号", "debit/credit card",
    "银行卡（信用卡）"): a credit-card word that ends after the debit word starts wins."""
    lo = max(0, m.start() - 32)
    line = text.rfind("\n", lo, m.start()) + 1
    if line > lo and _OWN_CARD_WORD.search(lowered(text), line, m.start()):
        lo = line  # "Account no. 2193…\nCard 4231…": the line's own card word names it, not the account above
    credit = [c.end() for c in CARD_KEY.finditer(lowered(text), max(0, m.start() - 24), m.start())]
    debit_words = list(_DEBIT_CONTEXT.finditer(text, lo, m.start()))
    if credit and (not debit_words or credit[-1] >= debit_words[-1].start()):
        return False
    if number.startswith("62") and len(number) < 19 and not debit_words and _ENGLISH_CARD.search(lowered(text), lo,
                                                                                                 m.start()):
        return False  # "我的 card number 6210-…": an English card word names a credit card (not a 19-digit one)
    if not debit_words and _CREDIT_ONLY.search(lowered(text), max(0, m.start() - 16), min(len(text), m.end() + 16)):
        return False  # "刷卡6208-…有效期到27年": an expiry or a security code is a credit card's
    # China's debit cards have 19 digits (some 17 or 18); its credit cards 16, like the others.
    near = (max(0, m.start() - 12), min(len(text), m.end() + 12))
    # (a debit word right after it, past a comma: "6217…，这个账号还能用吗")
    if number.startswith("62") and (len(number) == 19 or _TRANSFER_TO.search(text, *near)
                                    or _DEBIT_CONTEXT.search(text, m.end(), near[1])
                                    or len(number) != 16 and _CJK.search(text, *near) is not None):
        return True
    item = _ITEM_END.search(text, m.end(), m.end() + 40)  # "… and checking account 123": the next item's
    return bool(debit_words) or named_after(_DEBIT_CONTEXT, text[:item.start()] if item else text, m.end())


_ITEM_END = re.compile(r"[\n;]|\s(?:and|or|but|plus|also)\s|[，,]\s*(?:and\s)?")
