//! How the document names the organization, its departments and the
//! community manager's role inside a sentence: with the article the
//! language needs («depende de la Jefatura de Comunicación», "reports to
//! the Head of Communication"), and with the role's title and grammatical
//! gender as the profile gives them («la responsable de redes sociales»).
//!
//! The organization's own form comes from the profile
//! (`name_in_sentence`); without it, and for departments, the article is
//! the one the name's first word takes when it is a common noun of
//! institutions («Concejalía», «Servicio», "Department", "Council"), and
//! none for a proper name or a field of work («Informática», "Marketing").

use rumbo_core::Lang;
use rumbo_core::model::{Gender, Profile};

/// Spanish nouns that name a body or a post, with their gender. A name that
/// starts with one takes its article.
const ES_NOUNS: &[(&str, Gender)] = &[
    ("agencia", Gender::Feminine),
    ("alcaldía", Gender::Feminine),
    ("asamblea", Gender::Feminine),
    ("asesoría", Gender::Feminine),
    ("asociación", Gender::Feminine),
    ("ayuntamiento", Gender::Masculine),
    ("cabildo", Gender::Masculine),
    ("centro", Gender::Masculine),
    ("comisión", Gender::Feminine),
    ("comité", Gender::Masculine),
    ("concejalía", Gender::Feminine),
    ("consejería", Gender::Feminine),
    ("consejo", Gender::Masculine),
    ("consorcio", Gender::Masculine),
    ("coordinación", Gender::Feminine),
    ("delegación", Gender::Feminine),
    ("departamento", Gender::Masculine),
    ("diputación", Gender::Feminine),
    ("dirección", Gender::Feminine),
    ("director", Gender::Masculine),
    ("directora", Gender::Feminine),
    ("empresa", Gender::Feminine),
    ("equipo", Gender::Masculine),
    ("fundación", Gender::Feminine),
    ("gabinete", Gender::Masculine),
    ("gerencia", Gender::Feminine),
    ("gerente", Gender::Masculine),
    ("gobierno", Gender::Masculine),
    ("instituto", Gender::Masculine),
    ("jefa", Gender::Feminine),
    ("jefatura", Gender::Feminine),
    ("jefe", Gender::Masculine),
    ("junta", Gender::Feminine),
    ("ministerio", Gender::Masculine),
    ("negociado", Gender::Masculine),
    ("oficina", Gender::Feminine),
    ("organismo", Gender::Masculine),
    ("patronato", Gender::Masculine),
    ("presidencia", Gender::Feminine),
    ("rectorado", Gender::Masculine),
    ("secretaría", Gender::Feminine),
    ("sección", Gender::Feminine),
    ("servicio", Gender::Masculine),
    ("subdirección", Gender::Feminine),
    ("unidad", Gender::Feminine),
    ("universidad", Gender::Feminine),
    ("vicerrectorado", Gender::Masculine),
    ("viceconsejería", Gender::Feminine),
];

/// English nouns of bodies and posts that take "the" before a name.
const EN_NOUNS: &[&str] = &[
    "agency",
    "assembly",
    "authority",
    "board",
    "cabinet",
    "centre",
    "center",
    "chief",
    "city",
    "commission",
    "committee",
    "council",
    "department",
    "deputy",
    "director",
    "directorate",
    "executive",
    "foundation",
    "government",
    "head",
    "institute",
    "ministry",
    "office",
    "secretariat",
    "service",
    "team",
    "unit",
    "university",
];

/// Feminine nouns that take «el» for euphony (stressed a-): «el área».
const ES_EL_FEMININE: &[&str] = &["área", "aula", "agua"];

fn first_word(name: &str) -> String {
    name.split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// `name` as it reads inside a sentence: with the article its first word
/// takes (the first word lowercased in English, since "the Head of …"
/// keeps the name's own capitals), or as it is.
pub fn in_sentence(name: &str, lang: Lang) -> String {
    let name = name.trim();
    if name.is_empty() {
        return String::new();
    }
    let word = first_word(name);
    match lang {
        Lang::Es => {
            if matches!(word.as_str(), "el" | "la" | "los" | "las") {
                return name.to_string();
            }
            if ES_EL_FEMININE.contains(&word.as_str()) {
                return format!("el {name}");
            }
            match ES_NOUNS.iter().find(|(n, _)| *n == word) {
                Some((_, Gender::Masculine)) => format!("el {name}"),
                Some((_, Gender::Feminine)) => format!("la {name}"),
                None => name.to_string(),
            }
        }
        Lang::En => {
            if word == "the" {
                return name.to_string();
            }
            let nouns = name.split_whitespace().take(4).map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            // "Valdoria Regional Employment Agency", "Head of Communication".
            let institutional = nouns
                .take_while(|w| w != "of")
                .any(|w| EN_NOUNS.contains(&w.as_str()));
            if institutional {
                format!("the {name}")
            } else {
                name.to_string()
            }
        }
    }
}

/// The names a sentence uses for the organization and the role.
#[derive(Debug, Clone)]
pub struct Naming {
    /// The organization inside a sentence ("the Agency", «la Agencia»).
    pub org: String,
    /// The role's title ("community manager").
    pub role: String,
    /// The role with its article ("the community manager", «la
    /// responsable de redes sociales»).
    pub the_role: String,
    pub role_gender: Gender,
}

impl Naming {
    pub fn new(profile: &Profile, lang: Lang) -> Naming {
        let org = if !profile.name_in_sentence.is_empty() {
            profile.name_in_sentence.clone()
        } else if profile.name.is_empty() {
            lang.pick("the organization", "la organización").to_string()
        } else {
            let named = in_sentence(&profile.name, lang);
            // A name whose first word says nothing of its gender takes the
            // article of the gender the profile gives it.
            match (lang, profile.name_gender) {
                (Lang::Es, Some(gender)) if named == profile.name => match gender {
                    Gender::Masculine => format!("el {named}"),
                    Gender::Feminine => format!("la {named}"),
                },
                _ => named,
            }
        };
        let role = if profile.cm_title.is_empty() {
            "community manager".to_string()
        } else {
            profile.cm_title.clone()
        };
        let role_gender = profile.cm_title_gender.unwrap_or(Gender::Masculine);
        let the_role = match lang {
            Lang::En => format!("the {role}"),
            Lang::Es => match role_gender {
                Gender::Feminine => format!("la {role}"),
                Gender::Masculine => format!("el {role}"),
            },
        };
        Naming {
            org,
            role,
            the_role,
            role_gender,
        }
    }

    /// The role's title as a label ("Community manager").
    pub fn role_label(&self) -> String {
        crate::messages::capitalized(&self.role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_article_their_first_word_takes() {
        assert_eq!(
            in_sentence("Concejalía de Juventud", Lang::Es),
            "la Concejalía de Juventud"
        );
        assert_eq!(
            in_sentence("Ayuntamiento de Valle Verde", Lang::Es),
            "el Ayuntamiento de Valle Verde"
        );
        assert_eq!(
            in_sentence("Área de Cultura", Lang::Es),
            "el Área de Cultura"
        );
        assert_eq!(in_sentence("Informática", Lang::Es), "Informática");
        assert_eq!(in_sentence("la Diputación", Lang::Es), "la Diputación");
        assert_eq!(
            in_sentence("Head of Communication", Lang::En),
            "the Head of Communication"
        );
        assert_eq!(
            in_sentence("Valdoria Regional Employment Agency", Lang::En),
            "the Valdoria Regional Employment Agency"
        );
        assert_eq!(in_sentence("Marketing", Lang::En), "Marketing");
        assert_eq!(in_sentence("Ana García", Lang::En), "Ana García");
    }

    #[test]
    fn the_role_and_the_organization_come_from_the_profile() {
        let profile = Profile {
            name: "Ayuntamiento de Valle Verde".into(),
            cm_title: "responsable de redes sociales".into(),
            cm_title_gender: Some(Gender::Feminine),
            ..Profile::default()
        };
        let es = Naming::new(&profile, Lang::Es);
        assert_eq!(es.org, "el Ayuntamiento de Valle Verde");
        let consortium = Profile {
            name: "Valdoria Activa".into(),
            name_gender: Some(Gender::Feminine),
            ..Profile::default()
        };
        assert_eq!(Naming::new(&consortium, Lang::Es).org, "la Valdoria Activa");
        assert_eq!(Naming::new(&consortium, Lang::En).org, "Valdoria Activa");
        assert_eq!(es.the_role, "la responsable de redes sociales");
        let profile = Profile {
            name_in_sentence: "el Ayuntamiento".into(),
            ..profile
        };
        assert_eq!(Naming::new(&profile, Lang::Es).org, "el Ayuntamiento");
        let en = Naming::new(&Profile::default(), Lang::En);
        assert_eq!(
            (en.org.as_str(), en.the_role.as_str()),
            ("the organization", "the community manager")
        );
        assert_eq!(en.role_label(), "Community manager");
    }
}
