//! Every fixed word of the document, in English and Spanish. The four
//! formats read them from here (as the data's `t` object), so the PDF, the
//! web page, Markdown and Word say the same thing.

use rumbo_core::Lang;
use serde_json::{Map, Value};

const STRINGS: &[(&str, &str, &str)] = &[
    (
        "defaultTitle",
        "Social media and community strategy",
        "Estrategia de redes sociales y comunidad",
    ),
    ("contents", "Contents", "Índice"),
    ("version", "Version", "Versión"),
    ("draft", "Draft", "Borrador"),
    (
        "draftAfter",
        "Draft after version",
        "Borrador posterior a la versión",
    ),
    ("date", "Date", "Fecha"),
    ("author", "Prepared by", "Elaborado por"),
    ("preparedFor", "For", "Destinatarios"),
    ("approval", "Approval", "Aprobación"),
    ("tookPart", "Took part", "Participó"),
    ("notInvolved", "Not involved", "No participó"),
    ("notEstimated", "not estimated", "sin estimar"),
    ("notes", "Notes", "Notas"),
    ("note", "Note", "Nota"),
    (
        "dir.cm_to_department",
        "To the department",
        "Hacia el departamento",
    ),
    (
        "dir.department_to_cm",
        "From the department",
        "Desde el departamento",
    ),
    ("dir.all_staff", "All staff", "Toda la plantilla"),
    ("readinessScore", "readiness score", "índice de preparación"),
    ("page", "Page", "Página"),
    ("of", "of", "de"),
    (
        "planningPeriod",
        "Planning period",
        "Periodo de planificación",
    ),
    ("sector", "Sector", "Sector"),
    ("mission", "Mission", "Misión"),
    ("culture", "Culture", "Cultura"),
    ("values", "Values", "Valores"),
    ("voice", "Brand voice", "Voz de marca"),
    ("reportsTo", "Reports to", "Depende de"),
    ("languages", "Languages", "Idiomas"),
    ("keyFigures", "Key figures", "Cifras clave"),
    ("activeChannels", "active channels", "canales activos"),
    ("plannedChannels", "planned channels", "canales previstos"),
    ("objectives", "objectives", "objetivos"),
    ("linkedObjectives", "Objectives", "Objetivos"),
    ("campaigns", "campaigns", "campañas"),
    (
        "keyFindings",
        "What needs attention first",
        "Lo que requiere atención primero",
    ),
    (
        "noFindings",
        "The health check found nothing to fix.",
        "El diagnóstico no ha encontrado nada que corregir.",
    ),
    ("audience", "Audience", "Público"),
    ("description", "Description", "Descripción"),
    ("needs", "What they need", "Qué necesitan"),
    ("whereabouts", "Where they are", "Dónde están"),
    ("channels", "Channels", "Canales"),
    ("objective", "Objective", "Objetivo"),
    ("kind", "Kind", "Tipo"),
    ("status", "Status", "Estado"),
    ("kpi", "KPI", "Indicador"),
    ("baseline", "Baseline", "Punto de partida"),
    ("target", "Target", "Meta"),
    ("latest", "Latest", "Último valor"),
    ("progress", "Progress", "Avance"),
    ("deadline", "Deadline", "Fecha límite"),
    ("owner", "Owner", "Responsable"),
    ("departments", "Departments", "Departamentos"),
    ("noKpi", "No KPI yet", "Sin indicador"),
    (
        "progressChart",
        "Progress towards each target",
        "Avance hacia cada meta",
    ),
    (
        "progressNote",
        "From baseline (0 %) to target (100 %), by the latest measurement.",
        "Del punto de partida (0 %) a la meta (100 %), según la última medición.",
    ),
    (
        "trends",
        "Measurements over time",
        "Mediciones en el tiempo",
    ),
    ("noMeasurement", "not measured yet", "sin medir aún"),
    ("channelsInUse", "Channels in use", "Canales en uso"),
    ("channel", "Channel", "Canal"),
    ("network", "Network", "Red"),
    ("purpose", "Purpose", "Propósito"),
    ("tone", "Tone", "Tono"),
    ("cadence", "Cadence", "Frecuencia"),
    ("hoursWeek", "Hours/week", "Horas/semana"),
    (
        "fitMatrix",
        "Brand-fit matrix",
        "Matriz de encaje con la marca",
    ),
    (
        "fitNote",
        "Each criterion scored 0–5; the weighted score is the mean weighted by each criterion's weight.",
        "Cada criterio se puntúa de 0 a 5; la puntuación ponderada es la media según el peso de cada criterio.",
    ),
    ("weight", "weight", "peso"),
    ("weighted", "Weighted", "Ponderada"),
    (
        "considered",
        "Channels considered and rejected",
        "Canales estudiados y descartados",
    ),
    ("reason", "Reason", "Motivo"),
    ("underStudy", "Still under study", "Aún en estudio"),
    (
        "retiredOrPaused",
        "Paused or retired",
        "En pausa o retirados",
    ),
    ("noReason", "No reason recorded", "Sin motivo registrado"),
    ("activity", "Activity", "Actividad"),
    ("head", "Head", "Jefatura"),
    ("flows", "Information flows", "Flujos de información"),
    ("flow", "Flow", "Flujo"),
    ("direction", "Direction", "Sentido"),
    ("department", "Department", "Departamento"),
    ("via", "Via", "Medio"),
    ("feedback", "Feedback", "Retorno"),
    ("recipients", "Audience", "Destinatarios"),
    ("need", "What", "Qué"),
    ("urgency", "Urgency", "Urgencia"),
    ("servedBy", "Served by", "Cubierta por"),
    ("notServed", "Not served", "Sin cubrir"),
    ("campaign", "Campaign", "Campaña"),
    ("when", "When", "Cuándo"),
    (
        "affectsCommunity",
        "Affects the community",
        "Afecta a la comunidad",
    ),
    ("yes", "Yes", "Sí"),
    ("no", "No", "No"),
    ("recommendation", "Recommendation", "Recomendación"),
    ("to", "To", "Para"),
    ("decision", "Decision", "Decisión"),
    ("why", "Why", "Por qué"),
    ("decisionWhy", "Why decided so", "Motivo de la decisión"),
    ("outcome", "Outcome", "Resultado"),
    ("score", "Readiness score", "Índice de preparación"),
    ("principle", "Principle", "Principio"),
    ("acceptedRisks", "Accepted risks", "Riesgos asumidos"),
    ("notChecked", "Not checked", "Sin comprobar"),
    ("openFindings", "Open findings", "Hallazgos abiertos"),
    ("band.ready", "ready", "lista"),
    ("band.fair", "needs work", "mejorable"),
    ("band.weak", "weak", "débil"),
    ("change.added", "Added", "Añadido"),
    ("change.removed", "Removed", "Eliminado"),
    ("change.changed", "Changed", "Cambiado"),
    ("change.decided", "Decided", "Decidido"),
    (
        "empty",
        "Nothing recorded yet.",
        "Aún no hay nada registrado.",
    ),
    // The rules people meet: conduct, the crisis playbook, policies, annexes.
    ("houseRules", "House rules", "Normas de participación"),
    (
        "moderationMatrix",
        "Moderation matrix",
        "Matriz de moderación",
    ),
    ("situation", "Situation", "Situación"),
    ("action", "What is done", "Actuación"),
    ("actedBy", "Who acts", "Quién actúa"),
    ("decidedBy", "Who decides", "Quién decide"),
    ("speed", "How fast", "Plazo"),
    ("recorded", "Recorded", "Se registra"),
    ("allChannels", "All channels", "Todos los canales"),
    ("everyChannel", "Every channel", "Todos los canales"),
    ("notKnown", "Not known", "Sin determinar"),
    ("notWritten", "Not written yet.", "Aún no están redactadas."),
    ("nobodyNamed", "Nobody named", "Sin designar"),
    ("moderators", "Who moderates what", "Quién modera qué"),
    ("comments", "Comments", "Comentarios"),
    ("commentsOpen", "Open", "Abiertos"),
    ("commentsClosed", "Closed", "Cerrados"),
    ("moderator", "Moderated by", "Modera"),
    ("protocols", "Protocols", "Protocolos"),
    ("scope", "When it applies", "Cuándo se aplica"),
    ("within", "Within", "Plazo"),
    ("draftedBy", "Drafted by", "Redacta"),
    ("approvedBy", "Approved by", "Aprueba"),
    ("timeLimit", "Time limit", "Plazo total"),
    ("announcement", "How it is made known", "Cómo se comunica"),
    ("crisisLevels", "The crisis ladder", "La escala de crisis"),
    ("level", "Level", "Nivel"),
    ("triggers", "When", "Cuándo"),
    ("escalation", "Escalation", "Escalado"),
    (
        "departmentsCalled",
        "Departments called in",
        "Departamentos convocados",
    ),
    (
        "pauses",
        "Scheduled posts, ads and automated replies are paused.",
        "Se pausan las publicaciones programadas, los anuncios y las respuestas automáticas.",
    ),
    (
        "holdingStatements",
        "Holding statements",
        "Declaraciones de espera",
    ),
    ("singleVoice", "A single voice", "Una sola voz"),
    (
        "spokes",
        "The account that speaks for the organization",
        "La cuenta que habla en nombre de la organización",
    ),
    (
        "pauseChecklist",
        "What is paused, channel by channel",
        "Qué se pausa, canal por canal",
    ),
    ("what", "What", "Qué"),
    ("how", "How", "Cómo"),
    (
        "postMortem",
        "After the crisis: the review",
        "Después de la crisis: la revisión",
    ),
    ("lastDrill", "Last drill", "Último simulacro"),
    ("noDrill", "No drill recorded", "No consta ningún simulacro"),
    ("policy", "Policy", "Política"),
    ("reviewBy", "Review by", "Revisión"),
    ("reviewOverdue", "review overdue", "revisión vencida"),
    ("annex", "Annex", "Anexo"),
    (
        "generatedBy",
        "Generated with Rumbo from the workspace",
        "Generado con Rumbo a partir del espacio de trabajo",
    ),
];

/// The document's fixed words in `lang`, as a JSON object.
pub fn table(lang: Lang) -> Map<String, Value> {
    all()
        .map(|(key, en, es)| ((*key).to_string(), Value::from(lang.pick(en, es))))
        .collect()
}

/// Every fixed word: the document's, and those of the chapters on how the
/// channels run (`running.rs`).
fn all() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    STRINGS.iter().chain(crate::running::STRINGS.iter())
}

/// One fixed word. Every key the code asks for exists (a test checks the
/// ones built from parts).
pub fn get(key: &str, lang: Lang) -> &'static str {
    all()
        .find(|(k, _, _)| *k == key)
        .map_or("", |(_, en, es)| lang.pick(en, es))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_once_in_both_languages() {
        let mut keys: Vec<&str> = all().map(|(k, _, _)| *k).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a key is repeated");
        assert!(all().all(|(_, en, es)| !en.is_empty() && !es.is_empty()));
    }
}
