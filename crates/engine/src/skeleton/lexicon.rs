//! The starter lexicon a new scenario begins with: ideas that recur in multilateral texts and
//! the phrases that carry them. `zero-draft new` tags each clause of a draft with the ideas it
//! reads, and writes only the ideas the draft uses; the author then adds the room's own.

/// (tag id, label, phrases), the phrases matched as whole words, case-insensitively.
#[rustfmt::skip]
pub const STARTER: &[(&str, &str, &[&str])] = &[
    ("human_rights", "human rights", &["human rights", "fundamental freedoms"]),
    ("gender", "gender equality", &["gender", "women and girls", "women"]),
    ("international_law", "international law", &["international law", "Charter of the United Nations", "UN Charter"]),
    ("ihl", "international humanitarian law", &["international humanitarian law"]),
    ("binding", "a legally binding instrument", &["legally binding", "convention", "treaty"]),
    ("voluntary", "voluntary commitments", &["voluntary", "non-binding"]),
    ("mutually_agreed", "\"on mutually agreed terms\"", &["mutually agreed"]),
    ("sovereignty", "national sovereignty", &["sovereignty", "sovereign right", "national circumstances", "nationally determined"]),
    ("capacity_building", "capacity-building", &["capacity-building", "capacity building"]),
    ("technology_transfer", "technology transfer", &["transfer of technology", "technology transfer", "know-how"]),
    ("finance", "finance and funding", &["finance", "financing", "funding", "financial mechanism", "fund"]),
    ("development", "sustainable development", &["sustainable development", "development", "2030 Agenda", "Sustainable Development Goals"]),
    ("equity", "equity and differentiation", &["equity", "common but differentiated responsibilities", "differentiated", "developing countries"]),
    ("climate", "climate change", &["climate change", "climate", "1.5", "greenhouse gas", "emissions"]),
    ("fossil_fuels", "fossil fuels", &["fossil fuels", "fossil fuel", "coal", "oil and gas"]),
    ("renewables", "renewable energy", &["renewable", "renewables", "energy efficiency"]),
    ("adaptation", "adaptation", &["adaptation", "resilience"]),
    ("loss_damage", "loss and damage", &["loss and damage"]),
    ("health", "health", &["health", "pandemic", "pathogen", "vaccines", "One Health"]),
    ("ip", "intellectual property", &["intellectual property", "patents", "TRIPS"]),
    ("trade", "trade", &["trade", "unilateral measures", "market access", "tariffs"]),
    ("stakeholders", "stakeholder participation", &["stakeholders", "civil society", "non-governmental", "private sector", "academia"]),
    ("indigenous", "indigenous peoples", &["indigenous peoples", "local communities"]),
    ("migration", "migration and refugees", &["migrants", "migration", "refugees"]),
    ("security", "peace and security", &["international peace and security", "security", "conflict"]),
    ("terrorism", "terrorism", &["terrorism", "terrorist"]),
    ("disarmament", "disarmament", &["disarmament", "non-proliferation", "nuclear weapons"]),
    ("ict", "ICTs and cyberspace", &["ICT", "ICTs", "cyber", "cybersecurity", "digital"]),
    ("data", "data", &["data", "privacy"]),
    ("critical_infrastructure", "critical infrastructure", &["critical infrastructure"]),
    ("follow_up", "a follow-up process", &["follow-up", "review", "mechanism", "working group", "intergovernmental"]),
    ("new_body", "a new body or instrument", &["new body", "new instrument", "secretariat"]),
    ("un_role", "a role for the UN system", &["United Nations", "Secretary-General", "WHO", "UNFCCC"]),
    ("reporting", "reporting and transparency", &["report", "reporting", "transparency", "accountability"]),
];

/// The same ideas in French: (label, phrases), in the order of [`STARTER`].
#[rustfmt::skip]
pub const STARTER_FR: &[(&str, &[&str])] = &[
    ("les droits de l'homme", &["droits de l'homme", "droits humains", "libertés fondamentales"]),
    ("l'égalité des genres", &["genre", "égalité des sexes", "femmes et filles", "femmes"]),
    ("le droit international", &["droit international", "Charte des Nations Unies"]),
    ("le droit international humanitaire", &["droit international humanitaire"]),
    ("un instrument juridiquement contraignant", &["juridiquement contraignant", "juridiquement contraignante", "convention", "traité"]),
    ("des engagements volontaires", &["volontaire", "volontaires", "non contraignant"]),
    ("« selon des modalités convenues d'un commun accord »", &["d'un commun accord", "mutuellement convenues"]),
    ("la souveraineté nationale", &["souveraineté", "droit souverain", "situation nationale", "déterminées au niveau national"]),
    ("le renforcement des capacités", &["renforcement des capacités", "renforcer les capacités"]),
    ("le transfert de technologie", &["transfert de technologie", "transfert de technologies", "savoir-faire"]),
    ("le financement", &["financement", "financements", "mécanisme financier", "fonds"]),
    ("le développement durable", &["développement durable", "développement", "Programme 2030", "objectifs de développement durable"]),
    ("l'équité et la différenciation", &["équité", "responsabilités communes mais différenciées", "pays en développement"]),
    ("les changements climatiques", &["changements climatiques", "changement climatique", "climat", "gaz à effet de serre", "émissions"]),
    ("les combustibles fossiles", &["combustibles fossiles", "charbon", "pétrole et gaz"]),
    ("les énergies renouvelables", &["renouvelables", "renouvelable", "efficacité énergétique"]),
    ("l'adaptation", &["adaptation", "résilience"]),
    ("les pertes et préjudices", &["pertes et préjudices"]),
    ("la santé", &["santé", "pandémie", "pandémies", "agent pathogène", "vaccins", "Une seule santé"]),
    ("la propriété intellectuelle", &["propriété intellectuelle", "brevets", "ADPIC"]),
    ("le commerce", &["commerce", "mesures unilatérales", "accès aux marchés", "droits de douane"]),
    ("la participation des parties prenantes", &["parties prenantes", "société civile", "non gouvernementales", "secteur privé", "milieux universitaires"]),
    ("les peuples autochtones", &["peuples autochtones", "communautés locales"]),
    ("les migrations et les réfugiés", &["migrants", "migrations", "réfugiés"]),
    ("la paix et la sécurité", &["paix et la sécurité internationales", "sécurité", "conflits"]),
    ("le terrorisme", &["terrorisme", "terroristes"]),
    ("le désarmement", &["désarmement", "non-prolifération", "armes nucléaires"]),
    ("les TIC et le cyberespace", &["TIC", "cyber", "cybersécurité", "numérique"]),
    ("les données", &["données", "vie privée"]),
    ("les infrastructures critiques", &["infrastructures critiques", "infrastructure critique"]),
    ("un processus de suivi", &["suivi", "examen", "mécanisme", "groupe de travail", "intergouvernemental"]),
    ("un nouvel organe ou instrument", &["nouvel organe", "nouvel instrument", "secrétariat"]),
    ("un rôle pour le système des Nations Unies", &["Nations Unies", "Secrétaire général", "OMS", "CCNUCC"]),
    ("les rapports et la transparence", &["rapport", "rapports", "transparence", "responsabilité"]),
];

/// The same ideas in Spanish: (label, phrases), in the order of [`STARTER`].
#[rustfmt::skip]
pub const STARTER_ES: &[(&str, &[&str])] = &[
    ("los derechos humanos", &["derechos humanos", "libertades fundamentales"]),
    ("la igualdad de género", &["género", "mujeres y niñas", "mujeres"]),
    ("el derecho internacional", &["derecho internacional", "Carta de las Naciones Unidas"]),
    ("el derecho internacional humanitario", &["derecho internacional humanitario"]),
    ("un instrumento jurídicamente vinculante", &["jurídicamente vinculante", "convención", "tratado"]),
    ("los compromisos voluntarios", &["voluntario", "voluntarios", "voluntaria", "no vinculante"]),
    ("«en condiciones mutuamente acordadas»", &["mutuamente acordadas", "mutuamente acordado"]),
    ("la soberanía nacional", &["soberanía", "derecho soberano", "circunstancias nacionales", "determinadas a nivel nacional"]),
    ("la creación de capacidad", &["creación de capacidad", "fomento de la capacidad", "desarrollo de capacidades"]),
    ("la transferencia de tecnología", &["transferencia de tecnología", "conocimientos técnicos"]),
    ("la financiación", &["financiación", "financiamiento", "mecanismo financiero", "fondo"]),
    ("el desarrollo sostenible", &["desarrollo sostenible", "desarrollo", "Agenda 2030", "Objetivos de Desarrollo Sostenible"]),
    ("la equidad y la diferenciación", &["equidad", "responsabilidades comunes pero diferenciadas", "países en desarrollo"]),
    ("el cambio climático", &["cambio climático", "clima", "gases de efecto invernadero", "emisiones"]),
    ("los combustibles fósiles", &["combustibles fósiles", "carbón", "petróleo y gas"]),
    ("las energías renovables", &["renovables", "renovable", "eficiencia energética"]),
    ("la adaptación", &["adaptación", "resiliencia"]),
    ("las pérdidas y los daños", &["pérdidas y daños"]),
    ("la salud", &["salud", "pandemia", "pandemias", "patógeno", "vacunas", "Una sola salud"]),
    ("la propiedad intelectual", &["propiedad intelectual", "patentes", "ADPIC"]),
    ("el comercio", &["comercio", "medidas unilaterales", "acceso a los mercados", "aranceles"]),
    ("la participación de las partes interesadas", &["partes interesadas", "sociedad civil", "no gubernamentales", "sector privado", "instituciones académicas"]),
    ("los pueblos indígenas", &["pueblos indígenas", "comunidades locales"]),
    ("la migración y los refugiados", &["migrantes", "migración", "refugiados"]),
    ("la paz y la seguridad", &["paz y la seguridad internacionales", "seguridad", "conflictos"]),
    ("el terrorismo", &["terrorismo", "terroristas"]),
    ("el desarme", &["desarme", "no proliferación", "armas nucleares"]),
    ("las TIC y el ciberespacio", &["TIC", "ciber", "ciberseguridad", "digital"]),
    ("los datos", &["datos", "privacidad"]),
    ("la infraestructura crítica", &["infraestructura crítica", "infraestructuras críticas"]),
    ("un proceso de seguimiento", &["seguimiento", "examen", "mecanismo", "grupo de trabajo", "intergubernamental"]),
    ("un nuevo órgano o instrumento", &["nuevo órgano", "nuevo instrumento", "secretaría"]),
    ("un papel para el sistema de las Naciones Unidas", &["Naciones Unidas", "Secretario General", "OMS", "CMNUCC"]),
    ("los informes y la transparencia", &["informe", "informes", "transparencia", "rendición de cuentas"]),
];

/// The starter lexicon in `language` where the game knows it (`en`, `fr`, `es`), else English:
/// (tag id, label, phrases) in the order of [`STARTER`].
pub fn starter(language: &str) -> Vec<(&'static str, &'static str, &'static [&'static str])> {
    let other = match language {
        "fr" => Some(STARTER_FR),
        "es" => Some(STARTER_ES),
        _ => None,
    };
    STARTER
        .iter()
        .enumerate()
        .map(
            |(i, &(id, label, phrases))| match other.and_then(|o| o.get(i)) {
                Some(&(l, p)) => (id, l, p),
                None => (id, label, phrases),
            },
        )
        .collect()
}
