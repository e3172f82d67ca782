//! Organization templates: what a new workspace starts with for each kind
//! of organization — its departments, the activities of the RACI grid and
//! who usually does what, the brand-fit criteria and their weights, the
//! audiences such an organization usually speaks to, and the policies it
//! usually needs, as drafts started from the models — in both languages.

use rumbo_core::Lang;
use rumbo_core::defaults;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{
    Activity, Audience, Department, DocumentSettings, FitCriterion, Policy, PolicyKind, Profile,
    RaciCell, RaciRole,
};
use rumbo_core::starters;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of organization Rumbo has a template for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub enum OrgKind {
    #[serde(rename = "public_administration")]
    PublicAdministration,
    #[serde(rename = "ngo")]
    Ngo,
    #[serde(rename = "small_business")]
    SmallBusiness,
    #[serde(rename = "consumer_brand")]
    ConsumerBrand,
    #[serde(rename = "education")]
    Education,
    /// The usual departments and fit criteria, nothing else.
    #[default]
    #[serde(rename = "empty")]
    Empty,
}

impl OrgKind {
    pub const ALL: [OrgKind; 6] = [
        OrgKind::PublicAdministration,
        OrgKind::Ngo,
        OrgKind::SmallBusiness,
        OrgKind::ConsumerBrand,
        OrgKind::Education,
        OrgKind::Empty,
    ];

    /// The name used on the command line and in the answers file.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::PublicAdministration => "public_administration",
            OrgKind::Ngo => "ngo",
            OrgKind::SmallBusiness => "small_business",
            OrgKind::ConsumerBrand => "consumer_brand",
            OrgKind::Education => "education",
            OrgKind::Empty => "empty",
        }
    }

    /// Reads a kind by its name; `-` and `_` are the same
    /// (`public-administration`).
    pub fn parse(text: &str) -> Option<OrgKind> {
        let text = text.trim().to_lowercase().replace('-', "_");
        OrgKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            OrgKind::PublicAdministration => {
                lang.pick("Public administration", "Administración pública")
            }
            OrgKind::Ngo => lang.pick("NGO or non-profit", "ONG o entidad sin ánimo de lucro"),
            OrgKind::SmallBusiness => lang.pick("Small business", "Pequeña empresa"),
            OrgKind::ConsumerBrand => lang.pick("Consumer brand", "Marca de consumo"),
            OrgKind::Education => lang.pick("Education", "Educación"),
            OrgKind::Empty => lang.pick("Empty", "Vacío"),
        }
    }

    /// One sentence saying what the template starts with.
    pub fn description(self, lang: Lang) -> &'static str {
        match self {
            OrgKind::PublicAdministration => lang.pick(
                "A council, an agency or a ministry: communication, the governing team, citizen services, legal and IT; residents, young people, businesses and the press; house rules, staff use, legal notice, accessibility and the pre-election period.",
                "Un ayuntamiento, un organismo o una consejería: comunicación, equipo de gobierno, atención a la ciudadanía, asesoría jurídica e informática; vecindario, juventud, empresas y prensa; normas de participación, uso por el personal, aviso legal, accesibilidad y periodo electoral.",
            ),
            OrgKind::Ngo => lang.pick(
                "An association or a foundation: communication, the board, programmes, fundraising and volunteering; members and donors, volunteers, the people it serves and allied organizations.",
                "Una asociación o una fundación: comunicación, dirección, programas, captación de fondos y voluntariado; personas socias y donantes, voluntariado, las personas a las que atiende y entidades aliadas.",
            ),
            OrgKind::SmallBusiness => lang.pick(
                "A shop, a studio or a local firm: management, sales and customer service; customers, people nearby who could become customers, and partners.",
                "Un comercio, un estudio o una empresa local: dirección, ventas y atención al cliente; clientela, gente de la zona que podría serlo y colaboradores.",
            ),
            OrgKind::ConsumerBrand => lang.pick(
                "A brand that sells to the public: marketing, customer service, product, legal and press; customers, fans, prospective buyers, media and creators; paid promotion among its policies.",
                "Una marca que vende al público: marketing, atención al cliente, producto, asesoría jurídica y prensa; clientela, fans, compradores potenciales, medios y creadores; la promoción de pago entre sus políticas.",
            ),
            OrgKind::Education => lang.pick(
                "A school, a college or a university: communication, management, teaching staff and admissions; prospective students and their families, students, alumni and staff; images of minors in the staff-use policy.",
                "Un colegio, un instituto o una universidad: comunicación, dirección, profesorado y secretaría; futuros estudiantes y sus familias, alumnado, antiguos alumnos y personal; las imágenes de menores en la política de uso por el personal.",
            ),
            OrgKind::Empty => lang.pick(
                "The usual departments, the RACI activities and the brand-fit criteria; nothing else.",
                "Los departamentos habituales, las actividades de la matriz RACI y los criterios de encaje; nada más.",
            ),
        }
    }
}

/// A template as the window and `rumbo templates` list it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInfo {
    pub kind: OrgKind,
    pub label: String,
    pub description: String,
    /// The departments it suggests (the interview offers them).
    pub departments: Vec<String>,
    /// The audiences it suggests.
    pub audiences: Vec<String>,
}

/// Every template, in `lang`.
pub fn list(lang: Lang) -> Vec<TemplateInfo> {
    OrgKind::ALL
        .into_iter()
        .map(|kind| TemplateInfo {
            kind,
            label: kind.label(lang).to_string(),
            description: kind.description(lang).to_string(),
            departments: seed_departments(kind, lang)
                .into_iter()
                .map(|d| d.name.to_string())
                .collect(),
            audiences: seed_audiences(kind, lang)
                .into_iter()
                .map(|a| a.name.to_string())
                .collect(),
        })
        .collect()
}

/// What a department does for the grid: the community manager's own team,
/// the one that decides, the one that answers the public, or another one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeptRole {
    Cm,
    Decides,
    InterviewAnswers,
    Legal,
    Other,
}

pub(crate) struct SeedDepartment {
    pub name: &'static str,
    pub role: DeptRole,
}

fn dept(lang: Lang, en: &'static str, es: &'static str, role: DeptRole) -> SeedDepartment {
    SeedDepartment {
        name: lang.pick(en, es),
        role,
    }
}

pub(crate) fn seed_departments(kind: OrgKind, lang: Lang) -> Vec<SeedDepartment> {
    use DeptRole::*;
    match kind {
        OrgKind::PublicAdministration => vec![
            dept(lang, "Communication", "Comunicación", Cm),
            dept(lang, "Governing team", "Equipo de gobierno", Decides),
            dept(
                lang,
                "Citizen services",
                "Atención a la ciudadanía",
                InterviewAnswers,
            ),
            dept(
                lang,
                "Legal and data protection",
                "Asesoría jurídica y protección de datos",
                Legal,
            ),
            dept(lang, "IT", "Informática", Other),
        ],
        OrgKind::Ngo => vec![
            dept(lang, "Communication", "Comunicación", Cm),
            dept(lang, "Board", "Dirección", Decides),
            dept(lang, "Programmes", "Programas", InterviewAnswers),
            dept(
                lang,
                "Fundraising and members",
                "Captación de fondos y socios",
                Other,
            ),
            dept(lang, "Volunteering", "Voluntariado", Other),
        ],
        OrgKind::SmallBusiness => vec![
            dept(lang, "Marketing", "Marketing", Cm),
            dept(lang, "Management", "Dirección", Decides),
            dept(lang, "Sales", "Ventas", Other),
            dept(
                lang,
                "Customer service",
                "Atención al cliente",
                InterviewAnswers,
            ),
        ],
        OrgKind::ConsumerBrand => vec![
            dept(lang, "Marketing", "Marketing", Cm),
            dept(lang, "Management", "Dirección", Decides),
            dept(
                lang,
                "Customer service",
                "Atención al cliente",
                InterviewAnswers,
            ),
            dept(lang, "Product", "Producto", Other),
            dept(lang, "Legal", "Asesoría jurídica", Legal),
            dept(lang, "Press office", "Prensa", Other),
        ],
        OrgKind::Education => vec![
            dept(lang, "Communication", "Comunicación", Cm),
            dept(lang, "Management", "Equipo directivo", Decides),
            dept(lang, "Teaching staff", "Profesorado", Other),
            dept(
                lang,
                "Admissions",
                "Secretaría y admisiones",
                InterviewAnswers,
            ),
        ],
        OrgKind::Empty => defaults::departments(lang)
            .into_iter()
            .zip([Cm, Other, InterviewAnswers, Other])
            .map(|(d, role)| SeedDepartment {
                name: static_default_department(&d.name),
                role,
            })
            .collect(),
    }
}

// The default departments' names are static strings; find them again.
fn static_default_department(name: &str) -> &'static str {
    [
        "Social media",
        "Redes sociales",
        "Marketing",
        "Customer service",
        "Atención al cliente",
        "Editorial",
    ]
    .into_iter()
    .find(|n| *n == name)
    .unwrap_or("Editorial")
}

/// What an activity of the grid is, for who usually takes which part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ActivityRole {
    Publishing,
    Campaigns,
    Replies,
    Newsletters,
    Crisis,
    Reporting,
}

fn activities(kind: OrgKind, lang: Lang) -> Vec<(&'static str, ActivityRole)> {
    use ActivityRole::*;
    let replies = match kind {
        OrgKind::PublicAdministration => {
            lang.pick("Replies to citizens", "Respuestas a la ciudadanía")
        }
        OrgKind::Ngo => lang.pick("Replies to the community", "Respuestas a la comunidad"),
        OrgKind::Education => lang.pick(
            "Replies to families and students",
            "Respuestas a familias y alumnado",
        ),
        _ => lang.pick("Customer replies", "Respuestas a clientes"),
    };
    let campaigns = match kind {
        OrgKind::Ngo => lang.pick("Campaigns and appeals", "Campañas y llamamientos"),
        OrgKind::PublicAdministration => {
            lang.pick("Public information campaigns", "Campañas informativas")
        }
        _ => lang.pick("Campaigns", "Campañas"),
    };
    let crisis = match kind {
        OrgKind::PublicAdministration => {
            lang.pick("Crises and emergencies", "Crisis y emergencias")
        }
        _ => lang.pick("Crisis response", "Gestión de crisis"),
    };
    vec![
        (
            lang.pick("Social publishing", "Publicación en redes"),
            Publishing,
        ),
        (campaigns, Campaigns),
        (replies, Replies),
        (lang.pick("Newsletters", "Boletines"), Newsletters),
        (crisis, Crisis),
        (lang.pick("Reporting", "Informes"), Reporting),
    ]
}

/// Who usually takes which part of an activity.
pub(crate) fn usual_role(dept: DeptRole, activity: ActivityRole) -> Option<RaciRole> {
    use ActivityRole::*;
    use RaciRole::*;
    match (dept, activity) {
        (DeptRole::Cm, _) => Some(Responsible),
        (DeptRole::Decides, Publishing | Campaigns | Crisis | Newsletters) => Some(Accountable),
        (DeptRole::Decides, Reporting) => Some(Informed),
        (DeptRole::InterviewAnswers, Replies) => Some(Responsible),
        (DeptRole::InterviewAnswers, Crisis) => Some(Consulted),
        (DeptRole::Legal, Crisis | Campaigns) => Some(Consulted),
        (DeptRole::Other, Campaigns) => Some(Consulted),
        (_, Reporting) => Some(Informed),
        _ => None,
    }
}

pub(crate) struct SeedAudience {
    pub name: &'static str,
    pub description: &'static str,
    pub needs: &'static str,
}

fn aud(
    lang: Lang,
    (en, es): (&'static str, &'static str),
    (den, des): (&'static str, &'static str),
    (nen, nes): (&'static str, &'static str),
) -> SeedAudience {
    SeedAudience {
        name: lang.pick(en, es),
        description: lang.pick(den, des),
        needs: lang.pick(nen, nes),
    }
}

pub(crate) fn seed_audiences(kind: OrgKind, lang: Lang) -> Vec<SeedAudience> {
    match kind {
        OrgKind::PublicAdministration => vec![
            aud(
                lang,
                ("Residents", "Vecindario"),
                (
                    "The people who live in the area the administration serves.",
                    "Las personas que viven en el territorio al que sirve la administración.",
                ),
                (
                    "Procedures, services, deadlines and notices that affect their day.",
                    "Trámites, servicios, plazos y avisos que afectan a su día a día.",
                ),
            ),
            aud(
                lang,
                ("Young people", "Juventud"),
                (
                    "Residents from 14 to 30.",
                    "Personas de 14 a 30 años del territorio.",
                ),
                (
                    "Grants, training, leisure and jobs, told in their formats.",
                    "Ayudas, formación, ocio y empleo, contados en sus formatos.",
                ),
            ),
            aud(
                lang,
                ("Businesses and the self-employed", "Empresas y autónomos"),
                (
                    "Local firms and people who work for themselves.",
                    "Empresas locales y personas que trabajan por cuenta propia.",
                ),
                (
                    "Calls for proposals, grants, regulations and deadlines.",
                    "Convocatorias, ayudas, normativa y plazos.",
                ),
            ),
            aud(
                lang,
                ("Press and media", "Prensa y medios"),
                (
                    "Journalists who cover the administration.",
                    "Periodistas que cubren la información de la administración.",
                ),
                (
                    "Fast, accurate information and someone to ask.",
                    "Información rápida y exacta, y alguien a quien preguntar.",
                ),
            ),
        ],
        OrgKind::Ngo => vec![
            aud(
                lang,
                ("Members and donors", "Personas socias y donantes"),
                (
                    "The people who support the organization with their money.",
                    "Las personas que sostienen la entidad con sus aportaciones.",
                ),
                (
                    "To see what their support achieves.",
                    "Ver lo que consigue su apoyo.",
                ),
            ),
            aud(
                lang,
                ("Volunteers", "Voluntariado"),
                (
                    "People who give their time, and those who might.",
                    "Personas que dan su tiempo, y quienes podrían hacerlo.",
                ),
                (
                    "Calls, training and recognition.",
                    "Convocatorias, formación y reconocimiento.",
                ),
            ),
            aud(
                lang,
                ("People we serve", "Personas atendidas"),
                (
                    "The people the organization's programmes are for.",
                    "Las personas a las que se dirigen los programas de la entidad.",
                ),
                (
                    "Clear information on how to get help.",
                    "Información clara sobre cómo recibir ayuda.",
                ),
            ),
            aud(
                lang,
                (
                    "Allied organizations and media",
                    "Entidades aliadas y medios",
                ),
                (
                    "Other organizations, public bodies and journalists in the field.",
                    "Otras entidades, administraciones y periodistas del sector.",
                ),
                (
                    "Data, positions and stories they can use.",
                    "Datos, posicionamientos e historias que puedan usar.",
                ),
            ),
        ],
        OrgKind::SmallBusiness => vec![
            aud(
                lang,
                ("Customers", "Clientela"),
                (
                    "People who already buy from the business.",
                    "Quienes ya compran en el negocio.",
                ),
                (
                    "News, offers, opening hours and quick answers.",
                    "Novedades, ofertas, horarios y respuestas rápidas.",
                ),
            ),
            aud(
                lang,
                (
                    "Potential customers nearby",
                    "Clientela potencial de la zona",
                ),
                (
                    "People in the area who do not know the business yet.",
                    "Gente de la zona que aún no conoce el negocio.",
                ),
                (
                    "A reason to come in, and reviews they can trust.",
                    "Un motivo para venir y opiniones en las que confiar.",
                ),
            ),
            aud(
                lang,
                ("Partners and suppliers", "Colaboradores y proveedores"),
                (
                    "Other local businesses and suppliers.",
                    "Otros negocios de la zona y proveedores.",
                ),
                (
                    "Joint actions and news of the trade.",
                    "Acciones conjuntas y noticias del sector.",
                ),
            ),
        ],
        OrgKind::ConsumerBrand => vec![
            aud(
                lang,
                ("Customers", "Clientela"),
                (
                    "People who buy the brand's products.",
                    "Quienes compran los productos de la marca.",
                ),
                (
                    "Help with the product, news and offers.",
                    "Ayuda con el producto, novedades y ofertas.",
                ),
            ),
            aud(
                lang,
                ("Fans and advocates", "Fans y prescriptores"),
                (
                    "Customers who recommend the brand.",
                    "Clientes que recomiendan la marca.",
                ),
                (
                    "Being heard, recognition and first looks.",
                    "Ser escuchados, reconocimiento y primicias.",
                ),
            ),
            aud(
                lang,
                ("Prospective buyers", "Compradores potenciales"),
                (
                    "People who fit the brand's customer but have not bought yet.",
                    "Personas con el perfil de la clientela que aún no han comprado.",
                ),
                (
                    "Reasons to try it, and proof from others.",
                    "Motivos para probarla y pruebas de otros.",
                ),
            ),
            aud(
                lang,
                ("Media and creators", "Medios y creadores"),
                (
                    "Journalists and creators who talk about the category.",
                    "Periodistas y creadores que hablan de la categoría.",
                ),
                (
                    "News, samples and someone to ask.",
                    "Novedades, muestras y alguien a quien preguntar.",
                ),
            ),
        ],
        OrgKind::Education => vec![
            aud(
                lang,
                (
                    "Prospective students and families",
                    "Futuros estudiantes y familias",
                ),
                (
                    "Young people choosing where to study, and their families.",
                    "Jóvenes que eligen dónde estudiar, y sus familias.",
                ),
                (
                    "What studying here is like, admissions and deadlines.",
                    "Cómo es estudiar aquí, admisiones y plazos.",
                ),
            ),
            aud(
                lang,
                ("Students", "Alumnado"),
                ("The students of the centre.", "El alumnado del centro."),
                (
                    "Notices, activities and achievements.",
                    "Avisos, actividades y logros.",
                ),
            ),
            aud(
                lang,
                ("Families", "Familias"),
                (
                    "Families of current students.",
                    "Las familias del alumnado actual.",
                ),
                (
                    "Calendar, notices and school life.",
                    "Calendario, avisos y vida del centro.",
                ),
            ),
            aud(
                lang,
                ("Alumni", "Antiguos alumnos"),
                ("Former students.", "Quienes estudiaron en el centro."),
                (
                    "Staying in touch and being proud of it.",
                    "Mantener el vínculo y sentir orgullo.",
                ),
            ),
        ],
        OrgKind::Empty => Vec::new(),
    }
}

/// The brand-fit criteria, their weights fitted to the kind: a public
/// administration or an NGO weighs its resources and its voice more, a
/// consumer brand its audience and its content.
fn fit_criteria(kind: OrgKind, lang: Lang) -> Vec<FitCriterion> {
    let weights: [u32; 5] = match kind {
        OrgKind::PublicAdministration => [3, 3, 2, 3, 3],
        OrgKind::Ngo => [3, 3, 2, 2, 3],
        OrgKind::SmallBusiness => [3, 3, 2, 1, 3],
        OrgKind::ConsumerBrand => [3, 3, 3, 3, 2],
        OrgKind::Education => [3, 3, 2, 2, 3],
        OrgKind::Empty => [3, 3, 2, 2, 3],
    };
    defaults::fit_criteria(lang)
        .into_iter()
        .zip(weights)
        .map(|(c, weight)| FitCriterion { weight, ..c })
        .collect()
}

/// The policies a kind of organization usually needs.
fn policy_kinds(kind: OrgKind) -> &'static [PolicyKind] {
    use PolicyKind::*;
    match kind {
        OrgKind::PublicAdministration => &[
            HouseRules,
            StaffUse,
            LegalNotice,
            Accessibility,
            PreElection,
            Retention,
        ],
        OrgKind::Ngo => &[HouseRules, StaffUse, LegalNotice, Stakeholders],
        OrgKind::SmallBusiness => &[HouseRules, LegalNotice],
        OrgKind::ConsumerBrand => &[HouseRules, StaffUse, LegalNotice, PaidPromotion],
        OrgKind::Education => &[HouseRules, StaffUse, LegalNotice, Licences],
        OrgKind::Empty => &[],
    }
}

/// A new workspace of `kind`, in `lang`, its organization named `name`.
pub fn workspace(kind: OrgKind, lang: Lang, name: &str) -> WorkspaceDoc {
    let mut doc = WorkspaceDoc::new(Profile {
        name: name.to_string(),
        sector: match kind {
            OrgKind::Empty => String::new(),
            _ => kind.label(lang).to_string(),
        },
        ..Profile::default()
    });
    doc.document = DocumentSettings::in_language(lang);
    let departments = seed_departments(kind, lang);
    doc.departments = departments
        .iter()
        .zip(1..)
        .map(|(d, id)| Department {
            id,
            ..Department::new(d.name)
        })
        .collect();
    let activities = match kind {
        // The empty template keeps the usual activities (and no grid).
        OrgKind::Empty => defaults::activities(lang)
            .into_iter()
            .map(|a| (a, None))
            .collect::<Vec<_>>(),
        _ => activities(kind, lang)
            .into_iter()
            .zip(1..)
            .map(|((name, role), id)| {
                (
                    Activity {
                        id,
                        name: name.to_string(),
                        position: id,
                    },
                    Some(role),
                )
            })
            .collect(),
    };
    for (d, dept) in doc.departments.iter().zip(&departments) {
        for (activity, role) in &activities {
            if let Some(role) = role.and_then(|r| usual_role(dept.role, r)) {
                doc.raci.push(RaciCell {
                    department_id: d.id,
                    activity_id: activity.id,
                    role,
                });
            }
        }
    }
    doc.activities = activities.into_iter().map(|(a, _)| a).collect();
    doc.fit_criteria = fit_criteria(kind, lang);
    doc.audiences = seed_audiences(kind, lang)
        .into_iter()
        .zip(1..)
        .map(|(a, id)| Audience {
            id,
            description: a.description.to_string(),
            needs: a.needs.to_string(),
            ..Audience::new(a.name)
        })
        .collect();
    doc.policies = policy_kinds(kind)
        .iter()
        .zip(1..)
        .filter_map(|(kind, id)| {
            let model = starters::policy(*kind, lang)?;
            Some(Policy {
                id,
                text: starters::fill(model.text, name, lang),
                owner_department_id: Some(1),
                ..Policy::new(*kind, model.title)
            })
        })
        .collect();
    doc
}
