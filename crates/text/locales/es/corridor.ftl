## Los pasillos: sondeos, ofertas y promesas fuera de la sala

corridor-pledge-no-objection = deja pasar la n.º { $amendment }
corridor-pledge-co-sponsor = copatrocina la n.º { $amendment }
corridor-pledge-withdraw = retira la n.º { $amendment }
corridor-pledge-back-card = copatrocina { $card } cuando se presente
corridor-quoted = «{ $text }»
corridor-pledge-join = se suma al consenso en la votación
corridor-and = {" "}y{" "}
corridor-about-amendment = la enmienda n.º { $amendment }
corridor-about-wording = una redacción: { $edit }
corridor-command-sound = sondea a { $delegation } sobre { $about }
corridor-command-offer = ofrece a { $delegation }: { $give }, si la otra { $want }
corridor-command-accept = acepta la oferta { $offer }
corridor-command-decline = rechaza la oferta { $offer }
corridor-would-support = la apoyaría
corridor-would-accept = podría aceptarla
corridor-would-reserve = podría aceptarla, con reservas
corridor-would-object = no podría aceptarla
corridor-sounding-answer = { $delegation } sobre { $about }: { $stance }{ $reasons }
corridor-sounding-withheld = { $delegation } sobre { $about }: «todavía estamos consultando a la capital» ({ $why })
corridor-withheld-distrust = no confía lo bastante en usted para decirlo
corridor-withheld-broken = usted faltó a una promesa hecha a ella o a su grupo
corridor-withheld-guarded = su grupo se endurece y solo muestra sus cartas a sus amigos
corridor-offer = Oferta { $number }, de { $from } a { $to }: { $from } { $give }, si { $to } { $want } — { $state }
corridor-offer-open = a la espera de respuesta
corridor-offer-accepted = aceptada
corridor-offer-declined = rechazada
corridor-offer-lapsed = superada por la sala
corridor-reason-gain = lo que gana: { $value }
corridor-reason-cost = lo que cede: { $value }
corridor-reason-trust = su confianza en usted: { $value }
corridor-reason-cannot-live = no podría aceptar esto: { $pledge }
corridor-reason-broken-before = usted faltó a una promesa hecha a ella o a su grupo
corridor-promise = { $by } { $pledge } (prometido a { $to }) — { $state }
corridor-promise-pending = por cumplir
corridor-promise-kept = cumplida
corridor-promise-broken = rota
corridor-promise-released = liberada: la otra parte faltó antes a su palabra
corridor-relented = n.º { $amendment }: { $delegation } ya no se opone
corridor-refusal-no-time = No queda tiempo en los pasillos en esta ronda: tres sondeos u ofertas por ronda.
corridor-refusal-itself = Una delegación no negocia consigo misma: elija otra.
corridor-refusal-empty-side = Una oferta da y pide algo: complete ambos lados.
corridor-refusal-too-many = Como máximo { $count } gestos a cada lado de una oferta.
corridor-refusal-unfit = Ese gesto no puede prometerse ahora: { $pledge }.
corridor-refusal-no-offer = Ninguna oferta { $offer } espera su respuesta.
corridor-refusal-person = { $delegation } la juega una persona, que responde por sí misma: hágale una oferta o pregunte en la sala.

## The corridor tab

corridor-tab = Pasillos{ $waiting ->
    [0] {""}
    [one] {" "}(1 oferta pendiente)
   *[other] {" "}({ $waiting } ofertas pendientes)
}
corridor-heading = Los pasillos — { $moves ->
    [0] no queda tiempo en esta ronda
    [one] tiempo para 1 conversación más en esta ronda
   *[other] tiempo para { $moves } conversaciones más en esta ronda
}
corridor-private = Solo usted y la delegación con la que habla saben lo que se dice aquí. Sus respuestas son su lectura honesta; una delegación reservada o desconfiada puede callar.
corridor-choose = elegir…
corridor-accept = Aceptar
corridor-decline = Rechazar
corridor-pick-someone = Elija una delegación en la sala (haga clic en un asiento en la pestaña de la sesión, o , y .) para hablarle.
corridor-with = Con { $delegation }:
corridor-sound-amendment = ¿Podría aceptar la n.º { $amendment }?
corridor-sound-wording = ¿Podría aceptar mi redacción?
corridor-you-give = Usted:
corridor-you-ask = Si { $delegation }:
corridor-make-offer = Hacer la oferta
corridor-nothing-yet = Todavía no se ha dicho nada en los pasillos.

## The debrief's corridor

corridor-did-support = la apoyó
corridor-did-accept = la dejó pasar
corridor-did-reserve = la dejó pasar con reservas
corridor-did-object = se opuso
debrief-corridor = En los pasillos
debrief-corridor-said-did = Lo que le dijeron y lo que hicieron
debrief-corridor-as-said = ✔ en la sala hizo lo que dijo
debrief-corridor-otherwise = ✖ en la sala { $did }: cambió de opinión (o cambió la situación desde entonces)
debrief-corridor-then = en la sala { $did }
debrief-corridor-not-tabled = nunca llegó a la sala
debrief-corridor-offers = Ofertas y promesas
corridor-advice-accept = El asesor, según sus instrucciones: conviene aceptar ({ $why })
corridor-advice-decline = El asesor, según sus instrucciones: no vale la pena ({ $why })
corridor-advice-gain = usted gana { $value }
corridor-advice-cost = usted cede { $value }
corridor-advice-trust = su confianza en ellos: { $value }
corridor-advice-cannot-live = sus instrucciones no permiten esto: { $pledge }
corridor-advice-broken-before = faltaron a una promesa hecha a usted o a su grupo

## The Chair's informal consultations

corridor-chair-consulted = n.º { $amendment }: la Presidencia celebró consultas oficiosas con { $delegations }
corridor-chair-consulted-wordings = { $consulted }; textos aportados: { $wordings }
corridor-wording-brought = { $delegation }, «{ $wording }»
corridor-command-consult = indica a la Presidencia qué opciones sobre la n.º { $amendment } podría aceptar
corridor-refusal-not-invited = La Presidencia solo consulta sobre la n.º { $amendment } a su autor y a quienes se opusieron.
corridor-refusal-cannot-bring = «{ $card }» no puede llevarse a las consultas sobre la n.º { $amendment }: lleve una carta propia, aún disponible, para el mismo párrafo.
corridor-invitation = La Presidencia le invita a consultas oficiosas sobre la n.º { $amendment }: ¿cuáles de sus opciones podría aceptar?
corridor-bring = Llevar su texto:
corridor-bring-none = (ninguno)
corridor-tell-chair = Responder a la Presidencia
corridor-told-chair = Ha respondido a la Presidencia; puede cambiar su respuesta hasta que decida.
corridor-consultations = Las consultas de la Presidencia
corridor-refusal-engine-played = { $delegation } la juega el ordenador: nadie habla por ella desde fuera.

## The coach in the corridor

corridor-coach = El asesor sugiere, para ganar apoyos a sus tarjetas:
corridor-coach-make = Hacer esta oferta
corridor-coach-offer = a { $delegation }: usted { $give }, si ella { $want } — { $verdict }
corridor-coach-would-accept = probablemente aceptaría
corridor-coach-would-decline = probablemente rechazaría
