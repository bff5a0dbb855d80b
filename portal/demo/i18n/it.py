"""Italian translations of the demo content (portal/demo/)."""

REGIONS = {
    "RU-KLU": {
        "name": "Regione di Kaluga",
        "description": (
            "La Regione di Kaluga, con capoluogo nella città di Kaluga, è una delle nove regioni "
            "pilota per il sostegno agli impatriati indicate nell'aprile 2025. Kaluga ha ospitato "
            "la riunione congiunta in trasferta della Commissione del Consiglio di Stato per le "
            "risorse umane e dell'Agenzia per le iniziative strategiche sulla creazione di "
            "condizioni per l'integrazione degli stranieri in Russia; la Commissione è presieduta "
            "dal governatore della Regione di Kaluga, Vladislav Shapsha. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), la regione lavora con gli impatriati tramite "
            "un'organizzazione subordinata o un'unità distinta di un organo esecutivo regionale. "
            "Le misure di sostegno mostrate per la regione in questa fase sono esempi; le misure "
            "effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-MOW": {
        "name": "Mosca",
        "description": (
            "Mosca è la capitale della Russia e una città federale. È una delle nove regioni "
            "pilota per il sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia "
            "per le iniziative strategiche (ASI), la regione lavora con gli impatriati tramite "
            "un'organizzazione subordinata o un'unità distinta di un organo esecutivo regionale. "
            "Le misure di sostegno mostrate per la regione in questa fase sono esempi; le misure "
            "effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-MOS": {
        "name": "Regione di Mosca",
        "description": (
            "La Regione di Mosca circonda la città di Mosca. È una delle nove regioni pilota per "
            "il sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), il modello della regione consiste nell'attribuire a un "
            "organo esecutivo regionale già esistente le competenze per lavorare con gli "
            "impatriati. Le misure di sostegno mostrate per la regione in questa fase sono esempi; "
            "le misure effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-LIP": {
        "name": "Regione di Lipetsk",
        "description": (
            "Il capoluogo regionale è la città di Lipetsk. È una delle nove regioni pilota per il "
            "sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), il modello della regione consiste nell'attribuire a un "
            "organo esecutivo regionale già esistente le competenze per lavorare con gli "
            "impatriati. Le misure di sostegno mostrate per la regione in questa fase sono esempi; "
            "le misure effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-NGR": {
        "name": "Regione di Novgorod",
        "description": (
            "Il capoluogo regionale è la città di Veliky Novgorod. È una delle nove regioni pilota "
            "per il sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), il modello della regione consiste nell'attribuire a un "
            "organo esecutivo regionale già esistente le competenze per lavorare con gli "
            "impatriati. Le misure di sostegno mostrate per la regione in questa fase sono esempi; "
            "le misure effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-SAM": {
        "name": "Regione di Samara",
        "description": (
            "Il capoluogo regionale è la città di Samara. È una delle nove regioni pilota per il "
            "sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), il modello della regione consiste nell'attribuire a un "
            "organo esecutivo regionale già esistente le competenze per lavorare con gli "
            "impatriati. Le misure di sostegno mostrate per la regione in questa fase sono esempi; "
            "le misure effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-VLA": {
        "name": "Regione di Vladimir",
        "description": (
            "Il capoluogo regionale è la città di Vladimir. È una delle nove regioni pilota per il "
            "sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), la regione lavora con gli impatriati tramite "
            "un'organizzazione subordinata o un'unità distinta di un organo esecutivo regionale. "
            "Le misure di sostegno mostrate per la regione in questa fase sono esempi; le misure "
            "effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-PSK": {
        "name": "Regione di Pskov",
        "description": (
            "Il capoluogo regionale è la città di Pskov. È una delle nove regioni pilota per il "
            "sostegno agli impatriati indicate nell'aprile 2025. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), è l'unica regione indicata con il modello di un'unità "
            "dedicata presso il capo della regione per il sostegno agli impatriati. Le misure di "
            "sostegno mostrate per la regione in questa fase sono esempi; le misure effettive "
            "della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-PER": {
        "name": "Territorio di Perm",
        "description": (
            "Il capoluogo regionale è la città di Perm. È una delle nove regioni pilota per il "
            "sostegno agli impatriati indicate nell'aprile 2025. La rassegna dell'ASI sui modelli "
            "adottati nelle regioni pilota non menziona questa regione, pertanto il suo modello "
            "di lavoro con gli impatriati non è indicato qui. Le misure di sostegno mostrate per "
            "la regione in questa fase sono esempi; le misure effettive della regione saranno "
            "pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
    "RU-NIZ": {
        "name": "Regione di Nizhny Novgorod",
        "description": (
            "Il capoluogo regionale è la città di Nizhny Novgorod. La regione non figurava tra le "
            "nove regioni pilota indicate nell'aprile 2025, ma la successiva rassegna dell'ASI sui "
            "modelli adottati nelle regioni pilota la menziona. Secondo l'Agenzia per le "
            "iniziative strategiche (ASI), la regione lavora con gli impatriati tramite "
            "un'organizzazione subordinata o un'unità distinta di un organo esecutivo regionale. "
            "Le misure di sostegno mostrate per la regione in questa fase sono esempi; le misure "
            "effettive della regione saranno pubblicate qui non appena saranno adottate."
        ),
        "office_name": "Sportello unico regionale per gli impatriati",
        "official_title": "Funzionario regionale responsabile dell'impatriazione",
    },
}

FAQ_TOPICS = {
    "about": {"title": "Il programma"},
    "eligibility": {"title": "Chi può presentare domanda"},
    "procedure": {"title": "Domanda e decisione"},
    "family": {"title": "Famiglia"},
    "life": {"title": "Vivere in Russia"},
    "legal": {"title": "Base giuridica"},
}

FAQS = {
    ("about", 1): {
        "question": "Chi è un impatriato?",
        "answer": """\
Gli impatriati sono cittadini stranieri (studenti di talento, scienziati, specialisti richiesti,
imprenditori, investitori o rappresentanti delle professioni creative) che condividono i valori
spirituali e morali tradizionali russi e desiderano trasferirsi nella Federazione Russa per
risiedervi stabilmente.

La categoria è in corso di formalizzazione nella legislazione russa: il Concetto approvato dal
Quartier generale il 7 marzo 2025 stabilisce i criteri, ed è in preparazione un atto normativo che
definisca lo status giuridico degli impatriati.
""",
    },
    ("about", 2): {
        "question": "Che cos'è il servizio «È tempo di vivere in Russia»?",
        "answer": """\
«È tempo di vivere in Russia» è un servizio di informazione e comunicazione per gli stranieri che
stanno valutando il trasferimento in Russia. È concepito come il primo passo nel percorso di un
impatriato, ancora prima del trasferimento. Il servizio offre:

- informazioni sulle opportunità di vita e di lavoro in Russia, sui servizi e sulle misure di
  sostegno;
- un accesso ai sistemi per le domande di visto (Ministero degli Affari Esteri della Russia) e per
  le pratiche migratorie (Ministero dell'Interno della Russia);
- il modulo di candidatura per il programma di impatriazione;
- le risposte alle domande frequenti;
- informazioni normative;
- storie di successo.

Il servizio è realizzato in collaborazione con il Portale unico dei servizi statali e municipali
(Gosuslugi).
""",
    },
    ("about", 3): {
        "question": "Chi gestisce il programma di impatriazione?",
        "answer": """\
In attuazione dell'istruzione del Presidente n. Pr-2423 del 21 novembre 2024 sull'applicazione del
Decreto n. 702, l'Agenzia per le iniziative strategiche (ASI), sotto la direzione del Ministero
dell'Interno della Russia, ha costituito il Quartier generale interdipartimentale per il sostegno
al trasferimento e all'adattamento degli impatriati.

Il Quartier generale elabora il percorso dell'utente per gli impatriati e lo standard regionale per
la loro integrazione, contribuisce alla creazione del servizio «È tempo di vivere in Russia» e
prepara proposte di modifica della legislazione. Nelle regioni il lavoro è svolto dalle autorità
regionali in base allo Standard regionale.
""",
    },
    ("about", 4): {
        "question": "Quali regioni partecipano alla fase pilota?",
        "answer": """\
Nell'aprile 2025 sono state indicate nove regioni pilota: Mosca, le Regioni di Kaluga, Mosca,
Lipetsk, Novgorod, Samara, Vladimir e Pskov, e il Territorio di Perm. Inizialmente erano state
annunciate solo tre regioni; il numero è salito a nove dopo che i governatori hanno chiesto di
includere le proprie regioni. La fase pilota consente di sperimentare diversi meccanismi di
sostegno ai cittadini stranieri che si trasferiscono in Russia.

Una successiva rassegna dell'ASI sui modelli adottati nelle regioni pilota menziona anche la
Regione di Nizhny Novgorod. La pagina di ciascuna regione ne descrive la partecipazione e le misure
di sostegno.
""",
    },
    ("about", 5): {
        "question": "Che cos'è uno sportello unico per gli impatriati?",
        "answer": """\
In base allo Standard regionale, ogni regione istituisce un ente o un'organizzazione dedicata per
assistere gli impatriati secondo il principio dello «sportello unico». Gli sportelli unici aiutano
gli stranieri con i documenti, la ricerca di un lavoro e l'iscrizione dei figli a scuola e in altri
istituti di istruzione. Il sostegno è pensato per coprire diversi ambiti della vita: dalla
consulenza e dall'aiuto nella ricerca di un alloggio all'apprendimento del russo e alla scoperta
della cultura del Paese.

I recapiti degli sportelli unici regionali saranno pubblicati sulle pagine delle regioni man mano
che le regioni li renderanno disponibili.
""",
    },
    ("about", 6): {
        "question": "È lo stesso programma di quello per il reinsediamento dei compatrioti?",
        "answer": """\
No. Il Programma statale di assistenza al reinsediamento volontario dei compatrioti residenti
all'estero è un programma distinto, con regole proprie. Dal 2024 comprende i rimpatriati come nuova
categoria di partecipanti; secondo il Ministero dell'Interno, come riferito nell'aprile 2025, dal
2024 più di 2.600 rimpatriati si sono trasferiti in Russia nell'ambito di tale programma.

Il programma di impatriazione è rivolto ai cittadini stranieri che condividono i valori spirituali
e morali tradizionali russi e appartengono a una delle sette categorie descritte su questo portale.
""",
    },
    ("eligibility", 1): {
        "question": "Quali sono i due criteri per diventare impatriato?",
        "answer": """\
In base al Concetto approvato dal Quartier generale il 7 marzo 2025, un cittadino straniero deve
soddisfare due livelli di criteri:

1. **Valori condivisi.** I valori morali, culturali e familiari della persona sono in sintonia con
   i valori spirituali e morali tradizionali russi. Si propone che ciò sia confermato mediante la
   firma di una dichiarazione.
2. **Una categoria con un elevato potenziale di integrazione.** La persona è un professionista
   qualificato, uno scienziato, un investitore, un imprenditore, uno studente o laureato di talento,
   un professionista creativo o una persona di talento eccezionale.

Devono essere soddisfatti entrambi i criteri.
""",
    },
    ("eligibility", 2): {
        "question": "Quali sono le categorie di candidati?",
        "answer": """\
Esistono sette categorie di cittadini stranieri con un elevato potenziale di integrazione
socioeconomica e culturale nella società russa:

- professionisti qualificati;
- scienziati;
- investitori;
- imprenditori;
- professionisti creativi;
- studenti e laureati di talento;
- persone di talento eccezionale.

Nel modulo di candidatura sceglie quella che meglio La descrive. La pagina «Criteri» descrive
ciascuna categoria.
""",
    },
    ("eligibility", 3): {
        "question": "Che cosa si intende per «talento eccezionale»?",
        "answer": """\
Questa categoria è destinata a persone con risultati eccezionali che potrebbero non rientrare nelle
altre categorie. Il Presidente della Russia ha descritto le persone che la Russia desidera attrarre
come persone con professioni e conoscenze ricercate, in grado di dare un contributo significativo
all'economia, e con risultati nello sport, nelle industrie creative, nella cultura e nelle scienze
umane, nell'istruzione, nella scienza e nella tecnologia.

Nel modulo di candidatura descriva i Suoi risultati e gli eventuali riconoscimenti ricevuti.
""",
    },
    ("eligibility", 4): {
        "question": "Che cos'è la dichiarazione dei valori e perché devo firmarla?",
        "answer": """\
Il primo criterio per gli impatriati è che i loro valori morali, culturali e familiari siano in
sintonia con i valori spirituali e morali tradizionali russi. Il Concetto propone che ciò sia
confermato mediante la firma di un modulo dichiarativo.

Su questo portale la dichiarazione fa parte del modulo di candidatura: Lei la legge e la firma
digitando il Suo nome completo. La firma della dichiarazione non conferisce di per sé alcuno status,
visto o permesso.
""",
    },
    ("eligibility", 5): {
        "question": "Il risultato dell'autoverifica online è una decisione giuridica?",
        "answer": """\
No. L'autoverifica serve solo ad aiutarLa a capire se è probabile che Lei soddisfi i due criteri. È
un orientamento, non una decisione, e non comporta la presentazione di una domanda.

La decisione sullo status di impatriato è presa dal Ministero dell'Interno della Russia su
richiesta dell'operatore autorizzato, dopo l'esame della Sua domanda e, se necessario, dopo un
colloquio.
""",
    },
    ("eligibility", 6): {
        "question": "Devo parlare russo per presentare domanda?",
        "answer": """\
I due criteri stabiliti nel Concetto non menzionano la conoscenza del russo. Nel modulo di
candidatura Lei indica il Suo livello attuale, da nessuna conoscenza a una padronanza fluente. Altre
procedure migratorie, come quelle per i permessi di soggiorno o la cittadinanza, hanno requisiti
propri stabiliti dalla legislazione.

L'aiuto nell'apprendimento del russo è una delle forme di sostegno che le regioni offrono agli
impatriati.
""",
    },
    ("eligibility", 7): {
        "question": "I cittadini di quali Paesi possono presentare domanda?",
        "answer": """\
Il Concetto parla di cittadini stranieri in generale e non limita il programma a determinati Paesi.
In pratica, le domande ai sensi del Decreto n. 702 sono pervenute soprattutto da cittadini di Paesi
dell'UE, degli Stati Uniti e del Canada; sono state segnalate anche domande di cittadini del Regno
Unito, dell'Austria e degli Stati baltici.
""",
    },
    ("procedure", 1): {
        "question": "Chi decide se sono riconosciuto come impatriato?",
        "answer": """\
La decisione di concedere a un cittadino straniero lo status di impatriato è presa dal Ministero
dell'Interno della Russia (MVD). Il Ministero decide sulla base di una richiesta di
un'organizzazione autorizzata (operatore) che si occupa dell'attrazione degli impatriati, anche
sulla base dei risultati di un colloquio.
""",
    },
    ("procedure", 2): {
        "question": "Che cos'è l'operatore e che cosa avviene durante il colloquio?",
        "answer": """\
L'operatore è l'organizzazione autorizzata che si occupa dell'attrazione degli impatriati. Esamina
le domande dei candidati, può chiedere informazioni aggiuntive e può invitare un candidato a un
colloquio. Se l'operatore sostiene una domanda, invia una richiesta al Ministero dell'Interno, che
prende la decisione.

Il colloquio aiuta l'operatore a comprendere il Suo percorso, i Suoi progetti e le Sue motivazioni.
Se viene invitato, riceverà i dettagli tramite i recapiti indicati nella Sua domanda.
""",
    },
    ("procedure", 3): {
        "question": "Che cosa succede dopo che ho presentato la domanda?",
        "answer": """\
Dopo aver inviato il modulo di candidatura, Lei riceve un numero di riferimento e un codice di
accesso. Li conservi: Le servono entrambi per verificare lo stato della Sua domanda sul portale.

La Sua domanda passa quindi attraverso queste fasi:

1. **Presentata**: la domanda è stata ricevuta.
2. **In esame**: l'operatore la sta esaminando. L'operatore può richiedere ulteriori informazioni
   o invitarLa a un colloquio.
3. **Approvata o respinta dall'operatore.** Una domanda approvata viene inviata al Ministero
   dell'Interno.
4. **Decisione del Ministero dell'Interno**: lo status di impatriato viene concesso o negato.

Può ritirare la domanda prima dell'inizio dell'esame, oppure mentre l'operatore è in attesa di
informazioni aggiuntive da parte Sua.
""",
    },
    ("procedure", 4): {
        "question": "Come posso richiedere un visto?",
        "answer": """\
Le domande di visto sono gestite dal Ministero degli Affari Esteri della Russia (MID). Il servizio
«È tempo di vivere in Russia» è concepito per consentirLe di accedere al sistema del Ministero per
la presentazione delle domande di visto.

Nell'aprile 2025 è stato riferito che venivano rilasciati 100–150 visti al mese agli stranieri che
si trasferiscono ai sensi del Decreto n. 702.
""",
    },
    ("procedure", 5): {
        "question": "Dove vengono trattati i documenti di soggiorno?",
        "answer": """\
Le pratiche migratorie sono di competenza del Ministero dell'Interno della Russia (MVD). Ad esempio,
le domande di permesso di soggiorno temporaneo ai sensi del Decreto n. 702 sono accolte dagli uffici
del Ministero; entro l'aprile 2025 ne avevano accolte 1.100.

Il servizio «È tempo di vivere in Russia» è concepito per consentirLe di accedere ai sistemi del
Ministero per le pratiche migratorie, e gli sportelli unici regionali aiutano con i documenti dopo
l'arrivo.
""",
    },
    ("procedure", 6): {
        "question": "Quanto dura la procedura?",
        "answer": """\
Non sono ancora stati pubblicati termini fissi per l'esame da parte dell'operatore né per la
decisione del Ministero dell'Interno. Può seguire ogni cambiamento dello stato della Sua domanda
nella pagina dello stato, utilizzando il Suo numero di riferimento e il Suo codice di accesso.
""",
    },
    ("family", 1): {
        "question": "La mia famiglia può trasferirsi con me?",
        "answer": """\
Sì, il programma tiene conto delle famiglie. Lo Standard regionale riguarda l'integrazione sociale,
culturale ed economica degli impatriati, anche insieme ai loro familiari. Nel modulo di candidatura
può indicare il coniuge e i figli.

I visti e i documenti di soggiorno per i familiari sono rilasciati dal Ministero degli Affari Esteri
e dal Ministero dell'Interno secondo le norme applicabili. Dopo l'arrivo, lo sportello unico
regionale può fornire consulenza alla Sua famiglia.
""",
    },
    ("family", 2): {
        "question": "I miei figli avranno un posto a scuola?",
        "answer": """\
Gli sportelli unici regionali aiutano gli impatriati a iscrivere i figli a scuola e in altri
istituti di istruzione. Le modalità specifiche variano da regione a regione e sono pubblicate sulla
pagina di ciascuna regione come misure di sostegno.
""",
    },
    ("life", 1): {
        "question": "Riceverò aiuto per l'alloggio?",
        "answer": """\
Il sostegno agli impatriati è pensato per coprire diversi ambiti della vita, compreso l'aiuto nella
ricerca di un alloggio. In base allo Standard regionale ogni regione elabora un proprio elenco di
misure di sostegno, per cui il tipo e l'entità dell'aiuto per l'alloggio variano da una regione
all'altra. Le misure sono pubblicate sulla pagina di ciascuna regione.
""",
    },
    ("life", 2): {
        "question": "Riceverò aiuto nella ricerca di un lavoro?",
        "answer": """\
Sì. Gli sportelli unici regionali aiutano gli impatriati a trovare un impiego. In base allo Standard
regionale, le regioni elaborano anche misure di sostegno per i datori di lavoro che assumono
impatriati.

La Russia cerca in particolare medici, specialisti informatici e imprenditori pronti ad avviare una
propria attività, oltre a persone di altre professioni.
""",
    },
    ("life", 3): {
        "question": "Posso imparare il russo dopo il mio arrivo?",
        "answer": """\
Sì. L'aiuto nell'apprendimento del russo e nella scoperta della cultura del Paese fa parte del
sostegno agli impatriati. Il formato dei corsi di lingua varia da una regione all'altra; consulti
le misure di sostegno sulla pagina di ciascuna regione.
""",
    },
    ("life", 4): {
        "question": "Come scelgo una regione?",
        "answer": """\
Legga le pagine delle regioni pilota: ciascuna descrive la partecipazione della regione al
programma, il modo in cui lavora con gli impatriati e le sue misure di sostegno. In base allo
Standard regionale, le regioni individuano anche le categorie di impatriati per esse prioritarie.
Nel modulo di candidatura può indicare una o più regioni preferite.
""",
    },
    ("life", 5): {
        "question": "Potrò in seguito ottenere la residenza permanente o la cittadinanza russa?",
        "answer": """\
Gli impatriati sono, per definizione, persone che desiderano trasferirsi in Russia per risiedervi
stabilmente. Il Concetto della politica migratoria statale per il periodo 2026–2030, approvato con
il Decreto n. 738 del 15 ottobre 2025, pone l'obiettivo di migliorare i meccanismi di residenza in
Russia e di acquisizione della cittadinanza russa da parte dei cittadini stranieri che
contribuiscono allo sviluppo del Paese e condividono i valori spirituali e morali tradizionali
russi.

Le procedure e i requisiti specifici sono stabiliti dalla legislazione russa e gestiti dal
Ministero dell'Interno.
""",
    },
    ("legal", 1): {
        "question": "Che cos'è il Decreto n. 702?",
        "answer": """\
Il Decreto n. 702 (reso in inglese anche come Executive Order No. 702) è stato firmato dal
Presidente della Russia nell'agosto 2024. Semplifica la procedura di trasferimento per i cittadini
stranieri che condividono i valori spirituali e morali tradizionali russi. Le domande di permesso
di soggiorno temporaneo ai sensi del decreto sono accolte dagli uffici del Ministero dell'Interno.

L'istruzione del Presidente n. Pr-2423 del 21 novembre 2024 riguarda l'attuazione del decreto.
Per i dettagli consulti la sezione «Documenti normativi».
""",
    },
    ("legal", 2): {
        "question": "Lo status di «impatriato» è già stabilito dalla legge?",
        "answer": """\
Non ancora. Il 7 marzo 2025 il Quartier generale ha approvato il Concetto per la formalizzazione
della categoria degli impatriati nella legislazione della Federazione Russa. In conformità con
esso, è in preparazione un progetto di atto normativo che formalizzerà la nozione di «impatriato»
e ne definirà lo status giuridico. Il portale pubblicherà l'atto non appena sarà adottato.
""",
    },
    ("legal", 3): {
        "question": "Che cos'è lo Standard regionale?",
        "answer": """\
Lo Standard regionale di integrazione sociale, culturale ed economica degli impatriati, anche
insieme ai loro familiari, stabilisce otto disposizioni fondamentali per le regioni. Tra queste
figurano l'individuazione delle categorie prioritarie di impatriati per la regione, la designazione
di un funzionario responsabile, l'istituzione di uno sportello unico, la creazione di un elenco di
misure di sostegno regionali con relativo finanziamento e l'elaborazione di misure di sostegno per
i datori di lavoro che assumono impatriati. L'elenco completo si trova nella sezione «Documenti
normativi».
""",
    },
}

JOURNEY_STEPS = {
    1: {
        "title": "Conoscere il programma",
        "body": """\
Il servizio «È tempo di vivere in Russia» è il primo passo nel percorso di un impatriato, ancora
prima del trasferimento. Si informi sulle opportunità di vivere, lavorare, studiare e investire in
Russia, sulle misure di sostegno nelle regioni e sui documenti su cui si basa il programma. Le
risposte alle domande più comuni sono raccolte nelle domande frequenti.
""",
        "who_helps": "Il portale «È tempo di vivere in Russia»",
    },
    2: {
        "title": "Verificare di soddisfare i due criteri",
        "body": """\
Un impatriato condivide i valori spirituali e morali tradizionali russi e appartiene a una di sette
categorie: professionisti qualificati, scienziati, investitori, imprenditori, professionisti
creativi, studenti e laureati di talento o persone di talento eccezionale. L'autoverifica online La
aiuta a capire se è probabile che Lei soddisfi entrambi i criteri. Il suo risultato è solo un
orientamento, non una decisione.
""",
        "who_helps": "L'autoverifica online",
    },
    3: {
        "title": "Scegliere le regioni adatte a Lei",
        "body": """\
Il programma è in fase di sperimentazione in diverse regioni russe. La pagina di ciascuna regione
descrive come essa lavora con gli impatriati e il sostegno che offre. Prenda nota delle regioni che
preferisce: le indicherà nel modulo di candidatura.
""",
        "who_helps": "Le pagine delle regioni su questo portale",
    },
    4: {
        "title": "Compilare il modulo di candidatura e firmare la dichiarazione dei valori",
        "body": """\
Compili il modulo di candidatura: i Suoi dati personali, la Sua categoria e una descrizione della
Sua istruzione, del Suo lavoro o dei Suoi risultati, le regioni che preferisce e, se si
trasferiranno con Lei, i Suoi familiari. Legga la dichiarazione dei valori e la firmi digitando il
Suo nome completo. Dopo l'invio del modulo riceverà un numero di riferimento e un codice di accesso;
li conservi con cura.
""",
        "who_helps": "Il portale «È tempo di vivere in Russia»",
    },
    5: {
        "title": "Esame da parte dell'operatore e colloquio",
        "body": """\
La Sua domanda viene esaminata dall'organizzazione autorizzata (operatore) che si occupa
dell'attrazione degli impatriati. L'operatore può chiederLe ulteriori informazioni o invitarLa a un
colloquio. Può seguire lo stato della Sua domanda sul portale con il Suo numero di riferimento e il
Suo codice di accesso.
""",
        "who_helps": "L'operatore autorizzato",
    },
    6: {
        "title": "Decisione del Ministero dell'Interno",
        "body": """\
Se l'operatore sostiene la Sua domanda, invia una richiesta al Ministero dell'Interno della Russia.
Il Ministero decide se concederLe lo status di impatriato, tenendo conto dei risultati del
colloquio. La decisione compare nello stato della Sua domanda.
""",
        "who_helps": "Ministero dell'Interno della Russia (MVD)",
    },
    7: {
        "title": "Visto e documenti migratori",
        "body": """\
Le domande di visto sono gestite dal Ministero degli Affari Esteri della Russia, e le pratiche
migratorie, come le domande di permesso di soggiorno temporaneo, dal Ministero dell'Interno. Il
servizio «È tempo di vivere in Russia» è concepito per consentirLe di accedere ai sistemi di
entrambi i ministeri. La sezione dei documenti normativi illustra le regole su cui si basano le
procedure.
""",
        "who_helps": (
            "Ministero degli Affari Esteri (MID) per i visti; Ministero dell'Interno (MVD) per le "
            "pratiche migratorie"
        ),
    },
    8: {
        "title": "Arrivare e rivolgersi allo sportello unico regionale",
        "body": """\
Dopo l'arrivo, si rivolga allo sportello unico per gli impatriati della Sua regione. Lo sportello
aiuta con i documenti, la ricerca di un lavoro e l'iscrizione dei Suoi figli a scuola e in altri
istituti di istruzione, oltre a offrire consulenza e aiuto nella ricerca di un alloggio. La pagina della
regione elenca le sue misure di sostegno e, una volta pubblicati, i recapiti dello sportello unico.
""",
        "who_helps": "Lo sportello unico regionale per gli impatriati",
    },
    9: {
        "title": "Ambientarsi e pianificare il proprio futuro in Russia",
        "body": """\
L'adattamento richiede tempo. Le regioni aiutano gli impatriati a imparare il russo e a conoscere la
cultura del Paese, e li sostengono nell'ambito del sistema dello sportello unico. Gli impatriati
sono persone che desiderano vivere stabilmente in Russia: il Concetto della politica migratoria
statale per il periodo 2026–2030 mira a migliorare i meccanismi di residenza e di acquisizione
della cittadinanza russa per gli stranieri che contribuiscono allo sviluppo del Paese e ne
condividono i valori tradizionali. Queste procedure sono gestite dal Ministero dell'Interno in base
alla legislazione russa.
""",
        "who_helps": (
            "Lo sportello unico regionale; il Ministero dell'Interno per la residenza e la "
            "cittadinanza"
        ),
    },
}

INFO_PAGES = {
    "about": {
        "title": "Il programma",
        "body": """\
«È tempo di vivere in Russia» è il servizio pubblico di informazione del programma di
impatriazione. È rivolto agli stranieri qualificati che condividono i valori spirituali e morali
tradizionali russi e desiderano trasferirsi in Russia per risiedervi stabilmente.

## Perché esiste il programma

Come è stato osservato durante la riunione di Kaluga nell'aprile 2025, nel mondo cresce il numero
di persone che condividono i valori spirituali e culturali tradizionali della Russia, e molti
cittadini dei Paesi occidentali stanno valutando seriamente di trasferirsi in Russia e di chiedere
la cittadinanza russa. Possono farlo ai sensi del Decreto n. 702, firmato dal Presidente della
Russia nell'agosto 2024. Il trasferimento di queste persone è considerato non solo una questione di
politica migratoria, ma anche una risorsa per lo sviluppo economico del Paese e per il
rafforzamento del capitale umano.

## Chi lo organizza

In attuazione dell'istruzione del Presidente n. Pr-2423 del 21 novembre 2024, l'Agenzia per le
iniziative strategiche (ASI), sotto la direzione del Ministero dell'Interno della Russia, ha
costituito il Quartier generale interdipartimentale per il sostegno al trasferimento e
all'adattamento degli impatriati. Il Quartier generale:

- elabora un percorso dell'utente ottimale per gli impatriati durante l'intero trasferimento in
  Russia;
- ha elaborato uno standard regionale per l'integrazione sociale, culturale ed economica degli
  impatriati;
- contribuisce alla creazione e allo sviluppo del servizio «È tempo di vivere in Russia»;
- prepara proposte di modifica della legislazione per formalizzare la categoria degli impatriati.

Il 7 marzo 2025 il Quartier generale ha approvato il Concetto per la formalizzazione della
categoria degli impatriati nella legislazione russa e il 17 settembre 2025 ha approvato una tabella
di marcia per il miglioramento delle procedure migratorie per determinate categorie di cittadini
stranieri e per il loro adattamento.

## Dove opera

Il programma è in fase di sperimentazione nelle regioni russe: nell'aprile 2025 sono state
indicate nove regioni pilota. Ogni regione pilota organizza uno sportello unico dove gli impatriati
ricevono aiuto con i documenti, il lavoro e l'iscrizione dei figli negli istituti di istruzione.

## Che cosa offre questo servizio

- Informazioni sulle opportunità di vita e di lavoro in Russia, sui servizi e sulle misure di
  sostegno.
- Un accesso ai sistemi per le domande di visto (Ministero degli Affari Esteri) e per le pratiche
  migratorie (Ministero dell'Interno).
- Il modulo di candidatura per il programma di impatriazione.
- Risposte alle domande frequenti, informazioni normative e storie di successo.
""",
    },
    "criteria": {
        "title": "Criteri e categorie",
        "body": """\
In base al Concetto per la formalizzazione della categoria degli impatriati nella legislazione
della Federazione Russa, approvato dal Quartier generale il 7 marzo 2025, un cittadino straniero è
considerato impatriato se sono soddisfatti due livelli di criteri.

## Criterio 1: valori condivisi

I valori morali, culturali e familiari della persona sono in sintonia con i valori spirituali e
morali tradizionali russi. Si propone che ciò sia confermato mediante la firma di un modulo
dichiarativo. Su questo portale Lei firma la dichiarazione dei valori come parte del modulo di
candidatura.

## Criterio 2: una categoria con un elevato potenziale di integrazione

La persona appartiene a una delle categorie di cittadini stranieri con un elevato potenziale di
integrazione socioeconomica e culturale nella società russa:

- **Professionisti qualificati**: specialisti di professioni richieste. In Russia sono attesi,
  tra gli altri, medici e specialisti informatici.
- **Scienziati**: ricercatori le cui conoscenze contribuiscono allo sviluppo della scienza russa
  e dell'istruzione professionale.
- **Investitori**: persone che contribuiscono allo sviluppo dell'economia russa con i propri
  investimenti.
- **Imprenditori**: operatori economici, compresi coloro che sono pronti ad aprire una propria
  attività in Russia.
- **Professionisti creativi**: esponenti delle professioni creative il cui lavoro contribuisce
  all'arte e alla cultura.
- **Studenti e laureati di talento**: giovani che desiderano studiare e costruire il proprio
  futuro in Russia.
- **Persone di talento eccezionale**: persone con risultati eccezionali, ad esempio nello sport,
  nelle industrie creative, nella cultura e nelle scienze umane, nell'istruzione o nella scienza e
  nella tecnologia.

## Chi decide

La decisione di concedere lo status di impatriato è presa dal Ministero dell'Interno della Russia
sulla base di una richiesta dell'organizzazione autorizzata (operatore), anche sulla base dei
risultati di un colloquio. L'autoverifica online su questo portale è solo un orientamento e non
costituisce una decisione.
""",
    },
    "living-in-russia": {
        "title": "Vivere in Russia",
        "body": """\
Trasferirsi in un altro Paese cambia ogni aspetto della vita. Per questo il sostegno agli
impatriati è pensato per essere sistematico e per coprire diversi ambiti: dalla consulenza e
dall'aiuto nella ricerca di un alloggio all'aiuto nell'apprendimento del russo e nella scoperta
della cultura del Paese.

## Sportelli unici nelle regioni

Le regioni che partecipano al programma istituiscono «sportelli unici» per gli impatriati. Lì può
ricevere aiuto con i documenti, la ricerca di un lavoro e l'iscrizione dei Suoi figli a scuola e in
altri istituti di istruzione. In base allo Standard regionale, lo sportello unico sostiene anche il
Suo adattamento dopo l'arrivo, e ogni regione designa un funzionario responsabile del lavoro con gli
impatriati.

## Alloggio

L'aiuto nella ricerca di un alloggio è uno degli ambiti di sostegno. Le misure specifiche in
materia di alloggio sono stabilite da ciascuna regione e variano da una regione all'altra; le
troverà sulla pagina della regione.

## Lingua e cultura

Le regioni aiutano gli impatriati a imparare il russo e a conoscere la cultura russa. Non è
necessario parlare fluentemente prima di presentare domanda: nel modulo di candidatura basta
indicare il Suo livello attuale.

## Scegliere dove vivere

Il programma è in fase di sperimentazione in diverse regioni: da Mosca e dalla Regione di Mosca
alle Regioni di Kaluga, Pskov e Samara e al Territorio di Perm. La pagina di ciascuna regione
descrive come la regione lavora con gli impatriati e le misure di sostegno che offre.
""",
    },
    "working-in-russia": {
        "title": "Lavorare in Russia",
        "body": """\
Attrarre professionisti di alto livello che condividono i valori della Russia è considerato una
risorsa importante per lo sviluppo economico del Paese e per il rafforzamento del suo capitale
umano. Questi professionisti sono molto richiesti nelle regioni russe.

## Chi è richiesto

La Russia cerca in particolare medici, specialisti informatici e imprenditori pronti ad avviare una
propria attività, oltre a persone di altre professioni. Se Lei è uno specialista di una professione
richiesta, la categoria «professionista qualificato» è probabilmente adatta a Lei.

## Aiuto nella ricerca di un lavoro

Gli sportelli unici regionali aiutano gli impatriati a trovare un impiego. In base allo Standard
regionale, le regioni valutano le proprie esigenze, individuano le organizzazioni interessate agli
impatriati e le categorie di impatriati per esse prioritarie, ed elaborano misure di sostegno per i
datori di lavoro che assumono impatriati.

## Documenti

Le pratiche migratorie, comprese le domande di permesso di soggiorno temporaneo, sono gestite dal
Ministero dell'Interno della Russia. Lo sportello unico della Sua regione può aiutarLa con i
documenti necessari.
""",
    },
    "studying-in-russia": {
        "title": "Studiare in Russia",
        "body": """\
Gli studenti e i laureati di talento sono una delle categorie di impatriati. Il programma accoglie
i giovani che condividono i valori tradizionali russi e desiderano costruire il proprio futuro in
Russia.

## Che cosa dicono gli studenti internazionali

L'Agenzia per le iniziative strategiche ha studiato come gli studenti internazionali vedono la
Russia nella sua ricerca «La Russia con gli occhi degli studenti internazionali: turismo, studio e
nuove impressioni». Oltre il 45% degli intervistati ha dichiarato che vorrebbe restare in Russia
dopo aver completato gli studi.

## Orientamenti delle politiche

Il Concetto della politica migratoria statale per il periodo 2026–2030, approvato con il Decreto
n. 738 del 15 ottobre 2025, include tra i suoi obiettivi il miglioramento dei meccanismi di
ingresso e soggiorno in Russia per i cittadini stranieri che desiderano sviluppare legami
scientifici, culturali e di altro tipo e studiare la lingua russa e la storia e la cultura della
Russia. Anche l'aumento del numero di studenti stranieri nelle università e nei college russi
figura tra le misure del piano del governo per l'attuazione della politica migratoria.

## Imparare il russo

L'aiuto nell'apprendimento del russo fa parte del sostegno agli impatriati nelle regioni. Se si
trasferisce con i figli, lo sportello unico regionale aiuta a iscriverli a scuola e in altri
istituti di istruzione.
""",
    },
    "investing-in-russia": {
        "title": "Investire e fare impresa in Russia",
        "body": """\
Gli investitori e gli imprenditori sono due delle categorie di impatriati. Gli uomini d'affari e
gli investitori che condividono i valori spirituali e morali russi e desiderano trasferirsi in
Russia per risiedervi stabilmente sono tra coloro ai quali il programma è destinato.

## Orientamenti delle politiche

Il Concetto della politica migratoria statale per il periodo 2026–2030, approvato con il Decreto
n. 738 del 15 ottobre 2025, pone l'obiettivo di migliorare i meccanismi di residenza in Russia e di
acquisizione della cittadinanza russa per i cittadini stranieri che contribuiscono allo sviluppo
dell'economia russa con i loro investimenti, le loro conoscenze e le loro competenze e che
condividono i valori spirituali e morali tradizionali russi. Mira inoltre a migliorare le
condizioni di ingresso e soggiorno per gli stranieri che desiderano sviluppare legami economici e
commerciali e svolgere attività imprenditoriale.

## Gli imprenditori sono i benvenuti

Gli imprenditori pronti ad aprire una propria attività sono tra le persone che la Russia cerca. Nel
modulo di candidatura descriva la Sua esperienza imprenditoriale e i Suoi progetti in Russia.

## Sostegno regionale

In base allo Standard regionale, ogni regione individua le categorie di impatriati per essa
prioritarie ed elabora un proprio elenco di misure di sostegno con relativo finanziamento. Consulti
le pagine delle regioni pilota per conoscere le misure disponibili per investitori e imprenditori.
""",
    },
    "family": {
        "title": "Trasferirsi con la famiglia",
        "body": """\
Il programma tiene conto delle famiglie. Lo Standard regionale di integrazione sociale, culturale
ed economica degli impatriati riguarda espressamente gli impatriati che si trasferiscono insieme ai
loro familiari.

## Nel modulo di candidatura

Quando compila il modulo di candidatura, può indicare il coniuge e i figli che intendono
trasferirsi con Lei. Ciò aiuta l'operatore e la regione a comprendere le esigenze della Sua
famiglia.

## Istruzione dei figli

Gli sportelli unici regionali aiutano gli impatriati a iscrivere i figli a scuola e in altri
istituti di istruzione. Le modalità specifiche sono stabilite da ciascuna regione e pubblicate
sulla pagina della regione.

## Sostegno per tutta la famiglia

Il sostegno agli impatriati copre diversi ambiti della vita: consulenza, aiuto nella ricerca di un
alloggio, apprendimento del russo e scoperta della cultura del Paese. Ogni regione stabilisce le
proprie misure di sostegno, e alcune di esse possono essere destinate ai familiari.

## Documenti per i familiari

I visti e i documenti di soggiorno per i familiari sono rilasciati dal Ministero degli Affari Esteri
e dal Ministero dell'Interno secondo le norme applicabili. Dopo l'arrivo, lo sportello unico
regionale può fornire consulenza alla Sua famiglia.
""",
    },
}

DECLARATION = {
    "text": {
        "text": """\
**Dichiarazione di condivisione dei valori**

Io sottoscritto/a presento la presente dichiarazione insieme al mio modulo di candidatura al
servizio «È tempo di vivere in Russia».

1. Dichiaro che i miei valori morali, culturali e familiari sono in sintonia con i valori
   spirituali e morali tradizionali russi e che condivido tali valori.
2. Desidero trasferirmi nella Federazione Russa per risiedervi stabilmente.
3. Intendo rispettare le leggi della Federazione Russa, la sua storia e la sua cultura, nonché le
   tradizioni dei popoli che vi vivono.
4. Confermo che le informazioni fornite nel mio modulo di candidatura sono veritiere e complete,
   per quanto a mia conoscenza.

Sono consapevole che la presente dichiarazione conferma il primo dei due criteri per il
riconoscimento come impatriato e non conferisce di per sé alcuno status, visto o permesso. La
decisione sullo status di impatriato è presa dal Ministero dell'Interno della Federazione Russa su
richiesta dell'organizzazione autorizzata (operatore), anche sulla base dei risultati di un
colloquio.
""",
    },
}
