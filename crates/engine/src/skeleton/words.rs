//! The few texts a skeleton writes itself (a placeholder briefing, the Chair, the phases), in
//! the draft's language where the game knows it, so a French draft makes a French room.

pub struct Words {
    pub idea: &'static str,
    pub briefing: &'static str,
    pub adopted: &'static str,
    pub chair: &'static str,
    pub phases: [&'static str; 3],
    /// The section made for text before any heading.
    pub text: &'static str,
}

const EN: Words = Words {
    idea: "an idea of this room",
    briefing: "Your capital has not written its instructions yet: the scenario is still a skeleton.",
    adopted: "See the outcome adopted",
    chair: "The Chair",
    phases: ["First reading", "Informal consultations", "Final day"],
    text: "Text",
};

const FR: Words = Words {
    idea: "une idée de cette salle",
    briefing: "Votre capitale n'a pas encore rédigé ses instructions : le scénario n'est encore qu'un squelette.",
    adopted: "Voir le résultat adopté",
    chair: "Le Président",
    phases: [
        "Première lecture",
        "Consultations officieuses",
        "Dernier jour",
    ],
    text: "Texte",
};

const ES: Words = Words {
    idea: "una idea de esta sala",
    briefing: "Su capital aún no ha redactado sus instrucciones: el escenario es todavía un esqueleto.",
    adopted: "Ver el resultado aprobado",
    chair: "La Presidencia",
    phases: ["Primera lectura", "Consultas oficiosas", "Último día"],
    text: "Texto",
};

pub fn words(language: &str) -> &'static Words {
    match language {
        "fr" => &FR,
        "es" => &ES,
        _ => &EN,
    }
}
