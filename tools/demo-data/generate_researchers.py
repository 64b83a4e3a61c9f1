#!/usr/bin/env python3
"""Generate the ResearchBridge demo researcher profiles.

Output: src/main/resources/demo/researchers.jsonl -- 300 JSON objects, one per
line (150 researchers from Kazakhstan, 150 from China).

The profile texts (summary, English summary, keywords, field, institution and
language) are written by hand further down in this file.  Names, e-mail
addresses and position titles are drawn from fixed pools with a fixed random
seed, so every run produces byte-identical output.

Usage:  python3 tools/demo-data/generate_researchers.py [output-path]
"""
import json
import pathlib
import random
import re
import sys

SEED = 20240917
ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "src" / "main" / "resources" / "demo" / "researchers.jsonl"

FIELDS = [
    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
    "2.1", "2.2", "2.3", "2.4", "2.5", "2.7",
    "3.1", "3.2", "3.3", "4.1", "4.3",
    "5.2", "5.3", "5.4", "6.1", "6.2",
]

# Institutions (code -> (country, kind)) are read from the Flyway migration so
# that the profiles can only reference codes that really exist.
MIGRATION = ROOT / "src" / "main" / "resources" / "db" / "migration" / "V2__institutions.sql"

# Institutions in Xinjiang: part of their staff get Uyghur or Kazakh names.
XINJIANG = {"CN-XJU", "CN-XJAU", "CN-XJMU", "CN-XJNU", "CN-SHZU", "CN-XIEG",
            "CN-XTIPC", "CN-XAO"}

# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------

# Kazakh given names: (Kazakh spelling, Russian-style spelling).
KZ_MALE = [
    ("Ерлан", "Ерлан"), ("Нұрлан", "Нурлан"), ("Асқар", "Аскар"),
    ("Дәулет", "Даулет"), ("Бауыржан", "Бауыржан"), ("Ерболат", "Ерболат"),
    ("Қайрат", "Кайрат"), ("Серік", "Серик"), ("Талғат", "Талгат"),
    ("Жандос", "Жандос"), ("Арман", "Арман"), ("Ержан", "Ержан"),
    ("Бекзат", "Бекзат"), ("Мұрат", "Мурат"), ("Ғалым", "Галым"),
    ("Дархан", "Дархан"), ("Әсет", "Асет"), ("Нұржан", "Нуржан"),
    ("Самат", "Самат"), ("Темірлан", "Темирлан"), ("Олжас", "Олжас"),
    ("Ербол", "Ербол"), ("Бақытжан", "Бахытжан"), ("Рүстем", "Рустем"),
    ("Ілияс", "Ильяс"), ("Мейрам", "Мейрам"), ("Айдос", "Айдос"),
    ("Марат", "Марат"), ("Ғабит", "Габит"), ("Әділ", "Адиль"),
    ("Алмас", "Алмас"), ("Қанат", "Канат"), ("Берік", "Берик"),
    ("Мақсат", "Максат"), ("Жасұлан", "Жасулан"), ("Саят", "Саят"),
    ("Ерасыл", "Ерасыл"), ("Нұрсұлтан", "Нурсултан"), ("Айбек", "Айбек"),
    ("Болат", "Болат"), ("Тимур", "Тимур"), ("Азамат", "Азамат"),
]
KZ_FEMALE = [
    ("Айгерім", "Айгерим"), ("Гүлнар", "Гульнар"), ("Динара", "Динара"),
    ("Жанар", "Жанар"), ("Әсел", "Асель"), ("Ләззат", "Ляззат"),
    ("Сәуле", "Сауле"), ("Айнұр", "Айнур"), ("Гүлмира", "Гульмира"),
    ("Мадина", "Мадина"), ("Назерке", "Назерке"), ("Аружан", "Аружан"),
    ("Жұлдыз", "Жулдыз"), ("Ақмарал", "Акмарал"), ("Салтанат", "Салтанат"),
    ("Бибігүл", "Бибигуль"), ("Гаухар", "Гаухар"), ("Дана", "Дана"),
    ("Мөлдір", "Мольдир"), ("Шынар", "Шынар"), ("Ақбота", "Акбота"),
    ("Индира", "Индира"), ("Камила", "Камила"), ("Меруерт", "Меруерт"),
    ("Раушан", "Раушан"), ("Толқын", "Толкын"), ("Алия", "Алия"),
    ("Сандуғаш", "Сандугаш"), ("Жанерке", "Жанерке"), ("Гүлжан", "Гульжан"),
    ("Ботагөз", "Ботагоз"), ("Эльмира", "Эльмира"), ("Әсем", "Асем"),
    ("Дариға", "Дарига"), ("Зарина", "Зарина"), ("Ұлжан", "Улжан"),
    ("Арайлым", "Арайлым"), ("Баян", "Баян"), ("Перизат", "Перизат"),
]
# Surnames ending in -ов/-ев/-ин take -а for women; the rest are invariant.
KZ_SURNAMES = [
    "Нұрланов", "Сейітов", "Жұмабаев", "Әбдірахманов", "Ахметов", "Омаров",
    "Сәрсенбаев", "Тоқтаров", "Қасымов", "Бекмұхамбетов", "Есенов", "Мұқанов",
    "Ысқақов", "Жақыпов", "Байжанов", "Әлімжанов", "Тұрсынов", "Қожахметов",
    "Сұлтанов", "Амантаев", "Шәріпов", "Жүнісов", "Исабеков", "Бейсенов",
    "Оспанов", "Кенжебаев", "Сыздықов", "Тәжібаев", "Үсенов", "Құдайбергенов",
    "Сатыбалдиев", "Әбілқасымов", "Төлеуов", "Қалиев", "Мамыров",
    "Дүйсенбаев", "Ержанов", "Рахымжанов", "Ибраев", "Нұрпейісов", "Смағұлов",
    "Мусин", "Шайхин", "Жақсылықов", "Бақтыбаев", "Ермеков", "Байділдин",
    "Сейтқали", "Жұмабай", "Нұрмұхамед", "Төлеген", "Бекболат", "Қуанышбек",
    "Айтжан", "Ерғали", "Сапарәлі", "Әбдікәрім",
]
# A few Kazakhstani researchers with Russian, Korean or German surnames.
KZ_OTHER_SURNAMES = [
    ("Ковалёв", "Ковалёва"), ("Ким", "Ким"), ("Пак", "Пак"), ("Цой", "Цой"),
    ("Шевченко", "Шевченко"), ("Морозов", "Морозова"), ("Гаврилов", "Гаврилова"),
    ("Лебедев", "Лебедева"), ("Шмидт", "Шмидт"), ("Петренко", "Петренко"),
    ("Никитин", "Никитина"), ("Тен", "Тен"),
]
KZ_OTHER_MALE = ["Дмитрий", "Сергей", "Андрей", "Алексей", "Игорь", "Виктор",
                 "Павел", "Александр", "Евгений", "Владимир"]
KZ_OTHER_FEMALE = ["Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана",
                   "Анна", "Юлия", "Марина", "Оксана"]

# Chinese surnames with pinyin and rough relative frequency.
CN_SURNAMES = [
    ("王", "wang", 70), ("李", "li", 70), ("张", "zhang", 65), ("刘", "liu", 50),
    ("陈", "chen", 45), ("杨", "yang", 30), ("黄", "huang", 24), ("赵", "zhao", 22),
    ("吴", "wu", 20), ("周", "zhou", 20), ("徐", "xu", 16), ("孙", "sun", 15),
    ("马", "ma", 15), ("朱", "zhu", 14), ("胡", "hu", 13), ("郭", "guo", 12),
    ("何", "he", 11), ("林", "lin", 10), ("高", "gao", 10), ("罗", "luo", 10),
    ("郑", "zheng", 9), ("梁", "liang", 9), ("谢", "xie", 8), ("宋", "song", 8),
    ("唐", "tang", 8), ("韩", "han", 7), ("冯", "feng", 7), ("邓", "deng", 7),
    ("曹", "cao", 7), ("彭", "peng", 7), ("曾", "zeng", 6), ("肖", "xiao", 6),
    ("田", "tian", 6), ("董", "dong", 6), ("潘", "pan", 5), ("袁", "yuan", 5),
    ("蔡", "cai", 5), ("蒋", "jiang", 5), ("余", "yu", 5), ("于", "yu", 5),
    ("杜", "du", 5), ("叶", "ye", 5), ("程", "cheng", 5), ("魏", "wei", 5),
    ("苏", "su", 4), ("吕", "lyu", 4), ("丁", "ding", 4), ("任", "ren", 4),
    ("沈", "shen", 4), ("姚", "yao", 4), ("卢", "lu", 4), ("钟", "zhong", 3),
    ("崔", "cui", 3), ("谭", "tan", 3), ("陆", "lu", 3), ("范", "fan", 3),
    ("廖", "liao", 3), ("石", "shi", 3), ("金", "jin", 3), ("贾", "jia", 3),
    ("夏", "xia", 3), ("方", "fang", 3), ("白", "bai", 3), ("孟", "meng", 3),
    ("秦", "qin", 2), ("侯", "hou", 2), ("薛", "xue", 2), ("闫", "yan", 2),
    ("段", "duan", 2), ("雷", "lei", 2), ("龙", "long", 2), ("史", "shi", 2),
    ("陶", "tao", 2), ("贺", "he", 2), ("毛", "mao", 2), ("郝", "hao", 2),
    ("顾", "gu", 2), ("邵", "shao", 2), ("武", "wu", 2), ("戴", "dai", 2),
    ("严", "yan", 2), ("欧阳", "ouyang", 1), ("司马", "sima", 1),
]
CN_MALE = [
    ("晓明", "xiaoming"), ("磊", "lei"), ("伟", "wei"), ("强", "qiang"),
    ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"), ("斌", "bin"),
    ("超", "chao"), ("鹏", "peng"), ("浩", "hao"), ("宇", "yu"),
    ("志强", "zhiqiang"), ("建华", "jianhua"), ("海涛", "haitao"),
    ("俊杰", "junjie"), ("文博", "wenbo"), ("博文", "bowen"), ("振宇", "zhenyu"),
    ("国栋", "guodong"), ("立新", "lixin"), ("明辉", "minghui"), ("晨", "chen"),
    ("凯", "kai"), ("亮", "liang"), ("旭东", "xudong"), ("永刚", "yonggang"),
    ("志远", "zhiyuan"), ("天翔", "tianxiang"), ("建国", "jianguo"),
    ("学军", "xuejun"), ("宏伟", "hongwei"), ("毅", "yi"), ("锋", "feng"),
    ("建军", "jianjun"), ("庆华", "qinghua"), ("思远", "siyuan"),
    ("一鸣", "yiming"), ("卫东", "weidong"), ("晓东", "xiaodong"),
    ("嘉诚", "jiacheng"), ("子豪", "zihao"), ("正阳", "zhengyang"),
    ("世杰", "shijie"), ("云飞", "yunfei"), ("德明", "deming"), ("昊天", "haotian"),
]
CN_FEMALE = [
    ("娜", "na"), ("静", "jing"), ("丽", "li"), ("敏", "min"), ("燕", "yan"),
    ("芳", "fang"), ("婷", "ting"), ("雪", "xue"), ("慧", "hui"),
    ("晓燕", "xiaoyan"), ("丽娟", "lijuan"), ("秀英", "xiuying"),
    ("雨婷", "yuting"), ("欣怡", "xinyi"), ("佳琪", "jiaqi"), ("思琪", "siqi"),
    ("梦瑶", "mengyao"), ("婉清", "wanqing"), ("晓慧", "xiaohui"),
    ("玉兰", "yulan"), ("海燕", "haiyan"), ("红梅", "hongmei"), ("丹", "dan"),
    ("颖", "ying"), ("琳", "lin"), ("璐", "lu"), ("倩", "qian"), ("蕾", "lei"),
    ("洁", "jie"), ("文静", "wenjing"), ("春燕", "chunyan"), ("晓琳", "xiaolin"),
    ("悦", "yue"), ("诗涵", "shihan"), ("雅雯", "yawen"), ("楠", "nan"),
    ("萌", "meng"), ("若溪", "ruoxi"), ("淑华", "shuhua"), ("亚男", "yanan"),
]
# Uyghur and Kazakh names as written in Chinese, with a Latin e-mail form.
CN_MINORITY_MALE = [
    ("艾尔肯·吐尔逊", "erkin.tursun"), ("阿不都热依木·买买提", "abdurehim.memet"),
    ("买买提明·艾则孜", "memtimin.eziz"), ("吐尔洪·沙吾提", "turghun.sawut"),
    ("努尔艾力·阿不力孜", "nurali.abliz"), ("艾克拜尔·吾拉木", "akbar.ghulam"),
    ("阿布来提·热合曼", "ablet.rahman"), ("努尔兰·阿达力别克", "nurlan.adilbek"),
    ("叶尔兰·哈那提", "erlan.kanat"), ("阿依登·居马别克", "aidyn.zhumabek"),
]
CN_MINORITY_FEMALE = [
    ("古丽娜尔·阿不都拉", "gulnar.abdulla"), ("迪丽努尔·艾海提", "dilnur.ehet"),
    ("热依拉·吾斯曼", "rayila.osman"), ("阿依古丽·买合木提", "aygul.mehmut"),
    ("帕提古丽·热合曼", "patigul.rahman"), ("米热古丽·买买提", "mihrigul.memet"),
    ("古丽米拉·吐尔逊别克", "gulmira.tursynbek"), ("加娜尔·努尔兰", "zhanar.nurlan"),
]

TRANSLIT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d",
    "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k",
    "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
    "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
RUSSIFY = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def translit(word):
    """Romanise a Cyrillic (Kazakh or Russian) word for an e-mail address."""
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        if ch == "й" and (i == len(low) - 1 or low[i + 1] not in "аәеёиоөуұүыіэюя"):
            # word-final or pre-consonant й after и/е/о: Sergey, Dmitriy, Aidos
            out.append("y" if i == len(low) - 1 else "i")
        else:
            out.append(TRANSLIT.get(ch, ch if ch.isascii() and ch.isalpha() else ""))
    return "".join(out)


def feminine(surname):
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    return surname


# ---------------------------------------------------------------------------
# Position titles by language and kind of institution; (title, weight).
# A title may be a (masculine, feminine) pair.
# ---------------------------------------------------------------------------
POSITIONS = {
    ("kk", "UNIVERSITY"): [("профессор", 3), ("қауымдастырылған профессор", 4),
                           ("доцент", 2), ("аға оқытушы", 3),
                           ("кафедра меңгерушісі", 1), ("PhD докторант", 1)],
    ("kk", "INSTITUTE"): [("бас ғылыми қызметкер", 1),
                          ("жетекші ғылыми қызметкер", 3),
                          ("аға ғылыми қызметкер", 4), ("ғылыми қызметкер", 3),
                          ("зертхана меңгерушісі", 2)],
    ("ru", "UNIVERSITY"): [("профессор", 3), ("ассоциированный профессор", 4),
                           ("доцент", 3), ("старший преподаватель", 2),
                           (("заведующий кафедрой", "заведующая кафедрой"), 1)],
    ("ru", "INSTITUTE"): [("главный научный сотрудник", 1),
                          ("ведущий научный сотрудник", 3),
                          ("старший научный сотрудник", 4),
                          ("научный сотрудник", 2),
                          (("заведующий лабораторией", "заведующая лабораторией"), 2)],
    ("zh", "UNIVERSITY"): [("教授", 4), ("教授、博士生导师", 2), ("副教授", 5),
                           ("讲师", 2), ("特聘研究员", 1)],
    ("zh", "INSTITUTE"): [("研究员", 4), ("研究员、博士生导师", 1),
                          ("副研究员", 5), ("助理研究员", 2), ("博士后", 1)],
    ("en", "KZ-UNIVERSITY"): [("Professor", 3), ("Associate Professor", 5),
                              ("Assistant Professor", 4), ("Senior Lecturer", 1)],
    ("en", "KZ-INSTITUTE"): [("Leading Researcher", 3), ("Senior Researcher", 4),
                             ("Researcher", 2), ("Head of Laboratory", 2)],
    ("en", "CN-UNIVERSITY"): [("Professor", 4), ("Associate Professor", 5),
                              ("Assistant Professor", 3), ("Lecturer", 1)],
    ("en", "CN-INSTITUTE"): [("Professor", 4), ("Associate Professor", 4),
                             ("Assistant Professor", 2), ("Postdoctoral Researcher", 1)],
}
# Titles that do not fit a text in which the person speaks of leading a group.
JUNIOR = {"PhD докторант", "ғылыми қызметкер", "научный сотрудник",
          "старший преподаватель", "аға оқытушы", "讲师", "助理研究员", "博士后",
          "Researcher", "Lecturer", "Postdoctoral Researcher", "Senior Lecturer"}
LEADER_MARKERS = ("my group", "my lab", "i lead", "my team", "our lab",
                  "возглавляю", "зертханамыз", "моя группа")

# ---------------------------------------------------------------------------
# Hand-written profiles
# ---------------------------------------------------------------------------
PROFILES = []


def R(inst, field, lang, summary, keywords, en=None, g=None, pos=None, name=None):
    """Register one profile.

    inst: institution code; field: OECD FORD code; lang: kk/ru/zh/en;
    en: English version of the summary (non-English profiles only);
    g: 'm'/'f' when the text fixes the gender; pos: explicit position title;
    name: explicit (full name, e-mail local part).
    """
    PROFILES.append(dict(inst=inst, field=field, lang=lang,
                         summary=_flow(summary, lang == "zh"),
                         keywords=keywords,
                         en=_flow(en, False) if en else None,
                         g=g, pos=pos, name=name))


def _flow(text, cjk):
    """Join the source lines of a text into one paragraph."""
    return re.sub(r"\s*\n\s*", "" if cjk else " ", text.strip())

# ===========================================================================
# 1.1 Mathematics
# ===========================================================================
R("KZ-IMMM", "1.1", "ru", """
Занимаюсь обратными и некорректными задачами для параболических и
псевдопараболических уравнений. Основной интерес — единственность и условная
устойчивость при восстановлении зависящего от пространственной переменной
коэффициента по данным финального или интегрального переопределения.
Разрабатываю итерационные регуляризирующие алгоритмы и проверяю их на моделях
теплопереноса в многослойных мёрзлых грунтах. Ищу партнёров для совместной
работы над численной реализацией на неструктурированных сетках.""",
  ["обратные задачи", "параболические уравнения", "регуляризация",
   "условная устойчивость", "теплоперенос"],
  en="""My work is on inverse and ill-posed problems for parabolic and
pseudoparabolic equations: uniqueness and conditional stability when a
space-dependent coefficient is recovered from final or integral
overdetermination. I build iterative regularisation schemes and test them on
heat transfer in layered frozen soils, and I would welcome partners interested
in implementing them on unstructured meshes.""")

R("KZ-KAZNU", "1.1", "kk", """
Салмақты Харди типтес теңсіздіктерді және оларды Соболев кеңістіктеріндегі
ендіру теоремаларына қолдануды зерттеймін. Соңғы жылдары монотонды функциялар
конусындағы операторлардың шенелгендігі мен компактылығына, сондай-ақ Лоренц
кеңістіктеріндегі екі салмақты бағалауларға көп көңіл бөлдім. Алынған
нәтижелер квазисызықты эллипстік теңдеулер шешімдерінің сапалық қасиеттерін
сипаттауға мүмкіндік береді.""",
  ["Харди теңсіздігі", "Соболев кеңістіктері", "салмақты бағалаулар",
   "ендіру теоремалары", "Лоренц кеңістіктері"])

R("KZ-ENU", "1.1", "en", """
I work in harmonic analysis, mainly on Fourier multipliers and summability of
trigonometric and Walsh series in Lorentz, Besov and Nikol'skii–Besov spaces.
Recent papers with colleagues deal with sharp inequalities of Hardy–Littlewood
type for functions with general monotone coefficients and with interpolation
properties of net spaces. I am interested in joint seminars and student
exchanges with groups working on function spaces and approximation theory.""",
  ["Fourier multipliers", "Lorentz spaces", "Besov spaces", "net spaces",
   "approximation theory"])

R("KZ-NU", "1.1", "en", """
My research is in mathematical statistics with a focus on change-point
detection and extreme-value methods for dependent data. Together with
hydrologists I analyse long discharge and precipitation records from the Syr
Darya and Ili basins to test whether shifts in annual maxima are abrupt or
gradual. I also teach Bayesian computation and supervise capstone projects that
apply these tools to environmental monitoring data.""",
  ["change-point detection", "extreme value theory", "time series",
   "hydrological records", "Bayesian computation"])

R("KZ-IMMM", "1.1", "kk", """
Жүктелген дифференциалдық теңдеулер мен интегралдық-дифференциалдық теңдеулер
үшін шеттік есептерді Жұмабаевтың параметрлеу әдісімен зерттеймін. Есептің
бірмәнді шешілуінің коэффициенттер арқылы өрнектелетін қажетті және жеткілікті
шарттарын алу, сондай-ақ жуық шешімді табу алгоритмдерін құру — негізгі
мақсатым. Қазір осы тәсілді кешігуі бар жүйелерге және импульстік әсерлері бар
есептерге кеңейтумен айналысамын.""",
  ["параметрлеу әдісі", "жүктелген теңдеулер", "шеттік есептер",
   "интегралдық-дифференциалдық теңдеулер", "бірмәнді шешілу"])

R("KZ-SATBAYEV", "1.1", "ru", """
Математическое моделирование фильтрации многофазных жидкостей в неоднородных
пористых средах. Работаю над конечно-объёмными схемами для задач двухфазного
вытеснения с учётом капиллярных сил и над ускорением расчётов на графических
процессорах. Прикладная часть — моделирование закачки полимерных растворов на
месторождениях Западного Казахстана и оценка неопределённости поля
проницаемости с помощью ансамблевого фильтра Калмана.""",
  ["фильтрация", "пористые среды", "конечно-объёмные схемы",
   "двухфазное вытеснение", "ансамблевый фильтр Калмана"])

R("KZ-BUKETOV", "1.1", "ru", """
Исследую сингулярно возмущённые интегро-дифференциальные уравнения с малым
параметром при старших производных. Основная тема — асимптотические разложения
решений краевых задач, обладающих начальными скачками, и оценки остаточных
членов. Продолжаю традиции карагандинской школы асимптотических методов;
сейчас рассматриваем задачи с несколькими пограничными слоями и их связь с
контрастными структурами.""",
  ["сингулярные возмущения", "начальные скачки", "асимптотические разложения",
   "пограничный слой", "интегро-дифференциальные уравнения"])

R("CN-AMSS", "1.1", "zh", """
主要从事数学物理反问题与不适定问题的理论分析和数值方法研究，重点关注抛物型方程中空间相关系数的识别、源项反演以及相应的条件稳定性估计。
近年来，课题组发展了结合迭代正则化与多尺度策略的重构算法，并将其应用于冻土层热传导参数反演和地下水污染源识别等实际问题，在非结构网格上的大规模并行求解方面也积累了一定经验。
目前主持国家自然科学基金面上项目一项，对贝叶斯反演和不确定性量化同样很感兴趣。
希望与在热传导建模、数值偏微分方程或反问题工程应用方面有相近兴趣的国内外同行交流合作，也欢迎有志于此方向的研究生联系。""",
  ["数学物理反问题", "抛物型方程", "正则化方法", "条件稳定性", "贝叶斯反演"])

R("CN-PKU", "1.1", "zh", """
研究方向为调和分析与函数空间理论，主要关注傅里叶乘子、奇异积分算子以及Besov空间、Triebel–Lizorkin空间和Lorentz空间上的有界性问题。
近期工作涉及广义单调系数三角级数的Hardy–Littlewood型不等式、函数空间的实插值性质，以及这些结果在逼近论中的应用。
除科研外，长期讲授实分析和调和分析研究生课程，每年组织一次面向青年学者的暑期学校。
目前承担国家重点研发计划数学专项的一项子课题，研究内容与偏微分方程先验估计也有一定交叉。
对中亚地区函数空间与逼近论学派的工作较为熟悉，希望开展学者互访和联合指导研究生。""",
  ["调和分析", "傅里叶乘子", "函数空间", "插值理论", "逼近论"],
  en="""I work in harmonic analysis and the theory of function spaces:
Fourier multipliers, singular integrals and boundedness on Besov,
Triebel–Lizorkin and Lorentz spaces. Recent work covers Hardy–Littlewood type
inequalities for trigonometric series with general monotone coefficients, real
interpolation of function spaces and applications to approximation theory. I
know the Central Asian school of function spaces well and would welcome
visits and co-supervision of students.""")

R("CN-XJU", "1.1", "zh", """
主要从事微分方程与生物数学研究，重点是具有时滞和空间扩散的传染病动力学模型。
课题组结合新疆地区的实际疫情数据，建立了包虫病、布鲁氏菌病和肺结核的传播动力学模型，分析基本再生数、平衡点稳定性以及疫苗接种、犬只驱虫等干预措施的效果。
近几年也在研究随机扰动和季节性因素对疾病传播的影响，并尝试将参数估计与贝叶斯方法结合。
相关模型已用于自治区疾控部门制定包虫病防控方案时的情景分析与效果评估，课题组也与医学院校联合培养生物数学与流行病学交叉方向的研究生。
这些人畜共患病在中亚国家同样普遍，希望与哈萨克斯坦、吉尔吉斯斯坦的数学和公共卫生团队合作建模。""",
  ["传染病动力学", "时滞微分方程", "包虫病", "基本再生数", "稳定性分析"])

R("CN-NJU", "1.1", "zh", """
研究方向为奇异摄动理论及其应用，主要研究含小参数的常微分方程、积分微分方程边值问题解的渐近性态。
工作包括具有初始跳跃现象的问题的渐近展开与余项估计、多重边界层的匹配方法，以及反应扩散方程中空间对比结构的存在性与稳定性。
我们也把这些方法用于化学反应动力学和神经元模型中的快慢系统分析。
近年来承担了两项国家自然科学基金项目，编写了奇异摄动方法的研究生教材，目前正在构造关于小参数一致收敛的数值格式，以便对渐近结果进行系统的数值验证和误差比较。
苏联及哈萨克斯坦学派在初始跳跃问题上有深厚积累，我一直希望与相关学者开展更系统的合作。""",
  ["奇异摄动", "渐近展开", "初始跳跃", "边界层", "空间对比结构"])

R("CN-TSINGHUA", "1.1", "en", """
I am a statistician working on change-point analysis and extreme-value
statistics for climate and hydrological data. My group develops tests for
structural breaks in dependent, heavy-tailed time series and spatial
extreme-value models for precipitation over mountainous terrain, where station
records are short and patchy. Current applications include flood frequency in
the Tarim and Yellow River basins. I am happy to co-supervise students who
combine statistics with field data from Central Asia.""",
  ["change-point analysis", "extreme-value statistics", "spatial statistics",
   "precipitation extremes", "flood frequency"])

R("CN-LZU", "1.1", "zh", """
主要从事科学计算与偏微分方程数值解研究，方向是多孔介质多相渗流问题的有限体积法和混合有限元法。
课题组针对非均质油藏和含水层中的两相驱替问题，构造了保持局部质量守恒的高精度格式，并研究毛管力和重力分异条件下的数值稳定性。
我们还开发了基于GPU的并行求解器，用于聚合物驱模拟和参数不确定性分析，近期尝试将集合卡尔曼滤波用于渗透率场反演。
课题组与西北地区的油田和水文地质单位保持长期合作，所开发的求解器已用于多个区块开发方案的数值评估以及二氧化碳地质封存的泄漏风险分析。
欢迎在油气田开发和地下水模拟领域有实际问题的团队与我们联系。""",
  ["多孔介质渗流", "有限体积法", "两相驱替", "GPU并行计算", "集合卡尔曼滤波"])

R("CN-NWPU", "1.1", "zh", """
研究兴趣为图论与组合数学，特别是谱图理论中的极值问题。
我们研究图的邻接矩阵、拉普拉斯矩阵和无符号拉普拉斯矩阵的谱半径在给定结构参数下的极值，以及禁用子图条件下的谱Turán型问题。
近期也关注超图的谱理论和图谱方法在网络鲁棒性分析中的应用。
课题组现有博士生和硕士生十余人，同时承担本科离散数学与图论课程的教学；近年来我们对若干经典谱极值问题给出了完整的极图刻画，相关方法也被用于分析社交网络和交通网络的结构特征，部分结果得到网络科学领域同行的引用。
课题组与国内多所高校定期举办组合数学讨论班，欢迎访问交流和联合培养研究生。""",
  ["谱图理论", "极值图论", "谱Turán问题", "超图", "组合数学"])

# ===========================================================================
# 1.2 Computer and information sciences
# ===========================================================================
R("KZ-NU", "1.2", "en", """
I lead a small team working on speech technology for Kazakh, a low-resource
and morphologically rich language. We have collected several hundred hours of
read and spontaneous speech, including Kazakh–Russian code-switching recorded
in Almaty and Shymkent, and we train end-to-end recognisers and text-to-speech
models on them. Current questions are how to share acoustic and subword units
with other Turkic languages and how to evaluate systems fairly on dialectal
speech.""",
  ["speech recognition", "Kazakh language", "code-switching", "text-to-speech",
   "low-resource languages", "Turkic languages"])

R("KZ-KAZNU", "1.2", "kk", """
Қазақ тіліне арналған машиналық аударма және морфологиялық талдау жүйелерін
әзірлеймін. Жалғамалы тілдерде сөзформалар саны өте көп болғандықтан, біз
морфемаларға негізделген токенизация мен шекті автоматтарды нейрондық
модельдермен біріктіреміз. Қазақ–ағылшын және қазақ–орыс параллель корпустарын
жинап, оларды тазалау әдістерін де зерттейміз. Түркі тілдері бойынша жұмыс
істейтін топтармен деректер мен модельдер алмасуға дайынмын.""",
  ["машиналық аударма", "морфологиялық талдау", "параллель корпус",
   "шекті автоматтар", "қазақ тілі"],
  en="""I develop machine translation and morphological analysis tools for
Kazakh. Because agglutinative languages produce a huge number of word forms,
we combine morpheme-based tokenisation and finite-state transducers with
neural models, and we also build and clean Kazakh–English and Kazakh–Russian
parallel corpora. Happy to exchange data and models with other groups working
on Turkic languages.""")

R("KZ-IICT", "1.2", "ru", """
Применяю глубокое обучение к задачам дистанционного зондирования:
классификация сельскохозяйственных культур и картирование залежных земель по
временным рядам Sentinel-2 и Landsat. Особое внимание уделяю переносу моделей
между регионами с разной фенологией — от Северо-Казахстанской области до
орошаемых массивов юга. Также занимаемся разметкой обучающих выборок с помощью
полевых маршрутов и краудсорсинга.""",
  ["дистанционное зондирование", "глубокое обучение", "Sentinel-2",
   "классификация культур", "залежные земли"])

R("KZ-KBTU", "1.2", "en", """
My research is on network intrusion detection and privacy-preserving machine
learning. We design federated learning schemes in which banks or telecom
operators can train a shared anomaly detector without exchanging raw traffic
logs, and we study how such models can be poisoned by a malicious participant.
I also teach applied cryptography and secure software development and
supervise master's theses on the security of industrial control systems.""",
  ["intrusion detection", "federated learning", "model poisoning",
   "privacy-preserving machine learning", "industrial control systems"])

R("KZ-ENU", "1.2", "kk", """
Ақпараттық қауіпсіздік және криптография саласында жұмыс істеймін. Негізгі
бағытым — жеңіл блоктық шифрлардың құрылымын талдау, S-блоктардың сызықтық
және дифференциалдық сипаттамаларын бағалау, сондай-ақ ресурстары шектеулі
құрылғыларға арналған алгоритмдерді бағдарламалық және аппараттық іске асыру.
Студенттермен бірге ұлттық криптографиялық стандарттардың жылдамдығын
микроконтроллерлерде салыстырып жүрміз.""",
  ["криптография", "блоктық шифрлар", "S-блоктар", "дифференциалдық талдау",
   "микроконтроллерлер"])

R("KZ-SATBAYEV", "1.2", "ru", """
Разрабатываю системы интернета вещей и граничных вычислений для промышленного
мониторинга. Сейчас основной проект — беспроводная сеть датчиков вибрации и
запылённости на обогатительной фабрике, где данные предварительно
обрабатываются на шлюзах, а в облако передаются только события и агрегаты.
Интересуют энергоэффективные протоколы LoRaWAN и NB-IoT и методы обнаружения
аномалий, работающие на маломощных устройствах.""",
  ["интернет вещей", "граничные вычисления", "LoRaWAN",
   "обнаружение аномалий", "беспроводные сенсорные сети"],
  en="""I build IoT and edge computing systems for industrial monitoring. The
main current project is a wireless sensor network that tracks vibration and
dust at an ore processing plant; gateways pre-process the data and only events
and aggregates go to the cloud. I am especially interested in low-power
LoRaWAN and NB-IoT protocols and in anomaly detection that can run on small
devices.""")

R("KZ-IICT", "1.2", "kk", """
Жоғары өнімді есептеулер және параллель алгоритмдер бойынша жұмыс істеймін.
Гидродинамика мен атмосфералық ластануды модельдеуге арналған кодтарды MPI
және CUDA технологиялары арқылы кластерлік жүйелерге бейімдейміз. Соңғы жобада
Алматы қаласының үстіндегі ластаушы заттардың таралуын жоғары кеңістіктік
ажыратымдылықпен есептейтін модельдің жұмысын бірнеше есе жылдамдаттық.""",
  ["параллель есептеулер", "MPI", "CUDA", "кластерлік жүйелер",
   "ластанудың таралуын модельдеу"])

R("CN-XJU", "1.2", "zh", """
长期从事多语种语音识别与低资源语言信息处理研究，研究对象包括维吾尔语、哈萨克语、柯尔克孜语等黏着语。
针对标注数据稀缺的问题，课题组探索了基于自监督预训练的跨语言声学建模、子词单元共享以及方言语音的数据增强方法，并构建了包含朗读与自由对话的多民族语言语音语料库。
近期关注汉语与少数民族语言混合说话（语码转换）场景下的识别问题。
目前语料库总时长已超过一千小时，涵盖新闻广播、课堂讲授和日常对话等多种场景，并对南疆、北疆不同方言区的发音人做了均衡采样。
希望与中亚地区从事突厥语族语音技术的团队合作，共同建设开放的评测基准。""",
  ["语音识别", "低资源语言", "哈萨克语", "维吾尔语", "语码转换", "自监督预训练"],
  en="""I work on multilingual speech recognition for low-resource
agglutinative languages such as Uyghur, Kazakh and Kyrgyz. Because labelled
data are scarce, our group uses self-supervised pre-training for cross-lingual
acoustic models, shared subword units and data augmentation for dialectal
speech, and we have built a corpus of read and conversational speech. Lately I
am interested in code-switching between Chinese and minority languages, and I
would like to build an open benchmark together with Central Asian colleagues
working on Turkic speech technology.""")

R("CN-TSINGHUA", "1.2", "zh", """
研究方向为自然语言处理与机器翻译，重点是低资源语言和形态丰富语言的翻译建模。
近年来主要研究大语言模型在中亚语言上的能力评估与迁移方法，探讨词表扩充、形态切分和回译等技术对哈萨克语、乌兹别克语翻译质量的影响。
此外关注平行语料的自动挖掘与噪声过滤，以及机器翻译人工评价规范的制定。
课题组近期发布了一个覆盖十余种中亚与高加索语言的机器翻译评测集，包含新闻、政务和日常对话三类文本，并对大模型常见的形态错误、专名音译错误做了细粒度的人工标注与分析。
曾参与多项语言资源建设项目，愿意与相关高校共享评测数据并联合指导研究生。""",
  ["机器翻译", "大语言模型", "低资源语言", "形态切分", "平行语料挖掘"])

R("CN-WHU", "1.2", "zh", """
从事遥感影像智能解译研究，主要利用深度学习方法开展耕地提取、作物类型识别和撂荒地监测。
课题组基于Sentinel-1/2多时相数据构建了时空注意力网络，在新疆和哈萨克斯坦南部等干旱区灌溉农业区进行了验证，重点解决不同区域物候差异导致的模型迁移难题。
同时开展样本自动生成与弱监督学习方法研究，以减少对人工标注的依赖。
课题组已在阿克苏、伊犁和哈萨克斯坦阿拉木图州采集了数万个带地理坐标的地面样本照片，并开发了手机端采样程序，方便合作方按统一的分类体系和质量规范补充样本。
欢迎在中亚农业遥感、地面样本共享等方面开展合作。""",
  ["遥感影像解译", "深度学习", "作物识别", "撂荒地监测", "迁移学习", "中亚"])

R("CN-ICT", "1.2", "zh", """
研究领域为高性能计算与并行编程系统，主要工作包括面向异构众核处理器的编译优化、自动并行化以及科学计算程序的性能分析。
近年来与气象和流体力学团队合作，将大气化学传输模式移植到GPU和国产加速器平台上，实现了数倍的加速。
目前关注稀疏矩阵运算的自动调优，以及混合精度计算对数值结果可靠性的影响。
课题组研制的自动调优框架已在多台国产超级计算机上部署，支持天气预报、燃烧模拟和分子动力学等多类典型应用，并为用户提供从性能剖析到代码重构的全流程技术支持与培训。
希望与有大规模数值模拟需求的团队合作，共同开展软硬件协同优化。""",
  ["高性能计算", "编译优化", "GPU", "混合精度计算", "自动调优"])

R("CN-XJTU", "1.2", "en", """
I work on network security with an emphasis on learning-based intrusion
detection for industrial and enterprise networks. My group studies federated
anomaly detection across organisations that cannot share raw traffic, and we
evaluate how backdoor and data-poisoning attacks degrade such detectors. We
also maintain a testbed of programmable logic controllers for generating
realistic attack traces. I am open to joint student supervision and to
comparing datasets collected in different countries.""",
  ["network security", "intrusion detection", "federated learning",
   "data poisoning", "industrial control systems"])

R("CN-HIT", "1.2", "zh", """
主要从事密码学与信息安全研究，方向包括轻量级分组密码的设计与分析、S盒密码学性质评估以及侧信道攻击防护。
课题组开发了基于SAT/MILP的自动化差分与线性分析工具，用于评估物联网终端常用算法的安全边界。
同时研究密码算法在低功耗微控制器和FPGA上的高效实现与掩码防护方案。
近年来承担了国家重点研发计划网络空间安全专项课题，对多个国际标准化候选算法给出了新的差分和积分区分器；同时与芯片企业合作，在电力物联网终端中验证了我们提出的低开销掩码实现，实测功耗和面积开销均在可接受范围内。
欢迎对对称密码分析或嵌入式安全感兴趣的同行交流。""",
  ["轻量级分组密码", "差分分析", "S盒", "侧信道攻击", "MILP自动化分析"],
  en="""My research is in cryptography and information security: design and
analysis of lightweight block ciphers, cryptographic properties of S-boxes and
countermeasures against side-channel attacks. We have developed SAT/MILP-based
tools for automated differential and linear cryptanalysis of algorithms used
in IoT devices, and we also study efficient masked implementations on
low-power microcontrollers and FPGAs.""")

R("CN-ZJU", "1.2", "zh", """
研究方向为物联网与边缘计算，主要面向智慧农业和工业现场的低功耗感知网络。
课题组设计了基于LoRa的田间土壤墒情与气象监测节点，在边缘网关上运行轻量化的异常检测与数据压缩算法，显著降低了上行通信量，相关系统已在浙江和新疆的多个示范基地连续运行三年以上。
在新疆的示范点，节点需要在夏季高温、冬季严寒和频繁沙尘条件下工作，我们据此改进了外壳散热、低温电池管理和太阳能供电设计，并积累了大量野外故障数据，可为同类系统的可靠性设计提供参考。
近期重点研究算力和能量受限条件下的模型剪枝与任务卸载策略，以及节点长期野外部署的可靠性问题。""",
  ["物联网", "边缘计算", "LoRa", "智慧农业", "任务卸载"])

# ===========================================================================
# 1.3 Physical sciences
# ===========================================================================
R("KZ-INP", "1.3", "ru", """
Изучаю ядерные реакции с лёгкими ядрами при низких и средних энергиях.
Измеряем дифференциальные сечения упругого и неупругого рассеяния альфа-частиц
и ионов гелия-3 на ядрах 1p-оболочки на изохронном циклотроне У-150М, а анализ
проводим в рамках оптической модели и метода связанных каналов. Отдельное
направление — кластерная структура ядер и определение радиусов возбуждённых
состояний по дифракционной модели.""",
  ["ядерные реакции", "упругое рассеяние", "оптическая модель",
   "циклотрон У-150М", "кластерная структура ядер"],
  en="""I study nuclear reactions with light nuclei at low and intermediate
energies. We measure differential cross sections for elastic and inelastic
scattering of alpha particles and helium-3 ions on 1p-shell nuclei at the
U-150M cyclotron and analyse them with the optical model and the
coupled-channels method. Another line of work is cluster structure and the
radii of excited states extracted with the diffraction model.""")

R("KZ-FAI", "1.3", "kk", """
Тянь-Шань астрономиялық обсерваториясында айнымалы жұлдыздар мен экзопланеталар
транзиттерін фотометриялық бақылаумен айналысамын. Бір метрлік телескоптағы
CCD-камера деректерін өңдейтін автоматтандырылған жүйе құрдық, ол түн сайын
жүздеген жұлдыздың жарық қисықтарын алуға мүмкіндік береді. Қазір тығыз қос
жүйелердің периодтарының өзгерісін талдап, Шығыс Азиядағы обсерваториялармен
бірлескен бақылау науқандарын жоспарлап жүрміз.""",
  ["айнымалы жұлдыздар", "фотометрия", "экзопланеталар транзиті",
   "қос жұлдыздар", "Тянь-Шань обсерваториясы"])

R("KZ-IONOS", "1.3", "ru", """
Исследую реакцию ионосферы на геомагнитные бури и сейсмическую активность по
данным ГНСС-приёмников и ионозонда. По сети станций в Казахстане
восстанавливаем карты полного электронного содержания и выделяем
перемещающиеся ионосферные возмущения. Интересует вопрос, можно ли надёжно
отделить возможные предвестники землетрясений Северного Тянь-Шаня от эффектов
солнечной и геомагнитной активности.""",
  ["ионосфера", "полное электронное содержание", "ГНСС", "геомагнитные бури",
   "ионосферные возмущения"])

R("KZ-NU", "1.3", "en", """
I am a condensed-matter theorist using density functional theory and many-body
methods to study two-dimensional materials. Current projects look at
defect-induced magnetism in transition-metal dichalcogenides, strain
engineering of band gaps in MXenes and the interplay of spin–orbit coupling and
electron correlations in van der Waals heterostructures. I collaborate with
experimental groups to interpret scanning tunnelling spectroscopy and
photoemission data.""",
  ["density functional theory", "two-dimensional materials",
   "transition-metal dichalcogenides", "van der Waals heterostructures",
   "spin–orbit coupling"])

R("KZ-KAZNU", "1.3", "kk", """
Тозаңды және тығыз плазманың физикасымен айналысамын. Жоғары жиілікті
разрядтағы тозаң бөлшектерінің құрылымдық және динамикалық қасиеттерін тәжірибе
жүзінде зерттеп, нәтижелерді молекулалық динамика әдісімен алынған есептеулермен
салыстырамыз. Сонымен қатар плазма ішінде бөлшектер бетіне жұқа қабықшалар
отырғызу арқылы жаңа функционалдық материалдар алу мүмкіндігін қарастырамыз.""",
  ["тозаңды плазма", "жоғары жиілікті разряд", "молекулалық динамика",
   "тығыз плазма", "плазмалық технологиялар"])

R("KZ-ENU", "1.3", "en", """
My field is the radiation physics of solids. Using the DC-60 heavy-ion
accelerator in Astana, we irradiate oxide and nitride ceramics with swift heavy
ions and study latent track formation, radiation-induced swelling and changes
in mechanical properties with Raman spectroscopy, nanoindentation and X-ray
diffraction. The aim is to predict how inert matrix fuel and structural
ceramics for fusion reactors behave under high fission-fragment doses.""",
  ["swift heavy ions", "radiation damage", "oxide ceramics", "latent tracks",
   "nanoindentation"])

R("KZ-BUKETOV", "1.3", "ru", """
Научные интересы — молекулярная спектроскопия и фотоника органических
красителей. Изучаем перенос энергии электронного возбуждения между молекулами
красителей, адсорбированными на поверхности плазмонных наночастиц серебра и
золота, методами стационарной и время-разрешённой люминесценции. Практическая
цель — чувствительные оптические сенсоры кислорода и люминесцентные метки.""",
  ["люминесценция", "перенос энергии", "плазмонные наночастицы",
   "органические красители", "оптические сенсоры"])

R("CN-LZU", "1.3", "zh", """
主要从事原子核结构与核反应研究，兴趣集中在轻核的集团结构、弹性与非弹性散射以及光学势的系统学分析。
近年来利用耦合道方法和微观折叠模型分析α粒子及³He在1p壳核上的散射数据，讨论激发态半径增大与集团化之间的联系。
课题组也参与了国内放射性束装置上的相关实验。
课题组还发展了基于机器学习的光学势参数全局拟合方法，能够在较宽的能量和质量范围内给出一致的势参数，并已将多组散射数据整理成可公开访问的数据库，供同行检验理论模型使用。
希望与拥有中低能回旋加速器的研究组合作，开展测量与理论分析相结合的研究，并联合培养研究生。""",
  ["核反应", "轻核集团结构", "光学势", "耦合道方法", "弹性散射"],
  en="""I work on nuclear structure and reactions, especially the cluster
structure of light nuclei, elastic and inelastic scattering and the
systematics of optical potentials. Recently we used coupled-channels and
microscopic folding models to analyse alpha and helium-3 scattering on
1p-shell nuclei and to relate the enlarged radii of excited states to
clustering. I am looking for groups with low- and medium-energy cyclotrons to
combine measurements with theory.""")

R("CN-XAO", "1.3", "zh", """
在新疆天文台南山观测基地从事时域天文研究，主要利用一米级光学望远镜开展变星和系外行星凌星的测光监测。
研究内容包括密近双星轨道周期变化分析、食双星光变曲线建模以及自动化测光数据处理流程的开发。
近期正在推动与中亚地区天文台的联合观测，希望利用经度差实现对目标源的连续覆盖。
南山站海拔两千余米、晴夜数多，课题组同时运行着一台小口径广角巡天望远镜，已积累近十年的多色测光数据，发现了数百颗新的变星和若干周期变化异常的食双星，这些数据正在整理后逐步向合作者和公众开放。
欢迎有观测条件的同行共同申请观测时间、共享数据。""",
  ["时域天文", "变星", "系外行星凌星", "密近双星", "测光"])

R("CN-WHU", "1.3", "zh", """
研究方向为GNSS电离层监测与空间天气，利用地基GNSS网络和低轨卫星掩星数据反演电离层总电子含量，研究地磁暴期间电离层扰动的时空特征。
课题组还关注强震前后电离层异常的统计检验方法，强调在剔除太阳和地磁活动影响之后再评估异常的显著性。
近期将研究区域扩展至天山及其周边地区。
课题组还利用北斗地球静止轨道卫星的连续观测研究中低纬电离层的日变化和闪烁特征，发展了融合地基、星基多源数据的区域电离层格网模型，其精度已在多个实际定位服务系统中得到检验和应用。
欢迎周边国家的同行共享台站观测数据，共同开展区域电离层建模。""",
  ["GNSS", "电离层", "总电子含量", "空间天气", "地磁暴"])

R("CN-IOP", "1.3", "zh", """
主要利用扫描隧道显微镜和角分辨光电子能谱研究二维材料与范德华异质结中的新奇电子态。
近年工作涉及过渡金属硫族化合物中的电荷密度波、缺陷诱导磁性以及拓扑边缘态的实空间成像。
我们自主搭建了分子束外延与低温扫描探针联合系统，可在超高真空条件下完成样品生长和原位表征。
近两年，我们重点研究了单层过渡金属二硫族化合物中点缺陷与局域磁矩的关联，发现特定空位构型可以在费米面附近诱导自旋极化态，这一结果需要理论计算进一步解释；此外，课题组也在发展低温强磁场条件下的自旋极化扫描隧道谱技术。
希望与从事第一性原理计算的理论团队开展深入合作。""",
  ["扫描隧道显微镜", "二维材料", "范德华异质结", "电荷密度波", "分子束外延"],
  en="""I use scanning tunnelling microscopy and ARPES to study emergent
electronic states in 2D materials and van der Waals heterostructures,
including charge-density waves in transition-metal dichalcogenides,
defect-induced magnetism and real-space imaging of topological edge states.
Our home-built MBE and low-temperature STM system allows growth and in situ
characterisation in ultra-high vacuum. I'd like to work closely with
first-principles theory groups.""")

R("CN-USTC", "1.3", "zh", """
从事低温等离子体与尘埃等离子体物理研究。
在射频放电装置中，我们通过激光片光照明和高速成像观测尘埃颗粒形成的等离子体晶体，研究其结构、熔化相变和波动过程，并用分子动力学模拟与实验结果对比。
近期也在探索利用等离子体在悬浮颗粒表面沉积功能薄膜的方法，为新型复合颗粒材料的制备提供思路。
课题组的实验装置可以在较宽的气压和功率范围内稳定运行，配有多角度高速相机和粒子追踪软件，能够对上千个颗粒的运动进行逐帧重建，我们据此测量了等离子体晶体中声子谱和扩散系数随有效温度的变化关系。
课题组欢迎从事强耦合等离子体理论研究的同行合作。""",
  ["尘埃等离子体", "射频放电", "等离子体晶体", "分子动力学模拟", "低温等离子体"])

R("CN-PKU", "1.3", "en", """
I am an experimental physicist working on ion-beam interactions with solids.
Using the tandem accelerators on campus, we irradiate oxide ceramics and
nuclear fuel surrogate materials and follow defect accumulation with
Rutherford backscattering in channelling geometry, positron annihilation and
TEM. Together with theorists we compare measured track radii with inelastic
thermal-spike calculations. I am interested in cross-checking our results at
facilities that provide higher-energy heavy ions.""",
  ["ion beam analysis", "radiation damage", "swift heavy ions",
   "positron annihilation", "thermal spike model"])

R("CN-XTIPC", "1.3", "zh", """
主要从事非线性光学晶体的设计、生长与性能研究，尤其关注深紫外和中红外波段的新型晶体材料。
工作内容包括基于阴离子基团理论和第一性原理计算筛选候选结构、采用高温溶液法生长厘米级单晶，以及测试倍频效应、激光损伤阈值和双折射率。
课题组已获得多种具有实用潜力的硼酸盐和硫属化合物晶体。
已获得的晶体中，有几种在深紫外激光倍频和中红外光参量振荡实验中表现出良好的转换效率和抗损伤能力，目前正在与器件研制单位合作，进行大尺寸、高光学质量晶体生长工艺的优化和元件加工。
希望与从事激光器件和光谱应用的团队合作，推动新晶体走向实际应用。""",
  ["非线性光学晶体", "深紫外", "晶体生长", "倍频效应", "第一性原理计算"])

# ===========================================================================
# 1.4 Chemical sciences
# ===========================================================================
R("KZ-ICS", "1.4", "ru", """
Занимаюсь химией фосфора и технологией минеральных удобрений. Изучаем кинетику
кислотного разложения фосфоритов Каратау с высоким содержанием доломита и
возможности получения комплексных удобрений с микроэлементами. Параллельно
исследуем утилизацию фосфогипса и переработку шламов, накопленных на
предприятиях Жамбылской области.""",
  ["фосфориты Каратау", "минеральные удобрения", "кислотное разложение",
   "фосфогипс", "химия фосфора"],
  en="""My work is on phosphorus chemistry and mineral fertilisers. We study
the kinetics of acid decomposition of dolomite-rich Karatau phosphorites and
ways to produce compound fertilisers with trace elements, and we also look at
recycling the phosphogypsum and sludge that have piled up at plants in the
Zhambyl region.""")

R("KZ-BUKETOV", "1.4", "kk", """
Қазақстан флорасындағы жусан түрлерінен бөлініп алынатын сесквитерпенді
лактондардың химиясын зерттеймін. Арглабин мен оған жақын қосылыстардың жаңа
туындыларын синтездеп, олардың құрылысын ЯМР-спектроскопия және рентгендік
құрылымдық талдау арқылы анықтаймыз. Синтезделген заттардың ісікке қарсы және
қабынуға қарсы белсенділігін серіктес зертханалармен бірлесе бағалаймыз.""",
  ["сесквитерпенді лактондар", "жусан", "арглабин", "ЯМР-спектроскопия",
   "табиғи қосылыстар"])

R("KZ-KAZNU", "1.4", "en", """
I am an electrochemist working on lithium–sulfur and sodium-ion batteries. We
prepare sulfur–carbon composite cathodes from locally available biomass carbons
and study polysulfide shuttling with in situ UV–vis spectroscopy and impedance
measurements. Another project deals with gel polymer electrolytes that remain
conductive at low temperatures, which matters for energy storage in
Kazakhstan's continental climate.""",
  ["lithium–sulfur batteries", "sodium-ion batteries", "polysulfide shuttle",
   "gel polymer electrolytes", "biomass carbon"])

R("KZ-ICP", "1.4", "ru", """
Исследую химию горения углеводородов и образование углеродных наноструктур в
пламени. Методами зондового отбора проб, масс-спектрометрии и электронной
микроскопии изучаем механизмы зарождения сажевых частиц и условия, при которых
в пропан-кислородном пламени пониженного давления образуются фуллерены и
малослойный графен. Результаты используем для построения кинетических схем и
для синтеза углеродных материалов.""",
  ["горение", "сажеобразование", "графен", "фуллерены", "кинетика горения"])

R("KZ-NU", "1.4", "en", """
My group works on heterogeneous catalysis for CO2 utilisation. We design
copper- and indium-based catalysts for the hydrogenation of CO2 to methanol and
study the active sites with operando DRIFTS and X-ray absorption spectroscopy.
We are also testing how impurities typical of flue gas from Kazakh coal-fired
plants affect catalyst deactivation, since any practical process here would
have to cope with them.""",
  ["heterogeneous catalysis", "CO2 hydrogenation", "methanol synthesis",
   "operando spectroscopy", "catalyst deactivation"])

R("KZ-SATBAYEV", "1.4", "kk", """
Полиамфолиттер мен полимерлік гидрогельдердің физикалық химиясын зерттеймін.
Ерітіндінің pH мәні мен иондық күшіне сезімтал гельдер алып, олардың ісінуін,
металл иондарын байланыстыруын және катализатор тасымалдағышы ретіндегі
қасиеттерін анықтаймыз. Қолданбалы бағыттардың бірі — мұнай өндіруде
ұңғымаларға су келуін шектейтін гельдер.""",
  ["полиамфолиттер", "гидрогельдер", "ісіну", "металл иондарын байланыстыру",
   "полимерлер химиясы"])

R("KZ-AUEZOV", "1.4", "ru", """
Аналитическая химия: определение остаточных количеств пестицидов и их
метаболитов в почве, воде и продукции хлопководства Туркестанской области.
Разрабатываем методики пробоподготовки QuEChERS и твердофазной экстракции с
последующим анализом методом ВЭЖХ-МС/МС. Мониторинговые данные показывают
накопление устойчивых соединений в коллекторно-дренажных водах, поэтому сейчас
изучаем пути их деградации.""",
  ["пестициды", "ВЭЖХ-МС/МС", "QuEChERS", "хлопководство",
   "коллекторно-дренажные воды"])

R("CN-LZU", "1.4", "zh", """
主要从事天然产物化学与全合成研究，重点关注菊科蒿属植物中的倍半萜内酯类化合物。
课题组从西北及中亚干旱区采集的多种蒿属植物中分离鉴定了一批结构新颖的愈创木烷型倍半萜，并发展了以关键环化反应为核心的高效合成路线。
我们还对部分化合物进行结构修饰，系统考察其抗肿瘤和抗炎活性的构效关系。
在合成方面，我们以廉价易得的手性原料出发，完成了数个具有复杂桥环骨架的天然产物的首次全合成，并建立了可以放大到克级规模的关键中间体制备方法，为后续的生物活性评价提供了充足的样品。
希望与中亚地区从事药用植物化学研究的团队交流样品与数据。""",
  ["天然产物", "倍半萜内酯", "蒿属植物", "全合成", "构效关系"])

R("CN-ICCAS", "1.4", "zh", """
研究方向为电化学储能，主要包括锂硫电池和钠离子电池的关键材料。
我们利用原位光谱和电化学阻抗技术研究多硫化物穿梭机理，设计具有催化转化功能的硫宿主材料和功能隔膜，并开发适用于零下三十摄氏度的低温电解液。
近期希望探索以农林废弃物为原料制备多孔碳的可行性，以降低电极材料成本。
课题组已建立从材料合成、极片制备到软包电池组装与测试的完整平台，可以在接近实际应用的条件下评价材料性能；近期制备的催化型隔膜在高硫载量软包电池中实现了数百次稳定循环，相关工作正在与企业合作进行中试放大。
欢迎在储能材料规模化制备方面有经验的团队合作。""",
  ["锂硫电池", "钠离子电池", "多硫化物穿梭", "低温电解液", "多孔碳"],
  en="""I work on electrochemical energy storage, mainly lithium–sulfur and
sodium-ion batteries. Using in situ spectroscopy and impedance techniques we
study polysulfide shuttling, design catalytic sulfur hosts and functional
separators, and develop electrolytes that work at minus thirty degrees. Next I
want to test porous carbons made from agricultural waste to cut electrode
costs.""")

R("CN-SHZU", "1.4", "zh", """
从事农药残留分析与环境行为研究，研究区域主要是新疆北疆棉区。
我们建立了基于QuEChERS前处理和液相色谱-串联质谱的多残留检测方法，可同时测定土壤、灌溉水和棉籽中数十种农药及其代谢物。
近几年的监测发现，部分持久性农药在长期滴灌棉田的土壤中存在明显累积，课题组正在研究其微生物降解途径。
课题组在玛纳斯河流域布设了数十个长期采样点，跟踪农药残留随灌溉季节的动态变化，并利用同位素标记实验量化了土壤中典型农药的矿化、结合残留和淋溶比例，为制定合理的用药方案提供依据。
希望与中亚植棉区的同行比较不同灌溉方式下的农药残留特征。""",
  ["农药残留", "液相色谱-串联质谱", "QuEChERS", "棉田土壤", "微生物降解"])

R("CN-NJU", "1.4", "zh", """
主要研究配位化学与功能金属有机框架材料。
课题组设计合成了一系列由含氮杂环配体构筑的多孔配合物，用于二氧化碳选择性吸附、稀土离子荧光识别以及有机污染物的光催化降解。
我们重视晶体结构与性能之间的关联，常用单晶衍射和原位红外光谱研究客体分子在孔道中的行为。
课题组近年来在二氧化碳与甲烷、乙炔与乙烯等难分离体系中获得了多种具有高选择性的孔材料，并与化工企业合作研究其成型工艺，尝试将实验室合成的粉末材料加工成可以在固定床中长期使用的颗粒吸附剂。
近两年开始关注材料在潮湿和含硫气氛中的结构稳定性，这是走向实际应用的关键。""",
  ["配位化学", "金属有机框架", "二氧化碳吸附", "荧光识别", "光催化"])

R("CN-FUDAN", "1.4", "en", """
I am a polymer chemist interested in stimuli-responsive hydrogels and
polyelectrolyte complexes. My lab synthesises zwitterionic and polyampholyte
networks whose swelling changes sharply with pH, salt and temperature, and we
use them as supports for metal nanoparticle catalysts and as adsorbents for
heavy-metal ions. We combine rheology, small-angle scattering and molecular
simulation to understand how charge distribution controls network
structure.""",
  ["hydrogels", "polyampholytes", "polyelectrolyte complexes",
   "stimuli-responsive polymers", "rheology"])

R("CN-XJU", "1.4", "zh", """
研究方向为煤基碳材料化学。
以新疆准东、哈密等地的低阶煤为原料，我们通过热解、催化石墨化和化学剥离制备多孔碳、石墨烯量子点等材料，并研究其在超级电容器和吸附领域的应用。
课题组尤其关注煤中矿物质和杂原子对碳结构演化的影响，以及燃烧和热解过程中碳纳米结构的形成机理。
我们发现准东煤中较高的钠、钙含量会在热解过程中起到原位催化作用，可以在较低温度下得到石墨化程度较高的碳材料；利用这一特点，课题组开发了无需外加催化剂的一步法制备工艺，所得多孔碳在水系超级电容器中表现出良好的倍率性能，目前正在与当地企业合作进行放大试验。
这些工作有助于提高新疆丰富煤炭资源的附加值。""",
  ["煤基碳材料", "低阶煤", "石墨烯量子点", "超级电容器", "热解"],
  en="""I work on the chemistry of coal-derived carbon materials. Starting
from low-rank coals from Zhundong and Hami in Xinjiang, we make porous carbons
and graphene quantum dots by pyrolysis, catalytic graphitisation and chemical
exfoliation, and test them in supercapacitors and adsorption. I am
particularly interested in how minerals and heteroatoms steer carbon structure
and how carbon nanostructures form during combustion and pyrolysis.""")

R("CN-ZJU", "1.4", "zh", """
主要从事多相催化研究，方向为二氧化碳加氢制甲醇和低碳烯烃。
我们以铟基、铜锌基氧化物为研究对象，利用原位漫反射红外和同步辐射X射线吸收谱揭示活性位结构及其在反应条件下的动态演变。
近期关注实际烟气中硫、氮等杂质对催化剂失活的影响以及相应的再生策略。
课题组开发的铟锆复合氧化物催化剂在中试装置上连续运行了上千小时，甲醇选择性保持在较高水平，但烟气中的微量硫化物会导致活性逐渐下降，这促使我们系统研究硫中毒的机理以及通过氧化处理恢复活性的可能性。
课题组与多家能源企业保持合作，希望推动二氧化碳资源化技术的工程示范。""",
  ["多相催化", "二氧化碳加氢", "甲醇合成", "原位表征", "催化剂失活"])

# ===========================================================================
# 1.5 Earth and related environmental sciences
# ===========================================================================
R("KZ-IGWS", "1.5", "kk", """
Іле Алатауындағы мұздықтардың массалық балансын зерттеймін. Тұйықсу мұздығында
1957 жылдан бері жүргізіліп келе жатқан гляциологиялық бақылаулар қатарын
жалғастырып, оны дрондық түсірілім мен геодезиялық әдістермен толықтырамыз.
Соңғы онжылдықтардағы мұздықтардың жылдам қысқаруы Алматы маңындағы өзендердің
жазғы ағынына қалай әсер ететінін бағалау — негізгі міндетіміз.""",
  ["мұздықтар", "массалық баланс", "Тұйықсу мұздығы", "Іле Алатауы",
   "өзен ағыны"],
  en="""I study glacier mass balance in the Ile Alatau. We continue the
glaciological record on Tuyuksu Glacier, kept since 1957, and add drone
surveys and geodetic methods to it. The central question is how the rapid
glacier retreat of recent decades affects summer runoff in rivers around
Almaty.""")

R("KZ-IGWS", "1.5", "ru", """
Изучаю селевые процессы и прорывы моренных озёр в бассейнах рек Заилийского
Алатау. Ведём инвентаризацию приледниковых озёр по космическим снимкам,
проводим батиметрическую съёмку наиболее опасных из них и моделируем сценарии
прорыва с помощью двумерных гидродинамических моделей. Результаты передаём
службам, отвечающим за противоселевую защиту Алматы.""",
  ["сели", "прорыв моренных озёр", "Заилийский Алатау", "батиметрия",
   "гидродинамическое моделирование"])

R("KZ-HYDROGEO", "1.5", "ru", """
Гидрогеолог, изучаю засоление подземных вод в Иле-Балхашском бассейне. На
основе режимных наблюдений, изотопного состава воды и гидрохимических данных
оцениваем вклад орошения, испарения с неглубоко залегающих грунтовых вод и
подтока из глубоких горизонтов. Сейчас строим численную модель водоносного
комплекса Акдалинского массива, чтобы оценить, как изменение стока Или
повлияет на уровень и минерализацию подземных вод.""",
  ["засоление подземных вод", "Иле-Балхашский бассейн", "изотопы воды",
   "гидрохимия", "численное моделирование"],
  en="""As a hydrogeologist I work on groundwater salinisation in the
Ili–Balkhash basin. Using monitoring wells, water isotopes and hydrochemistry
we separate the roles of irrigation return flow, evaporation from shallow
groundwater and upward flow from deeper aquifers. We are now building a
numerical model of the Akdala irrigation massif to see how changes in Ili
River flow would affect groundwater levels and salinity.""")

R("KZ-KAZNU", "1.5", "en", """
I study atmospheric aerosols over Central Asia, especially mineral dust and
salt blown from the dried bed of the Aral Sea. We combine sun-photometer
measurements, CALIPSO lidar profiles and the WRF-Chem model to trace dust
storms and estimate their deposition on glaciers and farmland. I also teach
climatology and am keen to collaborate on ground-based aerosol stations across
the region.""",
  ["mineral dust", "aerosols", "Aral Sea", "WRF-Chem", "dust deposition"])

R("KZ-IGS", "1.5", "kk", """
Орталық Азия қатпарлы белдеуінің палеозойлық магматизмі мен металлогениясын
зерттеймін. Балқаш өңіріндегі порфирлі мыс кен орындарының жасын цирконның
U-Pb және молибдениттің Re-Os әдістерімен анықтап, кенді интрузиялардың
тектоникалық жағдайын қалпына келтіреміз. Шығыс Тянь-Шань мен Жоңғар
Алатауының кен белдеулерімен салыстыру үшін көрші елдердің әріптестерімен
деректер алмасуға мүдделімін.""",
  ["порфирлі мыс", "Орталық Азия қатпарлы белдеуі", "U-Pb геохронология",
   "Балқаш өңірі", "металлогения"])

R("KZ-KAZNU", "1.5", "kk", """
Трансшекаралық өзендердің гидрологиясы — негізгі ғылыми бағытым. Іле және
Ертіс алаптарында SWAT және HBV модельдерін қолданып, климаттың өзгеруі мен
жоғарғы ағыстағы су алудың Қазақстан аумағына келетін ағынға әсерін бағалаймыз.
Бақылау деректері аз таулы бөліктерде спутниктік жауын-шашын өнімдерін түзету
әдістерімен де айналысамын.""",
  ["трансшекаралық өзендер", "гидрологиялық модельдеу", "SWAT", "Іле өзені",
   "Ертіс өзені"])

R("KZ-NU", "1.5", "en", """
I am a geologist working on active tectonics and paleoseismology of the
Northern Tien Shan. We map fault scarps along the Almaty and Chilik–Kemin
fault zones with lidar and drone photogrammetry, excavate trenches and date
past ruptures with radiocarbon and luminescence methods. The results feed into
seismic hazard estimates for Almaty, a city of two million people built on the
range front.""",
  ["paleoseismology", "active faults", "Northern Tien Shan", "seismic hazard",
   "luminescence dating"])

R("CN-NIEER", "1.5", "zh", """
长期在天山冰川观测试验站从事冰川物质平衡与冰川水文研究，主要观测对象是乌鲁木齐河源1号冰川。
工作内容包括花杆-雪坑法物质平衡观测、利用无人机和地基激光扫描测量冰川表面高程变化，以及基于能量平衡模型的融水径流模拟。
1号冰川拥有六十多年的连续观测记录，可以与天山其他参照冰川进行对比。
观测站每年夏季接待大量国内外研究人员，提供野外住宿、观测设备和历史数据支持，近年来我们还在1号冰川布设了自动气象站和冰面温度传感器，实现了对消融过程的高频连续监测。
我们希望与邻国同行共同分析整个天山冰川变化的区域差异及其对下游水资源的影响。""",
  ["冰川物质平衡", "乌鲁木齐河源1号冰川", "天山", "冰川融水径流", "能量平衡模型"],
  en="""I work at the Tianshan Glaciological Station on glacier mass balance
and glacier hydrology, mainly on Urumqi Glacier No. 1. We measure mass balance
with stakes and snow pits, track surface elevation change with drones and
terrestrial laser scanning, and simulate meltwater runoff with an
energy-balance model. Since the glacier has a record of more than sixty years,
I'd like to compare it with other reference glaciers across the Tien Shan
together with colleagues in neighbouring countries.""")

R("CN-ITPCAS", "1.5", "zh", """
研究方向为冰湖变化与冰湖溃决洪水风险评估，研究区覆盖喜马拉雅山、帕米尔和天山。
课题组基于多源遥感影像建立了高亚洲冰湖编目，并结合冰湖水深测量、冰碛坝稳定性分析和溃决洪水数值模拟，识别潜在的高危冰湖。
近期关注气候变暖背景下冰湖扩张速率的区域差异，以及下游人口和基础设施的暴露度评估。
课题组在帕米尔和天山中段开展了多次野外考察，利用无人船声呐测量了十余个冰湖的水深，并在一个冰碛坝上布设了形变监测设备，这些实测数据显著改进了冰湖库容估算公式和溃决洪峰模拟的可靠性。
欢迎与负责山地灾害预警的部门和研究机构开展合作。""",
  ["冰湖", "冰湖溃决洪水", "高亚洲", "遥感编目", "风险评估"])

R("CN-XIEG", "1.5", "zh", """
主要研究干旱区地下水循环与土壤盐渍化过程，研究区集中在伊犁河谷和塔里木河流域。
通过地下水位长期观测、氢氧稳定同位素和水化学示踪，我们分析灌溉回归水、潜水蒸发以及深层承压水补给对地下水盐分的贡献。
目前正在构建伊犁河下游跨境区域的地下水数值模型，评估上游用水变化对下游地下水位和水质的潜在影响。
研究所在伊犁河谷建有野外观测站，拥有二十余眼长期监测井，并定期采集河水、泉水和井水样品进行同位素分析；结合遥感反演的蒸散数据，我们正在量化不同灌溉方式下地下水的盐分累积速率，为跨境流域盐渍化治理提供基础数据。
这一工作离不开两国观测数据的共享。""",
  ["干旱区地下水", "土壤盐渍化", "伊犁河", "稳定同位素", "地下水数值模拟"])

R("CN-LZU", "1.5", "zh", """
从事沙尘气溶胶与干旱半干旱区气候研究，依托半干旱气候与环境观测站开展长期地面观测。
研究内容包括利用激光雷达和太阳光度计获取沙尘垂直分布、分析中亚和塔克拉玛干沙尘的传输路径，以及评估沙尘沉降对天山和祁连山冰川表面反照率的影响。
课题组同时使用区域气候模式开展数值模拟。
长期观测资料显示，春季沙尘事件期间气溶胶光学厚度可比背景值高出数倍，沙尘层常位于两到四千米高度并可远距离输送至天山北坡；我们正在量化这些沙尘沉降对积雪和冰川消融的贡献，并将结果用于改进区域气候模式中的沙尘参数化方案。
希望与中亚国家的气溶胶观测站建立数据共享机制。""",
  ["沙尘气溶胶", "半干旱气候", "激光雷达", "冰川反照率", "中亚沙尘"],
  en="""My research is on dust aerosols and the climate of arid and semi-arid
regions, based on long-term observations at the Semi-Arid Climate and
Environment Observatory. We use lidar and sun photometers to resolve dust
vertical profiles, trace the transport of Central Asian and Taklimakan dust,
and quantify how dust deposition darkens glaciers in the Tianshan and Qilian
mountains. I hope to share data with aerosol stations in Central Asian
countries.""")

R("CN-XJU", "1.5", "zh", """
主要从事中亚造山带构造演化与成矿作用研究，重点关注东天山和西准噶尔地区的古生代斑岩型铜矿及相关侵入岩。
我们综合运用锆石U-Pb年代学、辉钼矿Re-Os定年和全岩地球化学，厘定含矿岩体的形成时代和构造背景。
东天山与巴尔喀什成矿带在构造上可能相互关联。
近五年，课题组在东天山土屋—延东、西准噶尔包古图等矿区开展了系统的野外调查和钻孔岩芯取样，获得了大量高精度年龄数据，初步揭示了晚古生代俯冲—碰撞转换阶段斑岩成矿作用的时空迁移规律与控制因素。
我很希望与哈萨克斯坦同行开展跨境对比研究，共同完善中亚成矿带的区域成矿模式。""",
  ["中亚造山带", "斑岩型铜矿", "东天山", "锆石U-Pb定年", "成矿作用"])

R("CN-IGSNRR", "1.5", "zh", """
研究方向为流域水文模拟与水资源管理，关注跨境河流的水资源分配问题。
课题组针对伊犁河、额尔齐斯河和锡尔河流域建立了分布式水文模型，利用卫星降水和积雪产品弥补山区观测的不足，评估气候变化与上游用水对下游来水的影响。
我们还研究咸海流域的水-能源-粮食纽带关系。
模型结果表明，在升温情景下伊犁河和锡尔河上游的冰雪融水比例将在本世纪中叶前后达到峰值，此后夏季径流可能明显下降；我们正在将这些情景与各国的灌溉需求和水电调度方案相结合，分析不同分水方案对下游农业和生态的影响。
希望通过与中亚国家学者的合作，为跨境水资源合作提供科学依据。""",
  ["跨境河流", "分布式水文模型", "伊犁河", "额尔齐斯河", "水-能源-粮食纽带"])

R("CN-PKU", "1.5", "en", """
I study crustal deformation and earthquake cycles in the Tien Shan using GNSS
geodesy and InSAR. Our current work combines campaign GPS sites in Xinjiang
with published velocities from Kyrgyzstan and Kazakhstan to estimate slip
rates on range-bounding thrusts and to test whether strain is released mainly
on a few large faults or distributed across the belt. I'd welcome
collaboration with field geologists who date paleo-earthquakes on the same
structures.""",
  ["GNSS geodesy", "InSAR", "crustal deformation", "Tien Shan",
   "fault slip rates"])

# ===========================================================================
# 1.6 Biological sciences
# ===========================================================================
R("KZ-IZ", "1.6", "ru", """
Энтомолог, изучаю популяционную динамику стадных саранчовых в Казахстане —
итальянского пруса, азиатской и мароккской саранчи. Анализируем многолетние
данные обследований очагов, связываем вспышки численности с погодными
условиями и состоянием пастбищ, а также проверяем экологически безопасные
средства борьбы на основе энтомопатогенных грибов. Трансграничный характер
миграций делает особенно важным обмен данными с соседними странами.""",
  ["саранчовые", "итальянский прус", "азиатская саранча",
   "популяционная динамика", "энтомопатогенные грибы"],
  en="""I am an entomologist studying the population dynamics of gregarious
locusts in Kazakhstan: the Italian locust, the migratory locust and the
Moroccan locust. We analyse long-term survey data from outbreak areas, relate
outbreaks to weather and pasture condition, and test environmentally safer
control based on entomopathogenic fungi. Because swarms cross borders, data
exchange with neighbouring countries really matters.""")

R("KZ-IZ", "1.6", "kk", """
Жоңғар Алатауы мен Іле Алатауындағы ірі сүтқоректілерді, әсіресе ілбісті және
оның негізгі жемі болып табылатын таутеке мен арқарды зерттеймін. Фотоқақпандар
желісі мен нәжіс үлгілерінің генетикалық талдауы арқылы популяция санын,
таралуын және жеке даралардың аумақтық белсенділігін анықтаймыз. Шекаралас
аудандардағы экологиялық дәліздерді сақтау үшін көрші елдердің
зерттеушілерімен бірлескен мониторинг қажет деп санаймын.""",
  ["ілбіс", "фотоқақпандар", "таутеке", "популяция саны",
   "экологиялық дәліздер"])

R("KZ-IMBB", "1.6", "en", """
I work on plant microRNAs and their targets. Using bioinformatic prediction
and degradome sequencing we identify miRNA binding sites in mRNAs of wheat,
barley and rice and look at how these interactions change under drought and
salinity. Experimental validation is done with 5′ RACE and transient
expression assays. I am interested in comparing miRNA regulation in cultivars
adapted to different arid regions.""",
  ["microRNA", "degradome sequencing", "wheat", "drought stress", "salinity"])

R("KZ-IPBB", "1.6", "kk", """
Сиверс алмасының (Malus sieversii) жабайы популяцияларының генетикалық
әртүрлілігін зерттеймін. Жоңғар және Іле Алатауының алма ормандарынан
жиналған үлгілерді SSR маркерлері мен геномдық SNP талдауы арқылы салыстырып,
мәдени сорттармен будандасу деңгейін бағалаймыз. Бұл жабайы формалар ауруға
төзімді сорттарды шығару үшін құнды ген қоры болып табылады.""",
  ["Сиверс алмасы", "генетикалық әртүрлілік", "SSR маркерлері",
   "жабайы жеміс ормандары", "ген қоры"],
  en="""I study genetic diversity in wild populations of Sievers apple (Malus
sieversii). Samples from the apple forests of the Dzhungarian and Ile Alatau
are compared with SSR markers and genome-wide SNPs, and we estimate how much
they hybridise with cultivated varieties. These wild forms are a valuable gene
pool for breeding disease-resistant cultivars.""")

R("KZ-NCB", "1.6", "ru", """
Микробиолог, изучаю микробиоту традиционных кисломолочных продуктов — шубата и
кумыса. Выделяем и характеризуем штаммы молочнокислых бактерий и дрожжей,
проводим метагеномное секвенирование образцов из разных регионов Казахстана и
оцениваем пробиотические свойства штаммов: кислото- и желчеустойчивость,
антагонизм к патогенам, отсутствие генов устойчивости к антибиотикам.""",
  ["шубат", "кумыс", "молочнокислые бактерии", "метагеномика", "пробиотики"])

R("KZ-KAZNU", "1.6", "kk", """
Арал теңізінің құрғаған табанында қалыптасқан Аралқұм шөлінің өсімдік
жамылғысын зерттеймін. Галофиттердің тұздылыққа бейімделуінің физиологиялық
және анатомиялық ерекшеліктерін анықтап, сексеуіл мен басқа бұталардың
өздігінен таралу үдерісін бақылаймыз. Бұл деректер құрғаған теңіз табанын
фитомелиорациялау жұмыстарын жоспарлауға көмектеседі.""",
  ["Аралқұм", "галофиттер", "тұздылыққа бейімделу", "сексеуіл",
   "фитомелиорация"])

R("KZ-NU", "1.6", "en", """
I am a human population geneticist. We genotype and sequence present-day
Kazakhs from different tribal backgrounds and compare them with ancient genomes
from the steppe to reconstruct admixture between western and eastern Eurasian
ancestries over the last three thousand years. Y-chromosome lineages are
especially informative because clan membership is traced through the paternal
line. I welcome joint work on populations of Xinjiang and Mongolia.""",
  ["population genetics", "ancient DNA", "Y chromosome", "admixture",
   "Kazakh population"])

R("CN-IZCAS", "1.6", "zh", """
主要研究飞蝗和意大利蝗等重要蝗虫的生态与进化，重点关注群居型与散居型之间的型变机制。
我们结合行为学实验、转录组和代谢组分析，解析种群密度信号如何调控蝗虫的聚集行为和迁飞能力。
在新疆北部草原开展的野外调查显示，意大利蝗暴发与春季降水和草场退化密切相关。
实验室建立了飞蝗两型长期饲养种群，并利用基因编辑和RNA干扰技术验证了多个调控聚集信息素合成和嗅觉识别的关键基因，相关发现为开发干扰蝗虫聚集的新型绿色防控技术提供了靶标；我们也在评估绿僵菌制剂在新疆草原的田间防效。
希望与中亚国家同行合作建立跨境蝗情监测网络。""",
  ["飞蝗", "意大利蝗", "型变", "聚集行为", "跨境监测"])

R("CN-PKU", "1.6", "zh", """
从事保护生物学研究，主要对象是雪豹及其猎物岩羊和北山羊。
我们在天山和祁连山布设红外相机网络，结合粪便DNA个体识别和占域模型估算雪豹种群密度，并分析放牧活动对雪豹与猎物分布的影响。
近年来也关注牧民与野生动物冲突的缓解机制，例如社区巡护和牲畜损失补偿。
过去八年，课题组在祁连山和天山东段布设了三百余台红外相机，累计获得数万次独立有效的野生动物拍摄记录，识别出数十只雪豹个体，并与当地保护区、牧民巡护员共同建立了长期监测与数据管理体系，为评估保护成效提供了可靠的基线资料。
跨境生态廊道的保护需要邻国的数据，欢迎开展联合监测。""",
  ["雪豹", "红外相机", "粪便DNA", "占域模型", "人兽冲突"],
  en="""I work in conservation biology, mainly on snow leopards and their
prey, blue sheep and Siberian ibex. We run camera-trap networks in the
Tianshan and Qilian mountains and use faecal DNA and occupancy models to
estimate density and to see how grazing shapes where predators and prey
occur. We also look at ways to reduce herder–wildlife conflict, such as
community patrols and livestock compensation, and would like to set up joint
monitoring of cross-border corridors.""")

R("CN-XIEG", "1.6", "zh", """
研究新疆野苹果等天山野果林关键物种的遗传多样性与保护。
我们在伊犁巩留、新源等地的野果林中系统采样，利用简化基因组测序分析种群遗传结构、基因流以及与栽培苹果之间的渐渗。
课题组还关注苹果小吉丁虫危害和人为干扰对野果林更新的影响。
初步结果表明，新源和巩留的野苹果种群遗传多样性较高，但部分靠近果园和村庄的种群已出现明显的栽培苹果基因渗入，且幼苗更新不足；我们据此提出了就地保护与种质圃异地保存相结合的方案，并建立了一个保存三百余份野苹果种质的资源圃。
天山野果林是世界栽培苹果的重要起源地之一，跨境联合研究十分必要。""",
  ["新疆野苹果", "天山野果林", "遗传多样性", "基因渐渗", "种质资源保护"])

R("CN-XJAU", "1.6", "zh", """
主要从事乳品微生物学研究，对象是新疆牧区传统发酵驼乳和马奶。
我们从不同地区采集样品，分离乳酸菌和酵母菌，通过全基因组测序和体外试验评价菌株的耐酸耐胆盐能力、抑菌活性及安全性，已筛选出若干具有降胆固醇潜力的候选益生菌。
目前也在研究发酵过程中菌群演替与风味物质形成的关系。
课题组已建立包含上千株乳酸菌和酵母菌的传统发酵乳菌种资源库，所有菌株都有完整的来源记录和基因组信息，其中几株已与乳品企业合作进行工业化发酵试验，用于开发具有地方特色的驼乳发酵产品。
希望与哈萨克斯坦研究舒巴特和马奶酒的同行比较菌种资源。""",
  ["发酵驼乳", "马奶", "乳酸菌", "益生菌", "菌群演替"],
  en="""I work in dairy microbiology on traditional fermented camel milk and
mare's milk from pastoral areas of Xinjiang. We isolate lactic acid bacteria
and yeasts, evaluate acid and bile tolerance, antimicrobial activity and
safety using whole-genome sequencing and in vitro tests, and have a few
candidate probiotic strains with cholesterol-lowering potential. We also
follow how the microbial community shifts during fermentation and how that
shapes flavour.""")

R("CN-SHZU", "1.6", "zh", """
研究方向为盐生植物生理生态。
我们以准噶尔盆地南缘的盐角草、盐穗木和梭梭为材料，研究离子区隔化、渗透调节和种子休眠等耐盐机制，并探索利用盐生植物修复次生盐渍化农田的可行性。
课题组在石河子周边建有盐碱地试验田，可开展长期的田间对比试验。
我们发现盐穗木和盐角草在重度盐渍化土壤中仍能保持较高的生物量，每年可从表层土壤中带走可观的盐分；结合滴灌条件下的种植试验，课题组正在评估盐生植物轮作对土壤脱盐和后茬棉花产量的影响，并探索其作为饲料或生物质原料的利用途径。
咸海干涸湖床与准噶尔盆地的盐生植被有不少共同种，值得开展比较研究。""",
  ["盐生植物", "耐盐机制", "准噶尔盆地", "盐碱地修复", "梭梭"])

R("CN-FUDAN", "1.6", "en", """
I study human population history with genomic data. My group analyses
genome-wide data from present-day ethnic groups in Xinjiang, Gansu and Inner
Mongolia together with ancient DNA from Bronze Age and Iron Age sites to date
admixture events along the Silk Road and the steppe. Paternal lineages are
particularly interesting in societies organised by patrilineal clans. I would
like to compare our results with Kazakh and Kyrgyz datasets.""",
  ["human population genetics", "ancient DNA", "admixture dating", "Silk Road",
   "Y-chromosome lineages"])

R("CN-NWAFU", "1.6", "zh", """
主要研究小麦非生物胁迫响应中的小RNA调控网络。
我们利用小RNA测序和降解组测序鉴定干旱和盐胁迫下差异表达的microRNA及其靶基因，并通过转基因和基因编辑材料验证关键miRNA-靶基因模块的功能。
课题组还比较了黄土高原旱作品种与灌区品种之间调控模式的差异。
课题组利用来自不同生态区的两百余份小麦材料开展了小RNA表达的全基因组关联分析，鉴定出若干与抗旱性显著相关的miRNA位点，并已将其中一个有利等位变异导入主栽品种，初步田间试验显示在干旱年份可以减少产量损失。
希望与中亚干旱区的小麦育种和分子生物学团队共享品种材料。""",
  ["小麦", "microRNA", "降解组测序", "干旱胁迫", "基因编辑"])
# ===========================================================================
# 2.1 Civil engineering
# ===========================================================================
R("KZ-SATBAYEV", "2.1", "ru", """
Занимаюсь сейсмостойким строительством. Исследуем поведение каркасных и
каменных зданий Алматы при сильных землетрясениях: проводим инструментальные
обследования динамических характеристик, численное моделирование и испытания
фрагментов конструкций на виброплатформе. Отдельная тема — эффективность
резинометаллических сейсмоизолирующих опор и требования к ним в национальных
строительных нормах.""",
  ["сейсмостойкость", "сейсмоизоляция", "каркасные здания",
   "динамические характеристики", "строительные нормы"],
  en="""I work on earthquake-resistant construction. We study how frame and
masonry buildings in Almaty behave in strong earthquakes, using ambient
vibration surveys, numerical models and shake-table tests of structural
fragments. A separate topic is the performance of laminated rubber isolation
bearings and how they should be treated in national building codes.""")

R("KZ-ENU", "2.1", "kk", """
Күрт континенттік климат жағдайындағы автомобиль жолдарының асфальтбетон
жабындарын зерттеймін. Негізгі мәселе — қыста температура −40 °C-қа дейін
төмендегенде пайда болатын төмен температуралық жарықтар. Полимермен
модификацияланған битумдар мен қайта өңделген асфальт қоспаларының
төзімділігін зертханада сынап, тәжірибелік жол учаскелерінде ұзақ мерзімді
бақылау жүргіземіз.""",
  ["асфальтбетон", "төмен температуралық жарықтар", "полимер-битум",
   "автомобиль жолдары", "континенттік климат"])

R("KZ-NU", "2.1", "en", """
My research is in the geotechnical engineering of problematic soils, in
particular collapsible loess and saline soils common in southern and western
Kazakhstan. We run double-oedometer and unsaturated triaxial tests, monitor
foundation settlements after wetting, and develop constitutive models that
capture suction-dependent collapse. I also work on soil improvement with lime
and industrial by-products.""",
  ["collapsible loess", "unsaturated soils", "geotechnical engineering",
   "soil improvement", "foundation settlement"])

R("KZ-ALT", "2.1", "ru", """
Изучаю устойчивость земляного полотна железных дорог, проходящих через
пустынные и засолённые территории, — линии Жезказган–Бейнеу и участков
Трансазиатского коридора. Основные проблемы здесь — песчаные заносы, дефляция
откосов и морозное пучение засолённых грунтов. Оцениваем эффективность
механической и биологической защиты от заносов и готовим рекомендации для
служб пути.""",
  ["земляное полотно", "песчаные заносы", "засолённые грунты",
   "железные дороги", "морозное пучение"])

R("KZ-TORAIGHYROV", "2.1", "kk", """
Екібастұз жылу электр станцияларының күл-қож қалдықтарын құрылыс
материалдарында пайдалану мәселесімен айналысамын. Ұшпа күл қосылған
бетондардың беріктігін, аязға төзімділігін және сульфатқа тұрақтылығын
зерттеп, күлге негізделген геополимерлік байланыстырғыштардың құрамын
әзірлейміз. Бұл әрі қоршаған ортаны қорғауға, әрі цементті үнемдеуге мүмкіндік
береді.""",
  ["ұшпа күл", "бетон", "геополимерлік байланыстырғыш", "аязға төзімділік",
   "Екібастұз"],
  en="""I work on using ash and slag from the Ekibastuz power plants in
construction materials. We test the strength, frost resistance and sulfate
resistance of concrete containing fly ash and develop ash-based geopolymer
binders, which helps both the environment and cement savings.""")

R("KZ-AUEZOV", "2.1", "ru", """
Инженер-гидротехник, работаю с оросительной инфраструктурой бассейна Сырдарьи.
Многие каналы Туркестанской области построены в 1960–70-е годы и теряют
значительную часть воды на фильтрацию, поэтому мы измеряем потери методом
водного баланса и трассерами и сравниваем варианты облицовки — от бетонных плит
до геомембран. Также моделируем заиление водозаборных сооружений и
отстойников.""",
  ["оросительные каналы", "фильтрационные потери", "облицовка каналов",
   "Сырдарья", "заиление"])

R("CN-TONGJI", "2.1", "zh", """
从事结构抗震与隔震减震研究。
课题组利用多功能振动台开展了砌体结构、框架结构和隔震建筑的足尺与缩尺试验，研究叠层橡胶支座在长周期和近断层地震动作用下的性能，以及支座与上部结构的相互作用。
近年来参与了新疆南部地区中小学校舍和医院隔震改造项目的设计咨询，关注高烈度区既有建筑的低成本加固策略，其中部分项目已经历了实际地震的检验，震后监测数据表明隔震层发挥了预期作用。
我们还在编制隔震支座长期性能检测与更换的技术指南，并利用震后现场调查资料校核数值模型。
希望与中亚地震多发城市的研究机构比较建筑结构体系和抗震规范，开展联合振动台试验。""",
  ["结构抗震", "隔震支座", "振动台试验", "既有建筑加固", "长周期地震动"])

R("CN-HIT", "2.1", "zh", """
研究方向为寒区道路工程，主要研究沥青路面低温开裂的机理与防治技术。
课题组通过低温弯曲梁流变、直接拉伸和半圆弯曲试验评价改性沥青及再生沥青混合料的低温性能，并在黑龙江、内蒙古和新疆北部的试验路段开展长期观测。
观测表明，冬季最低气温低于零下三十五摄氏度、日温差大的地区，横向裂缝往往在通车后两三年内集中出现，且裂缝处的水分侵入会在春融期进一步引发唧浆和坑槽等次生病害。
我们也在研究利用废旧轮胎胶粉和温拌技术改善沥青低温性能的方法，兼顾路用性能与节能减排。
欢迎与气候条件相近的国家和地区交流路面设计经验，尤其是高寒高海拔路段的养护与材料选择经验。""",
  ["寒区道路", "沥青路面", "低温开裂", "改性沥青", "再生沥青混合料"],
  en="""I work on road engineering in cold regions, mainly low-temperature
cracking of asphalt pavements. We evaluate modified and recycled asphalt
mixtures with bending beam rheometer, direct tension and semi-circular bending
tests, and we monitor test sections in Heilongjiang, Inner Mongolia and
northern Xinjiang, where transverse cracks tend to appear within two or three
years. We are also trying crumb rubber from waste tyres and warm-mix
technology to improve low-temperature behaviour.""")

R("CN-LZU", "2.1", "zh", """
主要从事黄土工程性质与地基处理研究。
我们通过双线法压缩试验、非饱和三轴试验和现场浸水试验研究湿陷性黄土的增湿变形机理，并建立了考虑基质吸力和结构性的本构模型；试验所用原状黄土样品采自陇东、陇中和关中等不同地貌单元，便于比较沉积环境对结构性的影响。
课题组也在研究黄土高填方工程的长期沉降规律，以及灰土、水泥土和工业废渣改良黄土的效果与耐久性。
近年来在兰州新区和延安等地的填方场地布设了分层沉降和含水率监测系统，积累了多年的实测数据。
中亚南部也分布有大面积黄土，希望与当地岩土工程学者比较两地黄土的工程特性，共同编写适用于跨国工程的黄土地基勘察指南。""",
  ["湿陷性黄土", "非饱和土", "地基处理", "本构模型", "高填方"])

R("CN-LZJTU", "2.1", "zh", """
研究方向为风沙地区铁路工程防护。
兰新高铁百里风区和戈壁沙漠段的风沙灾害是我们长期关注的对象，课题组通过风洞试验、数值模拟和现场观测，研究挡风墙、阻沙栅栏和砾石压沙等措施的防护效果，并在现场建立了多个风速和积沙观测断面。
我们同时分析盐渍土路基的冻胀与溶陷问题，提出了隔断层和换填相结合的处治方案。
近年来参与了多条沙漠铁路的防沙体系设计与养护评估，积累了一批积沙量和风速的长期监测资料，这些数据对于评估防护设施的失效周期和制定清沙作业计划非常重要。
希望与中亚铁路部门和高校合作，共同研究沙漠铁路的养护技术，特别是穿越哈萨克斯坦中部和西部荒漠的线路。""",
  ["风沙铁路", "挡风墙", "阻沙栅栏", "盐渍土路基", "风洞试验"])

R("CN-CUMT", "2.1", "zh", """
主要研究煤基固废在土木工程中的资源化利用，对象包括粉煤灰、煤矸石和煤气化渣。
我们研制了以粉煤灰和矿渣为主要原料的地聚物胶凝材料，系统研究其力学性能、抗冻性和抗硫酸盐侵蚀性能，并在矿区道路和采空区充填工程中开展了应用试验。
针对高钙粉煤灰体积安定性差的问题，课题组提出了预处理与复合激发相结合的方法，相关成果已在两处矿区道路中得到验证。
目前也在评估这些材料在全生命周期内的碳排放，以便与普通硅酸盐水泥进行公平比较，初步结果显示在满足同等强度的前提下可减少约六成的碳排放。
对大型燃煤电站周边的固废利用问题有兴趣的同行欢迎联系。""",
  ["粉煤灰", "地聚物", "煤矸石", "固废资源化", "抗冻性"])

R("CN-XJAU", "2.1", "zh", """
从事灌区水工建筑物与渠道防渗研究。
新疆灌区渠道冬季冻胀破坏严重，课题组通过现场监测和数值模拟分析不同衬砌形式的冻胀变形规律，提出了适用于寒旱区的梯形、弧底渠道防渗抗冻结构。
我们在玛纳斯河和叶尔羌河灌区布设了多个观测断面，连续记录地温、含水率和衬砌板变形，每年冬季还对典型渠段进行冻深和冻胀量的人工复测。
近期也在研究渠首泥沙淤积问题和引水工程的智能化量测，尝试用低成本雷达流速仪替代人工测流，目前已在三个灌区的二十多个斗口完成安装测试。
锡尔河流域的老旧渠道同样面临渗漏和冻胀问题，两地经验可以互相借鉴，也欢迎合作开展渠系节水改造效果的对比评估。""",
  ["渠道防渗", "冻胀", "衬砌结构", "灌区", "泥沙淤积"],
  en="""I work on hydraulic structures and canal seepage control in
irrigation districts. Frost heave badly damages canals in Xinjiang every
winter, so we combine field monitoring with numerical simulation to compare
lining designs and have proposed trapezoidal and curved-bottom canal sections
suited to cold, arid areas. Recently I have also been working on sediment
deposition at headworks and on low-cost radar flow measurement.""")

R("CN-TSINGHUA", "2.1", "en", """
My research is in structural health monitoring of bridges and long-span
structures. We deploy dense sensor networks and computer-vision-based
displacement measurement, and use Bayesian model updating to detect stiffness
loss in cable-stayed and steel truss bridges. A current interest is how the
extreme temperature ranges of continental climates shift baseline modal
properties and cause false alarms in damage detection.""",
  ["structural health monitoring", "bridges", "Bayesian model updating",
   "computer vision", "temperature effects"])

# ===========================================================================
# 2.2 Electrical, electronic and information engineering
# ===========================================================================
R("KZ-NU", "2.2", "en", """
I work on power system stability under high shares of wind and solar
generation. Kazakhstan's grid is dominated by large coal units in the north and
has limited transfer capacity to the southern zone, where most new solar plants
are being built, so we study frequency response, inertia requirements and the
role of battery storage and grid-forming inverters. We use dynamic models of
the national grid developed together with the system operator.""",
  ["power system stability", "renewable integration", "frequency response",
   "grid-forming inverters", "battery storage"])

R("KZ-SATBAYEV", "2.2", "kk", """
Электр желілерінің релелік қорғанысы мен автоматикасы бойынша зерттеулер
жүргіземін. Таралған генерация көздері қосылған тарату желілерінде қысқа
тұйықталу токтарының бағыты мен шамасы өзгеретіндіктен, дәстүрлі қорғаныс
баптаулары жиі қате әрекет етеді. Біз цифрлық қосалқы станциялардағы IEC 61850
хабарламаларына негізделген бейімделгіш қорғаныс алгоритмдерін жасап, оларды
нақты уақыт режиміндегі симуляторда сынаймыз.""",
  ["релелік қорғаныс", "таралған генерация", "IEC 61850",
   "цифрлық қосалқы станция", "бейімделгіш қорғаныс"],
  en="""I work on relay protection and automation of power networks. When
distributed generation is connected to distribution feeders, fault currents
change in direction and magnitude, so conventional settings often misoperate.
We develop adaptive protection algorithms based on IEC 61850 messaging in
digital substations and test them on a real-time simulator.""")

R("KZ-EKTU", "2.2", "ru", """
Занимаюсь диагностикой высоковольтного оборудования. Основная тема — оценка
технического состояния силовых трансформаторов по анализу растворённых в масле
газов, частичным разрядам и частотному отклику обмоток. Мы собрали базу данных
по трансформаторам энергосистемы Восточного Казахстана за двадцать лет
эксплуатации и обучаем на ней модели прогнозирования остаточного ресурса.""",
  ["силовые трансформаторы", "анализ растворённых газов", "частичные разряды",
   "остаточный ресурс", "диагностика"])

R("KZ-ENU", "2.2", "kk", """
Наноспутниктерге (CubeSat) арналған антенналар мен радиобайланыс жүйелерін
әзірлеймін. Жиналмалы патч-антенналарды және S- және X-жолақтарына арналған
антенналық торларды модельдеп, дайын үлгілерді жаңғырықсыз камерада өлшейміз.
Студенттердің спутниктік жобасы үшін жердегі қабылдау станциясын да өзіміз
құрастырдық.""",
  ["CubeSat", "антенналар", "патч-антенна", "радиобайланыс", "жердегі станция"])

R("KZ-TORAIGHYROV", "2.2", "ru", """
Исследую потери электроэнергии и энергоэффективность распределительных сетей
Павлодарской области. Строим модели сетей 0,4–10 кВ по данным
автоматизированных систем учёта, разделяем технические и коммерческие потери,
оцениваем эффект компенсации реактивной мощности и симметрирования нагрузки.
Хотелось бы сравнить подходы с коллегами из регионов с похожей структурой
промышленного потребления.""",
  ["потери электроэнергии", "распределительные сети", "реактивная мощность",
   "энергоэффективность", "учёт электроэнергии"])

R("KZ-KBTU", "2.2", "ru", """
Работаю в области беспроводной связи, сейчас — над сетями с участием
беспилотников. Оптимизируем траектории и мощность передачи БПЛА, которые
выступают летающими базовыми станциями или собирают данные с датчиков на
малонаселённых территориях, и исследуем их взаимные помехи с наземными сотами
LTE и 5G. У нас есть небольшой полевой стенд с программно-определяемыми
радиомодулями на квадрокоптерах.""",
  ["БПЛА", "беспроводная связь", "оптимизация траекторий",
   "программно-определяемое радио", "5G"])

R("KZ-AUEZOV", "2.2", "kk", """
Оңтүстік Қазақстан жағдайындағы күн электр станцияларының тиімділігін
зерттеймін. Шаң мен жоғары температура фотоэлектрлік панельдердің қуатын
айтарлықтай төмендетеді, сондықтан біз панель бетіндегі шаң шөгуін өлшеп,
тазалау кестесін оңтайландыру әдістерін әзірлейміз. Сондай-ақ екі жақты
панельдер мен күнді бақылау жүйелерінің нақты өнімділігін салыстырамыз.""",
  ["күн энергетикасы", "фотоэлектрлік панельдер", "шаң шөгуі",
   "тазалау кестесі", "екі жақты панельдер"])

R("CN-TSINGHUA", "2.2", "zh", """
研究方向为高比例新能源电力系统的稳定分析与控制。
随着风电、光伏大规模并网，系统惯量下降，频率稳定和宽频振荡问题日益突出。
课题组研究构网型变流器控制、储能参与调频，以及大型新能源基地经特高压直流外送的稳定机理，并与电网公司合作开展西北电网的实际仿真分析，分析中特别关注新能源出力波动与直流闭锁故障叠加时的系统安全。
我们开发的新能源场站频率支撑控制策略已在甘肃和新疆的若干场站进行了现场测试，实测结果表明其可以有效降低频率跌落深度。
也关注区域电网互联和跨国电力交易中的安全稳定问题，欢迎相关领域学者交流，也愿意接收相关方向的访问学者。""",
  ["新能源电力系统", "频率稳定", "构网型变流器", "储能调频", "特高压直流"],
  en="""I work on stability analysis and control of power systems with very
high shares of renewables. As wind and PV displace synchronous machines,
inertia falls and frequency stability and wide-band oscillations become
critical. My group studies grid-forming converter control, frequency support
from storage and the stability of renewable bases exporting power over UHVDC
lines, and we run studies of the Northwest China grid together with the
utility.""")

R("CN-XJTU", "2.2", "zh", """
主要从事高电压设备状态检测与故障诊断研究。
针对油浸式电力变压器，我们综合油中溶解气体分析、局部放电特高频检测和绕组频率响应分析，建立了多源信息融合的状态评估与剩余寿命预测模型，诊断准确率在现场验证中明显高于传统的三比值法。
课题组与多个省级电力公司合作，整理了数千台变压器的运行、试验和检修记录，用于训练和验证诊断模型。
近期关注高海拔、大温差地区设备绝缘老化的特殊规律，以及植物绝缘油等环保绝缘介质的长期性能，这些地区变压器的油纸绝缘往往老化更快，局部放电起始电压也更低。
欢迎与电网运维单位和高校开展联合研究，共同建设开放的诊断数据集。""",
  ["电力变压器", "油中溶解气体分析", "局部放电", "剩余寿命预测", "绝缘老化"])

R("CN-NWPU", "2.2", "zh", """
研究方向为微小卫星天线与星地通信技术。
课题组设计了多款适用于立方星的可展开天线、低剖面阵列天线和圆极化天线，并在微波暗室中完成了方向图和增益测试，其中一款可展开螺旋天线已完成在轨验证，展开可靠性和增益均达到设计指标。
我们参与了学校多颗微纳卫星的通信载荷研制和地面站建设，负责在轨测控与数据接收，地面站目前可同时跟踪两颗低轨卫星。
目前关注S/X波段高速数传天线的小型化设计，以及可重构天线在星间链路中的应用，希望在不增加卫星体积和功耗的前提下把下行速率提高一个数量级。
愿意与其他高校学生卫星团队共享地面站资源，开展联合在轨试验。""",
  ["立方星", "可展开天线", "阵列天线", "星地通信", "微波暗室"])

R("CN-NWPU", "2.2", "en", """
My research covers UAV communication networks and cooperative drone swarms.
We work on joint trajectory and resource allocation for drones that relay
data or serve ground users, on air-to-ground channel measurement and on
interference coordination with cellular networks. Recent field trials in
Shaanxi used fixed-wing UAVs to collect data from sensors spread over large
agricultural areas.""",
  ["UAV networks", "trajectory optimisation", "air-to-ground channel",
   "resource allocation", "drone swarms"])

R("CN-XJU", "2.2", "zh", """
主要研究干旱区光伏发电系统的运行特性。
新疆光照资源丰富，但风沙大、积灰严重，课题组在达坂城和吐鲁番建立了户外实验平台，系统测量不同倾角、不同清洗周期下光伏组件的积灰损失和温度效应，实验平台已连续运行五年。
我们开发了基于图像识别的积灰程度评估方法，并结合天气预报建立了清洗时机的经济性优化模型，为电站运维提供依据，模型可以根据沙尘天气过程动态调整清洗计划，在保证发电量的同时减少用水。
近期还在比较双面组件、跟踪支架在高反照率戈壁地表上的实际发电增益。
希望与中亚地区气候相近的光伏电站开展数据对比，共同建立干旱区光伏运行数据库。""",
  ["光伏发电", "积灰损失", "干旱区", "组件清洗", "图像识别"],
  en="""I study how PV systems perform in arid regions. Xinjiang has
excellent irradiance but also frequent dust, so we built outdoor test
platforms in Dabancheng and Turpan to measure soiling losses and temperature
effects at different tilt angles and cleaning intervals. We developed an
image-based method for estimating soiling and an economic model for choosing
when to clean, and we are now comparing bifacial modules and trackers on
bright gravel desert surfaces.""")

R("CN-ZJU", "2.2", "zh", """
主要从事电力电子与柔性直流输电研究。
工作内容包括模块化多电平换流器的建模与控制、直流电网的故障限流与保护，以及海上风电经柔性直流送出系统的振荡抑制，其中直流电网的快速故障检测和混合式直流断路器的协调控制是近年来的重点方向。
课题组拥有低压物理模拟平台和实时数字仿真系统，可以对换流站控制保护装置进行硬件在环测试，测试对象涵盖多个已投运和在建的柔直工程。
近年来也开展新能源制氢系统中大功率整流电源的拓扑与效率优化研究，目标是在宽功率范围内把整流效率提高到百分之九十五以上。
希望与电网企业及高校在工程验证方面开展合作，尤其欢迎有海上风电和氢能项目背景的团队。""",
  ["柔性直流输电", "模块化多电平换流器", "直流电网保护", "海上风电", "振荡抑制"])

R("CN-SJTU", "2.2", "zh", """
研究方向为智能电网保护与控制。
分布式电源大量接入配电网后，故障电流的幅值和方向发生变化，传统过流保护容易误动或拒动。
课题组研究基于IEC 61850通信的自适应保护、配电网故障定位以及数据驱动的保护整定方法，并在实时数字仿真平台上开展硬件在环测试，方法可在分布式电源出力变化时在线更新保护定值。
我们与上海及周边地区的供电公司合作，在两个示范区部署了自适应保护装置，积累了实际运行经验，运行两年来保护正确动作率明显提高，未发生因分布式电源接入导致的误动。
对数字化变电站和配电自动化感兴趣的同行欢迎联系，我们也可提供实时仿真平台供合作方开展测试。""",
  ["自适应保护", "配电网", "分布式电源", "故障定位", "硬件在环"])

# ===========================================================================
# 2.3 Mechanical engineering
# ===========================================================================
R("KZ-SATBAYEV", "2.3", "ru", """
Исследую износ и надёжность горных машин. Основное внимание — трибология
породоразрушающего инструмента: шарошечных долот, резцов проходческих
комбайнов и футеровок мельниц. Изучаем механизмы абразивного износа на разных
типах руд казахстанских месторождений и подбираем наплавочные материалы и
режимы упрочнения, которые продлевают срок службы деталей.""",
  ["горные машины", "абразивный износ", "трибология", "наплавка",
   "породоразрушающий инструмент"])

R("KZ-EKTU", "2.3", "kk", """
Титан қорытпаларынан бөлшектерді аддитивті әдіспен өндіру технологиясын
зерттеймін. Шығыс Қазақстанда титан өндірісі дамыған, сондықтан жергілікті
ұнтақтан лазерлік балқыту арқылы жасалған үлгілердің микроқұрылымын,
кеуектілігін және шаршау беріктігін анықтаймыз. Термиялық өңдеу режимдерін
оңтайландыру арқылы бөлшектердің механикалық қасиеттерін құйма өнім деңгейіне
жақындатуға тырысамыз.""",
  ["аддитивті өндіріс", "титан қорытпалары", "лазерлік балқыту",
   "микроқұрылым", "шаршау беріктігі"])

R("KZ-NU", "2.3", "en", """
I work in robotics, mostly on legged locomotion and soft grippers. We build
low-cost quadruped platforms and study model-predictive control for walking on
snow, loose gravel and slopes, and we design pneumatic soft grippers for
handling fragile agricultural produce. Students in my lab regularly take part
in international robotics competitions.""",
  ["legged robots", "model predictive control", "soft grippers",
   "quadruped locomotion", "agricultural robotics"])

R("KZ-KOSTANAY", "2.3", "ru", """
Занимаюсь сельскохозяйственным машиностроением: разработкой рабочих органов
почвообрабатывающих и посевных машин для технологий минимальной и нулевой
обработки почвы в Северном Казахстане. Взаимодействие сошников и лап с почвой
и пожнивными остатками моделируем методом дискретных элементов, а затем
проверяем результаты в полевых испытаниях на чернозёмах и каштановых почвах.""",
  ["сельскохозяйственные машины", "нулевая обработка почвы",
   "метод дискретных элементов", "сошники", "Северный Казахстан"])

R("KZ-ENU", "2.3", "en", """
My research is vibration-based condition monitoring of rotating machinery.
We develop signal processing and deep learning methods to detect bearing and
gear faults in wind turbine gearboxes and in pumps at oil pipeline stations,
and test them on a drivetrain rig with seeded defects. I am particularly
interested in transfer learning between machines that run at different speeds
and loads.""",
  ["condition monitoring", "fault diagnosis", "wind turbine gearboxes",
   "vibration analysis", "transfer learning"])

R("KZ-KAZNU", "2.3", "kk", """
Турбуленттік ағындар мен жану үдерістерін сандық модельдеумен айналысамын.
Жылу электр станцияларының қазандықтарындағы көмір шаңының жануын үлкен
құйындарды модельдеу (LES) әдісімен есептеп, азот оксидтерінің түзілуін
азайтатын жағу режимдерін іздейміз. Есептеу нәтижелерін нақты станциялардағы
өлшемдермен салыстыру үшін энергетикалық компаниялармен бірге жұмыс
істейміз.""",
  ["турбуленттік ағындар", "үлкен құйындарды модельдеу", "көмір шаңының жануы",
   "азот оксидтері", "қазандықтар"])

R("CN-NWPU", "2.3", "zh", """
主要从事金属增材制造研究，方向是钛合金和高温合金的激光立体成形。
课题组研究熔池凝固行为、柱状晶向等轴晶转变以及孔隙缺陷的形成机理，并通过热处理与热等静压工艺提高成形件的疲劳性能，这些研究依托学校的凝固技术国家重点实验室开展。
相关技术已经用于航空发动机和飞机结构件的修复，修复件的力学性能接近锻件水平，修复周期也比更换新件大大缩短。
近期我们特别关注粉末原料的氧含量、粒度分布对成形质量的影响，以及回收粉末重复使用的可行性，我们发现回收粉末经适当筛分后仍可多次使用。
希望与拥有钛原料生产能力的企业和高校合作，开展从粉末到构件的全链条研究。""",
  ["增材制造", "钛合金", "激光立体成形", "凝固组织", "疲劳性能"],
  en="""I work on metal additive manufacturing, mainly laser solid forming of
titanium alloys and superalloys. We study melt-pool solidification, the
columnar-to-equiaxed transition and porosity, and use heat treatment and hot
isostatic pressing to raise fatigue performance; the technology is already
used to repair aero-engine and airframe parts. Powder oxygen content, particle
size and reuse of recycled powder are current interests, and I'd like to work
with partners who produce titanium feedstock.""")

R("CN-HIT", "2.3", "zh", """
研究方向为仿生足式机器人与软体机器人。
课题组研制了多款电驱动和液压驱动的四足机器人，研究基于模型预测控制和强化学习的复杂地形运动控制，并在雪地、沙地和碎石路面上开展了户外测试，其中最新一款样机整机质量不足四十公斤，可携带十公斤负载连续行走两个小时。
在哈尔滨冬季的雪地试验中，我们发现足端打滑和地面刚度突变是导致失稳的主要原因，据此改进了足端结构和接触检测算法。
同时研究气动软体抓手在易损农产品采摘和分拣中的应用，目标是在不损伤果皮的前提下实现每秒一次以上的抓取。
欢迎从事野外机器人和农业机器人研究的同行交流合作，以及寒区特种机器人的应用。""",
  ["足式机器人", "四足机器人", "模型预测控制", "强化学习", "软体抓手"])

R("CN-CAU", "2.3", "zh", """
主要从事保护性耕作机械研究，研发适用于北方旱作区的免耕播种机和秸秆处理装置，相关研究已持续二十余年。
课题组利用离散元法模拟开沟器与土壤、秸秆的相互作用，优化触土部件结构以降低作业阻力、减少堵塞，并在内蒙古、黑龙江和河北等地开展多年田间试验。
我们研制的驱动圆盘式防堵装置已在多家农机企业实现转化，累计推广应用面积超过百万亩。
近年来也在研究播种深度和下压力的实时监测与自动调节技术，以解决免耕条件下地表起伏和秸秆覆盖不均造成的播深不一致问题。
中亚北部的春小麦区与我国东北、内蒙古的生产条件相似，很希望开展机具适应性的联合试验。""",
  ["保护性耕作", "免耕播种机", "离散元法", "开沟器", "秸秆处理"])

R("CN-XJTU", "2.3", "zh", """
研究方向为机械故障诊断与预测性维护，兼顾信号处理理论与工程应用。
针对风电齿轮箱、航空发动机轴承等关键部件，课题组发展了基于稀疏表示、时频分析和深度迁移学习的智能诊断方法，着重解决变转速、变负载工况下标注数据不足的问题。
我们建立并公开了轴承和齿轮的全寿命试验数据集，已被国内外众多研究组使用，数据集包含多种故障类型以及多种转速、载荷组合。
目前与多家风电运营企业合作，在数百台机组上部署了状态监测与剩余寿命预测系统，系统可提前数周发现齿轮和轴承的早期故障。
欢迎对跨设备迁移诊断感兴趣的同行使用我们的数据并开展合作，也欢迎提供不同类型设备的现场数据。""",
  ["故障诊断", "预测性维护", "风电齿轮箱", "迁移学习", "轴承"])

R("CN-SJTU", "2.3", "zh", """
从事燃烧与热能工程的数值模拟研究。
我们采用大涡模拟结合详细化学反应机理，研究煤粉锅炉和燃气轮机燃烧室中的湍流燃烧过程，重点分析氮氧化物的生成规律和低氮燃烧器的优化设计，计算采用了上亿网格规模的精细模型。
课题组与多家电厂合作获取炉膛温度、烟气成分等运行数据，用于验证数值模型，包括在不同负荷和煤种条件下的多组测量结果。
近期还在研究掺氨、掺氢燃烧对火焰稳定性和污染物排放的影响，为燃煤机组低碳改造提供参考，相关试验在一台三百兆瓦级机组上进行。
欢迎在高性能计算和燃烧诊断方面有专长的团队合作，共同开展燃烧过程的光学测量与模型验证。""",
  ["大涡模拟", "湍流燃烧", "煤粉锅炉", "氮氧化物", "低氮燃烧器"])

R("CN-CUMT", "2.3", "zh", """
主要研究采掘机械的可靠性与磨损问题。
针对采煤机截齿、掘进机刀盘和刮板输送机中部槽，课题组开展磨粒磨损与冲击磨损试验，研究硬质合金和堆焊层的失效机理，发现冲击载荷引起的微裂纹扩展是截齿硬质合金头崩落的主要原因。
我们在多个矿井采集了截割过程的载荷数据，建立了适用于不同煤岩条件的载荷谱，用于零部件寿命预测和选型，覆盖了从薄煤层到厚煤层的多种开采条件。
近年来还研制了激光熔覆耐磨涂层，在现场试验中使中部槽寿命提高了一倍左右，显著减少了停机检修的次数。
欢迎与硬岩矿山和装备企业合作，研究高磨蚀性矿石条件下的刀具设计，以及刀具在高寒矿区低温条件下的韧性问题。""",
  ["采掘机械", "截齿", "磨粒磨损", "堆焊", "寿命预测"],
  en="""I study the reliability and wear of mining machinery — shearer picks,
roadheader cutter heads and scraper conveyor pans. We run abrasive and impact
wear tests to understand how cemented carbide and hardfacing layers fail, and
build cutting load spectra from mine measurements for life prediction. Our
laser-clad wear-resistant coatings roughly doubled pan life in field trials.""")

R("CN-SHZU", "2.3", "en", """
I work on agricultural machinery for cotton production in Xinjiang, where
almost all cotton is now machine-picked. My group studies spindle picker
performance, cotton stalk handling after harvest and machines for recovering
residual plastic mulch film, combining high-speed video, DEM simulation and
field trials. I'm interested in how similar machines perform in the
cotton-growing areas of Central Asia.""",
  ["cotton harvesting", "agricultural machinery", "plastic film recovery",
   "DEM simulation", "Xinjiang"])

# ===========================================================================
# 2.4 Chemical engineering
# ===========================================================================
R("KZ-SATBAYEV", "2.4", "ru", """
Занимаюсь технологией подземного скважинного выщелачивания урана. Исследуем
кинетику растворения урановых минералов в сернокислых растворах, кольматацию
продуктивных горизонтов гипсом и гидроксидами железа, а также применение
окислителей и комплексообразователей для повышения извлечения на
месторождениях Шу-Сарысуйской провинции.""",
  ["скважинное выщелачивание", "уран", "кольматация",
   "Шу-Сарысуйская провинция", "гидрометаллургия"],
  en="""I work on in-situ leaching of uranium. We study the kinetics of
uranium mineral dissolution in sulfuric acid solutions, clogging of ore
horizons by gypsum and iron hydroxides, and the use of oxidants and complexing
agents to raise recovery at deposits of the Shu-Sarysu province.""")

R("KZ-ATYRAU", "2.4", "kk", """
Мұнай өңдеу технологиясы бойынша жұмыс істеймін. Батыс Қазақстанның ауыр және
күкірті жоғары мұнайларын гидротазалау үдерістерін зерттеп, никель-молибден
катализаторларының белсенділігі мен тұрақтылығын бағалаймыз. Сонымен қатар
мұнай қалдықтарын кокстеу және битум өндіру кезінде түзілетін өнімдердің
құрамын талдаймыз.""",
  ["мұнай өңдеу", "гидротазалау", "күкіртті мұнай", "катализаторлар",
   "мұнай қалдықтары"])

R("KZ-KBTU", "2.4", "en", """
I work on gas processing and sulfur recovery. Sour gas from fields such as
Tengiz and Karachaganak contains a lot of hydrogen sulfide, so we model amine
absorption and Claus units, study catalyst deactivation in Claus converters and
look for uses of the large elemental sulfur stockpiles, including sulfur
concrete and sulfur–polymer composites.""",
  ["gas processing", "Claus process", "hydrogen sulfide", "amine absorption",
   "sulfur concrete"])

R("KZ-AUEZOV", "2.4", "kk", """
Фосфор өнеркәсібінің химиялық технологиясымен айналысамын. Қаратау
фосфориттерінен алынатын экстракциялық фосфор қышқылын фторидтерден және ауыр
металдардан тазалау әдістерін әзірлеп, фосфогипсті құрылыс материалдарына
айналдыру мүмкіндіктерін зерттейміз. Жұмыстар Шымкент пен Тараздағы
кәсіпорындармен бірлесіп жүргізіледі.""",
  ["фосфор қышқылы", "Қаратау фосфориттері", "фторидтерден тазалау",
   "фосфогипс", "химиялық технология"],
  en="""I work in chemical technology for the phosphorus industry:
purification of wet-process phosphoric acid from Karatau phosphorites to
remove fluorides and heavy metals, and conversion of phosphogypsum into
building materials, together with plants in Shymkent and Taraz.""")

R("KZ-NU", "2.4", "en", """
My group works on membrane processes for CO2 capture and hydrogen
purification. We fabricate mixed-matrix membranes that combine polymers with
metal–organic frameworks and test them with simulated flue gas and syngas,
including the humidity and SO2 levels typical of coal plants. Process
modelling helps us estimate the capture cost for retrofitting a power station
in northern Kazakhstan.""",
  ["CO2 capture", "mixed-matrix membranes", "metal–organic frameworks",
   "gas separation", "process modelling"])

R("KZ-ICP", "2.4", "kk", """
Күріш қауызы мен басқа да ауыл шаруашылығы қалдықтарынан белсендірілген
көміртекті сорбенттер алу технологиясын әзірлеймін. Қызылорда облысында жыл
сайын мыңдаған тонна күріш қауызы жиналады, біз оны карбонизациялап, бу немесе
сілті арқылы белсендіреміз. Алынған материалдар суды тазалауда,
суперконденсаторларда және төгілген мұнайды жинауда сыналды.""",
  ["күріш қауызы", "белсендірілген көмір", "сорбенттер", "карбонизация",
   "суды тазалау"])

R("KZ-TORAIGHYROV", "2.4", "ru", """
Исследую процессы термической переработки высокозольных углей Экибастузского
бассейна: газификацию в кипящем слое, получение синтез-газа и полукокса.
Высокое содержание и тугоплавкость золы создают проблемы шлакования, поэтому
изучаем влияние флюсующих добавок и температурных режимов на поведение
минеральной части угля.""",
  ["газификация угля", "экибастузский уголь", "синтез-газ", "шлакование",
   "кипящий слой"])

R("CN-CUPB", "2.4", "zh", """
主要从事重质油加工与加氢精制研究。
针对高硫、高金属含量的重质原油和渣油，课题组开发了镍钼、钴钼系列加氢脱硫和加氢脱金属催化剂，研究沥青质聚集和积炭对催化剂失活的影响，并利用高分辨质谱解析了难脱除硫化物的分子结构。
我们同时开展渣油延迟焦化与溶剂脱沥青的过程优化，并利用分子水平的组成表征建立了渣油加工的反应动力学模型，模型预测的产品分布与工业数据吻合良好。
课题组与国内多家炼厂保持长期合作，部分催化剂已完成工业应用，累计运行时间已超过十年。
对里海地区高硫原油的加工特性很感兴趣，希望开展原油评价方面的合作，特别是原油中含硫化合物的类型分布和加工适应性。""",
  ["重质油加工", "加氢脱硫", "渣油", "催化剂失活", "沥青质"])

R("CN-CUPB", "2.4", "en", """
I work on natural gas processing, especially the treatment of sour gas with
high H2S and CO2 content. My group develops process models for amine
sweetening and Claus sulfur recovery units, studies the deactivation of alumina
and titania Claus catalysts, and evaluates tail-gas treatment options. We are
also testing sulfur-modified asphalt and sulfur concrete as outlets for
surplus sulfur.""",
  ["sour gas", "Claus sulfur recovery", "amine sweetening",
   "tail-gas treatment", "sulfur utilisation"])

R("CN-SCU", "2.4", "zh", """
研究方向为磷化工清洁生产，强调资源高效利用与污染源头控制。
课题组围绕湿法磷酸净化、中低品位磷矿高效利用和磷石膏资源化开展研究，开发了溶剂萃取与结晶耦合的净化工艺，该工艺可以直接生产工业级和食品级磷酸。
我们系统研究了磷石膏中残余氟和磷杂质对其制备建材性能的影响，并提出了低成本的预处理方法，以及磷石膏在石膏板、水泥缓凝剂和路基材料中的应用效果。
目前与四川、贵州的多家磷化工企业有长期合作，部分工艺已在万吨级装置上应用，产品质量稳定。
哈萨克斯坦卡拉套地区磷矿资源丰富，我们希望与当地高校开展矿石加工性能的比较研究，并探讨不同矿石在湿法加工中的杂质行为。""",
  ["湿法磷酸", "磷化工", "磷石膏资源化", "溶剂萃取", "中低品位磷矿"],
  en="""My research is clean production in the phosphorus chemical industry:
purification of wet-process phosphoric acid, efficient use of low- and
medium-grade phosphate rock, and recycling of phosphogypsum. We developed a
coupled solvent extraction–crystallisation purification process and study how
residual fluorine and phosphorus affect phosphogypsum building products,
working closely with companies in Sichuan and Guizhou.""")

R("CN-DICP", "2.4", "zh", """
主要从事气体分离膜材料与膜过程研究。
课题组开发了聚合物/金属有机框架混合基质膜和碳分子筛膜，用于燃烧后烟气二氧化碳捕集和氢气提纯，部分膜材料的二氧化碳/氮气选择性已达到工业应用要求。
我们在燃煤电厂的中试装置上考察了水蒸气、二氧化硫和粉尘等杂质对膜性能的长期影响，连续运行时间超过两千小时，并据此改进了膜组件的预处理单元。
此外也开展膜分离过程的流程模拟与技术经济评价，比较膜法与胺吸收法在不同规模下的捕集成本，结果表明膜法在中小规模排放源上具有明显的成本优势。
欢迎在工业烟气碳捕集示范方面有需求的单位联系合作，也欢迎高校研究生来所进行联合培养。""",
  ["气体分离膜", "二氧化碳捕集", "混合基质膜", "氢气提纯", "技术经济评价"])

R("CN-XJU", "2.4", "zh", """
从事煤化工与煤气化研究，研究工作紧密结合新疆煤化工产业的实际需求。
准东煤储量巨大，但碱金属含量高，在气化和燃烧过程中容易出现严重的结渣和沾污问题，给锅炉和气化炉的长周期稳定运行带来很大困难。
课题组研究煤中钠、钙、铁等无机元素的迁移转化规律，考察添加剂和配煤对灰熔融特性的调控作用，并在流化床气化中试装置上验证了相关方案，试验结果表明适当掺配高硅铝煤可以显著提高灰熔点。
我们也关注气化渣的资源化利用以及煤化工废水的处理，例如用气化细渣制备吸附材料和建材。
哈萨克斯坦埃基巴斯图兹高灰分煤的问题与准东煤正好相反，两类煤的对比研究很有意义，欢迎开展联合实验。""",
  ["煤气化", "准东煤", "结渣", "灰熔融特性", "流化床"])

R("CN-ZJU", "2.4", "zh", """
主要研究生物质热化学转化，包括稻壳、秸秆等农林废弃物的热解、气化和高值化利用。
稻壳中天然含有较多二氧化硅，课题组利用这一特点制备多孔碳/硅复合材料，并研究其在水处理吸附和锂电负极中的应用，同时回收的硅可用于制备白炭黑等产品。
我们同时开展生物质热解反应器的设计与反应动力学建模，建成了处理量为每小时百公斤级的连续热解示范装置，示范装置已稳定运行两年。
近期关注热解过程中氮、氯等元素的迁移及其对产物品质的影响，这些元素会影响生物油和生物炭的后续利用。
欢迎稻米主产区的同行合作开展稻壳资源化利用研究，特别是稻壳产量大、处置困难的地区。""",
  ["生物质热解", "稻壳", "多孔碳", "热化学转化", "反应动力学"])

R("CN-LZU", "2.4", "zh", """
研究方向为放射化学与铀资源开发。
课题组关注砂岩型铀矿地浸开采中的溶浸化学问题，研究铀在酸法和CO2+O2中性浸出体系中的溶解动力学、矿层化学堵塞机理及其防治方法，近年来也承担了相关企业委托的工艺优化项目。
我们利用岩芯柱浸实验和反应运移模拟，评估不同溶浸剂配方对浸出率和渗透性的长期影响，模拟结果已用于指导多个采区的溶浸剂配方调整。
同时开展地浸采区退役后地下水污染的自然衰减与修复研究，评估地下水中铀、硫酸盐和重金属浓度随时间的恢复过程。
伊犁盆地与中亚的砂岩型铀矿在成因上具有相似性，希望开展国际合作，共同研究溶浸工艺的环境影响。""",
  ["地浸采铀", "砂岩型铀矿", "溶浸化学", "化学堵塞", "伊犁盆地"])

# ===========================================================================
# 2.5 Materials engineering
# ===========================================================================
R("KZ-NU", "2.5", "en", """
I work on perovskite solar cells with an emphasis on stability. My group
studies how heat, humidity and ultraviolet light degrade mixed-cation lead
halide perovskites, and we test passivation layers and encapsulation outdoors
in Astana, where modules see both −35 °C winters and strong summer sun. We are
also exploring tin-based, lead-free compositions.""",
  ["perovskite solar cells", "stability", "passivation", "encapsulation",
   "lead-free perovskites"])

R("KZ-EKTU", "2.5", "ru", """
Разрабатываю износостойкие и коррозионностойкие покрытия, наносимые
детонационным и плазменным напылением. Исследуем структуру и фазовый состав
покрытий на основе карбидов вольфрама и хрома, а также оксидной керамики, их
адгезию и поведение при абразивном износе. Основные заказчики —
горно-металлургические предприятия Восточного Казахстана.""",
  ["плазменное напыление", "детонационное напыление", "износостойкие покрытия",
   "карбид вольфрама", "фазовый состав"])

R("KZ-INP", "2.5", "kk", """
Ядролық реакторлардың құрылымдық материалдарының радиациялық төзімділігін
зерттеймін. Цирконий қорытпаларының сутекті сіңіруін және гидридтердің
түзілуін, сондай-ақ нейтрондық сәулелендіруден кейінгі механикалық
қасиеттерінің өзгерісін анықтаймыз. Сынақтар ВВР-К зерттеу реакторында
сәулелендірілген үлгілерде жүргізіледі.""",
  ["радиациялық төзімділік", "цирконий қорытпалары", "гидридтер",
   "ВВР-К реакторы", "реактор материалдары"])

R("KZ-ENU", "2.5", "kk", """
Ауыр иондар үдеткішінде алынатын трек мембраналарын жасау және қолдану
бағытында жұмыс істеймін. Полиэтилентерефталат пленкаларын сәулелендіріп,
химиялық өңдеу арқылы кеуектердің өлшемі мен пішінін басқарамыз, кейін
кеуектерге мыс пен никель наноқұрылымдарын электрохимиялық жолмен
отырғызамыз. Мұндай композиттер катализ бен сенсорларда қолданылады.""",
  ["трек мембраналар", "ауыр иондар", "наноқұрылымдар",
   "электрохимиялық тұндыру", "полимерлі пленкалар"])

R("KZ-KAZNU", "2.5", "ru", """
Занимаюсь наноматериалами для газовых сенсоров. Синтезируем наноструктуры
оксидов цинка и олова гидротермальным методом, получаем пористый кремний
электрохимическим травлением и изучаем отклик этих материалов на NO2,
сероводород и летучие органические соединения. Цель — недорогие сенсоры для
мониторинга качества воздуха в городах Казахстана.""",
  ["газовые сенсоры", "оксид цинка", "пористый кремний", "наноструктуры",
   "мониторинг воздуха"],
  en="""I work on nanomaterials for gas sensors. We grow zinc and tin oxide
nanostructures hydrothermally, make porous silicon by electrochemical etching
and study how these materials respond to NO2, hydrogen sulfide and volatile
organic compounds. The goal is inexpensive sensors for monitoring air quality
in Kazakh cities.""")

R("KZ-SATBAYEV", "2.5", "ru", """
Исследую геополимеры и щелочно-активированные материалы на основе отходов
горно-металлургического производства. В Казахстане накоплены миллиарды тонн
хвостов обогащения и шлаков, поэтому мы изучаем их минералогию и реакционную
способность, подбираем составы вяжущих для закладки выработанного
пространства и тротуарной плитки и проверяем выщелачивание тяжёлых металлов
из затвердевших материалов.""",
  ["геополимеры", "щелочно-активированные материалы", "хвосты обогащения",
   "металлургические шлаки", "выщелачивание тяжёлых металлов"])

R("KZ-BUKETOV", "2.5", "kk", """
Полимерлі композиттік материалдарды зерттеймін. Базальт талшығы мен жергілікті
минералды толтырғыштар қосылған эпоксидті композиттердің механикалық және
трибологиялық қасиеттерін анықтап, талшық пен матрица арасындағы адгезияны
беттік өңдеу арқылы жақсартамыз. Мақсатымыз — машина жасауда металл
бөлшектерді алмастыра алатын арзан әрі берік материалдар.""",
  ["полимерлі композиттер", "базальт талшығы", "эпоксидті шайыр", "адгезия",
   "трибологиялық қасиеттер"])

R("CN-NJU", "2.5", "zh", """
研究方向为钙钛矿太阳能电池，重点关注器件的长期稳定性，以及从实验室器件走向组件的工艺问题。
课题组研究混合阳离子卤化物钙钛矿在湿热和紫外光照条件下的降解机理，开发表面钝化和封装技术，并在户外条件下开展长期测试，户外测试点分布在南京、昆明和拉萨等不同气候区。
我们发现低温与强紫外交替的环境会加速界面处离子迁移，这一现象在高纬度、高海拔地区尤为明显，因此封装材料在低温下的力学性能同样重要。
近年来也在推进全钙钛矿叠层电池和无铅锡基钙钛矿的研究，以降低对铅的依赖。
希望与气候差异较大地区的研究组合作，建立多地点户外对比测试网络，共享测试协议与数据。""",
  ["钙钛矿太阳能电池", "稳定性", "表面钝化", "叠层电池", "无铅钙钛矿"],
  en="""I work on perovskite solar cells with a focus on long-term
stability. We study how mixed-cation halide perovskites degrade under damp
heat and UV light, develop surface passivation and encapsulation, and run
outdoor tests. Alternating cold and strong UV seems to accelerate ion
migration at interfaces, so I'd like to build a multi-site outdoor testing
network with groups in very different climates. We're also working on
all-perovskite tandems and lead-free tin perovskites.""")

R("CN-IMR", "2.5", "zh", """
主要从事热喷涂涂层材料与表面工程研究。
课题组采用超音速火焰喷涂、等离子喷涂和冷喷涂等技术制备碳化钨、碳化铬及氧化物陶瓷涂层，研究涂层组织、残余应力与耐磨耐蚀性能之间的关系，并利用中子衍射和有限元模拟分析残余应力的分布。
我们面向矿山机械、水轮机过流部件和化工泵阀等易磨损部件开展应用研究，多项技术已在企业推广使用。
近期重点研究涂层在冲蚀-腐蚀交互作用下的失效机理和寿命评估方法，特别是含沙水流和酸性矿浆中的材料损伤。
欢迎矿冶企业和高校就具体工况下的涂层选材问题开展合作，我们可以提供从涂层设计、制备到服役评价的一体化服务。""",
  ["热喷涂", "耐磨涂层", "碳化钨", "残余应力", "表面工程"])

R("CN-SCU", "2.5", "zh", """
主要研究核反应堆结构材料的辐照效应，特别是锆合金包壳的吸氢行为和氢化物析出。
课题组结合离子辐照、透射电镜和原子探针表征，分析辐照缺陷与氢化物取向之间的关系，并评价其对包壳延性和断裂韧性的影响，同时利用同步辐射技术原位观察加载过程中氢化物的开裂行为。
我们也在研究事故容错燃料包壳用铬涂层锆合金的高温氧化行为，比较不同涂层工艺对抗氧化性能和界面结合的影响。
近年来与国内研究堆合作开展了中子辐照后样品的力学性能测试，积累了一批宝贵的辐照后性能数据。
希望与拥有研究堆辐照条件的国外机构交流测试方法和数据，推动辐照实验数据的共享。""",
  ["锆合金", "氢化物", "辐照效应", "核燃料包壳", "透射电镜"])

R("CN-XTIPC", "2.5", "zh", """
主要研究金属氧化物半导体气敏材料与传感器。
我们制备氧化锌、氧化锡和氧化钨等纳米结构，通过贵金属修饰和异质结构建提高材料对二氧化氮、硫化氢和挥发性有机物的灵敏度与选择性，部分材料在室温下即可检测到十亿分之一量级的二氧化氮。
课题组研发的低功耗传感器阵列已用于乌鲁木齐城区空气质量网格化监测和化工园区泄漏预警，目前在线运行的监测点超过一百个。
针对新疆冬季低温和沙尘环境，我们还专门研究了温湿度补偿与传感器长期漂移校正算法，校正后的数据与国控站点的相关性显著提高。
欢迎在环境监测和传感器应用方面有需求的团队合作，包括中亚城市空气质量监测网络的建设。""",
  ["气敏材料", "金属氧化物半导体", "氧化锌", "传感器阵列", "空气质量监测"],
  en="""My research is on metal-oxide semiconductor gas-sensing materials and
devices. We make ZnO, SnO2 and WO3 nanostructures and improve their
sensitivity and selectivity to NO2, H2S and VOCs through noble-metal
decoration and heterojunctions. Our low-power sensor arrays are used for
street-level air quality monitoring in Ürümqi and leak warning in chemical
parks, and we work on drift correction for cold, dusty winters.""")

R("CN-TONGJI", "2.5", "zh", """
研究方向为固废基绿色建筑材料，主要利用矿山尾矿、钢渣和赤泥制备碱激发胶凝材料，兼顾性能、成本和环境安全。
课题组研究尾矿矿物组成与火山灰活性之间的关系，开发用于井下充填和道路基层的地聚物材料，发现尾矿中的长石和云母含量对反应程度影响最大。
我们系统评价了这些材料的重金属浸出风险与长期耐久性，包括冻融循环、碳化和硫酸盐侵蚀，并建立了基于浸出毒性的材料分级利用标准建议。
相关成果已在长江中下游多个矿区的充填工程中得到应用，累计消纳尾矿数十万吨。
希望与矿业大国的学者合作，针对不同类型尾矿建立配合比设计方法，特别是铜、铅锌和金矿尾矿的利用问题。""",
  ["碱激发胶凝材料", "尾矿", "钢渣", "地聚物", "重金属浸出"])

R("CN-HIT", "2.5", "en", """
I work on fibre-reinforced polymer composites, particularly basalt fibre
composites for structural and tribological applications. Our lab studies
fibre surface treatments — silane coupling, plasma and nanoparticle sizing —
to improve interfacial adhesion, and we test fatigue and wear at low
temperatures. Basalt fibre is cheaper than carbon and can be made from local
rock, which makes it attractive for many regions.""",
  ["basalt fibre", "polymer composites", "interfacial adhesion",
   "surface treatment", "low-temperature fatigue"])

R("CN-NWPU", "2.5", "zh", """
主要从事陶瓷基复合材料研究，方向包括碳化硅纤维增强碳化硅复合材料的化学气相渗透制备、界面相设计及高温氧化行为。
课题组关注材料在航空发动机热端部件服役环境下的损伤演化，并利用原位CT和声发射技术研究其失效机制，揭示了基体开裂和界面脱粘的先后顺序。
我们建立了从纤维预制体编织、界面沉积到致密化的完整工艺线，可以制备尺寸较大的复杂形状构件，已为多个型号提供了试验件。
近期重点研究水氧耦合环境下环境障涂层的退化机理，这类涂层是陶瓷基复合材料在燃气环境中长期使用的关键。
欢迎在高温材料表征和数值模拟方面有专长的同行合作，共同建立材料损伤演化的多尺度模型。""",
  ["陶瓷基复合材料", "碳化硅", "化学气相渗透", "高温氧化", "损伤演化"])

# ===========================================================================
# 2.7 Environmental engineering
# ===========================================================================
R("KZ-KAZNU", "2.7", "ru", """
Исследую загрязнение атмосферного воздуха в Алматы, где зимой из-за
температурных инверсий и сжигания угля формируется устойчивый смог. Измеряем
PM2,5 сетью недорогих датчиков, определяем химический состав проб и с помощью
рецепторного моделирования оцениваем вклад ТЭЦ, частного сектора и
автотранспорта. Данные используются в обсуждении перевода городских ТЭЦ на
газ.""",
  ["качество воздуха", "PM2,5", "смог", "источники загрязнения", "Алматы"],
  en="""I study air pollution in Almaty, where winter inversions and coal
burning produce persistent smog. We measure PM2.5 with a network of low-cost
sensors, analyse the chemical composition of filter samples and use receptor
modelling to apportion contributions from combined heat and power plants,
coal-heated private houses and traffic. The results feed into the debate on
converting the city's plants to gas.""")

R("KZ-EKTU", "2.7", "kk", """
Шығыс Қазақстандағы тау-кен өнеркәсібі аймақтарында ауыр металдардың
қоршаған ортада таралуын зерттеймін. Ертіс, Үлбі және Глубочанка өзендерінің
суы мен түптік шөгінділеріндегі мырыш, қорғасын, кадмий және мыс мөлшерін
анықтап, ластану көздерін изотоптық әдістермен ажыратамыз. Сондай-ақ ластанған
топырақтарды сорбенттер мен өсімдіктер арқылы тазарту әдістерін сынаймыз.""",
  ["ауыр металдар", "Ертіс өзені", "түптік шөгінділер", "ластану көздері",
   "фиторемедиация"])

R("KZ-TORAIGHYROV", "2.7", "kk", """
Павлодар облысындағы көмір жағатын электр станцияларының шығарындыларын
зерттеймін. Екібастұз станциялары күлі көп көмірді пайдаланатындықтан, біз
қатты бөлшектердің, күкірт диоксиді мен азот оксидтерінің шығарындыларын
өлшеп, қолданыстағы электрсүзгілер мен дымқыл скрубберлердің тиімділігін
бағалаймыз. Күл үйінділерінен көтерілетін шаңды азайту жолдары да біздің
назарымызда.""",
  ["көмір электр станциялары", "шығарындылар", "электрсүзгілер",
   "күкірт диоксиді", "күл үйінділері"])

R("KZ-AUEZOV", "2.7", "ru", """
Занимаюсь очисткой сточных вод в условиях жаркого аридного климата.
Исследуем эффективность искусственных водно-болотных угодий с тростником и
рогозом для доочистки коммунальных стоков небольших населённых пунктов
Туркестанской области, а также возможность повторного использования очищенной
воды для полива. Важная часть работы — оценка потерь воды на испарение и
транспирацию.""",
  ["очистка сточных вод", "искусственные водно-болотные угодья",
   "аридный климат", "повторное использование воды", "эвапотранспирация"])

R("KZ-ENU", "2.7", "kk", """
Қалалық қатты тұрмыстық қалдықтарды басқару жүйесін зерттеймін. Астанадағы
қалдықтардың морфологиялық құрамын маусымдар бойынша талдап, полигоннан
бөлінетін метан көлемін бағалаймыз және бөлек жинау бағдарламаларының
тиімділігін салыстырамыз. Тұрғындардың қалдықтарды сұрыптауға көзқарасын
сауалнама арқылы да зерттеп жүрміз.""",
  ["қатты тұрмыстық қалдықтар", "полигон", "метан шығарындылары",
   "бөлек жинау", "Астана"],
  en="""I study municipal solid waste management. We analyse the seasonal
composition of waste in Astana, estimate methane emissions from the landfill
and compare separate collection programmes; we also survey residents about
their attitudes to sorting.""")

R("KZ-NU", "2.7", "en", """
My research deals with drinking water treatment for rural communities.
Groundwater in parts of Kyzylorda and Mangystau regions contains elevated
arsenic, fluoride and sometimes uranium, so we develop low-cost adsorbents from
iron-rich industrial residues and test small filtration units in villages. We
also look at social acceptance and maintenance of such systems, because many
earlier installations were abandoned within a few years.""",
  ["drinking water treatment", "arsenic removal", "fluoride", "adsorbents",
   "rural water supply"])

R("KZ-SHAKARIM", "2.7", "ru", """
Радиоэколог, работаю на территории бывшего Семипалатинского испытательного
полигона. Изучаем миграцию радионуклидов — цезия-137, стронция-90, плутония и
трития — в системе почва–растение–животное и оцениваем возможность
безопасного сельскохозяйственного использования земель. Особый интерес
представляют водные пути миграции трития вблизи мест подземных ядерных
испытаний.""",
  ["радиоэкология", "Семипалатинский полигон", "миграция радионуклидов",
   "тритий", "реабилитация территорий"])

R("CN-TSINGHUA", "2.7", "zh", """
主要从事大气污染物排放清单与空气质量模拟研究。
课题组建立了高时空分辨率的人为源排放清单，重点研究燃煤电厂、工业锅炉和居民散煤燃烧对冬季PM2.5的贡献，并评估“煤改气”“煤改电”等政策的减排效果。
我们结合地面监测、卫星遥感和化学传输模式，定量分析了重污染过程中本地排放与区域传输的相对贡献，结果显示不利气象条件可使本地排放的影响放大数倍。
近年来将研究扩展到乌鲁木齐、兰州等逆温频发的西北河谷城市，这些城市受地形和冬季采暖的双重影响。
希望与中亚城市的研究者合作，比较供暖季空气污染的成因与治理路径，并共享排放清单的编制方法。""",
  ["排放清单", "PM2.5", "居民散煤", "空气质量模拟", "煤改气"],
  en="""I build high-resolution anthropogenic emission inventories and run
air quality models. We quantify how coal power plants, industrial boilers and
household coal burning contribute to winter PM2.5, evaluate coal-to-gas and
coal-to-electricity policies, and separate local emissions from regional
transport during haze episodes. Lately I have extended this work to valley
cities in the northwest such as Ürümqi and Lanzhou, and would like to compare
heating-season pollution with Central Asian cities.""")

R("CN-XJU", "2.7", "zh", """
研究方向为干旱区流域重金属污染与生态风险。
课题组在额尔齐斯河和乌伦古河流域采集水体、沉积物和土壤样品，分析铅、锌、镉、铜等元素的空间分布特征，采样点覆盖从上游山区到中下游绿洲的不同河段。
我们结合铅同位素示踪和多元统计方法，识别矿业活动、农业施肥和大气沉降等来源的相对贡献，并评估其生态风险，结果显示部分河段沉积物中镉的潜在生态风险较高。
近期在阿勒泰地区的尾矿库周边开展植物修复和钝化修复的田间试验，试验选用了当地适生的耐旱植物。
额尔齐斯河是中哈两国共享的河流，希望与下游的研究机构共同开展全流域的监测与评估，并建立统一的采样和分析标准。""",
  ["重金属污染", "额尔齐斯河", "沉积物", "铅同位素示踪", "植物修复"])

R("CN-ZJU", "2.7", "zh", """
主要从事燃煤电厂烟气超低排放技术研究，包括湿式电除尘、高效脱硫脱硝协同控制以及三氧化硫和汞的脱除。
课题组建有中试规模的烟气净化实验平台，可以模拟不同煤种和负荷条件下的烟气成分，并配备了在线监测颗粒物粒径分布和重金属形态的仪器。
针对高灰分、高比电阻煤种，我们研究了电除尘器的性能优化和烟气调质方法，并开展电厂灰场扬尘的控制研究，提出的低低温电除尘方案显著提高了细颗粒物的脱除效率。
相关技术已在国内数十台燃煤机组上应用，并参与了多项国家和行业排放标准的制定。
欢迎燃用高灰分煤的电厂和研究机构合作开展技术适应性评估，为老旧机组改造提供参考。""",
  ["超低排放", "湿式电除尘", "脱硫脱硝", "汞脱除", "高灰分煤"])

R("CN-LZU", "2.7", "zh", """
主要研究干旱区小城镇污水处理与再生利用，关注低成本、易运维的处理技术。
课题组在甘肃河西走廊建设了多组人工湿地中试系统，比较芦苇、香蒲等不同植物配置对污染物的去除效果，并测定夏季强蒸散条件下的水量损失，试验系统分别采用水平潜流和垂直流两种形式。
我们还评估了再生水用于农田灌溉和荒漠植被恢复时的盐分累积和病原体风险，监测持续了三个完整的灌溉季。
冬季低温下湿地处理效率明显下降，是我们目前重点攻关的问题，我们正在尝试保温覆盖和前置厌氧处理相结合的方案。
希望与中亚干旱地区的同行交流分散式污水处理的经验，包括哈萨克斯坦南部和乌兹别克斯坦的小城镇。""",
  ["人工湿地", "污水处理", "再生水利用", "干旱区", "蒸散"],
  en="""My work is on wastewater treatment and reuse for small towns in arid
regions. We run pilot constructed wetlands in the Hexi Corridor of Gansu,
compare reed and cattail plantings for pollutant removal, measure water losses
to evapotranspiration in summer and assess salt build-up and pathogen risks
when reclaimed water is used for irrigation and desert revegetation. Keeping
treatment efficient in cold winters is our main open problem.""")

R("CN-TONGJI", "2.7", "en", """
I work on municipal solid waste management and landfill engineering. Current
projects include landfill mining of old dumps, methane emission measurement
with drone-mounted sensors, and life-cycle assessment of the source-separated
collection introduced in Chinese cities after 2019. I am interested in
comparing how separation policies perform in cities with different climates
and housing types.""",
  ["municipal solid waste", "landfill methane", "landfill mining",
   "source separation", "life-cycle assessment"])

R("CN-SHZU", "2.7", "zh", """
主要研究地下水砷、氟污染与饮用水安全。
新疆奎屯—乌苏一带是我国典型的高砷地下水分布区，课题组通过水化学、同位素和沉积物分析研究含水层中砷的释放机理，发现还原性环境下铁氧化物的溶解是砷释放的主要机制。
我们开发了以铁基、铝基材料为主的廉价吸附剂，并在农村分散供水点开展了小型除砷装置的示范运行，单台装置可满足一个村庄的日常饮水需求。
示范中发现，设备维护和吸附剂更换往往比技术本身更难保障，因此也在研究适合农村的运维模式，例如由乡镇水管站统一负责维护并定期检测出水水质。
欢迎面临类似问题的中亚同行交流合作，共同研究高砷高氟地下水的成因与治理。""",
  ["高砷地下水", "饮用水安全", "除砷吸附剂", "奎屯", "农村供水"])

R("CN-HIT", "2.7", "zh", """
研究方向为寒冷地区污水生物处理，以及寒区水环境保护。
低温条件下硝化菌活性显著下降，课题组研究低温生物膜和好氧颗粒污泥工艺的强化机制，筛选耐冷功能菌并优化运行参数，并利用宏基因组测序解析低温下功能菌群的结构变化。
我们在哈尔滨建有冬季水温低于十摄氏度的中试装置，连续多年监测脱氮除磷效果，并对比了不同碳源投加策略的效果和运行成本。
相关成果已应用于东北和内蒙古多个污水处理厂的冬季稳定运行，使这些污水厂在冬季仍能稳定达到一级A排放标准。
希望与冬季同样寒冷的中亚北部城市开展技术交流，共同研究严寒条件下污水处理厂的节能运行与污泥处置。""",
  ["低温污水处理", "硝化", "颗粒污泥", "耐冷菌", "生物膜"])
# ===========================================================================
# 3.1 Basic medicine
# ===========================================================================
R("KZ-NCB", "3.1", "ru", """
Изучаю молекулярную эпидемиологию туберкулёза с множественной и широкой
лекарственной устойчивостью. Проводим полногеномное секвенирование клинических
изолятов Mycobacterium tuberculosis из разных регионов Казахстана, определяем
мутации устойчивости к рифампицину, фторхинолонам и бедаквилину и
реконструируем цепочки передачи. Более половины изолятов с МЛУ относятся к
генотипу Beijing, прежде всего к кластеру 94-32, и нас интересует, почему он
так успешно распространяется.""",
  ["туберкулёз", "лекарственная устойчивость", "полногеномное секвенирование",
   "генотип Beijing", "молекулярная эпидемиология"],
  en="""I study the molecular epidemiology of multidrug- and extensively
drug-resistant tuberculosis. We sequence whole genomes of clinical
Mycobacterium tuberculosis isolates from across Kazakhstan, identify
resistance mutations to rifampicin, fluoroquinolones and bedaquiline, and
reconstruct transmission chains. More than half of MDR isolates belong to the
Beijing lineage, mostly the 94-32 cluster, and we want to understand why it
spreads so successfully.""")

R("KZ-KAZNMU", "3.1", "kk", """
Helicobacter pylori бактериясының вируленттілік гендерін және олардың асқазан
обырының дамуымен байланысын зерттеймін. Алматы қаласы мен Қызылорда облысындағы
науқастардан алынған биоптаттарда cagA және vacA гендерінің генотиптерін
анықтап, кларитромицин мен метронидазолға төзімділікті молекулалық әдістермен
бағалаймыз. Асқазан обыры жиі кездесетін өңірлерде эрадикациялық емнің
тиімділігін арттыру — жұмысымыздың практикалық мақсаты.""",
  ["Helicobacter pylori", "асқазан обыры", "cagA",
   "антибиотиктерге төзімділік", "эрадикация"])

R("KZ-NU", "3.1", "en", """
I am a neuroscientist studying early synaptic dysfunction in Alzheimer's
disease. We use transgenic mouse models, two-photon imaging and
electrophysiology in hippocampal slices to follow how soluble amyloid-beta
oligomers and tau affect dendritic spines before plaques appear. A newer line
of work asks whether metabolic factors common in Central Asia, such as high
rates of obesity and type 2 diabetes in middle age, accelerate these
changes.""",
  ["Alzheimer's disease", "synaptic dysfunction", "mouse models",
   "two-photon imaging", "amyloid-beta"])

R("KZ-QMU", "3.1", "ru", """
Фармаколог, исследую противовоспалительную и гепатопротекторную активность
соединений растительного происхождения, в том числе флавоноидов и
сесквитерпеновых лактонов из растений Центрального Казахстана. Работаем на
моделях острого и хронического воспаления у лабораторных животных, изучаем
влияние соединений на сигнальный путь NF-κB и продукцию цитокинов.
Параллельно проводим доклиническую оценку токсичности перспективных
субстанций.""",
  ["фармакология", "противовоспалительная активность", "флавоноиды", "NF-κB",
   "доклинические исследования"],
  en="""I am a pharmacologist working on anti-inflammatory and
hepatoprotective compounds of plant origin, including flavonoids and
sesquiterpene lactones from plants of Central Kazakhstan. We use animal models
of acute and chronic inflammation, look at effects on NF-κB signalling and
cytokine production, and run preclinical toxicity studies of the most
promising substances.""")

R("KZ-AMU", "3.1", "kk", """
Эхинококкоздың молекулалық эпидемиологиясын зерттеймін. Операция кезінде
науқастардан алынған цисталар мен ауыл шаруашылығы жануарларының үлгілерінен
Echinococcus granulosus генотиптерін митохондриялық гендер бойынша анықтап,
адамға жұқпаның берілу көздерін бағалаймыз. Солтүстік және шығыс өңірлердегі
альвеококкоздың таралуы да зерттеу нысанымызға кіреді.""",
  ["эхинококкоз", "Echinococcus granulosus", "генотиптеу", "альвеококкоз",
   "молекулалық эпидемиология"],
  en="""I study the molecular epidemiology of echinococcosis. We genotype
Echinococcus granulosus from cysts removed during surgery and from livestock
using mitochondrial genes to trace the sources of human infection, and we also
look at alveolar echinococcosis in the northern and eastern regions.""")

R("KZ-KAZNU", "3.1", "ru", """
Изучаю молекулярно-генетические особенности плоскоклеточного рака пищевода у
казахского населения. В регионах, где традиционно пьют очень горячий чай и
употребляют насвай, заболеваемость остаётся одной из самых высоких в мире,
поэтому мы проводим секвенирование экзома опухолей, анализируем мутационные
сигнатуры и полиморфизмы генов метаболизма алкоголя и канцерогенов. Ищем
партнёров для сравнения с другими популяциями Центральной Азии.""",
  ["рак пищевода", "мутационные сигнатуры", "секвенирование экзома",
   "казахская популяция", "канцерогенез"])

R("KZ-NCB", "3.1", "kk", """
Жатыр мойны обырымен байланысты адам папилломавирусының (АПВ) генотиптерін
зерттеймін. Скринингтік бағдарлама аясында жиналған үлгілерден онкогендік
қаупі жоғары АПВ типтерін анықтап, олардың өңірлер мен жас топтары бойынша
таралуын талдаймыз. Бұл деректер Қазақстанда вакцинация стратегиясын
жоспарлау үшін маңызды.""",
  ["адам папилломавирусы", "жатыр мойны обыры", "генотиптеу", "скрининг",
   "вакцинация"])

R("CN-FUDAN", "3.1", "zh", """
主要从事结核分枝杆菌耐药与传播的基因组流行病学研究。
课题组对来自全国多个省份、特别是新疆和西藏等高负担地区的临床分离株进行全基因组测序，鉴定利福平、氟喹诺酮和贝达喹啉等药物的耐药突变，并结合现场流行病学调查重建传播链，累计测序菌株已超过一万株。
我们发现北京家族菌株在耐多药结核中占绝对优势，部分亚型表现出更强的传播能力和明显的补偿性突变特征。
近年来还在研究耐药结核在跨境流动人群中的传播规律，并开发基于纳米孔测序的快速耐药检测流程，可在两天内出具耐药报告。
希望与中亚国家的结核病参比实验室共享基因组数据，共同追踪北京家族耐药克隆的区域传播。""",
  ["结核分枝杆菌", "耐药突变", "全基因组测序", "北京家族", "传播链"],
  en="""I work on the genomic epidemiology of drug resistance and
transmission in Mycobacterium tuberculosis. We sequence clinical isolates from
many provinces, especially high-burden Xinjiang and Tibet, identify resistance
mutations to rifampicin, fluoroquinolones and bedaquiline and reconstruct
transmission chains. Beijing-lineage strains dominate MDR-TB, and some
sublineages spread better and carry compensatory mutations. I'd like to share
genomic data with TB reference laboratories in Central Asia to follow resistant
Beijing clones across the region.""")

R("CN-XJMU", "3.1", "zh", """
长期从事包虫病的基础研究与临床转化。
新疆是我国囊型和泡型包虫病的高发地区，课题组通过对手术切除病灶和牧区家畜样本进行线粒体基因分型，分析细粒棘球绦虫的基因型分布和人体感染来源。
我们还研究泡球蚴在肝脏中浸润性生长的免疫逃逸机制，尤其关注调节性T细胞和PD-1/PD-L1通路的作用，以寻找新的免疫治疗靶点，并在小鼠模型中验证了免疫检查点阻断联合阿苯达唑的治疗效果。
课题组与自治区疾控中心合作，参与了牧区犬只驱虫和人群超声筛查效果的评估，发现持续驱虫后儿童感染率明显下降。
希望与哈萨克斯坦同行合作，开展跨境地区包虫病分子流行病学的联合研究。""",
  ["包虫病", "细粒棘球绦虫", "泡球蚴", "免疫逃逸", "分子流行病学"])

R("CN-XJMU", "3.1", "zh", """
研究方向为食管鳞状细胞癌的分子病理学与早期诊断。
新疆哈萨克族人群的食管癌发病率显著高于全国平均水平，课题组收集了伊犁、塔城和阿勒泰地区的大样本病例，开展全外显子组测序和突变特征谱分析，探讨饮食习惯、饮用烫茶和烟草等环境因素在致癌过程中留下的分子印记。
我们也在研究人乳头瘤病毒感染与食管癌之间的关系，以及若干候选易感基因位点的生物学功能，其中部分位点在其他人群中并不多见。
相关结果正在用于建立适合牧区条件的内镜早期筛查策略，并评估碘染色内镜和细胞学筛查的成本效益。
哈萨克斯坦同一民族人群的数据对比将非常有价值，欢迎开展合作。""",
  ["食管鳞状细胞癌", "哈萨克族", "全外显子组测序", "突变特征", "早期筛查"])

R("CN-PKU", "3.1", "en", """
I study the molecular and circuit mechanisms of neurodegeneration, focusing
on how tau pathology spreads between connected brain regions. My lab combines
viral tracing, in vivo calcium imaging and single-nucleus RNA sequencing in
mouse models, and we examine how microglia respond at early stages, before
neurons are lost. We are also interested in metabolic risk factors such as
insulin resistance and how they interact with tau in the ageing brain.""",
  ["neurodegeneration", "tau propagation", "microglia", "calcium imaging",
   "single-nucleus RNA sequencing"])

R("CN-SYSU", "3.1", "zh", """
主要研究幽门螺杆菌感染的致病机制与耐药问题。
课题组分析了华南和西北地区胃炎、胃癌患者分离菌株的cagA、vacA基因型，发现东亚型cagA与胃黏膜病变的严重程度密切相关，而西北地区分离株中西方型cagA的比例相对较高。
针对克拉霉素和左氧氟沙星耐药率不断上升的问题，我们建立了基于粪便样本的耐药基因快速检测方法，并开展个体化根除治疗的多中心临床研究，目前已入组患者两千余例。
此外还在探索胃内微生态与幽门螺杆菌的相互作用对胃癌发生的影响，尤其是饮食结构差异对胃内菌群的塑造作用。
欢迎胃癌高发地区的同行合作，比较不同人群中菌株的毒力特征与耐药谱。""",
  ["幽门螺杆菌", "胃癌", "cagA", "克拉霉素耐药", "根除治疗"],
  en="""My research is on the pathogenesis of Helicobacter pylori infection
and antibiotic resistance. We genotype cagA and vacA in strains from
gastritis and gastric cancer patients in southern and northwestern China and
find that East Asian-type cagA tracks with more severe mucosal damage. To deal
with rising clarithromycin and levofloxacin resistance we developed a rapid
stool-based test for resistance genes and run a multicentre trial of tailored
eradication therapy.""")

R("CN-PUMC", "3.1", "zh", """
从事天然药物药理学研究，主要评价来源于民族药和药用植物的活性成分的抗炎、保肝作用及其机制。
课题组以蒿属、黄芪属等西北干旱区常见药用植物为研究对象，利用急慢性炎症和肝纤维化动物模型开展药效评价，并结合转录组学和网络药理学解析其对NF-κB信号和NLRP3炎症小体通路的调控。
我们同时开展候选化合物的药代动力学和安全性评价，为新药研发提供依据，重点关注长期给药的肝肾毒性。
课题组与多家民族医院合作，收集了一批有临床使用经验的传统方剂，并与植物化学团队共同完成了部分活性成分的分离鉴定。
希望与中亚地区从事药用植物化学和药理研究的团队开展合作。""",
  ["天然药物药理", "抗炎", "保肝", "NLRP3炎症小体", "网络药理学"])

R("CN-SCU", "3.1", "en", """
I work on human papillomavirus epidemiology and cervical cancer prevention in
western China. My group genotypes HPV from population-based screening in
Sichuan, Tibet and Xinjiang, where screening coverage has historically been
low, and we evaluate self-sampling and low-cost testing strategies for rural
women. We also model the expected effect of domestic bivalent and nonavalent
vaccines on cancer incidence.""",
  ["human papillomavirus", "cervical cancer screening", "HPV genotyping",
   "self-sampling", "vaccination"])

# ===========================================================================
# 3.2 Clinical medicine
# ===========================================================================
R("KZ-KAZNMU", "3.2", "ru", """
Кардиолог, изучаю распространённость и контроль артериальной гипертензии
среди сельского населения Алматинской и Жамбылской областей. Суточную
экскрецию натрия оцениваем по анализу мочи, а приверженность лечению — с
помощью опросников и данных аптечных программ. Высокое потребление соли,
характерное для традиционной кухни, остаётся одним из главных факторов риска,
и мы проверяем программы снижения потребления соли с участием медицинских
сестёр первичного звена.""",
  ["артериальная гипертензия", "потребление соли", "сельское население",
   "приверженность лечению", "первичная медико-санитарная помощь"],
  en="""I am a cardiologist studying the prevalence and control of
hypertension in rural Almaty and Zhambyl regions. We estimate salt intake from
24-hour urinary sodium and adherence from questionnaires and pharmacy
programme data. High salt consumption in the traditional diet remains a key
risk factor, and we are testing nurse-led salt reduction programmes in primary
care.""")

R("KZ-NSCP", "3.2", "ru", """
Фтизиатр, занимаюсь клиническими аспектами лечения туберкулёза с
множественной и широкой лекарственной устойчивостью. Анализируем результаты
коротких полностью пероральных режимов с бедаквилином, линезолидом и
претоманидом, частоту нежелательных явлений и факторы неблагоприятных
исходов. Отдельно изучаем туберкулёз у трудовых мигрантов и сочетанную
инфекцию ТБ/ВИЧ.""",
  ["МЛУ-ТБ", "бедаквилин", "пероральные режимы", "нежелательные явления",
   "ТБ/ВИЧ"])

R("KZ-AMU", "3.2", "kk", """
Балалардың туа біткен жүрек ақауларын хирургиялық емдеу нәтижелерін
зерттеймін. Жаңа туған нәрестелер мен бір жасқа дейінгі балаларға жасалған
операциялардан кейінгі асқынулар мен ұзақ мерзімді нәтижелерді талдап, ерте
диагностика мен пренаталдық скринингтің әсерін бағалаймыз. Өңірлерден
науқастарды тасымалдау мен операциядан кейінгі оңалту жүйесін жетілдіру де
біздің назарымызда.""",
  ["туа біткен жүрек ақаулары", "балалар кардиохирургиясы",
   "пренаталдық скрининг", "операциядан кейінгі асқынулар", "оңалту"])

R("KZ-NU", "3.2", "en", """
I am a clinician-researcher in oncology working on breast cancer outcomes in
Kazakhstan. Women here are often diagnosed younger and at a later stage than
in Western Europe, so we study the national screening programme, the time from
first symptoms to treatment and the molecular subtypes of tumours in a
hospital-based registry. A current project looks at germline BRCA1/2 and PALB2
variants in Kazakh and Russian women with early-onset disease.""",
  ["breast cancer", "screening", "molecular subtypes", "BRCA1/2",
   "cancer registry"])

R("KZ-QMU", "3.2", "ru", """
Эндокринолог. Исследую распространённость сахарного диабета 2 типа и
метаболического синдрома среди работников угольных шахт Карагандинской
области. Сменный график, ночная работа и особенности питания сочетаются у
шахтёров с высокой распространённостью курения, и мы оцениваем, как эти
факторы влияют на инсулинорезистентность. Также участвуем в разработке
программ раннего выявления диабета на предприятиях.""",
  ["сахарный диабет 2 типа", "метаболический синдром", "шахтёры",
   "сменная работа", "инсулинорезистентность"])

R("KZ-KAZNMU", "3.2", "kk", """
Созылмалы вирустық гепатиттерді, әсіресе D гепатитін зерттеймін. Қазақстанда
HBsAg тасымалдаушылар арасында дельта-вирустың таралуы салыстырмалы түрде
жоғары, ал ауру бауыр циррозына тез өтеді. Біз науқастардың клиникалық
деректерін, вирус генотиптерін және булевиртидпен емдеу нәтижелерін талдап,
ерте анықтау алгоритмін ұсынуға тырысамыз.""",
  ["D гепатиті", "B гепатиті", "бауыр циррозы", "вирус генотиптері",
   "булевиртид"],
  en="""I study chronic viral hepatitis, especially hepatitis D. Among HBsAg
carriers in Kazakhstan the prevalence of the delta virus is relatively high
and the disease progresses quickly to cirrhosis. We analyse clinical data,
viral genotypes and outcomes of bulevirtide treatment and aim to propose an
early detection algorithm.""")

R("KZ-AMU", "3.2", "ru", """
Невролог, занимаюсь организацией помощи при остром ишемическом инсульте.
Оцениваем, как создание инсультных центров и внедрение тромболизиса и
тромбэктомии в Казахстане повлияли на летальность и функциональные исходы, и
изучаем задержки на догоспитальном этапе в сельской местности. Планируем
регистр, совместимый с международными, чтобы сравнивать показатели с другими
странами.""",
  ["ишемический инсульт", "тромболизис", "тромбэктомия", "инсультные центры",
   "регистр инсульта"])

R("CN-XJMU", "3.2", "zh", """
从事心血管流行病学与高血压防治研究。
课题组在新疆伊犁、阿勒泰和塔城牧区开展了多轮横断面调查和队列随访，发现哈萨克族成人高血压患病率明显高于全国平均水平，高盐饮食、长期饮用加盐奶茶以及冬季寒冷是重要的影响因素。
我们通过24小时尿钠检测评估食盐摄入量，并在乡村医生的参与下开展了限盐勺和低钠盐替代的社区干预试验，试验已覆盖二十余个村。
近期关注牧民定居后生活方式改变对血压、血脂和血糖等代谢指标的影响，我们发现定居时间较长的家庭中肥胖和糖尿病患病率明显上升。
哈萨克斯坦同一民族人群的研究可以为我们的结果提供很好的对照，欢迎合作。""",
  ["高血压", "哈萨克族", "食盐摄入", "社区干预", "牧区"],
  en="""I work in cardiovascular epidemiology and hypertension control. Our
surveys and cohort follow-up in the pastoral areas of Ili, Altay and Tacheng
show that hypertension among Kazakh adults is well above the national average,
with salty food, salted milk tea and cold winters as key factors. We measure
salt intake from 24-hour urinary sodium and run community trials of salt
spoons and low-sodium salt substitutes with village doctors. Studies of the
same population in Kazakhstan would be an excellent comparison.""")

R("CN-SCU", "3.2", "zh", """
主要从事耐药结核病的临床诊治研究，以及结核病合并症的综合管理。
课题组在华西医院结核病门诊和病房积累了较大规模的耐多药结核病患者队列，评价含贝达喹啉、利奈唑胺的全口服短程方案的疗效和不良反应，特别是周围神经病变和骨髓抑制的发生规律，目前队列已纳入患者五百余例。
我们也研究结核病合并糖尿病患者的药物相互作用与血药浓度监测，发现部分患者利福平暴露明显不足。
目前正在开展基于血药浓度的个体化给药临床试验，重点比较标准剂量与高剂量利福平方案的疗效和安全性。
希望与中亚国家的结核病临床中心交流治疗方案、不良反应管理和患者随访方面的经验，并开展联合临床研究。""",
  ["耐多药结核病", "贝达喹啉", "利奈唑胺", "不良反应", "血药浓度监测"])

R("CN-ZJU", "3.2", "zh", """
从事小儿心脏外科的临床与研究工作，主要方向为复杂先天性心脏病的外科治疗和围手术期管理。
我们对新生儿和小婴儿术后的并发症、远期心功能和神经发育结局进行长期随访，并评估胎儿超声心动图筛查对出生后治疗时机的影响，部分患儿的随访时间已超过十五年。
近年来建立了覆盖全省多家医院的转诊网络和远程会诊系统，以缩短危重患儿的转运时间，使省内危重先心病患儿的术前死亡率明显下降。
团队也参与了多项面向西部地区的先心病救治公益项目，每年赴基层开展筛查和手术，累计为数百名贫困家庭患儿完成了手术。
欢迎在儿童心脏外科和术后康复方面开展国际合作与人员交流。""",
  ["先天性心脏病", "小儿心脏外科", "胎儿超声心动图", "围手术期管理", "远期随访"])

R("CN-FUDAN", "3.2", "zh", """
从事乳腺癌的临床与转化研究。
依托附属肿瘤医院的大型乳腺癌专病数据库，课题组系统分析了中国年轻乳腺癌患者的分子分型特征、治疗模式和预后，发现年轻患者中三阴性和HER2阳性所占比例较高，随访时间最长超过二十年。
我们开展了中国人群BRCA1/2及其他易感基因胚系突变的筛查研究，并探索基于多组学数据的分层治疗策略，发现了若干中国人群中相对特有的致病突变。
此外也关注乳腺癌筛查在基层医疗机构的推广与效果评价，以及患者确诊延误的原因，以及中西部地区患者就诊时分期偏晚的原因。
欢迎在遗传性乳腺癌和年轻乳腺癌方面有兴趣的国际同行合作，共同比较不同人群的突变谱。""",
  ["乳腺癌", "分子分型", "BRCA1/2", "年轻乳腺癌", "精准治疗"])

R("CN-SJTU", "3.2", "zh", """
主要从事2型糖尿病和代谢综合征的临床研究。
课题组依托附属医院内分泌代谢病中心，建立了数万人规模的社区代谢病队列，研究胰岛素抵抗、胰岛β细胞功能与心血管结局之间的关系，队列随访时间已超过十年，累计记录了上千例心脑血管事件。
近年来关注轮班工作、睡眠不足和饮食节律紊乱对血糖代谢的影响，并在工厂和矿区职工中开展早期筛查与生活方式干预研究，初步结果显示夜班工人的糖尿病前期比例明显高于日班工人。
我们也在开发基于连续血糖监测数据的个体化治疗辅助工具，并已在多家社区医院试用。
欢迎在职业人群代谢健康方面有兴趣的同行合作，共同设计多中心研究。""",
  ["2型糖尿病", "代谢综合征", "胰岛素抵抗", "轮班工作", "社区队列"])

R("CN-SYSU", "3.2", "zh", """
从事慢性病毒性肝炎的临床与基础研究，主要方向为乙型肝炎功能性治愈和丁型肝炎的诊治。
课题组在华南地区大样本乙肝病毒携带者中开展丁型肝炎病毒抗体和核酸筛查，分析其流行率、基因型分布和临床进展特点，受检者累计超过五万人。
我们参与了多项乙肝新药和联合治疗方案的临床试验，同时利用人源化小鼠模型研究病毒持续感染的机制，探讨肝内共价闭合环状DNA的清除途径。
丁肝患者进展为肝硬化的速度明显快于单纯乙肝患者，早期识别十分重要，因此我们正在推动在高危人群中开展常规筛查。
丁肝在中亚部分国家流行率较高，希望通过国际合作获得更多不同人群的临床数据。""",
  ["乙型肝炎", "丁型肝炎", "功能性治愈", "病毒基因型", "临床试验"])

R("CN-PKU", "3.2", "en", """
I am a neurologist working on acute stroke care and outcomes research. Using
a national stroke registry, we study door-to-needle times, access to
endovascular thrombectomy and the gap between eastern provinces and western
China, where distances to stroke centres are large. We are also testing a
telestroke network that links county hospitals with tertiary centres. I'd
like to compare registry data and pre-hospital delays with countries in
Central Asia.""",
  ["acute ischaemic stroke", "thrombectomy", "stroke registry", "telestroke",
   "pre-hospital delay"])

# ===========================================================================
# 3.3 Health sciences
# ===========================================================================
R("KZ-KAZNMU", "3.3", "en", """
I work in public health on tobacco and nicotine use among young people.
Besides cigarettes, nasvay — a smokeless product widely used in Central Asia —
and, increasingly, e-cigarettes and heated tobacco are common among students.
We run school and university surveys, analyse the composition of nasvay
samples sold in bazaars and evaluate how advertising bans and tax increases
change use patterns.""",
  ["tobacco control", "nasvay", "e-cigarettes", "youth", "smokeless tobacco"])

R("KZ-NU", "3.3", "ru", """
Эпидемиолог, изучаю самолечение антибиотиками и их безрецептурную продажу в
аптеках. Используем метод «тайного покупателя», опросы населения и данные о
продажах, чтобы понять, как изменилась ситуация после ужесточения правил
отпуска. Нас интересует связь между потреблением антибиотиков в амбулаторной
практике и уровнем устойчивости кишечной палочки и клебсиеллы в разных
регионах.""",
  ["антибиотикорезистентность", "самолечение", "аптеки",
   "потребление антибиотиков", "эпидемиология"],
  en="""I am an epidemiologist studying self-medication with antibiotics and
their sale without prescription. We use simulated-client visits to
pharmacies, population surveys and sales data to see what changed after
dispensing rules were tightened, and we relate outpatient antibiotic use to
resistance levels in E. coli and Klebsiella across regions.""")

R("KZ-AMU", "3.3", "kk", """
Ұрпақ өрбіту жасындағы әйелдер мен жүкті әйелдер арасындағы темір тапшылықты
анемияны зерттеймін. Ауылдық және қалалық жерлерде гемоглобин, ферритин және
С-реактивті ақуыз деңгейін анықтап, олардың тамақтану әдеттерімен және
босанулар арасындағы аралықпен байланысын талдаймыз. Нәтижелер алғашқы
медициналық-санитариялық көмек деңгейіндегі алдын алу бағдарламаларын
жетілдіруге бағытталған.""",
  ["темір тапшылықты анемия", "жүкті әйелдер", "ферритин", "тамақтану",
   "алғашқы медициналық көмек"])

R("KZ-QMU", "3.3", "ru", """
Исследую профессиональные заболевания органов дыхания у работников угольной и
горнорудной промышленности Карагандинской области. На основе данных
медицинских осмотров, рентгенограмм и спирометрии оцениваем распространённость
пневмокониоза и хронической обструктивной болезни лёгких и их связь со стажем
и запылённостью в забоях. Хотим внедрить низкодозовую КТ для раннего
выявления изменений.""",
  ["пневмокониоз", "профессиональные заболевания", "угольная промышленность",
   "спирометрия", "ХОБЛ"])

R("KZ-KAZNMU", "3.3", "kk", """
Йод тапшылығы аурулары және тұзды йодтау бағдарламасының тиімділігі — менің
негізгі зерттеу тақырыбым. Мектеп жасындағы балалар мен жүкті әйелдердің
зәріндегі йод концентрациясын анықтап, үй шаруашылықтарындағы тұздың
йодталу деңгейін тексереміз. Соңғы жылдары тұзды аз тұтынуға шақыратын
науқандардың йод жеткіліктілігіне қалай әсер ететінін бағалауға көңіл
бөлеміз.""",
  ["йод тапшылығы", "тұзды йодтау", "зәрдегі йод", "жүкті әйелдер",
   "мектеп жасындағы балалар"])

R("KZ-NU", "3.3", "kk", """
Денсаулық сақтау экономикасы саласында жұмыс істеймін. 2020 жылы енгізілген
міндетті әлеуметтік медициналық сақтандыру жүйесінің медициналық көмектің
қолжетімділігіне және халықтың өз қалтасынан жұмсайтын шығындарына әсерін
үй шаруашылықтары сауалнамасының деректері негізінде бағалаймыз. Шығын
ауыртпалығы қай топтарда жиі кездесетінін анықтап, дәрі-дәрмекпен қамтамасыз
ету саясатына ұсыныстар дайындаймыз.""",
  ["денсаулық сақтау экономикасы", "медициналық сақтандыру",
   "өз қалтасынан шығындар", "қолжетімділік", "дәрі-дәрмек саясаты"])

R("CN-PKU", "3.3", "zh", """
主要从事卫生经济与卫生政策研究，关注医疗保障制度改革对居民就医行为和经济负担的影响，以及由此带来的健康公平问题。
课题组利用全国性家庭追踪调查和医保结算数据，评估城乡居民医保整合、大病保险以及药品集中带量采购等政策对自付费用和灾难性卫生支出的作用。
近期重点研究慢性病患者长期用药的可负担性，以及分级诊疗背景下基层医疗机构服务利用的变化，特别是农村老年人的慢病用药负担。
我们也为地方医保部门提供政策模拟和预算影响分析，包括医保目录调整和支付方式改革的测算。
希望与正在推进全民健康覆盖的中亚国家学者开展比较研究，共享政策评估方法和数据处理经验。""",
  ["卫生经济", "医疗保障", "灾难性卫生支出", "药品集中采购", "全民健康覆盖"],
  en="""I work on health economics and policy, looking at how insurance
reforms change people's use of care and financial burden. Using national
household panel surveys and claims data we evaluate the merger of rural and
urban resident insurance, critical illness insurance and centralised drug
procurement against out-of-pocket and catastrophic spending. I'd like to do
comparative work with colleagues in Central Asian countries that are moving
towards universal health coverage.""")

R("CN-XJMU", "3.3", "zh", """
研究方向为妇幼营养与公共卫生。
课题组在南疆喀什、和田等地开展育龄妇女和孕妇贫血状况的流行病学调查，检测血红蛋白、血清铁蛋白和炎症指标，分析膳食结构、生育间隔和肠道寄生虫感染等因素的作用，样本覆盖城市、农村和牧区的孕妇三千余人。
我们与当地妇幼保健机构合作，评估孕期营养包和铁剂补充项目的实施效果，并探索由乡村医生主导的随访管理模式，并记录孕期血红蛋白的动态变化。
调查还发现，冬季新鲜蔬果摄入不足与维生素缺乏密切相关，我们正在尝试通过设施蔬菜和强化食品加以改善。
希望与邻国同行比较不同饮食文化背景下妇女贫血的影响因素，共同完善适合农村地区的干预措施。""",
  ["孕妇贫血", "育龄妇女", "铁缺乏", "营养干预", "妇幼保健"])

R("CN-SYSU", "3.3", "zh", """
从事烟草控制与健康行为研究。
课题组在广东和西部省份的中学与高校开展青少年烟草使用监测，近年来发现电子烟的尝试率上升很快，相当一部分学生同时使用卷烟和电子烟，监测样本每年超过两万人。
我们分析社交媒体营销、口味添加和校园周边零售环境对青少年使用行为的影响，并评估电子烟监管新规实施前后的变化，发现水果、薄荷等口味是吸引青少年尝试的主要因素。
课题组还参与了多个城市无烟环境立法效果的评估研究，包括室内公共场所禁烟后的空气质量和吸烟率变化。
希望与中亚国家学者合作，比较卷烟、电子烟以及当地无烟烟草产品在青少年中的流行特点和政策应对。""",
  ["烟草控制", "电子烟", "青少年", "健康行为", "控烟政策"])

R("CN-FUDAN", "3.3", "zh", """
主要研究抗菌药物合理使用与细菌耐药的公共卫生干预和政策评估。
课题组通过“模拟患者”方法和处方审核，评估基层医疗机构和零售药店的抗菌药物使用情况，发现无处方购药以及上呼吸道感染中的不必要用药仍较普遍，这一现象在农村地区和节假日期间更为突出。
我们在长三角地区开展了医生反馈与公众教育相结合的多中心干预试验，并把门诊抗菌药物使用数据与医院耐药监测数据进行关联分析。
结果显示，干预社区的抗菌药物处方率在一年内下降了约三分之一，耐药菌检出率也出现了下降趋势。
希望与其他国家的团队合作，比较不同监管环境下抗菌药物零售与耐药水平之间的关系。""",
  ["抗菌药物合理使用", "细菌耐药", "模拟患者", "零售药店", "基层医疗"])

R("CN-SCU", "3.3", "zh", """
从事职业卫生与职业病防治研究，主要关注煤矿、金属矿山和石材加工行业的尘肺病问题。
课题组结合职业健康检查档案、高千伏胸片和低剂量CT影像，分析接尘工龄、粉尘浓度与尘肺病发病的关系，并开展基于深度学习的胸片自动分级研究，模型的分级一致性已接近资深阅片医生。
我们在四川和贵州的多个矿区建立了接尘工人随访队列，观察早期影像学改变与肺功能下降之间的联系，随访规模已超过三千人。
同时评估尘肺病患者肺康复以及工伤保障政策的落实情况，发现不少患者因缺乏劳动关系证明而难以获得工伤赔偿。
希望与矿业国家的职业卫生机构合作，共享影像数据和诊断标准的应用经验。""",
  ["尘肺病", "职业卫生", "低剂量CT", "深度学习", "肺康复"])

R("CN-ZJU", "3.3", "en", """
I work on iodine nutrition and thyroid health. China has iodised its salt for
almost three decades, and since the policy was adjusted region by region we
monitor urinary iodine in schoolchildren and in pregnant and lactating women,
together with thyroid volume and function. A current question is how
campaigns to reduce salt intake — needed for blood pressure — may lower iodine
intake in pregnancy, and how to balance the two messages.""",
  ["iodine nutrition", "iodised salt", "thyroid function", "pregnancy",
   "salt reduction"])

# ===========================================================================
# 4.1 Agriculture, forestry and fisheries
# ===========================================================================
R("KZ-KRIAPG", "4.1", "ru", """
Занимаюсь селекцией пшеницы на устойчивость к ржавчинным болезням. С помощью
молекулярных маркеров оцениваем наличие генов устойчивости Lr, Yr и Sr у
сортов и линий казахстанской селекции и проводим полевую оценку на
инфекционном фоне жёлтой и бурой ржавчины в Алматинской области. Расы
возбудителей быстро меняются, поэтому ведём мониторинг вирулентности популяций
и обмениваемся данными с соседними странами.""",
  ["пшеница", "ржавчина", "гены устойчивости", "молекулярные маркеры",
   "селекция"],
  en="""I breed wheat for resistance to rust diseases. We screen Kazakh
cultivars and lines for Lr, Yr and Sr resistance genes with molecular markers
and evaluate them in yellow and leaf rust disease nurseries in Almaty region.
Pathogen races change fast, so we monitor virulence in rust populations and
share data with neighbouring countries.""")

R("KZ-KATU", "4.1", "kk", """
Солтүстік Қазақстандағы жаздық бидайдың тұрақты өнімділігін қамтамасыз ететін
агротехнологияларды зерттеймін. Қорғаныштық егіншілік жүйесінде топырақтағы
ылғал қорын, аңызды қалдыру тәсілдерін және ауыспалы егістегі майлы
дақылдардың рөлін салыстырамыз. Көктемгі құрғақшылық жиі қайталанатын
жылдары қар тоқтату мен тікелей себудің нәтижесін көпжылдық тәжірибелерде
бағалаймыз.""",
  ["жаздық бидай", "қорғаныштық егіншілік", "топырақ ылғалы", "тікелей себу",
   "ауыспалы егіс"])

R("KZ-KAZNARU", "4.1", "en", """
My work is on water-saving irrigation in southern Kazakhstan. We run field
trials of drip and subsurface drip irrigation for cotton, tomatoes and
orchards, measure soil moisture and salinity with sensor networks and
calibrate AquaCrop to schedule irrigation. I'm interested in how the
plastic-mulched drip systems developed in Xinjiang could be adapted to
smallholder farms with limited capital.""",
  ["drip irrigation", "water saving", "AquaCrop", "soil salinity", "cotton"])

R("KZ-KOSTANAY", "4.1", "ru", """
Почвовед, изучаю изменение плодородия чернозёмов и тёмно-каштановых почв
Костанайской области за шестьдесят с лишним лет после освоения целины.
Сравниваем архивные данные почвенных обследований с современными пробами,
оцениваем потери гумуса, эрозию и изменения структуры почв, а также динамику
органического углерода при переходе на нулевую обработку.""",
  ["чернозёмы", "гумус", "целинные земли", "органический углерод",
   "эрозия почв"])

R("KZ-KAZNARU", "4.1", "kk", """
Арал теңізінің құрғаған табанында сексеуіл екпе ормандарын отырғызу
технологиясын зерттеймін. Тұздану деңгейі әр түрлі учаскелерде көшет
отырғызу мен тұқым себудің нәтижесін салыстырып, өсімдіктердің тамыр
жүйесінің дамуын және құм көшуін тоқтату тиімділігін бағалаймыз. Екпе
ормандардың ұзақ мерзімді тұрақтылығы үшін жергілікті тұрғындарды жұмысқа
тарту да маңызды.""",
  ["сексеуіл", "екпе ормандар", "Арал теңізі", "құм көшуі",
   "тұзданған топырақ"],
  en="""I work on establishing saxaul plantations on the dried bed of the
Aral Sea. On plots with different salinity we compare planting seedlings with
direct seeding, follow root development and assess how well the plantations
stop sand drift. Involving local people matters for the long-term survival of
these plantations.""")

R("KZ-KAZNARU", "4.1", "ru", """
Ихтиолог, работаю над развитием аквакультуры в Казахстане. Изучаем садковое и
бассейновое выращивание радужной форели в горных водоёмах Алматинской
области, рост рыбы при разных температурных режимах и на кормах местного
производства, а также паразитофауну и профилактику заболеваний. Отдельная
тема — состояние запасов судака и сазана в Капшагайском водохранилище.""",
  ["аквакультура", "радужная форель", "садковое выращивание",
   "Капшагайское водохранилище", "корма"])

R("KZ-YASAWI", "4.1", "kk", """
Түркістан облысының суармалы жерлеріндегі мақта шаруашылығының агротехникасын
зерттеймін. Мақтаарал ауданында топырақтың қайталама тұздануы өнімді едәуір
төмендетеді, сондықтан біз шаю нормаларын, суару кестесін және тұзға төзімді
сорттарды сынаймыз. Сонымен бірге мақтаны жоңышқа және бидаймен кезектестіріп
егудің топырақ құнарлылығына әсерін бағалаймыз.""",
  ["мақта", "топырақтың тұздануы", "суару", "тұзға төзімді сорттар",
   "Мақтаарал"])

R("CN-NWAFU", "4.1", "zh", """
长期从事小麦条锈病的病原学与抗病遗传研究。
课题组在西北越夏区和东部流行区系统监测条锈菌生理小种的毒性变化，发现新的毒性小种往往先在甘肃、青海等地出现，再随高空气流向东扩散，每年在甘肃陇南、天水等地布设上百个监测点。
我们利用分子标记和田间接种鉴定，评价了数千份国内外小麦种质中Yr基因的分布，并克隆了若干新的成株期抗病基因，部分基因已通过分子标记辅助选择导入主栽品种。
近期还利用病菌群体基因组学追踪中亚与我国西北之间条锈菌的跨境传播路径，结果提示部分小种可能经新疆由中亚传入。
希望与中亚育种单位交换抗源材料，并共建跨境病害监测网络。""",
  ["小麦条锈病", "抗病基因", "生理小种", "病原群体基因组", "跨境传播"],
  en="""I have long worked on the biology of wheat stripe rust and the
genetics of resistance. We monitor virulence changes in the rust population
in the northwestern over-summering areas and the eastern epidemic zone; new
races often appear first in Gansu and Qinghai and then move east on upper-air
currents. We have screened thousands of wheat accessions for Yr genes, cloned
several new adult-plant resistance genes, and now use pathogen population
genomics to trace rust movement between Central Asia and northwest China. I'd
like to exchange resistance sources with Central Asian breeders.""")

R("CN-CAU", "4.1", "zh", """
主要研究旱作农业区作物水分高效利用与保护性耕作。
课题组在内蒙古和河北坝上地区布设了长期定位试验，比较免耕、少耕和传统翻耕条件下春小麦、燕麦和油菜的产量、土壤水分及土壤结构变化，其中最长的试验已连续进行了二十年。
我们发现秸秆覆盖结合冬季留茬集雪可以显著增加春季土壤储水量，但在冷凉地区会推迟出苗，需要配套的播种技术，因此我们与农机团队合作改进了播种机的开沟和镇压部件。
近期还在利用作物模型评估气候变化情景下不同耕作制度的适应性和风险，包括干旱频率增加对产量稳定性的影响。
欢迎与中亚北部春小麦产区的同行开展联合试验和数据共享。""",
  ["旱作农业", "春小麦", "保护性耕作", "土壤水分", "秸秆覆盖"])

R("CN-SHZU", "4.1", "zh", """
研究方向为干旱区节水灌溉与棉花高产栽培。
膜下滴灌技术在新疆推广已有二十多年，课题组系统研究了滴灌条件下棉田的水盐运移规律、水肥一体化制度，以及长期滴灌对土壤次生盐渍化和残膜污染的影响，试验在石河子、奎屯和阿拉尔的多个团场同步开展。
我们建立了基于土壤墒情和冠层温度的智能灌溉决策系统，在兵团多个团场进行了示范应用，节水约百分之十五而产量保持稳定。
近年来还关注全生物降解地膜的替代效果及其对产量和土壤的长期影响，发现部分降解地膜在生育后期的增温保墒效果不足。
希望与中亚国家合作，探讨滴灌技术在小农户条件下的适用模式和推广机制，也欢迎同行来试验基地实地考察。""",
  ["膜下滴灌", "棉花", "水盐运移", "水肥一体化", "残膜污染"])

R("CN-XIEG", "4.1", "zh", """
主要从事荒漠植被恢复与防沙治沙研究。
课题组以梭梭、柽柳和沙拐枣为对象，在古尔班通古特沙漠南缘和塔克拉玛干沙漠公路沿线研究人工林的建植技术、耗水特征和群落演替规律，其中最早的梭梭人工林已有三十余年林龄。
我们利用树干液流、稳定同位素和遥感方法评估人工林对地下水的依赖程度，避免造林过度消耗有限的水资源，结果表明地下水埋深超过十米时梭梭主要依赖降水和凝结水。
近年来还参与了梭梭林下接种肉苁蓉的生态经济模式研究，该模式已帮助当地牧民显著增加收入。
咸海干涸湖床的植被恢复与我们的工作高度相关，希望开展技术交流与联合试验，特别是耐盐树种的筛选和造林技术。""",
  ["梭梭", "荒漠植被恢复", "防沙治沙", "人工林耗水", "肉苁蓉"])

R("CN-XJAU", "4.1", "zh", """
主要研究盐碱地棉花栽培与土壤改良以及灌区水盐调控。
南疆阿克苏、喀什等地的棉田普遍存在次生盐渍化问题，课题组比较了冬春灌洗盐、暗管排盐和有机改良剂等措施对土壤盐分和棉花产量的影响，试验点分布在阿克苏、喀什和巴州的多个乡镇。
我们还筛选出一批耐盐性较强的棉花品种，并研究棉花与苜蓿、冬小麦轮作对土壤结构和有机质的改善作用，其中两个品种已通过自治区审定。
相关技术已在多个县市推广，累计应用面积达数十万亩，土壤含盐量平均降低了三分之一以上。
锡尔河下游棉区面临相似的盐渍化问题，欢迎开展比较研究和技术交流，共同制定适合两国棉区的改良技术规程。""",
  ["盐碱地", "棉花栽培", "土壤改良", "暗管排盐", "轮作"],
  en="""I work on cotton cultivation and soil reclamation on saline land. In
Aksu and Kashgar in southern Xinjiang, secondary salinisation is widespread,
so we compare winter and spring leaching, subsurface drainage and organic
amendments for their effect on soil salt and yield. We have selected
salt-tolerant cotton varieties and study rotations with alfalfa and winter
wheat. The lower Syr Darya faces similar problems and I'd welcome comparative
work.""")

R("CN-NWAFU", "4.1", "en", """
I am a soil scientist studying soil organic carbon and erosion on the Loess
Plateau. Using long-term experiments and chronosequences of cropland converted
to grassland and forest under the Grain for Green programme, we quantify
carbon gains, deep-soil drying and changes in aggregate stability. I am keen
to compare our results with the long history of cultivation on the chernozems
of northern Kazakhstan.""",
  ["soil organic carbon", "Loess Plateau", "soil erosion", "land-use change",
   "Grain for Green"])

R("CN-XJAU", "4.1", "zh", """
从事冷水性鱼类养殖与水产营养研究以及土著鱼类保护。
新疆山区水库和河流水温低、水质好，适合虹鳟、哲罗鲑等冷水鱼养殖，课题组研究不同水温和饲料配方下虹鳟的生长、肌肉品质和饲料效率，并尝试用本地生产的棉粕、菜粕部分替代鱼粉，试验结果显示合理替代可降低约两成饲料成本。
我们也开展网箱养殖对水库水质影响的长期监测，以及土著鱼类资源的保护与人工繁育，重点关注氮磷负荷和溶解氧的变化。
课题组已成功繁育多种新疆特有鱼类的苗种，用于增殖放流，包括扁吻鱼、新疆裸重唇鱼等珍稀种类。
欢迎与哈萨克斯坦同行交流山区水库渔业和冷水鱼苗种繁育的经验。""",
  ["冷水鱼", "虹鳟", "饲料配方", "网箱养殖", "土著鱼类保护"])

# ===========================================================================
# 4.3 Veterinary science
# ===========================================================================
R("KZ-RIBSP", "4.3", "ru", """
Вирусолог, занимаюсь разработкой и контролем вакцин против ящура, оспы овец и
коз и нодулярного дерматита крупного рогатого скота. Изучаем генетическую
стабильность вакцинных штаммов каприпоксвирусов, длительность
поствакцинального иммунитета и методы, позволяющие отличать вакцинированных
животных от переболевших. Ящур и нодулярный дерматит заносятся в Центральную
Азию из соседних стран, поэтому важен обмен изолятами и данными о
циркулирующих серотипах.""",
  ["ящур", "оспа овец", "нодулярный дерматит", "вакцины", "каприпоксвирусы"],
  en="""I am a virologist developing and testing vaccines against
foot-and-mouth disease, sheep and goat pox and lumpy skin disease. We study
the genetic stability of capripoxvirus vaccine strains, the duration of
post-vaccination immunity and tests that distinguish vaccinated from infected
animals. FMD and lumpy skin disease enter Central Asia from neighbouring
countries, so exchanging isolates and serotype data is important.""")

R("KZ-KAZNARU", "4.3", "kk", """
Ұсақ малдың бруцеллезін зерттеймін. Оңтүстік және шығыс өңірлердегі қой мен
ешкі табындарын серологиялық және ПТР әдістерімен тексеріп, Brucella
melitensis штаммдарының генетикалық әртүрлілігін MLVA әдісімен анықтаймыз.
Жұқпаның адамға берілу жолдарын малшылар арасында жүргізілген сауалнама
арқылы бағалап, «Бір денсаулық» тәсіліне негізделген алдын алу шараларын
ұсынамыз.""",
  ["бруцеллез", "ұсақ мал", "Brucella melitensis", "MLVA", "Бір денсаулық"])

R("KZ-KAZNIVI", "4.3", "ru", """
Изучаю циркуляцию вирусов гриппа птиц среди диких водоплавающих птиц на
озёрах Алаколь, Сорбулак и в дельте Или, которые лежат на
Центральноазиатском пролётном пути. Ежегодно отбираем пробы во время весенней
и осенней миграции, секвенируем выделенные вирусы и отслеживаем появление
высокопатогенных вариантов H5. Данные передаём ветеринарной службе для оценки
риска заноса в птицеводческие хозяйства.""",
  ["грипп птиц", "дикие птицы", "H5N1", "миграционные пути",
   "эпизоотологический мониторинг"])

R("KZ-KATU", "4.3", "en", """
I am a veterinary epidemiologist working on anthrax in Kazakhstan. The
country has thousands of historical anthrax burial sites, some of them now
under farmland or settlements, so we map them from archival records with GIS,
test soil for Bacillus anthracis spores and model outbreak risk from climate
and land-use data. We work with human health services in a One Health
framework.""",
  ["anthrax", "Bacillus anthracis", "burial sites", "One Health",
   "spatial epidemiology"])

R("KZ-SHAKARIM", "4.3", "kk", """
Жылқы шаруашылығындағы паразиттік ауруларды, әсіресе жылқылардың
пироплазмидоздарын зерттеймін. Шығыс Қазақстан және Абай облыстарындағы
табындардан алынған қан үлгілерінен Theileria equi мен Babesia caballi
қоздырғыштарын ПТР әдісімен анықтап, кенелердің түрлік құрамы мен маусымдық
белсенділігін бақылаймыз. Алынған нәтижелер жылқы экспорты мен асыл тұқымды
мал алмасуына қойылатын ветеринариялық талаптарды негіздеуге қажет.""",
  ["пироплазмидоз", "жылқы", "Theileria equi", "кенелер", "ПТР диагностикасы"])

R("KZ-KAZNARU", "4.3", "ru", """
Паразитолог, изучаю эхинококкоз у собак и сельскохозяйственных животных.
Оцениваем заражённость пастушьих собак методом копро-ПЦР и частоту
обнаружения цист у овец на бойнях юга Казахстана, а также эффективность
регулярной дегельминтизации собак празиквантелом в пилотных районах. Эта
работа тесно связана с медицинскими исследованиями эхинококкоза у людей.""",
  ["эхинококкоз", "пастушьи собаки", "копро-ПЦР", "дегельминтизация",
   "празиквантел"])

R("KZ-RIBSP", "4.3", "kk", """
Түйелердің вирустық жұқпаларын, соның ішінде Таяу Шығыс респираторлық
синдромы коронавирусын (MERS-CoV) зерттеймін. Маңғыстау, Атырау және
Қызылорда облыстарындағы бір өркешті және қос өркешті түйелерден қан сарысуы
мен мұрын жағындыларын жинап, антиденелер мен вирус РНҚ-сын анықтаймыз. Түйе
сүтін тұтыну кең таралғандықтан, малшылар мен сүт өңдеушілердің жұқтыру
қаупін де бағалаймыз.""",
  ["түйе", "MERS-CoV", "коронавирустар", "серологиялық мониторинг",
   "түйе сүті"])

R("CN-LVRI", "4.3", "zh", """
主要从事口蹄疫病原学与疫苗研究，依托口蹄疫国家参考实验室开展工作。
课题组长期跟踪我国及周边国家流行的O型、A型口蹄疫病毒的遗传演化，分析跨境传入的风险和传播途径，并评估现有疫苗株与流行毒株之间的抗原匹配性，并建立了覆盖我国西部边境地区的病毒序列数据库。
我们还在研发可区分感染与免疫动物的标记疫苗以及配套的诊断试剂，其中一种标记疫苗已完成实验室评价。
近年来参与了多次周边国家疫情毒株的鉴定与溯源分析，为区域联防联控提供了技术支撑。
口蹄疫是典型的跨境动物疫病，希望与中亚国家的兽医研究机构共享毒株序列数据，共同开展区域防控研究。""",
  ["口蹄疫", "病毒遗传演化", "疫苗株匹配", "标记疫苗", "跨境动物疫病"],
  en="""I work on foot-and-mouth disease virus and vaccines at the national
FMD reference laboratory. We follow the evolution of serotype O and A viruses
circulating in China and neighbouring countries, assess the risk and routes
of cross-border introduction, check antigenic matching between vaccine and
field strains, and develop marker vaccines with companion diagnostics. FMD is
a textbook transboundary disease, and I would like to share sequence data and
work on regional control with veterinary institutes in Central Asia.""")

R("CN-HVRI", "4.3", "zh", """
研究方向为动物流感病毒的生态学与致病机制。
课题组在青海湖、新疆巴音布鲁克等候鸟重要栖息地开展长期监测，分离鉴定野鸟携带的禽流感病毒，追踪H5亚型高致病性禽流感病毒在候鸟迁徙路线上的传播与基因重配，每年采集野鸟粪便和拭子样品数千份。
我们还利用动物模型研究不同毒株对家禽和哺乳动物的致病性及跨种传播能力，发现部分毒株在小鼠中表现出较强的致病性。
相关监测数据定期报送兽医主管部门，用于家禽养殖场的风险预警，并为疫苗毒株的更新提供参考。
中亚迁徙路线连接我国西北与哈萨克斯坦的湖泊湿地，希望开展联合采样与数据共享，共同建立迁徙路线上的禽流感预警体系。""",
  ["禽流感", "候鸟迁徙", "H5亚型", "病毒重配", "跨种传播"])

R("CN-SHZU", "4.3", "zh", """
主要从事布鲁氏菌病的流行病学与防控研究。
新疆牧区羊种布鲁氏菌病疫情较重，课题组通过血清学和分子生物学方法开展羊群和牛群监测，并利用MLVA和全基因组测序分析羊种布鲁氏菌的遗传多样性与传播关系，监测范围覆盖北疆多个地州的上百个养殖场。
我们也研究布鲁氏菌在巨噬细胞内长期存活的分子机制，并参与了新型减毒活疫苗的安全性评价，评价内容包括对妊娠母羊的安全性和免疫持续期。
人间布病与家畜感染密切相关，课题组与医学院校合作开展牧民职业暴露调查，分析挤奶、接羔和屠宰等环节的感染风险。
欢迎与邻国同行合作，在“同一健康”框架下开展跨境研究。""",
  ["布鲁氏菌病", "羊种布鲁氏菌", "MLVA分型", "减毒活疫苗", "同一健康"])

R("CN-XJAU", "4.3", "zh", """
研究方向为家畜寄生虫病学，主要关注马、牛、羊的梨形虫病和蜱传疾病。
课题组在伊犁、阿勒泰和昌吉等地采集马匹血样和蜱样，利用PCR和测序技术检测马泰勒虫和驽巴贝斯虫的感染率及基因型，并研究优势蜱种的季节消长规律，结果显示部分地区马泰勒虫的血清阳性率超过一半。
伊犁马是重要的地方品种，我们正在建立马梨形虫病的快速诊断与防治技术体系，为马匹引种和赛马运输提供检疫依据，检测时间可缩短到一小时以内。
课题组也在评估不同杀蜱药物的田间效果和耐药情况，发现部分蜱种对拟除虫菊酯类药物已出现抗性。
欢迎与哈萨克斯坦马业和兽医研究人员交流合作。""",
  ["梨形虫病", "马泰勒虫", "蜱传疾病", "伊犁马", "分子诊断"],
  en="""I work on livestock parasitology, mainly piroplasmosis and other
tick-borne diseases of horses, cattle and sheep. We collect horse blood and
ticks in Ili, Altay and Changji, detect Theileria equi and Babesia caballi by
PCR and sequencing, and follow the seasonal dynamics of the dominant tick
species. The Ili horse is an important local breed, and we are building rapid
diagnosis and control for equine piroplasmosis to support quarantine for
breeding and racing horses.""")

R("CN-LVRI", "4.3", "en", """
I am a veterinary parasitologist working on echinococcosis in livestock and
dogs on the Qinghai–Tibet Plateau and in northwest China. We develop
recombinant vaccines for sheep, evaluate praziquantel baiting programmes for
owned and stray dogs, and use coproantigen tests and copro-PCR for
surveillance. I would like to compare control strategies with colleagues in
Kazakhstan and Kyrgyzstan, where the transmission cycles are similar.""",
  ["echinococcosis", "veterinary parasitology", "vaccines", "dog deworming",
   "copro-PCR"])

R("CN-CAU", "4.3", "zh", """
主要从事反刍动物传染病研究，重点是小反刍兽疫和羊痘。
课题组分析了我国不同时期小反刍兽疫病毒流行株的基因组特征，发现其与中亚和南亚流行株具有较近的亲缘关系，提示存在跨境传入风险，相关序列已提交公共数据库。
我们研制了基于重组蛋白的ELISA检测方法和可区分感染与免疫动物的诊断技术，并参与了羊痘—小反刍兽疫二联疫苗的研发，检测试剂盒已在多个省份的兽医实验室使用。
近年来还在研究疫苗在高寒牧区冷链条件不足时的热稳定性问题，通过冻干保护剂配方的改进提高了疫苗的耐热性。
欢迎与周边国家的兽医研究机构合作，共同开展疫病监测与防控效果评估。""",
  ["小反刍兽疫", "羊痘", "病毒基因组", "ELISA检测", "二联疫苗"])
# ===========================================================================
# 5.2 Economics and business
# ===========================================================================
R("KZ-ALT", "5.2", "ru", """
Исследую транзитные железнодорожные перевозки между Китаем и Европой через
Казахстан. Анализируем грузопотоки через погранпереходы Достык и
Алтынколь — Хоргос, время простоя контейнерных поездов при перегрузке с колеи
1435 на 1520 мм и работу сухого порта «Хоргос — Восточные ворота». Строим
имитационные модели, чтобы понять, какие узкие места сильнее всего снижают
конкурентоспособность маршрута по сравнению с морской доставкой.""",
  ["транзитные перевозки", "Хоргос", "контейнерные поезда", "сухой порт",
   "имитационное моделирование"],
  en="""I study China–Europe rail transit through Kazakhstan: freight flows at
the Dostyk and Altynkol–Khorgos crossings, dwell times of container trains
during transhipment between 1435 mm and 1520 mm gauge, and the operation of
the Khorgos Eastern Gate dry port. We build simulation models to find which
bottlenecks do most damage to the route's competitiveness against sea
freight.""")

R("KZ-NARXOZ", "5.2", "en", """
I am a trade economist. My research looks at how Kazakhstan's membership in
the Eurasian Economic Union changed its trade with China and Russia: tariff
harmonisation, non-tariff measures, re-exports and the large gap between
Chinese export statistics and Kazakh import records. I use gravity models and
firm-level customs data and am interested in joint work on mirror-trade
discrepancies.""",
  ["international trade", "Eurasian Economic Union", "non-tariff measures",
   "gravity model", "mirror statistics"])

R("KZ-NU", "5.2", "ru", """
Занимаюсь экономикой энергетики и макроэкономикой стран — экспортёров сырья.
Оцениваем, как колебания цен на нефть передаются на курс тенге, бюджет и
несырьевой сектор, и насколько эффективны правила использования средств
Национального фонда. Отдельная тема — последствия реформы тарифов на
электроэнергию и субсидий на топливо для домохозяйств с разным уровнем
дохода.""",
  ["экономика энергетики", "цены на нефть", "Национальный фонд",
   "голландская болезнь", "энергетические субсидии"])

R("KZ-KAZNU", "5.2", "kk", """
Туризм экономикасы мен өңірлік дамуды зерттеймін. Жібек жолы бойындағы
тарихи қалалар — Түркістан, Отырар, Тараз — және Алматы облысының таулы
аймақтары үшін туристік ағындарды, жергілікті бизнестің табысын және
инфрақұрылымға салынған инвестициялардың тиімділігін бағалаймыз. Шекара
маңындағы туризмді, соның ішінде Қытаймен визасыз режимнің әсерін талдау да
жоспарымызда бар.""",
  ["туризм экономикасы", "Жібек жолы", "өңірлік даму", "инвестициялар",
   "шекара маңы туризмі"],
  en="""I study tourism economics and regional development: visitor flows,
local business income and returns on infrastructure investment in Silk Road
cities such as Turkistan, Otrar and Taraz and in the mountain areas of Almaty
region. I also plan to look at cross-border tourism, including the effect of
visa-free travel with China.""")

R("KZ-ENU", "5.2", "ru", """
Изучаю прямые иностранные инвестиции китайских компаний в Казахстане в
рамках сопряжения программы «Нурлы жол» и инициативы «Пояс и путь». Собираем
базу индустриальных проектов с китайским участием, анализируем их отраслевую
структуру, локализацию производства, занятость местного персонала и трансфер
технологий. Интересует сравнение с опытом других стран Центральной Азии.""",
  ["прямые иностранные инвестиции", "«Пояс и путь»", "индустриализация",
   "трансфер технологий", "Центральная Азия"])

R("KZ-NARXOZ", "5.2", "kk", """
Шағын және орта бизнестің қаржыға қолжетімділігін зерттеймін. Банк
несиелерімен қатар микроқаржы ұйымдары, мемлекеттік кепілдік бағдарламалары
және исламдық қаржы құралдары ауылдық кәсіпкерлерге қаншалықты көмектесетінін
кәсіпорындар сауалнамасы мен несие тарихы деректері арқылы бағалаймыз.
Цифрлық банкингтің қаржылық инклюзияға әсері де зерттеу нысанымызға кіреді.""",
  ["шағын және орта бизнес", "қаржылық инклюзия", "микроқаржы",
   "исламдық қаржы", "цифрлық банкинг"])

R("KZ-KAZNU", "5.2", "kk", """
Еңбек экономикасы және көші-қон мәселелерін зерттеймін. Орталық Азия
елдерінен Қазақстанға келетін еңбек мигранттарының жалақысын, жұмыс істейтін
салаларын және олардың отанына жіберетін ақша аударымдарын үй
шаруашылықтарының сауалнамасы мен банк деректері бойынша талдаймыз. Сонымен
бірге ішкі көші-қонның Алматы мен Астананың еңбек нарығына әсерін
бағалаймыз.""",
  ["еңбек экономикасы", "еңбек көші-қоны", "ақша аударымдары",
   "еңбек нарығы", "Орталық Азия"])

R("CN-BJTU", "5.2", "zh", """
主要从事国际物流与铁路运输组织研究，重点关注中欧班列的运营效率。
课题组利用班列运行数据和口岸通关记录，分析阿拉山口、霍尔果斯等口岸的换装作业能力、列车在口岸的停留时间以及宽窄轨换装造成的延误，并建立了考虑口岸拥堵的班列路径与开行频次优化模型，模型已在部分线路开行方案的编制中试用。
我们也在研究回程货源不足导致的空箱调运问题，以及多式联运“一单制”对物流成本的影响，发现回程空箱率在淡季可超过三成。
近年来参与了多个内陆港和集结中心的规划咨询工作，包括霍尔果斯和西安的集结中心。
希望与哈萨克斯坦铁路和物流研究机构合作，共同提升跨境通道的整体效率。""",
  ["中欧班列", "霍尔果斯", "口岸换装", "多式联运", "路径优化"],
  en="""I work on international logistics and rail operations, mainly the
efficiency of China–Europe freight trains. Using train running data and
customs records we analyse transhipment capacity and dwell times at Alashankou
and Khorgos and the delays caused by the gauge change, and we built route and
frequency optimisation models that account for border congestion. We also
study empty container repositioning caused by weak westbound-to-eastbound
balance. I'd like to work with Kazakh railway and logistics researchers on
the corridor as a whole.""")

R("CN-RUC", "5.2", "zh", """
研究方向为国际贸易与区域经济一体化，主要关注中国与欧亚经济联盟国家的贸易关系。
课题组利用海关细分商品数据和引力模型，分析欧亚经济联盟统一关税和技术法规对中国出口的影响，结果显示技术性贸易措施对机电产品和食品出口的影响尤为明显。
我们还研究中哈双边贸易统计中长期存在的“镜像差异”及其成因，例如转口贸易、低报价格以及边境小额贸易的统计口径问题，这一差异在部分年份甚至超过双边贸易额的一半。
此外也关注跨境电商对中亚市场的渗透及其对传统批发贸易的冲击，以及支付结算和物流配送等配套环节的瓶颈。
欢迎与哈萨克斯坦学者合作，利用双方数据开展对比分析。""",
  ["国际贸易", "欧亚经济联盟", "引力模型", "镜像贸易差异", "跨境电商"])

R("CN-XJU", "5.2", "zh", """
主要研究中国企业在中亚的直接投资与产能合作，关注企业在东道国的经营绩效与社会影响。
课题组建立了中国企业在哈萨克斯坦、乌兹别克斯坦等国投资项目的数据库，分析投资的行业分布、本地化用工比例以及对当地产业链的带动效应，目前已收录项目四百余个。
我们还在霍尔果斯、阿拉山口等边境经济合作区开展实地调研，研究园区政策对企业落地和跨境产业协作的影响，发现配套物流和通关便利化程度是企业选址的首要考虑。
课题组每年组织研究生赴中亚国家开展企业访谈，累计走访了上百家中资和合资企业。
希望与中亚高校合作开展企业层面的联合调查，更客观地评估相关项目的经济效果。""",
  ["对外直接投资", "产能合作", "一带一路", "边境经济合作区", "本地化用工"])

R("CN-PKU", "5.2", "en", """
I work on resource and energy economics, with a focus on resource-rich
economies in Central Asia and the Middle East. My recent papers study how oil
price shocks pass through to exchange rates, fiscal spending and non-oil
sectors, and whether sovereign wealth fund rules dampen these effects. I also
study energy subsidy reform and its distributional consequences, and I'm
looking for co-authors with household-level data from Kazakhstan.""",
  ["resource economics", "oil price shocks", "sovereign wealth funds",
   "energy subsidy reform", "Dutch disease"])

R("CN-CAU", "5.2", "zh", """
从事农业经济与农村组织研究，关注农民专业合作社和农业社会化服务体系。
课题组在东北、西北多个省份开展农户和合作社追踪调查，分析合作社在农机作业、农资采购和农产品销售中的作用，以及土地托管等新型经营方式对小农户收入的影响，样本覆盖两千余户农户和一百多家合作社。
我们也比较了不同国家在农业合作组织立法和扶持政策方面的经验，包括合作社法律框架、财政补贴和信贷支持等方面。
近期关注合作社内部治理和利益分配机制的规范化问题，发现规范运行的合作社能明显提高社员收入。
哈萨克斯坦正在推动农业合作社发展，希望与当地学者开展比较研究，共同设计可比较的调查问卷。""",
  ["农业经济", "农民专业合作社", "社会化服务", "土地托管", "小农户"])

R("CN-LZU", "5.2", "zh", """
研究方向为旅游经济与区域发展，主要关注丝绸之路沿线的文化遗产旅游。
课题组以敦煌、嘉峪关等河西走廊城市为案例，利用游客大数据和地方统计资料评估旅游业对就业、居民收入和地方财政的贡献，并分析过度旅游对遗产地保护造成的压力，并利用手机信令数据刻画游客的时空流动特征。
近年来也研究跨境旅游合作，特别是中国与中亚国家共同推广丝绸之路遗产线路的经济效应，以及签证便利化和航线开通对客流的影响。
我们发现旅游收入的季节性波动是西北地区旅游城市面临的突出问题，冬季客流往往不足旺季的十分之一。
欢迎中亚旅游研究者交流合作，共同开发跨境旅游线路的评估指标。""",
  ["旅游经济", "丝绸之路", "文化遗产旅游", "区域发展", "跨境旅游合作"])

R("CN-FUDAN", "5.2", "zh", """
主要研究普惠金融与中小企业融资，以及金融监管政策对中小银行的影响。
课题组利用银行贷款数据和企业调查数据，评估数字支付、互联网银行和政府担保基金对小微企业融资可得性与经营绩效的影响，特别关注农村和欠发达地区的企业，样本涵盖数十万家小微企业。
我们也在研究金融科技公司基于替代数据的信用评估方法可能带来的歧视问题，例如对缺少数字足迹的老年经营者的排斥。
近期的一个项目比较了不同所有制银行在服务小微企业时的风险定价差异，发现大型国有银行在普惠贷款中的利率优势明显。
希望与中亚国家的研究者合作，比较不同金融体系下数字金融对小微企业和农户的作用。""",
  ["普惠金融", "小微企业融资", "数字金融", "信用评估", "金融科技"])

# ===========================================================================
# 5.3 Educational sciences
# ===========================================================================
R("KZ-KAZNPU", "5.3", "kk", """
Үштілді білім беру саясатының мектептерде іске асырылуын зерттеймін.
Жаратылыстану пәндерін ағылшын тілінде оқытуға көшкен мектептерде
мұғалімдердің тілдік дайындығын, оқушылардың пәндік білімі мен тілдік
құзыреттілігін бақылап, ауыл және қала мектептерін салыстырамыз. Сабақты
бақылау және мұғалімдермен сұхбат арқылы CLIL әдістемесін жергілікті
жағдайға бейімдеу жолдарын іздейміз.""",
  ["үштілді білім", "CLIL", "мұғалімдердің тілдік дайындығы",
   "жаратылыстану пәндері", "ауыл мектептері"],
  en="""I study how the trilingual education policy is implemented in
schools. In schools that switched to teaching science subjects in English we
follow teachers' language preparation and pupils' subject knowledge and
language competence, comparing rural and urban schools, and through lesson
observation and teacher interviews we look for ways to adapt CLIL to local
conditions.""")

R("KZ-NU", "5.3", "en", """
I work on inclusive education and teacher professional development. Since
Kazakhstan committed to including children with special educational needs in
mainstream schools, my team has followed how schools in Astana, Almaty and
several rural districts adapt: what support teachers receive, how assessment
is organised and how parents experience the process. We use mixed methods,
including classroom observation and longitudinal interviews.""",
  ["inclusive education", "special educational needs",
   "teacher professional development", "mixed methods", "school reform"])

R("KZ-ENU", "5.3", "ru", """
Исследую интернационализацию высшего образования и академическую мобильность
в Центральной Азии. Сейчас основной проект посвящён казахстанским студентам,
обучающимся в китайских университетах: мотивам выбора, языковой подготовке,
адаптации и трудоустройству выпускников. Параллельно анализируем программы
двойных дипломов и филиалы зарубежных вузов в Казахстане.""",
  ["академическая мобильность", "интернационализация", "студенты в Китае",
   "двойные дипломы", "трудоустройство выпускников"],
  en="""I research the internationalisation of higher education and academic
mobility in Central Asia. My main current project is about Kazakh students at
Chinese universities — why they choose China, how they learn the language and
adapt, and where graduates find work. I also look at double-degree programmes
and branch campuses of foreign universities in Kazakhstan.""")

R("KZ-KAZNPU", "5.3", "ru", """
Методист по математике. Изучаю качество обучения математике в
малокомплектных сельских школах, где в одном классе занимаются ученики разных
возрастов, а учитель часто ведёт несколько предметов. Разрабатываем и
апробируем материалы для разноуровневого обучения и дистанционной
методической поддержки учителей, оцениваем их влияние на результаты внешнего
оценивания.""",
  ["методика математики", "малокомплектные школы", "сельские школы",
   "разноуровневое обучение", "поддержка учителей"])

R("KZ-ZHUBANOV", "5.3", "kk", """
Оқушылардың функционалдық сауаттылығын және халықаралық PISA зерттеуінің
нәтижелерін талдаймын. Ақтөбе облысының мектептерінде оқу және математикалық
сауаттылық бойынша диагностикалық тестілер өткізіп, нәтижелердің
оқушылардың әлеуметтік-экономикалық жағдайымен, оқыту тілімен және мектеп
ресурстарымен байланысын анықтаймыз. Нәтижелер мұғалімдердің біліктілігін
арттыру курстарын жобалауда қолданылады.""",
  ["функционалдық сауаттылық", "PISA", "оқу сауаттылығы",
   "білім сапасын бағалау", "Ақтөбе облысы"])

R("KZ-BUKETOV", "5.3", "ru", """
Занимаюсь цифровой дидактикой в высшей школе. Изучаем, как смешанное
обучение и массовые открытые онлайн-курсы влияют на учебные результаты
студентов региональных университетов, и анализируем данные систем управления
обучением, чтобы заранее выявлять студентов с риском отчисления. Отдельно
исследуем цифровые компетенции преподавателей старшего возраста.""",
  ["смешанное обучение", "онлайн-курсы", "учебная аналитика",
   "риск отчисления", "цифровые компетенции"])

R("KZ-ABLAIKHAN", "5.3", "kk", """
Шет тілі мұғалімдерін даярлау және олардың кәсіби дамуы мәселелерін
зерттеймін. Педагогикалық практика кезінде болашақ мұғалімдердің
сабақтарын бейнежазбаға түсіріп, рефлексиялық күнделіктер арқылы талдаймыз.
Ағылшын, қытай және корей тілдерін оқытатын жас мамандардың алғашқы жұмыс
жылдарындағы қиындықтарын салыстыру да зерттеуіміздің бір бөлігі.""",
  ["шет тілі мұғалімдері", "кәсіби даму", "педагогикалық практика",
   "рефлексия", "жас мамандар"])

R("CN-XJNU", "5.3", "zh", """
主要从事双语教育和国家通用语言文字教学研究，以及少数民族学生的学业发展。
课题组长期在南疆和北疆的中小学开展课堂观察与追踪测评，分析不同教学模式下学生的语言能力和学科成绩，重点关注理科课程用第二语言授课时学生的理解困难以及教师的语言支持策略，追踪样本涵盖三十余所学校的上千名学生。
我们还参与了双语教师培训课程的设计与效果评估，发现学科教师的语言教学意识对课堂效果影响很大。
课题组也在编写面向理科教师的课堂语言支架案例集，案例均来自一线教师的真实课堂。
哈萨克斯坦的三语教育改革与我们的研究问题有许多相似之处，希望开展比较研究。""",
  ["双语教育", "第二语言教学", "课堂观察", "学科教学", "教师培训"],
  en="""I work on bilingual education and the teaching of standard Chinese in
schools. Through long-term classroom observation and tracking assessments in
southern and northern Xinjiang, we look at pupils' language and subject
results under different models, especially the difficulties they face when
science is taught in a second language and how teachers support them. We
also design and evaluate training for bilingual teachers. Kazakhstan's
trilingual reform raises very similar questions, so a comparative study would
be valuable.""")

R("CN-BNU", "5.3", "zh", """
研究方向为农村教育与教育公平，主要关注乡村小规模学校和教学点的教学质量。
课题组在甘肃、云南等地追踪调查了数百所乡村小规模学校，分析复式教学、教师“一人多科”以及教师流动对学生学业表现的影响，其中不少学校的学生人数不足一百人。
我们开发了面向乡村教师的远程教研支持模式，并通过随机对照试验评估其效果，试验覆盖了三个省份的两百多名教师。
研究发现，稳定的教研共同体比单纯增加设备投入更能提高教学质量，教师之间的同伴互助尤其重要。
希望与中亚国家研究农村学校的学者交流，比较各国在学校布局调整和小规模学校支持政策方面的经验，也欢迎合作开展乡村教师专业发展的国际比较。""",
  ["乡村小规模学校", "复式教学", "教育公平", "乡村教师", "随机对照试验"])

R("CN-BFSU", "5.3", "zh", """
主要研究来华留学教育与高等教育国际化，以及中亚国家的汉语教育发展。
课题组对在华中亚留学生开展了多轮问卷调查和深度访谈，分析其选择来华的动机、汉语学习经历、学业适应与毕业去向，发现奖学金政策和家庭商贸网络在留学决策中起着重要作用，样本涵盖来自哈萨克斯坦、乌兹别克斯坦和吉尔吉斯斯坦等国的五百余名学生。
我们也在研究中外合作办学项目和职业教育国际合作模式的成效，包括课程设置、师资配备和毕业生就业情况。
近期开始关注中国学生赴中亚国家留学和交流的情况，这一群体目前规模尚小但增长很快。
希望与哈萨克斯坦高校合作开展留学生追踪研究，共同完善双向留学的支持体系。""",
  ["来华留学", "中亚留学生", "高等教育国际化", "学业适应", "中外合作办学"])

R("CN-BNU", "5.3", "zh", """
从事教育测量与评价研究，主要参与大规模学业质量监测的设计与数据分析。
课题组利用义务教育质量监测和国际学生评估项目的数据，研究学生阅读素养、数学素养与家庭社会经济地位、学校资源之间的关系，数据覆盖全国数百个区县的数十万名学生。
我们还开发了适用于跨语言测评的等值方法和题目功能差异检测方法，以保证不同语言版本试卷的可比性，相关方法已用于多语种版本测试的质量控制。
近期关注测评结果如何反馈到教师教研和区域教育决策中，例如如何帮助教师读懂测评报告并改进教学。
欢迎中亚国家参与国际测评的研究团队开展方法学合作，共享测评设计与分析的经验。""",
  ["教育测量", "学业质量监测", "阅读素养", "测量等值", "题目功能差异"])

R("CN-ZJU", "5.3", "zh", """
研究方向为教育技术与学习科学，主要关注在线学习和混合式教学的效果。
课题组基于大规模在线课程平台和校内学习管理系统的数据，分析学生的学习行为轨迹，构建辍学和学业困难的早期预警模型，并研究教师如何利用学习分析结果调整教学，模型可以在学期前三周识别出大部分高风险学生。
我们还在开展生成式人工智能辅助编程和写作教学的课堂实验，实验涉及数千名本科生。
研究中特别重视学生数据的隐私保护与伦理审查，所有数据都经过匿名化处理后才用于分析。
欢迎对学习分析和数字化教学转型感兴趣的国际同行交流合作，特别是在教育资源相对不足地区推广在线教学的经验。""",
  ["在线学习", "混合式教学", "学习分析", "早期预警", "生成式人工智能"])

R("CN-SYSU", "5.3", "zh", """
主要从事特殊教育与融合教育研究。
课题组在广东多个城市追踪研究孤独症谱系障碍、智力障碍等特殊需要儿童在普通学校随班就读的情况，关注资源教室建设、普通教师的融合教育素养以及家校合作，追踪样本包括两百余名随班就读学生及其家庭。
我们开发了面向普通教师的融合教育培训课程，并评估其对教师态度和课堂支持行为的影响，培训已覆盖一千多名中小学教师。
家长访谈显示，评估和安置程序是否透明是影响家庭满意度的关键因素，而巡回指导教师的专业支持则是学校层面的关键。
希望与其他正在推进融合教育改革的国家比较政策实施路径，共同探讨支持普通教师的有效途径。""",
  ["融合教育", "特殊教育", "随班就读", "资源教室", "教师培训"])

# ===========================================================================
# 5.4 Sociology
# ===========================================================================
R("KZ-KAZNU", "5.4", "ru", """
Социолог, изучаю внутреннюю миграцию из сельских районов в Алматы и Астану и
формирование пригородных посёлков-новостроек. Проводим качественные интервью
и опросы жителей, анализируем доступ к регистрации, школам, поликлиникам и
рынку труда, а также роль родственных и земляческих сетей в адаптации
мигрантов. Интересует сравнение с урбанизацией в других странах региона.""",
  ["внутренняя миграция", "урбанизация", "пригородные посёлки",
   "социальные сети", "адаптация мигрантов"],
  en="""I am a sociologist studying internal migration from rural districts
to Almaty and Astana and the growth of new suburban settlements. Using
qualitative interviews and resident surveys we look at access to registration,
schools, clinics and jobs, and at the role of kin and home-village networks in
helping migrants settle. I'd like to compare this with urbanisation in other
countries of the region.""")

R("KZ-NU", "5.4", "en", """
I am a sociologist studying the return migration of ethnic Kazakhs (kandas,
formerly called oralman) from China, Mongolia, Uzbekistan and elsewhere. I
look at how returnees settle, find work and are perceived by locally born
Kazakhs, and how they keep kinship and trade ties across borders. My
fieldwork is in Almaty region and Turkistan; I am interested in collaborating
with researchers who study Kazakh communities in Xinjiang and western
Mongolia.""",
  ["return migration", "kandas", "ethnic Kazakhs", "transnational kinship",
   "integration"])

R("KZ-ENU", "5.4", "kk", """
Отбасы социологиясы бойынша зерттеулер жүргіземін. Қазақстандағы неке
жасының өзгерісін, ажырасулар динамикасын және үлкен отбасы дәстүрлерінің
қазіргі қалалық ортада қалай сақталып отырғанын зерттейміз. Келіннің
отбасындағы рөлі, әйелдердің жұмыс пен отбасы міндеттерін үйлестіруі және
ұрпақаралық қолдау желілері — сауалнамалар мен сұхбаттарымыздың негізгі
тақырыптары.""",
  ["отбасы социологиясы", "неке", "ажырасу", "ұрпақаралық қатынастар",
   "гендерлік рөлдер"])

R("KZ-KAZNU", "5.4", "kk", """
Ауыл жастарының цифрлық медианы пайдалануын және оның білім алуға, жұмыс
іздеуге және азаматтық белсенділікке әсерін зерттеймін. Түркістан және
Жетісу облыстарының ауылдарында сауалнамалар мен фокус-топтар өткізіп,
әлеуметтік желілердің, әсіресе TikTok пен Instagram-ның жастардың өмірлік
жоспарларына қалай ықпал ететінін талдаймыз.""",
  ["ауыл жастары", "цифрлық медиа", "әлеуметтік желілер",
   "азаматтық белсенділік", "фокус-топтар"],
  en="""I study how rural young people use digital media and how this
shapes their education, job search and civic participation. Through surveys
and focus groups in villages of Turkistan and Zhetisu regions we examine how
social networks, especially TikTok and Instagram, influence young people's
plans for their lives.""")

R("KZ-ABLAIKHAN", "5.4", "ru", """
Изучаю общественное мнение казахстанцев о Китае и казахстанско-китайском
сотрудничестве. Проводим регулярные опросы и контент-анализ казахстанских СМИ
и социальных сетей, выясняя, какие факторы — личные контакты, учёба в Китае,
работа в совместных компаниях — связаны с более позитивным или
настороженным отношением. Ищу партнёров для зеркального исследования
восприятия Казахстана в Китае.""",
  ["общественное мнение", "восприятие Китая", "контент-анализ",
   "социологические опросы", "межкультурные контакты"])

R("KZ-TORAIGHYROV", "5.4", "ru", """
Исследую социальное самочувствие жителей моногородов Павлодарской области —
Экибастуза и Аксу. Нас интересует, как зависимость от одного
градообразующего предприятия влияет на занятость молодёжи, миграционные
намерения и доверие к местной власти. Используем повторные опросы и интервью
с представителями предприятий и акиматов.""",
  ["моногорода", "социальное самочувствие", "занятость молодёжи",
   "миграционные намерения", "Экибастуз"])

R("CN-PKU", "5.4", "zh", """
主要从事人口流动与城市化研究。
课题组利用全国流动人口动态监测数据和实地访谈，分析农村流动人口在大城市的居住、就业、子女教育和社会保障状况，研究户籍制度改革对其定居意愿和社会融入的影响，数据涵盖数十万流动人口样本。
我们特别关注城市近郊城中村在流动人口安置中的作用，以及城市更新带来的居住排斥问题，例如拆迁后租金上涨迫使低收入流动人口向更远的郊区迁移。
近年来也开展了中小城市就近城镇化的比较研究，发现县城正在成为农村青年的重要迁入地。
希望与中亚国家研究城乡迁移的学者合作，比较不同制度背景下的城市化路径，共同探讨非正规住区的改造与治理。""",
  ["人口流动", "城市化", "户籍制度", "社会融入", "城中村"],
  en="""I study internal migration and urbanisation. Using national migrant
population surveys and fieldwork we look at housing, jobs, children's
schooling and social insurance of rural migrants in large cities, and how
household registration reform shapes their wish to settle and their
integration. Urban villages on city fringes and exclusion caused by urban
renewal are special interests. I'd like to compare urbanisation paths with
colleagues in Central Asia.""")

R("CN-RUC", "5.4", "en", """
I am a sociologist of migration and borderlands. My fieldwork at the Khorgos
border and in Ürümqi and Yiwu follows Kazakh, Uyghur and Han traders who move
goods between China and Central Asia, and I study how trust, kinship, language
and informal credit hold these networks together as border regimes change. I
would like to work with colleagues in Kazakhstan on the other side of the same
trade routes.""",
  ["borderlands", "cross-border trade", "migration", "trader networks",
   "Khorgos"])

R("CN-NJU", "5.4", "zh", """
研究方向为家庭社会学与人口社会学，关注婚姻、生育和代际关系的变化。
课题组利用大型社会调查数据，分析中国城市青年初婚年龄推迟、离婚率上升的社会经济因素，以及祖辈参与隔代照料对年轻夫妇就业和生育决策的影响，数据来自多期全国性家庭追踪调查。
我们也在研究女性在工作与家庭之间的角色冲突以及家庭内部性别分工的变化，以及育儿责任在夫妻之间分配方式的代际差异。
定性访谈显示，代际之间的经济支持往往是双向的，成年子女在购房和育儿上依赖父母，同时也承担着照顾年迈父母的责任。
欢迎对东亚与中亚家庭变迁比较研究感兴趣的学者合作，尤其是城市化进程中大家庭传统的延续与变化。""",
  ["家庭社会学", "婚姻", "代际关系", "隔代照料", "性别分工"])

R("CN-TSINGHUA", "5.4", "zh", """
主要研究数字技术与社会变迁，重点关注农村青年的数字媒介使用。
课题组在西部多个县开展田野调查和问卷调查，分析短视频平台、直播电商和在线教育对农村青年的职业选择、消费观念和社会交往的影响，并讨论数字鸿沟在城乡和性别之间的新表现，田野点分布在甘肃、四川和新疆的六个县。
我们也关注算法推荐对青少年信息获取的影响，以及青少年对网络信息真实性的辨别能力。
研究发现，不少农村青年通过短视频获得了新的就业机会，但收入稳定性普遍较差，且女性青年在平台劳动中面临更多的隐性限制。
欢迎与其他国家研究青年和数字社会的学者交流，共同探讨数字技能培训的有效模式。""",
  ["数字社会", "农村青年", "短视频", "数字鸿沟", "直播电商"])

R("CN-LZU", "5.4", "zh", """
研究方向为中亚社会与舆情，依托学校的中亚研究机构开展工作。
课题组通过与当地机构合作开展的问卷调查和媒体内容分析，研究中亚国家民众对中国及中国企业的认知与态度，分析留学经历、经贸往来和媒体报道对公众看法的影响，调查覆盖哈萨克斯坦、吉尔吉斯斯坦和乌兹别克斯坦的多个城市。
我们也关注中国民众对中亚国家的了解程度，发现普通公众对中亚的认识仍较为有限，很多人的印象仍停留在历史和旅游层面。
近期正在设计面向两国青年的对比调查，重点比较大学生群体的信息来源和交往经历。
希望与哈萨克斯坦社会学者共同设计问卷，开展双向认知的比较研究，并共享调查数据。""",
  ["中亚研究", "公众认知", "舆情分析", "媒体内容分析", "中哈关系"])

R("CN-SYSU", "5.4", "zh", """
主要从事城市社会学研究，关注资源型城市转型中的社会问题。
课题组以煤炭和有色金属资源枯竭型城市为案例，研究企业改制、下岗再就业和青年人口外流对社区结构和居民生活的影响，分析地方政府和企业在社会保障与社区治理中的角色，田野点包括东北、西南和中部的多个城市。
我们采用追踪问卷与口述史相结合的方法，记录了几代产业工人的生活经历，目前已收集口述访谈两百余份。
研究发现，社区中老年人口比例的快速上升给基层治理带来了新的压力，许多社区常住人口中老年人的比例已超过三成。
希望与哈萨克斯坦研究单一产业城镇的学者开展比较研究，比较企业关停后社区重建的不同路径。""",
  ["资源型城市", "城市转型", "社区治理", "人口外流", "口述史"])

R("CN-XJU", "5.4", "zh", """
从事民族社会学与牧区社会变迁研究。
课题组在伊犁、阿勒泰和塔城的牧区开展长期田野调查，研究牧民定居工程实施以来游牧生产方式、家庭结构、子女教育和社会交往的变化，以及草场承包和禁牧政策对牧民生计的影响，部分调查点的跟踪观察已超过十年。
我们也关注牧区青年向城镇流动以及由此带来的代际观念差异，年轻人更倾向于在城镇从事服务业和运输业。
调查发现，定居后多数家庭形成了“冬季定居、夏季转场”的半定居模式，畜牧业收入在家庭总收入中的比重明显下降。
哈萨克斯坦同样经历了游牧社会的深刻转型，希望与当地学者开展比较研究，尤其是哈萨克族牧民生计转型的比较。""",
  ["牧区社会变迁", "牧民定居", "游牧生计", "草场政策", "田野调查"],
  name=("努尔兰·阿达力别克", "nurlan.adilbek"))

# ===========================================================================
# 6.1 History and archaeology
# ===========================================================================
R("KZ-ARCH", "6.1", "ru", """
Археолог, изучаю погребальные памятники саков и усуней Жетысу. Раскапываем
курганы в долинах Или и Шарына, исследуем конструкции погребальных
сооружений, золотые украшения в зверином стиле и следы ритуалов, а
радиоуглеродное датирование и антропологические материалы помогают уточнить
хронологию. Материалы из Восточного Туркестана очень близки нашим, поэтому
важны совместные исследования с коллегами из Синьцзяна.""",
  ["саки", "усуни", "курганы", "звериный стиль", "Жетысу"],
  en="""I am an archaeologist working on Saka and Wusun burial monuments of
Zhetysu. We excavate kurgans in the Ili and Sharyn valleys, study burial
structures, gold ornaments in the animal style and traces of ritual, and use
radiocarbon dates and anthropological material to refine the chronology.
Finds from Xinjiang are very close to ours, so joint work with colleagues
there is important.""")

R("KZ-ARCH", "6.1", "kk", """
Жетісудағы ортағасырлық қалаларды — Талғар, Қойлық және Іле аңғарындағы
басқа қалажұрттарды зерттеймін. Қазба жұмыстары барысында тұрғын үй
кварталдарын, қолөнер шеберханаларын және ғибадат құрылыстарын аршып,
керамика мен теңгелер арқылы Ұлы Жібек жолы бойындағы сауда байланыстарын
қалпына келтіреміз. Геофизикалық барлау мен дрондық түсірілім ескерткіштердің
жалпы жоспарын анықтауға көмектеседі.""",
  ["ортағасырлық қалалар", "Талғар", "Қойлық", "Ұлы Жібек жолы",
   "археологиялық қазба"])

R("KZ-KAZNU", "6.1", "ru", """
Историк, занимаюсь историей Казахского ханства XVII–XVIII веков и его
отношениями с Джунгарским ханством и империей Цин. Работаю с опубликованными
маньчжурскими и китайскими документами в переводах, русскими архивными
материалами и казахскими родословными-шежире, сопоставляя разные версии
одних и тех же событий. Особенно интересуют посольства и меновая торговля на
пограничных ярмарках в Или и Тарбагатае.""",
  ["Казахское ханство", "империя Цин", "Джунгарское ханство", "дипломатия",
   "шежире"])

R("KZ-IOS", "6.1", "kk", """
Қытай жазба деректеріндегі ежелгі түркілер мен үйсіндер туралы мәліметтерді
зерттеймін. «Ханьшу», «Суйшу» және «Таншу» сияқты әулеттік тарихтардың
тиісті тараулары мен Дуньхуан қолжазбаларын түпнұсқадан аударып,
түсініктемелер жазамын. Қытай деректеріндегі атаулар мен лауазымдарды көне
түркі жазба ескерткіштерімен салыстыру — басты міндеттерімнің бірі.""",
  ["қытай жазба деректері", "көне түркілер", "үйсіндер",
   "Дуньхуан қолжазбалары", "деректану"],
  en="""I study what Chinese written sources say about the early Turks and
the Wusun. I translate the relevant chapters of dynastic histories such as the
Hanshu, Suishu and Tangshu and Dunhuang manuscripts from the original and
write commentaries on them. Matching names and titles in the Chinese sources
with the Old Turkic inscriptions is one of my main tasks.""")

R("KZ-ENU", "6.1", "ru", """
Изучаю социальную историю Казахстана 1920–1930-х годов: коллективизацию,
насильственное оседание кочевников и голод 1931–1933 годов. Работаю с
материалами областных архивов, статистикой и воспоминаниями очевидцев,
анализирую откочёвки населения в соседние регионы и в Китай и
демографические последствия этих событий.""",
  ["коллективизация", "голод 1931–1933 годов", "кочевники", "архивы",
   "демография"])

R("KZ-YASAWI", "6.1", "kk", """
Түркістан өңірінің тарихын және Орталық Азиядағы сопылық дәстүрді
зерттеймін. Қожа Ахмет Ясауи кесенесінің құрылыс тарихын, уақф құжаттарын
және XVI–XIX ғасырлардағы жазба деректерді талдап, қаланың рухани және сауда
орталығы ретіндегі рөлін қалпына келтіреміз. Парсы және шағатай тілдеріндегі
қолжазбалармен жұмыс істейтін әріптестермен бірлескен жобаларға ашықпын.""",
  ["Түркістан", "сопылық", "Қожа Ахмет Ясауи кесенесі", "уақф құжаттары",
   "шағатай қолжазбалары"])

R("KZ-NU", "6.1", "en", """
I am an archaeologist working on Bronze Age societies of the Kazakh steppe.
Using radiocarbon dating and stable carbon and nitrogen isotopes from human
and animal bone, we reconstruct diet and mobility in Andronovo-period
communities and trace the spread of millet and wheat across Inner Asia. I am
interested in joint projects with teams working on contemporary sites in
Xinjiang.""",
  ["Bronze Age", "stable isotopes", "Andronovo", "radiocarbon dating",
   "crop dispersal"])

R("CN-IACASS", "6.1", "zh", """
主要从事新疆早期铁器时代考古研究，重点是伊犁河谷的塞人及乌孙相关墓葬。
课题组近年来在伊犁河上游开展了系统调查与发掘，清理了一批带封堆的竖穴土坑墓，出土了金饰、铜器和陶器，并结合碳十四测年和人骨研究建立了区域年代序列，年代主要集中在公元前一千纪中后期。
这些遗存与哈萨克斯坦七河地区的发现关系密切，在墓葬结构和动物纹样装饰上都有许多共同点，例如大型封土和金箔饰件。
我们也利用锶同位素分析探讨墓主人的迁移和流动，初步结果显示部分个体并非在当地出生。
希望通过联合考察和资料互换，与邻国同行共同讨论欧亚草原东部早期游牧人群的交流。""",
  ["新疆考古", "塞人", "乌孙", "伊犁河谷", "早期铁器时代"],
  en="""I work on the Early Iron Age archaeology of Xinjiang, especially
Saka- and Wusun-related burials in the Ili valley. Our surveys and
excavations in the upper Ili have uncovered mound-covered shaft graves with
gold ornaments, bronzes and pottery, and radiocarbon dates and skeletal
studies give us a regional chronology. The finds are closely related to those
from Zhetysu in Kazakhstan in tomb construction and animal-style decoration,
so I hope for joint fieldwork and exchange of material.""")

R("CN-NWU", "6.1", "zh", """
研究方向为丝绸之路考古，主要关注中亚地区的古代城址与聚落，兼及草原地带的游牧文化遗存。
课题组多年在乌兹别克斯坦、吉尔吉斯斯坦开展中外联合考古，对城址布局、手工业作坊和墓葬进行发掘，并利用遥感和地球物理方法调查大型遗址群，合作发掘已持续十余年。
我们尤其关注汉唐时期中原与中亚之间的物质文化交流，例如丝织品、钱币和陶瓷的流通，以及中亚本地手工业对中原工艺的吸收与改造。
联合考古队也为当地培养了一批年轻的考古技术人员，部分人员已来华攻读考古学学位。
希望与哈萨克斯坦考古机构合作，在七河地区开展新的联合项目，特别是对伊犁河流域城址的对比调查。""",
  ["丝绸之路考古", "中亚城址", "中外联合考古", "遥感考古", "物质文化交流"])

R("CN-XJNU", "6.1", "zh", """
主要研究清代新疆史以及清朝与哈萨克各部的关系，兼及近代中亚史。
课题组系统整理了第一历史档案馆所藏满文、汉文档案中有关哈萨克朝贡、绢马贸易和边界管理的记载，分析伊犁、塔尔巴哈台贸易的规模与运作方式，这类贸易每年交换的马匹数以万计。
我们也关注档案中保存的哈萨克各部首领与清廷之间的往来文书，并对部分满文文书进行了转写和汉译，已出版档案选编两部。
这些档案对于理解十八世纪中亚的国际关系具有重要价值，也是研究哈萨克社会内部结构的珍贵资料。
希望与哈萨克斯坦历史学者合作，将清代档案与哈萨克口述传统和俄国档案相互印证，并推动相关档案的联合出版。""",
  ["清代新疆", "哈萨克", "满文档案", "绢马贸易", "边疆史"])

R("CN-LZU", "6.1", "zh", """
从事敦煌学与西北民族史研究，主要利用敦煌吐鲁番文书和正史资料研究突厥、回鹘等北方民族的历史，兼及粟特人在丝路贸易中的活动。
课题组正在对敦煌文献中涉及突厥官号、部落名称和使节往来的资料进行系统辑录与注释，并与古突厥文碑铭进行对照研究，目前已完成数百件文书的录文和校注。
我们也关注唐代西州、伊州与草原民族的交往，特别是双方在马匹贸易、和亲和册封方面的往来。
研究生培养中特别重视古代语言和写本学的基础训练，课题组的学生需要同时学习古代汉语、古突厥文和粟特文的基础知识。
欢迎掌握古突厥文和中亚语言的学者合作，共同开展文献整理与研究，并联合培养研究生。""",
  ["敦煌学", "突厥", "回鹘", "敦煌吐鲁番文书", "古突厥文碑铭"])

R("CN-PKU", "6.1", "en", """
I am an archaeological scientist working on the Bronze Age of northwest China
and the eastern Eurasian steppe. My lab uses radiocarbon dating, stable
isotopes and archaeobotany to reconstruct how wheat, barley and millet moved
along the Hexi Corridor and the Tianshan piedmont, and how herding and farming
combined in local economies. Comparing our Xinjiang data with Andronovo-period
sites in Kazakhstan is a priority.""",
  ["Bronze Age", "stable isotopes", "archaeobotany", "crop dispersal",
   "Xinjiang"])

R("CN-XJU", "6.1", "zh", """
主要从事察合台文历史文献的整理与研究，兼及近代维吾尔语言文字的演变。
课题组收集和释读新疆各地保存的察合台文手抄本、契约文书和地方史著作，研究十六至二十世纪南疆的社会经济与文化生活，内容涉及土地买卖、水利管理和家族继承等。
我们编制了察合台文文献的目录，并完成了部分文本的转写、翻译和注释，为历史学和语言学研究提供基础资料，目前已完成三百余件文书的整理。
近年来开始利用图像处理技术对破损写本进行数字化修复，使一批原本难以辨读的写本得以重新利用。
希望与中亚国家收藏察合台文写本的机构合作，开展文献编目和数字化工作，共同建立开放的察合台文写本数据库。""",
  ["察合台文", "历史文献", "手抄本", "契约文书", "文献数字化"])

R("CN-FUDAN", "6.1", "zh", """
研究方向为历史地理学，主要利用地理信息系统重建丝绸之路沿线的历史交通路线和聚落变迁，并关注人类活动与环境变化的相互作用。
课题组整合汉文史籍、行记和近代测绘地图，对河西走廊至天山北路的驿站、城镇和道路进行空间化处理，并分析气候变化与绿洲水资源对聚落兴衰的影响，目前已标定古代驿站和城址两千余处。
我们建设的历史地理信息平台已向学界开放，用户可以在线查询和下载历代政区、交通和聚落数据。
目前正在把清代和民国时期的新疆地图与现代遥感影像进行配准，以追踪近百年来绿洲和湖泊的变化。
希望与中亚学者合作，将数据库向中亚地区延伸，尤其是锡尔河、楚河流域的古代城镇。""",
  ["历史地理", "地理信息系统", "丝绸之路", "交通路线", "聚落变迁"])

# ===========================================================================
# 6.2 Languages and literature
# ===========================================================================
R("KZ-LING", "6.2", "kk", """
Қазақ тілінің диалектілерін, әсіресе Қытайдағы қазақтардың сөйлеуіндегі қытай
тілінен енген кірме сөздерді зерттеймін. Іле, Тарбағатай және Алтай
өңірлерінен келген қандастардың сөйлеу үлгілерін жазып алып, кірме сөздердің
фонетикалық бейімделуін және мағыналық өзгерісін талдаймыз. Оларды орыс
тілінен енген сөздермен салыстыра отырып, екі тілдік байланыстың қазақ
лексикасына ықпалын бағалаймыз.""",
  ["қазақ диалектілері", "кірме сөздер", "қытай тілі", "лексикология",
   "тілдік байланыс"],
  en="""I study Kazakh dialects, in particular Chinese loanwords in the
speech of Kazakhs from China. We record speakers who have moved from the Ili,
Tarbagatai and Altai areas and analyse how loanwords are adapted phonetically
and how their meanings shift. Comparing them with Russian loans helps us see
how each contact language has shaped Kazakh vocabulary.""")

R("KZ-ABLAIKHAN", "6.2", "ru", """
Преподаю китайский язык и исследую методику его обучения казахоязычных и
русскоязычных студентов. Основные темы — усвоение тонов и типичные
фонетические ошибки, интерференция родного языка при изучении иероглифики,
подготовка к экзамену HSK. Экспериментально сравниваем разные способы
визуализации тонов и программы автоматической оценки произношения.""",
  ["китайский язык", "методика преподавания", "тоны",
   "фонетическая интерференция", "HSK"])

R("KZ-KAZNU", "6.2", "kk", """
Салыстырмалы әдебиеттану және көркем аударма мәселелерімен айналысамын.
Абай шығармаларының қытай тіліне жасалған аудармаларын — ХХ ғасырдың
ортасындағы алғашқы нұсқалардан соңғы басылымдарға дейін — түпнұсқамен
салыстырып, өлең өлшемі, көркем бейнелер мен ұлттық-мәдени реалийлердің
берілу тәсілдерін талдаймын. Қытайдағы қазақ ақындарының шығармашылығы да
зерттеу аясыма кіреді.""",
  ["салыстырмалы әдебиеттану", "көркем аударма", "Абай",
   "қытай тіліндегі аудармалар", "ұлттық реалийлер"])

R("KZ-LITART", "6.2", "ru", """
Фольклорист, изучаю казахский героический эпос и традицию жырау. Записываю
исполнения современных жыршы в Кызылординской и Мангистауской областях,
сравниваю их с текстами из архивных собраний XIX–XX веков и анализирую, как
меняются сюжеты и формулы при устной передаче. Интересуют параллели с
эпическими традициями других тюркских и монгольских народов, в том числе с
«Манасом» и «Джангаром».""",
  ["героический эпос", "жырау", "устная традиция", "фольклористика",
   "эпические формулы"])

R("KZ-IOS", "6.2", "ru", """
Изучаю дунганский язык — язык потомков хуэйских переселенцев из Ганьсу и
Шэньси, живущих в Казахстане и Кыргызстане с конца XIX века. Записываю речь
носителей разных поколений в сёлах Жамбылской области, описываю фонетику и
тоны, а также заимствования из русского, казахского и кыргызского языков.
Особый интерес — сравнение с современными северо-западными диалектами
китайского языка.""",
  ["дунганский язык", "китайские диалекты", "тоны", "языковые контакты",
   "Жамбылская область"],
  en="""I study the Dungan language, spoken by descendants of Hui migrants
from Gansu and Shaanxi who have lived in Kazakhstan and Kyrgyzstan since the
late nineteenth century. I record speakers of different generations in
villages of Zhambyl region, describe the phonetics and tones and the loans
from Russian, Kazakh and Kyrgyz, and I am especially interested in comparison
with present-day northwestern Chinese dialects.""")

R("KZ-ENU", "6.2", "en", """
I work in corpus linguistics and language policy. I help develop a large
annotated corpus of Kazakh with morphological and syntactic layers, and I
study how the planned transition from Cyrillic to a Latin-based alphabet
affects spelling variation, publishing and digital text processing. I am
interested in comparing Kazakh texts written in Kazakhstan with Kazakh texts
published in the Arabic-based script in Xinjiang.""",
  ["corpus linguistics", "Kazakh language", "Latin alphabet",
   "language policy", "morphological annotation"])

R("KZ-ZHUBANOV", "6.2", "kk", """
Ақтөбе облысының жер-су атауларын зерттеймін. Архив құжаттары мен ескі
карталарды, сондай-ақ ауыл тұрғындарынан жазып алынған аңыздарды
пайдаланып, топонимдердің шығу тегін және олардың түркі, моңғол тілдерімен
байланысын анықтаймыз. Кеңес кезеңінде өзгертілген атауларды қалпына келтіру
үшін ономастикалық комиссияларға ғылыми негіздеме дайындаймыз.""",
  ["топонимика", "жер-су атаулары", "ономастика", "Ақтөбе облысы",
   "түркі тілдері"])

R("CN-XJU", "6.2", "zh", """
主要研究哈萨克语词汇学和语言接触，关注新疆哈萨克语中的汉语借词及其语音、语义演变。
课题组在伊犁、塔城和阿勒泰等地采集了大量口语语料，分析不同年龄和职业人群使用汉语借词的频率，以及借词在元音和谐、重音等方面的本土化规律，语料总时长超过三百小时。
我们也比较新疆哈萨克语和哈萨克斯坦哈萨克语中俄语借词与汉语借词的分布差异，发现哈萨克斯坦一侧的俄语借词明显更多，而新疆一侧的汉语借词增长较快。
这些材料对于编纂双语词典也很有帮助，尤其是新词术语的规范化。
希望与哈萨克斯坦语言学家合作，共同建设跨境哈萨克语口语语料库，并开展术语规范的比较研究。""",
  ["哈萨克语", "汉语借词", "语言接触", "口语语料库", "词汇学"],
  en="""I work on Kazakh lexicology and language contact, especially Chinese
loanwords in the Kazakh spoken in Xinjiang. We have recorded a large amount
of colloquial speech in Ili, Tacheng and Altay and analyse how often people of
different ages and occupations use Chinese loans and how the loans adapt to
vowel harmony and stress. We also compare Russian and Chinese loans in
Xinjiang Kazakh and in the Kazakh of Kazakhstan, and I hope to build a
cross-border spoken corpus with colleagues there.""",
  name=("古丽米拉·吐尔逊别克", "gulmira.tursynbek"))

R("CN-BFSU", "6.2", "zh", """
从事汉语国际教育和第二语言习得研究，主要研究对象是以哈萨克语和俄语为母语的汉语学习者。
课题组通过语音实验和中介语语料分析，研究学习者在声调感知与产出、汉字书写和语序方面的典型偏误，并开发了针对中亚学习者的声调训练软件，语料来自国内外十余所高校的学习者。
我们也参与了海外汉语教材的本土化编写工作，教材已在哈萨克斯坦和吉尔吉斯斯坦的多所学校使用。
实验表明，结合视觉反馈的训练方式能明显改善学习者的声调产出，对于母语无声调的学习者效果尤为显著。
希望与哈萨克斯坦高校的汉语教师合作，开展教学实验和教师培训，共同开发适合当地的教学资源。""",
  ["汉语国际教育", "第二语言习得", "声调习得", "中介语", "教材本土化"])

R("CN-PKU", "6.2", "zh", """
研究方向为比较文学与中亚文学翻译，兼及丝路文学交流史。
主要研究哈萨克诗人阿拜及近现代中亚作家作品在中国的译介与接受，比较不同时期汉译本在诗体形式、文化意象和哲学概念处理上的差异，探讨翻译背后的文学观念与时代背景，例如阿拜《箴言录》中哲学术语的不同译法。
我们也在整理新疆哈萨克族作家的汉语创作和双语写作，这些作家的双语写作为研究文化间性提供了丰富个案。
课题组每年组织中亚文学读书会，邀请译者与研究者交流，已经连续举办了六年，参加者包括译者、作家和研究生。
希望与哈萨克斯坦的文学研究者合作，开展阿拜作品多语种译本的比较研究，共同编写中亚文学研究的资料汇编。""",
  ["比较文学", "文学翻译", "阿拜", "中亚文学", "译介与接受"])

R("CN-LZU", "6.2", "zh", """
主要从事汉语方言学研究，重点是西北方言和中亚东干语。
课题组在甘肃、陕西和宁夏开展方言田野调查，同时多次赴哈萨克斯坦和吉尔吉斯斯坦的东干村庄记录东干语，比较二者在声调系统、词汇和语法上的异同，讨论一百多年来东干语在俄语和突厥语环境中的演变，调查点覆盖十余个东干村落。
我们建设的东干语有声语料库已初具规模，收录了数百小时的自然话语。
调查发现，年轻一代东干人的语言转用现象日益明显，许多年轻人在日常生活中更多使用俄语，只在家中与长辈交流时使用东干语。
欢迎中亚学者合作，共同保护和研究这一独特的语言，特别是东干语的记录和教材编写。""",
  ["东干语", "西北方言", "方言调查", "语言接触", "有声语料库"])

R("CN-NJU", "6.2", "en", """
I work in corpus linguistics and computational approaches to language
contact. My group builds multilingual corpora of minority and neighbouring
languages in western China and Central Asia, including Kazakh texts in both
Arabic-based and Cyrillic scripts, and studies how script, orthography and
borrowing patterns differ across the border. We also develop tools for
transliteration and morphological annotation.""",
  ["corpus linguistics", "language contact", "script conversion", "Kazakh",
   "morphological annotation"])

R("CN-XJNU", "6.2", "zh", """
主要从事少数民族民间文学研究，重点是《玛纳斯》《江格尔》等活形态史诗的演述传统。
课题组对新疆各地的史诗演唱艺人进行长期跟踪记录，采集音视频资料，分析史诗在口头传承中的程式化表达和即兴创编规律，并研究年轻一代传承人的培养问题，其中一些艺人的跟踪记录已超过二十年。
我们也关注哈萨克族英雄史诗和民间叙事诗的搜集整理，包括阿勒泰和伊犁地区流传的多部长篇叙事诗。
部分珍贵录音已经完成数字化并建立了检索数据库，可供研究者在线检索和比对不同唱本。
希望与中亚各国的史诗研究者合作，开展跨境史诗传统的比较研究，共同推动史诗传统的保护与传承。""",
  ["口头史诗", "玛纳斯", "江格尔", "演述传统", "非物质文化遗产"])

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

def load_institutions():
    pattern = re.compile(r"\('((?:KZ|CN)-[A-Z0-9-]+)', '(KZ|CN)', '(UNIVERSITY|INSTITUTE)'")
    found = {m.group(1): (m.group(2), m.group(3))
             for m in pattern.finditer(MIGRATION.read_text(encoding="utf-8"))}
    if not found:
        sys.exit("no institutions found in " + str(MIGRATION))
    return found


def pick(rng, weighted):
    """Deterministic weighted choice from [(item, weight), ...]."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


class Namer:
    def __init__(self, rng):
        self.rng = rng
        self.names = set()
        self.emails = set()

    def _unique_email(self, local, slug):
        local = re.sub(r"[^a-z0-9.]", "", local.lower())
        candidate, n = local, 1
        while f"{candidate}@{slug}.example" in self.emails:
            n += 1
            candidate = f"{local}{n}"
        email = f"{candidate}@{slug}.example"
        self.emails.add(email)
        return email

    def kz(self, gender, lang, slug):
        rng = self.rng
        while True:
            if lang in ("ru", "en") and rng.random() < 0.15:
                surname = rng.choice(KZ_OTHER_SURNAMES)[0 if gender == "m" else 1]
                given = rng.choice(KZ_OTHER_MALE if gender == "m" else KZ_OTHER_FEMALE)
            else:
                given_kk, given_ru = rng.choice(KZ_MALE if gender == "m" else KZ_FEMALE)
                surname = rng.choice(KZ_SURNAMES)
                if gender == "f":
                    surname = feminine(surname)
                russian_style = lang == "ru" or (lang == "en" and rng.random() < 0.5)
                if russian_style:
                    given, surname = given_ru, surname.translate(RUSSIFY)
                else:
                    given = given_kk
            full = f"{surname} {given}"
            if full not in self.names:
                break
        self.names.add(full)
        return full, self._unique_email(f"{translit(given)}.{translit(surname)}", slug)

    def cn(self, gender, inst, slug):
        rng = self.rng
        while True:
            if inst in XINJIANG and rng.random() < 0.3:
                full, local = rng.choice(CN_MINORITY_MALE if gender == "m" else CN_MINORITY_FEMALE)
            else:
                sur, sur_py, _ = pick(rng, [(s, s[2]) for s in CN_SURNAMES])
                given, given_py = rng.choice(CN_MALE if gender == "m" else CN_FEMALE)
                full, local = sur + given, f"{given_py}.{sur_py}"
            if full not in self.names:
                break
        self.names.add(full)
        return full, self._unique_email(local, slug)

    def reserve(self, full, local, slug):
        if full in self.names:
            sys.exit("duplicate explicit name " + full)
        self.names.add(full)
        return full, self._unique_email(local, slug)


def position_for(rng, p, country, kind, gender):
    if p["pos"]:
        return p["pos"]
    key = (p["lang"], f"{country}-{kind}" if p["lang"] == "en" else kind)
    options = POSITIONS[key]
    text = (p["summary"] + " " + (p["en"] or "")).lower()
    if any(marker in text for marker in LEADER_MARKERS):
        options = [(t, w) for t, w in options if t not in JUNIOR]
    title = pick(rng, options)
    if isinstance(title, tuple):
        title = title[0] if gender == "m" else title[1]
    return title


def build():
    institutions = load_institutions()
    rng = random.Random(SEED)
    namer = Namer(rng)
    # Explicit names first so that generated ones never collide with them.
    explicit = {}
    for i, p in enumerate(PROFILES):
        if p["name"]:
            slug = p["inst"].split("-", 1)[1].lower()
            explicit[i] = namer.reserve(p["name"][0], p["name"][1], slug)
    rows = []
    for i, p in enumerate(PROFILES):
        if p["inst"] not in institutions:
            sys.exit("unknown institution " + p["inst"])
        country, kind = institutions[p["inst"]]
        slug = p["inst"].split("-", 1)[1].lower()
        gender = p["g"] or ("f" if rng.random() < (0.5 if country == "KZ" else 0.42) else "m")
        if i in explicit:
            full, email = explicit[i]
        elif country == "KZ":
            full, email = namer.kz(gender, p["lang"], slug)
        else:
            full, email = namer.cn(gender, p["inst"], slug)
        rows.append({
            "email": email,
            "fullName": full,
            "country": country,
            "institution": p["inst"],
            "position": position_for(rng, p, country, kind, gender),
            "field": p["field"],
            "lang": p["lang"],
            "summary": p["summary"],
            "summaryEn": p["en"],
            "keywords": p["keywords"],
        })
    check(rows, institutions)
    return rows


def check(rows, institutions):
    """Fail loudly if the hand-written data drifts from the intended shape."""
    problems = []
    if len(rows) != 300:
        problems.append(f"{len(rows)} profiles instead of 300")
    for country in ("KZ", "CN"):
        n = sum(r["country"] == country for r in rows)
        if n != 150:
            problems.append(f"{n} profiles for {country}")
    for field in FIELDS:
        per = [r["country"] for r in rows if r["field"] == field]
        if len(per) < 8 or "KZ" not in per or "CN" not in per:
            problems.append(f"field {field}: {len(per)} profiles")
    for r in rows:
        where = r["email"]
        if r["field"] not in FIELDS:
            problems.append(f"{where}: bad field {r['field']}")
        if institutions[r["institution"]][0] != r["country"]:
            problems.append(f"{where}: institution from the other country")
        if not 250 <= len(r["summary"]) <= 700:
            problems.append(f"{where}: summary length {len(r['summary'])}")
        if not 3 <= len(r["keywords"]) <= 7:
            problems.append(f"{where}: {len(r['keywords'])} keywords")
        if r["lang"] == "en" and r["summaryEn"] is not None:
            problems.append(f"{where}: English profile with summaryEn")
        allowed = {"KZ": ("kk", "ru", "en"), "CN": ("zh", "en")}[r["country"]]
        if r["lang"] not in allowed:
            problems.append(f"{where}: language {r['lang']}")
    if len({r["summary"] for r in rows}) != len(rows):
        problems.append("duplicate summaries")
    if problems:
        sys.exit("\n".join(problems))


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    rows = build()
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} profiles to {out}")


if __name__ == "__main__":
    main()
