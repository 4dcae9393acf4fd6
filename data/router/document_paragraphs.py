"""Paragraph pools for long documents (English and Chinese), by theme; used by make_documents.py."""
EN_DOCS = {
"incident": [
"Incident summary: On Tuesday between 14:05 and 15:40 UTC, roughly 18% of checkout requests failed with HTTP 500 errors. The failures were concentrated in the EU region and affected both the web and mobile clients. Customer support received 412 tickets during the window, and the payments team paused two scheduled promotions as a precaution.",
"Timeline: At 13:58 a configuration change raised the connection pool size for the order service from 50 to 200 per pod. At 14:05 error rates started to climb. At 14:20 the on-call engineer was paged by the latency alert, not the error-rate alert, because the error-rate alert had been muted during a migration the week before and never re-enabled.",
"At 14:45 the team suspected the database and failed over the primary, which did not help and added eight minutes of write unavailability. At 15:15 someone noticed the connection count on the database proxy had hit its hard limit of 4,000. The configuration change was rolled back at 15:32 and errors returned to baseline by 15:40.",
"Root cause: the pool size change was applied to all 40 pods at once, which meant up to 8,000 connections could be requested against a proxy limited to 4,000. The change had been reviewed, but the reviewer was not aware of the proxy limit, which is documented only in the infrastructure repository and not in the service runbook.",
"Contributing factors include the muted alert, the lack of a canary stage for configuration changes (code changes get a canary, configuration does not), and the decision to fail over the database before looking at the proxy metrics. The failover itself caused a small number of duplicate orders, which finance is still reconciling.",
"Open questions: whether configuration changes should go through the same deployment pipeline as code, who owns the database proxy limits, whether the muted-alert list should expire automatically, and how to compensate the customers whose promotions were paused. The team also disagreed on whether the failover was a reasonable step given the information available at the time.",
"Follow-up items proposed so far: add the proxy limit to the service runbook, add an alert when proxy connections exceed 80% of the limit, expire muted alerts after seven days, and run a game day on the checkout path next quarter. No owners or dates have been assigned yet.",
],
"proposal": [
"Proposal: move the mobile team from two-week release trains to weekly releases starting in Q3. Today each train collects about 45 merged changes, and the average time from merge to a user's device is 16 days. Crash-free sessions sit at 99.2% on Android and 99.5% on iOS.",
"Motivation: product managers report that experiments take too long to reach users, and hotfixes outside the train happen almost every cycle (11 of the last 13 trains needed one). Each hotfix costs roughly a day of a release engineer's time and interrupts QA, who currently run a two-day manual regression pass.",
"Plan: automate the top 60 manual regression cases over the next two months, introduce feature flags for any change touching checkout or login, and move to staged rollouts of 1%, 10%, 50% and 100% over four days. The release engineer role would rotate among senior engineers rather than sit with one person.",
"Costs: about 1.5 engineer-quarters for test automation, a feature-flag service license at roughly 18,000 dollars a year, and more App Store review submissions. Risks include review delays on iOS, flag debt if old flags are not cleaned up, and fatigue if the rotation is not fair.",
"Alternatives considered: keeping two-week trains but adding a mid-cycle optional release; moving to continuous delivery with server-driven UI for most screens; or doing nothing and accepting hotfixes as a cost. The authors prefer weekly trains as a middle ground, but the QA lead has asked for a trial period with explicit exit criteria.",
"Success metrics: median merge-to-device time under eight days, hotfixes in fewer than one in four releases, crash-free sessions no worse than today, and no increase in weekend pages for the mobile on-call. The proposal asks for a decision by the end of the month so hiring plans can be adjusted.",
],
"research": [
"Background: Remote patient monitoring programs for heart failure have produced mixed results. Some trials found fewer readmissions, while others found no difference, and most programs struggle with adherence after the first three months, when daily weight and symptom reporting drops sharply.",
"Methods: We enrolled 1,240 adults discharged after a heart failure admission at six hospitals and randomized them to usual care or a monitoring program with a connected scale, a blood pressure cuff and weekly nurse calls. The primary outcome was all-cause readmission at 180 days; secondary outcomes included mortality, quality of life and cost.",
"Results: Readmission at 180 days was 31.2% in the monitoring group and 35.8% with usual care (hazard ratio 0.84, 95% CI 0.70 to 1.01). Mortality did not differ. Quality-of-life scores improved more in the monitoring group at 90 days, but the difference faded by 180 days. Adherence to daily weights fell from 88% in month one to 52% in month six.",
"Subgroup analyses suggested a larger benefit among patients with reduced ejection fraction and among those who lived alone, though these analyses were not pre-specified for the second group. Patients over 80 had the lowest adherence. Costs per patient were 410 dollars higher in the monitoring arm after accounting for avoided admissions.",
"Limitations: hospitals chose which nurses ran the calls, outcome assessors were not blinded for quality-of-life measures, and the trial was powered for a 6-point absolute difference in readmission, which it did not reach. Two sites changed their discharge process midway through enrollment.",
"Conclusions: the program reduced readmissions modestly but not significantly, at a higher cost, with benefits possibly concentrated in specific groups. The authors argue for a follow-up trial targeting patients with reduced ejection fraction and for designs that address falling adherence, such as passive sensors.",
],
"email": [
"Hi team, a few updates before the long weekend. First, the office will be closed on Monday and Tuesday next week for the floor renovation; please take your laptops home on Friday and make sure nothing is left under the desks, because the movers will clear everything.",
"Second, the quarterly all-hands has moved from the 14th to the 21st, same time (10:00) and same room. If you had a conflict on the 14th that is now resolved, there is nothing to do; if the 21st is a problem, tell your manager so they can collect questions in advance.",
"Third, parking: the north lot will be resurfaced from the 18th to the 25th. During that week please use the garage on Elm Street; the company will reimburse the daily fee if you submit the receipts with your monthly expenses. Bike racks by the north entrance remain available.",
"Fourth, a reminder that expense reports for last month are due this Friday by 17:00. Late reports go into next month's cycle. Finance asks that you attach itemised receipts, not card statements, for anything over 25 dollars.",
"Finally, thank you to everyone who helped with the customer visit last week. The feedback was very positive, and they asked for a follow-up workshop in the spring. Have a great weekend, and see you on Wednesday.",
],
}
ZH_DOCS = {
"incident": [
"事故概述：本周二下午 14:05 到 15:40，华东区约 18% 的下单请求返回 500 错误，网页端和 App 都受到影响。期间客服共收到 412 个工单，支付团队出于谨慎暂停了两个已经排期的促销活动。",
"时间线：13:58 有一次配置变更，把订单服务每个 pod 的连接池从 50 调到了 200。14:05 错误率开始上升。14:20 值班同学被延迟告警叫起来，而不是错误率告警，因为错误率告警在上周迁移时被静默了，之后一直没有恢复。",
"14:45 团队怀疑是数据库的问题，做了一次主从切换，结果没有改善，反而多了八分钟的写入不可用。15:15 有人发现数据库代理的连接数已经顶到了 4000 的硬上限。15:32 回滚了配置，15:40 错误率恢复正常。",
"根因：连接池的改动一次性推到了全部 40 个 pod，理论上最多会向只允许 4000 连接的代理申请 8000 个连接。这个改动是经过评审的，但评审人并不知道代理有这个上限，这个上限只写在基础设施仓库里，没有写进服务的运维手册。",
"其他因素：告警被静默；配置变更没有灰度阶段（代码变更有灰度，配置没有）；在没有看代理指标之前就决定切主库。切主库本身还造成了少量重复订单，财务还在对账。",
"待讨论的问题：配置变更要不要走和代码一样的发布流程；数据库代理的限额归谁管；静默告警要不要自动过期；被暂停促销的用户怎么补偿。团队对当时切主库是否合理也有分歧。",
"目前提出的改进项：把代理上限写进服务运维手册；代理连接数超过上限的 80% 时告警；静默告警七天后自动失效；下个季度在下单链路上做一次故障演练。这些事项还没有明确负责人和截止时间。",
],
"proposal": [
"提案：从第三季度开始，移动端的发版节奏由两周一次改为每周一次。目前每个版本大约合入 45 个改动，从代码合入到用户手机上平均要 16 天。安卓的无崩溃会话率是 99.2%，iOS 是 99.5%。",
"背景：产品经理反映实验上线太慢；而且几乎每个版本都要在版本外发紧急修复（最近 13 个版本里有 11 个需要）。每次紧急修复要花发布工程师大约一天时间，还会打断测试同学目前为期两天的手工回归。",
"方案：未来两个月把最常用的 60 条手工回归用例自动化；凡是涉及支付和登录的改动一律加功能开关；灰度按 1%、10%、50%、100% 分四天放量。发布负责人由高级工程师轮值，不再固定一个人。",
"成本：测试自动化大约需要 1.5 个人季度；功能开关服务每年授权费约 13 万元；应用商店审核的次数会增加。风险包括 iOS 审核延迟、旧开关不清理造成的技术债，以及轮值不公平带来的疲劳。",
"备选方案：保持两周一版但在中间加一个可选版本；大部分页面改为服务端下发 UI，做持续交付；或者维持现状，把紧急修复当作成本接受。作者倾向每周一版作为折中，但测试负责人要求先试行，并写明退出条件。",
"成功标准：合入到上线的中位时间少于八天；需要紧急修复的版本少于四分之一；无崩溃会话率不低于现在；移动端值班的周末告警不增加。提案希望在月底前拿到决定，以便调整招聘计划。",
],
"notice": [
"各位同事：下周一、周二办公室因楼层装修暂停使用，请大家周五下班前把笔记本电脑带回家，桌下不要留任何物品，搬家公司会统一清理。",
"季度全员大会从 14 日改到 21 日，时间地点不变（上午 10 点，一楼大会议室）。原来 14 日有冲突的同事无需处理；如果 21 日不方便，请告诉你的直属主管，方便提前收集问题。",
"停车安排：北侧停车场 18 日至 25 日重新铺路面，这一周请停到榆树街的立体车库，每天的停车费可以随月度报销一起提交发票报销。北门的自行车停放架照常使用。",
"另外提醒：上个月的报销单本周五 17:00 前截止，逾期的顺延到下个月。财务要求超过 200 元的费用附明细发票，不接受信用卡账单截图。",
"最后，感谢上周参与客户来访接待的各位同事，客户反馈非常好，并希望明年春天再来做一次交流工作坊。祝大家周末愉快，周三见。",
],
"research": [
"研究背景：心衰患者出院后的远程监测项目效果不一。部分试验显示再入院减少，另一些则没有差异；而且大多数项目在三个月后依从性明显下降，每天上报体重和症状的患者越来越少。",
"研究方法：我们在六家医院纳入了 1240 名因心衰住院后出院的成人患者，随机分为常规随访组和远程监测组。监测组配备联网体重秤和血压计，并每周接受一次护士电话随访。主要终点为 180 天全因再入院，次要终点包括死亡率、生活质量和费用。",
"研究结果：180 天再入院率监测组为 31.2%，常规组为 35.8%（风险比 0.84，95% 置信区间 0.70–1.01）。死亡率无差异。监测组 90 天时生活质量评分改善更多，但到 180 天差异消失。每日称重的依从性从第一个月的 88% 降到第六个月的 52%。",
"亚组分析提示，射血分数降低的患者和独居患者获益可能更大，但后者并非预先设定的亚组。80 岁以上患者依从性最低。扣除减少的住院费用后，监测组人均费用仍高出约 2900 元。",
"局限性：护士由各医院自行安排；生活质量评估者未设盲；试验按再入院率绝对差 6 个百分点设计样本量，实际未达到。还有两家中心在入组中途更改了出院流程。",
"结论：该项目使再入院率小幅下降但无统计学意义，费用更高，获益可能集中在特定人群。作者建议针对射血分数降低的患者开展后续试验，并采用被动传感器等方式应对依从性下降。",
],
}
