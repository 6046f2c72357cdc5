"""press_quotes: one table of constructions that must give a row, one of texts that must not,
and the speaker links. The NER's output is given (``given_ner``), so the rows hold for any model;
the sentences are made up in the style of press releases."""
import pytest

from pipeline.api import assemble
from pipeline.io.outputs.writer import csv_header
from pipeline.model.document import SourceDoc

from .given_ner import run_with_ner

#: (text, NER entities, type, content, speaker, cue)
POSITIVE = [
    # direct quotations: the marks, the frame after, before with a colon, the forms of marks
    ("„Wir wachsen weiter“, sagte Max Muster am Montag.", [("Max Muster", "PER")],
     "direct", "„Wir wachsen weiter“", "Max Muster", "sagte"),
    ("»Wir wachsen weiter«, erklärte die Sprecherin der Stadt.", [],
     "direct", "»Wir wachsen weiter«", "die Sprecherin der Stadt", "erklärte"),
    ('"Wir wachsen weiter", betonte Anna Beispiel.', [("Anna Beispiel", "PER")],
     "direct", '"Wir wachsen weiter"', "Anna Beispiel", "betonte"),
    ("‚Wir wachsen weiter‘, sagte Max Muster.", [("Max Muster", "PER")],
     "direct", "‚Wir wachsen weiter‘", "Max Muster", "sagte"),
    ("Max Muster betonte: „Die Zahlen sind gut. Wir investieren weiter.“", [("Max Muster", "PER")],
     "direct", "„Die Zahlen sind gut. Wir investieren weiter.“", "Max Muster", "betonte"),
    ("„Die Zahlen sind gut“, so Vorstandschef Max Muster.", [("Max Muster", "PER")],
     "direct", "„Die Zahlen sind gut“", "Vorstandschef Max Muster", "so"),
    ("Letzten September sagte die Ministerin: „Wir bauen neue Schulen.“", [],     # a time is no speaker
     "direct", "„Wir bauen neue Schulen.“", "die Ministerin", "sagte"),
    ("Auch die Sprecherin der Stadt, Anna Beispiel, äußerte sich zufrieden: „Das Fest war ein Erfolg.“",
     [("Anna Beispiel", "PER")],
     "direct", "„Das Fest war ein Erfolg.“", "die Sprecherin der Stadt, Anna Beispiel", "äußerte"),
    # a colon frame without a speech verb: the clause's subject speaks, its verb is the cue
    ("Max Muster stellte die Pläne ebenfalls in Frage: „Das ist so nicht machbar.“", [("Max Muster", "PER")],
     "direct", "„Das ist so nicht machbar.“", "Max Muster", "stellte"),
    ("Die Beispiel AG empfindet die Kritik als ungerecht: „Wir haben alle Regeln eingehalten.“",
     [("Beispiel AG", "ORG")],
     "direct", "„Wir haben alle Regeln eingehalten.“", "Die Beispiel AG", "empfindet"),
    # an object put first: the name after the verb is the subject
    ("Die Umsetzung der Reform stellte der Vorsitzende Max Muster in Frage: „Das ist so nicht machbar.“",
     [("Max Muster", "PER")],
     "direct", "„Das ist so nicht machbar.“", "der Vorsitzende Max Muster", "stellte"),
    ("Jede Verantwortung für die Affäre weist Max Muster von sich: „Ich wusste von nichts.“",
     [("Max Muster", "PER")],
     "direct", "„Ich wusste von nichts.“", "Max Muster", "weist"),
    # indirect speech: dass-clause, Konjunktiv after and before the frame, separable verbs
    ("Die Beispiel AG teilte am Montag mit, dass sie 100 Stellen schaffe.", [("Beispiel AG", "ORG")],
     "indirect", "dass sie 100 Stellen schaffe", "Die Beispiel AG", "teilte am Montag mit"),
    ("Max Muster sagte, die Firma wachse stark.", [("Max Muster", "PER")],
     "indirect", "die Firma wachse stark", "Max Muster", "sagte"),
    ("Die Firma wachse stark, sagte Max Muster.", [("Max Muster", "PER")],
     "indirect", "Die Firma wachse stark", "Max Muster", "sagte"),
    ("In seiner Rede betonte Generalkonsul Max Muster, dass die Parks zu Knotenpunkten würden.",
     [("Max Muster", "PER")],
     "indirect", "dass die Parks zu Knotenpunkten würden", "Generalkonsul Max Muster", "betonte"),
    ("Anna Beispiel, Sprecherin der Stadt Musterstadt, erklärte, dass der Haushalt ausgeglichen sei.",
     [("Anna Beispiel", "PER"), ("Musterstadt", "LOC")],
     "indirect", "dass der Haushalt ausgeglichen sei", "Anna Beispiel, Sprecherin der Stadt Musterstadt",
     "erklärte"),
    # the speaker of a clause with its verb last: the relative pronoun, the phrase after the conjunction
    ("Anwesend war auch Max Muster, der der Regierung vorwarf, die Aktivisten frei zu lassen.",
     [("Max Muster", "PER")],
     "indirect", "die Aktivisten frei zu lassen", "der", "vorwarf"),
    ("Die Vereine protestierten, da sie befürchten, viele Halter könnten sich die Tiere nicht leisten.", [],
     "indirect", "viele Halter könnten sich die Tiere nicht leisten", "sie", "befürchten"),
    ("Die Partei lehnte den Plan ab, während Minister Max Muster ankündigte, den Vorschlag prüfen zu lassen.",
     [("Max Muster", "PER")],
     "indirect", "den Vorschlag prüfen zu lassen", "Minister Max Muster", "ankündigte"),
    # a conjunction before the subject does not make it an adverbial
    ("Aber Zeitungen berichteten, es sei gegen den Arzt ermittelt worden.", [],
     "indirect", "es sei gegen den Arzt ermittelt worden", "Zeitungen", "berichteten"),
    # reported: the source named by a preposition, a postposition, so, wie … mitteilte, speech acts
    ("Laut Polizei wurde bei dem Unfall niemand verletzt.", [],
     "reported", "wurde bei dem Unfall niemand verletzt", "Polizei", "Laut"),
    ("Der Feuerwehr zufolge entstand ein hoher Schaden.", [],
     "reported", "entstand ein hoher Schaden", "Der Feuerwehr", "zufolge"),
    ("Nach Angaben der Polizei wurde niemand verletzt.", [],
     "reported", "wurde niemand verletzt", "Angaben der Polizei", "Nach"),
    ("Nach Schätzung der Weltgesundheitsorganisation erkranken jährlich 50 Millionen Menschen.", [],
     "reported", "erkranken jährlich 50 Millionen Menschen", "Schätzung der Weltgesundheitsorganisation", "Nach"),
    ("Nach Zahlen des Statistischen Bundesamtes stiegen die Preise um zwei Prozent.", [],
     "reported", "stiegen die Preise um zwei Prozent", "Zahlen des Statistischen Bundesamtes", "Nach"),
    ("Bei dem Unfall wurde niemand verletzt, so die Sprecherin der Polizei.", [],
     "reported", "Bei dem Unfall wurde niemand verletzt", "die Sprecherin der Polizei", "so"),
    ("Auch die Kosten seien gestiegen, so Max Muster weiter.", [("Max Muster", "PER")],
     "reported", "Auch die Kosten seien gestiegen", "Max Muster", "so"),
    ("Wie die Polizei mitteilte, wurde bei dem Unfall niemand verletzt.", [],
     "reported", "wurde bei dem Unfall niemand verletzt", "die Polizei", "mitteilte"),
    ("Max Muster berichtete über neue Projekte in der Region.", [("Max Muster", "PER")],
     "reported", "über neue Projekte in der Region", "Max Muster", "berichtete"),
    ("Max Muster blickte auf 15 Jahre Zusammenarbeit zurück.", [("Max Muster", "PER")],
     "reported", "auf 15 Jahre Zusammenarbeit", "Max Muster", "blickte auf 15 Jahre Zusammenarbeit zurück"),
    ("Der Plan wurde von Ministerin Anna Beispiel scharf zurückgewiesen.", [("Anna Beispiel", "PER")],
     "reported", "Der Plan wurde von Ministerin Anna Beispiel scharf zurückgewiesen", "Ministerin Anna Beispiel",
     "zurückgewiesen"),
    # a separable act verb by its particle and stem (``gab … bekannt`` → bekanntgeben)
    ("Die Staatsanwaltschaft gab am Montag die Einstellung des Verfahrens bekannt.", [],
     "reported", "am Montag die Einstellung des Verfahrens", "Die Staatsanwaltschaft",
     "gab am Montag die Einstellung des Verfahrens bekannt"),
    # a zu-infinitive after any speech verb, also opening with a preposition, also glued
    ("Der Rat hat am Montag beschlossen, in dem Zeitraum die Beleuchtung zu reduzieren.", [],
     "indirect", "in dem Zeitraum die Beleuchtung zu reduzieren", "Der Rat", "beschlossen"),
    ("Die Polizei forderte den Mann auf, sich sofort zu stellen.", [],
     "indirect", "sich sofort zu stellen", "Die Polizei", "forderte den Mann auf"),
    # ``heißt es in X``: the text that says it speaks
    ("In der Erklärung der Firma heißt es, der Umsatz sei gestiegen.", [],
     "indirect", "der Umsatz sei gestiegen", "der Erklärung der Firma", "heißt"),
    ("„Wir wachsen weiter“, heißt es in der Mitteilung der Firma.", [],
     "direct", "„Wir wachsen weiter“", "der Mitteilung der Firma", "heißt"),
    # a name in quotation marks as the speaker
    ("„Das ist ein schwerer Fehler“, schreibt die „Computerwoche“.", [],
     "direct", "„Das ist ein schwerer Fehler“", "die „Computerwoche“", "schreibt"),
    # ``Demnach`` stands for the source named before
    ("Die Polizei legte einen Bericht vor. Demnach sei der Mann über die Grenze geflohen.", [],
     "reported", "sei der Mann über die Grenze geflohen", "Demnach", "Demnach"),
    # ``wie X … mitteilte``: an apposition, an adverb, a separable verb with its particle before it
    ("Wie die Sprecherin der Stadt, Anna Beispiel, am Montag mitteilte, wurde niemand verletzt.",
     [("Anna Beispiel", "PER")],
     "reported", "wurde niemand verletzt", "die Sprecherin der Stadt", "mitteilte"),
    ("Wie schon die Polizei mitteilte, wurde niemand verletzt.", [],
     "reported", "wurde niemand verletzt", "die Polizei", "mitteilte"),
    ("Wie die Firma am Montag bekannt gab, steigt der Umsatz deutlich.", [],
     "reported", "steigt der Umsatz deutlich", "die Firma", "bekannt gab"),
    # ``Dies teilte X mit``: the pronoun is the object, the speaker follows the verb
    ("Der Umsatz ist im Jahr 2024 deutlich gestiegen. Dies teilte der Sprecher der Firma mit.", [],
     "indirect", "Der Umsatz ist im Jahr 2024 deutlich gestiegen. Dies", "der Sprecher der Firma",
     "teilte der Sprecher der Firma mit"),
    # sources after ``nach`` and ``gemäß``: a determiner first, a relative ``nach denen``, texts
    ("Nach dieser Analyse wären drei Koalitionen möglich.", [],
     "reported", "wären drei Koalitionen möglich", "dieser Analyse", "Nach"),
    ("Es gibt mehrere Umfragen, nach denen die Mehrheit den Plan ablehnt.", [],
     "reported", "die Mehrheit den Plan ablehnt", "mehrere Umfragen", "nach"),
    ("Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.", [],
     "reported", "das Kind misshandelt worden war", "ein Gutachten", "laut"),
    ("Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.", [],
     "reported", "bestimmt der Kanzler die Richtlinien der Politik", "dem Grundgesetz", "Nach"),
    ("Gemäß der Firma stieg der Umsatz um zwei Prozent.", [],
     "reported", "stieg der Umsatz um zwei Prozent", "der Firma", "Gemäß"),
    # a participle the tagger reads as finite: the subject before its auxiliary speaks
    ("Max Muster hatte vor Gericht erklärt, er sei unschuldig.", [("Max Muster", "PER")],
     "indirect", "er sei unschuldig", "Max Muster", "erklärt"),
    # a name in marks between the cue and the clause
    ("Der Sekretär sagte zum „Algemeen Dagblad“, alle Spieler hätten dem Schiedsrichter die Hand gegeben.", [],
     "indirect", "alle Spieler hätten dem Schiedsrichter die Hand gegeben", "Der Sekretär", "sagte"),
    # a noun of saying and its clause: the noun phrase as written, the noun the cue
    ("Die Stadt lehnte die Forderung des Vereins, den Park zu schließen, am Montag ab.", [],
     "indirect", "den Park zu schließen", "die Forderung des Vereins", "Forderung"),
    ("Der Antrag scheiterte mit der Begründung, dass die Kosten zu hoch seien.", [],
     "indirect", "dass die Kosten zu hoch seien", "der Begründung", "Begründung"),
    # what became known, by no one named
    ("Im April wurde dann bekannt, dass die Firma ihr Werk schließt.", [],
     "indirect", "dass die Firma ihr Werk schließt", "", "wurde dann bekannt"),
    # a form the lemmatizer leaves as written (``gaben``)
    ("Die Firmen gaben am Montag bekannt, dass sie fusionieren.", [],
     "indirect", "dass sie fusionieren", "Die Firmen", "gaben am Montag bekannt"),
    # ``hält es für …, dass``; an act row ends where the next clause begins
    ("Die Behörde hält es für unwahrscheinlich, dass der Mann noch lebt.", [],
     "indirect", "dass der Mann noch lebt", "Die Behörde", "hält"),
    ("Die Ministerin nannte das Unglück eine Tragödie und erklärte, das Land werde den Nachbarn helfen.", [],
     "indirect", "das Land werde den Nachbarn helfen", "Die Ministerin", "erklärte"),
    # ``…, so X`` with a tail after the speaker, and with the clause after it said too
    ("Die Oper sei viel zu laut, so der Kritiker in einem Beitrag für die Zeitung.", [],
     "reported", "Die Oper sei viel zu laut", "der Kritiker", "so"),
    ("Der Grund für den Rauswurf dürfte der Streit gewesen sein, so vermutet die Zeitung.", [],
     "reported", "Der Grund für den Rauswurf dürfte der Streit gewesen sein", "die Zeitung", "so vermutet"),
    # the one quoted speaks, not who quotes; a name with a phrase before the colon
    ("„Wir sind unwillkommene Zeugen“, zitierte man Anna Beispiel vom Sender.", [("Anna Beispiel", "PER")],
     "direct", "„Wir sind unwillkommene Zeugen“", "Anna Beispiel", "zitierte"),
    ("Anna Beispiel zur neuen Heimat: „Die meisten Sachen sind schon umgezogen.“", [("Anna Beispiel", "PER")],
     "direct", "„Die meisten Sachen sind schon umgezogen.“", "Anna Beispiel", ""),
    ("„Wir helfen weiter“, heißt es in einer gestern verbreiteten Erklärung.", [],
     "direct", "„Wir helfen weiter“", "einer gestern verbreiteten Erklärung", "heißt"),
    ("„Wir helfen weiter“, ließ ein Sprecher der Firma verlauten.", [],
     "direct", "„Wir helfen weiter“", "ein Sprecher der Firma", "ließ ein Sprecher der Firma verlauten"),
    # a colon clause without speech verb: a role noun speaks
    ("Der Minister will seine Arbeit bald einstellen: „Da kommt nichts Größeres mehr nach.“", [],
     "direct", "„Da kommt nichts Größeres mehr nach.“", "Der Minister", "will"),
    # marks inside marks of the same kind: the outer quotation is one row with its frame
    ("„Wir haben viele Anfragen für „kleine Firmen“ erhalten und freuen uns“, sagte Max Muster.",
     [("Max Muster", "PER")],
     "direct", "„Wir haben viele Anfragen für „kleine Firmen“ erhalten und freuen uns“", "Max Muster", "sagte"),
    # a verb after a comma with no subject of its own shares the sentence's first subject
    ("Max Muster wollte sich noch nicht festlegen, sagte aber, die Partei müsse nun handeln.",
     [("Max Muster", "PER")], "indirect", "die Partei müsse nun handeln", "Max Muster", "sagte"),
    # a verb of saying elsewhere in the sentence lends its speaker (a verb of judging does not, see below)
    ("Der Minister nannte die Pläne „unter diesen Umständen richtig“.", [],
     "direct", "„unter diesen Umständen richtig“", "Der Minister", "nannte"),
    # a named quoter speaks (``zitierte man X``: the one quoted, see above)
    ("„Wir bleiben in der Stadt“, zitiert die Zeitung den Sprecher Max Muster.", [("Max Muster", "PER")],
     "direct", "„Wir bleiben in der Stadt“", "die Zeitung", "zitiert"),
    # ``wird … zitiert``: the one quoted is the subject of the passive
    ("„Wir bleiben hier“, wird Max Muster in der Zeitung zitiert.", [("Max Muster", "PER")],
     "direct", "„Wir bleiben hier“", "Max Muster", "zitiert"),
    ("Max Muster wird in der Zeitung mit den Worten zitiert: „Wir bleiben hier und kämpfen weiter.“",
     [("Max Muster", "PER")], "direct", "„Wir bleiben hier und kämpfen weiter.“", "Max Muster", "zitiert"),
    # a quotation without frame right after a report keeps its speaker
    ("Max Muster sagte, die Lage sei ernst. „Wir handeln jetzt und sofort.“", [("Max Muster", "PER")],
     "direct", "„Wir handeln jetzt und sofort.“", "Max Muster", ""),
    # a speech verb without a row still opens the report its Konjunktiv sentences continue
    ("Die Ministerin Anna Beispiel äußerte sich kritisch zu den Plänen. Die Regierung habe zu wenig getan.",
     [("Anna Beispiel", "PER")], "free_indirect", "Die Regierung habe zu wenig getan.", "Die Ministerin Anna Beispiel",
     ""),
    # a speaker phrase with a participle phrase inside, or a name in marks
    ("„Wir spielen weiter“, schrieb die in New York geborene Sängerin Anna Beispiel.", [("Anna Beispiel", "PER")],
     "direct", "„Wir spielen weiter“", "die in New York geborene Sängerin Anna Beispiel", "schrieb"),
    ("„Das ist ein großer Tag für uns alle“, schrieb „Die Zeitung“ am Montag.", [],
     "direct", "„Das ist ein großer Tag für uns alle“", "„Die Zeitung“", "schrieb"),
    # an act's object runs over a word in marks that is no quotation row of its own
    ("Der Minister nannte die Pläne der Regierung einen „Wortbruch“.", [],
     "reported", "die Pläne der Regierung einen „Wortbruch“", "Der Minister", "nannte"),
    # a name in marks inside the subject neither ends its clause nor makes the verb open one
    ("Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Arbeit schwieriger werde.", [],
     "indirect", "dass die Arbeit schwieriger werde", "Die Organisation „Reporter ohne Grenzen“", "weist darauf hin"),
    ("Die Zeitung „Yemen Observer“ berichtet jedoch, dass zwei Runden gescheitert seien.",
     [("Yemen Observer", "ORG")],
     "indirect", "dass zwei Runden gescheitert seien", "Die Zeitung „Yemen Observer“", "berichtet"),
    # ``geht aus … hervor``: the text named after ``aus`` speaks, also when ``Dies`` points back
    ("Aus einer Mitteilung der Firma geht hervor, dass der Umsatz gestiegen sei.", [],
     "indirect", "dass der Umsatz gestiegen sei", "einer Mitteilung der Firma", "geht hervor"),
    ("Die Firma will im Herbst ein neues Werk eröffnen. Dies geht aus einer Mitteilung der Firma hervor.", [],
     "indirect", "Die Firma will im Herbst ein neues Werk eröffnen. Dies", "einer Mitteilung der Firma",
     "geht aus einer Mitteilung der Firma hervor"),
    # a person named between the verb and its particle when no phrase follows the verb
    ("Die Firma baut ein neues Werk. Dies gab heute – nach langen Beratungen – Vorstandschef Max Muster bekannt.",
     [("Max Muster", "PER")], "indirect", "Die Firma baut ein neues Werk. Dies", "Vorstandschef Max Muster",
     "gab heute – nach langen Beratungen – Vorstandschef Max Muster bekannt"),
    # a noun of holding an opinion: the subject holds it, the noun is the cue
    ("Der Verband ist der Ansicht, dass das Gesetz den Firmen schade.", [],
     "indirect", "dass das Gesetz den Firmen schade", "Der Verband", "Ansicht"),
    ("Max Muster vertritt die These, dass die Reform zu spät komme.", [("Max Muster", "PER")],
     "indirect", "dass die Reform zu spät komme", "Max Muster", "These"),
    # ``geht von … aus``: an assumption reported, the particle verb as its cue
    ("Die Polizei geht von einem Unfall aus.", [],
     "reported", "von einem Unfall", "Die Polizei", "geht von einem Unfall aus"),
]

#: (text, NER entities, what must not be read)
MUST_NOT = [
    ("Die Zeitung „Berliner Morgenblatt“ erscheint täglich.", [], "a title in marks is no quotation"),
    ("Das Projekt „Eco Cities“ läuft seit 2010.", [], "a name in marks is no quotation"),
    ("Die Firma teilte ihre Gewinne mit den Mitarbeitern.", [], "teilen without its particle says nothing"),
    ("Der Laut der Glocke war weithin zu hören.", [], "the noun Laut is no source"),
    ("Die Firma wächst, weil die Nachfrage steigt.", [], "a clause without a cue is no report"),
    ("Max Muster hofft auf gutes Wetter.", [("Max Muster", "PER")], "hoffen without a clause reports nothing"),
    ("Nach dem Spiel feierten die Fans bis in die Nacht.", [], "nach a noun of time is no source"),
    ("Danach wurde er Minister für Finanzen.", [], "Danach of time, in the indicative, is no source"),
    ("Nach Abschluss der Arbeiten wird die Straße wieder geöffnet.", [], "nach Abschluss names no source"),
    ("Die Firma kritisierte die Pläne der Regierung.", [], "judging without a statement is no report"),
    ("Der Rat begrüßte den Beschluss der Regierung.", [], "welcoming without a statement is no report"),
    ("Der Rat beschloss den Haushalt für das kommende Jahr.", [], "a decision without a clause reports nothing"),
    ("Die Firma bat um Hilfe bei der Suche.", [], "asking without a clause reports nothing"),
    ("Der Minister zeigte sich bereit, bei der Suche zu helfen.", [], "zeigte sich bereit, … zu is no statement"),
    ("Das Projekt heißt seit dem Jahr 2010 Sonnenweg.", [], "heißen names, says nothing"),
    ("Die Organisation „Ärzte ohne Grenzen“ hilft seit Jahren vor Ort.", [], "a name in marks after its noun"),
    ("Wenige Stunden später erklärte sich der „Oberste Rat zur Wiederherstellung der Demokratie“ für zuständig.", [],
     "a name in marks after an article, though a cue stands in the sentence"),
    ("Die Firma wächst, wie die Zahlen zeigen.", [], "wie … zeigen is a comparison of figures, no source"),
    ("Da der Flug am Morgen ausfiel, bat der Pilot um Hilfe.", [], "a clause of cause is not what was said"),
    ("Die Mitteilung, die am Montag kam, war kurz.", [], "a relative clause after a noun of saying"),
    ("Die Forderung, mehr Geld, blieb ohne Antwort.", [], "an apposition after a noun of saying"),
    ("Wenn der Mann verurteilt werden sollte, droht ihm eine lange Haft.", [], "a condition is not what was said"),
    ("Am Abend gingen in der ganzen Stadt die Lichter aus.", [], "gehen … aus without a speaker reports nothing"),
    ("Die Lichter gingen am Abend in der ganzen Stadt aus.", [], "things that go out are no speaker"),
]


#: (text, NER entities, content) of quotations whose speaker must stay empty, and why
NO_SPEAKER = [
    ("Auf dem Plakat standen die Worte: „Wir unterstützen die Menschenrechte in aller Welt.“", [],
     "„Wir unterstützen die Menschenrechte in aller Welt.“", "words on a poster: the subject names nobody"),
    ("Auch das Motiv fand sich dort: „Wir glauben an das Ende der Welt.“", [],
     "„Wir glauben an das Ende der Welt.“", "a thing as subject of a colon clause is no speaker"),
    ("Die Pflichten der Union seien klar festgelegt: „Daraus ergibt sich eine klare Pflicht.“", [],
     "„Daraus ergibt sich eine klare Pflicht.“", "a Konjunktiv clause about duties names no speaker"),
    ("Max Muster und die Firma: „Das ist ein großer Erfolg für die Region.“", [("Max Muster", "PER")],
     "„Das ist ein großer Erfolg für die Region.“", "a coordination before a colon is no name with apposition"),
    ("Der Minister hält die Pläne „unter diesen Umständen“ für richtig.", [], "„unter diesen Umständen“",
     "a verb of judging lends no speaker to words in marks elsewhere in its sentence"),
    ("Berichten zufolge sei die Lage ernst. „Wir handeln jetzt und sofort.“", [],
     "„Wir handeln jetzt und sofort.“", "a source phrase lends no speaker to the quotation after it"),
    ("Die Firma sagte, die Lage sei ernst. „Wir handeln jetzt und sofort.“", [("Firma", "ORG")],
     "„Wir handeln jetzt und sofort.“", "only a report whose speaker ends in a person's name lends it"),
]

#: (text, words in marks that are a name, no quotation)
NAMES_IN_MARKS = [
    ("Der neue „Rat zur Rettung der Stadt“ kündigte am Montag Wahlen an.", "„Rat zur Rettung der Stadt“"),
    ("Die Schule gehört zum Netz „Schule ohne Rassismus“, sagte die Direktorin.", "„Schule ohne Rassismus“"),
    ("Die Gruppe nennt sich „Allianz für Europa“ und will Wahlen gewinnen.", "„Allianz für Europa“"),
]
#: words in marks of the same shape with no noun, article or preposition before them: a slogan said
SLOGANS = [
    ("Die Demonstranten skandierten „Nieder mit der Regierung“ und zogen weiter.", "„Nieder mit der Regierung“"),
]

#: (text, NER entities, content, wrong speaker) of clauses with their verb last that must not
#: lend their pronoun or subject to the verb after them
NOT_THIS_SPEAKER = [
    ("Max Muster, der im Rat für die Finanzen zuständig ist, sagte, der Haushalt sei ausgeglichen.",
     [("Max Muster", "PER")], "der Haushalt sei ausgeglichen", "der"),
    ("Da Brauereien auf sauberes Wasser angewiesen sind, warnte der Verband, die Pläne seien gefährlich.", [],
     "die Pläne seien gefährlich", "Brauereien"),
    ("Während der Sitzung sagte Max Muster, der Haushalt sei ausgeglichen.", [("Max Muster", "PER")],
     "der Haushalt sei ausgeglichen", "der Sitzung"),
]


def _doc(nlp, text, ents):
    doc = run_with_ner(nlp, text, ents)
    return assemble(doc, SourceDoc("t", text), "test")


@pytest.mark.parametrize("text, ents, kind, content, speaker, cue", POSITIVE)
def test_construction_gives_its_row(nlp, text, ents, kind, content, speaker, cue):
    rows = _doc(nlp, text, ents).quotes
    found = [q for q in rows if q.text == content]
    assert found, [(q.type, q.text) for q in rows]
    q = found[0]
    assert (q.type, q.speaker, q.cue) == (kind, speaker, cue)
    assert text[q.start:q.end] == q.text
    assert (q.speaker_start, q.speaker_end) == (None, None) if not q.speaker else \
        text[q.speaker_start:q.speaker_end] == q.speaker
    assert (q.cue_start, q.cue_end) == (None, None) if not q.cue else text[q.cue_start:q.cue_end] == q.cue


@pytest.mark.parametrize("text, ents, why", MUST_NOT)
def test_must_not_give_a_row(nlp, text, ents, why):
    assert _doc(nlp, text, ents).quotes == [], why


@pytest.mark.parametrize("text, ents, content, why", NO_SPEAKER)
def test_must_not_read_a_speaker(nlp, text, ents, content, why):
    rows = [q for q in _doc(nlp, text, ents).quotes if q.text == content]
    assert [(q.type, q.speaker, q.speaker_start) for q in rows] == [("direct", "", None)], why


def test_an_opinion_no_one_holds_has_no_speaker(nlp):
    text = "Die Hoffnung, dass die Firma bald wachse, bleibt bei vielen Beobachtern gering."
    rows = [q for q in _doc(nlp, text, []).quotes if q.cue == "Hoffnung"]
    assert [(q.text[:26], q.speaker, q.speaker_start) for q in rows] == [("dass die Firma bald wachse", "", None)]


def test_an_act_stops_before_a_quotation_row_of_its_own(nlp):
    text = "Max Muster bezeichnete die Pläne als „einen offenen Bruch aller Versprechen“."
    rows = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    assert ("direct", "„einen offenen Bruch aller Versprechen“") in [(q.type, q.text) for q in rows]
    assert all("„" not in q.text for q in rows if q.type != "direct")


@pytest.mark.parametrize("text, name", NAMES_IN_MARKS)
def test_a_name_in_marks_with_lower_case_links_is_no_quotation(nlp, text, name):
    assert name not in [q.text for q in _doc(nlp, text, []).quotes if q.type == "direct"]


@pytest.mark.parametrize("text, slogan", SLOGANS)
def test_a_slogan_in_marks_without_a_noun_before_it_is_a_quotation(nlp, text, slogan):
    assert slogan in [q.text for q in _doc(nlp, text, []).quotes if q.type == "direct"]


@pytest.mark.parametrize("text, ents, content, wrong", NOT_THIS_SPEAKER)
def test_must_not_take_the_speaker_of_a_clause_before(nlp, text, ents, content, wrong):
    [q] = [q for q in _doc(nlp, text, ents).quotes if q.text == content]
    assert q.speaker and q.speaker != wrong and text[q.speaker_start:q.speaker_end] == q.speaker


def test_a_subject_with_its_relative_clause_is_not_what_was_said(nlp):
    text = "Max Muster, der für die Finanzen zuständig ist, wies den Vorwurf am Montag zurück."
    rows = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    assert [(q.type, q.text, q.speaker) for q in rows] == [("reported", "den Vorwurf am Montag", "Max Muster")]


@pytest.mark.parametrize("text, speakers", [
    ("Im Bericht der Kommission wurde festgestellt, dass die Mittel fehlen.", ["Bericht der Kommission"]),
    # a phrase inside the subject is no source (and an act without speaker is no row)
    ("Auf der Konferenz wurde die Rolle der Forschung in der Klimapolitik hervorgehoben.", []),
])
def test_an_agentless_passive_speaks_through_a_text_before_its_auxiliary(nlp, text, speakers):
    assert [q.speaker for q in _doc(nlp, text, []).quotes] == speakers


def test_a_relative_pronoun_links_to_the_name_before_it(nlp):
    text = "Anwesend war auch Max Muster, der der Regierung vorwarf, die Aktivisten frei zu lassen."
    [q] = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    assert (q.speaker, q.speaker_entity) == ("der", "PER1")


@pytest.mark.parametrize("text, ents, speaker", [
    ("Anna Beispiel, Präsidentin des Rates: „Die Entscheidung ist richtig und wichtig.“", [("Anna Beispiel", "PER")],
     "Anna Beispiel, Präsidentin des Rates"),
    ("Es gratulierte die Kanzlerin („Niemand hat ihn mehr verdient.“), und der Ministerpräsident Max Muster: "
     "„Der Preis kommt nicht zu früh.“", [("Max Muster", "PER")], "der Ministerpräsident Max Muster"),
])
def test_a_name_and_its_apposition_before_a_colon_speak(nlp, text, ents, speaker):
    [q] = [q for q in _doc(nlp, text, ents).quotes if q.type == "direct" and q.start > text.index(":")]
    assert (q.speaker, q.speaker_entity, q.cue) == (speaker, "PER1", "")
    assert text[q.speaker_start:q.speaker_end] == speaker


def test_danach_in_konjunktiv_reports_what_the_source_before_said(nlp):
    text = "Die Polizei legte einen Bericht vor. Danach sei der Mann über die Grenze geflohen."
    rows = [q for q in _doc(nlp, text, []).quotes if q.cue == "Danach"]
    assert [(q.type, q.text) for q in rows] == [("reported", "sei der Mann über die Grenze geflohen")]


def test_an_interrupted_quotation_is_one_row_with_two_spans(nlp):
    text = "„Wir sind zufrieden“, sagte Anna Beispiel, „und wir machen weiter.“"
    [q] = _doc(nlp, text, [("Anna Beispiel", "PER")]).quotes
    first, second = "„Wir sind zufrieden“", "„und wir machen weiter.“"
    a, b = text.index(first), text.index(second)
    assert q.spans == f"{a}-{a + len(first)};{b}-{b + len(second)}"
    assert (q.start, q.end) == (a, b + len(second)) and q.text == text[q.start:q.end]
    assert (q.speaker, q.speaker_entity, q.cue) == ("Anna Beispiel", "PER1", "sagte")


def test_free_indirect_sentences_keep_the_report_speaker(nlp):
    text = ("Max Muster sagte, die Firma wachse. Sie werde im kommenden Jahr 100 Stellen schaffen. "
            "Das Wetter ist schön.")
    rows = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    assert [(q.type, q.text, q.speaker, q.speaker_entity) for q in rows] == [
        ("indirect", "die Firma wachse", "Max Muster", "PER1"),
        ("free_indirect", "Sie werde im kommenden Jahr 100 Stellen schaffen.", "Max Muster", "PER1"),
    ]


def test_reportive_sollen_continues_a_report(nlp):
    text = "Laut Polizei wurde der Mann festgenommen. Er soll das Geld gestohlen haben. Er soll nach Hause gehen."
    rows = _doc(nlp, text, []).quotes
    assert [(q.type, q.text, q.speaker) for q in rows] == [
        ("reported", "wurde der Mann festgenommen", "Polizei"),
        ("free_indirect", "Er soll das Geld gestohlen haben.", "Polizei"),   # not the plan ``soll … gehen``
    ]


def test_a_name_links_to_its_entity_and_an_organisation_to_its_own(nlp):
    text = "„Wir wachsen“, sagte Max Muster. Laut Beispiel AG steigt der Umsatz."
    rows = _doc(nlp, text, [("Max Muster", "PER"), ("Beispiel AG", "ORG")]).quotes
    assert [(q.speaker, q.speaker_entity, q.speaker_id) for q in rows] == [
        ("Max Muster", "PER1", ""), ("Beispiel AG", "ORG1", "")]


@pytest.mark.parametrize("before, entity", [
    ("Herr Max Muster eröffnete die Messe.", "PER1"),                                   # one man: er is he
    ("Herr Max Muster und Frau Anna Beispiel eröffneten die Messe.", "PER1"),           # she does not fit er
    ("Herr Max Muster und Herr Otto Beispiel eröffneten die Messe.", ""),                # two men: open
])
def test_a_pronoun_links_only_when_one_person_fits(nlp, before, entity):
    text = before + " „Wir wachsen weiter“, sagte er."
    ents = [(n, "PER") for n in ("Max Muster", "Anna Beispiel", "Otto Beispiel") if n in before]
    [q] = _doc(nlp, text, ents).quotes
    assert (q.speaker, q.speaker_entity) == ("er", entity)


@pytest.mark.parametrize("before, entity", [
    ("Anna Beispiel und Michael Muster eröffneten die Messe.", "PER1"),     # the first-name table: Anna is f
    ("Andrea Beispiel und Julia Muster eröffneten die Messe.", ""),         # two women: open
])
def test_a_pronoun_takes_the_gender_of_a_first_name(nlp, before, entity):
    text = before + " „Wir wachsen weiter“, sagte sie."
    ents = [(n, "PER") for n in ("Anna Beispiel", "Michael Muster", "Andrea Beispiel", "Julia Muster") if n in before]
    [q] = _doc(nlp, text, ents).quotes
    assert (q.speaker, q.speaker_entity) == ("sie", entity)


@pytest.mark.parametrize("words, row", [
    ("ein „schwerer Unfall“", True),     # words in marks inside a report: a direct row of their own
    ("ein „Unfall“", False),             # a single word in marks is a term (or a name)
])
def test_words_in_marks_inside_a_report_are_a_direct_row(nlp, words, row):
    text = f"Laut Polizei war es {words} mit vielen Verletzten."
    rows = _doc(nlp, text, []).quotes
    inner = words[words.index("„"):]
    expected = [("reported", f"war es {words} mit vielen Verletzten", "Polizei")]
    assert [(q.type, q.text, q.speaker) for q in rows] == expected + ([("direct", inner, "")] if row else [])


def test_so_between_two_clauses_reports_both(nlp):
    text = "Dennoch, so Max Muster, habe die Firma ihre Pflichten verletzt."
    [q] = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    part = "habe die Firma ihre Pflichten verletzt"
    a = text.index(part)
    assert (q.type, q.speaker, q.cue, q.text) == ("reported", "Max Muster", "so", part)
    assert (q.start, q.end) == (a, a + len(part))


def test_konjunktiv_ii_away_from_a_report_is_no_free_indirect_row(nlp):
    text = ("Max Muster sagte, die Firma wachse. Das Wetter ist schön. Die Maßnahme könnte sich als nötig erweisen. "
            "Die Firma werde 100 Stellen schaffen.")
    rows = _doc(nlp, text, [("Max Muster", "PER")]).quotes
    assert [(q.type, q.text, q.speaker) for q in rows] == [
        ("indirect", "die Firma wachse", "Max Muster"),
        ("free_indirect", "Die Firma werde 100 Stellen schaffen.", ""),    # Konjunktiv I: reported, speaker unsure
    ]


def test_a_role_phrase_links_to_the_person_the_roles_row_names(nlp):
    text = "Anna Beispiel, Sprecherin der Polizei, war vor Ort. „Es gab keine Verletzten“, sagte die Sprecherin."
    doc = _doc(nlp, text, [("Anna Beispiel", "PER")])
    assert [(r.person, r.role) for r in doc.roles] == [("Anna Beispiel", "Sprecherin")]
    [q] = doc.quotes
    assert (q.speaker, q.speaker_entity) == ("die Sprecherin", "PER1")


def test_a_quotation_without_speaker_is_still_a_row(nlp):
    text = "Die Messe war gut besucht. „Das ist ein großer Erfolg für die ganze Region.“"
    [q] = _doc(nlp, text, []).quotes
    assert (q.type, q.speaker, q.speaker_start, q.speaker_entity, q.cue) == ("direct", "", None, "", "")


def test_quotes_csv_has_the_contract_header():
    assert csv_header("quotes") == ("doc_id,sent,start,end,text,type,speaker,speaker_start,speaker_end,"
                                    "speaker_entity,speaker_id,cue,cue_start,cue_end,spans\n")


def test_quotes_reach_dataset_jsonl_and_the_span_group(nlp):
    text = "„Wir wachsen weiter“, sagte Max Muster."
    doc = run_with_ner(nlp, text, [("Max Muster", "PER")])
    assert [(s.text, s.label_) for s in doc.spans["press_quotes"]] == [("„Wir wachsen weiter“", "direct")]
    rec = assemble(doc, SourceDoc("t", text), "test").to_json()
    assert [q["speaker"] for q in rec["quotes"]] == ["Max Muster"]
