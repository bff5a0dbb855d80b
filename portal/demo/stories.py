"""Sample success stories: illustrative examples, not real people."""

_SAMPLE_NOTE = {
    "en": (
        "*This is an illustrative example prepared to demonstrate the portal. It does not describe "
        "a real person. Real stories will be published with the consent of the people concerned.*"
    ),
    "ru": (
        "*Это иллюстративный пример, подготовленный для демонстрации портала. Он не описывает "
        "реального человека. Настоящие истории будут публиковаться с согласия их героев.*"
    ),
}


def _story(*, slug, display_name, country, category, region, year, quote, body):
    """A sample story; the body always opens with the note that it is illustrative."""
    return {
        "slug": slug,
        "display_name": display_name,
        "country": country,
        "category": category,
        "region": region,
        "year": year,
        "quote": quote,
        "body": {lang: f"{_SAMPLE_NOTE[lang]}\n\n{body[lang]}" for lang in ("en", "ru")},
        "is_sample": True,
    }


STORIES = [
    _story(
        slug="sample-software-engineer-serbia-kaluga",
        display_name={
            "en": "Sample story: a software engineer from Serbia",
            "ru": "Пример: инженер-программист из Сербии",
        },
        country="RS",
        category="qualified_professional",
        region="RU-KLU",
        year=2025,
        quote={
            "en": "What helped most was having one place to take all my questions.",
            "ru": "Больше всего помогло то, что со всеми вопросами можно было прийти в одно место.",
        },
        body={
            "en": """\
In this example, a software engineer from Serbia had been thinking about moving to Russia for
several years. He read about the programme on the "Time to Live in Russia" portal, took the
self-check and chose the Kaluga Region, one of the pilot regions.

He submitted the candidate form as a qualified professional and signed the values declaration.
The operator invited him to an interview, where they talked about his experience and his plans.
After the Interior Ministry's decision he went through the visa and migration procedures.

In Kaluga, the regional one-stop shop helped him with documents and with finding a job in his
field. He now takes Russian lessons in the evenings and says that the hardest part was the first
month, before he knew where to turn.
""",
            "ru": """\
В этом примере инженер-программист из Сербии несколько лет думал о переезде в Россию. Он прочитал
о программе на портале «Время жить в России», прошёл самопроверку и выбрал Калужскую область —
один из пилотных регионов.

Он подал анкету кандидата как квалифицированный специалист и подписал декларацию о ценностях.
Оператор пригласил его на собеседование, где обсуждались его опыт и планы. После решения МВД
России он прошёл визовые и миграционные процедуры.

В Калуге региональная «служба одного окна» помогла ему с документами и поиском работы по
специальности. Теперь он по вечерам занимается русским языком и говорит, что тяжелее всего был
первый месяц, пока он не знал, куда обращаться.
""",
        },
    ),
    _story(
        slug="sample-physicist-italy-moscow",
        display_name={
            "en": "Sample story: a physicist from Italy",
            "ru": "Пример: физик из Италии",
        },
        country="IT",
        category="scientist",
        region="RU-MOW",
        year=2025,
        quote={
            "en": "I came for the research, and I stayed for the people I work with.",
            "ru": "Я приехала ради исследований, а осталась ради людей, с которыми работаю.",
        },
        body={
            "en": """\
In this example, a physicist from Italy wanted to continue her research in Russia and to settle
there with her family. She applied in the "scientist" category and described her publications and
research plans in the candidate form.

During the interview with the operator she explained why she wished to live in Russia permanently.
After the positive decision of the Interior Ministry she moved to Moscow.

The one-stop shop helped her family with the first steps: documents, school for her son and
information about Russian courses. She says that planning the move step by step, with the portal's
journey map in hand, made a big decision feel manageable.
""",
            "ru": """\
В этом примере физик из Италии хотела продолжить исследования в России и обосноваться там вместе с
семьёй. Она подала заявку по категории «учёный» и рассказала в анкете о своих публикациях и
исследовательских планах.

На собеседовании с оператором она объяснила, почему хочет жить в России постоянно. После
положительного решения МВД России она переехала в Москву.

«Служба одного окна» помогла её семье с первыми шагами: документами, школой для сына и
информацией о курсах русского языка. По её словам, поэтапное планирование переезда по карте пути
на портале сделало большое решение посильным.
""",
        },
    ),
    _story(
        slug="sample-investor-austria-moscow-region",
        display_name={
            "en": "Sample story: an investor from Austria",
            "ru": "Пример: инвестор из Австрии",
        },
        country="AT",
        category="investor",
        region="RU-MOS",
        year=2026,
        quote={
            "en": "I wanted my investment and my family's future to be in the same place.",
            "ru": "Мне хотелось, чтобы мои вложения и будущее моей семьи были в одном месте.",
        },
        body={
            "en": """\
In this example, an investor from Austria decided to invest in a production business in the Moscow
Region and to move there with his wife and two children.

He applied as an investor and listed his family members in the candidate form. The operator asked
for additional information about his investment plans before inviting him to an interview.

After the move, the regional one-stop shop advised the family on documents and helped to find
school places for the children. The family is learning Russian together.
""",
            "ru": """\
В этом примере инвестор из Австрии решил вложить средства в производственное предприятие в
Московской области и переехать туда с женой и двумя детьми.

Он подал заявку как инвестор и указал в анкете членов семьи. Прежде чем пригласить его на
собеседование, оператор запросил дополнительные сведения о его инвестиционных планах.

После переезда региональная «служба одного окна» проконсультировала семью по документам и помогла
найти места в школе для детей. Русский язык семья изучает вместе.
""",
        },
    ),
    _story(
        slug="sample-farmer-usa-lipetsk",
        display_name={
            "en": "Sample story: a farming family from the United States",
            "ru": "Пример: семья фермеров из США",
        },
        country="US",
        category="entrepreneur",
        region="RU-LIP",
        year=2025,
        quote={
            "en": "We wanted to raise our children close to the land and close to our values.",
            "ru": "Мы хотели растить детей рядом с землёй и рядом с нашими ценностями.",
        },
        body={
            "en": """\
In this example, a farming family from the United States decided to start a small dairy business
in the Lipetsk Region. The husband applied as an entrepreneur, and the candidate form listed his
wife and their three children.

Both spouses read the values declaration carefully before signing: for them, shared family values
were the main reason for the move.

After arrival, the one-stop shop helped with documents and school enrolment, and advised them on
where to turn for information about regional support for entrepreneurs.
""",
            "ru": """\
В этом примере семья фермеров из США решила открыть небольшое молочное хозяйство в Липецкой
области. Муж подал заявку как предприниматель, а в анкете указал жену и троих детей.

Перед подписанием супруги внимательно прочитали декларацию о ценностях: общие семейные ценности
были для них главной причиной переезда.

После переезда «служба одного окна» помогла с документами и записью детей в школу, а также
подсказала, куда обращаться за информацией о региональной поддержке предпринимателей.
""",
        },
    ),
    _story(
        slug="sample-illustrator-france-novgorod",
        display_name={
            "en": "Sample story: a book illustrator from France",
            "ru": "Пример: книжный иллюстратор из Франции",
        },
        country="FR",
        category="creative_professional",
        region="RU-NGR",
        year=2026,
        quote={
            "en": "Living in an old Russian city feeds my work every day.",
            "ru": "Жизнь в древнем русском городе каждый день питает моё творчество.",
        },
        body={
            "en": """\
In this example, a book illustrator from France had long been drawn to Russian history and
folklore. She applied in the "creative professional" category and attached examples of her work
to her candidate form.

She chose the Novgorod Region and moved to Veliky Novgorod. The regional one-stop shop helped her
with documents and pointed her to Russian courses.

She now works on commissions for publishers and is learning Russian so that she can read the
stories she illustrates in the original.
""",
            "ru": """\
В этом примере книжный иллюстратор из Франции давно увлекалась русской историей и фольклором. Она
подала заявку по категории «представитель творческой профессии» и приложила к анкете примеры своих
работ.

Она выбрала Новгородскую область и переехала в Великий Новгород. Региональная «служба одного окна»
помогла ей с документами и подсказала, где изучать русский язык.

Сейчас она выполняет заказы издательств и учит русский язык, чтобы читать иллюстрируемые ею
истории в оригинале.
""",
        },
    ),
    _story(
        slug="sample-graduate-germany-samara",
        display_name={
            "en": "Sample story: an engineering graduate from Germany",
            "ru": "Пример: выпускник инженерной специальности из Германии",
        },
        country="DE",
        category="student_graduate",
        region="RU-SAM",
        year=2025,
        quote={
            "en": "After my studies I realised I did not want to leave.",
            "ru": "После учёбы я понял, что не хочу уезжать.",
        },
        body={
            "en": """\
In this example, a young engineer from Germany studied in Russia and, like many international
students, decided that he would like to stay after graduating.

He applied in the "talented student or graduate" category and described his studies and his
graduation project in the candidate form. He named the Samara Region as his preferred region.

After the decision of the Interior Ministry, the regional one-stop shop helped him with documents
and with his search for a first job in engineering.
""",
            "ru": """\
В этом примере молодой инженер из Германии учился в России и, как многие иностранные студенты,
решил остаться после выпуска.

Он подал заявку по категории «талантливый студент или выпускник» и рассказал в анкете об учёбе и
выпускном проекте. Предпочтительным регионом он указал Самарскую область.

После решения МВД России региональная «служба одного окна» помогла ему с документами и поиском
первой работы по инженерной специальности.
""",
        },
    ),
    _story(
        slug="sample-family-doctor-canada-vladimir",
        display_name={
            "en": "Sample story: a family doctor from Canada",
            "ru": "Пример: семейный врач из Канады",
        },
        country="CA",
        category="qualified_professional",
        region="RU-VLA",
        year=2026,
        quote={
            "en": "Doctors are needed everywhere; I chose to be needed here.",
            "ru": "Врачи нужны везде, а я решила быть нужной здесь.",
        },
        body={
            "en": """\
In this example, a family doctor from Canada learned that doctors are among the professionals
Russia is looking for. She applied as a qualified professional and chose the Vladimir Region.

Her interview with the operator covered her medical experience and her plans for learning Russian.
After the decision of the Interior Ministry she moved with her husband.

The regional one-stop shop explained which steps she needed to take before she could practise
medicine in Russia and helped her find intensive Russian courses.
""",
            "ru": """\
В этом примере семейный врач из Канады узнала, что медики — среди специалистов, которых ждут в
России. Она подала заявку как квалифицированный специалист и выбрала Владимирскую область.

На собеседовании с оператором речь шла о её врачебном опыте и планах по изучению русского языка.
После решения МВД России она переехала вместе с мужем.

Региональная «служба одного окна» объяснила, какие шаги нужно пройти, чтобы работать врачом в
России, и помогла найти интенсивные курсы русского языка.
""",
        },
    ),
    _story(
        slug="sample-coach-latvia-pskov",
        display_name={
            "en": "Sample story: a former athlete and coach from Latvia",
            "ru": "Пример: бывший спортсмен и тренер из Латвии",
        },
        country="LV",
        category="outstanding_talent",
        region="RU-PSK",
        year=2025,
        quote={
            "en": "I want to pass on what sport gave me to children here.",
            "ru": "Хочу передать здешним детям то, что дал мне спорт.",
        },
        body={
            "en": """\
In this example, a former international athlete from Latvia who now works as a coach applied in
the category for people with outstanding talent. He described his sporting achievements and his
coaching experience in the candidate form.

He chose the Pskov Region. After the decision of the Interior Ministry, the regional one-stop shop
helped him with documents and with finding work as a coach for young athletes.

He already spoke some Russian and is now improving it with the help of courses.
""",
            "ru": """\
В этом примере бывший спортсмен международного уровня из Латвии, ныне тренер, подал заявку по
категории лиц с выдающимися способностями. В анкете он рассказал о своих спортивных достижениях и
тренерском опыте.

Он выбрал Псковскую область. После решения МВД России региональная «служба одного окна» помогла
ему с документами и поиском работы тренером юных спортсменов.

Он уже немного говорил по-русски, а теперь совершенствует язык на курсах.
""",
        },
    ),
    _story(
        slug="sample-musician-uk-perm",
        display_name={
            "en": "Sample story: a musician from the United Kingdom",
            "ru": "Пример: музыкант из Великобритании",
        },
        country="GB",
        category="creative_professional",
        region="RU-PER",
        year=2026,
        quote={
            "en": "Russian music brought me here long before I ever visited.",
            "ru": "Русская музыка привела меня сюда задолго до первой поездки.",
        },
        body={
            "en": """\
In this example, a classical musician from the United Kingdom had loved Russian music since
childhood. She applied in the "creative professional" category and attached recordings and a list
of concerts to her candidate form.

She chose Perm Krai. The regional one-stop shop helped her with documents and with finding
housing, and introduced her to local cultural organisations.

She now performs and teaches music, and is learning Russian with the goal of singing Russian
romances without an accent.
""",
            "ru": """\
В этом примере музыкант из Великобритании с детства любила русскую музыку. Она подала заявку по
категории «представитель творческой профессии» и приложила к анкете записи и список концертов.

Она выбрала Пермский край. Региональная «служба одного окна» помогла ей с документами и подбором
жилья, а также познакомила с местными организациями культуры.

Сейчас она выступает и преподаёт музыку, а русский язык учит с целью исполнять русские романсы
без акцента.
""",
        },
    ),
    _story(
        slug="sample-materials-scientist-spain-nizhny-novgorod",
        display_name={
            "en": "Sample story: a materials scientist from Spain",
            "ru": "Пример: учёный-материаловед из Испании",
        },
        country="ES",
        category="scientist",
        region="RU-NIZ",
        year=2026,
        quote={
            "en": "The clear steps on the portal made the whole process less daunting.",
            "ru": "Понятные шаги на портале сделали весь процесс гораздо менее пугающим.",
        },
        body={
            "en": """\
In this example, a materials scientist from Spain wanted to continue his research in Russia. He
applied in the "scientist" category, described his research in the candidate form and named the
Nizhny Novgorod Region as his preferred region.

The operator asked him to add information about his recent projects and then invited him to an
interview. After the decision of the Interior Ministry he went through the visa and migration
procedures.

In Nizhny Novgorod, the one-stop shop helped him settle in, and he is now studying Russian
alongside his work.
""",
            "ru": """\
В этом примере учёный-материаловед из Испании хотел продолжить исследования в России. Он подал
заявку по категории «учёный», рассказал в анкете о своей научной работе и указал
предпочтительным регионом Нижегородскую область.

Оператор попросил его дополнить анкету сведениями о последних проектах, а затем пригласил на
собеседование. После решения МВД России он прошёл визовые и миграционные процедуры.

В Нижнем Новгороде «служба одного окна» помогла ему обустроиться, и теперь он параллельно с
работой изучает русский язык.
""",
        },
    ),
]
