"""Spanish translations of the demo content (portal/demo/)."""

REGIONS = {
    "RU-KLU": {
        "name": "Región de Kaluga",
        "description": (
            "La Región de Kaluga, con centro en la ciudad de Kaluga, es una de las nueve regiones "
            "piloto de apoyo a los impatriados designadas en abril de 2025. Kaluga acogió la "
            "reunión conjunta fuera de sede de la Comisión del Consejo de Estado en materia de "
            "Recursos Humanos y de la Agencia de Iniciativas Estratégicas sobre la creación de "
            "condiciones para la integración de los extranjeros en Rusia; la Comisión está presidida "
            "por el gobernador de la Región de Kaluga, Vladislav Shapsha. Según la Agencia de "
            "Iniciativas Estratégicas (ASI), la región trabaja con los impatriados a través de una "
            "organización subordinada o de una unidad independiente de un órgano ejecutivo "
            "regional. Las medidas de apoyo que se muestran para la región en esta etapa son "
            "ejemplos; las medidas reales de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-MOW": {
        "name": "Moscú",
        "description": (
            "Moscú es la capital de Rusia y una ciudad federal. Es una de las nueve regiones piloto "
            "de apoyo a los impatriados designadas en abril de 2025. Según la Agencia de "
            "Iniciativas Estratégicas (ASI), la región trabaja con los impatriados a través de una "
            "organización subordinada o de una unidad independiente de un órgano ejecutivo "
            "regional. Las medidas de apoyo que se muestran para la región en esta etapa son "
            "ejemplos; las medidas reales de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-MOS": {
        "name": "Región de Moscú",
        "description": (
            "La Región de Moscú rodea la ciudad de Moscú. Es una de las nueve regiones piloto de "
            "apoyo a los impatriados designadas en abril de 2025. Según la Agencia de Iniciativas "
            "Estratégicas (ASI), el modelo de la región consiste en otorgar a un órgano ejecutivo "
            "regional ya existente las competencias para trabajar con los impatriados. Las medidas "
            "de apoyo que se muestran para la región en esta etapa son ejemplos; las medidas reales "
            "de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-LIP": {
        "name": "Región de Lípetsk",
        "description": (
            "El centro regional es la ciudad de Lípetsk. Es una de las nueve regiones piloto de "
            "apoyo a los impatriados designadas en abril de 2025. Según la Agencia de Iniciativas "
            "Estratégicas (ASI), el modelo de la región consiste en otorgar a un órgano ejecutivo "
            "regional ya existente las competencias para trabajar con los impatriados. Las medidas "
            "de apoyo que se muestran para la región en esta etapa son ejemplos; las medidas reales "
            "de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-NGR": {
        "name": "Región de Nóvgorod",
        "description": (
            "El centro regional es la ciudad de Veliki Nóvgorod. Es una de las nueve regiones "
            "piloto de apoyo a los impatriados designadas en abril de 2025. Según la Agencia de "
            "Iniciativas Estratégicas (ASI), el modelo de la región consiste en otorgar a un órgano "
            "ejecutivo regional ya existente las competencias para trabajar con los impatriados. "
            "Las medidas de apoyo que se muestran para la región en esta etapa son ejemplos; las "
            "medidas reales de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-SAM": {
        "name": "Región de Samara",
        "description": (
            "El centro regional es la ciudad de Samara. Es una de las nueve regiones piloto de "
            "apoyo a los impatriados designadas en abril de 2025. Según la Agencia de Iniciativas "
            "Estratégicas (ASI), el modelo de la región consiste en otorgar a un órgano ejecutivo "
            "regional ya existente las competencias para trabajar con los impatriados. Las medidas "
            "de apoyo que se muestran para la región en esta etapa son ejemplos; las medidas reales "
            "de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-VLA": {
        "name": "Región de Vladímir",
        "description": (
            "El centro regional es la ciudad de Vladímir. Es una de las nueve regiones piloto de "
            "apoyo a los impatriados designadas en abril de 2025. Según la Agencia de Iniciativas "
            "Estratégicas (ASI), la región trabaja con los impatriados a través de una organización "
            "subordinada o de una unidad independiente de un órgano ejecutivo regional. Las medidas "
            "de apoyo que se muestran para la región en esta etapa son ejemplos; las medidas reales "
            "de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-PSK": {
        "name": "Región de Pskov",
        "description": (
            "El centro regional es la ciudad de Pskov. Es una de las nueve regiones piloto de apoyo "
            "a los impatriados designadas en abril de 2025. Según la Agencia de Iniciativas "
            "Estratégicas (ASI), es la única región que figura con el modelo de una unidad especial "
            "dependiente del jefe de la región para apoyar a los impatriados. Las medidas de apoyo "
            "que se muestran para la región en esta etapa son ejemplos; las medidas reales de la "
            "región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-PER": {
        "name": "Krai de Perm",
        "description": (
            "El centro regional es la ciudad de Perm. Es una de las nueve regiones piloto de apoyo "
            "a los impatriados designadas en abril de 2025. El resumen de la ASI sobre los modelos "
            "utilizados en las regiones piloto no incluye esta región, por lo que aquí no se indica "
            "su modelo de trabajo con los impatriados. Las medidas de apoyo que se muestran para la "
            "región en esta etapa son ejemplos; las medidas reales de la región se publicarán aquí "
            "una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
    "RU-NIZ": {
        "name": "Región de Nizhni Nóvgorod",
        "description": (
            "El centro regional es la ciudad de Nizhni Nóvgorod. La región no figuraba entre las "
            "nueve regiones piloto designadas en abril de 2025, pero el resumen posterior de la ASI "
            "sobre los modelos utilizados en las regiones piloto sí la incluye. Según la Agencia de "
            "Iniciativas Estratégicas (ASI), la región trabaja con los impatriados a través de una "
            "organización subordinada o de una unidad independiente de un órgano ejecutivo "
            "regional. Las medidas de apoyo que se muestran para la región en esta etapa son "
            "ejemplos; las medidas reales de la región se publicarán aquí una vez que se adopten."
        ),
        "office_name": "Ventanilla única regional para impatriados",
        "official_title": "Funcionario regional responsable de la impatriación",
    },
}

FAQ_TOPICS = {
    "about": {"title": "Sobre el programa"},
    "eligibility": {"title": "Quién puede presentar una solicitud"},
    "procedure": {"title": "Solicitud y decisión"},
    "family": {"title": "Familia"},
    "life": {"title": "La vida en Rusia"},
    "legal": {"title": "Base jurídica"},
}

FAQS = {
    ("about", 1): {
        "question": "¿Quién es un impatriado?",
        "answer": """\
Los impatriados son ciudadanos extranjeros —estudiantes con talento, científicos, especialistas
demandados, emprendedores, inversores o representantes de profesiones creativas— que comparten los
valores espirituales y morales tradicionales rusos y desean trasladarse a la Federación de Rusia
para residir en ella de forma permanente.

La categoría se está formalizando en la legislación rusa: el Concepto aprobado por el Estado Mayor
el 7 de marzo de 2025 establece los criterios, y se está elaborando un acto normativo que defina el
estatus jurídico de los impatriados.
""",
    },
    ("about", 2): {
        "question": "¿Qué es el servicio «Es hora de vivir en Rusia»?",
        "answer": """\
«Es hora de vivir en Rusia» es un servicio de información y comunicación para los extranjeros que
se plantean trasladarse a Rusia. Está concebido como el primer paso en el camino de un impatriado,
incluso antes de la reubicación. El servicio ofrece:

- información sobre las oportunidades para vivir y trabajar en Rusia, los servicios y las medidas
  de apoyo;
- una vía de acceso a los sistemas de solicitud de visados (Ministerio de Asuntos Exteriores de
  Rusia) y de trámites migratorios (Ministerio del Interior de Rusia);
- el formulario de candidatura del programa de impatriación;
- respuestas a las preguntas frecuentes;
- información normativa;
- historias de éxito.

El servicio se está creando en colaboración con el Portal Único de Servicios Estatales y
Municipales (Gosuslugi).
""",
    },
    ("about", 3): {
        "question": "¿Quién gestiona el programa de impatriación?",
        "answer": """\
De conformidad con la instrucción del Presidente n.º Pr-2423, de 21 de noviembre de 2024, sobre la
aplicación del Decreto n.º 702, la Agencia de Iniciativas Estratégicas (ASI), bajo la dirección del
Ministerio del Interior de Rusia, constituyó el Estado Mayor interdepartamental de apoyo a la
reubicación y adaptación de los impatriados.

El Estado Mayor elabora el itinerario del usuario para los impatriados y el estándar regional para
su integración, contribuye a crear el servicio «Es hora de vivir en Rusia» y prepara propuestas de
modificación de la legislación. En las regiones, el trabajo lo llevan a cabo las autoridades
regionales conforme al Estándar regional.
""",
    },
    ("about", 4): {
        "question": "¿Qué regiones participan en el proyecto piloto?",
        "answer": """\
En abril de 2025 se designaron nueve regiones piloto: Moscú, las regiones de Kaluga, Moscú,
Lípetsk, Nóvgorod, Samara, Vladímir y Pskov, y el Krai de Perm. Inicialmente solo se anunciaron
tres regiones; el número aumentó a nueve después de que los gobernadores pidieran que se incluyera
a sus regiones. El proyecto piloto permite poner a prueba distintos mecanismos de apoyo a los
ciudadanos extranjeros que se trasladan a Rusia.

Un resumen posterior de la ASI sobre los modelos utilizados en las regiones piloto incluye también
la Región de Nizhni Nóvgorod. La página de cada región describe su participación y sus medidas de
apoyo.
""",
    },
    ("about", 5): {
        "question": "¿Qué es una ventanilla única para impatriados?",
        "answer": """\
Conforme al Estándar regional, cada región crea un organismo u organización específica para
atender a los impatriados según el principio de «ventanilla única». Las ventanillas únicas ayudan a
los extranjeros con los documentos, la búsqueda de empleo y la matriculación de los hijos en
escuelas y otros centros educativos. El apoyo pretende abarcar distintos ámbitos de la vida, desde
el asesoramiento y la ayuda para encontrar vivienda hasta el aprendizaje del ruso y el conocimiento
de la cultura del país.

Los datos de contacto de las ventanillas únicas regionales se publicarán en las páginas de las
regiones a medida que estas los faciliten.
""",
    },
    ("about", 6): {
        "question": "¿Es lo mismo que el programa de reasentamiento de compatriotas?",
        "answer": """\
No. El Programa Estatal de Asistencia al Reasentamiento Voluntario de Compatriotas Residentes en el
Extranjero es un programa distinto con sus propias normas. Desde 2024 incluye a los repatriados
como una nueva categoría de participantes; según el Ministerio del Interior, tal como se informó en
abril de 2025, más de 2600 repatriados se han trasladado a Rusia en su marco desde 2024.

El programa de impatriación está dirigido a ciudadanos extranjeros que comparten los valores
espirituales y morales tradicionales rusos y pertenecen a una de las siete categorías descritas en
este portal.
""",
    },
    ("eligibility", 1): {
        "question": "¿Cuáles son los dos criterios para ser impatriado?",
        "answer": """\
Conforme al Concepto aprobado por el Estado Mayor el 7 de marzo de 2025, un ciudadano extranjero
debe cumplir dos niveles de criterios:

1. **Valores compartidos.** Los valores morales, culturales y familiares de la persona están en
   consonancia con los valores espirituales y morales tradicionales rusos. Se propone que esto se
   confirme mediante la firma de una declaración.
2. **Una categoría con alto potencial de integración.** La persona es un profesional cualificado,
   científico, inversor, emprendedor, estudiante o graduado con talento, profesional creativo o una
   persona con talento excepcional.

Deben cumplirse ambos criterios.
""",
    },
    ("eligibility", 2): {
        "question": "¿Qué categorías de candidatos existen?",
        "answer": """\
Existen siete categorías de ciudadanos extranjeros con alto potencial de integración
socioeconómica y cultural en la sociedad rusa:

- profesionales cualificados;
- científicos;
- inversores;
- emprendedores;
- profesionales creativos;
- estudiantes y graduados con talento;
- personas con talento excepcional.

En el formulario de candidatura usted elige la que mejor se ajuste a su caso. La página
«Criterios» describe cada categoría.
""",
    },
    ("eligibility", 3): {
        "question": "¿Qué significa «talento excepcional»?",
        "answer": """\
Esta categoría está destinada a personas con logros excepcionales que quizá no encajen en las demás
categorías. El Presidente de Rusia ha descrito a las personas que Rusia desea atraer como aquellas
que tienen profesiones y conocimientos demandados, son capaces de contribuir de forma significativa
a la economía y tienen logros en el deporte, las industrias creativas, la cultura y las
humanidades, la educación, y la ciencia y la tecnología.

En el formulario de candidatura, describa sus logros y cualquier reconocimiento que haya recibido.
""",
    },
    ("eligibility", 4): {
        "question": "¿Qué es la declaración de valores y por qué debo firmarla?",
        "answer": """\
El primer criterio para los impatriados es que sus valores morales, culturales y familiares estén
en consonancia con los valores espirituales y morales tradicionales rusos. El Concepto propone que
esto se confirme mediante la firma de un formulario declarativo.

En este portal, la declaración forma parte del formulario de candidatura: usted la lee y la firma
escribiendo su nombre completo. La firma de la declaración no otorga por sí sola ningún estatus,
visado ni permiso.
""",
    },
    ("eligibility", 5): {
        "question": "¿Es el resultado de la autoevaluación en línea una decisión jurídica?",
        "answer": """\
No. La autoevaluación solo le ayuda a ver si es probable que usted cumpla los dos criterios. Es
orientativa, no una decisión, y no supone la presentación de una solicitud.

La decisión sobre el estatus de impatriado la adopta el Ministerio del Interior de Rusia a
petición del operador autorizado, después de examinar su solicitud y, cuando sea necesario, tras
una entrevista.
""",
    },
    ("eligibility", 6): {
        "question": "¿Necesito hablar ruso para presentar una solicitud?",
        "answer": """\
Los dos criterios establecidos en el Concepto no mencionan el conocimiento del ruso. En el
formulario de candidatura usted indica su nivel actual, desde ninguno hasta fluido. Otros
procedimientos migratorios, como los relativos a los permisos de residencia o a la ciudadanía,
tienen sus propios requisitos establecidos por la legislación.

La ayuda para aprender ruso es una de las formas de apoyo que las regiones ofrecen a los
impatriados.
""",
    },
    ("eligibility", 7): {
        "question": "¿Los ciudadanos de qué países pueden presentar una solicitud?",
        "answer": """\
El Concepto habla de ciudadanos extranjeros en general y no limita el programa a determinados
países. En la práctica, las solicitudes presentadas en virtud del Decreto n.º 702 proceden
principalmente de ciudadanos de países de la UE, los Estados Unidos y Canadá; también se han
registrado solicitudes de ciudadanos del Reino Unido, Austria y los países bálticos.
""",
    },
    ("procedure", 1): {
        "question": "¿Quién decide si se me reconoce como impatriado?",
        "answer": """\
La decisión de otorgar a un ciudadano extranjero el estatus de impatriado la adopta el Ministerio
del Interior de Rusia (MVD). El Ministerio decide a partir de una solicitud de una organización
autorizada (operador) que se ocupa de la atracción de impatriados, teniendo en cuenta, entre otras
cosas, los resultados de una entrevista.
""",
    },
    ("procedure", 2): {
        "question": "¿Qué es el operador y qué ocurre en la entrevista?",
        "answer": """\
El operador es la organización autorizada que se ocupa de la atracción de impatriados. Examina las
solicitudes de los candidatos, puede pedir información adicional y puede invitar a un candidato a
una entrevista. Si el operador respalda una solicitud, envía una petición al Ministerio del
Interior, que adopta la decisión.

La entrevista ayuda al operador a conocer su trayectoria, sus planes y su motivación. Si se le
invita, recibirá los detalles a través de los datos de contacto que figuran en su solicitud.
""",
    },
    ("procedure", 3): {
        "question": "¿Qué ocurre después de presentar mi solicitud?",
        "answer": """\
Después de enviar el formulario de candidatura, usted recibe un número de referencia y un código de
acceso. Consérvelos: necesitará ambos para consultar el estado de su solicitud en el portal.

A continuación, su solicitud pasa por las siguientes etapas:

1. **Presentada** — se ha recibido la solicitud.
2. **En examen** — el operador la está examinando. El operador puede solicitar más información o
   invitarle a una entrevista.
3. **Aprobada o rechazada por el operador.** Una solicitud aprobada se envía al Ministerio del
   Interior.
4. **Decisión del Ministerio del Interior** — se otorga o se deniega el estatus de impatriado.

Puede retirar su solicitud antes de que comience el examen o mientras el operador espera
información adicional por su parte.
""",
    },
    ("procedure", 4): {
        "question": "¿Cómo solicito un visado?",
        "answer": """\
Las solicitudes de visado las tramita el Ministerio de Asuntos Exteriores de Rusia (MID). El
servicio «Es hora de vivir en Rusia» está concebido para permitirle acceder al sistema del
Ministerio para la presentación de solicitudes de visado.

En abril de 2025 se informó de que se expedían entre 100 y 150 visados al mes a extranjeros que se
trasladaban en virtud del Decreto n.º 702.
""",
    },
    ("procedure", 5): {
        "question": "¿Dónde se tramitan los documentos de residencia?",
        "answer": """\
Los trámites migratorios son competencia del Ministerio del Interior de Rusia (MVD). Por ejemplo,
las solicitudes de permisos de residencia temporal en virtud del Decreto n.º 702 se presentan ante
los departamentos del Ministerio; hasta abril de 2025 se habían admitido 1100 solicitudes de este
tipo.

El servicio «Es hora de vivir en Rusia» está concebido para permitirle acceder a los sistemas del
Ministerio para los trámites migratorios, y las ventanillas únicas regionales ayudan con los
documentos después de la llegada.
""",
    },
    ("procedure", 6): {
        "question": "¿Cuánto dura el procedimiento?",
        "answer": """\
Todavía no se han publicado plazos fijos para el examen por parte del operador ni para la decisión
del Ministerio del Interior. Puede seguir cada cambio en el estado de su solicitud en la página de
estado, con su número de referencia y su código de acceso.
""",
    },
    ("family", 1): {
        "question": "¿Puede mi familia trasladarse conmigo?",
        "answer": """\
Sí, el programa tiene en cuenta a las familias. El Estándar regional abarca la integración social,
cultural y económica de los impatriados, también junto con los miembros de su familia. En el
formulario de candidatura puede indicar a su cónyuge y a sus hijos.

Los visados y los documentos de residencia de los miembros de la familia los expiden el Ministerio
de Asuntos Exteriores y el Ministerio del Interior conforme a las normas aplicables. Después de la
llegada, la ventanilla única regional puede asesorar a su familia.
""",
    },
    ("family", 2): {
        "question": "¿Tendrán mis hijos plaza en la escuela?",
        "answer": """\
Las ventanillas únicas regionales ayudan a los impatriados a matricular a sus hijos en escuelas y
otros centros educativos. Las condiciones concretas varían de una región a otra y se publican en la
página de cada región como medidas de apoyo.
""",
    },
    ("life", 1): {
        "question": "¿Recibiré ayuda con la vivienda?",
        "answer": """\
El apoyo a los impatriados pretende abarcar distintos ámbitos de la vida, incluida la ayuda para
encontrar vivienda. Conforme al Estándar regional, cada región elabora su propia lista de medidas de
apoyo, por lo que el tipo y el alcance de la ayuda en materia de vivienda varían entre regiones.
Las medidas se publican en la página de cada región.
""",
    },
    ("life", 2): {
        "question": "¿Recibiré ayuda para encontrar empleo?",
        "answer": """\
Sí. Las ventanillas únicas regionales ayudan a los impatriados a encontrar empleo. Conforme al
Estándar regional, las regiones también elaboran medidas de apoyo para los empleadores que
contratan a impatriados.

Rusia busca en particular médicos, especialistas en TI y emprendedores dispuestos a crear su propia
empresa, así como personas de otras profesiones.
""",
    },
    ("life", 3): {
        "question": "¿Puedo aprender ruso después de llegar?",
        "answer": """\
Sí. La ayuda para aprender ruso y conocer la cultura del país forma parte del apoyo a los
impatriados. El formato de los cursos de idiomas varía entre regiones; consulte las medidas de
apoyo en la página de cada región.
""",
    },
    ("life", 4): {
        "question": "¿Cómo elijo una región?",
        "answer": """\
Lea las páginas de las regiones piloto: cada una describe la participación de la región en el
programa, cómo trabaja con los impatriados y sus medidas de apoyo. Conforme al Estándar regional,
las regiones también determinan las categorías de impatriados que son prioritarias para ellas. En
el formulario de candidatura puede indicar una o varias regiones preferidas.
""",
    },
    ("life", 5): {
        "question": "¿Podré obtener más adelante la residencia permanente o la ciudadanía rusa?",
        "answer": """\
Los impatriados son, por definición, personas que desean trasladarse a Rusia para residir en ella
de forma permanente. El Concepto de la Política Migratoria del Estado para 2026–2030, aprobado por
el Decreto n.º 738, de 15 de octubre de 2025, fija el objetivo de mejorar los mecanismos de
residencia en Rusia y de adquisición de la ciudadanía rusa por parte de ciudadanos extranjeros que
contribuyen al desarrollo del país y comparten los valores espirituales y morales tradicionales
rusos.

Los procedimientos y requisitos concretos los establece la legislación rusa y los tramita el
Ministerio del Interior.
""",
    },
    ("legal", 1): {
        "question": "¿Qué es el Decreto n.º 702?",
        "answer": """\
El Decreto n.º 702 (también traducido al inglés como Executive Order No. 702) fue firmado por el
Presidente de Rusia en agosto de 2024. Simplifica el procedimiento de reubicación para los
ciudadanos extranjeros que comparten los valores espirituales y morales tradicionales rusos. Las
solicitudes de permisos de residencia temporal en virtud del decreto se presentan ante los
departamentos del Ministerio del Interior.

La instrucción del Presidente n.º Pr-2423, de 21 de noviembre de 2024, se refiere a la aplicación
del decreto. Consulte la sección «Documentos jurídicos» para más detalles.
""",
    },
    ("legal", 2): {
        "question": "¿Está ya recogido en la ley el estatus de «impatriado»?",
        "answer": """\
Todavía no. El 7 de marzo de 2025, el Estado Mayor aprobó el Concepto para la formalización de la
categoría de impatriados en la legislación de la Federación de Rusia. De acuerdo con él, se está
elaborando un proyecto de acto normativo que formalizará el concepto de «impatriado» y definirá su
estatus jurídico. El portal publicará el acto una vez que se adopte.
""",
    },
    ("legal", 3): {
        "question": "¿Qué es el Estándar regional?",
        "answer": """\
El Estándar regional de integración social, cultural y económica de los impatriados, también junto
con los miembros de su familia, establece ocho disposiciones fundamentales para las regiones. Entre
ellas figuran la determinación de las categorías prioritarias de impatriados de la región, la
designación de un funcionario responsable, la creación de una ventanilla única, la elaboración de
una lista de medidas de apoyo regionales con financiación y el desarrollo de medidas de apoyo para
los empleadores que contratan a impatriados. La lista completa figura en la sección «Documentos
jurídicos».
""",
    },
}

JOURNEY_STEPS = {
    1: {
        "title": "Infórmese sobre el programa",
        "body": """\
El servicio «Es hora de vivir en Rusia» es el primer paso en el camino de un impatriado, incluso
antes de la reubicación. Infórmese sobre las oportunidades para vivir, trabajar, estudiar e
invertir en Rusia, las medidas de apoyo en las regiones y los documentos en los que se basa el
programa. Las respuestas a las preguntas habituales están recogidas en las preguntas frecuentes.
""",
        "who_helps": "El portal «Es hora de vivir en Rusia»",
    },
    2: {
        "title": "Compruebe si cumple los dos criterios",
        "body": """\
Un impatriado comparte los valores espirituales y morales tradicionales rusos y pertenece a una de
las siete categorías: profesionales cualificados, científicos, inversores, emprendedores,
profesionales creativos, estudiantes y graduados con talento o personas con talento excepcional.
La autoevaluación en línea le ayuda a ver si es probable que usted cumpla ambos criterios. Su
resultado es solo orientativo, no una decisión.
""",
        "who_helps": "La autoevaluación en línea",
    },
    3: {
        "title": "Elija las regiones que le convengan",
        "body": """\
El programa se está aplicando de forma piloto en varias regiones rusas. La página de cada región
describe cómo trabaja con los impatriados y el apoyo que ofrece. Anote las regiones que prefiera:
las indicará en el formulario de candidatura.
""",
        "who_helps": "Las páginas de las regiones en este portal",
    },
    4: {
        "title": "Rellene el formulario de candidatura y firme la declaración de valores",
        "body": """\
Rellene el formulario de candidatura: sus datos personales, su categoría y una descripción de su
formación, su trabajo o sus logros, sus regiones preferidas y, si van a trasladarse con usted, los
miembros de su familia. Lea la declaración de valores y fírmela escribiendo su nombre completo.
Después de enviar el formulario, recibirá un número de referencia y un código de acceso; guárdelos
en un lugar seguro.
""",
        "who_helps": "El portal «Es hora de vivir en Rusia»",
    },
    5: {
        "title": "Examen por el operador y entrevista",
        "body": """\
Su solicitud la examina la organización autorizada (operador) que se ocupa de la atracción de
impatriados. El operador puede pedirle más información o invitarle a una entrevista. Puede seguir
el estado de su solicitud en el portal con su número de referencia y su código de acceso.
""",
        "who_helps": "El operador autorizado",
    },
    6: {
        "title": "Decisión del Ministerio del Interior",
        "body": """\
Si el operador respalda su solicitud, envía una petición al Ministerio del Interior de Rusia. El
Ministerio decide si le otorga el estatus de impatriado, teniendo en cuenta los resultados de la
entrevista. La decisión aparece en el estado de su solicitud.
""",
        "who_helps": "Ministerio del Interior de Rusia (MVD)",
    },
    7: {
        "title": "Visado y documentos migratorios",
        "body": """\
Las solicitudes de visado las tramita el Ministerio de Asuntos Exteriores de Rusia, y los trámites
migratorios, como las solicitudes de permisos de residencia temporal, el Ministerio del Interior.
El servicio «Es hora de vivir en Rusia» está concebido para permitirle acceder a los sistemas de
ambos ministerios. La sección de documentos jurídicos explica las normas en las que se basan los
procedimientos.
""",
        "who_helps": (
            "Ministerio de Asuntos Exteriores (MID) para los visados; Ministerio del Interior (MVD) "
            "para los trámites migratorios"
        ),
    },
    8: {
        "title": "Llegue y póngase en contacto con la ventanilla única regional",
        "body": """\
Después de llegar, póngase en contacto con la ventanilla única para impatriados de su región. Esta
le ayuda con los documentos, la búsqueda de empleo y la matriculación de sus hijos en escuelas y
otros centros educativos, así como con asesoramiento y la búsqueda de vivienda. La página de la
región enumera sus medidas de apoyo y, una vez publicados, los datos de contacto de la ventanilla
única.
""",
        "who_helps": "La ventanilla única regional para impatriados",
    },
    9: {
        "title": "Instálese y planifique su futuro en Rusia",
        "body": """\
La adaptación lleva tiempo. Las regiones ayudan a los impatriados a aprender ruso y a conocer la
cultura del país, y les prestan apoyo mediante el sistema de ventanilla única. Los impatriados son
personas que desean vivir en Rusia de forma permanente: el Concepto de la Política Migratoria del
Estado para 2026–2030 tiene como objetivo mejorar los mecanismos de residencia y de adquisición de
la ciudadanía rusa para los extranjeros que contribuyen al desarrollo del país y comparten sus
valores tradicionales. Estos procedimientos los tramita el Ministerio del Interior conforme a la
legislación rusa.
""",
        "who_helps": (
            "La ventanilla única regional; el Ministerio del Interior para la residencia y la "
            "ciudadanía"
        ),
    },
}

INFO_PAGES = {
    "about": {
        "title": "Sobre el programa",
        "body": """\
«Es hora de vivir en Rusia» es el servicio público de información del programa de impatriación.
Está dirigido a extranjeros cualificados que comparten los valores espirituales y morales
tradicionales rusos y desean trasladarse a Rusia para residir en ella de forma permanente.

## Por qué existe el programa

Como se señaló en la reunión celebrada en Kaluga en abril de 2025, el número de personas en todo el
mundo que comparten los valores espirituales y culturales tradicionales de Rusia está creciendo, y
muchos ciudadanos de países occidentales se plantean seriamente trasladarse a Rusia y solicitar la
ciudadanía rusa. Pueden hacerlo en virtud del Decreto n.º 702, firmado por el Presidente de Rusia
en agosto de 2024. La reubicación de estas personas se considera no solo una cuestión de política
migratoria, sino también un recurso para el desarrollo económico del país y para el fortalecimiento
del capital humano.

## Quién lo organiza

De conformidad con la instrucción del Presidente n.º Pr-2423, de 21 de noviembre de 2024, la
Agencia de Iniciativas Estratégicas (ASI), bajo la dirección del Ministerio del Interior de Rusia,
constituyó el Estado Mayor interdepartamental de apoyo a la reubicación y adaptación de los
impatriados. El Estado Mayor:

- elabora un itinerario del usuario óptimo para los impatriados a lo largo de todo su traslado a
  Rusia;
- ha elaborado un estándar regional de integración social, cultural y económica de los
  impatriados;
- contribuye a crear y desarrollar el servicio «Es hora de vivir en Rusia»;
- prepara propuestas de modificación de la legislación para formalizar la categoría de
  impatriados.

El 7 de marzo de 2025, el Estado Mayor aprobó el Concepto para la formalización de la categoría de
impatriados en la legislación rusa, y el 17 de septiembre de 2025 aprobó una hoja de ruta para
mejorar los procedimientos migratorios de determinadas categorías de ciudadanos extranjeros y su
adaptación.

## Dónde se aplica

El programa se está aplicando de forma piloto en regiones rusas: en abril de 2025 se designaron
nueve regiones piloto. Cada región piloto organiza una ventanilla única en la que los impatriados
reciben ayuda con los documentos, el empleo y la matriculación de los hijos en centros educativos.

## Qué ofrece este servicio

- Información sobre las oportunidades para vivir y trabajar en Rusia, los servicios y las medidas
  de apoyo.
- Una vía de acceso a los sistemas de solicitud de visados (Ministerio de Asuntos Exteriores) y de
  trámites migratorios (Ministerio del Interior).
- El formulario de candidatura del programa de impatriación.
- Respuestas a las preguntas frecuentes, información normativa e historias de éxito.
""",
    },
    "criteria": {
        "title": "Criterios y categorías",
        "body": """\
Conforme al Concepto para la formalización de la categoría de impatriados en la legislación de la
Federación de Rusia, aprobado por el Estado Mayor el 7 de marzo de 2025, un ciudadano extranjero se
considera impatriado si se cumplen dos niveles de criterios.

## Criterio 1: valores compartidos

Los valores morales, culturales y familiares de la persona están en consonancia con los valores
espirituales y morales tradicionales rusos. Se propone que esto se confirme mediante la firma de un
formulario declarativo. En este portal, usted firma la declaración de valores como parte del
formulario de candidatura.

## Criterio 2: una categoría con alto potencial de integración

La persona pertenece a una de las categorías de ciudadanos extranjeros con alto potencial de
integración socioeconómica y cultural en la sociedad rusa:

- **Profesionales cualificados** — especialistas en profesiones demandadas. En Rusia se espera,
  entre otros, a médicos y especialistas en TI.
- **Científicos** — investigadores cuyos conocimientos contribuyen al desarrollo de la ciencia y la
  formación profesional rusas.
- **Inversores** — personas que contribuyen al desarrollo de la economía rusa mediante sus
  inversiones.
- **Emprendedores** — personas de negocios, incluidas las dispuestas a abrir su propia empresa en
  Rusia.
- **Profesionales creativos** — miembros de las profesiones creativas cuya labor contribuye al arte
  y la cultura.
- **Estudiantes y graduados con talento** — jóvenes que desean estudiar y construir su futuro en
  Rusia.
- **Personas con talento excepcional** — personas con logros excepcionales, por ejemplo en el
  deporte, las industrias creativas, la cultura y las humanidades, la educación, o la ciencia y la
  tecnología.

## Quién decide

La decisión de otorgar el estatus de impatriado la adopta el Ministerio del Interior de Rusia a
partir de una solicitud de la organización autorizada (operador), teniendo en cuenta, entre otras
cosas, los resultados de una entrevista. La autoevaluación en línea de este portal es solo
orientativa y no constituye una decisión.
""",
    },
    "living-in-russia": {
        "title": "Vivir en Rusia",
        "body": """\
Trasladarse a otro país cambia todos los aspectos de la vida. Por ello, el apoyo a los impatriados
pretende ser sistemático y abarcar distintos ámbitos: desde el asesoramiento y la ayuda para
encontrar vivienda hasta la ayuda para aprender ruso y conocer la cultura del país.

## Ventanillas únicas en las regiones

Las regiones que participan en el programa crean «ventanillas únicas» para los impatriados. En
ellas puede recibir ayuda con los documentos, la búsqueda de empleo y la matriculación de sus hijos
en escuelas y otros centros educativos. Conforme al Estándar regional, la ventanilla única también
apoya su adaptación después de su llegada, y cada región designa a un funcionario responsable del
trabajo con los impatriados.

## Vivienda

La ayuda para encontrar vivienda es uno de los ámbitos de apoyo. Las medidas concretas en materia
de vivienda las establece cada región y varían entre regiones; las encontrará en la página de la
región.

## Idioma y cultura

Las regiones ayudan a los impatriados a aprender ruso y a conocer la cultura rusa. No es necesario
que hable el idioma con fluidez antes de presentar su solicitud: en el formulario de candidatura
simplemente indica su nivel actual.

## Elegir dónde vivir

El programa se está aplicando de forma piloto en varias regiones, desde Moscú y la Región de Moscú
hasta las regiones de Kaluga, Pskov y Samara y el Krai de Perm. La página de cada región describe
cómo trabaja la región con los impatriados y las medidas de apoyo que ofrece.
""",
    },
    "working-in-russia": {
        "title": "Trabajar en Rusia",
        "body": """\
La atracción de profesionales de primer nivel que comparten los valores de Rusia se considera un
recurso importante para el desarrollo económico del país y para el fortalecimiento de su capital
humano. Estos profesionales son muy demandados en las regiones rusas.

## Quién está en demanda

Rusia busca en particular médicos, especialistas en TI y emprendedores dispuestos a crear su propia
empresa, así como personas de otras profesiones. Si usted es especialista en una profesión
demandada, es probable que le corresponda la categoría «profesional cualificado».

## Ayuda para encontrar empleo

Las ventanillas únicas regionales ayudan a los impatriados a encontrar empleo. Conforme al Estándar
regional, las regiones evalúan sus necesidades, determinan las organizaciones interesadas en los
impatriados y las categorías de impatriados que son prioritarias para ellas, y elaboran medidas de
apoyo para los empleadores que contratan a impatriados.

## Documentos

Los trámites migratorios, incluidas las solicitudes de permisos de residencia temporal, los
gestiona el Ministerio del Interior de Rusia. La ventanilla única de su región puede ayudarle con
los documentos que necesite.
""",
    },
    "studying-in-russia": {
        "title": "Estudiar en Rusia",
        "body": """\
Los estudiantes y graduados con talento son una de las categorías de impatriados. El programa da la
bienvenida a jóvenes que comparten los valores tradicionales rusos y desean construir su futuro en
Rusia.

## Qué dicen los estudiantes internacionales

La Agencia de Iniciativas Estratégicas estudió cómo ven Rusia los estudiantes internacionales en su
investigación «Rusia a través de los ojos de los estudiantes internacionales: turismo, estudios y
nuevas impresiones». Más del 45 % de los encuestados afirmaron que les gustaría quedarse en Rusia
después de terminar sus estudios.

## Orientación de la política

El Concepto de la Política Migratoria del Estado para 2026–2030, aprobado por el Decreto n.º 738,
de 15 de octubre de 2025, incluye entre sus objetivos la mejora de los mecanismos de entrada y
estancia en Rusia de los ciudadanos extranjeros que desean desarrollar vínculos científicos,
culturales y de otro tipo y estudiar la lengua rusa y la historia y la cultura de Rusia. El aumento
del número de estudiantes extranjeros en las universidades y centros de formación profesional rusos también figura
entre las medidas del plan del Gobierno para la aplicación de la política migratoria.

## Aprender ruso

La ayuda para aprender ruso forma parte del apoyo a los impatriados en las regiones. Si se traslada
con sus hijos, la ventanilla única regional le ayuda a matricularlos en escuelas y otros centros
educativos.
""",
    },
    "investing-in-russia": {
        "title": "Invertir y hacer negocios en Rusia",
        "body": """\
Los inversores y los emprendedores son dos de las categorías de impatriados. Las personas de
negocios y los inversores que comparten los valores espirituales y morales rusos y desean
trasladarse a Rusia para residir en ella de forma permanente figuran entre aquellos a quienes se
dirige el programa.

## Orientación de la política

El Concepto de la Política Migratoria del Estado para 2026–2030, aprobado por el Decreto n.º 738,
de 15 de octubre de 2025, fija el objetivo de mejorar los mecanismos de residencia en Rusia y de
adquisición de la ciudadanía rusa para los ciudadanos extranjeros que contribuyen al desarrollo de
la economía rusa mediante sus inversiones, conocimientos y competencias y que comparten los valores
espirituales y morales tradicionales rusos. También tiene como objetivo mejorar las condiciones de
entrada y estancia de los extranjeros que desean desarrollar vínculos económicos y empresariales y
ejercer una actividad emprendedora.

## Los emprendedores son bienvenidos

Los emprendedores dispuestos a abrir su propia empresa figuran entre las personas que Rusia busca.
En el formulario de candidatura, describa su experiencia empresarial y sus planes en Rusia.

## Apoyo regional

Conforme al Estándar regional, cada región determina las categorías de impatriados que son
prioritarias para ella y elabora su propia lista de medidas de apoyo con financiación. Consulte las
páginas de las regiones piloto para conocer las medidas disponibles para inversores y
emprendedores.
""",
    },
    "family": {
        "title": "Trasladarse con su familia",
        "body": """\
El programa tiene en cuenta a las familias. El Estándar regional de integración social, cultural y
económica de los impatriados abarca expresamente a los impatriados que se trasladan junto con los
miembros de su familia.

## En el formulario de candidatura

Al rellenar el formulario de candidatura, puede indicar a su cónyuge y a sus hijos que tengan
previsto trasladarse con usted. Esto ayuda al operador y a la región a comprender las necesidades
de su familia.

## Educación de los hijos

Las ventanillas únicas regionales ayudan a los impatriados a matricular a sus hijos en escuelas y
otros centros educativos. Las condiciones concretas las establece cada región y se publican en la
página de la región.

## Apoyo para toda la familia

El apoyo a los impatriados abarca distintos ámbitos de la vida: asesoramiento, ayuda para encontrar
vivienda, aprendizaje del ruso y conocimiento de la cultura del país. Cada región establece sus
propias medidas de apoyo, y algunas de ellas pueden estar destinadas a los miembros de la familia.

## Documentos para los miembros de la familia

Los visados y los documentos de residencia de los miembros de la familia los expiden el Ministerio
de Asuntos Exteriores y el Ministerio del Interior conforme a las normas aplicables. Después de la
llegada, la ventanilla única regional puede asesorar a su familia.
""",
    },
}

DECLARATION = {
    "text": {
        "text": """\
**Declaración de valores compartidos**

Yo, el abajo firmante, presento esta declaración junto con mi formulario de candidatura al
servicio «Es hora de vivir en Rusia».

1. Declaro que mis valores morales, culturales y familiares están en consonancia con los valores
   espirituales y morales tradicionales rusos, y que comparto estos valores.
2. Deseo trasladarme a la Federación de Rusia para residir en ella de forma permanente.
3. Tengo la intención de respetar las leyes de la Federación de Rusia, su historia y su cultura, y
   las tradiciones de los pueblos que viven en ella.
4. Confirmo que la información que facilito en mi formulario de candidatura es veraz y completa a
   mi leal saber y entender.

Entiendo que esta declaración confirma el primero de los dos criterios para el reconocimiento como
impatriado y que no otorga por sí sola ningún estatus, visado ni permiso. La decisión sobre el
estatus de impatriado la adopta el Ministerio del Interior de la Federación de Rusia a petición de
la organización autorizada (operador), teniendo en cuenta, entre otras cosas, los resultados de una
entrevista.
""",
    },
}
