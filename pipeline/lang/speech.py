"""Reported speech in German press text: speech verbs, report cues, Konjunktiv forms, pronouns.

Plain tables, no logic; ``pipeline.components.quotes`` reads them. Verbs are
lemmas (what the lemmatizer gives for ``sagte``, ``betonte``); a separable verb
is its lemma's stem with the particle the tagger marks ``PTKVZ`` (``teilte … mit``).
"""
from __future__ import annotations

#: Quotation marks: opening mark -> the closing marks that end it (German, Swiss, English, typewriter).
QUOTE_PAIRS = {
    "„": ("“", "”", '"'),
    "»": ("«",),
    "«": ("»",),
    "‚": ("‘", "’"),
    "“": ("”",),
    '"': ('"',),
}

#: Verbs that introduce what someone said or wrote (lemma), for direct, indirect and reported speech.
SPEECH_VERBS = frozenset("""
sagen erklären betonen merken berichten äußern meinen ergänzen unterstreichen versichern
erläutern bestätigen warnen fordern kritisieren verkünden behaupten vermuten glauben
hoffen erwarten fürchten befürchten bezweifeln argumentieren bekräftigen beteuern antworten
entgegnen erwidern kommentieren resümieren bilanzieren mahnen verlangen beklagen bemängeln
loben schätzen prognostizieren schreiben melden mitteilen sprechen zitieren verweisen
versprechen drohen bestreiten dementieren kündigen räumen teilen stellen weisen heben
fügen geben führen legen rufen blicken zeigen bekanntgeben ankündigen einräumen hinzufügen
feststellen klarstellen hinweisen hervorheben zugeben ausführen darlegen zurückblicken
beschreiben schildern informieren bezeichnen nennen anmerken monieren präzisieren unterstreichen
konstatieren begründen lauten sichern bringen kontern gehen werfen schlagen empfehlen begrüßen verurteilen
appellieren vorwerfen vorschlagen zurückweisen aussprechen erzählen klagen mutmaßen spekulieren vermelden
raten widersprechen fragen urteilen folgern würdigen prangern beziffern lehnen ablehnen
auffordern angeben nachsagen annehmen heißen vereinbaren zusagen zusichern beschuldigen bitten ergeben
erwägen beschließen entscheiden anweisen signalisieren verlauten verlautbaren bekunden bedauern einwenden
erwähnen andeuten unterstellen bescheinigen vorhersagen prophezeien nehmen deuten wenden
werten bewerten betrachten stufen einstufen halten anbieten lassen skandieren twittern ausrufen erinnern
""".split())

#: Forms of speech verbs the lemmatizer leaves as they are (``gaben … bekannt``, ``beschloss``): their lemma.
LEMMA_FIXES = {"gaben": "geben", "beschloss": "beschließen"}

#: Separable verbs: (lemma of the finite part, particle) — ``teilte … mit``, ``kündigte … an``.
SEPARABLE_SPEECH_VERBS = frozenset({
    ("teilen", "mit"), ("kündigen", "an"), ("räumen", "ein"), ("stellen", "klar"), ("stellen", "fest"),
    ("weisen", "hin"), ("heben", "hervor"), ("fügen", "hinzu"), ("geben", "bekannt"), ("geben", "zu"),
    ("führen", "aus"), ("legen", "dar"), ("rufen", "auf"), ("blicken", "zurück"), ("merken", "an"),
    ("sprechen", "aus"), ("geben", "an"), ("sichern", "zu"), ("gehen", "aus"),
    ("werfen", "vor"), ("schlagen", "vor"), ("prangern", "an"), ("sagen", "voraus"), ("lehnen", "ab"), ("weisen", "zurück"), ("fordern", "auf"),
    ("gehen", "hervor"), ("geben", "vor"), ("sagen", "zu"), ("sagen", "nach"), ("nehmen", "an"), ("weisen", "an"),
    ("deuten", "an"), ("wenden", "ein"), ("stufen", "ein"), ("lassen", "verlauten"),
    ("rufen", "aus"),
})

#: Lemmas that only speak as the finite part of a separable verb (``stellte … fest``, not ``stellte``).
PARTICLE_ONLY = frozenset({"teilen", "räumen", "stellen", "weisen", "heben", "fügen", "geben", "führen", "nehmen",
                           "deuten", "wenden", "stufen", "lassen",
                           "legen", "rufen", "kündigen", "merken", "sichern", "gehen", "werfen", "schlagen",
                           "prangern", "lehnen"})

#: Prepositions of the text or place a statement comes from when no one is named: ``heißt es in der
#: Erklärung``, ``Bei der Agentur hieß es``, ``Aus Paris hieß es``, ``wurde im Bericht festgestellt``.
SOURCE_PLACE_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "aus"})

#: Nouns of saying whose clause after a comma is what was said (``die Forderung, … zu schließen``, ``mit
#: der Begründung, dass …``, ``der Vorwurf, er habe …``): endings, so that compounds count (``Rücktrittsforderung``).
SAYING_NOUN_ENDINGS = ("aussage", "forderung", "vorwurf", "vorwürfe", "begründung", "information", "hinweis",
                       "einschätzung", "vorschlag", "anfrage", "anfragen", "behauptung", "behauptungen", "warnung",
                       "ankündigung", "bitte", "aufforderung", "appell", "befürchtung", "befürchtungen",
                       "gerücht", "gerüchte", "meldung", "meldungen", "zusage", "versprechen", "drohung",
                       "argument", "feststellung", "erklärung", "mitteilung", "nachricht", "botschaft")

#: Nouns of holding an opinion: ``X ist der Meinung, dass …``, ``X vertritt die These, dass …``, ``X kam zu
#: dem Ergebnis, dass …``: the subject of the clause holds it (the noun phrase alone names no one).
OPINION_NOUNS = frozenset({"meinung", "ansicht", "auffassung", "überzeugung", "these", "ergebnis", "schluss",
                           "hoffnung", "befürchtung", "vermutung", "eindruck", "standpunkt", "theorie", "prognose"})

#: ``wurde bekannt, dass …``: what became known is reported, by no one named.
KNOWN_WORD = "bekannt"

#: Verbs of quoting: the one quoted speaks (``„…“, zitierte man Max Muster``), not who quotes.
QUOTING_VERBS = frozenset({"zitieren"})

#: Subjects that name no one: after a verb of quoting, the one quoted speaks (``zitierte man X``).
IMPERSONAL_SUBJECTS = frozenset({"man"})

#: Separable speech verbs whose source is the text named by a preposition (``Aus dem Bericht geht hervor,
#: dass …``, ``geht aus einer Mitteilung der Firma hervor``): (lemma, particle) -> preposition.
TEXT_SOURCE_VERBS = {("gehen", "hervor"): frozenset({"aus"})}

#: Speech verbs with ``es`` as subject: the text named by ``in X`` speaks (``In der Erklärung heißt es``).
IMPERSONAL_SPEECH = frozenset({"heißen"})

#: Speech verbs that may open a ``dass``/Konjunktiv clause but report no statement on their own
#: object (``X hofft``, ``X glaubt``): indirect speech only, never a ``reported`` row.
CLAUSE_ONLY = frozenset({"hoffen", "glauben", "meinen", "vermuten", "erwarten", "fürchten", "befürchten",
                         "bezweifeln", "schätzen", "zeigen", "gehen",
                         # what was decided, asked or agreed: a row only with its clause (``beschloss, …
                         # zu``), never for its object (``beschloss den Haushalt``, ``bat um Hilfe``)
                         "annehmen", "heißen", "vereinbaren", "zusagen", "zusichern", "bitten", "ergeben",
                         "erwägen", "beschließen", "entscheiden", "anweisen", "signalisieren", "bedauern",
                         "auffordern", "beschuldigen", "nehmen", "deuten", "wenden", "vorhersagen",
                         # ``hält es für unwahrscheinlich, dass …``, ``hatte angeboten, … zu``
                         "halten", "anbieten", "erinnern"})

#: Verbs of believing, hoping and judging: words in marks elsewhere in their sentence (``X hält die
#: Pläne „unter Umständen“ für richtig``) are often not the subject's own (a fragment the text quotes
#: from someone else, or no quotation at all), so such a frame gives a quotation no speaker (train
#: split: 9 of 13 such speakers were wrong).
UNSURE_FRAME_VERBS = CLAUSE_ONLY - IMPERSONAL_SPEECH

#: Speech verbs whose ``zu``-infinitive is no statement (``zeigte sich bereit, … zu``, ``ging dazu über, … zu``).
NO_INFINITIVE_CONTENT = frozenset({"zeigen", "gehen", "schätzen", "heißen", "ergeben", "nehmen", "wenden", "deuten"})

#: Speech verbs whose object is the statement (``X betonte die Dringlichkeit``, ``X berichtete über …``,
#: ``X blickte auf … zurück``): a ``reported`` row when no clause or quotation follows. Verbs of
#: judging without a statement (``kritisierte die Pläne``, ``begrüßte den Beschluss``, ``lehnte … ab``,
#: ``verurteilte``, ``empfahl``, ``sprach … aus``, ``dementierte``) are not here: the Wikinews gold
#: counts them as statements in fewer than one case in four (train split).
ACT_VERBS = frozenset("""
betonen berichten blicken zurückblicken fordern warnen bekanntgeben
beklagen verlangen sprechen hinweisen hervorheben unterstreichen erläutern
werfen vorwerfen schlagen vorschlagen appellieren
weisen zurückweisen bestreiten bezeichnen nennen beziffern
ankündigen werten bewerten betrachten einstufen begründen klagen
ausgehen
""".split())

#: Act verbs that report only with their preposition: ``Die Polizei geht von einem Unfall aus``,
#: not ``Die Lichter gingen aus``.
ACT_PREPOSITIONS = {"ausgehen": frozenset({"von"})}

#: Words that open the content clause of a speech verb (``sagte, dass …``, ``fragte, ob …``).
CONTENT_CONJUNCTIONS = frozenset({"dass", "daß", "ob"})

#: Prepositions naming a source before it: ``laut X``, ``nach Angaben von X``.
#: (compared case-folded: ``gemäß`` reads ``gemäss``, the Swiss spelling)
SOURCE_BEFORE = frozenset({"laut", "lt.", "gemäss"})
#: Postposition naming a source after it: ``X zufolge``.
SOURCE_AFTER = frozenset({"zufolge"})
#: ``nach Angaben von X``, ``nach Angaben der X``, ``nach Informationen der X``: the noun after ``nach``.
ACCORDING_NOUNS = frozenset({"Angaben", "Informationen", "Aussagen", "Worten", "Einschätzung", "Auskunft",
                             "Darstellung", "Schätzungen", "Berichten", "Ansicht", "Meinung", "Auffassung",
                             "Erkenntnissen", "Vernehmen", "Aussage", "Recherchen", "Einschätzungen",
                             "Ermittlungen", "Polizeiangaben", "Medienberichten", "Presseberichten", "Expertenmeinung",
                             "Quellenlage", "Schilderungen", "Zeugenaussagen"})
#: Endings of the noun after ``nach`` that make it a source: ``nach Angaben von X``, ``nach
#: Polizeiangaben``, ``Nach Ansicht der X``, ``nach einer Studie der X``.
SOURCE_NOUN_ENDINGS = ("angaben", "meinung", "ansicht", "auffassung", "einschätzung", "informationen",
                       "erkenntnissen", "berichten", "bericht", "aussagen", "aussage", "worten", "darstellung",
                       "schätzungen", "studie", "umfrage", "untersuchung", "recherchen", "vernehmen",
                       "mitteilung", "meldungen", "meldung", "auskunft", "ermittlungen", "quellen", "zählung",
                       "stellungnahme", "analyse", "ergebnis", "endergebnis", "medien", "erklärung", "prognose",
                       # plurals and nouns of counting and estimating: ``nach Schätzung der WHO``, ``nach
                       # Berechnungen der AP``, ``nach Zahlen des Statistischen Bundesamtes``
                       "prognosen", "schätzung", "einschätzungen", "berechnung", "berechnungen", "hochrechnung",
                       "hochrechnungen", "erhebung", "erhebungen", "zahlen", "statistik", "bewertung", "darstellungen",
                       "auswertung", "auswertungen", "studien", "umfragen", "untersuchungen", "analysen",
                       "überzeugung", "mitteilungen", "angabe",
                       # texts and plans that say something: ``Nach dem Grundgesetz ist …``, ``nach einem
                       # Plan der EU müssen …``, ``nach eigenem Bekunden``, ``Nach einem anonymen Hinweis``
                       "gesetz", "verfassung", "entwurf", "plan", "planungen", "dokument", "veröffentlichung",
                       "bekunden", "erkenntnisstand", "vorhersage", "hinweis", "urteil", "nachricht", "artikel",
                       "gutachten", "protokoll", "umfragen", "meinungsumfragen", "gerüchte", "idee")
#: Words that refer back to a source named before and open what it said: ``Demnach …``.
BACK_REFERENCES = frozenset({"demnach", "danach", "dementsprechend"})
#: Back references that also mean "afterwards" (``Danach wurde er Minister``): a source only when
#: their sentence is in Konjunktiv (``Danach sei der Mann geflohen``).
TEMPORAL_BACK_REFERENCES = frozenset({"danach"})
#: ``Berichte, wonach …``: a clause of what was said after a noun of saying.
ACCORDING_CLAUSE = frozenset({"wonach"})
#: ``Demnach``, ``Dem Vernehmen nach``: the postposition after such a noun.
ACCORDING_AFTER = frozenset({"nach"})

#: Konjunktiv forms the tagger may read as indicative (``wachse`` aside, the frequent auxiliaries and modals).
KONJUNKTIV_I_FORMS = frozenset("""
sei seien seist sei's habe habest werde werdest könne könnest müsse müssest solle sollest wolle dürfe möge
gebe gehe liege stehe komme wisse
""".split())
#: Konjunktiv II: reported speech, but also what might be (``Die Maßnahme könnte sich als nötig
#: erweisen``), so a sentence with only these forms continues a report only right after it.
KONJUNKTIV_II_FORMS = frozenset("""
hätte hätten wäre wären würde würden könnte könnten müsste müssten dürfte dürften möchte möchten
bräuchte bräuchten gäbe gäben käme kämen ginge gingen läge lägen stünde stünden wüsste wüssten
sollte sollten wollte wollten bekäme bekämen
""".split())
KONJUNKTIV_FORMS = KONJUNKTIV_I_FORMS | KONJUNKTIV_II_FORMS - {"sollte", "sollten", "wollte", "wollten"}

#: Modals that report what others say with a perfect infinitive (``soll … gestohlen haben``).
REPORTIVE_MODALS = frozenset({"soll", "sollen"})

#: Personal pronouns that can be a speaker: word -> (gender, number); ``sie`` is read with its verb.
PRONOUNS = {
    "er": ("m", "sg"), "Er": ("m", "sg"),
    "sie": ("f", "sg"), "Sie": ("f", "sg"),
    "ich": ("", "sg"), "Ich": ("", "sg"),
    "wir": ("", "pl"), "Wir": ("", "pl"),
}

#: Words that open a speaker phrase as its head: ``Einer der Feuerwehrmänner``, ``Beide``.
SPEAKER_PRONOUN_HEADS = frozenset({"Einer", "Eine", "Keiner", "Jeder", "Beide", "Viele", "Einige", "Dieser", "Diese",
                                   "dieser", "diese", "letzterer", "letztere", "Letzterer", "Letztere"})
#: Relative pronouns that are nominative: ``Max Muster, der … vorwarf, dass …`` (``den``, ``dem`` are not).
RELATIVE_SUBJECTS = frozenset({"der", "die", "welcher", "welche"})
#: Conjunctions of a clause whose subject follows them: ``da sie befürchten, …``, ``während Max Muster
#: ankündigte, …`` (``dass``, ``ob`` open what is said, not who says it; ``wie`` is a report cue).
SUBJECT_CONJUNCTIONS = frozenset({"da", "weil", "während", "nachdem", "obwohl", "wenn",
                                  "obgleich", "sobald", "indem", "zumal", "bevor"})
#: Focus words before a subject that do not make it an adverbial: ``Auch die Ministerin sagte``.
FOCUS_WORDS = frozenset({"Auch", "Nur", "Selbst", "Sogar", "Ebenfalls", "Gerade", "Allein"})

#: Words that mark a person as female or male when they stand before the name.
FEMALE_MARKERS = frozenset({"Frau", "Fr.", "Sprecherin", "Ministerin", "Kanzlerin", "Präsidentin"})
MALE_MARKERS = frozenset({"Herr", "Herrn", "Hr.", "Hrn."})
#: A role word ending so is feminine (``Sprecherin``) or masculine (``Sprecher``, ``Direktor``);
#: ``Vorsitzende``, ``Beauftragte`` stay open.
FEMALE_ROLE_ENDINGS = ("in", "innen", "frau")
MALE_ROLE_ENDINGS = ("er", "or", "eur", "ent", "ant", "at", "chef", "ist", "mann", "herr", "kanzler", "präsident")

#: Nouns of time: a phrase headed by one is an adverbial, no speaker (``letzten September sagte …``);
#: the month names come from ``lang/months.py``.
TIME_NOUNS = frozenset("""
woche wochen monat monate jahr jahre tag tage wochenende abend morgen nachmittag vormittag nacht mittag
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag sommer winter frühjahr frühling herbst
anfang ende mitte stunde stunden minute minuten sekunden jahren monaten wochen tagen
""".split())
