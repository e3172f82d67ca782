//! What a new workspace starts with: the departments a CM usually serves,
//! the activities of the RACI grid, and the brand-fit criteria.

use crate::lang::Lang;
use crate::model::{Activity, Department, FitCriterion};

pub fn departments(lang: Lang) -> Vec<Department> {
    [
        ("Social media", "Redes sociales"),
        ("Marketing", "Marketing"),
        ("Customer service", "Atención al cliente"),
        ("Editorial", "Editorial"),
    ]
    .iter()
    .zip(1..)
    .map(|((en, es), id)| Department {
        id,
        ..Department::new(lang.pick(en, es))
    })
    .collect()
}

pub fn activities(lang: Lang) -> Vec<Activity> {
    [
        ("Social publishing", "Publicación en redes"),
        ("Campaigns", "Campañas"),
        ("Customer replies", "Respuestas a clientes"),
        ("Newsletters", "Boletines"),
        ("Crisis response", "Gestión de crisis"),
        ("Reporting", "Informes"),
    ]
    .iter()
    .zip(1..)
    .map(|((en, es), id)| Activity {
        id,
        name: lang.pick(en, es).to_string(),
        position: id,
    })
    .collect()
}

pub fn fit_criteria(lang: Lang) -> Vec<FitCriterion> {
    [
        (
            "Audience presence",
            "Presencia del público",
            "Our audiences are there, in numbers.",
            "Nuestros públicos están allí, y son muchos.",
            3,
        ),
        (
            "Fit with objectives",
            "Encaje con los objetivos",
            "It serves a measurable objective.",
            "Sirve a un objetivo medible.",
            3,
        ),
        (
            "Content-format fit",
            "Encaje del formato",
            "We can make the content it rewards.",
            "Podemos hacer el contenido que premia.",
            2,
        ),
        (
            "Brand-voice fit",
            "Encaje con la voz de marca",
            "Our voice and values sound right there.",
            "Nuestra voz y valores encajan allí.",
            2,
        ),
        (
            "Resources to sustain it",
            "Recursos para mantenerlo",
            "We have the hours and skills to keep it alive.",
            "Tenemos horas y habilidades para mantenerlo vivo.",
            3,
        ),
    ]
    .iter()
    .zip(1..)
    .map(|((en, es, den, des, weight), id)| FitCriterion {
        id,
        name: lang.pick(en, es).to_string(),
        description: lang.pick(den, des).to_string(),
        weight: *weight,
        position: id,
    })
    .collect()
}
