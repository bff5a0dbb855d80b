"""German translations of the demo content (portal/demo/)."""

REGIONS = {
    "RU-KLU": {
        "name": "Oblast Kaluga",
        "description": (
            "Die Oblast Kaluga mit dem Verwaltungszentrum Kaluga ist eine der neun Pilotregionen "
            "zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. In Kaluga fand "
            "die gemeinsame auswärtige Sitzung der Kommission des Staatsrats für Personal und der "
            "Agentur für strategische Initiativen zur Schaffung von Bedingungen für die "
            "Integration von Ausländern in Russland statt; den Vorsitz der Kommission führt der "
            "Gouverneur der Oblast Kaluga, Wladislaw Schapscha. Nach Angaben der Agentur für "
            "strategische Initiativen (ASI) arbeitet die Region mit Impatrianten über eine "
            "nachgeordnete Organisation oder eine eigenständige Einheit eines regionalen "
            "Exekutivorgans. Die für die Region in dieser Phase angezeigten "
            "Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der Region "
            "werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-MOW": {
        "name": "Moskau",
        "description": (
            "Moskau ist die Hauptstadt Russlands und eine Stadt föderaler Bedeutung. Sie ist eine "
            "der neun Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt "
            "wurden. Nach Angaben der Agentur für strategische Initiativen (ASI) arbeitet die "
            "Region mit Impatrianten über eine nachgeordnete Organisation oder eine eigenständige "
            "Einheit eines regionalen Exekutivorgans. Die für die Region in dieser Phase "
            "angezeigten Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der "
            "Region werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-MOS": {
        "name": "Oblast Moskau",
        "description": (
            "Die Oblast Moskau umgibt die Stadt Moskau. Sie ist eine der neun Pilotregionen zur "
            "Unterstützung von Impatrianten, die im April 2025 benannt wurden. Nach Angaben der "
            "Agentur für strategische Initiativen (ASI) besteht das Modell der Region darin, "
            "einem bestehenden regionalen Exekutivorgan die Befugnisse für die Arbeit mit "
            "Impatrianten zu übertragen. Die für die Region in dieser Phase angezeigten "
            "Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der Region "
            "werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-LIP": {
        "name": "Oblast Lipezk",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Lipezk. Sie ist eine der neun "
            "Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. "
            "Nach Angaben der Agentur für strategische Initiativen (ASI) besteht das Modell der "
            "Region darin, einem bestehenden regionalen Exekutivorgan die Befugnisse für die "
            "Arbeit mit Impatrianten zu übertragen. Die für die Region in dieser Phase "
            "angezeigten Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der "
            "Region werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-NGR": {
        "name": "Oblast Nowgorod",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Weliki Nowgorod. Sie ist eine der "
            "neun Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt "
            "wurden. Nach Angaben der Agentur für strategische Initiativen (ASI) besteht das "
            "Modell der Region darin, einem bestehenden regionalen Exekutivorgan die Befugnisse "
            "für die Arbeit mit Impatrianten zu übertragen. Die für die Region in dieser Phase "
            "angezeigten Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der "
            "Region werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-SAM": {
        "name": "Oblast Samara",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Samara. Sie ist eine der neun "
            "Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. "
            "Nach Angaben der Agentur für strategische Initiativen (ASI) besteht das Modell der "
            "Region darin, einem bestehenden regionalen Exekutivorgan die Befugnisse für die "
            "Arbeit mit Impatrianten zu übertragen. Die für die Region in dieser Phase "
            "angezeigten Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der "
            "Region werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-VLA": {
        "name": "Oblast Wladimir",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Wladimir. Sie ist eine der neun "
            "Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. "
            "Nach Angaben der Agentur für strategische Initiativen (ASI) arbeitet die Region mit "
            "Impatrianten über eine nachgeordnete Organisation oder eine eigenständige Einheit "
            "eines regionalen Exekutivorgans. Die für die Region in dieser Phase angezeigten "
            "Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der Region "
            "werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-PSK": {
        "name": "Oblast Pskow",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Pskow. Sie ist eine der neun "
            "Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. "
            "Nach Angaben der Agentur für strategische Initiativen (ASI) ist sie die einzige "
            "aufgeführte Region mit dem Modell einer eigens geschaffenen Einheit beim Oberhaupt "
            "der Region zur Unterstützung von Impatrianten. Die für die Region in dieser Phase "
            "angezeigten Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der "
            "Region werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-PER": {
        "name": "Region Perm",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Perm. Sie ist eine der neun "
            "Pilotregionen zur Unterstützung von Impatrianten, die im April 2025 benannt wurden. "
            "Die Übersicht der ASI über die in den Pilotregionen angewandten Modelle führt diese "
            "Region nicht auf; ihr Modell der Arbeit mit Impatrianten wird hier daher nicht "
            "angegeben. Die für die Region in dieser Phase angezeigten Unterstützungsmaßnahmen "
            "sind Beispiele; die tatsächlichen Maßnahmen der Region werden hier veröffentlicht, "
            "sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
    "RU-NIZ": {
        "name": "Oblast Nischni Nowgorod",
        "description": (
            "Das Verwaltungszentrum der Region ist die Stadt Nischni Nowgorod. Die Region gehörte "
            "nicht zu den neun im April 2025 benannten Pilotregionen, wird jedoch in der späteren "
            "Übersicht der ASI über die in den Pilotregionen angewandten Modelle aufgeführt. Nach "
            "Angaben der Agentur für strategische Initiativen (ASI) arbeitet die Region mit "
            "Impatrianten über eine nachgeordnete Organisation oder eine eigenständige Einheit "
            "eines regionalen Exekutivorgans. Die für die Region in dieser Phase angezeigten "
            "Unterstützungsmaßnahmen sind Beispiele; die tatsächlichen Maßnahmen der Region "
            "werden hier veröffentlicht, sobald sie beschlossen sind."
        ),
        "office_name": "Regionale zentrale Anlaufstelle für Impatrianten",
        "official_title": "Für die Arbeit mit Impatrianten zuständige Amtsperson der Region",
    },
}

FAQ_TOPICS = {
    "about": {
        "title": "Über das Programm",
    },
    "eligibility": {
        "title": "Wer sich bewerben kann",
    },
    "procedure": {
        "title": "Antrag und Entscheidung",
    },
    "family": {
        "title": "Familie",
    },
    "life": {
        "title": "Leben in Russland",
    },
    "legal": {
        "title": "Rechtsgrundlagen",
    },
}

FAQS = {
    ("about", 1): {
        "question": "Wer ist ein Impatriant?",
        "answer": """\
Impatrianten sind ausländische Staatsangehörige – talentierte Studierende, Wissenschaftlerinnen und
Wissenschaftler, gefragte Fachkräfte, Unternehmerinnen und Unternehmer, Investorinnen und Investoren
oder Angehörige kreativer Berufe –, die die traditionellen russischen geistigen und moralischen
Werte teilen und in die Russische Föderation übersiedeln möchten, um dort dauerhaft zu leben.

Die Kategorie wird derzeit in der russischen Gesetzgebung verankert: Die vom Stab am 7. März 2025
gebilligte Konzeption legt die Kriterien fest, und ein Rechtsakt, der den Rechtsstatus von
Impatrianten bestimmt, wird ausgearbeitet.
""",
    },
    ("about", 2): {
        "question": "Was ist der Dienst „Zeit, in Russland zu leben“?",
        "answer": """\
„Zeit, in Russland zu leben“ ist ein Informations- und Kommunikationsdienst für Ausländerinnen und
Ausländer, die einen Umzug nach Russland in Betracht ziehen. Er soll der erste Schritt auf dem Weg
eines Impatrianten sein, noch vor dem Umzug. Der Dienst bietet:

- Informationen über Möglichkeiten, in Russland zu leben und zu arbeiten, über Dienstleistungen und
  Unterstützungsmaßnahmen;
- einen Übergang zu den Systemen für Visumanträge (Außenministerium Russlands) und für die
  migrationsrechtliche Bearbeitung (Innenministerium Russlands);
- das Bewerbungsformular für das Impatriationsprogramm;
- Antworten auf häufig gestellte Fragen;
- Informationen zu Rechtsvorschriften;
- Erfolgsgeschichten.

Der Dienst wird in Zusammenarbeit mit dem Einheitlichen Portal der staatlichen und kommunalen
Dienstleistungen (Gosuslugi) aufgebaut.
""",
    },
    ("about", 3): {
        "question": "Wer führt das Impatriationsprogramm durch?",
        "answer": """\
Gemäß der Anweisung des Präsidenten Nr. Pr-2423 vom 21. November 2024 zur Umsetzung des Erlasses
Nr. 702 hat die Agentur für strategische Initiativen (ASI) unter der Leitung des Innenministeriums
Russlands den ressortübergreifenden Stab zur Unterstützung der Übersiedlung und Anpassung von
Impatrianten gebildet.

Der Stab entwickelt den Nutzerweg für Impatrianten und den regionalen Standard für ihre
Integration, hilft beim Aufbau des Dienstes „Zeit, in Russland zu leben“ und erarbeitet Vorschläge
zur Änderung der Gesetzgebung. In den Regionen wird die Arbeit von den regionalen Behörden auf
Grundlage des Regionalen Standards durchgeführt.
""",
    },
    ("about", 4): {
        "question": "Welche Regionen nehmen am Pilotprojekt teil?",
        "answer": """\
Im April 2025 wurden neun Pilotregionen benannt: Moskau, die Oblaste Kaluga, Moskau, Lipezk,
Nowgorod, Samara, Wladimir und Pskow sowie die Region Perm. Zunächst wurden nur drei Regionen
angekündigt; die Zahl stieg auf neun, nachdem Gouverneure um die Aufnahme ihrer Regionen gebeten
hatten. Das Pilotprojekt ermöglicht es, verschiedene Mechanismen zur Unterstützung ausländischer
Staatsangehöriger zu erproben, die nach Russland ziehen.

Eine spätere Übersicht der ASI über die in den Pilotregionen angewandten Modelle führt außerdem die
Oblast Nischni Nowgorod auf. Die Seite jeder Region beschreibt deren Teilnahme und ihre
Unterstützungsmaßnahmen.
""",
    },
    ("about", 5): {
        "question": "Was ist eine zentrale Anlaufstelle für Impatrianten?",
        "answer": """\
Nach dem Regionalen Standard richtet jede Region eine eigene Behörde oder Organisation ein, die
Impatrianten nach dem Prinzip der „zentralen Anlaufstelle“ unterstützt. Zentrale Anlaufstellen helfen
Ausländerinnen und Ausländern bei Dokumenten, bei der Arbeitssuche und bei der Anmeldung von Kindern
an Schulen und anderen Bildungseinrichtungen. Die Unterstützung soll verschiedene Lebensbereiche
abdecken, von Beratung und Hilfe bei der Wohnungssuche bis zum Erlernen der russischen Sprache und
dem Kennenlernen der Kultur des Landes.

Die Kontaktdaten der regionalen zentralen Anlaufstellen werden auf den Seiten der Regionen
veröffentlicht, sobald die Regionen sie zur Verfügung stellen.
""",
    },
    ("about", 6): {
        "question": "Ist das dasselbe wie das Programm zur Umsiedlung von Landsleuten?",
        "answer": """\
Nein. Das Staatliche Programm zur Förderung der freiwilligen Umsiedlung von im Ausland lebenden
Landsleuten ist ein eigenständiges Programm mit eigenen Regeln. Seit 2024 umfasst es Repatrianten
als neue Teilnehmerkategorie; nach Angaben des Innenministeriums, über die im April 2025 berichtet
wurde, sind seit 2024 im Rahmen dieses Programms mehr als 2.600 Repatrianten nach Russland
übergesiedelt.

Das Impatriationsprogramm richtet sich an ausländische Staatsangehörige, die die traditionellen
russischen geistigen und moralischen Werte teilen und einer der sieben auf diesem Portal
beschriebenen Kategorien angehören.
""",
    },
    ("eligibility", 1): {
        "question": "Welche zwei Kriterien muss ein Impatriant erfüllen?",
        "answer": """\
Nach der vom Stab am 7. März 2025 gebilligten Konzeption muss ein ausländischer Staatsangehöriger
Kriterien auf zwei Ebenen erfüllen:

1. **Gemeinsame Werte.** Die moralischen, kulturellen und familiären Werte der Person stimmen mit
   den traditionellen russischen geistigen und moralischen Werten überein. Dies soll durch die
   Unterzeichnung einer Erklärung bestätigt werden.
2. **Eine Kategorie mit hohem Integrationspotenzial.** Die Person ist eine qualifizierte Fachkraft,
   Wissenschaftler/in, Investor/in, Unternehmer/in, talentierte/r Studierende/r oder Absolvent/in,
   Kreativschaffende/r oder eine Person mit herausragendem Talent.

Beide Kriterien müssen erfüllt sein.
""",
    },
    ("eligibility", 2): {
        "question": "Welche Kategorien von Bewerbenden gibt es?",
        "answer": """\
Es gibt sieben Kategorien ausländischer Staatsangehöriger mit hohem Potenzial für die
sozioökonomische und kulturelle Integration in die russische Gesellschaft:

- qualifizierte Fachkräfte;
- Wissenschaftlerinnen und Wissenschaftler;
- Investorinnen und Investoren;
- Unternehmerinnen und Unternehmer;
- Kreativschaffende;
- talentierte Studierende und Absolventinnen und Absolventen;
- Personen mit herausragendem Talent.

Im Bewerbungsformular wählen Sie diejenige aus, die am besten zu Ihnen passt. Die Seite
„Kriterien“ beschreibt jede Kategorie.
""",
    },
    ("eligibility", 3): {
        "question": "Was bedeutet „herausragendes Talent“?",
        "answer": """\
Diese Kategorie ist für Menschen mit herausragenden Leistungen gedacht, die möglicherweise in keine
der anderen Kategorien passen. Der Präsident Russlands hat die Menschen, die Russland gewinnen
möchte, als Personen mit gefragten Berufen und Kenntnissen beschrieben, die einen bedeutenden
Beitrag zur Wirtschaft leisten können und Leistungen in Sport, Kreativwirtschaft, Kultur und
Geisteswissenschaften, Bildung sowie Wissenschaft und Technik vorweisen.

Beschreiben Sie im Bewerbungsformular Ihre Leistungen und etwaige Anerkennungen, die Sie erhalten
haben.
""",
    },
    ("eligibility", 4): {
        "question": "Was ist die Werteerklärung und warum unterzeichne ich sie?",
        "answer": """\
Das erste Kriterium für Impatrianten ist, dass ihre moralischen, kulturellen und familiären Werte
mit den traditionellen russischen geistigen und moralischen Werten übereinstimmen. Die Konzeption
sieht vor, dass dies durch die Unterzeichnung einer Erklärung bestätigt wird.

Auf diesem Portal ist die Erklärung Teil des Bewerbungsformulars: Sie lesen sie und unterzeichnen
sie, indem Sie Ihren vollständigen Namen eingeben. Die Unterzeichnung der Erklärung allein verleiht
keinen Status, kein Visum und keine Erlaubnis.
""",
    },
    ("eligibility", 5): {
        "question": "Ist das Ergebnis des Online-Selbsttests eine rechtliche Entscheidung?",
        "answer": """\
Nein. Der Selbsttest hilft Ihnen lediglich einzuschätzen, ob Sie die beiden Kriterien
voraussichtlich erfüllen. Er ist eine Orientierungshilfe, keine Entscheidung, und mit ihm wird kein
Antrag eingereicht.

Die Entscheidung über den Impatriantenstatus trifft das Innenministerium Russlands auf Antrag des
beauftragten Betreibers, nachdem Ihr Antrag geprüft und, falls erforderlich, ein Gespräch geführt
wurde.
""",
    },
    ("eligibility", 6): {
        "question": "Muss ich Russisch sprechen, um mich zu bewerben?",
        "answer": """\
Die beiden in der Konzeption festgelegten Kriterien erwähnen keine Russischkenntnisse. Im
Bewerbungsformular geben Sie Ihr aktuelles Niveau an, von keinen Kenntnissen bis fließend. Andere
migrationsrechtliche Verfahren, etwa für Aufenthaltstitel oder die Staatsbürgerschaft, haben eigene
gesetzlich festgelegte Anforderungen.

Hilfe beim Erlernen der russischen Sprache ist eine der Formen der Unterstützung, die die Regionen
Impatrianten bieten.
""",
    },
    ("eligibility", 7): {
        "question": "Staatsangehörige welcher Länder können sich bewerben?",
        "answer": """\
Die Konzeption spricht allgemein von ausländischen Staatsangehörigen und beschränkt das Programm
nicht auf bestimmte Länder. In der Praxis stammten Anträge nach Erlass Nr. 702 überwiegend von
Staatsangehörigen von EU-Ländern, der Vereinigten Staaten und Kanadas; berichtet wurde auch über
Anträge von Staatsangehörigen des Vereinigten Königreichs, Österreichs und der baltischen Staaten.
""",
    },
    ("procedure", 1): {
        "question": "Wer entscheidet, ob ich als Impatriant anerkannt werde?",
        "answer": """\
Die Entscheidung, einem ausländischen Staatsangehörigen den Impatriantenstatus zu verleihen, trifft
das Innenministerium Russlands (MWD). Das Ministerium entscheidet auf Antrag einer beauftragten
Organisation (Betreiber), die sich mit der Gewinnung von Impatrianten befasst, unter anderem auf
Grundlage der Ergebnisse eines Gesprächs.
""",
    },
    ("procedure", 2): {
        "question": "Was ist der Betreiber und was geschieht beim Gespräch?",
        "answer": """\
Der Betreiber ist die beauftragte Organisation, die sich mit der Gewinnung von Impatrianten befasst.
Er prüft die Anträge der Bewerbenden, kann zusätzliche Informationen anfordern und Bewerbende zu
einem Gespräch einladen. Unterstützt der Betreiber einen Antrag, richtet er ein Ersuchen an das
Innenministerium, das die Entscheidung trifft.

Das Gespräch hilft dem Betreiber, Ihren Werdegang, Ihre Pläne und Ihre Motivation zu verstehen.
Wenn Sie eingeladen werden, erhalten Sie die Einzelheiten über die Kontaktdaten in Ihrem Antrag.
""",
    },
    ("procedure", 3): {
        "question": "Was geschieht, nachdem ich meinen Antrag eingereicht habe?",
        "answer": """\
Nachdem Sie das Bewerbungsformular eingereicht haben, erhalten Sie ein Aktenzeichen und einen
Zugangscode. Bewahren Sie beide auf: Sie benötigen sie, um den Status Ihres Antrags auf dem Portal
abzufragen.

Ihr Antrag durchläuft dann die folgenden Phasen:

1. **Eingereicht** – der Antrag ist eingegangen.
2. **In Prüfung** – der Betreiber prüft ihn. Der Betreiber kann weitere Informationen anfordern oder
   Sie zu einem Gespräch einladen.
3. **Vom Betreiber befürwortet oder abgelehnt.** Ein befürworteter Antrag wird an das
   Innenministerium weitergeleitet.
4. **Entscheidung des Innenministeriums** – der Impatriantenstatus wird verliehen oder verweigert.

Sie können Ihren Antrag zurückziehen, bevor die Prüfung beginnt oder solange der Betreiber auf
zusätzliche Informationen von Ihnen wartet.
""",
    },
    ("procedure", 4): {
        "question": "Wie beantrage ich ein Visum?",
        "answer": """\
Visumanträge werden vom Außenministerium Russlands (MID) bearbeitet. Der Dienst „Zeit, in Russland
zu leben“ soll es Ihnen ermöglichen, zum System des Ministeriums für die Einreichung von
Visumanträgen überzugehen.

Im April 2025 wurde berichtet, dass monatlich 100–150 Visa an Ausländerinnen und Ausländer erteilt
wurden, die nach Erlass Nr. 702 übersiedeln.
""",
    },
    ("procedure", 5): {
        "question": "Wo werden Aufenthaltsdokumente bearbeitet?",
        "answer": """\
Für die migrationsrechtliche Bearbeitung ist das Innenministerium Russlands (MWD) zuständig. So
werden beispielsweise Anträge auf eine befristete Aufenthaltserlaubnis nach Erlass Nr. 702 von den
Dienststellen des Ministeriums entgegengenommen; bis April 2025 hatten sie 1.100 solcher Anträge
angenommen.

Der Dienst „Zeit, in Russland zu leben“ soll es Ihnen ermöglichen, zu den Systemen des Ministeriums
für die migrationsrechtliche Bearbeitung überzugehen, und die regionalen zentralen Anlaufstellen
helfen nach der Ankunft bei den Dokumenten.
""",
    },
    ("procedure", 6): {
        "question": "Wie lange dauert das Verfahren?",
        "answer": """\
Feste Fristen für die Prüfung durch den Betreiber oder für die Entscheidung des Innenministeriums
wurden bisher nicht veröffentlicht. Jede Änderung des Status Ihres Antrags können Sie auf der
Statusseite mit Ihrem Aktenzeichen und Ihrem Zugangscode verfolgen.
""",
    },
    ("family", 1): {
        "question": "Kann meine Familie mit mir umziehen?",
        "answer": """\
Ja, das Programm berücksichtigt Familien. Der Regionale Standard umfasst die soziale, kulturelle
und wirtschaftliche Integration von Impatrianten, auch gemeinsam mit ihren Familienangehörigen. Im
Bewerbungsformular können Sie Ihren Ehepartner bzw. Ihre Ehepartnerin und Ihre Kinder angeben.

Visa und Aufenthaltsdokumente für Familienangehörige werden vom Außenministerium und vom
Innenministerium nach den geltenden Vorschriften ausgestellt. Nach der Ankunft kann die regionale
zentrale Anlaufstelle Ihre Familie beraten.
""",
    },
    ("family", 2): {
        "question": "Bekommen meine Kinder einen Schulplatz?",
        "answer": """\
Die regionalen zentralen Anlaufstellen helfen Impatrianten, ihre Kinder an Schulen und anderen
Bildungseinrichtungen anzumelden. Die konkreten Regelungen unterscheiden sich von Region zu Region
und werden auf der Seite jeder Region als Unterstützungsmaßnahmen veröffentlicht.
""",
    },
    ("life", 1): {
        "question": "Erhalte ich Hilfe bei der Wohnungssuche?",
        "answer": """\
Die Unterstützung für Impatrianten soll verschiedene Lebensbereiche abdecken, einschließlich der
Hilfe bei der Wohnungssuche. Nach dem Regionalen Standard stellt jede Region ihre eigene Liste von
Unterstützungsmaßnahmen auf, sodass Art und Umfang der Hilfe beim Wohnen je nach Region
unterschiedlich sind. Die Maßnahmen werden auf der Seite jeder Region veröffentlicht.
""",
    },
    ("life", 2): {
        "question": "Erhalte ich Hilfe bei der Arbeitssuche?",
        "answer": """\
Ja. Die regionalen zentralen Anlaufstellen helfen Impatrianten, eine Beschäftigung zu finden. Nach
dem Regionalen Standard entwickeln die Regionen außerdem Unterstützungsmaßnahmen für Arbeitgeber,
die Impatrianten einstellen.

Russland sucht insbesondere Ärztinnen und Ärzte, IT-Fachkräfte sowie Unternehmerinnen und
Unternehmer, die bereit sind, ein eigenes Unternehmen zu gründen, aber auch Menschen in anderen
Berufen.
""",
    },
    ("life", 3): {
        "question": "Kann ich nach meiner Ankunft Russisch lernen?",
        "answer": """\
Ja. Hilfe beim Erlernen der russischen Sprache und beim Kennenlernen der Kultur des Landes ist Teil
der Unterstützung für Impatrianten. Die Form der Sprachkurse unterscheidet sich je nach Region;
beachten Sie die Unterstützungsmaßnahmen auf der Seite der jeweiligen Region.
""",
    },
    ("life", 4): {
        "question": "Wie wähle ich eine Region aus?",
        "answer": """\
Lesen Sie die Seiten der Pilotregionen: Jede beschreibt die Teilnahme der Region am Programm, wie
sie mit Impatrianten arbeitet und welche Unterstützungsmaßnahmen sie bietet. Nach dem Regionalen
Standard legen die Regionen außerdem fest, welche Kategorien von Impatrianten für sie Vorrang haben.
Im Bewerbungsformular können Sie eine oder mehrere bevorzugte Regionen angeben.
""",
    },
    ("life", 5): {
        "question": (
            "Kann ich später einen dauerhaften Aufenthalt oder die russische Staatsbürgerschaft "
            "erhalten?"
        ),
        "answer": """\
Impatrianten sind definitionsgemäß Menschen, die nach Russland ziehen möchten, um dort dauerhaft zu
leben. Die Konzeption der staatlichen Migrationspolitik für 2026–2030, gebilligt durch Erlass
Nr. 738 vom 15. Oktober 2025, setzt sich zum Ziel, die Mechanismen für den Aufenthalt in Russland
und den Erwerb der russischen Staatsbürgerschaft für ausländische Staatsangehörige zu verbessern,
die zur Entwicklung des Landes beitragen und die traditionellen russischen geistigen und
moralischen Werte teilen.

Die konkreten Verfahren und Anforderungen sind in der russischen Gesetzgebung festgelegt und werden
vom Innenministerium bearbeitet.
""",
    },
    ("legal", 1): {
        "question": "Was ist Erlass Nr. 702?",
        "answer": """\
Erlass Nr. 702 (im Englischen auch als Executive Order No. 702 wiedergegeben) wurde im August 2024
vom Präsidenten Russlands unterzeichnet. Er vereinfacht das Übersiedlungsverfahren für
ausländische Staatsangehörige, die die traditionellen russischen geistigen und moralischen Werte
teilen. Anträge auf eine befristete Aufenthaltserlaubnis nach dem Erlass werden von den
Dienststellen des Innenministeriums entgegengenommen.

Die Anweisung des Präsidenten Nr. Pr-2423 vom 21. November 2024 betrifft die Umsetzung des
Erlasses. Einzelheiten finden Sie im Abschnitt „Rechtsvorschriften“.
""",
    },
    ("legal", 2): {
        "question": "Ist der Status „Impatriant“ bereits gesetzlich geregelt?",
        "answer": """\
Noch nicht. Am 7. März 2025 billigte der Stab die Konzeption zur Verankerung der Kategorie der
Impatrianten in der Gesetzgebung der Russischen Föderation. Im Einklang damit wird der Entwurf
eines Rechtsakts ausgearbeitet, der den Begriff „Impatriant“ verankern und seinen Rechtsstatus
bestimmen wird. Das Portal wird den Rechtsakt veröffentlichen, sobald er verabschiedet ist.
""",
    },
    ("legal", 3): {
        "question": "Was ist der Regionale Standard?",
        "answer": """\
Der Regionale Standard für die soziale, kulturelle und wirtschaftliche Integration von
Impatrianten, auch gemeinsam mit ihren Familienangehörigen, legt acht grundlegende Bestimmungen für
die Regionen fest. Dazu gehören die Festlegung der vorrangigen Kategorien von Impatrianten der
Region, die Benennung einer verantwortlichen Amtsperson, die Einrichtung einer zentralen
Anlaufstelle, die Erstellung einer Liste regionaler Unterstützungsmaßnahmen mit Finanzierung sowie
die Entwicklung von Unterstützungsmaßnahmen für Arbeitgeber, die Impatrianten einstellen. Die
vollständige Liste finden Sie im Abschnitt „Rechtsvorschriften“.
""",
    },
}

JOURNEY_STEPS = {
    1: {
        "title": "Informieren Sie sich über das Programm",
        "body": """\
Der Dienst „Zeit, in Russland zu leben“ ist der erste Schritt auf dem Weg eines Impatrianten, noch
vor dem Umzug. Informieren Sie sich über die Möglichkeiten, in Russland zu leben, zu arbeiten, zu
studieren und zu investieren, über die Unterstützungsmaßnahmen in den Regionen und über die
Dokumente, auf denen das Programm beruht. Antworten auf häufige Fragen sind in den FAQ
zusammengestellt.
""",
        "who_helps": "Das Portal „Zeit, in Russland zu leben“",
    },
    2: {
        "title": "Prüfen Sie sich anhand der beiden Kriterien",
        "body": """\
Ein Impatriant teilt die traditionellen russischen geistigen und moralischen Werte und gehört einer
von sieben Kategorien an: qualifizierte Fachkräfte, Wissenschaftlerinnen und Wissenschaftler,
Investorinnen und Investoren, Unternehmerinnen und Unternehmer, Kreativschaffende, talentierte
Studierende und Absolventinnen und Absolventen oder Personen mit herausragendem Talent. Der
Online-Selbsttest hilft Ihnen einzuschätzen, ob Sie voraussichtlich beide Kriterien erfüllen. Sein
Ergebnis ist nur eine Orientierungshilfe und keine Entscheidung.
""",
        "who_helps": "Der Online-Selbsttest",
    },
    3: {
        "title": "Wählen Sie die Regionen, die zu Ihnen passen",
        "body": """\
Das Programm wird in mehreren russischen Regionen erprobt. Die Seite jeder Region beschreibt, wie
sie mit Impatrianten arbeitet und welche Unterstützung sie bietet. Notieren Sie sich die Regionen,
die Sie bevorzugen: Sie geben sie im Bewerbungsformular an.
""",
        "who_helps": "Die Seiten der Regionen auf diesem Portal",
    },
    4: {
        "title": ("Füllen Sie das Bewerbungsformular aus und unterzeichnen Sie die Werteerklärung"),
        "body": """\
Füllen Sie das Bewerbungsformular aus: Ihre persönlichen Angaben, Ihre Kategorie und eine
Beschreibung Ihrer Ausbildung, Ihrer Arbeit oder Ihrer Leistungen, Ihre bevorzugten Regionen und,
falls sie mit Ihnen umziehen, Ihre Familienangehörigen. Lesen Sie die Werteerklärung und
unterzeichnen Sie sie, indem Sie Ihren vollständigen Namen eingeben. Nachdem Sie das Formular
eingereicht haben, erhalten Sie ein Aktenzeichen und einen Zugangscode; bewahren Sie beide sicher
auf.
""",
        "who_helps": "Das Portal „Zeit, in Russland zu leben“",
    },
    5: {
        "title": "Prüfung durch den Betreiber und Gespräch",
        "body": """\
Ihr Antrag wird von der beauftragten Organisation (Betreiber) geprüft, die sich mit der Gewinnung
von Impatrianten befasst. Der Betreiber kann weitere Informationen von Ihnen anfordern oder Sie zu
einem Gespräch einladen. Den Status Ihres Antrags können Sie auf dem Portal mit Ihrem Aktenzeichen
und Ihrem Zugangscode verfolgen.
""",
        "who_helps": "Der beauftragte Betreiber",
    },
    6: {
        "title": "Entscheidung des Innenministeriums",
        "body": """\
Unterstützt der Betreiber Ihren Antrag, richtet er ein Ersuchen an das Innenministerium Russlands.
Das Ministerium entscheidet unter Berücksichtigung der Ergebnisse des Gesprächs, ob Ihnen der
Impatriantenstatus verliehen wird. Die Entscheidung erscheint im Status Ihres Antrags.
""",
        "who_helps": "Innenministerium Russlands (MWD)",
    },
    7: {
        "title": "Visum und migrationsrechtliche Dokumente",
        "body": """\
Visumanträge werden vom Außenministerium Russlands bearbeitet, die migrationsrechtliche
Bearbeitung, etwa von Anträgen auf eine befristete Aufenthaltserlaubnis, vom Innenministerium. Der
Dienst „Zeit, in Russland zu leben“ soll es Ihnen ermöglichen, zu den Systemen beider Ministerien
überzugehen. Der Abschnitt mit den Rechtsvorschriften erläutert die Regeln, auf denen die Verfahren
beruhen.
""",
        "who_helps": (
            "Außenministerium (MID) für Visa; Innenministerium (MWD) für die migrationsrechtliche "
            "Bearbeitung"
        ),
    },
    8: {
        "title": ("Reisen Sie ein und wenden Sie sich an die regionale zentrale Anlaufstelle"),
        "body": """\
Wenden Sie sich nach Ihrer Ankunft an die zentrale Anlaufstelle für Impatrianten in Ihrer Region.
Sie hilft bei Dokumenten, bei der Arbeitssuche und bei der Anmeldung Ihrer Kinder an Schulen und
anderen Bildungseinrichtungen sowie mit Beratung und bei der Wohnungssuche. Die Seite der Region
führt ihre Unterstützungsmaßnahmen und, sobald veröffentlicht, die Kontaktdaten der zentralen
Anlaufstelle auf.
""",
        "who_helps": "Die regionale zentrale Anlaufstelle für Impatrianten",
    },
    9: {
        "title": "Leben Sie sich ein und planen Sie Ihre Zukunft in Russland",
        "body": """\
Die Anpassung braucht Zeit. Die Regionen helfen Impatrianten, Russisch zu lernen und die Kultur des
Landes kennenzulernen, und unterstützen sie im Rahmen des Systems der zentralen Anlaufstellen.
Impatrianten sind Menschen, die dauerhaft in Russland leben möchten: Die Konzeption der staatlichen
Migrationspolitik für 2026–2030 zielt darauf ab, die Mechanismen für den Aufenthalt und den Erwerb
der russischen Staatsbürgerschaft für Ausländerinnen und Ausländer zu verbessern, die zur
Entwicklung des Landes beitragen und seine traditionellen Werte teilen. Diese Verfahren werden vom
Innenministerium nach russischem Recht bearbeitet.
""",
        "who_helps": (
            "Die regionale zentrale Anlaufstelle; das Innenministerium für Aufenthalt und "
            "Staatsbürgerschaft"
        ),
    },
}

INFO_PAGES = {
    "about": {
        "title": "Über das Programm",
        "body": """\
„Zeit, in Russland zu leben“ ist der öffentliche Informationsdienst des Impatriationsprogramms. Er
richtet sich an qualifizierte Ausländerinnen und Ausländer, die die traditionellen russischen
geistigen und moralischen Werte teilen und nach Russland ziehen möchten, um dort dauerhaft zu leben.

## Warum es das Programm gibt

Wie bei dem Treffen in Kaluga im April 2025 festgestellt wurde, wächst weltweit die Zahl der
Menschen, die die traditionellen geistigen und kulturellen Werte Russlands teilen, und viele
Bürgerinnen und Bürger westlicher Länder erwägen ernsthaft, nach Russland zu ziehen und die
russische Staatsbürgerschaft zu beantragen. Sie können dies auf Grundlage des Erlasses Nr. 702 tun,
den der Präsident Russlands im August 2024 unterzeichnet hat. Die Übersiedlung solcher Menschen
wird nicht nur als Frage der Migrationspolitik gesehen, sondern auch als Ressource für die
wirtschaftliche Entwicklung des Landes und für die Stärkung des Humankapitals.

## Wer es organisiert

Gemäß der Anweisung des Präsidenten Nr. Pr-2423 vom 21. November 2024 hat die Agentur für
strategische Initiativen (ASI) unter der Leitung des Innenministeriums Russlands den
ressortübergreifenden Stab zur Unterstützung der Übersiedlung und Anpassung von Impatrianten
gebildet. Der Stab:

- entwickelt einen optimalen Nutzerweg für Impatrianten während ihrer gesamten Übersiedlung nach
  Russland;
- hat einen regionalen Standard für die soziale, kulturelle und wirtschaftliche Integration von
  Impatrianten entwickelt;
- hilft beim Aufbau und bei der Weiterentwicklung des Dienstes „Zeit, in Russland zu leben“;
- erarbeitet Vorschläge zur Änderung der Gesetzgebung, um die Kategorie der Impatrianten zu
  verankern.

Am 7. März 2025 billigte der Stab die Konzeption zur Verankerung der Kategorie der Impatrianten in
der russischen Gesetzgebung, und am 17. September 2025 billigte er einen Fahrplan zur Verbesserung
der Migrationsverfahren für bestimmte Kategorien ausländischer Staatsangehöriger und ihrer
Anpassung.

## Wo es tätig ist

Das Programm wird in russischen Regionen erprobt: Im April 2025 wurden neun Pilotregionen benannt.
Jede Pilotregion richtet eine zentrale Anlaufstelle ein, in der Impatrianten Hilfe bei Dokumenten,
bei der Beschäftigung und bei der Anmeldung von Kindern an Bildungseinrichtungen erhalten.

## Was dieser Dienst bietet

- Informationen über Möglichkeiten, in Russland zu leben und zu arbeiten, über Dienstleistungen und
  Unterstützungsmaßnahmen.
- Einen Übergang zu den Systemen für Visumanträge (Außenministerium) und für die
  migrationsrechtliche Bearbeitung (Innenministerium).
- Das Bewerbungsformular für das Impatriationsprogramm.
- Antworten auf häufig gestellte Fragen, Informationen zu Rechtsvorschriften und
  Erfolgsgeschichten.
""",
    },
    "criteria": {
        "title": "Kriterien und Kategorien",
        "body": """\
Nach der Konzeption zur Verankerung der Kategorie der Impatrianten in der Gesetzgebung der
Russischen Föderation, die der Stab am 7. März 2025 gebilligt hat, gilt ein ausländischer
Staatsangehöriger als Impatriant, wenn Kriterien auf zwei Ebenen erfüllt sind.

## Kriterium 1: gemeinsame Werte

Die moralischen, kulturellen und familiären Werte der Person stimmen mit den traditionellen
russischen geistigen und moralischen Werten überein. Dies soll durch die Unterzeichnung einer
Erklärung bestätigt werden. Auf diesem Portal unterzeichnen Sie die Werteerklärung als Teil des
Bewerbungsformulars.

## Kriterium 2: eine Kategorie mit hohem Integrationspotenzial

Die Person gehört einer der Kategorien ausländischer Staatsangehöriger mit hohem Potenzial für die
sozioökonomische und kulturelle Integration in die russische Gesellschaft an:

- **Qualifizierte Fachkräfte** – Fachleute in gefragten Berufen. In Russland werden unter anderem
  Ärztinnen und Ärzte sowie IT-Fachkräfte erwartet.
- **Wissenschaftlerinnen und Wissenschaftler** – Forschende, deren Wissen zur Entwicklung der
  russischen Wissenschaft und der beruflichen Bildung beiträgt.
- **Investorinnen und Investoren** – Menschen, die mit ihren Investitionen zur Entwicklung der
  russischen Wirtschaft beitragen.
- **Unternehmerinnen und Unternehmer** – Geschäftsleute, auch solche, die bereit sind, in Russland
  ein eigenes Unternehmen zu gründen.
- **Kreativschaffende** – Angehörige kreativer Berufe, deren Arbeit zu Kunst und Kultur beiträgt.
- **Talentierte Studierende und Absolventinnen und Absolventen** – junge Menschen, die in Russland
  studieren und ihre Zukunft aufbauen möchten.
- **Personen mit herausragendem Talent** – Menschen mit herausragenden Leistungen, zum Beispiel in
  Sport, Kreativwirtschaft, Kultur und Geisteswissenschaften, Bildung oder Wissenschaft und
  Technik.

## Wer entscheidet

Die Entscheidung über die Verleihung des Impatriantenstatus trifft das Innenministerium Russlands
auf Antrag der beauftragten Organisation (Betreiber), unter anderem auf Grundlage der Ergebnisse
eines Gesprächs. Der Online-Selbsttest auf diesem Portal ist nur eine Orientierungshilfe und keine
Entscheidung.
""",
    },
    "living-in-russia": {
        "title": "Leben in Russland",
        "body": """\
Ein Umzug in ein anderes Land verändert jeden Lebensbereich. Die Unterstützung für Impatrianten soll
daher systematisch sein und verschiedene Bereiche abdecken: von Beratung und Hilfe bei der
Wohnungssuche bis zur Hilfe beim Erlernen der russischen Sprache und beim Kennenlernen der Kultur
des Landes.

## Zentrale Anlaufstellen in den Regionen

Die am Programm teilnehmenden Regionen richten „zentrale Anlaufstellen“ für Impatrianten ein. Dort
erhalten Sie Hilfe bei Dokumenten, bei der Arbeitssuche und bei der Anmeldung Ihrer Kinder an
Schulen und anderen Bildungseinrichtungen. Nach dem Regionalen Standard unterstützt die zentrale
Anlaufstelle auch Ihre Anpassung nach der Ankunft, und jede Region benennt eine für die Arbeit mit
Impatrianten zuständige Amtsperson.

## Wohnen

Hilfe bei der Wohnungssuche ist einer der Bereiche der Unterstützung. Die konkreten Maßnahmen zum
Wohnen legt jede Region selbst fest, und sie unterscheiden sich von Region zu Region; Sie finden
sie auf der Seite der jeweiligen Region.

## Sprache und Kultur

Die Regionen helfen Impatrianten, Russisch zu lernen und die russische Kultur kennenzulernen. Sie
müssen die Sprache nicht fließend beherrschen, bevor Sie sich bewerben: Im Bewerbungsformular
geben Sie einfach Ihr aktuelles Niveau an.

## Wahl des Wohnorts

Das Programm wird in mehreren Regionen erprobt, von Moskau und der Oblast Moskau bis zu den
Oblasten Kaluga, Pskow und Samara und der Region Perm. Die Seite jeder Region beschreibt, wie die
Region mit Impatrianten arbeitet und welche Unterstützungsmaßnahmen sie bietet.
""",
    },
    "working-in-russia": {
        "title": "Arbeiten in Russland",
        "body": """\
Die Gewinnung von Spitzenkräften, die die Werte Russlands teilen, wird als wichtige Ressource für
die wirtschaftliche Entwicklung des Landes und für die Stärkung seines Humankapitals gesehen.
Solche Fachkräfte sind in den russischen Regionen sehr gefragt.

## Wer gefragt ist

Russland sucht insbesondere Ärztinnen und Ärzte, IT-Fachkräfte sowie Unternehmerinnen und
Unternehmer, die bereit sind, ein eigenes Unternehmen zu gründen, aber auch Menschen in anderen
Berufen. Wenn Sie Fachkraft in einem gefragten Beruf sind, passt voraussichtlich die Kategorie
„qualifizierte Fachkraft“ zu Ihnen.

## Hilfe bei der Arbeitssuche

Die regionalen zentralen Anlaufstellen helfen Impatrianten, eine Beschäftigung zu finden. Nach dem
Regionalen Standard ermitteln die Regionen ihren Bedarf, bestimmen Organisationen, die an
Impatrianten interessiert sind, sowie die Kategorien von Impatrianten, die für sie Vorrang haben,
und entwickeln Unterstützungsmaßnahmen für Arbeitgeber, die Impatrianten einstellen.

## Dokumente

Die migrationsrechtliche Bearbeitung, einschließlich der Anträge auf eine befristete
Aufenthaltserlaubnis, obliegt dem Innenministerium Russlands. Die zentrale Anlaufstelle in Ihrer
Region kann Ihnen bei den erforderlichen Dokumenten helfen.
""",
    },
    "studying-in-russia": {
        "title": "Studieren in Russland",
        "body": """\
Talentierte Studierende und Absolventinnen und Absolventen sind eine der Kategorien von
Impatrianten. Das Programm heißt junge Menschen willkommen, die die traditionellen russischen Werte
teilen und ihre Zukunft in Russland aufbauen möchten.

## Was internationale Studierende sagen

Die Agentur für strategische Initiativen hat in ihrer Studie „Russland mit den Augen
internationaler Studierender: Tourismus, Studium und neue Eindrücke“ untersucht, wie internationale
Studierende Russland sehen. Mehr als 45 % der Befragten gaben an, nach Abschluss ihres Studiums
gern in Russland bleiben zu wollen.

## Politische Ausrichtung

Die Konzeption der staatlichen Migrationspolitik für 2026–2030, gebilligt durch Erlass Nr. 738
vom 15. Oktober 2025, zählt zu ihren Zielen die Verbesserung der Mechanismen für die Einreise nach
Russland und den Aufenthalt dort für ausländische Staatsangehörige, die wissenschaftliche,
kulturelle und andere Beziehungen entwickeln und die russische Sprache sowie die Geschichte und
Kultur Russlands studieren möchten. Die Erhöhung der Zahl ausländischer Studierender an russischen
Hochschulen und Colleges gehört ebenfalls zu den Maßnahmen des Regierungsplans zur Umsetzung der
Migrationspolitik.

## Russisch lernen

Hilfe beim Erlernen der russischen Sprache ist Teil der Unterstützung für Impatrianten in den
Regionen. Wenn Sie mit Kindern umziehen, hilft die regionale zentrale Anlaufstelle, sie an Schulen
und anderen Bildungseinrichtungen anzumelden.
""",
    },
    "investing-in-russia": {
        "title": "Investieren und unternehmerisch tätig sein in Russland",
        "body": """\
Investorinnen und Investoren sowie Unternehmerinnen und Unternehmer bilden zwei der Kategorien von
Impatrianten. Geschäftsleute und Investoren, die die russischen geistigen und moralischen Werte
teilen und nach Russland ziehen möchten, um dort dauerhaft zu leben, gehören zu denjenigen, für die
das Programm gedacht ist.

## Politische Ausrichtung

Die Konzeption der staatlichen Migrationspolitik für 2026–2030, gebilligt durch Erlass Nr. 738
vom 15. Oktober 2025, setzt sich zum Ziel, die Mechanismen für den Aufenthalt in Russland und den
Erwerb der russischen Staatsbürgerschaft für ausländische Staatsangehörige zu verbessern, die mit
ihren Investitionen, Kenntnissen und Fähigkeiten zur Entwicklung der russischen Wirtschaft
beitragen und die traditionellen russischen geistigen und moralischen Werte teilen. Sie zielt
außerdem darauf ab, die Einreise- und Aufenthaltsbedingungen für Ausländerinnen und Ausländer zu
verbessern, die wirtschaftliche und geschäftliche Beziehungen entwickeln und unternehmerisch tätig
sein möchten.

## Unternehmerinnen und Unternehmer sind willkommen

Unternehmerinnen und Unternehmer, die bereit sind, ein eigenes Unternehmen zu gründen, gehören zu
den Menschen, die Russland sucht. Beschreiben Sie im Bewerbungsformular Ihre unternehmerische
Erfahrung und Ihre Pläne in Russland.

## Regionale Unterstützung

Nach dem Regionalen Standard legt jede Region fest, welche Kategorien von Impatrianten für sie
Vorrang haben, und stellt ihre eigene Liste von Unterstützungsmaßnahmen mit Finanzierung auf.
Informieren Sie sich auf den Seiten der Pilotregionen über die Maßnahmen, die Investorinnen und
Investoren sowie Unternehmerinnen und Unternehmern zur Verfügung stehen.
""",
    },
    "family": {
        "title": "Umzug mit der Familie",
        "body": """\
Das Programm berücksichtigt Familien. Der Regionale Standard für die soziale, kulturelle und
wirtschaftliche Integration von Impatrianten umfasst ausdrücklich Impatrianten, die gemeinsam mit
ihren Familienangehörigen umziehen.

## Im Bewerbungsformular

Wenn Sie das Bewerbungsformular ausfüllen, können Sie Ihren Ehepartner bzw. Ihre Ehepartnerin und
Ihre Kinder angeben, die mit Ihnen umziehen wollen. Das hilft dem Betreiber und der Region, die
Bedürfnisse Ihrer Familie zu verstehen.

## Bildung der Kinder

Die regionalen zentralen Anlaufstellen helfen Impatrianten, ihre Kinder an Schulen und anderen
Bildungseinrichtungen anzumelden. Die konkreten Regelungen legt jede Region fest und veröffentlicht
sie auf ihrer Seite.

## Unterstützung für die ganze Familie

Die Unterstützung für Impatrianten umfasst verschiedene Lebensbereiche: Beratung, Hilfe bei der
Wohnungssuche, beim Erlernen der russischen Sprache und beim Kennenlernen der Kultur des Landes.
Jede Region legt ihre eigenen Unterstützungsmaßnahmen fest, und einige davon können für
Familienangehörige bestimmt sein.

## Dokumente für Familienangehörige

Visa und Aufenthaltsdokumente für Familienangehörige werden vom Außenministerium und vom
Innenministerium nach den geltenden Vorschriften ausgestellt. Nach der Ankunft kann die regionale
zentrale Anlaufstelle Ihre Familie beraten.
""",
    },
}

DECLARATION = {
    "text": {
        "text": """\
**Erklärung über gemeinsame Werte**

Ich, der/die Unterzeichnende, reiche diese Erklärung zusammen mit meinem Bewerbungsformular beim
Dienst „Zeit, in Russland zu leben“ ein.

1. Ich erkläre, dass meine moralischen, kulturellen und familiären Werte mit den traditionellen
   russischen geistigen und moralischen Werten übereinstimmen und dass ich diese Werte teile.
2. Ich möchte in die Russische Föderation übersiedeln, um dort dauerhaft zu leben.
3. Ich beabsichtige, die Gesetze der Russischen Föderation, ihre Geschichte und Kultur sowie die
   Traditionen der in ihr lebenden Völker zu achten.
4. Ich bestätige, dass die Angaben in meinem Bewerbungsformular nach meinem besten Wissen wahr und
   vollständig sind.

Mir ist bekannt, dass diese Erklärung das erste der beiden Kriterien für die Anerkennung als
Impatriant bestätigt und für sich allein keinen Status, kein Visum und keine Erlaubnis verleiht.
Die Entscheidung über den Impatriantenstatus trifft das Innenministerium der Russischen Föderation
auf Antrag der beauftragten Organisation (Betreiber), unter anderem auf Grundlage der Ergebnisse
eines Gesprächs.
""",
    },
}
