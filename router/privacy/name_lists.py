"""Word lists for person-name detection. Constants only.

Given names are common international first names (English, Spanish, Italian, French, German,
Indian, Arabic, Japanese/Korean and pinyin). Public figures are excluded: the dataset convention
counts only full names of private people.
"""

from __future__ import annotations

FIRST_NAMES = frozenset("""
aaron abby abigail adam adrian aisha alan albert alex alexander alexandra alice alicia alison amanda amber
amelia amit amy ana andrea andrew andy angela anil anita ann anna anne anthony antonio anya arjun arthur ashley
aurora austin ava barbara ben benjamin beth betty bill billy bob bobby brad brandon brenda brian brittany brooke
bruce bryan caleb cameron camila carl carla carlos carmen carol caroline carolyn catherine charles charlie
charlotte chen chloe chris christian christina christine christopher claire clara claudia cody colin connor craig
crystal cynthia dan daniel daniela danielle daniele david dawn deborah debra deepak denise dennis derek diana diane
diego dmitri dominic donald donna dorothy douglas dylan ed eddie edward elena eli elijah elizabeth ella ellen emily
emma eric erica erik ethan eva evan evelyn fatima felix fernando fiona francesca francesco frank fred gabriel
gabriela gary george gerald giovanni giulia giuseppe grace greg gregory hana hannah harold harry heather helen
henry hiroshi holly hugo ian isaac isabel isabella jack jackson jacob jacqueline jake james jamie jan jane janet
jason javier jean jeff jeffrey jennifer jenny jeremy jerry jessica jesus jill jim jimmy joan joe joel john johnny
jon jonathan jordan jorge jose joseph joshua joyce juan judith judy julia julian julie justin karen karl kate
katherine kathleen kathryn katie keith kelly ken kenji kenneth kevin kim kimberly kyle lakshmi larry laura lauren
leah lee leo leon liam linda lindsay lisa liz logan lorenzo louis lucas lucia lucía luis luke lydia madison
maria marco margaret maria marie marina mario mark marta martha martin mary matthew maya megan mei melissa mia
michael michelle miguel mike min ming mohammed mohammad monica nadia nancy naomi natalie nathan neha nicholas
nicole nikhil nina noah nora olga olivia omar oscar pablo pamela patricia patrick paul paula pedro peter philip
pierre pooja priya rachel rahul raj rajesh ralph ramesh raymond rebecca richard rick rita rob robert roberto
robin rohan ronald rosa ruby russell ruth ryan sabrina sally samantha samuel sandra sara sarah scott sean sergei
sergio shannon sharon shawn sophia sophie stephanie stephen steve steven sunil susan suresh takeshi tanya
teresa terry thomas tiffany tim timothy tina todd tom tony tracy tyler valentina vanessa victor victoria
vijay vincent virginia walter wayne wendy william yuki yusuf zach zoe
wei ming jing lei hao jun yan xin hui fang ling jie tao qiang xiaoming xiaohong yong hong ping bin lin
yi yue yun zhen zhi feng gang hua juan kai lan li na qing rui shan tian ting xia xiu yang ying yu
marcus ravi anand arun ashok deepa divya gita kavya kiran krishna manoj meera nisha prakash preeti rani
sanjay santosh shreya sita sneha sunita varun vikram aditya ananya ishaan riya ahmed ali amir hassan hussein
ibrahim khalid layla leila mariam mustafa noor rania samir sara tariq yasmin zainab aiko akira haruto hiro
kaito mai naoko ren sakura satoshi yuto yumi jisoo minho seojun jiwoo hyun sung ji-woo alejandro alfonso
andres beatriz carolina cristina eduardo elena emilio esteban federico gonzalo ignacio isabela joaquin
julio leticia lucas manuel mateo natalia ricardo rodrigo sofia valeria ximena agnieszka anja bjorn dieter
elsa fabian franz greta gunter hans heidi ingrid jens jurgen katarina klaus lars lena lukas magnus marek
matthias maximilian nils oskar petra sven tobias ulrich wolfgang zofia amelie antoine bastien camille
chantal elodie etienne fabrice francois guillaume helene juliette lucien mathieu nathalie olivier quentin
remi sebastien simone thierry yves aidan bridget ciara declan eamon fergus niamh oisin seamus siobhan
abdul chiara giorgio luca matteo paolo riccardo sergio stefano alessandro alessia federica martina
brianna chelsea courtney destiny jasmine jada kayla latoya malik marquis tyrone darnell deshawn keisha
dominique harrison hunter jared jesse lance mason miles nolan owen parker preston reid seth spencer
travis trevor wade wesley abbie alexis allison angie audrey bella bonnie brooklyn cassandra cindy dana
della diane eleanor eliza esther faith gloria gwen hazel irene iris ivy jade janice jeanette joanna
josephine june kara kristen lillian lily lois lorraine lucy mabel maggie marilyn marion maureen mildred
molly nadine nora paige peggy penelope phoebe priscilla rosemary roxanne sadie savannah shirley stella
summer sylvia tara theresa valerie vera violet vivian willow yvonne
""".split())

PINYIN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui
zhong tan qin jin fan shi liao jia xia fu fang bai zou meng xiong qiu yin xue yan lei hou long shi tao gu
""".split())

# Capitalised words that follow a first name without making it a person's full name.
NOT_SURNAMES = frozenset("""
street st avenue ave road rd lane drive park lake river city county bank airport hotel university college
school hospital church station center centre mall plaza tower bridge beach island valley mountain hill
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december inc ltd llc corp co company group pro max plus mini ultra air
model edition version series season episode chapter part day night morning evening
i you he she we they it the and or of to in on at for with by from as is are was be
""".split())

PUBLIC_FIGURES = frozenset(s.lower() for s in """
Elon Musk|Jeff Bezos|Bill Gates|Steve Jobs|Mark Zuckerberg|Tim Cook|Warren Buffett|Taylor Swift|Barack Obama|
Joe Biden|Donald Trump|Lex Fridman|Albert Einstein|Isaac Newton|Marie Curie|Charles Darwin|Jack Ma|Li Bai|
Du Fu|Yao Ming|Jackie Chan|Bruce Lee|Michael Jordan|Lionel Messi|Cristiano Ronaldo|William Shakespeare|
Jane Austen|George Washington|Abraham Lincoln|Winston Churchill|Martin Luther|Nelson Mandela|Sam Altman|
Satya Nadella|Sundar Pichai|Jensen Huang|Lisa Su|Harry Potter|Sherlock Holmes|Emma Watson|Tom Hanks|
Serena Williams|Roger Federer|Kobe Bryant|LeBron James|Stephen King|Stephen Hawking|Alan Turing|Ada Lovelace|
Grace Hopper|John Lennon|Paul McCartney|Freddie Mercury|Michael Jackson|Peter Parker|Tony Stark|Bruce Wayne|
Xi Jinping|Vladimir Putin|Emmanuel Macron|Angela Merkel|Rishi Sunak|Justin Trudeau|Kamala Harris|
Hillary Clinton|Bill Clinton|George Bush|Ronald Reagan|John Kennedy|Mao Zedong|Deng Xiaoping|Lu Xun|
Confucius Kong|Sun Yat|Ed Sheeran|Billie Eilish|Lady Gaga|Adele Adkins|Andrew Ng|Fei-Fei Li|Geoffrey Hinton|
Yann LeCun|Linus Torvalds|Guido Rossum|Charles Dickens|Mark Twain|Ernest Hemingway|Victor Hugo|Leo Tolstoy|
Richard Feynman|Carl Sagan|Noam Chomsky|Emily Dickinson|Steve Wozniak|Michelle Obama|Jordan Peterson|
Sam Harris|Andrew Huberman|Joe Rogan|Kevin Durant|Stephen Curry|Tiger Woods|Rafael Nadal|Novak Djokovic|
Kylian Mbappe|Neil Armstrong|Nikola Tesla|Thomas Edison|Sigmund Freud|Karl Marx|Adam Smith|John Keynes|
Paul Graham|Peter Thiel|Larry Page|Sergey Brin|Jack Dorsey|Reed Hastings|Greta Thunberg|Oprah Winfrey|
Beyonce Knowles|Rihanna Fenty|Justin Bieber|Ariana Grande|Bruno Mars|Kanye West|Kim Kardashian|Tom Cruise|
Leonardo DiCaprio|Brad Pitt|Angelina Jolie|Morgan Freeman|Keanu Reeves|Scarlett Johansson|Jennifer Lawrence|
Christopher Nolan|Steven Spielberg|Quentin Tarantino|Hayao Miyazaki|Haruki Murakami|George Orwell|Franz Kafka
""".replace("\n", "").split("|"))

PUBLIC_FIGURES_ZH = frozenset("""
马云 马化腾 雷军 李彦宏 刘强东 任正非 董明珠 王健林 许家印 张一鸣 黄仁勋 马斯克 李白 杜甫 苏轼 鲁迅 孔子 孟子 老子
庄子 毛泽东 邓小平 周恩来 孙中山 姚明 刘翔 李娜 成龙 周杰伦 王菲 刘德华 张学友 莫言 余华 钱学森 袁隆平 屠呦呦
诸葛亮 曹操 刘备 关羽 张飞 孙悟空 林黛玉 贾宝玉 王羲之 李清照 白居易 王安石 司马迁 秦始皇 武则天 李世民
""".split())

CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛"
    "樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁"
    "冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏"
    "宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻迟邝"
)
CN_COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 慕容 令狐 尉迟 公孙 长孙 宇文 司徒 夏侯 端木".split())

# Characters that end a Chinese name: particles, verbs and honorifics that commonly follow one.
CN_NAME_STOP = frozenset(
    "的了是在和与及跟说要把被给让对从到也都就还又很会能去来住叫姓名先生女士小姐老师同学阿姨叔伯哥姐弟妹爷奶师傅总"
    "经理等们吗呢吧啊呀哦嗯家里这那个位今昨年月日号岁男女性别身份证手机电话微信邮箱地址账户卡"
)

# Common words that begin with a surname character and often follow a relative ("我爸高血压").
CN_NOT_NAMES = frozenset("""
高血压 高血糖 高血脂 高中 高考 高速 高铁 高兴 高端 高级 高烧 万一 方便 方面 方法 文件 文化 安全 安排 时间 常用 常见
全部 全国 金额 毛病 路上 上班 单位 石头 白天 江湖 温度 康复 成绩 成都 曲线 车上 车里 管理 华为 宁可 任何 任务 于是
明天 明年 明白 应该 吉利 董事 贾宝 连续 关系 关于 解决 包括 包含 司机 周末 周六 周日 周一 周二 周三 周四 周五 黄金
""".split())
