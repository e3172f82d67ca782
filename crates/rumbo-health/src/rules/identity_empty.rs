//! `identity-empty`: culture, values or brand voice left empty.

use super::{Context, Draft, Outcome, Rule, Text};
use crate::report::{Section, Severity};

pub(crate) const RULE: Rule = Rule {
    id: "identity-empty",
    severity: Severity::Warning,
    section: Section::Organization,
    title: Text {
        en: "Culture, values and brand voice are written down",
        es: "La cultura, los valores y la voz de marca están por escrito",
    },
    principle: Text {
        en: "To offer a faithful image of the organization, the CM must know and immerse themselves in its culture and values — which first have to be put into words.",
        es: "Para ofrecer una imagen fiel de la organización, quien gestiona la comunidad debe conocer e impregnarse de su cultura y sus valores, y antes hay que ponerlos por escrito.",
    },
    example: Text {
        en: "A profile whose brand voice is empty.",
        es: "Un perfil con la voz de marca vacía.",
    },
    run,
};

fn run(cx: &Context) -> Outcome {
    let profile = &cx.doc.profile;
    let fields = [
        (
            &profile.culture,
            "culture",
            "Your organization's culture is not written down: you cannot convey an image nobody has described.",
            "La cultura de la organización no está por escrito: no puedes transmitir una imagen que nadie ha descrito.",
        ),
        (
            &profile.values,
            "values",
            "Your organization's values are not written down: you cannot convey an image nobody has described.",
            "Los valores de la organización no están por escrito: no puedes transmitir una imagen que nadie ha descrito.",
        ),
        (
            &profile.brand_voice,
            "brandVoice",
            "Your brand voice is not written down: you cannot convey an image nobody has described.",
            "La voz de marca no está por escrito: no puedes transmitir una imagen que nadie ha descrito.",
        ),
    ];
    let findings = fields
        .iter()
        .filter(|(text, ..)| text.trim().is_empty())
        .map(|(_, field, en, es)| Draft::profile(field, cx.pick(en, es).to_string()))
        .collect();
    Outcome {
        findings,
        checked: 3,
        ..Outcome::default()
    }
}

#[cfg(test)]
mod tests {
    use rumbo_core::Lang;

    use crate::report::TargetKind;
    use crate::testkit::{self, fired, fired_in};

    #[test]
    fn each_empty_part_of_the_identity_is_one_finding() {
        let mut doc = testkit::healthy();
        assert!(fired(&doc, "identity-empty").is_empty());
        doc.profile.culture.clear();
        doc.profile.brand_voice = " ".into();
        let found = fired(&doc, "identity-empty");
        let keys: Vec<&str> = found.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "identity-empty/profile/culture",
                "identity-empty/profile/brandVoice"
            ]
        );
        assert_eq!(found[1].target.entity, TargetKind::Profile);
        assert_eq!(found[1].target.field.as_deref(), Some("brandVoice"));
        let es = fired_in(&doc, "identity-empty", Lang::Es);
        assert!(
            es[1]
                .message
                .starts_with("La voz de marca no está por escrito")
        );
    }
}
