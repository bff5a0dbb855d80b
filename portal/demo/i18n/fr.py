"""French translations of the demo content (portal/demo/)."""

REGIONS = {
    "RU-KLU": {
        "name": "Région de Kalouga",
        "description": (
            "La région de Kalouga, dont le chef-lieu est la ville de Kalouga, est l'une des "
            "neuf régions pilotes pour le soutien aux impatriés désignées en avril 2025. "
            "Kalouga a accueilli la réunion conjointe délocalisée de la commission du Conseil"
            " d'État chargée des ressources humaines et de l'Agence pour les initiatives "
            "stratégiques consacrée à la création de conditions pour l'intégration des "
            "étrangers en Russie ; la commission est présidée par le gouverneur de la région "
            "de Kalouga, Vladislav Chapcha. Selon l'Agence pour les initiatives stratégiques "
            "(ASI), la région travaille avec les impatriés par l'intermédiaire d'un organisme"
            " subordonné ou d'une unité distincte d'un organe exécutif régional. Les mesures "
            "de soutien présentées pour la région à ce stade sont des exemples ; les mesures "
            "effectives de la région seront publiées ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-MOW": {
        "name": "Moscou",
        "description": (
            "Moscou est la capitale de la Russie et une ville d'importance fédérale. C'est "
            "l'une des neuf régions pilotes pour le soutien aux impatriés désignées en avril "
            "2025. Selon l'Agence pour les initiatives stratégiques (ASI), la région "
            "travaille avec les impatriés par l'intermédiaire d'un organisme subordonné ou "
            "d'une unité distincte d'un organe exécutif régional. Les mesures de soutien "
            "présentées pour la région à ce stade sont des exemples ; les mesures effectives "
            "de la région seront publiées ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-MOS": {
        "name": "Région de Moscou",
        "description": (
            "La région de Moscou entoure la ville de Moscou. C'est l'une des neuf régions "
            "pilotes pour le soutien aux impatriés désignées en avril 2025. Selon l'Agence "
            "pour les initiatives stratégiques (ASI), le modèle de la région consiste à "
            "confier à un organe exécutif régional existant les compétences pour travailler "
            "avec les impatriés. Les mesures de soutien présentées pour la région à ce stade "
            "sont des exemples ; les mesures effectives de la région seront publiées ici dès "
            "leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-LIP": {
        "name": "Région de Lipetsk",
        "description": (
            "Le chef-lieu régional est la ville de Lipetsk. C'est l'une des neuf régions "
            "pilotes pour le soutien aux impatriés désignées en avril 2025. Selon l'Agence "
            "pour les initiatives stratégiques (ASI), le modèle de la région consiste à "
            "confier à un organe exécutif régional existant les compétences pour travailler "
            "avec les impatriés. Les mesures de soutien présentées pour la région à ce stade "
            "sont des exemples ; les mesures effectives de la région seront publiées ici dès "
            "leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-NGR": {
        "name": "Région de Novgorod",
        "description": (
            "Le chef-lieu régional est la ville de Veliki Novgorod. C'est l'une des neuf "
            "régions pilotes pour le soutien aux impatriés désignées en avril 2025. Selon "
            "l'Agence pour les initiatives stratégiques (ASI), le modèle de la région "
            "consiste à confier à un organe exécutif régional existant les compétences pour "
            "travailler avec les impatriés. Les mesures de soutien présentées pour la région "
            "à ce stade sont des exemples ; les mesures effectives de la région seront "
            "publiées ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-SAM": {
        "name": "Région de Samara",
        "description": (
            "Le chef-lieu régional est la ville de Samara. C'est l'une des neuf régions "
            "pilotes pour le soutien aux impatriés désignées en avril 2025. Selon l'Agence "
            "pour les initiatives stratégiques (ASI), le modèle de la région consiste à "
            "confier à un organe exécutif régional existant les compétences pour travailler "
            "avec les impatriés. Les mesures de soutien présentées pour la région à ce stade "
            "sont des exemples ; les mesures effectives de la région seront publiées ici dès "
            "leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-VLA": {
        "name": "Région de Vladimir",
        "description": (
            "Le chef-lieu régional est la ville de Vladimir. C'est l'une des neuf régions "
            "pilotes pour le soutien aux impatriés désignées en avril 2025. Selon l'Agence "
            "pour les initiatives stratégiques (ASI), la région travaille avec les impatriés "
            "par l'intermédiaire d'un organisme subordonné ou d'une unité distincte d'un "
            "organe exécutif régional. Les mesures de soutien présentées pour la région à ce "
            "stade sont des exemples ; les mesures effectives de la région seront publiées "
            "ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-PSK": {
        "name": "Région de Pskov",
        "description": (
            "Le chef-lieu régional est la ville de Pskov. C'est l'une des neuf régions "
            "pilotes pour le soutien aux impatriés désignées en avril 2025. Selon l'Agence "
            "pour les initiatives stratégiques (ASI), c'est la seule région citée dont le "
            "modèle repose sur une unité dédiée, placée auprès du chef de la région, pour "
            "soutenir les impatriés. Les mesures de soutien présentées pour la région à ce "
            "stade sont des exemples ; les mesures effectives de la région seront publiées "
            "ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-PER": {
        "name": "Kraï de Perm",
        "description": (
            "Le chef-lieu régional est la ville de Perm. C'est l'une des neuf régions pilotes"
            " pour le soutien aux impatriés désignées en avril 2025. L'aperçu de l'ASI "
            "consacré aux modèles utilisés dans les régions pilotes ne mentionne pas cette "
            "région ; son modèle de travail avec les impatriés n'est donc pas indiqué ici. "
            "Les mesures de soutien présentées pour la région à ce stade sont des exemples ; "
            "les mesures effectives de la région seront publiées ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
    "RU-NIZ": {
        "name": "Région de Nijni Novgorod",
        "description": (
            "Le chef-lieu régional est la ville de Nijni Novgorod. La région ne figurait pas "
            "parmi les neuf régions pilotes désignées en avril 2025, mais l'aperçu ultérieur "
            "de l'ASI consacré aux modèles utilisés dans les régions pilotes la mentionne. "
            "Selon l'Agence pour les initiatives stratégiques (ASI), la région travaille avec"
            " les impatriés par l'intermédiaire d'un organisme subordonné ou d'une unité "
            "distincte d'un organe exécutif régional. Les mesures de soutien présentées pour "
            "la région à ce stade sont des exemples ; les mesures effectives de la région "
            "seront publiées ici dès leur adoption."
        ),
        "office_name": "Guichet unique régional pour les impatriés",
        "official_title": "Responsable régional chargé de l'impatriation",
    },
}

FAQ_TOPICS = {
    "about": {"title": "À propos du programme"},
    "eligibility": {"title": "Qui peut déposer une demande"},
    "procedure": {"title": "Demande et décision"},
    "family": {"title": "Famille"},
    "life": {"title": "Vivre en Russie"},
    "legal": {"title": "Base juridique"},
}


FAQS = {
    ("about", 1): {
        "question": "Qui est un impatrié ?",
        "answer": """\
Les impatriés sont des citoyens étrangers (étudiants talentueux, scientifiques, spécialistes
recherchés, entrepreneurs, investisseurs ou représentants des professions créatives) qui partagent
les valeurs spirituelles et morales traditionnelles russes et souhaitent s'installer dans la
Fédération de Russie pour y résider à titre permanent.

Cette catégorie est en cours de consécration dans la législation russe : le Concept approuvé par
l'état-major le 7 mars 2025 fixe les critères, et un acte normatif définissant le statut juridique
des impatriés est en cours d'élaboration.
""",
    },
    ("about", 2): {
        "question": "Qu'est-ce que le service « Le temps de vivre en Russie » ?",
        "answer": """\
« Le temps de vivre en Russie » est un service d'information et de communication destiné aux
étrangers qui envisagent de s'installer en Russie. Il se veut la première étape du parcours d'un
impatrié, avant même son déménagement. Le service propose :

- des informations sur les possibilités de vivre et de travailler en Russie, sur les services et
  sur les mesures de soutien ;
- un accès aux systèmes de demande de visa (ministère des Affaires étrangères de la Russie) et de
  formalités migratoires (ministère de l'Intérieur de la Russie) ;
- le formulaire de candidature au programme d'impatriation ;
- des réponses aux questions fréquentes ;
- des informations réglementaires ;
- des témoignages.

Le service est créé en coopération avec le Portail unique des services publics et municipaux
(Gosouslougui).
""",
    },
    ("about", 3): {
        "question": "Qui pilote le programme d'impatriation ?",
        "answer": """\
Conformément à l'instruction du Président n° Pr-2423 du 21 novembre 2024 relative à la mise en
œuvre du décret n° 702, l'Agence pour les initiatives stratégiques (ASI), sous la direction du
ministère de l'Intérieur de la Russie, a constitué l'état-major interministériel de soutien au
déménagement et à l'adaptation des impatriés.

L'état-major élabore le parcours usager des impatriés et le standard régional de leur intégration,
contribue à la création du service « Le temps de vivre en Russie » et prépare des propositions de
modification de la législation. Dans les régions, ce travail est mené par les autorités régionales
conformément au Standard régional.
""",
    },
    ("about", 4): {
        "question": "Quelles régions participent au projet pilote ?",
        "answer": """\
En avril 2025, neuf régions pilotes ont été désignées : Moscou, les régions de Kalouga, de Moscou,
de Lipetsk, de Novgorod, de Samara, de Vladimir et de Pskov, ainsi que le kraï de Perm. Seules
trois régions avaient été annoncées au départ ; leur nombre est passé à neuf après que des
gouverneurs ont demandé l'inclusion de leur région. Le projet pilote permet de tester différents
mécanismes de soutien aux citoyens étrangers qui s'installent en Russie.

Un aperçu ultérieur de l'ASI consacré aux modèles utilisés dans les régions pilotes mentionne
également la région de Nijni Novgorod. La page de chaque région décrit sa participation et ses
mesures de soutien.
""",
    },
    ("about", 5): {
        "question": "Qu'est-ce qu'un guichet unique pour les impatriés ?",
        "answer": """\
Conformément au Standard régional, chaque région crée une agence ou un organisme dédié chargé
d'aider les impatriés selon le principe du « guichet unique ». Les guichets uniques aident les
étrangers dans leurs démarches administratives, leur recherche d'emploi et l'inscription de leurs
enfants à l'école et dans d'autres établissements d'enseignement. Le soutien doit couvrir
différents domaines de la vie, du conseil et de l'aide à la recherche d'un logement jusqu'à
l'apprentissage du russe et à la découverte de la culture du pays.

Les coordonnées des guichets uniques régionaux seront publiées sur les pages des régions à mesure
que celles-ci les communiqueront.
""",
    },
    ("about", 6): {
        "question": "S'agit-il du même programme que celui de réinstallation des compatriotes ?",
        "answer": """\
Non. Le Programme d'État d'aide à la réinstallation volontaire des compatriotes vivant à
l'étranger est un programme distinct, doté de ses propres règles. Depuis 2024, il inclut les
rapatriés en tant que nouvelle catégorie de participants ; selon le ministère de l'Intérieur, comme
indiqué en avril 2025, plus de 2 600 rapatriés se sont installés en Russie dans ce cadre depuis
2024.

Le programme d'impatriation s'adresse aux citoyens étrangers qui partagent les valeurs spirituelles
et morales traditionnelles russes et appartiennent à l'une des sept catégories décrites sur ce
portail.
""",
    },
    ("eligibility", 1): {
        "question": "Quels sont les deux critères pour devenir impatrié ?",
        "answer": """\
Conformément au Concept approuvé par l'état-major le 7 mars 2025, un citoyen étranger doit
satisfaire à deux niveaux de critères :

1. **Le partage des valeurs.** Les valeurs morales, culturelles et familiales de la personne sont
   en accord avec les valeurs spirituelles et morales traditionnelles russes. Il est proposé de le
   confirmer par la signature d'une déclaration.
2. **Une catégorie à fort potentiel d'intégration.** La personne est un professionnel qualifié, un
   scientifique, un investisseur, un entrepreneur, un étudiant ou diplômé talentueux, un
   professionnel de la création ou une personne au talent exceptionnel.

Les deux critères doivent être remplis.
""",
    },
    ("eligibility", 2): {
        "question": "Quelles sont les catégories de candidats ?",
        "answer": """\
Il existe sept catégories de citoyens étrangers disposant d'un fort potentiel d'intégration
socio-économique et culturelle dans la société russe :

- les professionnels qualifiés ;
- les scientifiques ;
- les investisseurs ;
- les entrepreneurs ;
- les professionnels de la création ;
- les étudiants et diplômés talentueux ;
- les personnes au talent exceptionnel.

Dans le formulaire de candidature, vous choisissez celle qui vous correspond le mieux. La page
« Critères » décrit chaque catégorie.
""",
    },
    ("eligibility", 3): {
        "question": "Que signifie « talent exceptionnel » ?",
        "answer": """\
Cette catégorie s'adresse aux personnes ayant des réalisations exceptionnelles qui ne relèvent
pas nécessairement des autres catégories. Le Président de la Russie a décrit les personnes que la
Russie souhaite attirer comme celles qui exercent des professions et possèdent des connaissances
recherchées, capables d'apporter une contribution significative à l'économie, et ayant des
réalisations dans le sport, les industries créatives, la culture et les sciences humaines,
l'éducation, ainsi que la science et la technologie.

Dans le formulaire de candidature, décrivez vos réalisations et les distinctions que vous avez
reçues.
""",
    },
    ("eligibility", 4): {
        "question": "Qu'est-ce que la déclaration des valeurs et pourquoi dois-je la signer ?",
        "answer": """\
Le premier critère applicable aux impatriés est que leurs valeurs morales, culturelles et
familiales soient en accord avec les valeurs spirituelles et morales traditionnelles russes. Le
Concept propose que cela soit confirmé par la signature d'un formulaire déclaratif.

Sur ce portail, la déclaration fait partie du formulaire de candidature : vous la lisez et la
signez en saisissant vos nom et prénom complets. La signature de la déclaration ne confère en
elle-même aucun statut, visa ni permis.
""",
    },
    ("eligibility", 5): {
        "question": "Le résultat de l'auto-évaluation en ligne constitue-t-il une décision juridique ?",
        "answer": """\
Non. L'auto-évaluation vous aide seulement à voir si vous êtes susceptible de remplir les deux
critères. Elle est donnée à titre indicatif, ne constitue pas une décision et ne vaut pas dépôt
d'une demande.

La décision relative au statut d'impatrié est prise par le ministère de l'Intérieur de la Russie
sur demande de l'opérateur habilité, après l'examen de votre demande et, le cas échéant, à
l'issue d'un entretien.
""",
    },
    ("eligibility", 6): {
        "question": "Dois-je parler russe pour déposer une demande ?",
        "answer": """\
Les deux critères énoncés dans le Concept ne mentionnent pas la connaissance du russe. Dans le
formulaire de candidature, vous indiquez votre niveau actuel, de nul à courant. D'autres
procédures migratoires, comme celles relatives aux permis de séjour ou à la citoyenneté, ont leurs
propres exigences fixées par la législation.

L'aide à l'apprentissage du russe est l'une des formes de soutien que les régions apportent aux
impatriés.
""",
    },
    ("eligibility", 7): {
        "question": "Les citoyens de quels pays peuvent-ils déposer une demande ?",
        "answer": """\
Le Concept parle des citoyens étrangers en général et ne réserve pas le programme à certains pays.
Dans la pratique, les demandes au titre du décret n° 702 proviennent principalement de citoyens de
pays de l'UE, des États-Unis et du Canada ; des demandes de citoyens du Royaume-Uni, d'Autriche et
des pays baltes ont également été signalées.
""",
    },
    ("procedure", 1): {
        "question": "Qui décide si je suis reconnu comme impatrié ?",
        "answer": """\
La décision d'accorder à un citoyen étranger le statut d'impatrié est prise par le ministère de
l'Intérieur de la Russie (MVD). Le ministère statue sur la base d'une demande d'un organisme
habilité (opérateur) chargé d'attirer les impatriés, notamment au vu des résultats d'un entretien.
""",
    },
    ("procedure", 2): {
        "question": "Qu'est-ce que l'opérateur et que se passe-t-il lors de l'entretien ?",
        "answer": """\
L'opérateur est l'organisme habilité chargé d'attirer les impatriés. Il examine les demandes des
candidats, peut demander des informations complémentaires et peut inviter un candidat à un
entretien. Si l'opérateur soutient une demande, il adresse une demande au ministère de
l'Intérieur, qui prend la décision.

L'entretien permet à l'opérateur de comprendre votre parcours, vos projets et votre motivation. Si
vous êtes invité, vous recevrez les détails via les coordonnées indiquées dans votre demande.
""",
    },
    ("procedure", 3): {
        "question": "Que se passe-t-il une fois ma demande déposée ?",
        "answer": """\
Après l'envoi du formulaire de candidature, vous recevez un numéro de dossier et un code d'accès.
Conservez-les : ils vous sont tous deux nécessaires pour suivre l'état de votre demande sur le
portail.

Votre demande passe ensuite par les étapes suivantes :

1. **Déposée** — la demande a été reçue.
2. **En cours d'examen** — l'opérateur l'examine. Il peut demander des informations
   complémentaires ou vous inviter à un entretien.
3. **Approuvée ou rejetée par l'opérateur.** Une demande approuvée est transmise au ministère de
   l'Intérieur.
4. **Décision du ministère de l'Intérieur** — le statut d'impatrié est accordé ou refusé.

Vous pouvez retirer votre demande avant le début de l'examen, ou lorsque l'opérateur attend de
votre part des informations complémentaires.
""",
    },
    ("procedure", 4): {
        "question": "Comment demander un visa ?",
        "answer": """\
Les demandes de visa relèvent du ministère des Affaires étrangères de la Russie (MID). Le service
« Le temps de vivre en Russie » est conçu pour vous permettre d'accéder au système du ministère
destiné au dépôt des demandes de visa.

En avril 2025, il a été indiqué que 100 à 150 visas par mois étaient délivrés aux étrangers
s'installant en Russie au titre du décret n° 702.
""",
    },
    ("procedure", 5): {
        "question": "Où les documents de séjour sont-ils traités ?",
        "answer": """\
Les formalités migratoires relèvent du ministère de l'Intérieur de la Russie (MVD). Par exemple,
les demandes de permis de séjour temporaire au titre du décret n° 702 sont reçues par les services
du ministère ; en avril 2025, ils avaient reçu 1 100 demandes de ce type.

Le service « Le temps de vivre en Russie » est conçu pour vous permettre d'accéder aux systèmes du
ministère dédiés aux formalités migratoires, et les guichets uniques régionaux vous aident dans vos
démarches administratives après votre arrivée.
""",
    },
    ("procedure", 6): {
        "question": "Combien de temps dure la procédure ?",
        "answer": """\
Aucun délai n'a encore été publié pour l'examen par l'opérateur ni pour la décision du ministère
de l'Intérieur. Vous pouvez suivre chaque changement d'état de votre demande sur la page de suivi,
à l'aide de votre numéro de dossier et de votre code d'accès.
""",
    },
    ("family", 1): {
        "question": "Ma famille peut-elle s'installer avec moi ?",
        "answer": """\
Oui, le programme tient compte des familles. Le Standard régional couvre l'intégration sociale,
culturelle et économique des impatriés, y compris avec les membres de leur famille. Dans le
formulaire de candidature, vous pouvez indiquer votre conjoint et vos enfants.

Les visas et les documents de séjour des membres de la famille sont délivrés par le ministère des
Affaires étrangères et le ministère de l'Intérieur selon les règles applicables. Après votre
arrivée, le guichet unique régional peut conseiller votre famille.
""",
    },
    ("family", 2): {
        "question": "Mes enfants auront-ils une place à l'école ?",
        "answer": """\
Les guichets uniques régionaux aident les impatriés à inscrire leurs enfants à l'école et dans
d'autres établissements d'enseignement. Les modalités concrètes varient d'une région à l'autre et
sont publiées sur la page de chaque région en tant que mesures de soutien.
""",
    },
    ("life", 1): {
        "question": "Recevrai-je une aide pour me loger ?",
        "answer": """\
Le soutien aux impatriés doit couvrir différents domaines de la vie, y compris l'aide à la
recherche d'un logement. Conformément au Standard régional, chaque région établit sa propre liste
de mesures de soutien ; la nature et l'étendue de l'aide au logement varient donc d'une région à
l'autre. Les mesures sont publiées sur la page de chaque région.
""",
    },
    ("life", 2): {
        "question": "Recevrai-je une aide pour trouver un emploi ?",
        "answer": """\
Oui. Les guichets uniques régionaux aident les impatriés à trouver un emploi. Conformément au
Standard régional, les régions élaborent également des mesures de soutien pour les employeurs qui
recrutent des impatriés.

La Russie recherche en particulier des médecins, des spécialistes de l'informatique et des
entrepreneurs prêts à créer leur propre entreprise, ainsi que des personnes exerçant d'autres
professions.
""",
    },
    ("life", 3): {
        "question": "Puis-je apprendre le russe après mon arrivée ?",
        "answer": """\
Oui. L'aide à l'apprentissage du russe et à la découverte de la culture du pays fait partie du
soutien aux impatriés. Le format des cours de langue varie d'une région à l'autre ; consultez les
mesures de soutien sur la page de chaque région.
""",
    },
    ("life", 4): {
        "question": "Comment choisir une région ?",
        "answer": """\
Consultez les pages des régions pilotes : chacune décrit la participation de la région au
programme, la manière dont elle travaille avec les impatriés et ses mesures de soutien.
Conformément au Standard régional, les régions définissent également les catégories d'impatriés
qui sont prioritaires pour elles. Dans le formulaire de candidature, vous pouvez indiquer une ou
plusieurs régions de préférence.
""",
    },
    ("life", 5): {
        "question": "Pourrai-je obtenir par la suite la résidence permanente ou la citoyenneté russe ?",
        "answer": """\
Les impatriés sont, par définition, des personnes qui souhaitent s'installer en Russie pour y
résider à titre permanent. Le Concept de la politique migratoire de l'État pour 2026–2030,
approuvé par le décret n° 738 du 15 octobre 2025, fixe l'objectif d'améliorer les mécanismes de
résidence en Russie et d'acquisition de la citoyenneté russe pour les citoyens étrangers qui
contribuent au développement du pays et partagent les valeurs spirituelles et morales
traditionnelles russes.

Les procédures et exigences concrètes sont fixées par la législation russe et relèvent du
ministère de l'Intérieur.
""",
    },
    ("legal", 1): {
        "question": "Qu'est-ce que le décret n° 702 ?",
        "answer": """\
Le décret n° 702 (également rendu en anglais par Executive Order No. 702) a été signé par le
Président de la Russie en août 2024. Il simplifie la procédure d'installation des citoyens
étrangers qui partagent les valeurs spirituelles et morales traditionnelles russes. Les demandes
de permis de séjour temporaire au titre de ce décret sont reçues par les services du ministère de
l'Intérieur.

L'instruction du Président n° Pr-2423 du 21 novembre 2024 porte sur la mise en œuvre du décret.
Pour plus de détails, consultez la rubrique « Textes réglementaires ».
""",
    },
    ("legal", 2): {
        "question": "Le statut d'« impatrié » est-il déjà inscrit dans la loi ?",
        "answer": """\
Pas encore. Le 7 mars 2025, l'état-major a approuvé le Concept de consécration de la catégorie
des impatriés dans la législation de la Fédération de Russie. Sur cette base, un projet d'acte
normatif est en cours d'élaboration ; il consacrera la notion d'« impatrié » et en définira le
statut juridique. Le portail publiera l'acte dès son adoption.
""",
    },
    ("legal", 3): {
        "question": "Qu'est-ce que le Standard régional ?",
        "answer": """\
Le Standard régional d'intégration sociale, culturelle et économique des impatriés, y compris avec
les membres de leur famille, fixe huit dispositions fondamentales à l'intention des régions. Elles
comprennent la définition des catégories d'impatriés prioritaires pour la région, la désignation
d'un responsable, la mise en place d'un guichet unique, l'établissement d'une liste de mesures de
soutien régionales assorties d'un financement, et l'élaboration de mesures de soutien pour les
employeurs qui recrutent des impatriés. La liste complète figure dans la rubrique « Textes
réglementaires ».
""",
    },
}

JOURNEY_STEPS = {
    1: {
        "title": "Découvrir le programme",
        "body": """\
Le service « Le temps de vivre en Russie » est la première étape du parcours d'un impatrié, avant
même son déménagement. Informez-vous sur les possibilités de vivre, de travailler, d'étudier et
d'investir en Russie, sur les mesures de soutien dans les régions et sur les documents sur
lesquels repose le programme. Les réponses aux questions courantes sont rassemblées dans la FAQ.
""",
        "who_helps": "Le portail « Le temps de vivre en Russie »",
    },
    2: {
        "title": "Vérifier si vous remplissez les deux critères",
        "body": """\
Un impatrié partage les valeurs spirituelles et morales traditionnelles russes et appartient à
l'une des sept catégories : professionnels qualifiés, scientifiques, investisseurs, entrepreneurs,
professionnels de la création, étudiants et diplômés talentueux, ou personnes au talent
exceptionnel. L'auto-évaluation en ligne vous aide à voir si vous êtes susceptible de remplir les
deux critères. Son résultat est donné à titre indicatif uniquement et ne constitue pas une
décision.
""",
        "who_helps": "L'auto-évaluation en ligne",
    },
    3: {
        "title": "Choisir les régions qui vous conviennent",
        "body": """\
Le programme est expérimenté dans plusieurs régions russes. La page de chaque région décrit la
manière dont elle travaille avec les impatriés et le soutien qu'elle propose. Notez les régions
que vous préférez : vous les indiquerez dans le formulaire de candidature.
""",
        "who_helps": "Les pages régionales de ce portail",
    },
    4: {
        "title": "Remplir le formulaire de candidature et signer la déclaration des valeurs",
        "body": """\
Remplissez le formulaire de candidature : vos données personnelles, votre catégorie et une
description de votre formation, de votre activité professionnelle ou de vos réalisations, vos
régions de préférence et, s'ils s'installent avec vous, les membres de votre famille. Lisez la
déclaration des valeurs et signez-la en saisissant vos nom et prénom complets. Après l'envoi du
formulaire, vous recevez un numéro de dossier et un code d'accès ; conservez-les en lieu sûr.
""",
        "who_helps": "Le portail « Le temps de vivre en Russie »",
    },
    5: {
        "title": "Examen par l'opérateur et entretien",
        "body": """\
Votre demande est examinée par l'organisme habilité (opérateur) chargé d'attirer les impatriés.
L'opérateur peut vous demander des informations complémentaires ou vous inviter à un entretien.
Vous pouvez suivre l'état de votre demande sur le portail à l'aide de votre numéro de dossier et
de votre code d'accès.
""",
        "who_helps": "L'opérateur habilité",
    },
    6: {
        "title": "Décision du ministère de l'Intérieur",
        "body": """\
Si l'opérateur soutient votre demande, il adresse une demande au ministère de l'Intérieur de la
Russie. Le ministère décide de vous accorder ou non le statut d'impatrié, en tenant compte des
résultats de l'entretien. La décision apparaît dans l'état de votre demande.
""",
        "who_helps": "Ministère de l'Intérieur de la Russie (MVD)",
    },
    7: {
        "title": "Visa et documents migratoires",
        "body": """\
Les demandes de visa relèvent du ministère des Affaires étrangères de la Russie, et les
formalités migratoires, comme les demandes de permis de séjour temporaire, du ministère de
l'Intérieur. Le service « Le temps de vivre en Russie » est conçu pour vous permettre d'accéder aux
systèmes de ces deux ministères. La rubrique des textes réglementaires explique les règles sur
lesquelles reposent les procédures.
""",
        "who_helps": (
            "Ministère des Affaires étrangères (MID) pour les visas ; ministère de l'Intérieur "
            "(MVD) pour les formalités migratoires"
        ),
    },
    8: {
        "title": "Arriver et contacter le guichet unique régional",
        "body": """\
Après votre arrivée, contactez le guichet unique pour les impatriés de votre région. Il vous aide
dans vos démarches administratives, votre recherche d'emploi et l'inscription de vos enfants à
l'école et dans d'autres établissements d'enseignement, et vous apporte également conseils et aide
pour trouver un logement. La page de la région présente ses mesures de soutien et, une fois
publiées, les coordonnées du guichet unique.
""",
        "who_helps": "Le guichet unique régional pour les impatriés",
    },
    9: {
        "title": "S'installer et préparer votre avenir en Russie",
        "body": """\
L'adaptation prend du temps. Les régions aident les impatriés à apprendre le russe et à découvrir
la culture du pays, et les accompagnent dans le cadre du dispositif de guichet unique. Les
impatriés sont des personnes qui souhaitent vivre en Russie à titre permanent : le Concept de la
politique migratoire de l'État pour 2026–2030 vise à améliorer les mécanismes de résidence et
d'acquisition de la citoyenneté russe pour les étrangers qui contribuent au développement du pays
et en partagent les valeurs traditionnelles. Ces procédures relèvent du ministère de l'Intérieur,
conformément à la législation russe.
""",
        "who_helps": (
            "Le guichet unique régional ; le ministère de l'Intérieur pour la résidence et la "
            "citoyenneté"
        ),
    },
}

INFO_PAGES = {
    "about": {
        "title": "À propos du programme",
        "body": """\
« Le temps de vivre en Russie » est le service public d'information du programme d'impatriation.
Il s'adresse aux étrangers qualifiés qui partagent les valeurs spirituelles et morales
traditionnelles russes et souhaitent s'installer en Russie pour y résider à titre permanent.

## Pourquoi ce programme existe

Comme il a été souligné lors de la réunion de Kalouga en avril 2025, le nombre de personnes dans
le monde qui partagent les valeurs spirituelles et culturelles traditionnelles de la Russie
augmente, et de nombreux citoyens de pays occidentaux envisagent sérieusement de s'installer en
Russie et de demander la citoyenneté russe. Ils peuvent le faire au titre du décret n° 702, signé
par le Président de la Russie en août 2024. L'installation de ces personnes est considérée non
seulement comme une question de politique migratoire, mais aussi comme une ressource pour le
développement économique du pays et le renforcement du capital humain.

## Qui l'organise

Conformément à l'instruction du Président n° Pr-2423 du 21 novembre 2024, l'Agence pour les
initiatives stratégiques (ASI), sous la direction du ministère de l'Intérieur de la Russie, a
constitué l'état-major interministériel de soutien au déménagement et à l'adaptation des
impatriés. L'état-major :

- élabore un parcours usager optimal pour les impatriés tout au long de leur installation en
  Russie ;
- a élaboré un standard régional d'intégration sociale, culturelle et économique des impatriés ;
- contribue à la création et au développement du service « Le temps de vivre en Russie » ;
- prépare des propositions de modification de la législation afin de consacrer la catégorie des
  impatriés.

Le 7 mars 2025, l'état-major a approuvé le Concept de consécration de la catégorie des impatriés
dans la législation russe et, le 17 septembre 2025, une feuille de route pour l'amélioration des
procédures migratoires applicables à certaines catégories de citoyens étrangers et de leur
adaptation.

## Où il est mis en œuvre

Le programme est expérimenté dans des régions russes : en avril 2025, neuf régions pilotes ont été
désignées. Chaque région pilote organise un guichet unique où les impatriés reçoivent une aide pour
leurs démarches administratives, l'emploi et l'inscription de leurs enfants dans des
établissements d'enseignement.

## Ce que propose ce service

- Des informations sur les possibilités de vivre et de travailler en Russie, sur les services et
  sur les mesures de soutien.
- Un accès aux systèmes de demande de visa (ministère des Affaires étrangères) et de formalités
  migratoires (ministère de l'Intérieur).
- Le formulaire de candidature au programme d'impatriation.
- Des réponses aux questions fréquentes, des informations réglementaires et des témoignages.
""",
    },
    "criteria": {
        "title": "Critères et catégories",
        "body": """\
Conformément au Concept de consécration de la catégorie des impatriés dans la législation de la
Fédération de Russie, approuvé par l'état-major le 7 mars 2025, un citoyen étranger est considéré
comme impatrié s'il satisfait à deux niveaux de critères.

## Critère 1 : le partage des valeurs

Les valeurs morales, culturelles et familiales de la personne sont en accord avec les valeurs
spirituelles et morales traditionnelles russes. Il est proposé de le confirmer par la signature
d'un formulaire déclaratif. Sur ce portail, vous signez la déclaration des valeurs dans le cadre
du formulaire de candidature.

## Critère 2 : une catégorie à fort potentiel d'intégration

La personne appartient à l'une des catégories de citoyens étrangers disposant d'un fort potentiel
d'intégration socio-économique et culturelle dans la société russe :

- **Professionnels qualifiés** — spécialistes de professions recherchées. La Russie attend
  notamment des médecins et des spécialistes de l'informatique.
- **Scientifiques** — chercheurs dont les connaissances contribuent au développement de la science
  et de l'enseignement professionnel russes.
- **Investisseurs** — personnes qui contribuent au développement de l'économie russe par leurs
  investissements.
- **Entrepreneurs** — gens d'affaires, y compris ceux qui sont prêts à créer leur propre entreprise
  en Russie.
- **Professionnels de la création** — représentants des professions créatives dont le travail
  contribue à l'art et à la culture.
- **Étudiants et diplômés talentueux** — jeunes qui souhaitent étudier et construire leur avenir
  en Russie.
- **Personnes au talent exceptionnel** — personnes ayant des réalisations exceptionnelles, par
  exemple dans le sport, les industries créatives, la culture et les sciences humaines,
  l'éducation, ou la science et la technologie.

## Qui décide

La décision d'accorder le statut d'impatrié est prise par le ministère de l'Intérieur de la Russie
sur la base d'une demande de l'organisme habilité (opérateur), notamment au vu des résultats d'un
entretien. L'auto-évaluation en ligne proposée sur ce portail est donnée à titre indicatif
uniquement et ne constitue pas une décision.
""",
    },
    "living-in-russia": {
        "title": "Vivre en Russie",
        "body": """\
S'installer dans un autre pays change tous les aspects de la vie. Le soutien aux impatriés se veut
donc systématique et couvre différents domaines : du conseil et de l'aide à la recherche d'un
logement jusqu'à l'aide à l'apprentissage du russe et à la découverte de la culture du pays.

## Les guichets uniques dans les régions

Les régions qui participent au programme mettent en place des « guichets uniques » pour les
impatriés. Vous pouvez y obtenir de l'aide pour vos démarches administratives, votre recherche
d'emploi et l'inscription de vos enfants à l'école et dans d'autres établissements
d'enseignement. Conformément au Standard régional, le guichet unique accompagne également votre
adaptation après votre arrivée, et chaque région désigne un responsable chargé du travail avec les
impatriés.

## Logement

L'aide à la recherche d'un logement est l'un des domaines de soutien. Les mesures concrètes en
matière de logement sont fixées par chaque région et varient d'une région à l'autre ; vous les
trouverez sur la page de la région.

## Langue et culture

Les régions aident les impatriés à apprendre le russe et à découvrir la culture russe. Il n'est
pas nécessaire de parler couramment avant de déposer votre demande : dans le formulaire de
candidature, vous indiquez simplement votre niveau actuel.

## Choisir son lieu de vie

Le programme est expérimenté dans plusieurs régions, de Moscou et de la région de Moscou aux
régions de Kalouga, de Pskov et de Samara et au kraï de Perm. La page de chaque région décrit la
manière dont la région travaille avec les impatriés et les mesures de soutien qu'elle propose.
""",
    },
    "working-in-russia": {
        "title": "Travailler en Russie",
        "body": """\
Attirer des professionnels de haut niveau qui partagent les valeurs de la Russie est considéré
comme une ressource importante pour le développement économique du pays et le renforcement de son
capital humain. Ces professionnels sont très recherchés dans les régions russes.

## Les profils recherchés

La Russie recherche en particulier des médecins, des spécialistes de l'informatique et des
entrepreneurs prêts à créer leur propre entreprise, ainsi que des personnes exerçant d'autres
professions. Si vous êtes spécialiste d'une profession recherchée, la catégorie « professionnel
qualifié » vous conviendra probablement.

## Aide à la recherche d'emploi

Les guichets uniques régionaux aident les impatriés à trouver un emploi. Conformément au Standard
régional, les régions évaluent leurs besoins, identifient les organisations intéressées par les
impatriés ainsi que les catégories d'impatriés prioritaires pour elles, et élaborent des mesures
de soutien pour les employeurs qui recrutent des impatriés.

## Documents

Les formalités migratoires, y compris les demandes de permis de séjour temporaire, relèvent du
ministère de l'Intérieur de la Russie. Le guichet unique de votre région peut vous aider à
préparer les documents nécessaires.
""",
    },
    "studying-in-russia": {
        "title": "Étudier en Russie",
        "body": """\
Les étudiants et diplômés talentueux constituent l'une des catégories d'impatriés. Le programme
accueille les jeunes qui partagent les valeurs traditionnelles russes et souhaitent construire
leur avenir en Russie.

## Ce que disent les étudiants étrangers

L'Agence pour les initiatives stratégiques a étudié la manière dont les étudiants étrangers
perçoivent la Russie dans son étude « La Russie vue par les étudiants étrangers : tourisme,
études et nouvelles impressions ». Plus de 45 % des personnes interrogées ont déclaré souhaiter
rester en Russie après la fin de leurs études.

## Orientations de la politique publique

Le Concept de la politique migratoire de l'État pour 2026–2030, approuvé par le décret n° 738 du
15 octobre 2025, compte parmi ses objectifs l'amélioration des mécanismes d'entrée et de séjour en
Russie pour les citoyens étrangers qui souhaitent développer des liens scientifiques, culturels et
autres, et étudier la langue russe ainsi que l'histoire et la culture de la Russie.
L'augmentation du nombre d'étudiants étrangers dans les universités et collèges russes figure
également parmi les mesures du plan du gouvernement pour la mise en œuvre de la politique
migratoire.

## Apprendre le russe

L'aide à l'apprentissage du russe fait partie du soutien aux impatriés dans les régions. Si vous
vous installez avec vos enfants, le guichet unique régional vous aide à les inscrire à l'école et
dans d'autres établissements d'enseignement.
""",
    },
    "investing-in-russia": {
        "title": "Investir et entreprendre en Russie",
        "body": """\
Les investisseurs et les entrepreneurs constituent deux des catégories d'impatriés. Les gens
d'affaires et les investisseurs qui partagent les valeurs spirituelles et morales russes et
souhaitent s'installer en Russie pour y résider à titre permanent font partie des personnes
auxquelles s'adresse le programme.

## Orientations de la politique publique

Le Concept de la politique migratoire de l'État pour 2026–2030, approuvé par le décret n° 738 du
15 octobre 2025, fixe l'objectif d'améliorer les mécanismes de résidence en Russie et
d'acquisition de la citoyenneté russe pour les citoyens étrangers qui contribuent au
développement de l'économie russe par leurs investissements, leurs connaissances et leurs
compétences, et qui partagent les valeurs spirituelles et morales traditionnelles russes. Il vise
également à améliorer les conditions d'entrée et de séjour des étrangers qui souhaitent développer
des liens économiques et commerciaux et exercer une activité entrepreneuriale.

## Les entrepreneurs sont les bienvenus

Les entrepreneurs prêts à créer leur propre entreprise font partie des personnes que la Russie
recherche. Dans le formulaire de candidature, décrivez votre expérience entrepreneuriale et vos
projets en Russie.

## Le soutien régional

Conformément au Standard régional, chaque région définit les catégories d'impatriés qui sont
prioritaires pour elle et établit sa propre liste de mesures de soutien assorties d'un
financement. Consultez les pages des régions pilotes pour connaître les mesures proposées aux
investisseurs et aux entrepreneurs.
""",
    },
    "family": {
        "title": "S'installer avec votre famille",
        "body": """\
Le programme tient compte des familles. Le Standard régional d'intégration sociale, culturelle et
économique des impatriés couvre explicitement les impatriés qui s'installent avec les membres de
leur famille.

## Dans le formulaire de candidature

Lorsque vous remplissez le formulaire de candidature, vous pouvez indiquer votre conjoint et vos
enfants qui prévoient de s'installer avec vous. Cela aide l'opérateur et la région à comprendre
les besoins de votre famille.

## L'éducation des enfants

Les guichets uniques régionaux aident les impatriés à inscrire leurs enfants à l'école et dans
d'autres établissements d'enseignement. Les modalités concrètes sont fixées par chaque région et
publiées sur la page de la région.

## Un soutien pour toute la famille

Le soutien aux impatriés couvre différents domaines de la vie : conseil, aide à la recherche d'un
logement, apprentissage du russe et découverte de la culture du pays. Chaque région fixe ses
propres mesures de soutien, et certaines d'entre elles peuvent être destinées aux membres de la
famille.

## Les documents des membres de la famille

Les visas et les documents de séjour des membres de la famille sont délivrés par le ministère des
Affaires étrangères et le ministère de l'Intérieur selon les règles applicables. Après votre
arrivée, le guichet unique régional peut conseiller votre famille.
""",
    },
}

DECLARATION = {
    "text": {
        "text": """\
**Déclaration de partage des valeurs**

Je soussigné(e) présente cette déclaration avec mon formulaire de candidature au service
« Le temps de vivre en Russie ».

1. Je déclare que mes valeurs morales, culturelles et familiales sont en accord avec les valeurs
   spirituelles et morales traditionnelles russes, et que je partage ces valeurs.
2. Je souhaite m'installer dans la Fédération de Russie pour y résider à titre permanent.
3. J'entends respecter les lois de la Fédération de Russie, son histoire et sa culture, ainsi que
   les traditions des peuples qui y vivent.
4. Je confirme que les informations que je fournis dans mon formulaire de candidature sont, à ma
   connaissance, exactes et complètes.

Je comprends que cette déclaration confirme le premier des deux critères de reconnaissance en
tant qu'impatrié et ne confère en elle-même aucun statut, visa ni permis. La décision relative au
statut d'impatrié est prise par le ministère de l'Intérieur de la Fédération de Russie sur demande
de l'organisme habilité (opérateur), notamment au vu des résultats d'un entretien.
"""
    }
}
