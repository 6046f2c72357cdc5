"""``press_dates``, contract v3: named days, quarters and half-years, day.month without the final
dot, ranges with both ends, month-level periods — each with positive and must-not rows."""
from datetime import date, timedelta

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.components.dates  # noqa: F401
from pipeline.components.dates.month_names import nth_day_in_month
from pipeline.components.dates.named_days import named_day
from pipeline.lang.named_days import BARE_NAMED_DAYS, FIXED_NAMED_DAYS, NAMED_DAYS
from pipeline.model.document import period


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("press_dates")
    return nlp


def rows(nlp, text, doc_date=None):
    doc = nlp.make_doc(text)
    doc._.doc_date = doc_date
    doc = nlp.get_pipe("press_dates")(doc)
    for r in doc._.dates:
        assert doc.text[r.start:r.end] == r.text
    return [(r.text, r.date, r.granularity, r.resolved) for r in doc._.dates]


@pytest.mark.parametrize("text,doc_date,want", [
    ("Die Messe öffnet Ostern 2025 wieder.", None, [("Ostern 2025", "2025-04-20", "day", "explicit")]),
    ("Bis Pfingstmontag 2024 bleibt es.", None, [("Pfingstmontag 2024", "2024-05-20", "day", "explicit")]),
    ("Heiligabend 2023 war ruhig.", None, [("Heiligabend 2023", "2023-12-24", "day", "explicit")]),
    ("am Tag der Deutschen Einheit 2022", None, [("Tag der Deutschen Einheit 2022", "2022-10-03", "day", "explicit")]),
    ("Karfreitag 2018 und Ostermontag 2018", None,
     [("Karfreitag 2018", "2018-03-30", "day", "explicit"), ("Ostermontag 2018", "2018-04-02", "day", "explicit")]),
    ("Fronleichnam 2018", None, [("Fronleichnam 2018", "2018-05-31", "day", "explicit")]),
    ("Christi Himmelfahrt 2018", None, [("Christi Himmelfahrt 2018", "2018-05-10", "day", "explicit")]),
    ("Orthodoxer Ostersonntag 2018", None, [("Orthodoxer Ostersonntag 2018", "2018-04-08", "day", "explicit")]),
    ("Opferfest 2018", None, [("Opferfest 2018", "2018-08-21", "day", "explicit")]),
    # without a year: resolved against the document date like any day
    ("Der Umbau soll bis Ostern fertig sein.", "2025-02-01", [("Ostern", "2025-04-20", "day", "doc_date")]),
    ("Er kam nach Pfingsten zurück.", "2024-06-10", [("Pfingsten", "2024-05-19", "day", "doc_date")]),
    ("zu Weihnachten", "2026-01-03", [("Weihnachten", "2025-12-25", "day", "doc_date")]),
    ("am Tag der Deutschen Einheit", None, [("Tag der Deutschen Einheit", "--10-03", "day", "unresolved")]),
])
def test_named_days(nlp, text, doc_date, want):
    assert rows(nlp, text, doc_date) == want


@pytest.mark.parametrize("text,doc_date", [
    ("Silvester Stallone kam nach Berlin.", "2025-01-10"),         # a first name, no cue before it
    ("Ostern ohne Cue bleibt offen.", "2025-01-10"),                # no cue, no year
    ("zu Ostern", None),                                            # a movable day without any year
    ("Das Osternest und die Weihnachtsfeier.", "2025-01-10"),     # compounds are no named days
    ("Holi ist ein Fest.", "2025-01-10"),                           # other calendars only with a year
])
def test_named_days_must_not(nlp, text, doc_date):
    assert rows(nlp, text, doc_date) == []


def test_named_day_tables():
    assert BARE_NAMED_DAYS <= set(NAMED_DAYS) | set(FIXED_NAMED_DAYS)
    assert not set(NAMED_DAYS) & set(FIXED_NAMED_DAYS)
    assert all(k == k.lower() for k in (*NAMED_DAYS, *FIXED_NAMED_DAYS))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1900, max_value=2100))
def test_easter_cycle_from_holidays(year):
    """Ostern is a Sunday between 22 March and 25 April; the days around it keep their distance."""
    easter = named_day("ostern", year)
    assert easter.weekday() == 6 and date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert named_day("karfreitag", year) == easter - timedelta(days=2)
    assert named_day("pfingstmontag", year) == easter + timedelta(days=50)
    assert named_day("aschermittwoch", year) == easter - timedelta(days=46)
    assert named_day("heiligabend", year) == date(year, 12, 24)


@pytest.mark.parametrize("text,doc_date,want", [
    ("Im dritten Quartal 2024 stieg der Umsatz.", None, [("dritten Quartal 2024", "2024-Q3", "quarter", "explicit")]),
    ("Zahlen für Q3/2024 und 3Q24", None,
     [("Q3/2024", "2024-Q3", "quarter", "explicit"), ("3Q24", "2024-Q3", "quarter", "explicit")]),
    ("im 4. Quartal 2023", None, [("4. Quartal 2023", "2023-Q4", "quarter", "explicit")]),
    ("im ersten Halbjahr 2025", None, [("ersten Halbjahr 2025", "2025-H1", "half", "explicit")]),
    ("H1 2025 und H2/2024", None, [("H1 2025", "2025-H1", "half", "explicit"), ("H2/2024", "2024-H2", "half", "explicit")]),
    ("im vierten Quartal", "2025-02-01", [("vierten Quartal", "2024-Q4", "quarter", "doc_date")]),
    ("in der zweiten Jahreshälfte", "2025-08-01", [("zweiten Jahreshälfte", "2025-H2", "half", "doc_date")]),
    ("im zweiten und dritten Quartal 2024", None,
     [("zweiten", "2024-Q2", "quarter", "explicit"), ("dritten Quartal 2024", "2024-Q3", "quarter", "explicit")]),
])
def test_quarters_and_halves(nlp, text, doc_date, want):
    assert rows(nlp, text, doc_date) == want


@pytest.mark.parametrize("text,want", [
    ("im fünften Quartal 2024", [("2024", "2024", "year", "explicit")]),     # no fifth quarter: the year stays
    ("Q5 2024", []),
    ("H3 2024", []),
    ("die Q3-Zahlen und der H1-Bericht", []),
    ("Q3 2024 Mitarbeiter", []),                                            # a count after it
    ("der erste und dritte Platz 2024", []),                                # no part word
    ("im dritten und fünften Quartal 2024", [("2024", "2024", "year", "explicit")]),   # no fifth quarter
])
def test_quarters_and_halves_must_not(nlp, text, want):
    assert rows(nlp, text) == want


@pytest.mark.parametrize("iso,granularity,span", [
    ("2024-Q3", "quarter", ("2024-07-01", "2024-09-30")), ("2024-Q1", "quarter", ("2024-01-01", "2024-03-31")),
    ("2025-H1", "half", ("2025-01-01", "2025-06-30")), ("2025-H2", "half", ("2025-07-01", "2025-12-31")),
    ("2024-Q5", "quarter", ("", "")), ("2024-H3", "half", ("", "")), ("--Q3", "quarter", ("", "")),
    ("2024-Q3", "month", ("", "")),
])
def test_period_of_parts(iso, granularity, span):
    assert period(iso, granularity) == span


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1900, max_value=2100))
def test_quarters_tile_the_year(year):
    spans = [period(f"{year}-Q{q}", "quarter") for q in range(1, 5)]
    assert spans[0][0] == f"{year}-01-01" and spans[-1][1] == f"{year}-12-31"
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert date.fromisoformat(end) + timedelta(days=1) == date.fromisoformat(start)
    assert period(f"{year}-H1", "half") == (spans[0][0], spans[1][1])


@pytest.mark.parametrize("text,doc_date,want", [
    ("am 19.7 kam er", "2024-05-01", [("19.7", "2024-07-19", "day", "doc_date")]),
    ("ab dem 10.10 gilt es", "2024-05-01", [("10.10", "2024-10-10", "day", "doc_date")]),
    ("seit 05/2016 im Amt", None, [("05/2016", "2016-05", "month", "explicit")]),
    ("am 12-Mär-2014", None, [("12-Mär-2014", "2014-03-12", "day", "explicit")]),
    ("im Mai/Juni 2023", None, [("Mai", "2023-05", "month", "explicit"), ("Juni 2023", "2023-06", "month", "explicit")]),
    ("Ende März 2024", None, [("Ende März 2024", "2024-03", "month", "explicit")]),
    ("vom 24. - 26.09.2020", None, [("24.", "2020-09-24", "day", "explicit"), ("26.09.2020", "2020-09-26", "day", "explicit")]),
    ("am 28-29.06.2021", None, [("28", "2021-06-28", "day", "explicit"), ("29.06.2021", "2021-06-29", "day", "explicit")]),
    ("Freitag, der 18. Juli 14", None, [("18. Juli 14", "2014-07-18", "day", "explicit")]),
    ("am 15te Februar 2019", None, [("15te Februar 2019", "2019-02-15", "day", "explicit")]),
    ("erster Dienstag im Oktober 2014", None, [("erster Dienstag im Oktober 2014", "2014-10-07", "day", "explicit")]),
    ("am letzten Sonntag im März 2014", None, [("letzten Sonntag im März 2014", "2014-03-30", "day", "explicit")]),
])
def test_numeric_ranges_and_months(nlp, text, doc_date, want):
    assert rows(nlp, text, doc_date) == want


@pytest.mark.parametrize("text", [
    "Version 19.7 ist erschienen.",        # no day cue
    "um 10.10 Uhr",                        # a time of day
    "ab 2.5 Mio. Euro",                    # an amount
    "am 3.5 km langen Weg",                # a measure
    "Das Spiel endete 19.7 für uns.",      # no cue
    "Nr. 05/2016 und 1 BvR 12/2016",       # codes
    "Heft 05/2016/3",
    "Ergebnis 3-4.05 Euro",                # a range of amounts
    "am 3. Mai 21 Teilnehmer",             # a count after a full month name
])
def test_numeric_ranges_and_months_must_not(nlp, text):
    got = rows(nlp, text, "2024-05-01")
    assert all(r[2] != "day" or r[0] in ("3. Mai",) for r in got), got
    assert not any(r[0] in ("19.7", "10.10", "2.5", "3.5", "05/2016", "12/2016", "3-4.05", "4.05") for r in got)


def test_nth_day_in_month():
    assert nth_day_in_month(-1, None, 2, 2024) == date(2024, 2, 29)
    assert nth_day_in_month(5, 0, 2, 2021) is None      # February 2021 has four Mondays
    assert nth_day_in_month(1, 2, 10, 2014) == date(2014, 10, 1)
