"""``press_figures`` on a blank German pipeline (after ``press_dates``)."""
import random

import pytest

from peer_harness import build_figures_dates
from pipeline.text.normalise import normalise

from .conftest import shared_path


@pytest.fixture(scope="module")
def nlp():
    return build_figures_dates()


def figs(nlp, text):
    doc = nlp(text)
    for f in doc._.figures:
        assert doc.text[f.start:f.end] == f.text
        assert not any(f.start < d.end and d.start < f.end for d in doc._.dates)
    return [(f.text, f.kind, f.value, f.value_max, f.qualifier, f.unit, f.quantity_of) for f in doc._.figures]


@pytest.mark.parametrize("text,row", [
    ("Es gibt über 100 Pilotprojekte.", ("über 100 Pilotprojekte", "count", 100, None, "gt", "", "Pilotprojekte")),
    ("Das kostet 541 Mio. Euro.", ("541 Mio. Euro", "money", 541e6, None, "eq", "EUR", "")),
    ("Ziel sind 1,5 °C weltweit.", ("1,5 °C", "temperature", 1.5, None, "eq", "°C", "")),
    ("mit mehr als 90 technischen Indikatoren", ("mehr als 90 technischen Indikatoren", "count", 90, None, "gt",
                                                 "", "Indikatoren")),
    ("in neun Dimensionen", ("neun Dimensionen", "count", 9, None, "eq", "", "Dimensionen")),
    ("rund 2.500 Mitarbeiter", ("rund 2.500 Mitarbeiter", "count", 2500, None, "approx", "", "Mitarbeiter")),
    ("stieg um 12 Prozent", ("um 12 Prozent", "percent", 12, None, "eq", "%", "")),
    ("seit 15 Jahren", ("15 Jahren", "duration", 15, None, "eq", "year", "")),
    ("zwischen 3 und 5 Kilometern", ("zwischen 3 und 5 Kilometern", "measure", 3, 5, "range", "km", "")),
    ("10 bis 15 % mehr", ("10 bis 15 %", "percent", 10, 15, "range", "%", "")),
    ("100 bis 300 Milliarden Sterne", ("100 bis 300 Milliarden Sterne", "count", 1e11, 3e11, "range", "",
                                       "Sterne")),
    ("für 12 bis 18-Jährigen", ("12 bis 18-Jährigen", "age", 12, 18, "range", "year", "")),
    ("um 15 Prozentpunkte", ("um 15 Prozentpunkte", "percentage_point", 15, None, "eq", "pp", "")),
    ("mindestens 12\u00a0000\u00a0qm", ("mindestens 12\u00a0000\u00a0qm", "measure", 12000, None, "ge", "m²", "")),
    ("1 414 021 100 Menschen", ("1 414 021 100 Menschen", "count", 1414021100, None, "eq", "", "Menschen")),
    ("drei Milliarden US-Dollar", ("drei Milliarden US-Dollar", "money", 3e9, None, "eq", "USD", "")),
    ("eine 81-Jährige", ("81-Jährige", "age", 81, None, "eq", "year", "")),
    ("der 28jähriger Fahrer", ("28jähriger", "age", 28, None, "eq", "year", "")),
    ("65 Arbeitstage", ("65 Arbeitstage", "duration", 65, None, "eq", "day", "")),
    ("in drei Monaten", ("drei Monaten", "duration", 3, None, "eq", "month", "")),
    ("den 10-jährigen Plan", ("10-jährigen", "duration", 10, None, "eq", "year", "")),
    ("3 Euro je Liter", ("3 Euro je Liter", "rate", 3, None, "eq", "EUR", "")),
    ("69 Euro pro Nacht", ("69 Euro pro Nacht", "rate", 69, None, "eq", "EUR", "")),
    ("jährlich rund 211 Millionen Euro", ("jährlich rund 211 Millionen Euro", "rate", 211e6, None, "approx",
                                          "EUR", "")),
    ("mit 80 km/h unterwegs", ("80 km/h", "rate", 80, None, "eq", "km", "")),
    ("rund 850 Polizistinnen und Polizisten", ("rund 850 Polizistinnen und Polizisten", "count", 850, None,
                                               "approx", "", "Polizistinnen und Polizisten")),
    ("bis zu 20 konkreten Verpflichtungen", ("bis zu 20 konkreten Verpflichtungen", "count", 20, None, "le", "",
                                             "Verpflichtungen")),
    ("knapp 44 Prozent", ("knapp 44 Prozent", "percent", 44, None, "approx", "%", "")),
    ("weniger als 5 t CO2", ("weniger als 5 t CO2", "measure", 5, None, "lt", "t CO2", "")),
    ("über weitere 200.000 km", ("über weitere 200.000 km", "measure", 200000, None, "gt", "km", "")),
    ("ein einziges Buchgrundstück", ("ein einziges Buchgrundstück", "count", 1, None, "eq", "", "Buchgrundstück")),
    ("ein Jahrzehnt später", ("ein Jahrzehnt", "duration", 10, None, "eq", "year", "")),
    ("50 Millionen Yuan", ("50 Millionen Yuan", "money", 5e7, None, "eq", "CNY", "")),
    ("12.999 €", ("12.999 €", "money", 12999, None, "eq", "EUR", "")),
    ("An Hyong-chan (56) sagte", ("56", "age", 56, None, "eq", "year", "")),
    ("sieben Tage die Woche", ("sieben Tage die Woche", "rate", 7, None, "eq", "day", "")),
])
def test_figure(nlp, text, row):
    got = figs(nlp, text)
    assert len(got) == 1, got
    assert got[0][:2] == row[:2] and got[0][2] == pytest.approx(row[2]) and got[0][4:] == row[4:]
    assert (got[0][3] is None) == (row[3] is None) and (row[3] is None or got[0][3] == pytest.approx(row[3]))


@pytest.mark.parametrize("text", [
    "1 + 1 > 2", "das Label 3+7+4", "die Agenda 2030", "COP30 in Belém", "Plattform 2.0 startet",
    "Nr. 6/23 vom Amt", "nach § 18 Abs. 2", "Az. 1 BvR 12/23", "am 7. Juli", "bis 2030", "um 15 Uhr",
    "von 14 bis 16 Uhr", "um 15.45 Uhr", "das 2. Forum", "die zweiten Konferenz", "Dutzende Menschen",
    "Hunderte Teilnehmer", "Tausende kamen", "die Hälfte der Stimmen", "ein Drittel der Fläche",
    "mehrere Hundert Euro", "ein neues Konzept", "eine Frau", "der Dreijahresplan", "10115 Berlin",
    "Telefon 0621/71849-0", "0621 174-1107", "Polizeiabschnitts 31", "P3 group", "einige Bundesländer",
    "beide Seiten", "Bebauungsplan Nr. 657", "VIa ZR 100/21", "106 C 7/20", "China-EU 1.5°C Label",
    "Industrie 4.0 Projekte", "die L 1066 zwischen Murrhardt", "23.40 MAGAZINKurzschluss",
    "die eine oder andere", "zwei Drittel der Befragten",
])
def test_not_figures(nlp, text):
    assert figs(nlp, text) == []


def test_preposition_is_no_qualifier(nlp):
    assert figs(nlp, "Die Koalition verfügt über 304 Stimmen")[0][4] == "eq"
    assert figs(nlp, "Es kamen über 304 Gäste")[0][4] == "gt"


def test_two_bounds_with_own_qualifiers(nlp):
    got = figs(nlp, "mindestens 12 000 qm und maximal 20 000 qm")
    assert [(g[2], g[4], g[5]) for g in got] == [(12000, "ge", "m²"), (20000, "le", "m²")]


@pytest.mark.parametrize("text,rows", [
    ("von 22,6 auf 22,3 Prozent", [("22,6", 22.6, "%"), ("22,3 Prozent", 22.3, "%")]),
    ("zwei Männer, 24 und 54 Jahre alt", [("zwei Männer", 2, ""), ("24", 24, "year"), ("54 Jahre", 54, "year")]),
    ("plus 18.329 auf 35.108 Personen", [("18.329", 18329, ""), ("35.108 Personen", 35108, "")]),
    ("eine Stunde und 32 Minuten", [("eine Stunde", 1, "hour"), ("32 Minuten", 32, "minute")]),
    ("zwei Euro fünfzig", [("zwei Euro fünfzig", 2.5, "EUR")]),
    ("bei minus 25 Grad", [("minus 25 Grad", -25, "°C")]),
    ("von 3 km bis 5 km", [("von 3 km bis 5 km", 3, "km")]),
])
def test_coordinated_and_composite(nlp, text, rows):
    got = figs(nlp, text)
    assert [(g[0], g[5]) for g in got] == [(r[0], r[2]) for r in rows]
    assert [g[2] for g in got] == pytest.approx([r[1] for r in rows])


def test_date_overlap_skipped(nlp):
    doc = nlp("Am 23. Oktober 2025 kamen 300 Gäste.")
    assert [f.text for f in doc._.figures] == ["300 Gäste"]


def test_offsets_on_corpus_sample(nlp):
    """Offsets are sacred: every row's text is its span (a sample; the full corpus is checked by hand)."""
    corpus = shared_path("corpus")
    # business_press/ is the evaluation set: never read by development tests
    files = sorted(p for p in corpus.rglob("*.txt") if "business_press" not in p.parent.name
                   or p.parent.name == "business_press_dev")
    for path in random.Random(4).sample(files, min(120, len(files))):
        text = normalise(path.read_text(encoding="utf-8", errors="replace"))
        doc = nlp(text)
        for row in (doc._.figures or []) + (doc._.dates or []):
            assert text[row.start:row.end] == row.text, (path, row)
            # a line break only inside a date wrapped over two lines (contract v2: ``15.`` / ``Juli 2021``)
            assert row.text == row.text.strip() and (row.text.count("\n") == 0 or (
                row in doc._.dates and row.text.count("\n") == 1 and "\n\n" not in row.text)), (path, row)
        blocked = [(d.start, d.end) for d in doc._.dates]
        for f in doc._.figures:
            assert not any(f.start < e and s < f.end for s, e in blocked), (path, f)


# -- issue 12: times of day and changed quantities
@pytest.mark.parametrize("text,rows", [
    ("Das Konzert beginnt um 18h.", []),
    ("Geöffnet ab 9 h täglich.", []),
    ("Gegen 20h kam die Polizei.", []),
    ("Die Fahrt dauert 18h.", [("18h", "duration", 18, "hour")]),           # no clock cue: a duration
    ("Die Sitzung dauerte um die 3 Stunden.", [("um die 3 Stunden", "duration", 3, "hour")]),
    ("Die Miete wurde von 1900 auf 1750 Euro gesenkt.", [("1900", "money", 1900, "EUR"),
                                                          ("1750 Euro", "money", 1750, "EUR")]),
])
def test_clock_times_and_changes(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


# -- contract v2: ages, rates, compound durations, the article as a number (issue 12)
@pytest.mark.parametrize("text,rows", [
    ("Eine 81-Jährige wurde leicht verletzt.", [("81-Jährige", "age", 81, "year")]),
    ("Ein 20 Jahre alter Fahrer verlor die Kontrolle.", [("20 Jahre", "age", 20, "year")]),
    ("Ein 28-jähriger Autofahrer wurde kontrolliert.", [("28-jähriger", "age", 28, "year")]),
    ("Das Baby ist 10 Monate alt.", [("10 Monate", "age", 10, "month")]),
    ("Zwei Männer, 24 und 54 Jahre alt, wurden festgenommen.",
     [("Zwei Männer", "count", 2, ""), ("24", "age", 24, "year"), ("54 Jahre", "age", 54, "year")]),
    # must not match: durations stay durations
    ("Der 10-jährigen Plan läuft aus.", [("10-jährigen", "duration", 10, "year")]),
    ("Er war 20 Jahre lang im Amt.", [("20 Jahre", "duration", 20, "year")]),
    ("Der Arbeitstag hatte 12 Stunden und 40 Minuten.", [("12 Stunden", "duration", 12, "hour"),
                                                         ("40 Minuten", "duration", 40, "minute")]),
    ("Nach drei Jahren und sechs Monaten kam das Urteil.", [("drei Jahren", "duration", 3, "year"),
                                                            ("sechs Monaten", "duration", 6, "month")]),
])
def test_ages_and_compound_durations(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("Das Auto fuhr mit 5km/h durch die Zone.", [("5km/h", "rate", 5, "km")]),
    ("Die Beihilfe beträgt 450 Euro im Monat.", [("450 Euro im Monat", "rate", 450, "EUR")]),
    ("Es gibt bis zu 1.200 Euro im Jahr.", [("bis zu 1.200 Euro im Jahr", "rate", 1200, "EUR")]),
    ("Es gab nur eine Schicht am Tag.", [("eine Schicht am Tag", "rate", 1, "")]),
    ("Er arbeitet 20 Stunden in der Woche.", [("20 Stunden in der Woche", "rate", 20, "hour")]),
    ("Der Preis stieg um 3 Prozent im Jahr.", [("um 3 Prozent im Jahr", "rate", 3, "%")]),
    # must not match: a time point, not a period
    ("Es kamen 300 Menschen am Tag der Eröffnung.", [("300 Menschen", "count", 300, "")]),
    ("Er zahlte 450 Euro im Jahr 2020.", [("450 Euro", "money", 450, "EUR")]),
])
def test_rates_per_period(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("Genau ein Mitarbeiter wurde verletzt.", [("ein Mitarbeiter", "count", 1, "")]),
    ("Ein weiterer Mitarbeiter wurde eingestellt.", [("Ein weiterer Mitarbeiter", "count", 1, "")]),
    ("Das dauerte mehr als ein Jahr.", [("mehr als ein Jahr", "duration", 1, "year")]),
    # must not match: the bare article
    ("Ein Mitarbeiter wurde verletzt.", []),
    ("Mit einem Fahrzeug fuhr er davon.", []),
    ("Das ist nicht nur eine wichtige Maßnahme.", []),      # ``nicht nur``: a focus particle
    ("Sie fordern immer nur ein Riesenpaket.", []),
])
def test_the_article_as_a_number(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


# -- contract v2 money: currency first, price notation, Swiss apostrophe, implied currency; one unit for a chain
@pytest.mark.parametrize("text,rows", [
    ("Die Gebühr beträgt EUR 3.000 im Jahr.", [("EUR 3.000 im Jahr", "rate", 3000, "EUR")]),
    ("Das Projekt kostet € 1,2 Mio. insgesamt.", [("€ 1,2 Mio.", "money", 1.2e6, "EUR")]),
    ("Der Preis liegt bei 3.000,- Euro netto.", [("3.000,- Euro", "money", 3000, "EUR")]),
    ("Der Preis liegt bei 8.000.- Euro netto.", [("8.000.- Euro", "money", 8000, "EUR")]),
    ("Die Miete beträgt 25'000 CHF jährlich.", [("25'000 CHF", "money", 25000, "CHF")]),
    ("Die Spende von CHF 12'500 kam an.", [("CHF 12'500", "money", 12500, "CHF")]),
    ("Der Umsatz lag bei 5 Mio. Euro. Der Gewinn lag bei rund 250 Millionen.",
     [("5 Mio. Euro", "money", 5e6, "EUR"), ("rund 250 Millionen", "money", 2.5e8, "EUR")]),
    ("Es kostet 5 Euro. Dazu kommen 250 Millionen Schulden.",
     [("5 Euro", "money", 5, "EUR"), ("250 Millionen Schulden", "money", 2.5e8, "EUR")]),
    # must not match: no written currency, or two currencies
    ("Die Stadt hat 3,5 Millionen.", []),
    ("Es kostet 5 Euro oder 3 Dollar. Dazu rund 250 Millionen.", [("5 Euro", "money", 5, "EUR"),
                                                                    ("3 Dollar", "money", 3, "USD")]),
    ("Es gibt 250 Millionen Schulden.", [("250 Millionen Schulden", "count", 2.5e8, "")]),
    ("Die Quote sank von 7,2 auf 6,8 oder 6,5 Prozent.", [("7,2", "percent", 7.2, "%"), ("6,8", "percent", 6.8, "%"),
                                                           ("6,5 Prozent", "percent", 6.5, "%")]),
])
def test_money_notations_and_implied_currency(nlp, text, rows):
    assert [(g[0], g[1], pytest.approx(g[2]), g[5]) for g in figs(nlp, text)] == rows


# -- contract v2: unit adjectives, genitive number words, Mal, time compounds, Grad in context
@pytest.mark.parametrize("text,rows", [
    ("Es gab eine 0,8-prozentige Erhöhung.", [("0,8-prozentige", "percent", 0.8, "%")]),
    ("Sie hält einen 50-prozentigen Anteil.", [("50-prozentigen", "percent", 50, "%")]),
    ("Das Bier hat 5 Volumenprozent Alkohol.", [("5 Volumenprozent", "percent", 5, "%")]),
    ("Die Fusion dreier Unternehmen ist perfekt.", [("dreier Unternehmen", "count", 3, "")]),
    ("Das Video wurde mehr als 400 Mal geteilt.", [("mehr als 400 Mal", "count", 400, "")]),
    ("Er wurde fünf Mal verurteilt.", [("fünf Mal", "count", 5, "")]),
    ("Die Stelle hat 38 Wochenstunden.", [("38 Wochenstunden", "duration", 38, "hour")]),
    ("Es wurden 1.200 Arbeitsstunden geleistet.", [("1.200 Arbeitsstunden", "duration", 1200, "hour")]),
    ("Es gab drei Fragestunden im Landtag.", [("drei Fragestunden", "count", 3, "")]),
    ("Er hatte 40 Grad Fieber.", [("40 Grad", "temperature", 40, "°C")]),
    ("Die Temperatur stieg auf 35 Grad.", [("35 Grad", "temperature", 35, "°C")]),
    # must not match
    ("Das Bauteil wird um 90 Grad gedreht.", []),
    ("Die Rampe ist um 45 Grad geneigt.", []),
    ("Das ist zum ersten Mal passiert.", []),
    ("Er rechnete 3 mal 4.", []),
    ("Sie warf einen Dreier.", []),
])
def test_v2_unit_adjectives_and_nouns(nlp, text, rows):
    assert [(g[0], g[1], pytest.approx(g[2]), g[5]) for g in figs(nlp, text)] == rows


# -- contract v2 "Not figures": citations, file numbers, postcodes, phones, addresses, vague, idioms
@pytest.mark.parametrize("text", [
    "Gemäß Abs. 6 Satz 3 der Verordnung ist das verboten.",
    "Nach Absatz 2 Satz 4 BGB gilt das.",
    "In den Artikeln 2 und 3 der Satzung steht es.",
    "Nach §§ 3, 4 und 7 Mitarbeiter zu melden.",
    "Das Gericht entschied unter 7 K 2231/19 gegen die Stadt.",
    "Kontakt:\nStadt Graz\nHauptplatz 1\n8010 Graz\nTel. 0316 872-0",
    "Landesklinikum\n3100 St. Pölten\nTelefon 02742 9004",
    "Musterstraße 5, 6020 Innsbruck",
    "Er rief unter 0711 8990 an.",
    "Er wohnt in 221 Baker Street.",
    "Wenige Hundert Meter entfernt liegt der See.",
    "Sie blieb in den eigenen vier Wänden.",
    "Es kamen siebzigzwölf Menschen.",
    "Ein Mitarbeiter wurde verletzt.",
])
def test_v2_not_figures(nlp, text):
    assert figs(nlp, text) == []


@pytest.mark.parametrize("text,rows", [
    # must still match: a count at a line start, counts after a citation-free und
    ("Bilanz:\n3100 Mitarbeiter arbeiten dort.", [("3100 Mitarbeiter", 3100)]),
    ("Bilanz:\n3100 Mitarbeiter", [("3100 Mitarbeiter", 3100)]),
    ("Es kamen 2 und 3 Besucher.", [("3 Besucher", 3)]),
    ("Es kamen vier Gäste.", [("vier Gäste", 4)]),
])
def test_v2_not_figures_must_still_match(nlp, text, rows):
    assert [(g[0], g[2]) for g in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    # focus ``nur`` is no count unless a per-period tail follows; ``ein paar`` is vague
    ("Es ist nur eine Blechtafel mit Buchstaben.", []),
    ("Der Test ist nur ein erster Schritt.", []),
    ("Der brauchte nur ein paar Leute.", []),
    ("Es gab nicht mehr als ein paar zweite Plätze.", []),
    ("Es gab nur eine Schicht am Tag.", [("eine Schicht am Tag", "rate", 1, "")]),
    # a bare amount before ``an …`` has its counted noun later: no money
    ("Es kostet 5 Euro. Angesichts 795 Millionen an Hunger leidenden Menschen.", [("5 Euro", "money", 5, "EUR")]),
    # an age in parentheses needs a person when the model tagged entities (see test_persons for the model)
    ("An Hyong-chan (56) sagte", [("56", "age", 56, "year")]),
])
def test_one_and_bare_amount_edges(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("Die 5000-Einwohner-Stadt liegt am See.", [("5000-Einwohner", "count", 5000, "Einwohner")]),
    ("Es ist eine rund 12.000-Einwohner-Gemeinde.", [("rund 12.000-Einwohner", "count", 12000, "Einwohner")]),
    ("Die 50-Mann-Truppe rückte aus.", [("50-Mann", "count", 50, "Mann")]),
    # must not match: the number stays inside other compounds
    ("Sie mietet eine 3-Zimmer-Wohnung.", []),
    ("Der 5-Punkte-Plan liegt vor.", []),
])
def test_counts_inside_compounds(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[6]) for g in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("ABBYY stellt FlexiCapture 12 Release 2 vor.", []),          # a product version
    ("Das Projekt hatte 12 Releases im Jahr.", [("12 Releases im Jahr", "rate", 12, "")]),
])
def test_product_versions(nlp, text, rows):
    assert [(g[0], g[1], g[2], g[5]) for g in figs(nlp, text)] == rows


# Issue 26 point 6 / contract v3: a unit per unit is a rate that keeps the unit of its number
# (``80 km/h`` → km), a chemical formula stays in the unit, ``im Alter von`` makes an age.
@pytest.mark.parametrize("text,rows", [
    ("Der Akku erreicht 350 Wh/kg.", [("350 Wh/kg", "rate", 350, "Wh")]),
    ("Der Wagen stößt 95 g/km aus.", [("95 g/km", "rate", 95, "g")]),
    ("Strom kostet 50 €/MWh am Spotmarkt.", [("50 €/MWh", "rate", 50, "EUR")]),
    ("Er zahlt 3 Euro/Liter.", [("3 Euro/Liter", "rate", 3, "EUR")]),
    ("Die Anlage spart 21.000 Tonnen CO2. Das ist viel.", [("21.000 Tonnen CO2", "measure", 21000, "t CO2")]),
    ("Die Anlage spart 21.000 t CO2e.", [("21.000 t CO2e", "measure", 21000, "t CO2e")]),
    ("Es wurden 12 Tonnen NOx ausgestoßen.", [("12 Tonnen NOx", "measure", 12, "t NOx")]),
    ("Er starb im Alter von 79 Jahren.", [("79 Jahren", "age", 79, "year")]),
    ("Babys im Alter von 6 Wochen", [("6 Wochen", "age", 6, "week")]),
])
def test_compound_units_formulas_and_age(nlp, text, rows):
    assert [(r[0], r[1], r[2], r[5]) for r in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("Wir haben 5 m / 3 m gemessen.", [("5 m", "measure", 5, "m"), ("3 m", "measure", 3, "m")]),  # spaced: two
    ("Es kamen 95 g Zucker / Tag dazu.", [("95 g", "measure", 95, "g")]),        # not glued to the unit
    ("Die 21.000 Tonnen Stahl. CO2 folgt.", [("21.000 Tonnen", "measure", 21000, "t")]),
    ("Nach 10 Jahren im Alter.", [("10 Jahren", "duration", 10, "year")]),       # ``Alter`` after, not before
    ("Das Alter: 10 Jahre Garantie", [("10 Jahre", "duration", 10, "year")]),
])
def test_compound_units_formulas_and_age_must_not(nlp, text, rows):
    assert [(r[0], r[1], r[2], r[5]) for r in figs(nlp, text)] == rows


@pytest.mark.parametrize("text,rows", [
    ("nach 1/2stunde", [("1/2stunde", "duration", 0.5, "hour")]),
    ("eine 3/4Stunde später", [("3/4Stunde", "duration", 0.75, "hour")]),
    ("Siehe Seite 1/2a.", []),                  # no unit glued: a code
    ("Heft 5/2kg", []),                         # 5/2 is no fraction of a whole
])
def test_fraction_with_glued_unit(nlp, text, rows):
    assert [(r[0], r[1], r[2], r[5]) for r in figs(nlp, text)] == rows
