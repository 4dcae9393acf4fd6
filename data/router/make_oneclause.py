"""Write extra-oneclause.jsonl: short prompts that one clause makes hard, next to easy twins.

Out of fold, the lowest-scored hard prompts were short and hard through one clause: exact
big-number arithmetic, a check-digit calculation, a liar puzzle, a classic proof, specialist
code assignment, a translation for a given legal system, a rewrite under classical constraints,
a fact question that asks for each person's contribution; above them scored short easy
look-alikes (a trick question, sentiment of one review, a polish of one line). Here each hard
prompt has an easy twin on the same subject (the same numbers, the same text, the same topic),
so the clause that asks for the hard part is what the model must read. Registers vary: terse,
casual with typos, formal, mixed Chinese and English. No personal data. Labels follow the dev
set's rule (/work/shared/data/README.md).

Each line: C (cloud) or L (local), the category, the prompt. Run: python data/router/make_oneclause.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

EN = """
L math_word_problem what's 4096 times 25
C math_word_problem multiply 73918264551 by 48209377 exactly, no rounding, and verify the product with casting out nines
L math_word_problem 15% tip on a $64 bill?
C math_word_problem What is 7^222 mod 1000? Show every reduction step.
L quick_fact where is the ISBN printed on a book usually
C other ISBN-10 0-19-852663-? — work out the missing check digit with the weights and say which single-digit typos the scheme can't catch
L quick_fact how many digits in a UPC barcode
L extraction pull the ISBNs out of this so I can paste them: Dune 978-0-441-17271-9; Emma 978-0-14-143958-7; Ulysses 978-0-679-72276-1
C other The UPC 03600029145? has a smudged last digit. Compute it step by step, then explain whether two swapped neighbouring digits would always be caught.
L reasoning_multistep riddle: what has keys but can't open locks?
C reasoning_multistep Knights always tell the truth, knaves always lie. A says "B is a knave." B says "A and C are the same kind." C says nothing. How many knights can there be? Go through every case.
L reasoning_multistep do all months have 28 days? quick answer
C reasoning_multistep Four suspects, exactly one lies: Ann says Ben did it, Ben says Dee did it, Cal says he didn't, Dee says Ben is lying. Who did it and who lied? prove there is only one answer
L quick_fact is the square root of 3 rational, yes or no
C math_proof prove sqrt(3) is irrational
L quick_fact how many edges does a tree with 10 vertices have
C math_proof Prove that every tree on n vertices has exactly n-1 edges, by induction, covering the base case properly.
L quick_fact is 91 prime
C math_proof Prove that there are infinitely many primes p with p ≡ 5 (mod 6).
L classification Is this ticket about billing or shipping? "I was charged twice for the same order."
C classification Assign 6-digit HS codes to a cordless drill sold with its battery, a bamboo cutting board and silicone baking mats, with the General Interpretative Rules you applied.
L classification spam or not: "Congrats!! You won a $500 gift card, click to claim"
C classification Code this discharge summary line in ICD-10-CM with the right sequencing: acute on chronic systolic heart failure due to hypertensive heart disease with stage 3 CKD.
L translation_short translate "see you tomorrow at the station" to Japanese
C translation_short Translate into German so it holds up under German contract law, keeping the terms of art: "The Receiving Party shall not disclose Confidential Information to any third party without the prior written consent of the Disclosing Party."
L translation_short how do u say "force majeure" in spanish
C translation_short Render this clause in Spanish for a contract governed by Mexican law and explain which terms have no exact equivalent: "Neither party shall be liable for any failure to perform caused by force majeure, provided that notice is given within ten days."
L quick_fact who discovered penicillin
C quick_fact Who discovered penicillin, and why did it take more than a decade to reach mass production? Name the people involved in each step and what each contributed.
L quick_fact when did the berlin wall fall
C quick_fact Why did the Berlin Wall fall in November 1989 rather than earlier? Weigh the roles of Gorbachev, the Hungarian border opening and the press conference mistake.
L short_rewrite make this less stiff: "Kindly revert at your earliest convenience."
C short_rewrite Rewrite "Kindly revert at your earliest convenience" as a limerick, then as a haiku with a correct 5-7-5 count, and explain the scansion of each.
L coding_simple regex for a 5 digit US zip code
C coding_complex Write a streaming validator for a 40 GB CSV that checks the card column with Luhn, masks valid numbers, keeps look-alike order numbers, runs in constant memory and comes with tests.
L coding_simple python: convert 1700000000 unix time to a date string
C coding_complex My service logs epoch timestamps from three regions and the daily report double-counts events around DST changes. Design the fix for ingestion, storage and the report query, and explain the edge cases.
L summarize_short sum up in a few words: "Great screen, battery is meh, camera is fine."
C summarize_short Summarize this phone review in a few words, then judge whether its battery complaint would count as a defect under a 2-year EU warranty: "Great screen, battery is meh after 14 months, camera is fine."
"""

ZH = """
L math_word_problem 37 乘 24 等于几
C math_word_problem 精确计算 98765432123 × 4567891，写出每一步部分积，最后用模 9 验算
L math_word_problem 一件衣服 180 块打八折多少钱
C math_word_problem 求 3 的 1000 次方的最后三位数字，写出完整推导过程
L quick_fact ISBN 是什么的缩写
L extraction 把这几本书的 ISBN 按出版社前缀分一下组：978-7-02-000220-1、978-7-5442-5399-4、978-7-02-008123-7
C other 帮我 check 一下 ISBN 978-7-5442-1195-? 最后一位校验码应该是几，要写计算过程，再说说为什么这种校验发现不了某些相邻数字对调
L quick_fact 身份证最后一位为什么有时候是 X
C other 身份证号码的第 18 位校验码是怎么算出来的？用一个虚构的前 17 位完整演示一遍加权求和和取模的过程
L reasoning_multistep 脑筋急转弯：什么东西越洗越脏
C reasoning_multistep 甲说乙在说谎，乙说丙在说谎，丙说甲和乙都在说谎。到底谁说真话谁说假话？把每种情况都推一遍
L reasoning_multistep 一年有几个月有 28 天
C reasoning_multistep 五个人排队，A 不在第一，B 紧挨着 C，D 在 E 前面且两人之间隔一个人，C 不在最后。列出所有可能的排法并证明没有遗漏
L quick_fact 根号 2 大约等于多少
C math_proof 用反证法证明根号 2 是无理数，每一步都写清楚
L quick_fact 勾股定理是什么
C math_proof 给出勾股定理的两种不同证明，其中一种必须是不依赖图形面积的代数证明
L quick_fact 素数是什么意思
C math_proof 证明形如 6k+5 的素数有无穷多个
L classification 这条短信是不是垃圾短信：“恭喜您获得 5000 元贷款额度，点击链接立即领取”
C classification 给这条出院诊断编 ICD-10 码并说明主要诊断和次要诊断的排序依据：2 型糖尿病伴糖尿病肾病，高血压 3 级，慢性肾脏病 3 期
L classification 这条评价是好评还是差评：“物流很快，但是衣服有色差”
C classification 这三样出口货物分别归哪个 HS 编码（到 8 位），说明用了哪条归类总规则：带电池的无绳电钻、竹制砧板、硅胶烘焙垫
L translation_short “不可抗力”英文怎么说
C translation_short 把这条仲裁条款译成英文，措辞要符合香港国际仲裁中心示范条款的习惯，并解释“终局裁决”的译法：凡因本合同引起的争议，均应提交香港国际仲裁中心仲裁，仲裁裁决是终局的，对双方均有约束力。
L translation_short 帮我把“明天车站见”翻成日语
C translation_short 把这句租赁合同条款翻成英文，要适用英国法下的惯用表述，说明“押金”和“定金”在英文里怎么区分：承租人逾期支付租金超过十五日的，出租人有权解除合同并没收押金。
L short_rewrite 把“我很想家”说得口语一点
C short_rewrite 把“我离开故乡多年，每到中秋就格外想家”改写成一首七言绝句，押平水韵，标出平仄，并说明用了哪个典故
L short_rewrite 润色一下：本人做事认真负责，希望加入贵团队
C short_rewrite 把“本人做事认真负责，希望加入贵团队”改写成一段骈文风格的自荐辞，四六句式，至少用两个典故并注明出处
L quick_fact 青霉素是谁发现的
C quick_fact 青霉素是谁发现的？为什么从发现到大规模生产隔了十几年？把每个阶段的关键人物和他们各自的贡献讲清楚
L quick_fact 2015 年诺贝尔生理学或医学奖有中国人获奖吗
C quick_fact 2015 年诺贝尔生理学或医学奖的三位得主分别发现了什么？各自的发现是怎么一步步做出来的，对后来的药物研发有什么影响
L coding_simple python 怎么把 1700000000 这种时间戳转成日期
C coding_complex 三个地区的服务都写 epoch 时间戳，日报在夏令时切换那天总是重复统计。从采集、存储到报表查询设计一套修复方案，并说明各种边界情况
L coding_simple 写个正则匹配 6 位邮政编码
C coding_complex 写一个流式处理几十 GB 日志的脱敏工具：银行卡号用 Luhn 校验区分真卡号和长得像的订单号，只打码真的，内存占用恒定，附单元测试
L summarize_short 一句话概括：“屏幕很好，电池一般，拍照还行”
C summarize_short 先一句话概括这条评价，再判断它说的电池问题按《消费者权益保护法》和三包规定能不能要求换货：“用了 13 个月，屏幕很好，电池掉电特别快，拍照还行”
"""


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for line in block.strip().splitlines():
            mark, category, prompt = line.split(" ", 2)
            out.append({"id": f"oneclause-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": "cloud" if mark == "C" else "local", "category": category,
                        "pii": [], "source": "oneclause"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-oneclause.jsonl", rows()), "rows")
