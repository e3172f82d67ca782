//! Texts to start from: a model of each policy (the house rules, staff use,
//! the legal notice…) and of the crisis post-mortem, in English and
//! Spanish, written as a public administration or a company publishes them.
//! The community manager starts from one and makes it the organization's
//! own. `{organization}` stands for the organization's name; parts between
//! square brackets are for the community manager to fill in.

use crate::lang::Lang;
use crate::model::PolicyKind;

/// What stands for the organization's name in a model.
pub const ORGANIZATION: &str = "{organization}";

/// A model policy: its title and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Model {
    pub title: &'static str,
    pub text: &'static str,
}

/// The model of a policy of `kind` in `lang` (none for "other").
pub fn policy(kind: PolicyKind, lang: Lang) -> Option<Model> {
    let (en, es) = match kind {
        PolicyKind::HouseRules => (HOUSE_RULES_EN, HOUSE_RULES_ES),
        PolicyKind::StaffUse => (STAFF_USE_EN, STAFF_USE_ES),
        PolicyKind::LegalNotice => (LEGAL_NOTICE_EN, LEGAL_NOTICE_ES),
        PolicyKind::Licences => (LICENCES_EN, LICENCES_ES),
        PolicyKind::Accessibility => (ACCESSIBILITY_EN, ACCESSIBILITY_ES),
        PolicyKind::Retention => (RETENTION_EN, RETENTION_ES),
        PolicyKind::PreElection => (PRE_ELECTION_EN, PRE_ELECTION_ES),
        PolicyKind::PaidPromotion => (PAID_PROMOTION_EN, PAID_PROMOTION_ES),
        PolicyKind::Stakeholders => (STAKEHOLDERS_EN, STAKEHOLDERS_ES),
        PolicyKind::Other => return None,
    };
    Some(match lang {
        Lang::En => en,
        Lang::Es => es,
    })
}

/// The model of the review held after a crisis, in `lang`.
pub fn post_mortem(lang: Lang) -> &'static str {
    lang.pick(POST_MORTEM_EN, POST_MORTEM_ES)
}

/// `text` with the organization's name where the model says
/// `{organization}`. Without a name, "the organization" ("la
/// organización"), capitalized where a sentence starts.
pub fn fill(text: &str, organization: &str, lang: Lang) -> String {
    let name = organization.trim();
    if !name.is_empty() {
        return text.replace(ORGANIZATION, name);
    }
    let generic = lang.pick("the organization", "la organización");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(ORGANIZATION) {
        let before = &rest[..at];
        out.push_str(before);
        let sentence_start = {
            let so_far = out.trim_end_matches([' ', '\t']);
            let item = so_far
                .strip_suffix('-')
                .is_some_and(|s| s.is_empty() || s.ends_with('\n'));
            item || so_far.is_empty() || so_far.ends_with(['.', '\n', '!', '?', ':'])
        };
        if sentence_start {
            let mut chars = generic.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(generic);
        }
        rest = &rest[at + ORGANIZATION.len()..];
    }
    out.push_str(rest);
    out
}

const HOUSE_RULES_EN: Model = Model {
    title: "House rules for our social media",
    text: "{organization} uses its social media accounts to inform, to answer questions and to listen. These accounts are open to everyone, and we want them to stay useful and respectful for everyone. These rules apply to comments, replies, mentions and private messages on every account the organization manages.

What we welcome

- Questions, suggestions and criticism, including strong criticism of our work, expressed with respect.
- Contributions that stay on the subject of the publication.
- Information that helps other people.

What we remove

We will hide or delete, without prior notice, content that:

- insults, threatens, harasses or discriminates against any person or group, including our staff;
- is violent, obscene or sexually explicit, or incites hatred or illegal acts;
- publishes personal data, your own or anyone else's (addresses, phone numbers, identity numbers, case files);
- is spam, advertising or the same message repeated;
- promotes a political party or an election campaign;
- infringes copyright or impersonates another person or organization;
- is plainly off-topic or sets out to disrupt the conversation.

Accounts that break these rules seriously or repeatedly may be blocked. Content that may be a criminal offence will be kept and passed on to the competent authorities. Moderating a comment is never a response to the opinion it expresses: we do not remove criticism for being critical.

When we answer

Our accounts are attended on working days from 9:00 to 17:00 [adjust to your hours]. We aim to answer within one working day; some questions need an answer from a department and take longer, and we will tell you so.

Social media are not a channel for formal complaints, applications or appeals. For those, please use the official channels of {organization}, which guarantee you a reply with legal effect. Do not share personal or sensitive information in public comments: if we need details to help you, we will ask you to write to us privately.

Following, sharing or liking content does not mean that {organization} endorses it, and links to other websites are given for information only. These rules may be updated; the version in force is always published on our website.",
};

const HOUSE_RULES_ES: Model = Model {
    title: "Normas de participación en nuestras redes sociales",
    text: "{organization} utiliza sus perfiles en redes sociales para informar, resolver dudas y escuchar. Son espacios abiertos a todas las personas y queremos que sigan siendo útiles y respetuosos para todas ellas. Estas normas se aplican a los comentarios, respuestas, menciones y mensajes privados de todas las cuentas que gestiona la organización.

Qué es bienvenido

- Las preguntas, sugerencias y críticas, también las críticas duras a nuestro trabajo, expresadas con respeto.
- Las aportaciones relacionadas con el tema de cada publicación.
- La información que ayuda a otras personas.

Qué retiramos

Ocultaremos o eliminaremos, sin aviso previo, los contenidos que:

- insulten, amenacen, acosen o discriminen a cualquier persona o colectivo, incluido nuestro personal;
- sean violentos, obscenos o sexualmente explícitos, o inciten al odio o a cometer actos ilegales;
- publiquen datos personales, propios o ajenos (domicilios, teléfonos, números de documento, expedientes);
- sean spam, publicidad o el mismo mensaje repetido;
- hagan propaganda de un partido político o de una campaña electoral;
- vulneren derechos de propiedad intelectual o suplanten la identidad de otra persona u organización;
- no guarden relación con el tema o busquen entorpecer la conversación.

Las cuentas que incumplan estas normas de forma grave o reiterada podrán ser bloqueadas. Los contenidos que puedan ser constitutivos de delito se conservarán y se pondrán en conocimiento de las autoridades competentes. Moderar un comentario nunca es una respuesta a la opinión que expresa: no retiramos una crítica por ser crítica.

Cuándo respondemos

Atendemos nuestras cuentas los días laborables de 9:00 a 17:00 [ajusta el horario]. Procuramos responder en un día laborable; algunas consultas necesitan la respuesta de un departamento y tardan más, y te lo diremos.

Las redes sociales no son un canal para presentar quejas formales, solicitudes ni recursos. Para ello, utiliza los canales oficiales de {organization}, que te garantizan una respuesta con efectos jurídicos. No compartas información personal o sensible en comentarios públicos: si necesitamos datos para ayudarte, te pediremos que nos escribas por privado.

Seguir, compartir o marcar como favorito un contenido no significa que {organization} lo respalde, y los enlaces a otras páginas se ofrecen solo a título informativo. Estas normas pueden actualizarse; la versión vigente está siempre publicada en nuestra web.",
};

const STAFF_USE_EN: Model = Model {
    title: "Staff use of social media",
    text: "This policy applies to everyone who works for {organization}, whatever their contract, and to the people who work for it through other companies. It covers three situations: speaking on behalf of the organization, using social media privately, and taking part in spaces run by others.

On behalf of the organization

- Only the people the communication team authorizes publish on the organization's accounts, and only on those accounts.
- Every account follows the strategy, the style guide and the house rules; nothing is published without checking it against them.
- Access credentials are personal, protected with two-factor authentication and never shared. When someone leaves their role, their access is removed the same day.
- A new account is opened only with the communication team's approval, once four questions are answered: what its objectives are, who its audience is, whether there are resources to keep it going, and what content it will have.

In your private use

- You may say where you work. When you talk about the organization's work, make it clear that you speak for yourself and not for the organization.
- Do not publish information you know through your job that has not been made public, nor personal data of the people we serve or of your colleagues.
- Do not answer questions about individual cases from your personal accounts: refer people to the official channels.
- Treat others with the respect you would show at work. Your conduct online can affect the organization's reputation and your professional duties.

In spaces run by others

- In groups, forums and other organizations' pages, take part as a professional only on the subjects of your job, and say who you are.
- Do not start or feed disputes on behalf of the organization. If you see a mistake, a complaint or a rumour about the organization, tell the communication team.

If in doubt

The communication team is there to help: ask before you publish. If you see something that may turn into a crisis, tell the team at once, through the usual channel, even outside working hours.

Breaking this policy may lead to the removal of access to the organization's accounts and, where appropriate, to the measures that the employment rules provide for.",
};

const STAFF_USE_ES: Model = Model {
    title: "Uso de las redes sociales por el personal",
    text: "Esta política se aplica a todas las personas que trabajan para {organization}, con independencia de su vínculo, y a quienes trabajan para ella a través de otras empresas. Contempla tres situaciones: hablar en nombre de la organización, usar las redes a título personal y participar en espacios de terceros.

En nombre de la organización

- Solo publican en las cuentas de la organización las personas que autoriza el equipo de comunicación, y solo en esas cuentas.
- Cada cuenta sigue la estrategia, la guía de estilo y las normas de participación; no se publica nada sin contrastarlo con ellas.
- Las credenciales de acceso son personales, se protegen con verificación en dos pasos y no se comparten. Cuando alguien deja su puesto, su acceso se retira el mismo día.
- Solo se abre una cuenta nueva con la aprobación del equipo de comunicación y después de responder a cuatro preguntas: qué objetivos tiene, a qué público se dirige, si hay recursos para mantenerla y qué contenidos tendrá.

A título personal

- Puedes decir dónde trabajas. Cuando hables del trabajo de la organización, deja claro que lo haces en tu nombre y no en el de la organización.
- No publiques información que conozcas por tu trabajo y que no se haya hecho pública, ni datos personales de las personas a las que atendemos o de tus compañeros y compañeras.
- No atiendas desde tus cuentas personales consultas sobre casos concretos: remite a las personas a los canales oficiales.
- Trata a los demás con el mismo respeto que en el trabajo. Tu conducta en la red puede afectar a la reputación de la organización y a tus deberes profesionales.

En espacios de terceros

- En grupos, foros y páginas de otras organizaciones, participa como profesional solo en los temas de tu puesto e identifícate.
- No inicies ni alimentes polémicas en nombre de la organización. Si ves un error, una queja o un rumor sobre la organización, avisa al equipo de comunicación.

En caso de duda

El equipo de comunicación está para ayudarte: consulta antes de publicar. Si ves algo que puede convertirse en una crisis, avisa al equipo de inmediato por el canal habitual, también fuera del horario de trabajo.

El incumplimiento de esta política puede suponer la retirada del acceso a las cuentas de la organización y, en su caso, las medidas que prevea la normativa laboral aplicable.",
};

const LEGAL_NOTICE_EN: Model = Model {
    title: "Legal notice and privacy on social media",
    text: "Who we are

The accounts listed on our website are the official social media accounts of {organization}, [registered address], [registration or tax number]. For any question about them, write to [contact e-mail].

The platforms' terms

Every social network has its own terms of use and privacy policy, which apply to everyone who uses it, {organization} included. We recommend reading them and setting your own privacy options.

Your personal data

When you interact with our accounts, {organization} processes only the data the platform shows us (your user name, your public profile and what you write to us) in order to answer you and to manage its communication with the public. The legal basis is [the public-interest task entrusted to the organization / the organization's legitimate interest] and, when you write to us privately, your consent.

- We do not use your data for any other purpose, nor pass it on to third parties unless the law requires it.
- Messages are kept for as long as it takes to deal with them, and then for the periods set by the archiving rules that apply to us.
- You may exercise your rights of access, rectification, erasure, objection, restriction and portability by writing to [data protection e-mail]. You may also contact our data protection officer at [DPO e-mail] and lodge a complaint with the data protection authority.

Content and intellectual property

Unless stated otherwise, the texts, images and videos we publish belong to {organization} or are used with permission. You may share them by the means each platform offers; any other use needs our permission, or the licence stated with the content.

Responsibility

{organization} is not responsible for the opinions users express on its accounts, which are moderated according to its published house rules. Links to other websites are given for information only; we do not control their content.

Official channels

The information on our social media is for guidance only. Applications, notifications and any protocol with legal effect are handled only through the official channels of {organization}.",
};

const LEGAL_NOTICE_ES: Model = Model {
    title: "Aviso legal y privacidad en redes sociales",
    text: "Quiénes somos

Las cuentas que figuran en nuestra web son los perfiles oficiales de {organization} en redes sociales, con domicilio en [dirección] y [NIF u otro número de identificación]. Para cualquier consulta sobre ellas, escribe a [correo de contacto].

Condiciones de las plataformas

Cada red social tiene sus propias condiciones de uso y su política de privacidad, que se aplican a todas las personas que la usan, también a {organization}. Te recomendamos leerlas y configurar tus opciones de privacidad.

Tus datos personales

Cuando interactúas con nuestras cuentas, {organization} trata únicamente los datos que la plataforma nos muestra (tu nombre de usuario, tu perfil público y lo que nos escribes) para responderte y gestionar su comunicación con el público. La base jurídica es [el cumplimiento de una misión de interés público / el interés legítimo de la organización] y, cuando nos escribes por privado, tu consentimiento.

- No utilizamos tus datos para ninguna otra finalidad ni los cedemos a terceros, salvo obligación legal.
- Los mensajes se conservan durante el tiempo necesario para atenderlos y, después, durante los plazos que fija la normativa de archivo que nos es aplicable.
- Puedes ejercer tus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a [correo de protección de datos]. También puedes dirigirte a nuestra persona delegada de protección de datos en [correo del DPD] y presentar una reclamación ante la autoridad de control en materia de protección de datos.

Contenidos y propiedad intelectual

Salvo que se indique otra cosa, los textos, imágenes y vídeos que publicamos pertenecen a {organization} o se usan con autorización. Puedes compartirlos con las herramientas que ofrece cada plataforma; cualquier otro uso requiere nuestro permiso o la licencia indicada junto al contenido.

Responsabilidad

{organization} no se hace responsable de las opiniones que las personas usuarias expresan en sus cuentas, que se moderan conforme a sus normas de participación publicadas. Los enlaces a otras páginas se ofrecen solo a título informativo; no controlamos su contenido.

Canales oficiales

La información de nuestras redes sociales es solo orientativa. Las solicitudes, notificaciones y cualquier trámite con efectos jurídicos se gestionan únicamente a través de los canales oficiales de {organization}.",
};

const LICENCES_EN: Model = Model {
    title: "Licences of our content",
    text: "Unless a publication says otherwise, the texts, photographs, graphics and videos that {organization} publishes on its own accounts are released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): anyone may share and adapt them, for any purpose, provided they credit {organization} and say whether they made changes.

- Logos, brand marks and images of people who can be identified are excluded from this licence and may not be reused without permission.
- Content by others (agency photographs, music, guest articles) keeps its own licence, which we state with it.
- Before publishing content made by others, we obtain written permission or check that its licence allows it, and we credit its author.
- Images of people are published only with their consent, and images of minors only with the consent of their parents or guardians.
- Images and music from libraries are used within the terms of each library's licence, which we keep on file.",
};

const LICENCES_ES: Model = Model {
    title: "Licencias de nuestros contenidos",
    text: "Salvo que una publicación indique otra cosa, los textos, fotografías, gráficos y vídeos que {organization} publica en sus cuentas se difunden con la licencia Creative Commons Reconocimiento 4.0 Internacional (CC BY 4.0): cualquiera puede compartirlos y adaptarlos, con cualquier finalidad, siempre que cite a {organization} e indique si ha hecho cambios.

- Los logotipos, las marcas y las imágenes de personas identificables quedan fuera de esta licencia y no pueden reutilizarse sin permiso.
- Los contenidos de terceros (fotografías de agencia, música, artículos invitados) conservan su propia licencia, que indicamos junto a ellos.
- Antes de publicar contenidos ajenos obtenemos autorización por escrito o comprobamos que su licencia lo permite, y citamos a su autoría.
- Las imágenes de personas solo se publican con su consentimiento, y las de menores, con el de sus padres, madres o tutores legales.
- Las imágenes y la música de bancos de recursos se usan dentro de los términos de la licencia de cada banco, que conservamos archivados.",
};

const ACCESSIBILITY_EN: Model = Model {
    title: "Accessibility commitments",
    text: "{organization} wants everyone to be able to follow its social media, including people with disabilities and people who use assistive technology. We commit to:

- write in plain language, with short sentences and no unexplained acronyms;
- describe every image with alternative text;
- caption every video, and publish a transcript of audio-only content;
- never rely on colour alone to convey information, and keep enough contrast in graphics;
- write hashtags with a capital letter at the start of each word (#PlainLanguage), so that screen readers read them correctly;
- use emojis sparingly, at the end of a sentence, and never in place of words;
- publish essential information on an accessible channel as well (our website) when a network cannot make it accessible.

Every quarter we review a sample of our publications against these commitments. If you find content you cannot access, tell us through any of our channels and we will provide it in an accessible format.",
};

const ACCESSIBILITY_ES: Model = Model {
    title: "Compromisos de accesibilidad",
    text: "{organization} quiere que todas las personas puedan seguir sus redes sociales, también las personas con discapacidad y quienes usan productos de apoyo. Nos comprometemos a:

- escribir en lenguaje claro, con frases cortas y sin siglas sin explicar;
- describir cada imagen con un texto alternativo;
- subtitular todos los vídeos y publicar la transcripción de los contenidos solo de audio;
- no transmitir información solo mediante el color y mantener un contraste suficiente en los gráficos;
- escribir las etiquetas con mayúscula al inicio de cada palabra (#LenguajeClaro), para que los lectores de pantalla las lean bien;
- usar los emojis con moderación, al final de la frase y nunca en lugar de palabras;
- publicar también la información esencial en un canal accesible (nuestra web) cuando una red no permita hacerla accesible.

Cada trimestre revisamos una muestra de nuestras publicaciones con arreglo a estos compromisos. Si encuentras un contenido al que no puedes acceder, dínoslo por cualquiera de nuestros canales y te lo facilitaremos en un formato accesible.",
};

const RETENTION_EN: Model = Model {
    title: "Records retention and archiving",
    text: "Publications, comments and messages on social media can be records of the activity of {organization}. This policy sets how they are kept.

- Every month, the communication team exports the content of each account (publications, comments and private messages) and stores it in the organization's records system.
- Before content is hidden or deleted, it is recorded with a screenshot, the date, the reason and the rule applied.
- Complaints, requests and replies received through social media are filed with the case they belong to.
- Exports are kept for [number] years, or for the period that the archiving rules applicable to the organization set, and then reviewed for permanent preservation or disposal.
- Before an account is closed, its whole content is exported and archived.

Personal data in these records is kept only for as long as it is needed, and protected as the data protection policy states.",
};

const RETENTION_ES: Model = Model {
    title: "Conservación y archivo de la información",
    text: "Las publicaciones, comentarios y mensajes en redes sociales pueden ser documentos que dan fe de la actividad de {organization}. Esta política establece cómo se conservan.

- Cada mes, el equipo de comunicación exporta el contenido de cada cuenta (publicaciones, comentarios y mensajes privados) y lo guarda en el sistema de gestión documental de la organización.
- Antes de ocultar o eliminar un contenido, se registra con una captura de pantalla, la fecha, el motivo y la norma aplicada.
- Las quejas, solicitudes y respuestas recibidas por redes sociales se incorporan al expediente al que corresponden.
- Las exportaciones se conservan durante [número] años, o durante el plazo que fije la normativa de archivo aplicable a la organización, y después se valoran para su conservación permanente o su eliminación.
- Antes de cerrar una cuenta, se exporta y archiva todo su contenido.

Los datos personales de estos registros se conservan solo durante el tiempo necesario y se protegen según establece la política de protección de datos.",
};

const PRE_ELECTION_EN: Model = Model {
    title: "Social media during an election period",
    text: "From the day an election is called until the day after the vote, {organization} exercises restraint on its social media, so that institutional communication cannot be mistaken for electoral campaigning.

During this period:

- we publish only information needed for public services, for people's safety or for the election itself;
- we do not publish content about achievements, openings or the results of our work, nor images or statements of candidates or of office holders who are standing for election;
- paid promotion is suspended, except for announcements the service requires;
- comments of an electoral nature are moderated under the house rules, whoever they favour;
- scheduled publications are reviewed before the period begins.

If in doubt about a publication, the communication team consults [the legal service] before publishing.",
};

const PRE_ELECTION_ES: Model = Model {
    title: "Las redes sociales en periodo electoral",
    text: "Desde la convocatoria de unas elecciones hasta el día siguiente a la votación, {organization} actúa con neutralidad y contención en sus redes sociales, de modo que la comunicación institucional no pueda confundirse con propaganda electoral.

Durante este periodo:

- solo publicamos información necesaria para la prestación de los servicios públicos, para la seguridad de las personas o sobre el propio proceso electoral;
- no publicamos contenidos sobre logros, inauguraciones o resultados de nuestra gestión, ni imágenes o declaraciones de candidaturas o de cargos que concurren a las elecciones;
- se suspende la promoción de pago, salvo los anuncios que exija el servicio;
- los comentarios de contenido electoral se moderan conforme a las normas de participación, favorezcan a quien favorezcan;
- las publicaciones programadas se revisan antes de que empiece el periodo.

En caso de duda sobre una publicación, el equipo de comunicación consulta [a la asesoría jurídica] antes de publicarla.",
};

const PAID_PROMOTION_EN: Model = Model {
    title: "Paid promotion on social media",
    text: "{organization} pays to promote content on social media only when it serves an objective of its strategy and reaches people that its own publications would not reach.

- Every campaign has a written brief: its objective, audience, budget, dates and how its results will be measured.
- [The head of communication] approves each campaign before it starts. The budget is spent only through the organization's own advertising accounts and means of payment.
- Targeting respects the law and the platforms' rules: no targeting by sensitive characteristics (health, religion, political opinion, sexual orientation) and no targeting of minors.
- Paid content is always identified as such, and follows the same style, accessibility commitments and house rules as any other publication.
- The results of each campaign are reported when it ends and kept with its brief.
- People who are paid to talk about the organization, such as influencers, must say so clearly in every publication.",
};

const PAID_PROMOTION_ES: Model = Model {
    title: "Promoción de pago en redes sociales",
    text: "{organization} solo paga por promocionar contenidos en redes sociales cuando sirve a un objetivo de su estrategia y llega a personas a las que no llegarían sus propias publicaciones.

- Cada campaña tiene un encargo por escrito: su objetivo, público, presupuesto, fechas y cómo se medirán sus resultados.
- [La jefatura de comunicación] aprueba cada campaña antes de que empiece. El presupuesto se gasta solo a través de las cuentas publicitarias y los medios de pago de la propia organización.
- La segmentación respeta la ley y las normas de las plataformas: no se segmenta por datos sensibles (salud, religión, opinión política, orientación sexual) ni se dirige a menores.
- El contenido de pago se identifica siempre como tal y sigue el mismo estilo, los mismos compromisos de accesibilidad y las mismas normas de participación que cualquier otra publicación.
- Los resultados de cada campaña se presentan al terminar y se conservan junto a su encargo.
- Las personas a las que se paga por hablar de la organización, como los creadores de contenido, deben indicarlo con claridad en cada publicación.",
};

const STAKEHOLDERS_EN: Model = Model {
    title: "Relations with others on social media",
    text: "{organization} works alongside other organizations and people on social media. This policy sets how it relates to them.

Other administrations and partners

- We share and mention their content when it is useful to our audiences, and agree joint campaigns in writing, including who publishes what and who answers the comments.
- We coordinate announcements that concern more than one organization, so that people receive one consistent message.

Influencers and content creators

- Any collaboration is agreed in writing: its objective, its content, any payment, and the duty to disclose it.
- We work only with people whose conduct is consistent with our values and house rules.

Journalists

- Questions from journalists on social media are referred to the press office.

Critics and known detractors

- We answer criticism with facts and respect, once and in public, and offer a private channel to continue. We do not enter into arguments, and we apply the house rules to everyone alike.
- We never block people for their opinions, only for breaking the house rules.
- Coordinated campaigns, misinformation and attacks are reported to the communication team, which decides the response according to the crisis playbook.",
};

const STAKEHOLDERS_ES: Model = Model {
    title: "Relación con terceros en redes sociales",
    text: "{organization} trabaja en las redes sociales junto a otras organizaciones y personas. Esta política establece cómo se relaciona con ellas.

Otras administraciones y entidades colaboradoras

- Compartimos y mencionamos sus contenidos cuando son útiles para nuestros públicos, y acordamos por escrito las campañas conjuntas, incluido quién publica qué y quién responde a los comentarios.
- Coordinamos los anuncios que afectan a más de una organización, para que las personas reciban un mensaje único y coherente.

Creadores de contenido

- Toda colaboración se acuerda por escrito: su objetivo, su contenido, la retribución, si la hay, y la obligación de hacerla pública.
- Solo trabajamos con personas cuya conducta es coherente con nuestros valores y nuestras normas de participación.

Periodistas

- Las consultas de periodistas en redes sociales se derivan al gabinete de prensa.

Críticos y detractores conocidos

- Respondemos a las críticas con datos y respeto, una vez y en público, y ofrecemos un canal privado para continuar. No entramos en discusiones y aplicamos las normas de participación a todas las personas por igual.
- Nunca bloqueamos a nadie por sus opiniones, solo por incumplir las normas de participación.
- Las campañas coordinadas, la desinformación y los ataques se comunican al equipo de comunicación, que decide la respuesta conforme al protocolo de crisis.",
};

const POST_MORTEM_EN: &str = "What happened

- The facts, with the date and time of each key moment: the first sign, its detection, the first response, each escalation, the resolution.

What we did

- The decisions taken, who took them and when; the holding statements published; what was paused, and when it was resumed.

What worked and what did not

- Detection, escalation, the speed and tone of our replies, the coordination between departments, the single voice.

Impact

- The reach of the crisis, the volume and tone of mentions, complaints received, press coverage, effects on the service.

What we will change

- Each lesson as an action with an owner and a date, and the changes to this playbook.

The review meeting is held within two weeks of the end of the crisis, with everyone who took part; its conclusions go to management.";

const POST_MORTEM_ES: &str = "Qué pasó

- Los hechos, con la fecha y la hora de cada momento clave: la primera señal, su detección, la primera respuesta, cada escalado, la resolución.

Qué hicimos

- Las decisiones que se tomaron, quién las tomó y cuándo; las declaraciones de espera publicadas; qué se pausó y cuándo se reanudó.

Qué funcionó y qué no

- La detección, el escalado, la rapidez y el tono de nuestras respuestas, la coordinación entre departamentos, la voz única.

Impacto

- El alcance de la crisis, el volumen y el tono de las menciones, las quejas recibidas, la cobertura en prensa, los efectos en el servicio.

Qué vamos a cambiar

- Cada lección convertida en una acción con responsable y fecha, y los cambios en este protocolo.

La reunión de revisión se celebra en las dos semanas siguientes al final de la crisis, con todas las personas que participaron; sus conclusiones se elevan a la dirección.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_but_other_has_a_model_in_both_languages() {
        for kind in PolicyKind::ALL {
            for lang in Lang::ALL {
                let model = policy(*kind, lang);
                assert_eq!(model.is_some(), *kind != PolicyKind::Other, "{kind:?}");
                if let Some(model) = model {
                    assert!(model.text.contains(ORGANIZATION), "{kind:?} {lang:?}");
                    assert!(model.text.chars().count() < crate::model::MAX_TEXT);
                    assert!(model.title.chars().count() <= crate::model::MAX_SHORT);
                    // No blank line is more than one: paragraphs stay paragraphs.
                    assert!(!model.text.contains("\n\n\n"), "{kind:?}");
                }
            }
            if let (Some(en), Some(es)) = (policy(*kind, Lang::En), policy(*kind, Lang::Es)) {
                assert_ne!(en.text, es.text);
            }
        }
        assert_ne!(post_mortem(Lang::En), post_mortem(Lang::Es));
    }

    #[test]
    fn the_name_fills_in_and_without_one_the_sentence_still_reads() {
        let text = "{organization} uses it.\n\nLinks that {organization} shares.\n- {organization} decides.";
        assert_eq!(
            fill(text, " Valdoria ", Lang::En),
            "Valdoria uses it.\n\nLinks that Valdoria shares.\n- Valdoria decides."
        );
        assert_eq!(
            fill(text, "", Lang::En),
            "The organization uses it.\n\nLinks that the organization shares.\n- The organization decides."
        );
        assert_eq!(
            fill("Las cuentas de {organization}.", "", Lang::Es),
            "Las cuentas de la organización."
        );
    }
}
