"""The role-word tables: role nouns (with derived forms and compounds),
modifiers and organisation cues, each with must-not-match cases."""
import pytest

from pipeline.components.roles.words import adjectival_title
from pipeline.lang.role_words import ADJECTIVAL_TITLE_ENDINGS, ORG_CUES, ROLE_MODIFIERS
from pipeline.text.phrases import is_acronym, is_org_cue, is_role_noun, spells_initials, split_compound


@pytest.mark.parametrize("word", [
    # base, feminine and inflected forms
    "Präsident", "Präsidentin", "Präsidenten", "Vorsitzender", "Vorsitzende", "Vorsitzenden",
    "Chef", "Chefin", "Chefs", "Geschäftsführer", "Geschäftsführerin", "Direktor", "Direktorin",
    "Generalkonsul", "Bundeskanzler", "Kanzlers", "Bürgermeister", "Beauftragter", "Sprecherin",
    "Minister", "Ministerin", "Leiterin", "Vertreterin", "Mitglied", "Professor", "Experte",
    "Expertin", "Ärzte", "Diktator", "Milliardär",
    # compounds and hyphen compounds
    "Wirtschaftsminister", "Vizepräsident", "Vizepräsidentin", "Chefökonom", "Gründungsvorsitzender",
    "Generalvertreter", "Markenverantwortliche", "China-Repräsentant", "Co-Direktor",
    "Co-Vorsitzender", "Parteisekretär", "Vizedekan", "Siemens-Chef", "HDP-Politikerin",
    "Wirtschaftskammerpräsident", "Sonderbeauftragte", "Gesundheitsminister",
    # English titles
    "CEO", "President", "Advisor",
    # job words before names in news (issue 14) and the Ex- prefix without a hyphen
    "Kasino-Boss", "Mafiaboss", "Popstar", "Fußballprofi", "Rapperin", "Expremier", "Exkanzler",
])
def test_role_noun(word):
    assert is_role_noun(word)


@pytest.mark.parametrize("word", [
    "Ministerium", "Präsidium", "Direktorium", "Pilotprojekte", "Partners", "Management",
    "Forum", "Stuttgart", "Huang", "Kultur", "Industrieparks", "chef", "präsident",
    "Leitung", "Vorstandssitzung", "Chefsache", "Lesezeit", "Beispiel", "Marktführer",
    "Reiseführer", "Export", "Exil", "Exzellenz", "Starnberg", "Profil", "Bossa",
])
def test_not_a_role_noun(word):
    assert not is_role_noun(word)


@pytest.mark.parametrize("word,org,role", [
    ("Siemens-Chef", "Siemens", "Chef"),
    ("ÖVP-Chef", "ÖVP", "Chef"),
    ("Arbeiterkammer-Präsident", "Arbeiterkammer", "Präsident"),
    ("SPÖ-Chefs", "SPÖ", "Chefs"),
    ("HDP-Politikerin", "HDP", "Politikerin"),
    ("Ex-ÖVP-Landesrätin", "ÖVP", "Landesrätin"),
])
def test_hyphen_compound_splits_org(word, org, role):
    cut = split_compound(word)
    assert cut is not None
    assert word[cut[0]:cut[1]] == org and word[cut[1] + 1:] == role


@pytest.mark.parametrize("word", ["Co-Vorsitzender", "Vize-Präsident", "Ex-Minister",
                                  "Wirtschaftsminister", "Hi-Tech-Bezirk", "Null-Emissions-Industrieparks"])
def test_hyphen_compound_keeps_role(word):
    assert split_compound(word) is None


@pytest.mark.parametrize("mod", ["stellv.", "stellvertretende", "ehemaliger", "designierte", "erster",
                                 "wissenschaftliche", "geschäftsführender"])
def test_modifiers(mod):
    assert mod in ROLE_MODIFIERS


@pytest.mark.parametrize("mod", ["Direktor", "der", "und", "sagte"])
def test_not_modifiers(mod):
    assert mod not in ROLE_MODIFIERS


@pytest.mark.parametrize("word", ["GmbH", "AG", "Group", "Universität", "Ministerium", "Institut",
                                  "Instituts", "Ministeriums", "Akademie", "Gesellschaft",
                                  "Polizeipräsidium", "Forschungsinstitut", "Bundesministerium"])
def test_org_cue(word):
    assert word in ORG_CUES or is_org_cue(word)


@pytest.mark.parametrize("word", ["Huang", "Direktor", "Klaus", "Baoting", "Vizepräsident", "Liang"])
def test_not_org_cue(word):
    assert not is_org_cue(word)


@pytest.mark.parametrize("word,min_len,expected", [
    ("KPMG", 2, True), ("EU", 2, True), ("ÖVP", 3, True), ("UNITAR", 3, True),
    # must not match
    ("EU", 3, False), ("IT", 3, False), ("B2B", 2, False), ("SAP-Chef", 2, False),
    ("Siemens", 2, False), ("A", 2, False), ("TimelinePI", 2, False), ("", 2, False),
])
def test_acronym(word, min_len, expected):
    assert is_acronym(word, min_len=min_len) is expected


@pytest.mark.parametrize("short,words,expected", [
    ("SLA", ["Service", "Level", "Agreement"], True),
    ("(RSUs)", ["Restricted", "Stock", "Units"], True),
    ("dena", ["Deutsche", "Energie-Agentur"], False),          # lower case: no acronym
    ("UNITAR", ["Thilo", "Cunz"], False),                      # other initials
    ("S", ["Service", "Level"], False),                        # one capital is no acronym
])
def test_spells_initials(short, words, expected):
    assert spells_initials(short, words) is expected


@pytest.mark.parametrize("word", ["Vorsitzende", "Leitender", "Stellvertretenden", "Geschäftsführende",
                                  "Designierte", "Kommissarischer"])
def test_adjectival_title(word):
    assert adjectival_title(word)


@pytest.mark.parametrize("word", ["Vorsitzend", "Vorsitzendem", "vorsitzende", "Leitung", "Richterin",
                                  "Stellvertreter"])
def test_not_adjectival_title(word):
    assert not adjectival_title(word)


def test_adjectival_title_endings():
    assert set(ADJECTIVAL_TITLE_ENDINGS) == {"e", "er", "en"}
