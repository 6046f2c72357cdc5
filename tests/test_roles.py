"""press_roles: every role statement of the two seeds, and the contract's patterns.

Uses the session ``nlp`` fixture (``pipeline.load()``: model + all components),
loaded once for the whole test run.
"""
from __future__ import annotations

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent



SEED_000 = ROOT / "corpus" / "000_9f337369fbc0aced.txt"
SEED_004 = ROOT / "corpus" / "004_c4341fafd374ff74.txt"

# (person, honorific, role, organization), as annotated in gold-dev
EXPECTED_000 = {
    ("Huang Yiyang", "", "Generalkonsul", ""),
    ("Thilo Cunz", "", "", "dena"),
    ("Mihoko Kumamoto", "", "", "UNITAR"),
    ("Zhang Yunqing", "", "stellv. Direktor", "Ökoparks Qingdao"),
    ("Liu Sichuan", "", "Vizepräsident", "ZTE"),
    ("Gu Xiaoying", "Dr.", "Leiterin des Transformationsbüros", "Currenta"),
    ("Wang Xuan", "", "Generalsekretär des ESG-Komitees", "Lenovo China"),
    ("Artem Izokh", "", "Vice President", "Volocopter"),
    ("Zhang Luoyin", "", "stellv. Direktor", "Hi-Tech-Bezirk Taicang"),
    ("Klaus Mühlhahn", "Prof. Dr.", "", "Freie Universität Berlin"),
    ("Bo Liang", "", "Beauftragter", "TÜV Rheinland"),
    ("Jochen Vogel", "", "CEO", "VM Value Management"),
    ("Ma Ming", "", "China-Repräsentant", "ARQUM GmbH"),
    ("Jürgen Döring", "", "Senior Advisor", "P3 group"),
    ("Chen Jimin", "Prof.", "", "Beijing University of Technology"),
    ("Qu Qiaozhi", "", "Markenverantwortliche", "TICA Group"),
}

EXPECTED_004 = {
    ("Xie Zhenhua", "", "erster Sonderbeauftragter für Klimawandelangelegenheiten", "Chinas"),
    ("Laurence Tubiana", "", "Sonderbeauftragte", "COP30"),
    ("Laurence Tubiana", "", "Geschäftsführerin", "European Climate Foundation"),
    ("Beate Trankmann", "", "Vertreterin", "Entwicklungsprogramms der Vereinten Nationen"),
    ("Cai Yaoze", "", "Bürgermeister", "Baoting"),
    ("Ji Weidong", "", "Professor", "Shanghai Jiao Tong University"),
    ("Ji Weidong", "", "Co-Vorsitzender", "Global AI Network der United Nations University"),
    ("Peter Ling-Vannerus", "", "Generalvertreter", "SEB Beijing"),
    ("Cong Ronggang", "", "Professor", "Beijing Institute of Technology"),
    ("Gary Zhao", "", "Geschäftsleiter", "BRE China"),
    ("Duncan Yu", "", "Geschäftsleiter für Asien", "Withings"),
    ("Li Meng", "", "Vorsitzender", "Chinesischen Gesellschaft für nachhaltige Entwicklung"),
    ("Li Meng", "", "ehemaliger Vizeminister", "chinesischen Ministeriums für Wissenschaft und Technologie"),
    ("Mu Kerui", "", "Parteisekretär", "autonomen Kreises Baoting Li und Miao"),
    ("Qiao Jie", "", "Mitglied", "Chinesischen Akademie der Ingenieurwissenschaften"),
    ("Qiao Jie", "", "geschäftsführender Vizepräsident", "Peking-Universität"),
    ("Yuan Feng", "", "Vizedekan", "Fakultät für Architektur und Stadtplanung der Tongji-Universität"),
    ("Jonas Törnblom", "", "Gründungsvorsitzender", "Schweden-China Green-Tech Alliance"),
    ("Jonas Törnblom", "", "Co-Direktor", "China-Europe Innovation Center for Sustainable Development"),
    ("Xu Bo", "", "Direktor", "Instituts für Automatisierung der Chinesischen Akademie der Wissenschaften"),
    ("Peng Yiting", "", "Vorsitzender", "Asia Allied Infrastructure Holdings"),
    ("Tang Hua", "", "Generaldirektor", "Büros für internationale Wirtschaftsentwicklung der Provinz Hainan"),
    ("Erik Berglof", "", "Chefökonom", "Asian Infrastructure Investment Bank"),
}


def _rows(doc):
    return {(r.person, r.honorific, r.role, r.organization) for r in doc._.roles}


def _check_offsets(doc):
    for r in doc._.roles:
        assert doc.text[r.start:r.end] == r.text
        assert doc.text[r.person_start:r.person_end] == r.person
        assert r.start <= r.person_start and r.person_end <= r.end
        if r.organization:
            assert doc.text[r.org_start:r.org_end] == r.organization
            assert r.start <= r.org_start and r.org_end <= r.end
        # the person is a PER entity of the document
        assert any(e.label_ == "PER" and (e.start_char, e.end_char) == (r.person_start, r.person_end)
                   for e in doc.ents)


@pytest.fixture(scope="module")
def seed_docs(nlp):
    return {p.name: nlp(p.read_text(encoding="utf-8")) for p in (SEED_000, SEED_004)}


@pytest.mark.parametrize("row", sorted(EXPECTED_000))
def test_seed_000_row(seed_docs, row):
    assert row in _rows(seed_docs[SEED_000.name])


@pytest.mark.parametrize("row", sorted(EXPECTED_004))
def test_seed_004_row(seed_docs, row):
    assert row in _rows(seed_docs[SEED_004.name])


def test_seeds_no_extra_rows(seed_docs):
    assert _rows(seed_docs[SEED_000.name]) - EXPECTED_000 == set()
    assert _rows(seed_docs[SEED_004.name]) - EXPECTED_004 == set()


def test_seed_offsets(seed_docs):
    for doc in seed_docs.values():
        _check_offsets(doc)


# (text, expected (person, honorific, role, organization) rows)
PATTERNS = [
    ("In seiner Rede betonte Bundeskanzler Olaf Scholz die Bedeutung der Industrie.",
     {("Olaf Scholz", "", "Bundeskanzler", "")}),
    ("Das sagte Siemens-Chef Roland Busch am Montag in München.",
     {("Roland Busch", "", "Chef", "Siemens")}),
    ("Festgenommen wurde die HDP-Politikerin Leyla Imret in Cizre.",
     {("Leyla Imret", "", "Politikerin", "HDP")}),
    ("Das erklärte der wissenschaftliche Geschäftsführer des AIT, Wolfgang Knoll, am Dienstag.",
     {("Wolfgang Knoll", "", "wissenschaftliche Geschäftsführer", "AIT")}),
    ("Der Umsatz sei gestiegen, sagte Maria Muster, Geschäftsführerin der XY GmbH.",
     {("Maria Muster", "", "Geschäftsführerin", "XY GmbH")}),
    ("Moderation: Prof. Dr. Klaus Mühlhahn (Freie Universität Berlin)",
     {("Klaus Mühlhahn", "Prof. Dr.", "", "Freie Universität Berlin")}),
    ("Auf dem Podium sprach Liu Sichuan, Vizepräsident von ZTE, über Netze.",
     {("Liu Sichuan", "", "Vizepräsident", "ZTE")}),
    ("·Bo Liang (Beauftragter, TÜV Rheinland)",
     {("Bo Liang", "", "Beauftragter", "TÜV Rheinland")}),
    ("Christian Kern wurde vereidigt. Kern, der auch als ÖBB-Chef bekannt war, lächelte.",
     {("Kern", "", "Chef", "ÖBB")}),
    ("Andres Granier, der Gouverneur von Tabasco, sagte am Montag, die Lage sei ernst.",
     {("Andres Granier", "", "Gouverneur", "Tabasco")}),
    ("Das bestätigte Max Lawson, ein Sprecher der Hilfsorganisation Oxfam.",
     {("Max Lawson", "", "Sprecher", "Hilfsorganisation Oxfam")}),
    ("Der Sprecher des Wissenschaftsministeriums Joachim Laun wies das zurück.",
     {("Joachim Laun", "", "Sprecher", "Wissenschaftsministeriums")}),
    ("Das sagte der Innenminister Frankreichs, Nicolas Sarkozy, in Paris.",
     {("Nicolas Sarkozy", "", "Innenminister", "Frankreichs")}),
    ("Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl gelassen.",
     {("Renate Anderl", "", "Vizepräsidentin", "ÖGB")}),
    ("Rückfragen bitte an:\n\nPolizeipräsidium Mannheim\nStabsstelle Öffentlichkeitsarbeit\nNadine Maier\n"
     "Telefon: 0621 174-1107\n",
     {("Nadine Maier", "", "", "Polizeipräsidium Mannheim")}),
    ("Das sagte der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed el-Baradei, in Wien.",
     {("Mohammed el-Baradei", "", "Direktor", "Internationalen Atomenergie-Organisation")}),
    ("Das kritisierte Grünen-Bundestagsabgeordnete Konstantin von Notz scharf.",
     {("Konstantin von Notz", "", "Bundestagsabgeordnete", "Grünen")}),
    ("Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.",
     {("Ursula von der Leyen", "", "Kommissionspräsidentin", "")}),
    ("Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, die Batterien seien sicher.",
     {("Charles Gassenheimer", "", "Geschäftsführer", "Ener1")}),
    ("Die Zeitung meldet, wonach Boliviens Ministerpräsident Evo Morales die Schuld gab.",
     {("Evo Morales", "", "Ministerpräsident", "Boliviens")}),
    ("Das sagte der ehemalige Umweltminister Jürgen Trittin den Journalisten.",
     {("Jürgen Trittin", "", "ehemalige Umweltminister", "")}),
    ("Das betonte der Vorstandsvorsitzende der Beispiel AG, Max Muster, bei der Hauptversammlung.",
     {("Max Muster", "", "Vorstandsvorsitzende", "Beispiel AG")}),
    ("Die Ausstellung eröffnete Frau Dr. Anna Schmidt, Leiterin der Stadtbibliothek Köln.",
     {("Anna Schmidt", "Frau Dr.", "Leiterin", "Stadtbibliothek Köln")}),
    ("Pressesprecher: Thomas Weber\nTelefon: 0711 1234",
     {("Thomas Weber", "", "Pressesprecher", "")}),
    ("Geleitet wird das Projekt von Dr.-Ing. Anna Berger, Leiterin des Fraunhofer-Instituts für Solare Energiesysteme.",
     {("Anna Berger", "Dr.-Ing.", "Leiterin", "Fraunhofer-Instituts für Solare Energiesysteme")}),
]


@pytest.mark.parametrize("text,expected", PATTERNS, ids=[p[0][:40] for p in PATTERNS])
def test_contract_patterns(nlp, text, expected):
    doc = nlp(text)
    assert expected <= _rows(doc)
    _check_offsets(doc)


def test_coordinated_titles_give_two_rows(nlp):
    doc = nlp("Wien – ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner zeigte sich zufrieden.")
    rows = {(r.person, r.role, r.organization) for r in doc._.roles}
    assert ("Reinhold Mitterlehner", "Chef", "ÖVP") in rows
    assert ("Reinhold Mitterlehner", "Wirtschaftsminister", "") in rows


def test_plural_title_before_coordinated_names(nlp):
    doc = nlp("Behandelt wurde er von den Ärzten. Die Ärzte An Hyong-chan (56) und Chol Ri-mun (50) "
              "gaben an, das Serum wirke.")
    rows = {(r.person, r.role) for r in doc._.roles}
    assert {("An Hyong-chan", "Ärzte"), ("Chol Ri-mun", "Ärzte")} <= rows


@pytest.mark.parametrize("text", [
    "Am 23. Januar 2013 haben Vertreter von Wikimedia, Creative Commons und der Open Knowledge "
    "Foundation die Kritik formuliert.",
    "Der Begriff Restricted Stock Units (RSUs) ist nicht definiert.",
    "Der Autobauer General Motors meldete Verluste.",
    "Die Polizei sucht Zeugen. Der Fahrer flüchtete in Richtung Innenstadt.",
    "Thomas Müller (29) erzielte zwei Tore.",
    "Das Unternehmen Siemens AG meldete am Montag höhere Gewinne.",
])
def test_no_role_rows(nlp, text):
    assert nlp(text)._.roles == []


def test_empty_doc(nlp):
    assert nlp("")._.roles == []
