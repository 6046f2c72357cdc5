"""``press_dates``: day, month and year dates, ranges, resolution, the doc_date fallback."""
import pytest
import spacy

import pipeline.components.dates  # noqa: F401
from pipeline.components.dates.parse import parse_date_text


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("press_dates")
    return nlp


def dates(nlp, text, doc_date=None):
    doc = nlp.make_doc(text)
    doc._.doc_date = doc_date
    doc = nlp.get_pipe("press_dates")(doc)
    for r in doc._.dates:
        assert doc.text[r.start:r.end] == r.text
    return doc, [(r.text, r.date, r.granularity, r.resolved) for r in doc._.dates]


@pytest.mark.parametrize("text,row", [
    ("am 23. Oktober 2025 in Baoting", ("23. Oktober 2025", "2025-10-23", "day", "explicit")),
    ("Erscheinungsdatum 31.01.2023", ("31.01.2023", "2023-01-31", "day", "explicit")),
    ("Stand 12.5.24 gültig", ("12.5.24", "2024-05-12", "day", "explicit")),
    ("im März 2012 begann", ("März 2012", "2012-03", "month", "explicit")),
    ("seit 2010 tätig", ("2010", "2010", "year", "explicit")),
    ("bis 2030 erreichen", ("2030", "2030", "year", "explicit")),
    ("im Jahr 2025 gegründet", ("im Jahr 2025", "2025", "year", "explicit")),
    ("das 2011 gegründet wurde", ("2011", "2011", "year", "explicit")),
    ("am zweiten Februar 2018 wieder", ("zweiten Februar 2018", "2018-02-02", "day", "explicit")),
    ("Urteil vom 21/04/2016 zurück", ("21/04/2016", "2016-04-21", "day", "explicit")),
    ("am 28.\u00a0Oktober\u00a02020 verkündet", ("28.\u00a0Oktober\u00a02020", "2020-10-28", "day", "explicit")),
])
def test_explicit(nlp, text, row):
    assert dates(nlp, text)[1] == [row]


@pytest.mark.parametrize("text,years", [
    ("Er war in Belgien 2015 zu zwölf Jahren verurteilt worden.", ["2015"]),
    ("Schon 2013 sei mit dem Bau begonnen worden.", ["2013"]),
    ("Global Economic Crime Survey 2016: Fast die Hälfte", []),
    ("die Agenda 2030 der Vereinten Nationen", []),
    ("Erster Nationaler Aktionsplan 2017-2019 liegt vor", ["2017", "2019"]),
    ("Pressemitteilung Nr. 101/2020 vom 24. November 2020", ["2020-11-24"]),
    ("(APA/sid/red – 11.7. 2015)", ["2015-07-11"]),
    ("am 11.  Oktober 2015 gewählt", ["2015-10-11"]),
])
def test_years_in_context(nlp, text, years):
    assert [r[1] for r in dates(nlp, text)[1]] == years


def test_nearest_year(nlp):
    assert dates(nlp, "am 20. Oktober", "2025-10-23")[1] == [("20. Oktober", "2025-10-20", "day", "doc_date")]
    assert dates(nlp, "bis zum 1. Februar", "2011-11-08")[1] == [("1. Februar", "2012-02-01", "day", "doc_date")]
    assert dates(nlp, "im Dezember", "2026-01-10")[1] == [("Dezember", "2025-12", "month", "doc_date")]


def test_unresolved(nlp):
    assert dates(nlp, "- CIIPA - 7. Juli - 2 Min. Lesezeit")[1] == [("7. Juli", "--07-07", "day", "unresolved")]
    assert dates(nlp, "Anfang Jänner kam er")[1] == [("Anfang Jänner", "--01", "month", "unresolved")]


def test_ranges(nlp):
    _, rows = dates(nlp, "vom 1. April 2007 bis zum 30. Juni 2010")
    assert [r[1] for r in rows] == ["2007-04-01", "2010-06-30"]
    _, rows = dates(nlp, "vom 1. bis 3. März 2020")
    assert [(r[0], r[1]) for r in rows] == [("1.", "2020-03-01"), ("3. März 2020", "2020-03-03")]


@pytest.mark.parametrize("text", [
    "am Mittwoch", "gestern", "vergangene Woche", "um 15.45 Uhr", "10:47", "Agenda 2030", "Nr. 8/2022",
    "Az. 1 BvR 12/23", "2000 Teilnehmer kamen", "Plattform 2.0", "2. Forum", "Telefon 0621/71849-0",
    "der Mai-Feiertag", "COP30 in Belém", "Pressemitteilung Nr. 1957",
])
def test_not_dates(nlp, text):
    assert dates(nlp, text)[1] == []


def test_doc_date_fallback_from_first_paragraph(nlp):
    doc, rows = dates(nlp, "Urteil\nDatum 23.06.2023\nAm 20. Juni fiel das Urteil.")
    assert doc._.doc_date == "2023-06-23"
    assert rows[-1] == ("20. Juni", "2023-06-20", "day", "doc_date")


def test_doc_date_not_overwritten(nlp):
    doc, _ = dates(nlp, "Datum 23.06.2023", "2020-01-01")
    assert doc._.doc_date == "2020-01-01"


def test_doc_date_fallback_skips_headline(nlp):
    from pipeline.model.layout import Block as B
    text = "Gipfel am 1. März 2020\n\nDer Text ohne Datum.\n\nSpäter: 5. Mai 2021."
    doc = nlp.make_doc(text)
    h = text.index("\n")
    p1 = text.index("Der")
    doc._.blocks = [B(start=0, end=h, para=0, section="headline"),
                    B(start=p1, end=p1 + 20, para=1, section="body"),
                    B(start=p1 + 22, end=len(text), para=2, section="body")]
    doc = nlp.get_pipe("press_dates")(doc)
    assert doc._.doc_date is None


def _with_layout(nlp, text):
    from pipeline.components.structure import analyse
    doc = nlp.make_doc(text)
    doc._.blocks = analyse(text).blocks
    return nlp.get_pipe("press_dates")(doc)


# contract v2 doc_date: short header lines before the date line do not end the search
@pytest.mark.parametrize("text,doc_date", [
    ("Verwaltungsgericht Musterstadt\nAusgabejahr 2023\nNr. 45/2023\nDatum 22.06.2023\n\n"
     "Das Gericht hat am 20. Juni die Klage abgewiesen.\n", "2023-06-22"),
    ("Pressemitteilung\nAusgabejahr 2021\nDatum 22.06.2021\n\nAm 20. Juni fiel das Urteil.\n", "2021-06-22"),
    ("Klage abgewiesen\n\nNr. 7/2021\nErscheinungsdatum 03.04.2021\n\nAm 20. März fiel das Urteil.\n",
     "2021-04-03"),
    # must not match: the first real paragraph ends the search, a later date is no doc_date
    ("Klage abgewiesen\n\nNr. 7/2021\n\nDas Gericht hat die Klage abgewiesen.\n\n"
     "Die Verhandlung war am 03.04.2021.\n", None),
])
def test_doc_date_after_short_header_lines(nlp, text, doc_date):
    doc = _with_layout(nlp, text)
    assert doc._.doc_date == doc_date
    if doc_date:
        assert doc._.dates[-1].resolved == "doc_date" and doc._.dates[-1].date.startswith(doc_date[:4])


@pytest.mark.parametrize("s,out", [
    ("23. Oktober 2025", ("2025-10-23", "day")), ("8. November 2011", ("2011-11-08", "day")),
    ("31.01.2023", ("2023-01-31", "day")), ("28.\u00a0Oktober 2020", ("2020-10-28", "day")),
])
def test_parse_date_text(s, out):
    assert parse_date_text(s) == out


def test_parse_date_text_none():
    assert parse_date_text("7. Juli") is None and parse_date_text("kein Datum") is None


# -- a sentence-final period glued to the year (issue 12): the tokenizer keeps ``2010.`` whole,
# the date's text and end leave the period out, and the year is the written one.
@pytest.mark.parametrize("text,row", [
    ("Die Regel gilt seit dem 1. März 2024.", ("1. März 2024", "2024-03-01", "day", "explicit")),
    ("Der Bescheid erging am 31.01.2023.", ("31.01.2023", "2023-01-31", "day", "explicit")),
    ("Die Frist lief bis zum 30. Juni 2010.", ("30. Juni 2010", "2010-06-30", "day", "explicit")),
    ("Er leitet das Werk seit 2012.", ("2012", "2012", "year", "explicit")),
    ("Die Anlage ging im März 2012.\nDanach", ("März 2012", "2012-03", "month", "explicit")),
    ("Der Vertrag endet am 12.5.24. Danach", ("12.5.24", "2024-05-12", "day", "explicit")),
])
def test_year_before_sentence_period(nlp, text, row):
    assert dates(nlp, text, "2020-06-15")[1] == [row]


def test_year_range_before_sentence_period(nlp):
    assert [r[1] for r in dates(nlp, "Der Plan lief 2017-2019.")[1]] == ["2017", "2019"]


@pytest.mark.parametrize("text", [
    "Der Bericht heißt Agenda 2030.",          # a name with the sentence period
    "Das Projekt hat die Nr. 2012.",            # a code
])
def test_year_before_sentence_period_not_a_date(nlp, text):
    assert dates(nlp, text)[1] == []


# -- compact and paired day ranges, a year or month written once, year spans, © (issue 12, contract v2)
@pytest.mark.parametrize("text,rows", [
    ("Die Messe findet vom 4.-9. Februar statt.", [("4.", "--02-04"), ("9. Februar", "--02-09")]),
    ("Das Seminar lief am 21.-23.03.2018 in Graz.", [("21.", "2018-03-21"), ("23.03.2018", "2018-03-23")]),
    ("Der Gipfel tagte am 13./14.11.2019 in Wien.", [("13.", "2019-11-13"), ("14.11.2019", "2019-11-14")]),
    ("In der Nacht vom 2. auf den 3. Juni brannte es.", [("2.", "--06-02"), ("3. Juni", "--06-03")]),
    ("Die Tage vom 9. – 11. Mai 2016 waren heiß.", [("9.", "2016-05-09"), ("11. Mai 2016", "2016-05-11")]),
    ("Die Ausstellung läuft vom 5. Mai - 20. Juli 2016 im Museum.",
     [("5. Mai", "2016-05-05"), ("20. Juli 2016", "2016-07-20")]),
    ("Der Ausschuss tagte im April und erneut im November 2020.", [("April", "2020-04"), ("November 2020", "2020-11")]),
    ("Die Zahlen gelten im März und im September 2021.", [("März", "2021-03"), ("September 2021", "2021-09")]),
    ("In der Saison 2019/20 stieg der Absatz.", [("2019", "2019"), ("20", "2020")]),
    ("Im Geschäftsjahr 2022/2023 stieg der Umsatz.", [("2022", "2022"), ("2023", "2023")]),
    ("© 2021 Muster AG. Alle Rechte vorbehalten.", [("2021", "2021")]),
    ("Der Plan lief am 21.-23.03.2018.", [("21.", "2018-03-21"), ("23.03.2018", "2018-03-23")]),
])
def test_ranges_and_shared_year(nlp, text, rows):
    assert [(r[0], r[1]) for r in dates(nlp, text)[1]] == rows


@pytest.mark.parametrize("text,rows", [
    # the year after the second date does not reach back across a clause
    ("Im Oktober stieg der Umsatz, im November 2020 fiel er.", [("Oktober", "--10"), ("November 2020", "2020-11")]),
    # nor backwards in time: the first date is later in the year than the second
    ("Seit Dezember und im März 2021 gilt die Regel.", [("Dezember", "--12"), ("März 2021", "2021-03")]),
    ("Die Drucksache Nr. 2019/2020 liegt vor.", []),            # a code, not a year span
    ("Das Verfahren 2019/2021 ruht.", []),                       # not consecutive years
    ("Die Akte 2019/20/17 ruht.", []),                           # a longer code
])
def test_ranges_and_shared_year_must_not_match(nlp, text, rows):
    assert [(r[0], r[1]) for r in dates(nlp, text)[1]] == rows


# -- month abbreviations, comma before the year, English dates, line breaks, ISO timestamps (issue 12)
@pytest.mark.parametrize("text,row", [
    ("Der Vertrag gilt seit Okt. 2014 unverändert.", ("Okt. 2014", "2014-10", "month", "explicit")),
    ("Die Anlage ging am 8. Sep 2016 in Betrieb.", ("8. Sep 2016", "2016-09-08", "day", "explicit")),
    ("Die Frist endete am 24. Jan. 21 um Mitternacht.", ("24. Jan. 21", "2021-01-24", "day", "explicit")),
    ("Der Antrag kam am 12. Feb. 22.", ("12. Feb. 22", "2022-02-12", "day", "explicit")),
    ("Eingang 12 AUG 2019 Poststelle", ("12 AUG 2019", "2019-08-12", "day", "explicit")),
    ("Die Sitzung vom 3. Dez 2019 wurde vertagt.", ("3. Dez 2019", "2019-12-03", "day", "explicit")),
    ("Der Bescheid kam am 5. Mai, 2020 per Post.", ("5. Mai, 2020", "2020-05-05", "day", "explicit")),
    ("Die Studie erschien am March 3, 2020 online.", ("March 3, 2020", "2020-03-03", "day", "explicit")),
    ("Die Studie erschien am 3 March 2020 online.", ("3 March 2020", "2020-03-03", "day", "explicit")),
    ("Die Studie erschien am June 5th 2019.", ("June 5th 2019", "2019-06-05", "day", "explicit")),
    ("Das Urteil fiel am 15.\nJuli 2021 in Linz.", ("15.\nJuli 2021", "2021-07-15", "day", "explicit")),
    ("Zeitstempel 2018-03-07T09:30 laut Protokoll", ("2018-03-07", "2018-03-07", "day", "explicit")),
    ("Er starb am 3. Mai des Jahres 2015 in Rom.", ("3. Mai des Jahres 2015", "2015-05-03", "day", "explicit")),
    ("Die Arbeiten begannen im Mai.", ("Mai", "2020-05", "month", "doc_date")),
    ("Der Umbau dauert bis Ende Mai 2020.", ("Ende Mai 2020", "2020-05", "month", "explicit")),
])
def test_abbreviations_english_and_broken_dates(nlp, text, row):
    assert dates(nlp, text, "2020-06-15")[1] == [row]


@pytest.mark.parametrize("text,rows", [
    ("Der Kurs startet am 3. Mai 21 Teilnehmer.", [("3. Mai", "2020-05-03")]),   # 21 counts people
    ("Im Mai, 2000 Besucher kamen.", [("Mai", "2020-05")]),                      # no comma year before a noun
    ("Jan Müller kam zu spät.", []),                                            # a first name
    ("Punkt 3.\nJuli ist schön.", []),                                           # no year: no date over a line break
    ("Am 15.\n\nJuli 2021 begann es.", [("Juli 2021", "2021-07")]),              # a blank line ends the date
    ("Im Juni und Juli ruhte der Betrieb.", [("Juni", "2020-06"), ("Juli", "2020-07")]),
    ("Die Bauzeit lag im März, Mai und September 2021.", [("März", "2021-03"), ("Mai", "2021-05"),
                                                           ("September 2021", "2021-09")]),
])
def test_abbreviations_english_and_broken_dates_edges(nlp, text, rows):
    assert [(r[0], r[1]) for r in dates(nlp, text, "2020-06-15")[1]] == rows


# -- four-digit numbers that are no dates (issue 12)
@pytest.mark.parametrize("text,years", [
    ("Die Verhandlung findet in Saal 1904 des Gerichts statt.", []),
    ("Es kamen mindestens 1500 Menschen.", []),
    ("Der Grenzwert wurde von 1900 auf 1750 gesenkt.", []),
    ("Die Zahl sank von 1950 auf 1900.", []),
    ("Die Miete stieg von 2000 auf 2400 Euro.", []),
    # must still match: a move forward in time
    ("Der Umsatz stieg von 2019 auf 2020 um fünf Prozent.", ["2019", "2020"]),
    ("Er wurde 1950 geboren.", ["1950"]),
])
def test_four_digit_numbers_that_are_no_dates(nlp, text, years):
    assert [r[1] for r in dates(nlp, text)[1]] == years


@pytest.mark.parametrize("iso,period", [
    ("2024-06", ("2024-06-01", "2024-06-30")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-12", ("2023-12-01", "2023-12-31")), ("2025", ("2025-01-01", "2025-12-31")),
    ("2025-10-23", ("2025-10-23", "2025-10-23")), ("--06-20", ("", "")), ("--06", ("", "")), ("", ("", "")),
])
def test_period_of(iso, period):
    from pipeline.model.document import period as period_of_date
    granularity = {1: "year", 2: "month", 3: "day"}.get(len(iso.lstrip("-").split("-")), "day")
    assert period_of_date(iso, granularity) == period


def test_doc_date_line_before_the_headline(nlp):
    """``27.07.2015 – 15:57`` as a short first line, then the headline: still the doc_date."""
    text = "27.07.2015 – 15:57\n\n\nPolizeipräsidium Aalen\n\n\nAm 20. Juli kontrollierten Beamte einen Lkw.\n"
    doc = _with_layout(nlp, text)
    assert doc._.doc_date == "2015-07-27"
    assert doc._.dates[-1].date == "2015-07-20"


@pytest.mark.parametrize("text,rows", [
    ("• Visual Editor (VE) 1.2.\n• Web Tools", []),                 # a version after an acronym
    ("Neu in WTP 1.5. sind Editoren.", []),
    ("Die Frist (Stand) endet 15.1. 2015.", [("15.1. 2015", "2015-01-15")]),    # with a year it is a date
    ("Ab 15.1. gilt das.", [("15.1.", "--01-15")]),
])
def test_versions_are_no_dates(nlp, text, rows):
    assert [(r[0], r[1]) for r in dates(nlp, text)[1]] == rows
