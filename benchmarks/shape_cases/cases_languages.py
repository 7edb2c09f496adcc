"""New transcript shapes (second pass): name -> (file name, content, truth).

Same conventions as cases_exports.py; content may be bytes (written as is) for encoding tests.
truth: list of (speaker spec, snippet of that turn's words, start seconds or None).
"""

CASES = {}


def case(name, filename, content, truth):
    CASES[name] = (filename, content, truth)


def T(*rows):
    return list(rows)


# ================================================================ languages and scripts
case("pt_br_entrevistadora", "entrevista_br.txt", """ENTREVISTADORA: Boa tarde, dona Conceição. A senhora pode se apresentar?

CONCEIÇÃO: Boa tarde. Sou Maria da Conceição, nasci em Caruaru em mil novecentos e cinquenta.

ENTREVISTADORA: E como era a feira naquela época?

CONCEIÇÃO: Era enorme, vinha gente do sertão inteiro vender farinha.

ENTREVISTADORA: A senhora trabalhou na feira?

CONCEIÇÃO: Desde os nove anos, vendendo rapadura com a minha avó.
""", T(("Entrevistadora", "pode se apresentar", None), ("Conceição", "nasci em Caruaru", None),
       ("Entrevistadora", "feira naquela época", None), ("Conceição", "vender farinha", None),
       ("Entrevistadora", "trabalhou na feira", None), ("Conceição", "vendendo rapadura", None)))

case("it_domanda_risposta", "intervista.txt", """Intervista a Giulia Bianchi, restauratrice.

D. Come ha cominciato a restaurare affreschi?
R. Per caso, dopo il terremoto del 1997 ad Assisi servivano mani.
D. Qual è stato il lavoro più difficile?
R. La volta della basilica superiore, migliaia di frammenti.
D. E oggi cosa la preoccupa?
R. L'umidità nelle chiese di campagna, nessuno la controlla più.
""", T(("D|Domanda|Intervistatore|*", "restaurare affreschi", None), ("R|Risposta|Giulia Bianchi", "terremoto del 1997", None),
       ("D|Domanda|Intervistatore|*", "più difficile", None), ("R|Risposta|Giulia Bianchi", "migliaia di frammenti", None),
       ("D|Domanda|Intervistatore|*", "cosa la preoccupa", None), ("R|Risposta|Giulia Bianchi", "chiese di campagna", None)))

case("it_accented_names", "tavola_rotonda.txt", """Moderatrice: Benvenuti alla tavola rotonda sull'acqua pubblica.

Niccolò Sàvoia: Grazie. Il problema principale sono le perdite della rete.

Moderatrice: Quanto si perde oggi?

Niccolò Sàvoia: Circa il quaranta per cento al Sud.

Agnès D'Urso: Aggiungo che al Nord va appena meglio, intorno al trenta.

Moderatrice: E chi dovrebbe pagare gli investimenti?

Agnès D'Urso: Lo Stato, con fondi europei vincolati.
""", T(("Moderatrice", "acqua pubblica", None), ("Niccolò Sàvoia", "perdite della rete", None),
       ("Moderatrice", "Quanto si perde", None), ("Niccolò Sàvoia", "quaranta per cento", None),
       ("Agnès D'Urso", "intorno al trenta", None), ("Moderatrice", "pagare gli investimenti", None),
       ("Agnès D'Urso", "fondi europei", None)))

case("nl_geinterviewde", "interview_nl.txt", """Interviewer: Hoe lang werkt u al in de haven?

Geïnterviewde: Sinds 1982, eerst als sjorder en later als kraanmachinist.

Interviewer: Wat is er het meest veranderd?

Geïnterviewde: De automatisering. Vroeger stonden hier duizenden mensen.

Interviewer: Mist u die tijd?

Geïnterviewde: Soms, vooral de koffiepauzes op de kade.
""", T(("Interviewer", "in de haven", None), ("Geïnterviewde", "kraanmachinist", None),
       ("Interviewer", "meest veranderd", None), ("Geïnterviewde", "automatisering", None),
       ("Interviewer", "Mist u die tijd", None), ("Geïnterviewde", "koffiepauzes", None)))

case("pl_diacritics", "wywiad.txt", """Prowadząca: Dzień dobry, naszym gościem jest Łukasz Żółtowski.

Łukasz Żółtowski: Dzień dobry, dziękuję za zaproszenie.

Prowadząca: Skąd pomysł na schronisko w Bieszczadach?

Łukasz Żółtowski: Z miłości do gór i z potrzeby ciszy.

Prowadząca: Ile osób przyjeżdża zimą?

Łukasz Żółtowski: Niewiele, może dwadzieścia tygodniowo.
""", T(("Prowadząca", "naszym gościem", None), ("Łukasz Żółtowski", "za zaproszenie", None),
       ("Prowadząca", "schronisko w Bieszczadach", None), ("Łukasz Żółtowski", "potrzeby ciszy", None),
       ("Prowadząca", "przyjeżdża zimą", None), ("Łukasz Żółtowski", "dwadzieścia tygodniowo", None)))

case("cs_redaktor", "rozhovor.txt", """Redaktorka: Dobrý den, u mikrofonu je Jiří Dvořák, starosta obce Třebíč.

Jiří Dvořák: Dobrý den, děkuji za pozvání.

Redaktorka: Jak obec zvládla letošní povodně?

Jiří Dvořák: Voda zaplavila sedmdesát domů, ale nikdo nezemřel.

Redaktorka: Kdy začne oprava mostu?

Jiří Dvořák: Doufáme, že v září, pokud dorazí peníze z kraje.
""", T(("Redaktorka", "u mikrofonu", None), ("Jiří Dvořák", "děkuji za pozvání", None),
       ("Redaktorka", "letošní povodně", None), ("Jiří Dvořák", "sedmdesát domů", None),
       ("Redaktorka", "oprava mostu", None), ("Jiří Dvořák", "peníze z kraje", None)))

case("sv_intervju_caps", "intervju.txt", """INTERVJUARE: Berätta om din uppväxt i Kiruna.

BJÖRN ÅSTRÖM: Min pappa jobbade i gruvan och vi bodde nära Luossavaara.

INTERVJUARE: Hur påverkar flytten av stadskärnan er familj?

BJÖRN ÅSTRÖM: Vårt gamla hus är redan rivet, det känns konstigt.

INTERVJUARE: Kommer du att stanna kvar?

BJÖRN ÅSTRÖM: Ja, jag är född här och tänker dö här.
""", T(("Intervjuare", "uppväxt i Kiruna", None), ("Björn Åström", "jobbade i gruvan", None),
       ("Intervjuare", "flytten av stadskärnan", None), ("Björn Åström", "redan rivet", None),
       ("Intervjuare", "stanna kvar", None), ("Björn Åström", "tänker dö här", None)))

case("no_programleder_time", "podkast_no.txt", """Programleder (00:00:04): Velkommen til Fjordpodden. I dag har vi besøk av Øystein Bø.

Øystein Bø (00:00:11): Takk for at jeg fikk komme.

Programleder (00:00:15): Du har rodd fra Bergen til Tromsø. Hvorfor?

Øystein Bø (00:00:21): Jeg ville se kysten sakte, en åretak om gangen.

Programleder (00:01:02): Hva var verst?

Øystein Bø (00:01:05): Stadhavet. Der snudde jeg to ganger.
""", T(("Programleder", "Fjordpodden", 4), ("Øystein Bø", "fikk komme", 11),
       ("Programleder", "Bergen til Tromsø", 15), ("Øystein Bø", "kysten sakte", 21),
       ("Programleder", "Hva var verst", 62), ("Øystein Bø", "Stadhavet", 65)))

case("da_vaert_gaest", "interview_da.txt", """Vært: Velkommen til. Du har skrevet en bog om æbler.

Gæst: Ja, om de gamle danske æblesorter, der er ved at forsvinde.

Vært: Hvor mange sorter findes der?

Gæst: Omkring tre hundrede, men kun få sælges i supermarkedet.

Vært: Hvilken er din yndlingssort?

Gæst: Filippa, den er fra Fyn og smager af vanilje.
""", T(("Vært", "bog om æbler", None), ("Gæst", "ved at forsvinde", None),
       ("Vært", "Hvor mange sorter", None), ("Gæst", "tre hundrede", None),
       ("Vært", "yndlingssort", None), ("Gæst", "smager af vanilje", None)))

case("fi_haastattelija", "haastattelu.txt", """H: Milloin muutitte Tampereelle?
V: Vuonna 1968, kun isä sai töitä Finlaysonin tehtaalta.
H: Millaista elämä oli tehtaan asuntolassa?
V: Ahdasta mutta yhteisöllistä, saunavuorot jaettiin viikoittain.
H: Muistatteko tehtaan sulkemisen?
V: Totta kai, äiti itki koko illan.
""", T(("H|Haastattelija", "muutitte Tampereelle", None), ("V|Vastaaja|Haastateltava", "Finlaysonin", None),
       ("H|Haastattelija", "tehtaan asuntolassa", None), ("V|Vastaaja|Haastateltava", "saunavuorot", None),
       ("H|Haastattelija", "tehtaan sulkemisen", None), ("V|Vastaaja|Haastateltava", "äiti itki", None)))

case("fi_long_labels", "haastattelu2.txt", """Haastattelija: Kertoisitteko ensin, mistä olette kotoisin?

Haastateltava: Olen syntynyt Sodankylässä, poromiesten suvussa.

Haastattelija: Kuinka monta poroa suvulla oli?

Haastateltava: Parhaimmillaan yli kuusisataa.

Haastattelija: Entä nykyään?

Haastateltava: Ei enää yhtään, veljeni myi viimeiset vuonna 2015.
""", T(("Haastattelija", "mistä olette kotoisin", None), ("Haastateltava", "poromiesten", None),
       ("Haastattelija", "monta poroa", None), ("Haastateltava", "kuusisataa", None),
       ("Haastattelija", "Entä nykyään", None), ("Haastateltava", "viimeiset vuonna", None)))

case("tr_dotted_caps", "roportaj.txt", """SUNUCU: İyi akşamlar, bu akşam konuğumuz İsmail Çağlar.

İSMAİL ÇAĞLAR: İyi akşamlar, davetiniz için teşekkürler.

SUNUCU: Deprem bölgesinde son durum nedir?

İSMAİL ÇAĞLAR: Konteyner kentler kuruldu ama okullar hâlâ kapalı.

SUNUCU: Ne zaman açılması bekleniyor?

İSMAİL ÇAĞLAR: Eylül ayında, eğer prefabrik sınıflar yetişirse.
""", T(("Sunucu", "konuğumuz", None), ("İsmail Çağlar", "davetiniz için", None),
       ("Sunucu", "Deprem bölgesinde", None), ("İsmail Çağlar", "Konteyner kentler", None),
       ("Sunucu", "açılması bekleniyor", None), ("İsmail Çağlar", "prefabrik sınıflar", None)))

case("el_greek_names", "synenteuxi.txt", """Δημοσιογράφος: Καλησπέρα σας, κύριε Παπαδόπουλε.

Γιώργος Παπαδόπουλος: Καλησπέρα, ευχαριστώ για την πρόσκληση.

Δημοσιογράφος: Πώς πήγε η φετινή σοδειά ελιάς;

Γιώργος Παπαδόπουλος: Άσχημα, η ξηρασία μείωσε την παραγωγή στο μισό.

Δημοσιογράφος: Θα ανέβει η τιμή του λαδιού;

Γιώργος Παπαδόπουλος: Σίγουρα, ίσως και πάνω από δέκα ευρώ το λίτρο.
""", T(("Δημοσιογράφος", "Καλησπέρα σας", None), ("Γιώργος Παπαδόπουλος", "την πρόσκληση", None),
       ("Δημοσιογράφος", "σοδειά ελιάς", None), ("Γιώργος Παπαδόπουλος", "ξηρασία", None),
       ("Δημοσιογράφος", "τιμή του λαδιού", None), ("Γιώργος Παπαδόπουλος", "δέκα ευρώ", None)))

case("el_parliament_caps", "vouli.txt", """ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Λαμπρούλης): Τον λόγο έχει ο κ. Νικολάου.

ΑΝΔΡΕΑΣ ΝΙΚΟΛΑΟΥ: Ευχαριστώ, κύριε Πρόεδρε. Το νομοσχέδιο αγνοεί τα νησιά.

ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Λαμπρούλης): Ολοκληρώστε, παρακαλώ.

ΑΝΔΡΕΑΣ ΝΙΚΟΛΑΟΥ: Ολοκληρώνω. Ζητούμε ονομαστική ψηφοφορία.

ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Λαμπρούλης): Το αίτημα θα τεθεί στο Σώμα.
""", T(("Προεδρευων|Λαμπρούλης", "Τον λόγο έχει", None), ("Ανδρεας Νικολαου", "αγνοεί τα νησιά", None),
       ("Προεδρευων|Λαμπρούλης", "Ολοκληρώστε", None), ("Ανδρεας Νικολαου", "ονομαστική ψηφοφορία", None),
       ("Προεδρευων|Λαμπρούλης", "θα τεθεί στο Σώμα", None)))

case("uk_apostrophe_names", "interviu.txt", """Ведуча: Доброго вечора, у студії Олена Кравець.

Олена Кравець: Добрий вечір, дякую, що запросили.

Ведуча: Як зараз працює ваша пекарня в Ізюмі?

Олена Кравець: Ми відновили піч, печемо двісті хлібин на день.

Ведуча: А хто вам допомагав?

Олена Кравець: Сусіди і волонтери з Об’єднання підприємців.
""", T(("Ведуча", "у студії", None), ("Олена Кравець", "що запросили", None),
       ("Ведуча", "пекарня в Ізюмі", None), ("Олена Кравець", "двісті хлібин", None),
       ("Ведуча", "хто вам допомагав", None), ("Олена Кравець", "волонтери", None)))

case("ro_comma_below", "interviu_ro.txt", """Reporter: Bună ziua, domnule Rădulescu.

Ștefan Rădulescu: Bună ziua, mulțumesc pentru invitație.

Reporter: Cum a fost recolta de struguri anul acesta?

Ștefan Rădulescu: Excelentă, mai ales pentru Fetească Neagră.

Reporter: Exportați în străinătate?

Ștefan Rădulescu: Da, în Germania și în Țările de Jos.
""", T(("Reporter", "domnule Rădulescu", None), ("Ștefan Rădulescu", "pentru invitație", None),
       ("Reporter", "recolta de struguri", None), ("Ștefan Rădulescu", "Fetească Neagră", None),
       ("Reporter", "Exportați", None), ("Ștefan Rădulescu", "Țările de Jos", None)))

case("hu_surname_first", "interju.txt", """Riporter: Kovács Éva harminc éve tanít Debrecenben.

Kovács Éva: Így van, negyvenkét évesen kezdtem a pályát.

Riporter: Mi változott a legtöbbet?

Kovács Éva: A gyerekek figyelme. Ma tíz percig tudnak koncentrálni.

Riporter: Ajánlaná a pályát a fiataloknak?

Kovács Éva: Csak annak, aki igazán szereti a gyerekeket.
""", T(("Riporter", "harminc éve", None), ("Kovács Éva", "negyvenkét évesen", None),
       ("Riporter", "legtöbbet", None), ("Kovács Éva", "tíz percig", None),
       ("Riporter", "Ajánlaná", None), ("Kovács Éva", "igazán szereti", None)))

case("ca_middle_dot", "entrevista_ca.txt", """Periodista: Bon dia, Marcel·lí. Com va començar el projecte?

Marcel·lí Roca: Bon dia. Vam començar amb tres vinyes abandonades al Priorat.

Periodista: I ara quantes hectàrees teniu?

Marcel·lí Roca: Dotze, totes en costers de llicorella.

Periodista: Què us diferencia dels altres cellers?

Marcel·lí Roca: La garnatxa vella i la paciència.
""", T(("Periodista", "començar el projecte", None), ("Marcel·lí Roca", "vinyes abandonades", None),
       ("Periodista", "quantes hectàrees", None), ("Marcel·lí Roca", "llicorella", None),
       ("Periodista", "altres cellers", None), ("Marcel·lí Roca", "garnatxa vella", None)))

case("eu_basque", "elkarrizketa.txt", """Kazetaria: Egun on, Ane. Noiz hasi zinen bertsotan?

Ane Etxeberria: Hamabi urterekin, eskolako bertso-eskolan.

Kazetaria: Zein da zure bertsolaririk gogokoena?

Ane Etxeberria: Xabier Amuriza, zalantzarik gabe.

Kazetaria: Txapelketara aurkeztuko zara?

Ane Etxeberria: Bai, datorren urtean saiatuko naiz.
""", T(("Kazetaria", "bertsotan", None), ("Ane Etxeberria", "Hamabi urterekin", None),
       ("Kazetaria", "gogokoena", None), ("Ane Etxeberria", "Amuriza", None),
       ("Kazetaria", "Txapelketara", None), ("Ane Etxeberria", "datorren urtean", None)))

case("id_pewawancara", "wawancara.txt", """Pewawancara: Selamat pagi, Bu Sri. Sudah berapa lama berjualan jamu?

Narasumber: Sudah dua puluh tahun, sejak anak saya lahir.

Pewawancara: Apa jamu yang paling laris?

Narasumber: Kunyit asam, terutama kalau musim panas.

Pewawancara: Apakah ada pembeli dari luar kota?

Narasumber: Ada, sekarang banyak yang pesan lewat WhatsApp.
""", T(("Pewawancara", "berjualan jamu", None), ("Narasumber", "dua puluh tahun", None),
       ("Pewawancara", "paling laris", None), ("Narasumber", "Kunyit asam", None),
       ("Pewawancara", "luar kota", None), ("Narasumber", "lewat WhatsApp", None)))

case("vi_titles", "phong_van.txt", """Phóng viên: Xin chào ông, ông có thể giới thiệu về hợp tác xã không?

Ông Nguyễn Văn Hùng: Chào chị, hợp tác xã chúng tôi có ba mươi hộ trồng cà phê.

Phóng viên: Năm nay giá cà phê thế nào?

Ông Nguyễn Văn Hùng: Giá tăng gần gấp đôi so với năm ngoái.

Phóng viên: Bà con có định mở rộng diện tích không?

Ông Nguyễn Văn Hùng: Có, nhưng thiếu nước tưới vào mùa khô.
""", T(("Phóng viên", "hợp tác xã không", None), ("Nguyễn Văn Hùng", "ba mươi hộ", None),
       ("Phóng viên", "giá cà phê", None), ("Nguyễn Văn Hùng", "gấp đôi", None),
       ("Phóng viên", "mở rộng diện tích", None), ("Nguyễn Văn Hùng", "thiếu nước tưới", None)))

case("hi_devanagari", "sakshatkar.txt", """एंकर: नमस्कार, आज हमारे साथ हैं किसान नेता राकेश वर्मा।

राकेश वर्मा: नमस्कार, मुझे बुलाने के लिए धन्यवाद।

एंकर: इस साल गेहूं की फसल कैसी रही?

राकेश वर्मा: बारिश देर से आई, इसलिए उत्पादन कम हुआ।

एंकर: सरकार से आपकी क्या मांग है?

राकेश वर्मा: न्यूनतम समर्थन मूल्य की कानूनी गारंटी।
""", T(("एंकर", "किसान नेता", None), ("राकेश वर्मा", "बुलाने के लिए", None),
       ("एंकर", "गेहूं की फसल", None), ("राकेश वर्मा", "उत्पादन कम", None),
       ("एंकर", "क्या मांग है", None), ("राकेश वर्मा", "कानूनी गारंटी", None)))

case("ar_sin_jim", "hiwar.txt", """حوار مع الروائي خالد المصري

س: متى بدأت كتابة روايتك الأولى؟

ج: في عام ألفين، عندما كنت أعمل في مكتبة صغيرة في الإسكندرية.

س: من هم الكتاب الذين أثروا فيك؟

ج: نجيب محفوظ أولا، ثم الطيب صالح.

س: ما مشروعك القادم؟

ج: رواية عن البحارة في ميناء الإسكندرية القديم.
""", T(("س|*", "روايتك الأولى", None), ("ج|خالد المصري|*", "مكتبة صغيرة", None),
       ("س|*", "أثروا فيك", None), ("ج|خالد المصري|*", "نجيب محفوظ", None),
       ("س|*", "مشروعك القادم", None), ("ج|خالد المصري|*", "البحارة", None)))

case("ar_rlm_marks", "muqabala.txt", """\u200fالمحاور: مرحبا بك، كيف بدأت فكرة المتجر؟

\u200fليلى حداد: بدأت من مطبخ البيت، كنت أبيع الحلويات للجيران.

\u200fالمحاور: وكم عدد الموظفين اليوم؟

\u200fليلى حداد: خمسة عشر موظفا في فرعين.

\u200fالمحاور: هل تفكرين في التصدير؟

\u200fليلى حداد: نعم، إلى دول الخليج العام القادم.
""", T(("المحاور", "فكرة المتجر", None), ("ليلى حداد", "مطبخ البيت", None),
       ("المحاور", "عدد الموظفين", None), ("ليلى حداد", "خمسة عشر", None),
       ("المحاور", "التصدير", None), ("ليلى حداد", "دول الخليج", None)))

case("he_rtl", "reayon.txt", """מראיין: שלום, ספרי לנו איך הגעת לחקלאות.

נועה כהן: גדלתי בקיבוץ בעמק יזרעאל, עבדתי ברפת מגיל שתים עשרה.

מראיין: ומה את מגדלת היום?

נועה כהן: עגבניות שרי בחממות, בעיקר לייצוא.

מראיין: איך משפיע המחסור במים?

נועה כהן: עברנו להשקיה בטפטוף ממוחשבת, זה חסך שלושים אחוז.
""", T(("מראיין", "הגעת לחקלאות", None), ("נועה כהן", "בעמק יזרעאל", None),
       ("מראיין", "מגדלת היום", None), ("נועה כהן", "עגבניות שרי", None),
       ("מראיין", "המחסור במים", None), ("נועה כהן", "בטפטוף", None)))

case("th_thai", "sambhat.txt", """ผู้ดำเนินรายการ: สวัสดีครับ วันนี้เรามีคุณสมชาย ใจดี เจ้าของร้านกาแฟ

สมชาย ใจดี: สวัสดีครับ ขอบคุณที่เชิญมา

ผู้ดำเนินรายการ: เริ่มทำร้านกาแฟตั้งแต่เมื่อไหร่ครับ

สมชาย ใจดี: ประมาณห้าปีก่อน หลังจากกลับจากเชียงราย

ผู้ดำเนินรายการ: เมล็ดกาแฟมาจากไหนครับ

สมชาย ใจดี: จากดอยช้าง ผมซื้อตรงจากเกษตรกร
""", T(("ผู้ดำเนินรายการ", "วันนี้เรามี", None), ("สมชาย ใจดี", "ขอบคุณที่เชิญมา", None),
       ("ผู้ดำเนินรายการ", "ตั้งแต่เมื่อไหร่", None), ("สมชาย ใจดี", "ห้าปีก่อน", None),
       ("ผู้ดำเนินรายการ", "มาจากไหน", None), ("สมชาย ใจดี", "ดอยช้าง", None)))

case("ja_dash_questions", "intabyu.txt", """――まず、陶芸を始めたきっかけを教えてください。

山田：祖父が窯元だったので、子どもの頃から土に触れていました。

――修業はどちらで？

山田：京都で五年間、清水焼の工房にいました。

――今後の目標は？

山田：海外の若い作家と一緒に展示会を開きたいです。
""", T(("*", "陶芸を始めた", None), ("山田", "祖父が窯元", None),
       ("*", "修業はどちら", None), ("山田", "清水焼", None),
       ("*", "今後の目標", None), ("山田", "展示会を開きたい", None)))

case("ja_fullwidth_colon_shikai", "zadankai.txt", """司会：本日はお集まりいただきありがとうございます。

佐藤：よろしくお願いします。

司会：まず、リモートワークの課題について伺います。

鈴木：やはりコミュニケーション不足ですね。雑談が減りました。

佐藤：私は評価の難しさを感じています。

司会：なるほど。解決策はありますか。

鈴木：週に一度は出社日を設けています。
""", T(("司会", "お集まりいただき", None), ("佐藤", "よろしくお願いします", None),
       ("司会", "リモートワークの課題", None), ("鈴木", "雑談が減りました", None),
       ("佐藤", "評価の難しさ", None), ("司会", "解決策はありますか", None), ("鈴木", "出社日", None)))

case("ja_sumitsuki_brackets", "bangumi.txt", """【田中】皆さんこんばんは、ラジオ深夜便の時間です。

【ゲスト・高橋】こんばんは、お招きいただき光栄です。

【田中】今夜は星空観察のお話ですね。

【ゲスト・高橋】はい、冬はオリオン座が一番見やすい季節です。

【田中】都会でも見えますか。

【ゲスト・高橋】明るい星なら、街中でも十分見えますよ。
""", T(("田中", "ラジオ深夜便", None), ("高橋", "お招きいただき", None),
       ("田中", "星空観察", None), ("高橋", "オリオン座", None),
       ("田中", "都会でも", None), ("高橋", "街中でも", None)))

case("zh_wen_da", "wenda.txt", """问：您为什么选择回到家乡创业？

答：因为家乡的茶叶品质很好，但一直没有自己的品牌。

问：创业过程中最大的困难是什么？

答：资金和人才，年轻人都去城市了。

问：现在公司有多少员工？

答：六十多人，大部分是本村的村民。
""", T(("问|*", "回到家乡创业", None), ("答|*", "茶叶品质", None),
       ("问|*", "最大的困难", None), ("答|*", "资金和人才", None),
       ("问|*", "多少员工", None), ("答|*", "本村的村民", None)))

case("zh_traditional_halfwidth", "fangtan.txt", """主持人: 歡迎收聽今天的節目，我們邀請到建築師林志明。

林志明: 大家好，很高興來到這裡。

主持人: 您最近在台南完成了一個老屋改造案？

林志明: 對，是一棟百年的街屋，我們保留了原本的木構架。

主持人: 預算大概多少？

林志明: 大約八百萬台幣。
""", T(("主持人", "歡迎收聽", None), ("林志明", "很高興來到", None),
       ("主持人", "老屋改造", None), ("林志明", "木構架", None),
       ("主持人", "預算大概", None), ("林志明", "八百萬", None)))

case("latin_fullwidth_colon", "ime_colon.txt", """Host：Welcome to Tokyo Startup Talk. Today we have Ken Mori.

Ken Mori：Thanks for having me on the show.

Host：What does your company make?

Ken Mori：Sensors for rice paddies that measure water depth.

Host：How many farmers use them?

Ken Mori：About four hundred in Niigata prefecture.
""", T(("Host", "Tokyo Startup Talk", None), ("Ken Mori", "having me on", None),
       ("Host", "company make", None), ("Ken Mori", "rice paddies", None),
       ("Host", "farmers use them", None), ("Ken Mori", "Niigata", None)))

# ================================================================ interviews and oral histories
case("oh_interviewer_name_parens", "oh_parens.txt", """INTERVIEWER (Susan Clark): Today is March 3rd, 2009. Could you tell me where you grew up?

NARRATOR (Walter Brennan): In Butte, Montana. My father worked the Anaconda mines.

INTERVIEWER (Susan Clark): What was school like?

NARRATOR (Walter Brennan): One room, forty kids, and a teacher from Dublin.

INTERVIEWER (Susan Clark): Did you finish high school?

NARRATOR (Walter Brennan): No, I left at fifteen to work at the smelter.
""", T(("Susan Clark|Interviewer", "where you grew up", None), ("Walter Brennan|Narrator", "Anaconda mines", None),
       ("Susan Clark|Interviewer", "school like", None), ("Walter Brennan|Narrator", "teacher from Dublin", None),
       ("Susan Clark|Interviewer", "finish high school", None), ("Walter Brennan|Narrator", "the smelter", None)))

case("oh_qa_inline_times", "oh_times.txt", """Q: [00:00:15] Let's start with your childhood. Where were you born?

A: I was born in Tulsa in 1931. [00:00:22] My family moved to Oakland when I was six, because my father found work in the shipyards.

Q: [00:01:10] What do you remember about the war years?

A: The blackouts. [00:01:14] We had to cover the windows with black paper, and my mother sewed curtains for the whole block.

Q: [00:02:30] And after the war?

A: The shipyards closed and we moved again, this time to Richmond.
""", T(("Q|Interviewer", "Where were you born", 15), ("A|Narrator", "born in Tulsa", None),
       ("Q|Interviewer", "war years", 70), ("A|Narrator", "The blackouts", None),
       ("Q|Interviewer", "after the war", 150), ("A|Narrator", "moved again", None)))

case("oh_initials_periods", "oh_initials_dots.txt", """J.S.: This is Jane Simmons interviewing Mr. Robert Kahale on Maui. Mr. Kahale, when did you start fishing?

R.K.: When I was maybe eight years old, with my uncle on his sampan.

J.S.: What did you catch in those days?

R.K.: Mostly aku and ahi. We sold them at the pier in Lahaina.

J.S.: How has the fishing changed?

R.K.: Fewer fish, more boats, and the prices never go up.
""", T(("J.S.|Jane Simmons", "start fishing", None), ("R.K.|Robert Kahale", "on his sampan", None),
       ("J.S.|Jane Simmons", "catch in those days", None), ("R.K.|Robert Kahale", "pier in Lahaina", None),
       ("J.S.|Jane Simmons", "fishing changed", None), ("R.K.|Robert Kahale", "prices never go up", None)))

case("oh_question_answer_headings", "oh_headings.txt", """Question:
Can you describe the day the mill closed?

Answer:
We came in for the morning shift and the gates were chained. There was a notice stapled to the fence.

Question:
What did people do?

Answer:
Some went to the union hall. Most just went home and sat in their kitchens.

Question:
Did the town recover?

Answer:
Not really. The school closed ten years later.
""", T(("Question|Interviewer|Q", "mill closed", None), ("Answer|Narrator|A", "gates were chained", None),
       ("Question|Interviewer|Q", "What did people do", None), ("Answer|Narrator|A", "union hall", None),
       ("Question|Interviewer|Q", "town recover", None), ("Answer|Narrator|A", "school closed", None)))

case("oh_loc_tape_markers", "oh_loc.txt", """[Begin Tape 1, Side A]

CLARK: This is Susan Clark with Dorothy Hale in Asheville, North Carolina. Miss Hale, tell me about your mother.

HALE: She was a weaver. She sold coverlets to the tourists at the Grove Park Inn. [laughs]

CLARK: Did she teach you to weave?

HALE: She tried. I was hopeless at it. My sister got the talent.

[End Tape 1, Side A]
[Begin Tape 1, Side B]

CLARK: We were talking about your sister.

HALE: Yes, Ruth. She won a ribbon at the state fair in 1948.
""", T(("Clark|Susan Clark", "about your mother", None), ("Hale|Dorothy Hale", "She was a weaver", None),
       ("Clark|Susan Clark", "teach you to weave", None), ("Hale|Dorothy Hale", "hopeless at it", None),
       ("Clark|Susan Clark", "talking about your sister", None), ("Hale|Dorothy Hale", "state fair", None)))

case("oh_label_then_indented", "oh_indented.txt", """INTERVIEWER
    When did you first come to Chicago?

MRS. WASHINGTON
    In 1943, on the Illinois Central from Greenwood, Mississippi.
    I had one suitcase and a shoebox of fried chicken.

INTERVIEWER
    Where did you live?

MRS. WASHINGTON
    With my aunt on South Parkway, six of us in two rooms.

INTERVIEWER
    And work?

MRS. WASHINGTON
    The Armour packing plant, on the sausage line.
""", T(("Interviewer", "first come to Chicago", None), ("Washington", "Illinois Central", None),
       ("Interviewer", "Where did you live", None), ("Washington", "South Parkway", None),
       ("Interviewer", "And work", None), ("Washington", "sausage line", None)))

# ================================================================ podcasts from CMS and blogs
case("html_p_bold_name_time_next_p", "ep_wp.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Episode 12 transcript – The Garden Hour</title></head><body>
<article class="entry-content">
<h1>Episode 12: Composting in winter</h1>
<p><strong>Lisa Hart</strong> (00:00:02)</p>
<p>Welcome to The Garden Hour. Today we talk about composting when it is freezing outside.</p>
<p><strong>Dev Malhotra</strong> (00:00:09)</p>
<p>Thanks Lisa. The trick is insulation, straw bales around the bin work wonders.</p>
<p><strong>Lisa Hart</strong> (00:00:18)</p>
<p>Does the pile stop working below zero?</p>
<p><strong>Dev Malhotra</strong> (00:00:22)</p>
<p>It slows down, but the core can stay warm if it is big enough.</p>
</article></body></html>
""", T(("Lisa Hart", "freezing outside", 2), ("Dev Malhotra", "straw bales", 9),
       ("Lisa Hart", "below zero", 18), ("Dev Malhotra", "core can stay warm", 22)))

case("html_span_classes", "ep_spans.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Transcript: Sleep and shift work</title></head><body>
<div class="transcript">
<div class="segment"><span class="speaker">Maya Cohen</span> <span class="timestamp">[00:00]</span> <span class="text">Hi, welcome to Night Owls.</span></div>
<div class="segment"><span class="speaker">Dr. Ken Ito</span> <span class="timestamp">[00:05]</span> <span class="text">Glad to be here, I study circadian rhythms.</span></div>
<div class="segment"><span class="speaker">Maya Cohen</span> <span class="timestamp">[00:11]</span> <span class="text">Can nurses on night shift ever sleep well?</span></div>
<div class="segment"><span class="speaker">Dr. Ken Ito</span> <span class="timestamp">[00:16]</span> <span class="text">Yes, with blackout curtains and a fixed schedule.</span></div>
<div class="segment"><span class="speaker">Maya Cohen</span> <span class="timestamp">[00:24]</span> <span class="text">What about melatonin?</span></div>
</div></body></html>
""", T(("Maya Cohen", "welcome to Night Owls", 0), ("Ken Ito", "circadian rhythms", 5),
       ("Maya Cohen", "ever sleep well", 11), ("Ken Ito", "blackout curtains", 16),
       ("Maya Cohen", "about melatonin", 24)))

case("html_h4_speakers", "ep_h4.html", """<html><body>
<h2>Full transcript</h2>
<h4>Tom Reyes</h4>
<p>So, tell me how the bakery started.</p>
<h4>Amina Yusuf</h4>
<p>I was baking bread for neighbours during the lockdown.</p>
<p>Then people started paying me, and suddenly it was a business.</p>
<h4>Tom Reyes</h4>
<p>What is your best seller?</p>
<h4>Amina Yusuf</h4>
<p>The cardamom buns, by far.</p>
</body></html>
""", T(("Tom Reyes", "bakery started", None), ("Amina Yusuf", "during the lockdown", None),
       ("Amina Yusuf", "suddenly it was a business", None),
       ("Tom Reyes", "best seller", None), ("Amina Yusuf", "cardamom buns", None)))

case("html_dl_dt_dd", "ep_dl.html", """<html><body><dl class="transcript">
<dt>Host</dt><dd>Welcome to Tech Weekly. Our guest builds drones.</dd>
<dt>Priya Raman</dt><dd>Hi! Agricultural drones, to be exact.</dd>
<dt>Host</dt><dd>What do they do on a farm?</dd>
<dt>Priya Raman</dt><dd>They map crop stress using infrared cameras.</dd>
<dt>Host</dt><dd>Are they expensive?</dd>
<dt>Priya Raman</dt><dd>About the price of a small tractor tyre.</dd>
</dl></body></html>
""", T(("Host", "builds drones", None), ("Priya Raman", "Agricultural drones", None),
       ("Host", "on a farm", None), ("Priya Raman", "infrared cameras", None),
       ("Host", "expensive", None), ("Priya Raman", "tractor tyre", None)))

case("md_heading_name_dash_time", "ep_headings.md", """# Episode 7 — Urban beekeeping

### Lena Vogt — 00:00:03

Welcome back to City Wild. Today: bees on rooftops.

### Marco Bellini — 00:00:10

Thanks Lena. I keep twelve hives on a parking garage in Milan.

### Lena Vogt — 00:00:17

Do the neighbours complain?

### Marco Bellini — 00:00:21

Only when the honey runs out.
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

case("md_bold_time_name_colon_inside", "ep_boldtime.md", """## Transcript

**[00:00:00] Lena Vogt:** Welcome back to City Wild. Today: bees on rooftops.

**[00:00:07] Marco Bellini:** Thanks Lena. I keep twelve hives on a parking garage in Milan.

**[00:00:15] Lena Vogt:** Do the neighbours complain?

**[00:00:19] Marco Bellini:** Only when the honey runs out.
""", T(("Lena Vogt", "bees on rooftops", 0), ("Marco Bellini", "twelve hives", 7),
       ("Lena Vogt", "neighbours complain", 15), ("Marco Bellini", "honey runs out", 19)))

case("md_italic_name_time", "ep_italic.md", """*Lena Vogt* (00:03): Welcome back to City Wild. Today: bees on rooftops.

*Marco Bellini* (00:10): Thanks Lena. I keep twelve hives on a parking garage in Milan.

*Lena Vogt* (00:17): Do the neighbours complain?

*Marco Bellini* (00:21): Only when the honey runs out.
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

case("md_blockquote_dialogue", "ep_quote.md", """# Interview with a cartographer

> **Q:** How did you get into mapmaking?
>
> **Elena Sorokina:** Through orienteering. I kept redrawing the club maps.

> **Q:** Do you still draw by hand?
>
> **Elena Sorokina:** For sketches, yes. Final maps are in QGIS.

> **Q:** Favourite map of all time?
>
> **Elena Sorokina:** The 1930s London Underground diagram by Harry Beck.
""", T(("Q|Interviewer|*", "get into mapmaking", None), ("Elena Sorokina", "orienteering", None),
       ("Q|Interviewer|*", "draw by hand", None), ("Elena Sorokina", "QGIS", None),
       ("Q|Interviewer|*", "Favourite map", None), ("Elena Sorokina", "Harry Beck", None)))

case("substack_name_time_line_bold", "substack.md", """**Lena Vogt** · 0:03

Welcome back to City Wild. Today: bees on rooftops.

**Marco Bellini** · 0:10

Thanks Lena. I keep twelve hives on a parking garage in Milan.

**Lena Vogt** · 0:17

Do the neighbours complain?

**Marco Bellini** · 0:21

Only when the honey runs out.
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

case("podcast_time_first_caps_name", "ep_caps.txt", """[00:00:03] LENA VOGT: Welcome back to City Wild. Today: bees on rooftops.

[00:00:10] MARCO BELLINI: Thanks Lena. I keep twelve hives on a parking garage in Milan.

[00:00:17] LENA VOGT: Do the neighbours complain?

[00:00:21] MARCO BELLINI: Only when the honey runs out.

[00:00:25] LENA VOGT: [laughs] Fair enough.
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21),
       ("Lena Vogt", "Fair enough", 25)))

# ================================================================ TV and radio
case("cnn_videotape", "cnn.txt", """BLITZER: Our Barbara Starr is at the Pentagon with the latest. Barbara?

STARR: Wolf, officials tell me the carrier group will arrive by Friday.

(BEGIN VIDEOTAPE)

STARR (voice-over): The USS Eisenhower left Norfolk on Tuesday with three destroyers.

LLOYD AUSTIN, DEFENSE SECRETARY: We are sending a clear message of deterrence.

(END VIDEOTAPE)

STARR: Wolf, a second carrier could follow next month.

BLITZER: Barbara Starr, thank you.
""", T(("Blitzer", "latest", None), ("Starr", "arrive by Friday", None),
       ("Starr", "left Norfolk", None), ("Lloyd Austin|Austin", "message of deterrence", None),
       ("Starr", "second carrier", None), ("Blitzer", "Barbara Starr, thank you", None)))

case("npr_full_then_short", "npr.txt", """STEVE INSKEEP, HOST:

A drought in the Horn of Africa has left millions without food. NPR's Eyder Peralta reports from Nairobi.

EYDER PERALTA, BYLINE: In a village outside Garissa, the wells have dried up.

(SOUNDBITE OF CATTLE LOWING)

PERALTA: Herder Abdi Hassan lost forty goats this year.

ABDI HASSAN: (Speaking Somali).

PERALTA: He says he has never seen a drought like this.

INSKEEP: Eyder, is help arriving?

PERALTA: Slowly, Steve. The World Food Programme says it is short of funds.
""", T(("Steve Inskeep|Inskeep", "Horn of Africa", None), ("Eyder Peralta|Peralta", "wells have dried up", None),
       ("Eyder Peralta|Peralta", "forty goats", None), ("Abdi Hassan", "Speaking Somali", None),
       ("Eyder Peralta|Peralta", "never seen a drought", None), ("Steve Inskeep|Inskeep", "help arriving", None),
       ("Eyder Peralta|Peralta", "short of funds", None)))

case("bbc_radio_caps_presenter", "bbc.txt", """PRESENTER: Good morning. It's seven o'clock on Tuesday the fourth of June. This is the Today programme.

NICK ROBINSON: The Chancellor says the budget will not raise income tax. Our economics editor Faisal Islam is here.

FAISAL ISLAM: Morning Nick. The Treasury is looking at capital gains instead.

NICK ROBINSON: Would that raise much?

FAISAL ISLAM: A few billion at most, which is not enough to fill the hole.

PRESENTER: It's seven minutes past seven.
""", T(("Presenter", "Today programme", None), ("Nick Robinson", "not raise income tax", None),
       ("Faisal Islam", "capital gains", None), ("Nick Robinson", "raise much", None),
       ("Faisal Islam", "fill the hole", None), ("Presenter", "seven minutes past", None)))

case("fox_unidentified", "fox.txt", """HANNITY: Welcome back. Let's go to the border. Griff Jenkins is in El Paso.

GRIFF JENKINS, FOX NEWS CORRESPONDENT: Sean, we have seen about two thousand crossings today alone.

UNIDENTIFIED MALE: They come every night, mostly families.

UNIDENTIFIED FEMALE: We just want to work. (through translator)

JENKINS: Border Patrol says the shelters are full.

HANNITY: Griff, thank you.
""", T(("Hannity", "go to the border", None), ("Griff Jenkins|Jenkins", "two thousand crossings", None),
       ("?M", "every night", None), ("?F", "just want to work", None),
       ("Griff Jenkins|Jenkins", "shelters are full", None), ("Hannity", "Griff, thank you", None)))

case("tv_bracket_caption_names", "tv_caption.txt", """[ANCHOR] Good evening, our top story tonight: a water main break downtown.

[REPORTER] Traffic on Fifth Avenue has been stopped for six hours.

[RESIDENT] The water came right up into my basement.

[REPORTER] City crews expect repairs to finish by morning.

[ANCHOR] Thanks for that report.
""", T(("Anchor", "water main break", None), ("Reporter", "Fifth Avenue", None),
       ("Resident", "into my basement", None), ("Reporter", "repairs to finish", None),
       ("Anchor", "Thanks for that report", None)))

# ================================================================ earnings calls
case("fool_earnings", "earnings_fool.txt", """Prepared Remarks:

Operator

Good day, and welcome to the Acme Corporation fourth-quarter 2023 earnings call. At this time, I would like to turn the call over to Jane Park, head of investor relations.

Jane Park -- Head of Investor Relations

Thank you, operator. With me today are our CEO, Tom Brandt, and our CFO, Lisa Wong.

Tom Brandt -- Chief Executive Officer

Thanks, Jane. Revenue grew 14% to a record $2.1 billion.

Lisa Wong -- Chief Financial Officer

Gross margin was 41.2%, up 180 basis points year over year.

Questions & Answers:

Operator

Our first question comes from Mark Davis with Morgan Stanley.

Mark Davis -- Morgan Stanley -- Analyst

Thanks. Can you talk about pricing in Europe?

Tom Brandt -- Chief Executive Officer

Sure. We raised prices 3% in January and saw no churn.
""", T(("Operator", "fourth-quarter 2023", None), ("Jane Park", "With me today", None),
       ("Tom Brandt", "record $2.1 billion", None), ("Lisa Wong", "Gross margin", None),
       ("Operator", "first question comes", None), ("Mark Davis", "pricing in Europe", None),
       ("Tom Brandt", "saw no churn", None)))

case("seekingalpha_earnings", "earnings_sa.txt", """Acme Corporation (ACME) Q4 2023 Earnings Call Transcript

Company Participants

Jane Park - Head of IR
Tom Brandt - CEO
Lisa Wong - CFO

Conference Call Participants

Mark Davis - Morgan Stanley

Operator

Good day, and welcome to the Acme fourth-quarter earnings call.

Jane Park

Thank you. Joining me are Tom Brandt and Lisa Wong.

Tom Brandt

Revenue grew 14% to a record $2.1 billion.

Question-and-Answer Session

Operator

Our first question comes from Mark Davis of Morgan Stanley.

Mark Davis

Can you talk about pricing in Europe?

Tom Brandt

We raised prices 3% in January and saw no churn.
""", T(("Operator", "welcome to the Acme", None), ("Jane Park", "Joining me are", None),
       ("Tom Brandt", "record $2.1 billion", None), ("Operator", "first question comes", None),
       ("Mark Davis", "pricing in Europe", None), ("Tom Brandt", "saw no churn", None)))

case("earnings_inline_dash_title", "earnings_inline.txt", """Operator: Good morning and welcome to the Q2 2024 results call for Nordwind AG.

Katrin Albers - Chief Executive Officer: Thank you. Order intake rose 22% in the quarter.

Paul Meyer - Chief Financial Officer: Free cash flow was EUR 140 million.

Operator: The first question is from Sarah Klein, Deutsche Bank.

Sarah Klein - Deutsche Bank: How sustainable is the offshore backlog?

Katrin Albers - Chief Executive Officer: It covers production through 2027.
""", T(("Operator", "results call", None), ("Katrin Albers", "Order intake", None),
       ("Paul Meyer", "Free cash flow", None), ("Operator", "first question is from", None),
       ("Sarah Klein", "offshore backlog", None), ("Katrin Albers", "through 2027", None)))

# ================================================================ UN / EU / WTO / councils / boards
case("un_sc_verbatim", "un_sc.txt", """The President (spoke in French): The 9521st meeting of the Security Council is called to order.

The agenda was adopted.

The President (spoke in French): I now give the floor to the representative of Brazil.

Mr. Costa Filho (Brazil): I thank the presidency for convening this meeting on the protection of civilians.

The President (spoke in French): I now give the floor to the representative of China.

Mr. Zhang Jun (China) (spoke in Chinese): China supports an immediate ceasefire.

The President (spoke in French): The meeting rose at 12.05 p.m.
""", T(("President", "is called to order", None), ("President", "representative of Brazil", None),
       ("Costa Filho", "protection of civilians", None), ("President", "representative of China", None),
       ("Zhang Jun", "immediate ceasefire", None), ("President", "rose at 12.05", None)))

case("un_ga_spoke_in_arabic_mrs", "un_ga.txt", """The Acting President: I now call on the Minister for Foreign Affairs of Jordan.

Mr. Safadi (Jordan) (spoke in Arabic): Mr. President, the region cannot bear another war.

The Acting President: I now call on the representative of Norway.

Ms. Juul (Norway): Norway welcomes the humanitarian pause and calls for its extension.

The Acting President: We have heard the last speaker in the debate.
""", T(("Acting President", "Foreign Affairs of Jordan", None), ("Safadi", "another war", None),
       ("Acting President", "representative of Norway", None), ("Juul", "humanitarian pause", None),
       ("Acting President", "last speaker", None)))

case("eu_council_public_session", "council_session.txt", """CHAIR (Minister Nadia Calviño, ES): Good morning, colleagues. We start with the draft directive on energy performance.

COMMISSIONER SIMSON: Thank you, Chair. The text is balanced and ready for agreement.

CHAIR (Minister Nadia Calviño, ES): Thank you. Germany has asked for the floor.

GERMANY: We can support the compromise with a statement for the minutes.

POLAND: Poland cannot support the text in its current form.

CHAIR (Minister Nadia Calviño, ES): I note a qualified majority. The general approach is adopted.
""", T(("Chair|Nadia Calviño", "energy performance", None), ("Simson|Commissioner Simson", "ready for agreement", None),
       ("Chair|Nadia Calviño", "Germany has asked", None), ("Germany", "statement for the minutes", None),
       ("Poland", "current form", None), ("Chair|Nadia Calviño", "qualified majority", None)))

case("city_council_verbatim", "council_minutes.txt", """CITY OF RIVERTON
REGULAR COUNCIL MEETING – VERBATIM EXCERPT
Tuesday, April 9, 2024, 7:00 p.m.

MAYOR PRO TEM GARCIA: We are now on item 7B, the rezoning of 412 Elm Street. Madam Clerk, any speaker cards?

CITY CLERK: Yes, we have one, Mr. Dale Hutchins.

MR. HUTCHINS: Thank you. I live next door and this building will block all my sunlight.

COUNCILMEMBER OKAFOR: Mr. Hutchins, did you attend the planning commission hearing?

MR. HUTCHINS: I did, and nobody listened there either.

MAYOR PRO TEM GARCIA: Thank you. Is there a motion?

COUNCILMEMBER OKAFOR: I move to continue this item to May 14.
""", T(("Garcia|Mayor Pro Tem Garcia", "rezoning of 412", None), ("City Clerk|Clerk", "Dale Hutchins", None),
       ("Hutchins", "block all my sunlight", None), ("Okafor", "planning commission", None),
       ("Hutchins", "nobody listened", None), ("Garcia|Mayor Pro Tem Garcia", "Is there a motion", None),
       ("Okafor", "continue this item", None)))

case("school_board_mixed_titles", "school_board.txt", """Board President Alvarez: The meeting will come to order. We begin with public comment.

Superintendent Dr. Lee: Before we start, the budget presentation has moved to item nine.

Board President Alvarez: Thank you. First speaker, please state your name.

Public Comment – Maria Santos: Maria Santos, parent at Lincoln Elementary. The portable classrooms have no air conditioning.

Trustee Nguyen: Dr. Lee, when will the HVAC bond money be spent?

Superintendent Dr. Lee: Construction starts in June, Lincoln is first on the list.

Board President Alvarez: Thank you. Next speaker.
""", T(("Alvarez|Board President Alvarez", "come to order", None), ("Lee|Superintendent Dr. Lee", "budget presentation", None),
       ("Alvarez|Board President Alvarez", "state your name", None), ("Maria Santos", "no air conditioning", None),
       ("Nguyen|Trustee Nguyen", "HVAC bond", None), ("Lee|Superintendent Dr. Lee", "Construction starts", None),
       ("Alvarez|Board President Alvarez", "Next speaker", None)))

case("council_roll_call_votes", "council_vote.txt", """CHAIR WILLIAMS: The clerk will call the roll on the motion.

CLERK: Councilmember Adams?

COUNCILMEMBER ADAMS: Aye.

CLERK: Councilmember Brooks?

COUNCILMEMBER BROOKS: No, and I'd like to explain my vote. This ordinance has no funding source.

CLERK: Chair Williams?

CHAIR WILLIAMS: Aye. The motion carries two to one.
""", T(("Williams|Chair Williams", "call the roll", None), ("Clerk", "Councilmember Adams?", None),
       ("Adams", "Aye.", None), ("Clerk", "Councilmember Brooks?", None),
       ("Brooks", "no funding source", None), ("Clerk", "Chair Williams?", None),
       ("Williams|Chair Williams", "motion carries", None)))

case("sermon_with_qa", "sermon.txt", """Sunday Service – March 10 – "The Prodigal Son" – Pastor Mike Dunn

PASTOR MIKE: Good morning, church! Turn with me to Luke chapter fifteen.

PASTOR MIKE: The younger son asks for his inheritance, which in that culture was like saying "I wish you were dead."

[Q&A after the service]

CONGREGANT (Linda): Pastor, why does the older brother get so angry?

PASTOR MIKE: Because he thought obedience earned him love, Linda.

CONGREGANT (Joe): Is the father meant to be God?

PASTOR MIKE: Most readers think so, yes.
""", T(("Pastor Mike|Mike Dunn", "Luke chapter fifteen", None), ("Pastor Mike|Mike Dunn", "inheritance", None),
       ("Linda", "older brother", None), ("Pastor Mike|Mike Dunn", "obedience earned", None),
       ("Joe", "father meant to be God", None), ("Pastor Mike|Mike Dunn", "Most readers", None)))

case("mit_ocw_lecture", "lecture_ocw.txt", """The following content is provided under a Creative Commons license. Your support will help MIT OpenCourseWare continue to offer high-quality educational resources for free.

PROFESSOR: All right, let's get started. Today we talk about eigenvalues.

STUDENT: Is this going to be on the midterm?

PROFESSOR: Everything is on the midterm. So, a matrix A times a vector x equals lambda x.

AUDIENCE: [LAUGHTER]

STUDENT: Can lambda be complex?

PROFESSOR: Good question. Yes, for a rotation matrix it has to be.
""", T(("Professor", "eigenvalues", None), ("Student", "on the midterm?", None),
       ("Professor", "lambda x", None), ("Student", "lambda be complex", None),
       ("Professor", "rotation matrix", None)))

case("lecture_named_prof_audience_member", "seminar.txt", """PROF. HOLLOWAY: Welcome to the final seminar of the term. Our topic is the Dust Bowl.

AUDIENCE MEMBER 1: Was the drought the main cause, or the farming?

PROF. HOLLOWAY: Both, but the plough broke the grassland long before the drought.

AUDIENCE MEMBER 2: How many people left Oklahoma?

PROF. HOLLOWAY: Roughly three hundred thousand in the decade.

AUDIENCE MEMBER 1: Did any of them come back?
""", T(("Holloway", "Dust Bowl", None), ("Audience Member 1", "main cause", None),
       ("Holloway", "plough broke", None), ("Audience Member 2", "left Oklahoma", None),
       ("Holloway", "three hundred thousand", None), ("Audience Member 1", "come back", None)))

# ================================================================ focus groups and usability tests
case("fg_es_participante", "grupo_focal.txt", """Moderadora: Gracias por venir. ¿Qué marca de leche compran normalmente?

Participante 1: La del supermercado, la más barata.

Participante 3: Yo compro sin lactosa, por mi hijo.

Moderadora: ¿Y qué les parece el nuevo envase?

Participante 2: Es incómodo, gotea al servir.

Participante 1: A mí me gusta porque se puede reciclar.
""", T(("Moderadora", "marca de leche", None), ("Participante 1", "más barata", None),
       ("Participante 3", "sin lactosa", None), ("Moderadora", "nuevo envase", None),
       ("Participante 2", "gotea al servir", None), ("Participante 1", "se puede reciclar", None)))

case("fg_de_tn_codes", "fokusgruppe.txt", """M: Herzlich willkommen. Wie kommen Sie morgens zur Arbeit?

TN1: Mit dem Fahrrad, außer im Winter.

TN2: Mit der S-Bahn, die ist aber ständig verspätet.

M: Was würde Sie zum Umsteigen bewegen?

TN3: Ein günstigeres Deutschlandticket.

TN2: Pünktlichkeit, ganz einfach.
""", T(("M|Moderator", "zur Arbeit", None), ("TN1", "Mit dem Fahrrad", None),
       ("TN2", "ständig verspätet", None), ("M|Moderator", "Umsteigen", None),
       ("TN3", "Deutschlandticket", None), ("TN2", "Pünktlichkeit", None)))

case("fg_fr_participant_space_colon", "groupe.txt", """Animatrice : Bonjour à toutes et à tous. Que pensez-vous du nouveau tramway ?

Participant 1 : Il est rapide, mais toujours bondé le matin.

Participante 2 : Moi je le trouve bruyant dans les virages.

Animatrice : Et les tarifs ?

Participant 3 : Trop chers pour les étudiants.

Participant 1 : D'accord avec lui, il faudrait un tarif jeune.
""", T(("Animatrice", "nouveau tramway", None), ("Participant 1", "bondé le matin", None),
       ("Participante 2", "bruyant dans les virages", None), ("Animatrice", "Et les tarifs", None),
       ("Participant 3", "pour les étudiants", None), ("Participant 1", "tarif jeune", None)))

case("fg_ja_shi_labels", "guruintabyu.txt", """司会：本日はありがとうございます。普段どこで服を買いますか。

A氏：ほとんどネット通販です。

B氏：駅ビルのセレクトショップが多いです。

司会：価格はどのくらい気にしますか。

C氏：セールの時しか買いません。

A氏：送料無料かどうかが一番大事です。
""", T(("司会", "服を買いますか", None), ("A氏", "ネット通販", None),
       ("B氏", "駅ビル", None), ("司会", "価格はどのくらい", None),
       ("C氏", "セールの時", None), ("A氏", "送料無料", None)))

case("fg_pt_numbered_paren", "grupo_pt.txt", """Moderador: Boa noite. O que acham do aplicativo do banco?

(P1) Rafaela: Uso todo dia, é prático.

(P2) Thiago: Trava muito na hora do Pix.

Moderador: Alguém já teve problema de segurança?

(P3) Dona Cida: Eu caí num golpe pelo WhatsApp no ano passado.

(P1) Rafaela: Nossa, que horror.
""", T(("Moderador", "aplicativo do banco", None), ("Rafaela|P1", "Uso todo dia", None),
       ("Thiago|P2", "hora do Pix", None), ("Moderador", "problema de segurança", None),
       ("Cida|P3", "caí num golpe", None), ("Rafaela|P1", "que horror", None)))

case("usability_test_paren_times", "usability_p3.txt", """Usability study – Checkout redesign – Participant 3
Facilitator: Anna Lee | Date: 2024-02-14

Facilitator (00:01:05): Please go ahead and buy the blue running shoes in size 42.

P3 (00:01:12): Okay, I'm clicking on shoes... I don't see a size filter.

Facilitator (00:01:30): What would you expect to see?

P3 (00:01:34): A dropdown near the price, like on Zalando.

Facilitator (00:02:10): Now try to check out as a guest.

P3 (00:02:16): Hm, it's forcing me to create an account. That's annoying.
""", T(("Facilitator|Anna Lee", "blue running shoes", 65), ("P3", "size filter", 72),
       ("Facilitator|Anna Lee", "expect to see", 90), ("P3", "like on Zalando", 94),
       ("Facilitator|Anna Lee", "as a guest", 130), ("P3", "create an account", 136)))

case("usability_think_aloud_brackets", "usability_p5.txt", """[00:00:12] MODERATOR: Okay, whenever you're ready, start the first task.
[00:00:20] PARTICIPANT: So I'm on the home page. I'd look for "Account" up here. [clicks profile icon]
[00:00:41] MODERATOR: What are you thinking right now?
[00:00:44] PARTICIPANT: I expected settings to be in this menu but they're not.
[00:01:03] OBSERVER: (note: participant scrolled past the settings link twice)
[00:01:10] PARTICIPANT: Oh, there it is, at the very bottom.
""", T(("Moderator", "first task", 12), ("Participant", "look for \"Account\"", 20),
       ("Moderator", "thinking right now", 41), ("Participant", "settings to be in this menu", 44),
       ("Observer", "scrolled past", 63), ("Participant", "very bottom", 70)))

# ================================================================ support chats, SMS, email, Reddit
case("intercom_export", "intercom_conversation.txt", """Conversation with Maria Lopez
Started on March 12, 2024 at 10:02 AM UTC

10:02 AM | Maria Lopez: Hi, I was charged twice for my subscription this month.
10:03 AM | Operator: Hi Maria! Let me connect you with our billing team.
10:05 AM | Sam from Acme: Hi Maria, I can see two charges on March 1st. I've refunded the duplicate.
10:06 AM | Maria Lopez: Thank you! How long does the refund take?
10:06 AM | Sam from Acme: Usually 5 to 10 business days, depending on your bank.
10:07 AM | Maria Lopez: Perfect, thanks Sam.
""", T(("Maria Lopez", "charged twice", None), ("Operator", "billing team", None),
       ("Sam", "refunded the duplicate", None), ("Maria Lopez", "refund take", None),
       ("Sam", "business days", None), ("Maria Lopez", "thanks Sam", None)))

case("zendesk_ticket_thread", "zendesk_ticket_4821.txt", """Ticket #4821: Cannot log in after password reset

Maria Lopez
Mar 12, 2024, 10:02
I reset my password but the login page says my account is locked.

Sam Patel (Acme Support)
Mar 12, 2024, 10:15
Hi Maria, sorry about that. I've unlocked your account. Please try again.

Maria Lopez
Mar 12, 2024, 10:21
It works now, thank you!

Sam Patel (Acme Support)
Mar 12, 2024, 10:22
Great, I'll mark this ticket as solved.
""", T(("Maria Lopez", "account is locked", None), ("Sam Patel", "unlocked your account", None),
       ("Maria Lopez", "It works now", None), ("Sam Patel", "mark this ticket", None)))

case("livechat_paren_time", "livechat.txt", """Chat started: 2024-03-12 10:02:11 UTC
(10:02:11 AM) Maria Lopez: Hello, is anyone there?
(10:02:40 AM) Sam Patel: Hi Maria, this is Sam. How can I help?
(10:03:05 AM) Maria Lopez: My order #55812 hasn't shipped yet.
(10:04:12 AM) Sam Patel: I checked, it leaves our warehouse tomorrow morning.
(10:04:30 AM) Maria Lopez: OK, thanks for checking.
Chat ended by visitor.
""", T(("Maria Lopez", "anyone there", None), ("Sam Patel", "How can I help", None),
       ("Maria Lopez", "hasn't shipped", None), ("Sam Patel", "warehouse tomorrow", None),
       ("Maria Lopez", "thanks for checking", None)))

case("sms_backup_txt", "sms_export.txt", """Conversation with Dad (+1 555-0142)

2024-03-12 08:01:15 | Dad: Did you get home okay last night?
2024-03-12 08:14:02 | Me: Yes, took the late train.
2024-03-12 08:14:40 | Dad: Good. Mom wants to know if you are coming Sunday.
2024-03-12 08:20:11 | Me: Yes, I'll bring dessert.
2024-03-12 08:21:00 | Dad: Perfect, she is making lasagna.
""", T(("Dad", "home okay", None), ("Me", "late train", None), ("Dad", "coming Sunday", None),
       ("Me", "bring dessert", None), ("Dad", "making lasagna", None)))

case("imessage_exporter_txt", "imessage.txt", """Mar 12, 2024  8:01:15 AM
Dad
Did you get home okay last night?

Mar 12, 2024  8:14:02 AM
Me
Yes, took the late train.

Mar 12, 2024  8:14:40 AM
Dad
Good. Mom wants to know if you are coming Sunday.

Mar 12, 2024  8:20:11 AM
Me
Yes, I'll bring dessert.
""", T(("Dad", "home okay", None), ("Me", "late train", None), ("Dad", "coming Sunday", None),
       ("Me", "bring dessert", None)))

case("email_thread_outlook", "email_thread.txt", """From: Jane Smith <jane.smith@example.com>
Sent: Tuesday, March 12, 2024 10:02 AM
To: Omar Haddad <omar@example.com>
Subject: Re: Q2 venue

Omar, the hotel confirmed the ballroom for June 14. Can you send the deposit?

From: Omar Haddad <omar@example.com>
Sent: Tuesday, March 12, 2024 11:30 AM
To: Jane Smith <jane.smith@example.com>
Subject: Re: Q2 venue

Deposit sent this morning. Do we need AV equipment too?

From: Jane Smith <jane.smith@example.com>
Sent: Tuesday, March 12, 2024 1:15 PM
To: Omar Haddad <omar@example.com>
Subject: Re: Q2 venue

Yes, two projectors and a lapel mic for the keynote.
""", T(("Jane Smith", "confirmed the ballroom", None), ("Omar Haddad", "Deposit sent", None),
       ("Jane Smith", "two projectors", None)))

case("reddit_ama_old", "ama.txt", """[–]AstronautAMA[S] 1.2k points 3 hours ago
Hi Reddit! I spent 180 days on the ISS. Ask me anything.

[–]spacefan42 540 points 3 hours ago
What did you miss most about Earth?

[–]AstronautAMA[S] 890 points 2 hours ago
Rain. The smell of rain, honestly.

[–]curious_kate 210 points 2 hours ago
How do you sleep up there?

[–]AstronautAMA[S] 300 points 2 hours ago
In a sleeping bag tied to the wall, it's surprisingly cozy.
""", T(("AstronautAMA", "Ask me anything", None), ("spacefan42", "miss most", None),
       ("AstronautAMA", "smell of rain", None), ("curious_kate", "sleep up there", None),
       ("AstronautAMA", "surprisingly cozy", None)))

case("reddit_markdown_ama", "ama.md", """**u/AstronautAMA** (OP):
Hi Reddit! I spent 180 days on the ISS. Ask me anything.

**u/spacefan42**:
What did you miss most about Earth?

**u/AstronautAMA** (OP):
Rain. The smell of rain, honestly.

**u/curious_kate**:
How do you sleep up there?

**u/AstronautAMA** (OP):
In a sleeping bag tied to the wall, it's surprisingly cozy.
""", T(("AstronautAMA", "Ask me anything", None), ("spacefan42", "miss most", None),
       ("AstronautAMA", "smell of rain", None), ("curious_kate", "sleep up there", None),
       ("AstronautAMA", "surprisingly cozy", None)))

# ================================================================ files saved oddly
_BASE = """Interviewer: Thank you for meeting me. How long have you kept bees?

Hélène Dubois: Since 1998, when my grandmother left me her hives in Provence.

Interviewer: How many colonies do you have now?

Hélène Dubois: Forty-two, spread over three valleys.

Interviewer: What is the biggest threat?

Hélène Dubois: The Asian hornet, without any doubt.
"""
_BASE_T = T(("Interviewer", "kept bees", None), ("Hélène Dubois", "grandmother left me", None),
            ("Interviewer", "colonies", None), ("Hélène Dubois", "three valleys", None),
            ("Interviewer", "biggest threat", None), ("Hélène Dubois", "Asian hornet", None))

case("utf16le_bom_crlf", "notepad_unicode.txt", _BASE.replace("\n", "\r\n").encode("utf-16"), _BASE_T)
case("utf16be_bom", "utf16be.txt", b"\xfe\xff" + _BASE.encode("utf-16-be"), _BASE_T)
case("utf16le_no_bom", "utf16le_nobom.txt", _BASE.replace("\n", "\r\n").encode("utf-16-le"), _BASE_T)
case("utf8_bom_crlf", "bom_crlf.txt", b"\xef\xbb\xbf" + _BASE.replace("\n", "\r\n").encode("utf-8"), _BASE_T)
case("cp1252_smart_quotes", "cp1252.txt", _BASE.replace("Thank you", "“Thank you”").replace("Forty-two", "Forty‑two – maybe").replace("‑", "-").encode("cp1252"), _BASE_T)
case("mac_cr_only", "classic_mac.txt", _BASE.replace("\n", "\r").encode("utf-8"), _BASE_T)
case("utf16le_bom_otter_times", "otter_utf16.txt", """Jane Smith  0:03
Thanks everyone for joining the quarterly planning call today.

Bob Lee  0:15
Happy to be here, I have the budget numbers ready.

Jane Smith  0:22
Great, let us start with the marketing line items.

Bob Lee  1:02
Sure, the marketing spend dropped by twelve percent.
""".replace("\n", "\r\n").encode("utf-16"), T(("Jane Smith", "quarterly planning call", 3), ("Bob Lee", "budget numbers ready", 15),
      ("Jane Smith", "marketing line items", 22), ("Bob Lee", "dropped by twelve percent", 62)))

case("nbsp_in_name_and_colon", "nbsp.txt", _BASE.replace("Hélène Dubois:", "Hélène\u00a0Dubois\u00a0:").replace("Interviewer:", "Interviewer\u00a0:"), _BASE_T)
case("narrow_nbsp_colon", "nnbsp.txt", _BASE.replace("Hélène Dubois:", "Hélène Dubois\u202f:").replace("Interviewer:", "Interviewer\u202f:"), _BASE_T)
case("zero_width_in_labels", "zwsp.txt", _BASE.replace("Hélène Dubois:", "\u200bHélène Dubois\u200b:").replace("Interviewer:", "Inter\u00adviewer:"), _BASE_T)
case("smart_quoted_nickname", "nickname.txt", """Host: Our guest tonight is the boxer Jimmy “The Hammer” O’Neill.

Jimmy “The Hammer” O’Neill: Good to be here, thanks.

Host: Your last fight went twelve rounds. How did you feel?

Jimmy “The Hammer” O’Neill: Like I had been hit by a bus, honestly.

Host: Will you fight again?

Jimmy “The Hammer” O’Neill: One more, in Dublin, then I retire.
""", T(("Host", "boxer Jimmy", None), ("O'Neill|Jimmy O’Neill", "Good to be here", None),
       ("Host", "twelve rounds", None), ("O'Neill|Jimmy O’Neill", "hit by a bus", None),
       ("Host", "fight again", None), ("O'Neill|Jimmy O’Neill", "then I retire", None)))

case("curly_apostrophe_surname_caps", "caps_apos.txt", """MS. O’BRIEN: Good afternoon. Let’s begin with the housing report.

MR. D’ANGELO: Thank you. Permits are up eleven percent this quarter.

MS. O’BRIEN: And affordable units?

MR. D’ANGELO: Only forty of the six hundred approved.

MS. O’BRIEN: That is disappointing.
""", T(("O'Brien|O’Brien", "housing report", None), ("D'Angelo|D’Angelo", "eleven percent", None),
       ("O'Brien|O’Brien", "affordable units", None), ("D'Angelo|D’Angelo", "six hundred", None),
       ("O'Brien|O’Brien", "disappointing", None)))

case("tab_separated_name_text", "tabs.txt", """Interviewer\tThank you for meeting me. How long have you kept bees?
Hélène Dubois\tSince 1998, when my grandmother left me her hives in Provence.
Interviewer\tHow many colonies do you have now?
Hélène Dubois\tForty-two, spread over three valleys.
Interviewer\tWhat is the biggest threat?
Hélène Dubois\tThe Asian hornet, without any doubt.
""", _BASE_T)

case("tab_after_colon_wrapped", "tab_colon.txt", """Interviewer:\tThank you for meeting me. How long
\thave you kept bees?
Hélène Dubois:\tSince 1998, when my grandmother left me
\ther hives in Provence.
Interviewer:\tHow many colonies do you have now?
Hélène Dubois:\tForty-two, spread over three valleys.
Interviewer:\tWhat is the biggest threat?
Hélène Dubois:\tThe Asian hornet, without any doubt.
""", _BASE_T)

case("double_spaced_lines", "double_spaced.txt", """Interviewer:

Thank you for meeting me. How long have you kept bees?

Hélène Dubois:

Since 1998, when my grandmother left me her hives in Provence.

Interviewer:

How many colonies do you have now?

Hélène Dubois:

Forty-two, spread over three valleys.

Interviewer:

What is the biggest threat?

Hélène Dubois:

The Asian hornet, without any doubt.
""", _BASE_T)

case("double_spaced_wrapped_text", "double_spaced2.txt", """INTERVIEWER: Thank you for meeting me. How long

have you kept bees?

DUBOIS: Since 1998, when my grandmother left me her

hives in Provence. I was twenty-five.

INTERVIEWER: How many colonies do you have now?

DUBOIS: Forty-two, spread over three valleys.

INTERVIEWER: What is the biggest threat?

DUBOIS: The Asian hornet, without any doubt.
""", T(("Interviewer", "kept bees", None), ("Dubois", "grandmother left me", None),
       ("Dubois", "twenty-five", None),
       ("Interviewer", "colonies", None), ("Dubois", "three valleys", None),
       ("Interviewer", "biggest threat", None), ("Dubois", "Asian hornet", None)))

case("pdf_page_headers_footers", "pdf_text.txt", """Oral History Project — Beekeeping in Provence                      Page 1 of 2

Interviewer: Thank you for meeting me. How long have you kept bees?

Hélène Dubois: Since 1998, when my grandmother left me her hives in Provence. She had kept
them since the war, and she made me promise never to sell them.

Interviewer: How many colonies do you have now?

Hélène Dubois: Forty-two, spread over three valleys. In summer I move some of them up to the

Transcribed by ScribeCo · Confidential                                          1
\f
Oral History Project — Beekeeping in Provence                      Page 2 of 2

lavender fields near Sault.

Interviewer: What is the biggest threat?

Hélène Dubois: The Asian hornet, without any doubt.

Transcribed by ScribeCo · Confidential                                          2
""", T(("Interviewer", "kept bees", None), ("Hélène Dubois", "grandmother left me", None),
       ("Interviewer", "colonies", None), ("Hélène Dubois", "three valleys", None),
       ("Hélène Dubois", "lavender fields", None),
       ("Interviewer", "biggest threat", None), ("Hélène Dubois", "Asian hornet", None)))

case("pdf_line_numbers_deposition", "depo_lines.txt", """                                                                  Page 14
 1   Q.   Where were you on the night of June 3rd?
 2   A.   At home, with my wife and my daughter.
 3   Q.   Did you leave the house at any point?
 4   A.   No. Well, I walked the dog around ten.
 5   Q.   For how long?
 6   A.   Maybe fifteen minutes.
 7             MR. FELDMAN:  Objection, asked and answered.
 8   Q.   (BY MS. RUIZ)  Which direction did you walk?
 9   A.   Toward the park on Elm Street.
""", T(("Q|Ruiz", "night of June 3rd", None), ("A|Witness", "my wife and my daughter", None),
       ("Q|Ruiz", "leave the house", None), ("A|Witness", "walked the dog", None),
       ("Q|Ruiz", "For how long", None), ("A|Witness", "fifteen minutes", None),
       ("Feldman", "asked and answered", None), ("Q|Ruiz", "Which direction", None),
       ("A|Witness", "park on Elm", None)))

case("label_own_line_then_indent_tab", "indent_tab.txt", """Interviewer
\tThank you for meeting me. How long have you kept bees?
Hélène Dubois
\tSince 1998, when my grandmother left me her hives in Provence.
Interviewer
\tHow many colonies do you have now?
Hélène Dubois
\tForty-two, spread over three valleys.
Interviewer
\tWhat is the biggest threat?
Hélène Dubois
\tThe Asian hornet, without any doubt.
""", _BASE_T)

case("bom_mid_file_concat", "concat.txt", "\ufeff" + _BASE + "\n\ufeffInterviewer: One last question: will you teach your children?\n\nHélène Dubois: My son already helps with the harvest.\n",
     _BASE_T + T(("Interviewer", "teach your children", None), ("Hélène Dubois", "helps with the harvest", None)))

case("word_autonumber_speakers", "word_numbered.txt", """1. Interviewer: Thank you for meeting me. How long have you kept bees?
2. Hélène Dubois: Since 1998, when my grandmother left me her hives in Provence.
3. Interviewer: How many colonies do you have now?
4. Hélène Dubois: Forty-two, spread over three valleys.
5. Interviewer: What is the biggest threat?
6. Hélène Dubois: The Asian hornet, without any doubt.
""", _BASE_T)

case("em_dash_label_separator", "emdash.txt", """Interviewer — Thank you for meeting me. How long have you kept bees?

Hélène Dubois — Since 1998, when my grandmother left me her hives in Provence.

Interviewer — How many colonies do you have now?

Hélène Dubois — Forty-two, spread over three valleys.

Interviewer — What is the biggest threat?

Hélène Dubois — The Asian hornet, without any doubt.
""", _BASE_T)

# ================================================================ numbered respondents in more languages, tool exports in CJK
def fg(name, filename, mod, parts, lines, sep=": ", time=None):
    """A focus group: lines are (who, text) with who 0 = moderator, n = participant n; truth snippet = whole text."""
    out, truth = [], []
    for who, text in lines:
        label = mod if who == 0 else parts.format(who)
        out.append(f"{label}{sep}{text}")
        truth.append((label, text[:14], None))
    case(name, filename, "\n\n".join(out) + "\n", truth)


fg("fg_sv_deltagare", "fokusgrupp.txt", "Moderator", "Deltagare {}", [
    (0, "Välkomna. Hur handlar ni mat i dag?"), (1, "Mest på nätet, med hemleverans."),
    (2, "Jag åker till Ica varje lördag."), (0, "Varför just lördag?"),
    (2, "Då har jag tid att jämföra priser."), (3, "Jag handlar varje dag på vägen hem.")])
fg("fg_tr_katilimci", "odak_grubu.txt", "Moderatör", "Katılımcı {}", [
    (0, "Hoş geldiniz. Toplu taşımayı ne sıklıkla kullanıyorsunuz?"), (1, "Her gün metroyla işe gidiyorum."),
    (2, "Haftada iki kez, genelde vapurla."), (0, "Fiyatlar hakkında ne düşünüyorsunuz?"),
    (3, "Öğrenciler için çok pahalı."), (1, "Aylık kart bence makul.")])
fg("fg_id_peserta", "diskusi.txt", "Fasilitator", "Peserta {}", [
    (0, "Selamat datang. Apa aplikasi ojek favorit kalian?"), (1, "Saya pakai Gojek setiap hari."),
    (2, "Grab lebih murah di daerah saya."), (0, "Bagaimana dengan keamanan?"),
    (3, "Saya selalu bagikan lokasi ke keluarga."), (2, "Pengemudinya biasanya ramah.")])
fg("fg_cs_ucastnik", "fokusni_skupina.txt", "Moderátorka", "Účastník {}", [
    (0, "Dobrý den. Jak často jezdíte vlakem?"), (1, "Každý týden do Brna za rodinou."),
    (2, "Skoro vůbec, jezdím autem."), (0, "Co by vás přimělo jezdit víc?"),
    (3, "Levnější jízdenky pro rodiny."), (2, "Lepší spojení na venkov.")])
fg("fg_hu_resztvevo", "fokuszcsoport.txt", "Moderátor", "Résztvevő {}", [
    (0, "Üdvözlöm önöket. Hol vásárolnak ruhát?"), (1, "Főleg a plázában, akciók idején."),
    (2, "Interneten rendelek, gyorsabb."), (0, "Mennyit költenek havonta?"),
    (3, "Körülbelül húszezer forintot."), (1, "Nálam ez változó.")])
fg("fg_fi_osallistuja", "fokusryhma.txt", "Haastattelija", "Osallistuja {}", [
    (0, "Tervetuloa. Miten kuljette töihin talvella?"), (1, "Pyörällä, nastarenkailla."),
    (2, "Bussilla, vaikka se on usein myöhässä."), (0, "Mikä parantaisi tilannetta?"),
    (3, "Kevyen liikenteen väylien auraus."), (1, "Enemmän pyöräparkkeja asemille.")])
fg("fg_el_symmetechon", "omada.txt", "Συντονιστής", "Συμμετέχων {}", [
    (0, "Καλώς ήρθατε. Πού ψωνίζετε τρόφιμα;"), (1, "Στη λαϊκή αγορά κάθε Σάββατο."),
    (2, "Στο σούπερ μάρκετ δίπλα στο σπίτι."), (0, "Σας απασχολούν οι τιμές;"),
    (3, "Πολύ, όλα έχουν ακριβύνει."), (1, "Ναι, ειδικά το λάδι.")])
fg("fg_ja_sankasha_digit", "sankasha.txt", "司会", "参加者{}", [
    (0, "本日はありがとうございます。朝食は毎日食べますか。"), (1, "はい、パンとコーヒーです。"),
    (2, "食べない日が多いです。"), (0, "それはなぜですか。"),
    (2, "時間がないからです。"), (3, "私はご飯と味噌汁を必ず食べます。")], sep="：")
fg("fg_zh_shoufangzhe_digit", "zuotan.txt", "主持人", "受访者{}", [
    (0, "欢迎大家。你们平时怎么点外卖？"), (1, "基本都用美团。"),
    (2, "我更喜欢饿了么，红包多。"), (0, "一周点几次？"),
    (3, "差不多每天中午都点。"), (1, "周末才点，平时自己做饭。")], sep="：")
fg("fg_ko_chamseokja", "jipdan.txt", "진행자", "참석자 {}", [
    (0, "안녕하세요. 평소에 어디서 장을 보시나요?"), (1, "주로 쿠팡으로 주문해요."),
    (2, "동네 시장을 자주 가요."), (0, "이유가 있나요?"),
    (2, "채소가 더 신선하거든요."), (3, "저는 마트 할인 날에만 가요.")])
fg("fg_hi_pratibhagi", "samooh.txt", "संचालक", "प्रतिभागी {}", [
    (0, "आप सबका स्वागत है। आप बाज़ार कैसे जाते हैं?"), (1, "ज़्यादातर ऑटो से जाता हूँ।"),
    (2, "मैं स्कूटी चलाती हूँ।"), (0, "मेट्रो के बारे में क्या राय है?"),
    (3, "मेट्रो सबसे तेज़ है।"), (1, "लेकिन भीड़ बहुत होती है।")])
fg("fg_ar_musharik", "majmoua.txt", "الميسر", "المشارك {}", [
    (0, "أهلا بكم. أين تتسوقون عادة؟"), (1, "في السوق القديم كل جمعة."),
    (2, "أطلب كل شيء عبر التطبيق."), (0, "وما رأيكم في الأسعار؟"),
    (3, "ارتفعت كثيرا هذا العام."), (1, "الخضار ما زالت رخيصة.")])

case("notta_ja_speaker_time", "notta_ja.txt", """話者1 00:00
皆さん、おはようございます。定例会議を始めます。

話者2 00:06
おはようございます。先週の売上から報告します。

話者1 00:15
お願いします。

話者2 00:18
前年比で一二パーセント増加しました。
""", T(("話者1", "定例会議", 0), ("話者2", "先週の売上", 6), ("話者1", "お願いします", 15), ("話者2", "前年比", 18)))

case("clova_note_ko", "clova.txt", """참석자 1 00:00
안녕하세요, 주간 회의 시작하겠습니다.

참석자 2 00:05
네, 먼저 마케팅 예산부터 말씀드릴게요.

참석자 1 00:12
좋습니다.

참석자 2 00:15
이번 분기 예산은 십 퍼센트 줄었습니다.
""", T(("참석자 1", "주간 회의", 0), ("참석자 2", "마케팅 예산", 5), ("참석자 1", "좋습니다", 12), ("참석자 2", "십 퍼센트", 15)))

case("tencent_meeting_zh", "tencent.txt", """张伟 00:00:02
大家好，我们开始今天的周会。

李娜 00:00:08
好的，我先汇报一下上周的销售数据。

张伟 00:00:15
请讲。

李娜 00:00:17
销售额同比增长了百分之十二。
""", T(("张伟", "开始今天的周会", 2), ("李娜", "销售数据", 8), ("张伟", "请讲", 15), ("李娜", "百分之十二", 17)))

case("feishu_speaker_zh", "feishu.txt", """说话人 1 00:00
大家好，今天讨论新版本的发布计划。

说话人 2 00:07
测试还有三个严重的问题没有解决。

说话人 1 00:14
那发布要推迟吗？

说话人 2 00:18
建议推迟一周。
""", T(("说话人 1", "发布计划", 0), ("说话人 2", "三个严重", 7), ("说话人 1", "推迟吗", 14), ("说话人 2", "推迟一周", 18)))

case("ar_time_label", "ar_times.txt", """[00:00:03] المذيع: مساء الخير، معنا اليوم المهندس كريم ناصر.

[00:00:09] كريم ناصر: مساء النور، شكرا على الاستضافة.

[00:00:14] المذيع: حدثنا عن مشروع المترو الجديد.

[00:00:20] كريم ناصر: سيربط المطار بوسط المدينة في عشرين دقيقة.
""", T(("المذيع", "مساء الخير", 3), ("كريم ناصر", "الاستضافة", 9), ("المذيع", "المترو الجديد", 14), ("كريم ناصر", "عشرين دقيقة", 20)))

case("he_speaker_numbered_time", "he_stt.txt", """דובר 1 (00:00:02): שלום לכולם, נתחיל את הישיבה.

דובר 2 (00:00:07): תודה. הנושא הראשון הוא התקציב.

דובר 1 (00:00:13): כמה חסר לנו?

דובר 2 (00:00:16): בערך שני מיליון שקל.
""", T(("דובר 1", "נתחיל את הישיבה", 2), ("דובר 2", "התקציב", 7), ("דובר 1", "כמה חסר", 13), ("דובר 2", "שני מיליון", 16)))

# ================================================================ a few more broadcast / CMS shapes
case("npr_unidentified_numbered", "npr2.txt", """MARY LOUISE KELLY, HOST:

Protesters gathered outside the statehouse again today. Here's some of what they said.

(SOUNDBITE OF CROWD CHANTING)

UNIDENTIFIED PERSON #1: We want clean water for our kids.

UNIDENTIFIED PERSON #2: They promised us new pipes three years ago.

KELLY: The governor's office says the contracts were signed last week.
""", T(("Mary Louise Kelly|Kelly", "statehouse", None), ("Unidentified Person #1|Unidentified Person 1", "clean water", None),
       ("Unidentified Person #2|Unidentified Person 2", "new pipes", None), ("Mary Louise Kelly|Kelly", "contracts were signed", None)))

case("html_bold_br_lines", "old_cms.html", """<html><body><div class="post">
<p><b>Lena Vogt:</b> Welcome back to City Wild. Today: bees on rooftops.<br>
<b>Marco Bellini:</b> Thanks Lena. I keep twelve hives on a parking garage in Milan.<br>
<b>Lena Vogt:</b> Do the neighbours complain?<br>
<b>Marco Bellini:</b> Only when the honey runs out.<br>
<b>Lena Vogt:</b> Fair enough.</p>
</div></body></html>
""", T(("Lena Vogt", "bees on rooftops", None), ("Marco Bellini", "twelve hives", None),
       ("Lena Vogt", "neighbours complain", None), ("Marco Bellini", "honey runs out", None),
       ("Lena Vogt", "Fair enough", None)))

case("html_table_transcript", "table_transcript.html", """<html><body><table class="transcript">
<tr><th>Time</th><th>Speaker</th><th>Text</th></tr>
<tr><td>00:00:03</td><td>Lena Vogt</td><td>Welcome back to City Wild. Today: bees on rooftops.</td></tr>
<tr><td>00:00:10</td><td>Marco Bellini</td><td>Thanks Lena. I keep twelve hives on a parking garage in Milan.</td></tr>
<tr><td>00:00:17</td><td>Lena Vogt</td><td>Do the neighbours complain?</td></tr>
<tr><td>00:00:21</td><td>Marco Bellini</td><td>Only when the honey runs out.</td></tr>
</table></body></html>
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

case("html_cite_time", "cite_time.html", """<!DOCTYPE html><html><body><section id="transcript">
<p><cite>Lena Vogt</cite> <time datetime="PT3S">0:03</time> Welcome back to City Wild. Today: bees on rooftops.</p>
<p><cite>Marco Bellini</cite> <time datetime="PT10S">0:10</time> Thanks Lena. I keep twelve hives on a parking garage in Milan.</p>
<p><cite>Lena Vogt</cite> <time datetime="PT17S">0:17</time> Do the neighbours complain?</p>
<p><cite>Marco Bellini</cite> <time datetime="PT21S">0:21</time> Only when the honey runs out.</p>
</section></body></html>
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

case("cnn_on_camera_notes", "cnn2.txt", """COOPER: Gary Tuchman is in Maui tonight. Gary?

GARY TUCHMAN, CNN NATIONAL CORRESPONDENT (on camera): Anderson, this is all that is left of Front Street.

TUCHMAN (voice-over): The fire moved so fast that people jumped into the ocean.

KEOLA RAPOZO, LAHAINA RESIDENT: We were in the water for five hours.

TUCHMAN (on camera): Officials say rebuilding could take a decade.

COOPER: Gary, thank you.
""", T(("Cooper", "in Maui tonight", None), ("Gary Tuchman|Tuchman", "Front Street", None),
       ("Gary Tuchman|Tuchman", "jumped into the ocean", None), ("Keola Rapozo|Rapozo", "five hours", None),
       ("Gary Tuchman|Tuchman", "take a decade", None), ("Cooper", "Gary, thank you", None)))

case("md_quote_name_time", "ep_quote_time.md", """> **Lena Vogt** [00:00:03]
> Welcome back to City Wild. Today: bees on rooftops.

> **Marco Bellini** [00:00:10]
> Thanks Lena. I keep twelve hives on a parking garage in Milan.

> **Lena Vogt** [00:00:17]
> Do the neighbours complain?

> **Marco Bellini** [00:00:21]
> Only when the honey runs out.
""", T(("Lena Vogt", "bees on rooftops", 3), ("Marco Bellini", "twelve hives", 10),
       ("Lena Vogt", "neighbours complain", 17), ("Marco Bellini", "honey runs out", 21)))

# Strings that are page furniture: they must not end up inside a named speaker's words.
NOISE = {
    "pdf_page_headers_footers": ["Page 2 of 2", "Transcribed by ScribeCo"],
    "pdf_line_numbers_deposition": ["Page 14"],
    "city_council_verbatim": ["VERBATIM EXCERPT"],
}
