"""Word lists for person-name detection. Constants only.

The bulk of the name data comes from packages (see lexicon.py: US Census given names and
surnames, jieba's dictionary). What is here: given names the 1990 Census lacks (Indian, Arabic,
East Asian, European), the Chinese surname list (the common surnames of the Hundred Family
Surnames), words that follow a given name without being a surname, and public figures, who do
not count (only private people's full names do).
"""

from __future__ import annotations

import re

EXTRA_FIRST_NAMES = frozenset("""
achim adelheid agathe aleksandra alexandre alois amalia anneliese annegret ansgar armin bärbel benedikt bernd
berthold birgit björn bodo burkhard christa christel christoph cornelia detlef dietmar dietrich dirk edeltraud
egon ekkehard elfriede elke emil erwin ewald friedhelm friedrich fritz gabriele gerda gerd gerhard gisela gottfried
gudrun günter günther hannelore hartmut heike heiner heinrich heinz helga helmut helmuth herta hildegard holger
horst ilse inge ingeborg irmgard jochen jörg jürgen karin karl-heinz karsten kerstin knut konrad kurt lieselotte
lothar lutz manfred margarete marlies mechthild meike monika nicole norbert otto rainer reinhard renate rolf
roswitha rüdiger sabine siegfried sigrid silke stefanie swen thea torsten udo ulrike ursula uta ute uwe volker
waltraud werner wilfried wilhelm wolfram
adèle agnès aimée alain amélie anaïs annick arnaud aurélie benoît bernadette brigitte cécile céline chloé christelle
clémence corinne delphine denis didier dominique édouard élise éloïse émile émilie éric étienne fabien fanny
françoise frédéric gaëlle gérard ghislaine gilles hélène henri hervé inès jacques jérôme joël josiane laetitia
léa léon lucie luc madeleine manon marcel margaux mathilde maurice michèle mireille nadine noël océane odile pascal
patrice pierrick rené renée sandrine sébastien solène sylvie théo thérèse valérie yannick zoé
agustín alba alberto alfonso álvaro amparo andrés ángel ángela antonia aurora beatriz begoña blanca candela
carmelo concepción consuelo cristóbal dolores encarnación enrique esperanza eugenia eusebio fausto felipe fidel
gonzalo guadalupe guillermo gustavo hernán inmaculada íñigo irene jacinto jaime javier jesús joaquín josé josefa
juana julián leandro lorena lucía luisa macarena marcos mercedes milagros montserrat nerea nicolás nuria pilar
purificación rafael ramón remedios rocío rosario salvador santiago sergio silvia soledad susana teodoro tomás
vicente virginia xavier yolanda
adriano agnese alessio alfredo ambra angelo annalisa antonella arturo beatrice benedetta bruno carla carlo
cesare cinzia claudio corrado cristiano daniele davide domenico donatella elisa emanuele enrico enzo ettore
fabio fabrizio fiorella filippo flavio franco gabriele gaetano gianluca gianni gino giuliano giulio gloria
graziella ilaria lorenza luciano lucio luigi manuela marcello marisa massimo maurizio mirko nicola noemi ornella
ottavio pasquale patrizia piero pietro raffaele renato rita roberta rocco rosa rosaria salvatore sandro saverio
serena silvio simona tiziana tommaso umberto valerio vincenzo vittoria vittorio
aad anke annelies arjen bart bas bram cees daan dirk-jan eelco evert femke floor freek geert gerrit gijs hendrik
henk hidde ineke jaap jan-willem jelle jeroen joost jorien kees klaas koen lieke lotte luuk maarten marijke
merel niels noor pieter rik roel ruud saskia sander sem sietse stijn teun thijs tijmen wouter
agnieszka andrzej bartosz bogdan dariusz dorota ewa grzegorz halina jacek jadwiga janusz jerzy joanna kazimierz
krzysztof łukasz małgorzata marek mariusz mirosław piotr radosław sławomir stanisław tadeusz tomasz urszula
wiesław witold wojciech zbigniew zdzisław zofia
aditya agnieszka aidan akira alessandro alessia amelie amir amit anand ananya anil arjun arun ashok bastien bjorn
brooklyn chiara connor declan deepa deepak dieter divya dmitri eamon elodie etienne fabrice federica fergus
francois franz giorgio giulia guillaume gunter haruto hiro hiroshi hussein ibrahim isabela ishaan jens ji-woo
jisoo jiwoo jurgen jürgen kaito katarina kavya kenji khalid kiran klaus lakshmi lars liam luca lucía lukas magnus
manoj marek mateo mathieu matteo matthias maximilian meera minho mustafa naoko neha niamh nikhil nils noor oisin
olivier oskar paolo pooja prakash preeti priya rahul raj rajesh ramesh rani rania ravi remi ren riccardo riya
rohan sakura samir sanjay santosh satoshi seamus sebastien seojun sergei shreya sita sneha stefano sunil sunita
suresh sven takeshi tariq thierry ulrich varun vijay vikram wolfgang ximena yumi yusuf yuto yves zach zainab
xiaoming xiaohong xiaoli xiaowei jianguo zhiqiang haoran zihan yuxuan
wei ming jing lei hao jun yan xin hui fang ling jie tao qiang yong hong ping bin lin yi yue yun zhen zhi feng
gang hua juan kai lan li na qing rui shan tian ting xia xiu yang ying yu
""".split())

PINYIN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui
zhong tan qin jin fan shi liao jia xia fu fang bai zou meng xiong qiu yin xue yan lei hou long tao gu
ouyang situ sima zhuge shangguan murong huangfu dongfang kong kang hao shao qian duan niu zhan jiao nie zhuang
chai xing lai
""".split())
# Korean surnames as romanised.
KOREAN_SURNAMES = frozenset("""
kim lee park choi jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn song yoo ryu
hong jeon go moon mun yang baek heo nam sim noh ha kwak sung cha joo woo min ra ji jin bae
""".split())

# Words right before a name that say it is one (checked on the last one to three words).
EN_CUE_WORDS = frozenset("""
call phone ring email e-mail mail text message msg dm ping contact ask tell remind invite notify inform cc bcc pay
add refund meet meeting seeing hire hired fire fired promote promoted introduce thank congratulate visit dear hi hello hey greetings regards best cheers thanks
sincerely yours love xoxo signed named called mr mrs ms miss mx dr prof professor sir madam dame rev c/o attn
alhaji alhaja hajia mallam datuk dato pastor
lieber liebe hallo bonjour bonsoir cher chère hola querido querida estimado estimada ciao caro cara gentile beste hej
""".split())
EN_CUE_PHRASES = frozenset(p.strip() for p in """
assigned to|approved by|reviewed by|signed by|submitted by|requested by|prepared by|escalated to|handed over to|desk of|
reassigned to|delegated to|my name is|my name's|name is|i am|i'm|this is|thank you|thanks so much|yours truly|reply to|write to|meet with|
meeting with|call with|talk to|speak to|speak with|reach out to|follow up with|check with|best regards|kind regards|
warm regards|many thanks|lunch with|dinner with|coffee with|met with|spoke with|talked to|chatted with|date with|
went out with|interview with|appointment with|session with|married to|engaged to|on behalf of|note for|
message for|card for|gift for|letter for|present for|reply for|invitation for|toast for|speech for|poem for|
email to|letter to|note to|message to|card to|reply to|invitation to|
signed for by|booking for|reservation for|booked for|table for|collected by|received by|picked up by|handed to|
paid to|witnessed by|countersigned by|authorised by|authorized by|verified by|checked by|inspected by
""".replace("\n", "").split("|"))
EN_RELATIONS = frozenset("""
wife husband son daughter father dad mother mom mum brother sister grandfather grandmother grandpa grandma friend
buddy colleague boss manager landlord landlady tenant neighbor neighbour uncle aunt cousin partner fiance fiancee
fiancée boyfriend girlfriend kid child nephew niece coworker co-worker assistant doctor lawyer client employee nanny
roommate teacher coach student patient contact accountant therapist dentist plumber mentor stepdad stepmom stepson
stepdaughter mother-in-law father-in-law mate flatmate housemate classmate teammate bestie stepbrother stepsister
godmother godfather carer caregiver babysitter tutor cleaner
""".split())
# Verbs whose object is usually a person ("lend Ana my car", "cover for Ana").
EN_PERSON_VERBS = frozenset("""
lend lent borrow pick drop help helped hire fire pay paid owe thank invite introduce visit cover replace
congratulate apologize apologise forgive trust marry married marrying engaged divorcing date dating divorce hug kiss miss met saw told asked
tell ask warn inform advise interview interviewed hug rsvp greet welcome mentor coach tutor babysit represent
sue fired hired invited thanked visited replaced covered rsvp'd notify notified cc'd cc cover covering feedback
""".split())
EN_SEND_VERBS = frozenset("""
forward send give hand pass show mail assign introduce add return deliver ship wire transfer refund email text copy
""".split())
# What a performer's name follows in a request for music: "play Jay Chou", "songs by …", "播放…".
PERFORMER_BEFORE = re.compile(r"(?:(?<![a-z])play(?:ing)?(?: some| me some| me| us)?|(?:songs?|music|album|hits) by|"
                              r"(?<![a-z])play(?:ing)? [^.!?\n]{0,30}(?<![a-z])(?:like|by)|"
                              r"listen to|播放|放一首|来一首)\s*$")
# Form labels: followed by ":" or "=" ("Patient: …"); the first group also without ("account holder …").
EN_LABELS = frozenset(p.strip() for p in """
name|full name|customer|client|patient|passenger|guest|tenant|landlord|employee|applicant|candidate|recipient|
sender|contact|attn|attention|cardholder|card holder|account holder|account name|holder|beneficiary|payee|payer|
owner|driver|student|member|user|author|signed|signature|witness|next of kin|emergency contact|from|to|cc|assignee|
reviewer|approver|requester|reported by|prepared by|organizer|host|speaker|attendee|attendees|participant|
participants|parent|guardian|spouse|name_on_card|holder_name|insured|policyholder|buyer|seller|employer|manager|
supervisor|doctor|physician|lawyer|agent|teacher|nurse|reviewed-by|signed-off-by|co-authored-by|acked-by|tested-by|
reported-by|suggested-by|approved by|assigned to|reviewed by|signed by|submitted by|requested by|created by|
performed by|attending|referred by|ordered by|issued to|billed to|ship to|sold to|deliver to|care of|c/o|
antragsteller|antragstellerin|empfänger|absender|kunde|kundin|versicherter|versicherte|inhaber|kontoinhaber|
ansprechpartner|vorname und name|demandeur|demandeuse|destinataire|expéditeur|titulaire|solicitante|destinatario|
remitente|titular|richiedente|intestatario|mittente|cliente|paciente|paziente|deceased|defendant|plaintiff|claimant|respondent|appellant|accused|victim|executor|testator|decedent|
tenant(s)|guest(s)|passenger(s)|owner(s)|applicant(s)|occupant(s)|attendee(s)|participant(s)|name(s)|delivered to|
received by|collected by|signed for by|paid to|traveller|traveler|applicants|donor|my details|
ospite|najemca|wynajmujący|cônjuge|conjuge|cônjuge 1|cônjuge 2|dña.|d./dña.|sra.|sr.|señor|señora|signor|signora|
sig.|sig.ra|herr|frau|renter|adopter|child|name on card|presented by
""".replace("\n", "").split("|"))
# A label that ends in "name" and whose first part is a person ("customer_name:", "guestName =").
EN_NAME_FIELD = re.compile(r"(?:customer|client|full|contact|display|employee|patient|guest|passenger|account|holder|"
                           r"cardholder|owner|user|author|recipient|sender|member|student|applicant|tenant|driver|buyer|"
                           r"seller|person|legal|billing|shipping|emergency_contact|next_of_kin|insured|beneficiary|"
                           r"payee|signer|signatory)[_ -]?name")
EN_BARE_LABELS = frozenset(p.strip() for p in """
name|full name|contact|recipient|account holder|holder|emergency contact|tenant|patient|guest|passenger|customer|
client|applicant|candidate|employee|payee|beneficiary|cardholder|sender|owner|deceased|defendant|plaintiff|claimant|
respondent|appellant|accused|victim|witness|executor|testator|decedent|kontoinhaber|titulaire|intestatario|
traveller|traveler|applicants|donor|ospite|cônjuge|name on card|presented by|renter|adopter|
bride|groom|best man|maid of honour|maid of honor|fiancé|fiancée|fiance|fiancee|spouse
""".replace("\n", "").split("|"))

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset("""
the and or of to in on at for with by from as is are was be a an my your our his her their its this that
please thanks thank dear hi hello hey call email text message ask tell remind invite contact send forward
meet schedule book pay notify ping cc bcc reply attn name mr mrs ms miss dr prof sir madam add valued depart departs arrive arrives
i you he she we they it me us him them who what when where why how which will would can could should
note notes meeting agenda invoice order ticket account report project update re fwd subject
inc ltd llc corp co company group pro max plus mini ultra team support service services customer sales
office department dept desk university college school hospital bank airport hotel clinic centre center ministry
council institute academy governor minister senator mayor premier chancellor
not sure happy coding marketing product build image docker deploy release engineering finance legal operations
design research development staging production
senior junior buyer manager director engineer officer assistant consultant analyst specialist coordinator
executive chief president vice developer designer associate administrator accountant architect representative
intern supervisor technician wifi wi-fi hotspot network guest mount
execution planning index cond scan filter loops buffers heap
personal data information confidential privacy raspberry
""".split())
# Words naming a kind of place: never a surname without a cue ("Forest Park", "Lake Street").
PLACE_TYPE_WORDS = frozenset("""
street st avenue ave road rd lane drive park lake river city county station center centre mall plaza tower bridge
beach island valley mountain airport hotel hospital university college school bank falls springs heights creek
canyon peak gardens glacier bay sands parade quay wharf harbour harbor
""".split())
# Capitalised words that rarely make a name unless a cue says so ("Dear April Church" is fine).
WEAK_NAME_WORDS = frozenset("""
street st avenue ave road rd lane drive park lake river city county church station center centre mall plaza
tower bridge beach island valley mountain hill north south east west new san santa falls springs heights creek
canyon peak gardens glacier bay fort mount cape sands parade quay wharf harbour harbor
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december model edition version series season episode chapter part day night
morning evening alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming london paris berlin york jersey chicago boston dallas houston austin
denver seattle phoenix atlanta miami orlando sydney melbourne toronto vancouver dublin madrid rome beijing
shanghai google apple microsoft amazon meta tesla netflix uber airbnb stripe slack zoom github linkedin
facebook christmas easter thanksgiving halloween english french german spanish chinese japanese american
british
""".split())

PUBLIC_FIGURES = frozenset(s.lower() for s in """
Bong Joon-ho|Chinua Achebe|Queen Elizabeth II|Elizabeth II|King Charles|Don Quixote|Hercule Poirot|Ted Lasso|Mr. Bean|
Mr Bean|Sherlock Holmes|Harry Potter|Hermione Granger|Homer Simpson|SpongeBob SquarePants|Darth Vader|Luke Skywalker|
James Bond|Jay Gatsby|Atticus Finch|Holden Caulfield|Frodo Baggins|Walter White|Tony Stark|Bruce Wayne|Clark Kent|
Peter Parker|Nelson Mandela|Martin Luther King|Mahatma Gandhi|Winston Churchill|Abraham Lincoln|George Washington|
Angela Merkel|Emmanuel Macron|Xi Jinping|Narendra Modi|Vladimir Putin|Justin Trudeau|Jacinda Ardern|Rishi Sunak|
Keir Starmer|Kamala Harris|Hillary Clinton|Bill Clinton|Margaret Thatcher|Akira Kurosawa|Hayao Miyazaki|Ang Lee|
Zhang Yimou|Wong Kar-wai|Steven Spielberg|Christopher Nolan|Martin Scorsese|Quentin Tarantino|Haruki Murakami|
Gabriel Garcia Marquez|Toni Morrison|Jane Austen|Charles Dickens|Leo Tolstoy|Fyodor Dostoevsky|Virginia Woolf|
Ernest Hemingway|Mark Twain|George Orwell|J.K. Rowling|Stephen King|Agatha Christie|Frida Kahlo|Pablo Picasso|
Vincent van Gogh|Leonardo da Vinci|Wolfgang Amadeus Mozart|Ludwig van Beethoven|Serena Williams|Roger Federer|
Rafael Nadal|Novak Djokovic|Usain Bolt|LeBron James|Kobe Bryant|Lewis Hamilton|Simone Biles|Stephen Hawking|
Alan Turing|Ada Lovelace|Nikola Tesla|Thomas Edison|Grace Hopper|Tim Berners-Lee|Linus Torvalds|Sam Altman|
Satya Nadella|Sundar Pichai|Jensen Huang|Oprah Winfrey|Beyonce|Rihanna|Adele|Ed Sheeran|Lady Gaga|Kim Kardashian|
Tom Hanks|Meryl Streep|Leonardo DiCaprio|Brad Pitt|Angelina Jolie|Keanu Reeves|Morgan Freeman|Greta Thunberg|
Malala Yousafzai|Dalai Lama|Pope Francis|Neil Armstrong|Yuri Gagarin|Sun Yat-sen|Confucius|Lu Xun|Mo Yan|
Elon Musk|Jeff Bezos|Bill Gates|Steve Jobs|Mark Zuckerberg|Tim Cook|Warren Buffett|Taylor Swift|Barack Obama|
Joe Biden|Donald Trump|Lex Fridman|Albert Einstein|Isaac Newton|Marie Curie|Charles Darwin|Jack Ma|Li Bai|
Monty Hall|Etta James|Du Fu|Yao Ming|Jackie Chan|Bruce Lee|Michael Jordan|Lionel Messi|Cristiano Ronaldo|William Shakespeare|
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
Christopher Nolan|Steven Spielberg|Quentin Tarantino|Hayao Miyazaki|Haruki Murakami|George Orwell|Franz Kafka|
Mary Oliver|Brian Cox|Kevin Hart|Dwayne Johnson|Will Smith|Warren Buffet|Jane Goodall|David Attenborough|
Stephen Fry|Agatha Christie|Michelle Yeoh|Lucy Liu|Jackie Robinson|Martin Luther King|Marilyn Monroe|
Frida Kahlo|Pablo Picasso|Vincent Van|Wolfgang Mozart|Ludwig Beethoven|Johann Bach|Jane Doe|John Doe|
John Smith|Joe Bloggs|Jon Snow|Luke Skywalker|Darth Vader|Hermione Granger|Ron Weasley|Frodo Baggins|
Walter White|Homer Simpson|Bart Simpson|Mickey Mouse|Santa Claus|Elizabeth Bennet|Atticus Finch|
Jay Gatsby|Holden Caulfield|James Bond|Indiana Jones|Forrest Gump|Lara Croft|Clark Kent|Lois Lane|
Diana Prince|Steve Rogers|Natasha Romanoff|Peter Pan|Robin Hood|King Arthur|Mother Teresa|Pope Francis|
Queen Elizabeth|Prince Harry|Prince William|Princess Diana|King Charles|Donald Knuth|Dennis Ritchie|
Ken Thompson|Bjarne Stroustrup|James Gosling|Brendan Eich|Tim Berners-Lee|Vint Cerf|Margaret Hamilton|
Katherine Johnson|Rosalind Franklin|Gregor Mendel|Louis Pasteur|Galileo Galilei|Johannes Kepler|
Max Planck|Niels Bohr|Erwin Schrodinger|Werner Heisenberg|Enrico Fermi|Robert Oppenheimer|Carl Jung|
Friedrich Nietzsche|Immanuel Kant|Jean-Paul Sartre|Simone Beauvoir|Virginia Woolf|Toni Morrison|
Maya Angelou|Langston Hughes|Robert Frost|Walt Whitman|Edgar Allan Poe|Oscar Wilde|Jane Eyre|
Taylor Lautner|Selena Gomez|Dua Lipa|Harry Styles|Shawn Mendes|Olivia Rodrigo|Travis Scott|Drake Graham|
Jimmy Fallon|Conan Brien|Ellen DeGeneres|Gordon Ramsay|Jamie Oliver|Martha Stewart|Anthony Bourdain|
Sam Bankman-Fried|Elizabeth Holmes|Jeff Dean|Demis Hassabis|Ilya Sutskever|Mira Murati|Dario Amodei|
Arthur Conan Doyle|Conan Doyle|Charles Schwab|Roald Dahl|Dan Brown|Neil Gaiman|Terry Pratchett|Tolkien Ronald|Rick Riordan|
Florence Nightingale|Leonardo da Vinci|Vincent van Gogh|Claude Monet|Michelangelo Buonarroti|Rembrandt van Rijn|
Salvador Dali|Andy Warhol|Christopher Columbus|Marco Polo|Ferdinand Magellan|Amelia Earhart|Rosa Parks|
Harriet Tubman|Frederick Douglass|Susan Anthony|Benjamin Franklin|Thomas Jefferson|Alexander Hamilton|
Theodore Roosevelt|Franklin Roosevelt|Napoleon Bonaparte|Julius Caesar|Cleopatra Philopator|Joan of Arc|
Genghis Khan|Mahatma Gandhi|Indira Gandhi|Dalai Lama|Che Guevara|Fidel Castro|Margaret Thatcher|
Charles de Gaulle|Otto von Bismarck|Henry Ford|Walt Disney|Coco Chanel|Audrey Hepburn|Charlie Chaplin|
Elvis Presley|Bob Dylan|Bob Marley|David Bowie|Jimi Hendrix|Kurt Cobain|Frank Sinatra|Louis Armstrong|
Ella Fitzgerald|Aretha Franklin|Whitney Houston|Muhammad Ali|Pele Nascimento|Diego Maradona|Usain Bolt|
Michael Phelps|Simone Biles|Wayne Gretzky|Babe Ruth|Alexander Fleming|Edward Jenner|Dmitri Mendeleev|
Michael Faraday|James Maxwell|Alfred Nobel|Archimedes Syracuse|Blaise Pascal|Rene Descartes|Leonhard Euler|
Carl Gauss|Alan Shepard|Yuri Gagarin|Buzz Aldrin|Sally Ride|Jacques Cousteau|Ernest Shackleton|
Roald Amundsen|Edmund Hillary|Charles Lindbergh|Wright Brothers|Orville Wright|Wilbur Wright|Frank Lloyd Wright|
John Steinbeck|Scott Fitzgerald|William Faulkner|Gabriel Garcia Marquez|Jorge Luis Borges|Pablo Neruda|
Fyodor Dostoevsky|Anton Chekhov|Miguel de Cervantes|Dante Alighieri|Homer Odyssey|Geoffrey Chaucer|
John Milton|William Wordsworth|John Keats|Lord Byron|Percy Shelley|Mary Shelley|Emily Bronte|Charlotte Bronte|
Lewis Carroll|Beatrix Potter|Astrid Lindgren|Hans Christian Andersen|Jacob Grimm|Agatha Christie|
Sylvia Plath|Anne Frank|Helen Keller|Martin Scorsese|Alfred Hitchcock|Stanley Kubrick|Akira Kurosawa|
Olaf Scholz|Giorgia Meloni|Pedro Sánchez|Lula da Silva|Javier Milei|Cyril Ramaphosa|Fumio Kishida|Shigeru Ishiba|
Yoon Suk Yeol|Lee Jae-myung|Anthony Albanese|Volodymyr Zelensky|Recep Tayyip Erdogan|Benjamin Netanyahu|
Ursula von der Leyen|Mark Rutte|António Guterres|Christine Lagarde|Jerome Powell|Janet Yellen|Bernie Sanders|
Alexandria Ocasio-Cortez|Nancy Pelosi|Gavin Newsom|Boris Johnson|Theresa May|Liz Truss|Sadiq Khan|Jeremy Corbyn|
Claudia Sheinbaum|Andrés Manuel López Obrador|Bola Tinubu|William Ruto|Paul Kagame|Ngozi Okonjo-Iweala|
Shah Rukh Khan|Amitabh Bachchan|Priyanka Chopra|Deepika Padukone|Virat Kohli|Sachin Tendulkar|Shohei Ohtani|
Son Heung-min|Erling Haaland|Mohamed Salah|Kylian Mbappé|Lamine Yamal|Jude Bellingham|Harry Kane|Naomi Osaka|
Coco Gauff|Carlos Alcaraz|Jannik Sinner|Max Verstappen|Bad Bunny|Timothée Chalamet|Margot Robbie|Cillian Murphy|
Sabrina Carpenter|Chimamanda Ngozi Adichie|Wole Soyinka|Arundhati Roy|Salman Rushdie|Kazuo Ishiguro|Han Kang|
Olga Tokarczuk|Annie Ernaux|Abdulrazak Gurnah|Jon Fosse|Margaret Atwood|Sally Rooney|Yuval Noah Harari|
Ralph Lauren|Tommy Hilfiger|Louis Vuitton|Hugo Boss|Calvin Klein|Giorgio Armani|Yves Saint Laurent|Christian Dior|
Michael Kors|Marc Jacobs|Tory Burch|Vera Wang|Estée Lauder|Stella McCartney|
Alexander McQueen|Vivienne Westwood|Jimmy Choo|Christian Louboutin|Salvatore Ferragamo|Karl Lagerfeld|
Donna Karan|Marks Spencer|Johnnie Walker|
Jim Beam|Tim Hortons|James Dyson|Sponge Bob|Lisbeth Salander|Amélie Poulain|Bridget Jones|
Tyrion Lannister|Daenerys Targaryen|Arya Stark|Sansa Stark|Jack Reacher|Lisa Simpson|Marge Simpson|
Rick Sanchez|Ted Mosby|Monica Geller|Chandler Bing|Ross Geller|Phoebe Buffay|Joey Tribbiani|
Mikhail Gorbachev|Nikita Khrushchev|Dmitry Medvedev|Sergey Lavrov|Alexei Navalny|Garry Kasparov|Maria Sharapova|
Daniil Medvedev|Andrey Rublev|Anna Kournikova|Valentina Tereshkova|Luka Modrić|Luka Modric|Kate Middleton|Jack Daniel|Tom Collins|Arnold Palmer|Harley Davidson|Dwight Schrute|Leslie Knope|Don Draper|Tony Soprano|Saul Goodman|Fox Mulder|Dana Scully
""".replace("\n", "").split("|"))

PUBLIC_FIGURES_ZH = frozenset("""
周大福 周生生 李锦记 陈李济 王守义 张小泉 王老吉 马应龙 周黑鸭 王致和 张裕 谭木匠 谢瑞麟 曾五记 冯了性 杨国福
苏大强 樊胜美 白素贞 许仙 法海 马什么梅 曲筱绡 关雎尔 邱莹莹 苏明玉 苏明成 苏明哲 余则成 李云龙 高启强 祁同伟
侯亮平 李达康 沙瑞金 甄嬛 华妃 范闲 庆帝 魏璎珞 傅恒 乾隆 雍正 康熙 何以琛 赵默笙 孙悟饭 祥子 虎妞 骆驼祥子
梅兰芳 杨振宁 李政道 华罗庚 陈景润 邓稼先 钱三强 季羡林 詹天佑 李四光 竺可桢 茅以升 杨利伟 齐白石 林语堂 聂耳 徐悲鸿
马云 马化腾 雷军 李彦宏 刘强东 任正非 董明珠 王健林 许家印 张一鸣 黄仁勋 马斯克 李白 杜甫 苏轼 鲁迅 孔子 孟子 老子
庄子 毛泽东 邓小平 周恩来 孙中山 姚明 刘翔 李娜 成龙 周杰伦 王菲 刘德华 张学友 莫言 余华 钱学森 袁隆平 屠呦呦
诸葛亮 曹操 刘备 关羽 张飞 孙悟空 林黛玉 贾宝玉 王羲之 李清照 白居易 王安石 司马迁 秦始皇 武则天 李世民
李子柒 杨幂 赵丽颖 易烊千玺 王俊凯 蔡徐坤 李宁 郎朗 谷爱凌 苏炳添 全红婵 张桂梅 钟南山 李兰娟 张文宏 俞敏洪 罗永浩
李佳琦 董宇辉 罗翔 刘慈欣 金庸 琼瑶 张爱玲 林徽因 徐志摩 钱钟书 杨绛 巴金 老舍 冰心 沈从文 胡适 梁启超 蔡元培 王阳明 朱熹
岳飞 文天祥 郑和 林则徐 李鸿章 曾国藩 袁世凯 蒋介石 宋庆龄 张学良 刘亦菲 范冰冰 章子怡 巩俐 张艺谋 陈凯歌 冯小刚 吴京
沈腾 黄渤 徐峥 周星驰 梁朝伟 张国荣 邓丽君 王力宏 林俊杰 陈奕迅 孙燕姿 蔡依林 邓紫棋 陶渊明 辛弃疾 陆游 王维 孟浩然
李商隐 杜牧 韩愈 柳宗元 欧阳修 曹雪芹 罗贯中 施耐庵 吴承恩 蒲松龄 唐僧 猪八戒 沙僧 宋江 武松 林冲 鲁智深 薛宝钗
王熙凤 韦小宝 杨过 小龙女 郭靖 黄蓉 令狐冲 张无忌 乔峰 段誉 李逍遥 孙中山 李大钊 陈独秀 华罗庚 陈景润 邓稼先 杨振宁
李政道 屠呦呦 袁隆平 钱三强 李四光 竺可桢 詹天佑 雷锋 焦裕禄 孔乙己 阿Q 祥林嫂 闰土 范进 贾母 刘姥姥 马克思 李小龙
罗密欧 朱丽叶 哈姆雷特 福尔摩斯 华生 简爱 包法利 堂吉诃德 孙少平 孙少安 田晓霞 白嘉轩 鹿兆鹏 许三观 林家栋 江小鱼
 蔡英文 賴清德 赖清德 馬英九 马英九 韓國瑜 韩国瑜 柯文哲
贾玲 王一博 谢霆锋 謝霆鋒 樊振东 王楚钦   孙颖莎  郑钦文 张伟丽  肖战 迪丽热巴  朱一龙 赵露思 
张艺兴 鹿晗 华晨宇 毛不易 薛之谦 李荣浩   何炅 汪涵 撒贝宁   杨紫琼 郭富城  张曼玉 刘嘉玲 古天乐
周润发 甄子丹 吴彦祖 彭于晏 舒淇 林志玲 王祖贤 张柏芝 蔡依林 五月天  孙俪 胡歌 靳东  雷佳音  于和伟 
杜丽娘 柳梦梅 崔莺莺 红娘 梁山伯 祝英台 牛郎 织女 嫦娥 后羿 哪吒 白娘子 小青 佟湘玉 白展堂 郭芙蓉 吕秀才 李大嘴 同福客栈
黄焖鸡 杨铭宇 张亮麻辣烫  老干妈 陶华碧 海底捞
范仲淹 左宗棠 司马光    戚继光 郑成功  狄仁杰  项羽       貂蝉 西施 王昭君
杨贵妃 花木兰 穆桂英 秦桧 和珅 纪晓岚 慈禧 光绪 溥仪 朱元璋 朱棣 赵匡胤 李隆基   嵇康  骆宾王  
顾炎武 黄宗羲 王夫之 康有为 谭嗣同 郭沫若 朱自清 闻一多      王小波  贾平凹 陈忠实 史铁生
余秋雨  席慕蓉 龙应台 白先勇   冯骥才 梁实秋 汪曾祺 周作人 郁达夫 张恨水 叶圣陶  张大千 吴冠中
黄宾虹 李可染   赵本山 宋丹丹 岳云鹏 毛毛虫 左宗棠鸡
郭德纲 于谦 何小鹏 王传福 曹德旺 宗庆后 丁磊 周鸿祎 张朝阳 钟睒睒 余承东 黄峥""".split())

# The single-character surnames of the Hundred Family Surnames (百家姓) and other common ones,
# in simplified and traditional characters.
_CN_SURNAMES_SIMPLIFIED = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤"
    "花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄"
    "米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万"
    "支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松"
    "井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰"
    "从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴"
    "瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛"
    "阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督晋楚闫法汝鄢涂钦归海岳帅缑亢况有琴商牟佘佴伯赏"
    "墨哈谯笪年爱阳佟言福肖付覃韦兰芦麦邝尉谌揭赫凃来"
)
_CN_SURNAMES_TRADITIONAL = (
    "趙錢孫鄭馮陳衛蔣韓楊許呂張嚴華陶謝鄒竇蘇潘葛魯韋馬鳳費廉薛賀湯滕羅畢鄔樂時齊顧孟黃穆蕭邵湛汪祁禹貝臧紀龐熊項"
    "董梁閔賈婁顏郭鍾駱蔡樊萬盧經裘繆貢鄧龔嚴榮翁荀甄儲靳糜隗車蓬欒暴鈕厲劉詹龍葉韶郜黎薊蒲從鄂賴卓藺屠喬陰胥蒼雙聞"
    "黨翟譚姬雍璩桑濮壽邊扈燕冀郟晏瞿閻連廖庾暨耿滿匡廣闕歐殳蔚夔隆師鞏厙聶晁敖融訾闞簡饒曾毋沙鞏鞠豐巢關蒯荊紅游竺"
    "權逯蓋桓督晉楚閆鄢塗欽歸嶽帥緱亢況琴商牟佘佴賞墨哈譙笪年愛陽佟言福葉楊劉鄭謝黃莊蘆麥鄺尉諶揭吳蕭鍾藍鐘"
    "賴邱侯鄒溫蘇顏錢盧孫魏"
)
CN_SURNAMES = frozenset(_CN_SURNAMES_SIMPLIFIED + _CN_SURNAMES_TRADITIONAL)
# Surnames left off the general list because they are also everyday words (南, 原, 信, 楼) or
# are the traditional forms of listed ones (陸, 單): in a slot that holds a name (a label, 给 … 打电话) they start one.
CN_RARE_SURNAMES = frozenset("苟隋丛苑迟官南原栗粟冼楼盘位仝区豆朴练漆卿初门敬普鹿邸辜阿母亓修鲜战玉银宾呼但冶斯檀衣信展智奉"
                             "植尧闭由陸粘丘鮑練籃應單留鄞龎樓區門禤逄")
# Tibetan names have no surname: one or two of these parts ("次仁卓玛", "扎西顿珠", "央金").
CN_TIBETAN_NAME_PARTS = frozenset("""
扎西 次仁 达瓦 卓玛 央金 顿珠 多吉 格桑 旦增 丹增 拉姆 平措 尼玛 索朗 巴桑 普布 德吉 白玛 曲珍 边巴 洛桑 仁增 措姆 琼达 益西
贡嘎 强巴 罗布 桑珠 次旦 拉巴 普琼 阿旺 米玛 嘎玛 泽仁 泽旺 卓嘎 玉珍 德央 央宗 次珍 群培 旺堆 晋美 赤列 坚参 加措 嘉措
乌兰 其其格 巴特尔 额尔敦 苏和 朝鲁 宝音 图雅 萨仁 格日勒 娜仁 斯琴 高娃 托娅 哈斯 乌力吉 巴雅尔 那日松 其木格 孟和 阿拉坦
敖登 乌日娜 乌云 额尔德尼 布和 毕力格 吉雅 阿茹娜 苏日娜 巴图 特木尔 满都拉 图门 其格 塔娜
""".split())  # (and Mongolian ones: "乌兰其其格", "巴特尔", "斯琴高娃")
CN_COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 慕容 令狐 尉迟 公孙 长孙 宇文 司徒 夏侯 端木 歐陽 司馬 諸葛 "
                                  "東方 尉遲 公孫 長孫 司徒 呼延 轩辕 軒轅 澹台 澹臺 万俟 萬俟 闻人 聞人 申屠 钟离 鍾離 "
                                  # the rest of the Hundred Family Surnames' double surnames, but those
                                  # that are everyday words too (第五, 百里, 西门, 司空, 单于)
                                  "巫马 巫馬 公西 漆雕 乐正 樂正 壤驷 壤駟 公良 拓跋 夹谷 夾谷 宰父 谷梁 穀梁 段干 东郭 東郭 "
                                  "羊舌 微生 梁丘 左丘 公冶 宗政 濮阳 濮陽 淳于 太叔 仲孙 仲孫 闾丘 閭丘 亓官 司寇 颛孙 顓孫 "
                                  "赫连 赫連 鲜于 鮮于".split())

# Characters that end a Chinese name: particles, verbs and honorifics that commonly follow one.
CN_NAME_STOP = frozenset(
    "的了是在和与及跟说要把被给让对从到也都就还又很会能去来住叫姓名先姐哥弟妹爷奶叔伯姨总等们吗呢吧啊呀哦嗯这那个今昨"
    "岁号身份证手机电话微信邮箱地址账户再已将向往吃喝看做用请问打发写寄送拿买卖我你他她它"
    # Cantonese particles and pronouns ("仲喺度", "佢哋"): no given name holds them
    "喺嘅咗唔冇嘢啲佢哋咁噉嗰乜咩㗎啦喎囉嚟睇諗俾"
)
# Particles and pronouns that cannot end a name even in a form field ("参会人和我").
CN_FIELD_STOP = frozenset("的了是在和与及跟说我你他她它们吗呢吧啊等号號码碼")

# Surnames that are far more often function words: a name starting with one needs a form label.
CN_FUNCTION_SURNAMES = frozenset("和有都能时从通别空相后法公国家经干计于那将向以乐东海广文双高应")
# Characters of transliterated foreign names (施瓦茨, 华法林): not a Chinese given name.
CN_FOREIGN_CHARS = frozenset("斯尔特克瓦茨夫娃诺蒂维奇姆莱伊亚乌兹吉普纳塔沙拉卡布索托洛巴菲萨")

# Common words that begin with a surname character and often follow a relative ("我爸高血压").
CN_NOT_NAMES = frozenset("""
高血压 高血糖 高血脂 高中 高考 高速 高铁 高兴 高端 高级 高烧 万一 方便 方面 方法 文件 文化 安全 安排 时间 常用 常见
全部 全国 金额 毛病 路上 上班 单位 石头 白天 江湖 温度 康复 成绩 成都 曲线 车上 车里 管理 华为 宁可 任何 任务 于是
明天 明年 明白 应该 吉利 董事 贾宝 连续 关系 关于 解决 包括 包含 司机 周末 周六 周日 周一 周二 周三 周四 周五 黄金
张三 李四 王五 赵六 钱七 孙八 某某 张某 李某 王某 刘某 陈某 张某某 李某某 王某某
谢谢 谢了 谢啦 周几 安卓 白屏 黑屏 蓝屏 花屏 冷启动 热启动 热更新 热修复 云端 云盘 云服务
陈皮 黄芪 黄连 黄芩 白术 白芷 杜仲 石斛 金银花 柴胡 甘草 党参 当归 何首乌
夏令时 杨枝 古人 古人云
柯基 柴犬 边牧 邊牧 哈士奇 萨摩耶 房仲 房東 房东 陆家嘴 陸家嘴 戴森 蒙脱石 连花清 連花清 韩文 韩语 韓文 韓語 韩剧 韓劇 越南
""".split())
# Words that join two fields ("姓名和电话", "付款人和金额"): after a label they start no name.
CN_CONJUNCTIONS = frozenset("和与及跟或")
# Characters that count things: after a number ("52 张牌", "三位客人") a surname is a measure word.
CN_NUMERALS = frozenset("0123456789零〇一二三四五六七八九十百千万两几多每")

# Things whose "name:" field holds no person's name.
THING_WORDS = frozenset("""
file project product company host domain app application table column branch bucket repo repository database
model street city town brand team group event course song album book pet dog cat business store shop site
device network wifi ssid folder document doc sheet tab field variable function class package module service
server queue topic channel room building campaign plan report task job workflow pipeline feature
""".split())
