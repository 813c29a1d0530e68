//! The starter lexicon a new scenario begins with: ideas that recur in multilateral texts and
//! the phrases that carry them. `zero-draft new` tags each clause of a draft with the ideas it
//! reads, and writes only the ideas the draft uses; the author then adds the room's own.

/// (tag id, label, phrases), the phrases matched as whole words, case-insensitively.
pub const STARTER: &[(&str, &str, &[&str])] = &[
    (
        "human_rights",
        "human rights",
        &["human rights", "fundamental freedoms"],
    ),
    (
        "gender",
        "gender equality",
        &["gender", "women and girls", "women"],
    ),
    (
        "international_law",
        "international law",
        &[
            "international law",
            "Charter of the United Nations",
            "UN Charter",
        ],
    ),
    (
        "ihl",
        "international humanitarian law",
        &["international humanitarian law"],
    ),
    (
        "binding",
        "a legally binding instrument",
        &["legally binding", "convention", "treaty"],
    ),
    (
        "voluntary",
        "voluntary commitments",
        &["voluntary", "non-binding"],
    ),
    (
        "mutually_agreed",
        "\"on mutually agreed terms\"",
        &["mutually agreed"],
    ),
    (
        "sovereignty",
        "national sovereignty",
        &[
            "sovereignty",
            "sovereign right",
            "national circumstances",
            "nationally determined",
        ],
    ),
    (
        "capacity_building",
        "capacity-building",
        &["capacity-building", "capacity building"],
    ),
    (
        "technology_transfer",
        "technology transfer",
        &["transfer of technology", "technology transfer", "know-how"],
    ),
    (
        "finance",
        "finance and funding",
        &[
            "finance",
            "financing",
            "funding",
            "financial mechanism",
            "fund",
        ],
    ),
    (
        "development",
        "sustainable development",
        &[
            "sustainable development",
            "development",
            "2030 Agenda",
            "Sustainable Development Goals",
        ],
    ),
    (
        "equity",
        "equity and differentiation",
        &[
            "equity",
            "common but differentiated responsibilities",
            "differentiated",
            "developing countries",
        ],
    ),
    (
        "climate",
        "climate change",
        &[
            "climate change",
            "climate",
            "1.5",
            "greenhouse gas",
            "emissions",
        ],
    ),
    (
        "fossil_fuels",
        "fossil fuels",
        &["fossil fuels", "fossil fuel", "coal", "oil and gas"],
    ),
    (
        "renewables",
        "renewable energy",
        &["renewable", "renewables", "energy efficiency"],
    ),
    ("adaptation", "adaptation", &["adaptation", "resilience"]),
    ("loss_damage", "loss and damage", &["loss and damage"]),
    (
        "health",
        "health",
        &["health", "pandemic", "pathogen", "vaccines", "One Health"],
    ),
    (
        "ip",
        "intellectual property",
        &["intellectual property", "patents", "TRIPS"],
    ),
    (
        "trade",
        "trade",
        &["trade", "unilateral measures", "market access", "tariffs"],
    ),
    (
        "stakeholders",
        "stakeholder participation",
        &[
            "stakeholders",
            "civil society",
            "non-governmental",
            "private sector",
            "academia",
        ],
    ),
    (
        "indigenous",
        "indigenous peoples",
        &["indigenous peoples", "local communities"],
    ),
    (
        "migration",
        "migration and refugees",
        &["migrants", "migration", "refugees"],
    ),
    (
        "security",
        "peace and security",
        &["international peace and security", "security", "conflict"],
    ),
    ("terrorism", "terrorism", &["terrorism", "terrorist"]),
    (
        "disarmament",
        "disarmament",
        &["disarmament", "non-proliferation", "nuclear weapons"],
    ),
    (
        "ict",
        "ICTs and cyberspace",
        &["ICT", "ICTs", "cyber", "cybersecurity", "digital"],
    ),
    ("data", "data", &["data", "privacy"]),
    (
        "critical_infrastructure",
        "critical infrastructure",
        &["critical infrastructure"],
    ),
    (
        "follow_up",
        "a follow-up process",
        &[
            "follow-up",
            "review",
            "mechanism",
            "working group",
            "intergovernmental",
        ],
    ),
    (
        "new_body",
        "a new body or instrument",
        &["new body", "new instrument", "secretariat"],
    ),
    (
        "un_role",
        "a role for the UN system",
        &["United Nations", "Secretary-General", "WHO", "UNFCCC"],
    ),
    (
        "reporting",
        "reporting and transparency",
        &["report", "reporting", "transparency", "accountability"],
    ),
];
