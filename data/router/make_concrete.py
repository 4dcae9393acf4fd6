"""Write extra-concrete.jsonl: requests that carry concrete values — ports, commit hashes, Unix
timestamps, version strings, error codes, tracking and invoice numbers, prices, units — easy
ones next to hard ones carrying the same kind of values.

Out of fold, easy one-function code, extraction, classification and rewrites that carry such
values scored as hard (their length, digits and technical tokens read like debugging), while
the training files held almost no easy programming request with a concrete value in it. Here
the values say nothing about the label: what is asked decides. Each line of a block is
``<label> <category> <prompt>`` (``C`` cloud, ``L`` local); labels follow the dev set's rule
(/work/shared/data/README.md). No row carries PII (no names, addresses, IPs, cards or IDs).

Run: python data/router/make_concrete.py
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

EN = """
L coding_simple My cron line `*/15 * * * * /opt/backup.sh` runs every 15 minutes. How do I make it run at 02:30 every night instead?
L coding_simple git log says commit 9c41e07 broke the build. How do I undo just that commit without rewriting history?
L coding_simple How do I get the ISO week number of 2024-12-30 in Python?
L coding_simple Port 8443 is already in use on my Mac. Which command shows the process holding it?
L coding_simple curl -X POST localhost:3000/api/items returns 415. Which header am I missing for a JSON body?
L coding_simple In pandas, df['price'] holds strings like '1,299.00'. How do I turn them into floats?
L coding_simple The project needs node >=18.17.0 and I have 16.20.2. How do I switch with nvm?
L coding_simple SQL for all rows of orders with total > 250 created in June 2024, please.
L coding_simple My Dockerfile says EXPOSE 5000 but the app is unreachable from the host. What do I add to docker run?
L coding_simple Format 1234567.891 as '1,234,567.89' in JavaScript.
L coding_simple One bash command to rename every .jpeg in ~/Pictures/2023 to .jpg?
L coding_simple How do I see which Python version the venv in /srv/app/.venv uses?
L coding_simple HTTP 413 when uploading a 12 MB file through nginx. Which setting raises the limit?
L extraction Pull the tracking numbers out of this: 'Parcel 1: 1Z999AA10123456784 (UPS), parcel 2: 9400100000000000000000 (USPS), parcel 3 still pending.'
L extraction List the error codes in this boot log: E1023 at 00:00:04, then W0442, then E1023 again and finally E2001.
L extraction From 'Booking ref QX7P2L, departs 2024-10-03 07:45, gate B22, seat 31C, bag allowance 23 kg' give me the departure time and the seat.
L classification Tag each HTTP status as success, redirect, client error or server error: 204, 301, 404, 429, 503.
L classification Which of these are image files: report_v3.pdf, IMG_4471.HEIC, logo@2x.png, data.csv, scan_0012.tiff?
L short_rewrite Make this status update sound friendlier: 'Build 4.12.0-rc2 failed again. Fix ETA 16:00. Do not merge to main.'
L math_word_problem what's 15% of 2,340
L smart_home Set the thermostat to 21.5 °C from 06:30 to 08:00 on weekdays and to 18 °C the rest of the time.
L quick_fact How many bytes are in 4 GiB?
C coding_complex After upgrading from Python 3.11.4 to 3.12.1 our p99 went from 120 ms to 2.3 s; flame graphs show time in json.dumps and in the GC. Walk me through narrowing it down.
C coding_complex Since the TLS certificate rotation at 03:12 UTC about 8% of requests from clients on 2.4.x fail with handshake_failure while 2.6 and later are fine. What could differ and how do I confirm it?
C coding_complex A query with three joins takes 14 s on 40M rows; EXPLAIN shows a seq scan on events despite an index on (user_id, created_at). Diagnose it and propose the indexes.
C coding_complex Our nightly job scheduled for 02:30 ran twice on 2024-11-03 and not at all on 2024-03-10. Explain why and redesign the scheduling so it cannot happen.
C math_word_problem Find 7^222 mod 1000 and show every step.
C math_word_problem A 250,000 loan at 4.2% compounded monthly over 20 years: the monthly payment, and the balance left after payment 84. Show the formulas.
C other Check whether ISBN 978-0-306-40615-7 is valid by computing its check digit, and explain why ISBN-13 catches every single-digit error but not every swap of neighbouring digits.
C reasoning_multistep Disk A fills at 3.2 GB/h from 40% of 2 TB, disk B at 1.1 GB/h from 75% of 1 TB, and a cleanup at 04:00 frees 300 GB on whichever is fuller. Starting at midnight, which fills first and when?
C classification Assign 6-digit HS tariff codes to a 20,000 mAh lithium-ion power bank, a stainless-steel vacuum flask and a cotton T-shirt with a printed logo, and explain the classification rules you applied.
C translation_short Put this disclaimer into formal Japanese for a manual sold in Japan, and explain which parts Japanese consumer-protection law would make unenforceable: 'Seller is not liable for any damages exceeding 50% of the purchase price, including damages caused by Seller's negligence.'
C extraction Q1 revenue 4.2M with COGS 2.9M, Q2 4.8M and 3.5M, Q3 5.1M and 3.4M: compute the gross margin per quarter, flag the anomaly and say what could explain it.
C expert_domain My HbA1c went from 5.9 to 6.6 in a year while my fasting glucose stayed at 98-104. What could explain the gap and which tests should I ask for?
C summarize_short Summarise this changelog for customers and say which changes force a major version bump under semver, with reasons: 'removed /v1/export; renamed field qty to quantity; added optional param limit; fixed rounding in totals'.
"""

ZH = """
L coding_simple crontab 里 `0 */2 * * *` 是什么意思？改成每天早上 7 点 15 分怎么写
L coding_simple Python 里怎么算 2024-02-01 到 2024-03-01 之间有多少天
L coding_simple git 提交 a1b2c3d 的提交说明写错了，还没 push，怎么改
L coding_simple Linux 下看 3306 端口被哪个进程占用的命令是什么
L coding_simple Excel 里 A 列是 2024/07/01 这种日期，怎么取出月份
L coding_simple pip 装 numpy==1.26.4 报 No matching distribution，我是 Python 3.13，该装哪个版本
L coding_simple JS 里 0.1 + 0.2 结果是 0.30000000000000004，怎么显示成 0.3
L coding_simple 写个 SQL：查 orders 表里 2024 年 3 月金额大于 500 的订单数
L coding_simple nginx 怎么把 80 端口的请求都跳转到 443
L coding_simple Java 里把字符串 "20240915" 转成 LocalDate
L coding_simple 上传 12MB 的文件 nginx 返回 413，改哪个配置
L extraction 把这几个快递单号挑出来：顺丰 SF1402938476512，中通 78312345678901，还有一个韵达的没发货
L extraction 从这段报错里找出错误码和行号：ERROR 1146 (42S02) at line 57: Table 'shop.order_items' doesn't exist
L extraction 这几条订单哪条金额最大：#20240611-03 ¥1,280；#20240611-07 ¥960；#20240612-01 ¥2,045
L classification 下面哪些是压缩包：backup_0921.tar.gz、合同扫描件.pdf、素材.zip、log_2024.txt、设计稿.rar
L classification 下面哪些是存储容量单位：GB、MHz、KiB、dpi、TB、mAh
L short_rewrite 把这条通知改得客气一点：明天 9:30 系统升级到 v2.8.1，期间无法登录，自己安排好时间。
L translation_short 把 "Firmware 3.4.2 fixes a Bluetooth pairing bug and improves battery life by about 8%" 翻成中文
L math_word_problem 3.5 公斤，每公斤 12.8 元，一共多少钱
L smart_home 每天 22:30 把客厅空调调到 26 度，早上 7:00 关掉
L vehicle_control 左前胎压 2.1 bar，其他都是 2.5，在车机上设个明天去补气的提醒
L quick_fact 1TB 的硬盘为什么电脑里只显示 931GB
C coding_complex Java 服务升级到 JDK 21 后，Full GC 从每天 2 次变成每小时 5 次，堆 8G，老年代占用 90% 降不下来。给出排查步骤和可能原因
C coding_complex MySQL 主从延迟每天 02:00 到 02:40 飙到 1800 秒，这段时间在跑一个批量更新 300 万行的任务。分析原因，给出不停业务的改法
C coding_complex k8s 里一个服务的 P99 从 80ms 涨到 1.2s，只在三个节点中的 node-2 上出现，CPU limit 500m。怎么一步步定位
C math_word_problem 求 3^2024 除以 13 的余数，写出完整推导
C math_word_problem 贷款 50 万，年利率 3.85%，30 年等额本息，算月供和总利息，再和等额本金比较前 12 个月的差别
C math_proof 证明对任意正整数 n，n^5 - n 能被 30 整除
C reasoning_multistep 12 个球里有 1 个重量不同（不知轻重），用天平称 3 次找出它并判断轻重，给出完整方案
C other 算一下条形码 690123456789 后面的 EAN-13 校验位，写出每一步，再解释这种校验为什么查不出部分相邻数字对调
C classification 按《国民经济行业分类》把这三家公司归到小类并说明依据：做锂电池回收的、做跨境电商 SaaS 的、做连锁宠物医院的
C translation_short 把这句保险条款译成英文，要符合英美保险合同的惯用说法，并说明“免赔额”和“绝对免赔率”译法的区别：本合同每次事故绝对免赔率为 10%，且免赔额不低于 500 元。
C extraction Q1 营收 1200 万、毛利 360 万；Q2 1500 万、390 万；Q3 1400 万、450 万。算每季毛利率，找出异常，分析可能原因，列出要问财务的问题
C expert_domain 体检甘油三酯 3.8 mmol/L、尿酸 520 μmol/L，32 岁，不喝酒。要不要吃药还是先调饮食？要复查哪些项目
C summarize_short 两份报价哪家更划算、风险在哪，总结差异并给建议：甲公司 38 万，含 3 年维保，60 天交付；乙公司 31 万，维保每年另收 2.4 万，90 天交付，逾期每天罚 0.05%。
"""


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for line in block.strip().splitlines():
            mark, category, prompt = line.split(" ", 2)
            out.append({"id": f"concrete-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": "cloud" if mark == "C" else "local", "category": category,
                        "pii": [], "source": "concrete"})
    return out


if __name__ == "__main__":
    print(write_rows("extra-concrete.jsonl", rows()), "rows")
