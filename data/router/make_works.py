"""Write trial-works.jsonl (measured, not trained on): a book, a film, a poem form or a song under
an easy request (who made it, a plot in two sentences, the genre of a blurb, thumbs up or down on
a one-line review, a title translated) and a hard one of about the same length (an analysis of
its structure or themes, a comparison, an argued reading, verse under strict rules, an outline
with planted clues).

Out of fold, hard prompts scoring lowest included short requests about a known work that ask for
a summary and then an analysis, and easy prompts scoring above the line included one-line
sentiment over a short review; the training files held few requests about literature, film or
music, and the hard ones among them were long. Here both requests are short (most under 150
characters), so that what is asked decides, not the length or the subject. No personal data.
Labels follow the dev set's rule (/work/shared/data/README.md): a plot summary, a title, a genre
or a sentiment is local; a structural or thematic analysis, an argued reading, constrained verse
or long structured writing is cloud.

Rows: (label C cloud or L local, category, prompt).
Run: python data/router/make_works.py (writes trial-works.jsonl: measured, not kept; docs/router.md)
"""

from jsonl import write_rows  # data/router/jsonl.py: run as a script from any directory

LABELS = {"C": "cloud", "L": "local"}
Row = tuple[str, str, str]

BLURB = ("A retired detective is pulled back in when his old partner's body washes up on the beach where they "
         "found a missing girl 30 years ago.")
ZH_BLURB = "退休刑警在海边发现了老搭档的尸体，地点正是三十年前那起少女失踪案的现场。"

EN: list[Row] = [
    ("L", "summarize_short", "sum up the plot of Macbeth in two sentences"),
    ("C", "analysis", "How does Macbeth's sleep imagery track his guilt? Go act by act."),
    ("L", "quick_fact", "Who directed Spirited Away?"),
    ("C", "analysis", "Spirited Away and Alice in Wonderland both drop a girl into a world with other rules: compare how each uses food and names."),
    ("L", "classification", f"genre of this blurb? '{BLURB}'"),
    ("C", "long_form_writing", f"Outline a mystery novel from this blurb: three suspects, fair clues planted chapter by chapter, and a twist a careful "
     f"reader could solve. '{BLURB}'"),
    ("L", "classification", "'Gorgeous to look at, but the last hour drags.' thumbs up or down?"),
    ("C", "long_form_writing", "Write a 600-word review arguing that a film which is gorgeous but drags in its last hour is slow on purpose: a clear "
     "thesis and three supporting points."),
    ("L", "translation_short", "translate the title 'The Old Man and the Sea' into French"),
    ("C", "analysis", "Some critics read the marlin in The Old Man and the Sea as a Christ figure, others as plain naturalism. Which holds up better? Cite the text."),
    ("L", "quick_fact", "what's the rhyme scheme of a limerick"),
    ("C", "long_form_writing", "write a limerick about compilers, strict AABBA and anapestic, then mark where the stresses fall in each line"),
    ("L", "quick_fact", "is Bohemian Rhapsody by Queen?"),
    ("C", "analysis", "Break Bohemian Rhapsody down section by section: how do the key changes set up each shift in mood?"),
    ("L", "summarize_short", "short summary of Romeo and Juliet for a 10 yr old"),
    ("C", "analysis", "romeo and juliet: whose fault is it really? argue it with evidence from at least 4 scenes"),
]

ZH: list[Row] = [
    ("L", "summarize_short", "用两句话说说《西游记》讲了什么"),
    ("C", "analysis", "《西游记》的八十一难在结构上有什么规律？和佛教的修行观有什么关系"),
    ("L", "quick_fact", "《红楼梦》前八十回的作者是谁"),
    ("C", "analysis", "《红楼梦》前八十回和后四十回在人物结局上有哪些矛盾？举三个例子分析"),
    ("L", "classification", f"这段简介是什么类型的小说：'{ZH_BLURB}'"),
    ("C", "long_form_writing", f"根据这段简介设计一部推理小说的大纲：三个嫌疑人、每章埋下的公平线索、一个细心读者能猜到的反转。'{ZH_BLURB}'"),
    ("L", "classification", "这条影评是夸还是骂：'画面真好看，就是最后一个小时太拖了。'"),
    ("C", "long_form_writing", "写一篇 800 字的影评，论证一部画面好看但结尾拖沓的电影其实是故意放慢节奏，要有明确论点和三个论据"),
    ("L", "translation_short", "《老人与海》的英文名是什么"),
    ("C", "analysis", "《老人与海》里的马林鱼，有人读成基督的象征，有人说是纯自然主义，哪种更站得住？给出文本证据"),
    ("L", "quick_fact", "五言绝句一共几个字"),
    ("C", "long_form_writing", "以秋夜听雨为题写一首五言绝句，押平水韵，标出每句的平仄并说明为什么合律"),
    ("L", "quick_fact", "《茉莉花》是哪里的民歌"),
    ("C", "analysis", "《茉莉花》各地版本的旋律有什么差别？为什么江苏版流传最广"),
    ("L", "summarize_short", "给小学生简单讲讲孔融让梨的故事"),
    ("C", "analysis", "把孔融让梨和孔融后来被曹操所杀放在一起看，这个故事在儒家伦理里到底在宣扬什么？有哪些批评"),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lang, block in (("en", EN), ("zh", ZH)):
        for mark, category, prompt in block:
            out.append({"id": f"works-{len(out) + 1:03d}", "prompt": prompt, "lang": lang,
                        "label": LABELS[mark], "category": category, "pii": [], "source": "works"})
    return out


if __name__ == "__main__":
    print(write_rows("trial-works.jsonl", rows()), "rows")
