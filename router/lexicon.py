"""Word groups that signal how hard a request is, in English and Chinese. Constants only.

Each group becomes one feature (its hit count in the last user turn), so the model learns one
weight per idea rather than per word; that is what lets it carry over to phrasings it never saw.
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, ...]] = {
    # open-ended production and analysis
    "hard_task": (
        "analyze", "analyse", "analysis", "compare", "contrast", "evaluate", "assess", "critique", "design",
        "architect", "implement", "build a", "develop", "optimize", "optimise", "refactor", "debug",
        "diagnose", "troubleshoot", "prove", "derive", "justify", "plan", "strategy", "propose",
        "recommend", "trade-off", "tradeoff", "trade-offs", "pros and cons", "in depth", "in detail",
        "comprehensive", "thorough", "draft", "write a", "essay", "report", "proposal", "business plan",
        "itinerary", "schedule", "migrate", "migration", "investigate", "root cause", "walk me through",
        "分析", "比较", "对比", "评估", "设计", "实现", "开发", "优化", "重构", "调试", "排查", "诊断", "证明",
        "推导", "论证", "规划", "计划", "方案", "策略", "建议", "利弊", "优缺点", "深入", "详细", "全面",
        "系统地", "撰写", "起草", "写一篇", "写一份", "报告", "论文", "综述", "议论文", "计划书", "行程", "迁移",
        "原因", "架构", "权衡",
    ),
    "reasoning": (
        "why", "how come", "step by step", "step-by-step", "reason", "explain how", "explain why",
        "what would happen", "what if", "implications", "consequences", "impact", "mechanism", "cause",
        "causes", "figure out", "determine", "which is better", "should i", "is it worth", "under what",
        "为什么", "为何", "一步步", "逐步", "推理", "原理", "机制", "影响", "后果", "如果", "假设", "是否应该",
        "该不该", "值不值", "哪个更", "怎么判断", "如何判断", "区分",
    ),
    "math": (
        "calculate", "compute", "solve", "equation", "probability", "expected value", "integral",
        "derivative", "theorem", "lemma", "proof", "prime", "modulo", "combinatorics", "how many ways",
        "optimal", "minimize", "maximize", "interest rate", "compound", "amortization", "complexity",
        "big-o", "o(n", "计算", "求解", "方程", "概率", "期望", "积分", "导数", "定理", "证明", "素数", "质数",
        "排列", "组合", "最优", "最小化", "最大化", "利率", "复利", "等额", "月供", "复杂度", "多少种",
    ),
    "code_hard": (
        "algorithm", "distributed", "concurrency", "concurrent", "thread-safe", "race condition",
        "deadlock", "lock-free", "kernel", "compiler", "parser", "interpreter", "microservice",
        "kubernetes", "k8s", "consensus", "raft", "paxos", "transaction", "consistency", "sharding",
        "cache invalidation", "memory leak", "oom", "performance", "latency", "throughput", "scalable",
        "scalability", "production", "terraform", "ci/cd", "pipeline", "dynamic programming",
        "binary search tree", "graph", "lru", "rate limiter", "async", "websocket", "cuda",
        "算法", "分布式", "并发", "线程安全", "死锁", "无锁", "内核", "编译器", "解析器", "微服务", "一致性",
        "事务", "分片", "内存泄漏", "性能", "延迟", "吞吐", "高可用", "限流", "动态规划", "高并发", "源码",
    ),
    "expert": (
        "legal", "law", "lawsuit", "liability", "contract", "clause", "tax", "taxes", "irs", "visa",
        "immigration", "diagnosis", "symptoms", "medication", "dosage", "drug interaction", "treatment",
        "guideline", "clinical", "insurance claim", "probate", "mortgage", "portfolio", "investment",
        "regulation", "compliance", "gdpr", "hipaa", "securities", "patent", "divorce", "custody",
        "法律", "律师", "起诉", "诉讼", "合同", "条款", "责任", "赔偿", "税", "签证", "移民", "诊断", "症状",
        "用药", "剂量", "治疗", "指南", "医保", "报销", "理赔", "房贷", "投资", "理财", "合规", "监管", "专利",
        "离婚", "抚养", "继承", "社保", "退休", "维权",
    ),
    "constraints": (
        "must", "at least", "at most", "no more than", "without", "while keeping", "while still",
        "constraint", "constraints", "requirement", "requirements", "budget", "deadline", "only if",
        "unless", "make sure", "ensure", "backup", "edge case", "edge cases", "handle",
        "要求", "必须", "至少", "最多", "不超过", "不能", "同时", "兼顾", "预算", "限制", "约束", "前提", "确保",
        "保证", "考虑", "边界", "并且", "而且",
    ),
    "long_output": (
        "words", "pages", "page", "chapter", "paragraphs", "detailed", "full", "complete", "outline",
        "sections", "table of contents", "字左右", "字以上", "千字", "篇", "章节", "大纲", "完整",
    ),
    "easy_task": (
        "translate", "translation", "summarize", "summary", "tl;dr", "tldr", "rewrite", "rephrase",
        "shorten", "fix the grammar", "proofread", "extract", "pull out", "list the", "classify",
        "label", "convert", "format", "what is", "what's", "who is", "when is", "define", "spell",
        "翻译", "翻成", "总结", "概括", "摘要", "改写", "润色", "缩短", "改短", "精简", "纠正", "提取", "找出",
        "分类", "转换", "换算", "是什么", "是谁", "什么意思", "格式",
    ),
    "device_command": (
        "turn on", "turn off", "switch on", "switch off", "set the", "set a", "open the", "close the",
        "play", "pause", "skip", "next song", "volume", "navigate", "directions", "take me", "route me",
        "call", "text", "remind me", "timer", "alarm", "lights", "thermostat", "temperature", "seat",
        "window", "sunroof", "ac", "a/c", "defrost", "charge", "charging", "battery", "fan",
        "打开", "关闭", "关掉", "开启", "调高", "调低", "调到", "播放", "暂停", "下一首", "音量", "导航", "去",
        "带我", "拨打", "打电话", "发消息", "提醒我", "定时", "闹钟", "灯", "空调", "温度", "座椅", "车窗",
        "天窗", "除雾", "充电", "电量", "风量", "雨刷", "后备箱",
    ),
    "chit_chat": (
        "hello", "hi", "hey", "thanks", "thank you", "good morning", "good night", "how are you",
        "tell me a joke", "joke", "lol", "haha", "你好", "您好", "早上好", "晚安", "谢谢", "哈哈", "讲个笑话",
        "笑话", "无聊", "在吗",
    ),
    "given_text": (
        "this email", "this text", "this message", "this paragraph", "the following", "below",
        "this sentence", "this note", "this review", "这段", "这句", "这条", "下面", "以下", "这封", "这份",
    ),
}


# Asking what is wrong with pasted material, or why: debugging a log, a config, a stack trace or a
# form is hard at any length (router/features.py, ``r:digest_long``; "what's wrong?" over a YAML file,
# "帮我看看哪里写错了", "再判断有没有哪个IP已经登录成功").
DIAGNOSIS = ("why", "what's wrong", "what is wrong", "whats wrong", "debug", "diagnos", "root cause",
             "is this a scam", "what happened", "how come",
             "为什么", "为啥", "判断", "诊断", "排查", "根因", "哪里写错", "哪里错", "有没有问题", "有什么问题",
             "有没有坑", "怎么回事", "咋回事", "合不合理", "是否合理", "為什麼", "判斷", "診斷",
             # ... or tells the symptom it shows ("service hangs once a day. thread dump below")
             "hangs", "hanging", "crash", "keeps failing", "fails", "failing", "failed", "broken",
             "not working", "doesn't work", "does not work", "stopped working", "stuck", "timing out",
             "times out", "deadlock", "leak",
             "报错", "崩溃", "卡死", "卡住", "不生效", "失败", "挂了", "跑不起来", "起不来", "超时", "异常", "不工作",
             "死锁", "泄漏")

# Asking for a digest or a judgement of the whole text: over a long pasted document this is the
# hard kind of request ("summarise the report below"), over a sentence the easy kind
# (router/features.py, ``r:digest_long``; a diagnosis, above, counts over a paste of any length).
DIGEST = ("summar", "summary", "tl;dr", "tldr", "main points", "key points", "takeaway", "overview",
          "review", "critique", "assess", "what's going on", "what is going on", "recommend", "brief",
          "digest", "go through",
          "总结", "概括", "摘要", "要点", "梳理", "提炼", "归纳", "评估", "审一下", "审查", "审阅", "点评", "分析",
          "汇报", "你觉得", "優先級", "优先级")
