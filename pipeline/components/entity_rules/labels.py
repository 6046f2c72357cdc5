"""Rules that decide what kind of name a span is, or that it is none.

Each is a reader ``(doc, tv, mentions) -> mentions`` named for the construction it reads.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import (LOCAL, NO_NAME, Mention, capitalised, free, longest_first,
                                                     replacing, tokens_at)
from pipeline.lang.laws import EU_ACTS, LAW_ABBREVIATIONS, LAW_NAME_ENDINGS, TREATY_HEADS
from pipeline.lang.name_evidence import (ABOUT_HEADINGS, BODY_ENDINGS, COMPANY_CONTEXT_WORDS, COMPANY_NOUN_ENDINGS,
                                         COMPANY_WORDS, COMPOUND_NOUN_TAILS, EVENT_ENDINGS, EVENT_HEADS,
                                         EVENT_SHAPES, INSTITUTIONS, INSTITUTION_ENDINGS, INSTITUTION_HEADS,
                                         NOT_NAMES, ORG_PRODUCT_TAILS, ORG_TRAILING_NOUNS, ORG_UNIT_WORDS,
                                         ORG_WORK_TAILS, PRODUCT_AFTER, PRODUCT_CUES, PRODUCT_MARKS,
                                         PRODUCT_NAME_HEADS, PRODUCT_COMPOUND_TAILS, VERSION_WORDS,
                                         ENGLISH_PRODUCT_HEADS, SOFTWARE, STATE_WORDS, TITLE_CUE_ENDINGS,
                                         TITLE_QUOTES, TRADEMARK_NOUNS,
                                         TOPIC_CUES, countries, german_places, places)
from pipeline.lang.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.entity_cues import PLACE_TYPE_WORDS
from pipeline.lang.months import MONTH_NAMES
from pipeline.lang.name_parts import first_names, surnames
from pipeline.lang.role_words import ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES, LEGAL_FORMS, TITLE_LINKS
from pipeline.text.phrases import is_acronym, is_org_cue, is_role_noun, spells_initials
from pipeline.text.view import TextView

_EVENT_SHAPE = re.compile("|".join(f"(?:{p})" for p in EVENT_SHAPES))
#: ``2.1``, ``v3``, ``4.0.2``, ``11.x``, ``12 R2``; not ``75.000`` (a German thousands separator)
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*|\d+\.\d{1,2}(?:\.\d+)*|\d+\.x)$")
#: ``12 Release 2``, ``12 R2`` after a product's name.
_RELEASE = re.compile(r"^\d{1,3} (?:Release \d{1,2}|R\d{1,2}|SP\d{1,2}|Update \d{1,2})\b")
_HYPHENS = "-‐‑"
_CAMEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]")


def _text(tv: TextView, s: int, e: int) -> str:
    return tv.text[tv.starts[s]:tv.ends[e - 1]]


def not_a_name(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Tech terms and business abbreviations (``Blockchain``, ``KI``, ``ESG``, ``Data &
    Analytics``) and job titles (``Head of Audit``, ``CEO``) name no one."""
    return [m for m in ms if _text(tv, m.start, m.end) not in NOT_NAMES and not tv.words[m.end - 1].endswith("-")
            and not (m.label != "PER" and _title_only(tv, m.start, m.end))]


def _title_only(tv: TextView, s: int, e: int) -> bool:
    """``CEO``, ``Head of Audit``, ``Senior Vice President Sales``: role words, and after a
    link word (``of``, ``für``) the department."""
    words = [w for w in tv.words[s:e] if w.strip()]
    if not words or not is_role_noun(words[0]) or _CAMEL.match(words[0]) or any(w in LEGAL_FORMS for w in words):
        return False   # ``ClimatePartner`` is a company, no partner
    if words[0] in ENGLISH_ROLES:   # ``Director Circular Economy``: an English title and its area
        return all(x[:1].isupper() or x in TITLE_LINKS for x in words[1:])
    for k, w in enumerate(words):
        if w in TITLE_LINKS:
            return all(x[:1].isupper() or x in TITLE_LINKS for x in words[k + 1:])
        if not (is_role_noun(w) or w in ENGLISH_ROLE_MODIFIERS):
            return False
    return True


def place_not_person(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A name of the place tables is never a person (``Haikou`` PER → LOC), and a country
    alone is never a company (``Österreich`` ORG → LOC); ``KPMG Österreich`` stays ORG."""
    out = []
    for m in ms:
        t = _text(tv, m.start, m.end)
        if m.label == "PER" and t in places() or m.label in {"ORG", "MISC"} and t in countries():
            m = m.moved(m.start, m.end, "LOC", "gazetteer")
        elif m.label == "PER" and m.end - m.start > 1 and tv.words[m.end - 1] in countries():
            m = m.moved(m.start, m.end, "ORG")   # ``Caritas Österreich``: no person ends in a country
        out.append(m)
    for i, w in enumerate(tv.words[:-1]):
        if w in STATE_WORDS and tv.words[i + 1] in countries() and tv.gap(i, i + 1) == " ":
            out = replacing(out, Mention(i, i + 2, "LOC", "gazetteer"))   # ``Republik Österreich``
    return out


def product_marked(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A ``™``/``®`` after a name makes it a product, with the mark and the rest of its
    compound: ``FlexiCapture™``, ``SAP®-PartnerEdge®-Programm``."""
    out = ms
    n = len(tv.words)
    for i, w in enumerate(tv.words):
        if w not in PRODUCT_MARKS or i == 0 or tv.gap(i - 1, i):
            continue
        s = next((m.start for m in out if m.start < i <= m.end), None)
        if s is None:
            s = i - 1
            if not tv.words[s][:1].isalnum():
                continue
        while s > 0 and tv.words[s][:1] in _HYPHENS and not tv.gap(s - 1, s):
            s -= 1   # ``SAP®[-PartnerEdge]®``: back to the compound's first part
        e = i + 1
        while e < n and not tv.gap(e - 1, e) and (tv.words[e][:1] in _HYPHENS or tv.words[e] in PRODUCT_MARKS):
            e += 1
        out = replacing(out, Mention(s, e, "MISC", "rule"))
    return out


def product_after_cue(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A name right after a product word is the product's (``die Plattform [Muster
    Connect]``, ``mit der Lösung [FlexiCapture]``)."""
    return [m.moved(m.start, m.end, "MISC") if m.label in {"ORG", "PER", "LOC"} and m.start > 0
            and tv.words[m.start - 1] in PRODUCT_CUES and tv.same_line(m.start - 1, m.start) else m for m in ms]


def version_number(doc: Doc, tv: TextView, ms: list[Mention], lemmas: frozenset = frozenset()) -> list[Mention]:
    """A version number after a name makes it a product, number included (``Muster OS 2.1``,
    ``Beispiel Cloud v3``, ``Mylyn 2.0`` the model took for a person), also where the model
    found no name (``• CDO Model Repository 4.0``, ``EGit 1.0``); a plain number only after a
    product (``Windows 11``, ``Nextcloud Hub 22``), never after another name (``Hannover 96``)
    or a common noun (``Version 2.0``)."""
    out = []
    for m in ms:
        e = _version_end(tv, m)
        out.append(m.moved(m.start, e, "MISC") if e else m)
    out = _versions_found(tv, out, lemmas)
    return [m.moved(m.start, m.end, "MISC") if m.label in {"ORG", "LOC"} and m.end - m.start > 1
            and _VERSION.match(tv.words[m.end - 1]) else m for m in out]   # the model's ``[CDO Repository 4.0]``


def _version_end(tv: TextView, m: Mention) -> int | None:
    """End of ``m`` with the version, release or product number after it; None without one."""
    n, e = len(tv.words), m.end
    if e >= n or tv.gap(e - 1, e) != " " or m.label == NO_NAME:
        return None
    w = tv.words[e]
    if _VERSION.match(w):
        return e + 1 if _a_version_of(tv, m, e) else None
    if m.label == "PER":
        return None
    rel = _RELEASE.match(tv.text[tv.starts[e]:tv.starts[e] + 20]) if w[:1].isdigit() and e + 1 < n else None
    if rel:
        k = e
        while k < n and tv.ends[k] <= tv.starts[e] + rel.end():
            k += 1
        return k   # ``FlexiCapture 12 Release 2``
    if m.label != "MISC":
        return None
    if _PRODUCT_NUMBER.match(w) and not _number_of_something(tv, e + 1):
        return e + 1   # ``Windows 11``, not ``Windows 11. Mai``, ``SDK 3 Prozent``
    if w in {"Release", "Releases"}:
        return e + 2 if e + 1 < n and tv.words[e + 1] == "Train" else e + 1   # ``Indigo Release Train``
    return None


def _a_version_of(tv: TextView, m: Mention, e: int) -> bool:
    """The version-shaped word at ``e`` is ``m``'s version: no amount (``EUR 1.50``), no time
    (``18.30 Uhr``), a person's only when dotted (``Mylyn 2.0``)."""
    return tv.words[e - 1] not in CURRENCY_SYMBOLS and (m.label != "PER" or "." in tv.words[e]) \
        and not _time_of_day(tv, e)


def _number_of_something(tv: TextView, k: int) -> bool:
    """Word ``k`` after a number makes it an amount or a day (``3 Prozent``, ``11. Mai``)."""
    if k >= len(tv.words):
        return False
    w = tv.words[k]
    return w == "%" or w.lower() in _NUMBER_NOUNS or (w == "." and _date_after(tv, k + 1))


def _versions_found(tv: TextView, out: list[Mention], lemmas: frozenset) -> list[Mention]:
    """Products before a version number where no name was: ``• [AJDT 1.5]``."""
    for k in tokens_at(tv, _VERSION_IN_TEXT):
        if k == 0 or not _VERSION.match(tv.words[k]) or tv.gap(k - 1, k) != " " or not _name_before_version(
                tv, k, lemmas) or not free(out, k - 1, k + 1):
            continue
        s = k
        while s > 0 and k - s < 4 and tv.same_line(s - 1, k) and (s == k or tv.gap(s - 1, s) == " ") \
                and free(out, s - 1, s) and _version_name_word(tv, s - 1):
            s -= 1
        if s < k:
            out = sorted(out + [Mention(s, k + 1, "MISC", "rule")])
    return out


def _name_before_version(tv: TextView, k: int, lemmas: frozenset) -> bool:
    """The word before the number at ``k`` may name a product: no common noun's number
    (``Version 2.0``, ``Industrie 4.0``) and no measure (``1.5°C``)."""
    w = tv.words[k - 1]
    return w not in lemmas and w not in NOT_NAMES and w not in VERSION_WORDS and not _time_of_day(tv, k) and not (
        k + 1 < len(tv.words) and not tv.gap(k, k + 1) and tv.words[k + 1][:1].isalpha())


def _time_of_day(tv: TextView, k: int) -> bool:
    """``18.30 Uhr``, ``Eins Plus 18.30`` (a programme's listing): the number at ``k`` is a
    time, no version; after a software of the table it is one (``macOS 10.15``)."""
    if k + 1 < len(tv.words) and tv.words[k + 1] in {"Uhr", "h", "Uhr."}:
        return True
    return bool(_CLOCK.match(tv.words[k])) and tv.words[k - 1] not in SOFTWARE


_CLOCK = re.compile(r"^(?:1\d|2[0-3])\.[0-5]\d$")


#: a version number somewhere in the text (``4.0``, ``v2``, ``3.x``): the candidates of :func:`version_number`
_VERSION_IN_TEXT = re.compile(r" (v\d|\d+\.(?:\d{1,2}|x)\b)")
#: a product's number after it (``Windows 11``, ``Nextcloud Hub 22``): no year, no amount
_PRODUCT_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBER_NOUNS = frozenset({"prozent", "jahre", "jahren", "monate", "monaten", "tage", "tagen", "stunden", "millionen",
                           "mio.", "mrd.", "milliarden", "euro", "dollar", "mitarbeiter", "länder", "ländern",
                           "projekte", "projekten", "mal"})


def _date_after(tv: TextView, k: int) -> bool:
    """Word ``k`` continues a date (``11. Mai``, ``11. 5.``): the number before it is a day."""
    return k < len(tv.words) and tv.same_line(k - 1, k) and (
        tv.words[k].lower() in MONTH_NAMES or tv.words[k][:1].isdigit())


def _version_name_word(tv: TextView, i: int) -> bool:
    """A word of a product's name before its version: a capitalised word that is no article,
    month or currency (``Mylyn``, ``EMF``, ``CDO Model Repository``)."""
    w = tv.words[i]
    return w[:1].isupper() and w.lower() not in MONTH_NAMES and w not in CURRENCY_SYMBOLS and \
        w not in CURRENCY_WORDS and tv.tags[i] not in {"ART", "APPR", "APPRART", "KON", "PPOSAT", "PDAT", "PIAT"} \
        and (w.isalnum() or "-" in w)


def _treaty_or_law(tv: TextView, s: int, e: int) -> bool:
    last = tv.words[e - 1]
    low = last.lower()
    return (last in TREATY_HEADS and e - s > 1) or last in LAW_ABBREVIATIONS or last in EU_ACTS or (
        last[:1].isupper() and low.endswith(LAW_NAME_ENDINGS) and len(low) > len(_ending(low, LAW_NAME_ENDINGS)) + 2
    ) or _cited_abbreviation(tv, s, e)


def _cited_abbreviation(tv: TextView, s: int, e: int) -> bool:
    """``gemäß [FMABG] § 5``: a capitals abbreviation right before a paragraph sign."""
    w = tv.words[s]
    return e - s == 1 and w.isupper() and w.isalpha() and len(w) >= 3 and e < len(tv.words) \
        and tv.words[e] in {"§", "§§"}


def law_or_treaty(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Laws, acts and treaties are MISC, found or not: ``Pariser Abkommen(s)``, ``Corporate
    Sustainability Reporting Directive``, ``Lieferkettengesetz``, ``DSGVO``, ``NIS2``."""
    out = [m.moved(m.start, m.end, "MISC") if m.label != NO_NAME and _treaty_or_law(tv, m.start, m.end) else m
           for m in ms]
    for i in capitalised(tv):
        if _law_word(tv.words[i]) and free(out, i, i + 1):
            new = _law_at(tv, out, i)
            if new is not None:
                out = replacing(out, new)
    return out


def _law_word(w: str) -> bool:
    return w in TREATY_HEADS or w in LAW_ABBREVIATIONS or w in EU_ACTS or w.isupper() \
        or w.lower().endswith(LAW_NAME_ENDINGS)


def _law_at(tv: TextView, out: list[Mention], i: int) -> Mention | None:
    """The law or treaty that word ``i`` ends: ``Pariser [Abkommen]`` (with the adjective
    before it, found or not), ``[Lieferkettengesetz]``, ``[DSGVO]``; None when it ends none."""
    w = tv.words[i]
    if w in TREATY_HEADS:
        if i == 0 or not (tv.words[i - 1].endswith("er") and tv.words[i - 1][:1].isupper() and tv.same_line(i - 1, i)):
            return None
        prev = next((m for m in out if m.end == i and m.label != NO_NAME), None)
        if prev is None and not free(out, i - 1, i):
            return None
        return Mention(prev.start if prev is not None else i - 1, i + 1, "MISC", "rule")
    if _treaty_or_law(tv, i, i + 1) and (i == 0 or tv.words[i - 1] != "-"):
        return Mention(i, i + 1, "MISC", "rule")
    return None


def _event(tv: TextView, s: int, e: int) -> bool:
    if e - s > 2 and tv.words[e - 2] in EVENT_HEADS and tv.words[e - 1] in places():
        e -= 1   # ``Eclipse Summit Europe``, ``Web Summit Lissabon``: the event and its place
    last = tv.words[e - 1]
    return (last in EVENT_HEADS and e - s > 1) or bool(_EVENT_SHAPE.match(last)) or (
        last[:1].isupper() and last.lower().endswith(EVENT_ENDINGS) and last.lower() not in EVENT_ENDINGS)


def event_name(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Events, fairs and awards are MISC: ``Hannover Messe``, ``COP30``, ``Web Summit``,
    ``Deutscher Nachhaltigkeitspreis``."""
    out = [m.moved(m.start, m.end, "MISC") if m.label in {"ORG", "LOC"} and _event(tv, m.start, m.end) else m
           for m in ms]
    for i in capitalised(tv):
        w = tv.words[i]
        if (_EVENT_SHAPE.match(w) or w.endswith(("-Award", "-Awards", "-award", "-awards"))) and free(out, i, i + 1):
            out = sorted(out + [Mention(i, i + 1, "MISC", "rule")])
    return out


def acronym_takes_long_label(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """``Corporate Sustainability Reporting Directive (CSRD)``: the acronym in parentheses
    right after a name is the same kind of name."""
    out = list(ms)
    for k, m in enumerate(out):
        if k == 0 or m.end - m.start != 1 or not is_acronym(tv.words[m.start]):
            continue
        prev = out[k - 1]
        if prev.end + 1 == m.start and tv.words[prev.end] == "(" and m.end < len(tv.words) \
                and tv.words[m.end] == ")" and prev.label != m.label and prev.label != "PER" \
                and _spells(tv.words[m.start], tv.words[prev.start:prev.end]):
            out[k] = m.moved(m.start, m.end, prev.label)
    return out


def _spells(short: str, words: list[str]) -> bool:
    """``TPTP`` spells ``Test and Performance Tools Platform``, ``RCP`` spells
    ``Eclipse-Rich-Client-Plattform`` and ``STP`` ``Eclipse SOA Tools Project`` (the capitalised
    parts, also after a brand that opens the name)."""
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    return spells_initials(short, parts) or (len(parts) > 2 and spells_initials(short, parts[1:]))


def company_page_or_work(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A company's page, product or plan is MISC (``KPMG Newsroom``, ``KPMG Impact Plan``); its
    study or survey is no name (``KPMG Studie``, as ``KPMG-Studie``), also where the model
    left the company's name unlabelled there."""
    orgs = {tv.words[m.start] for m in ms if m.label == "ORG" and m.end - m.start == 1}
    out = list(ms)
    for i, w in enumerate(tv.words[:-1]):
        if w in orgs and free(out, i, i + 1) and tv.gap(i, i + 1) == " ":
            out.append(Mention(i, i + 1, "ORG", "rule"))
    result = []
    for m in sorted(out):
        if m.label != "ORG":
            result.append(m)
            continue
        got = _page_or_work(tv, m)
        if got is not None:
            result.append(got)
        elif m.source != "rule" or m in ms:   # a company found here only for this rule goes again
            result.append(m)
    return longest_first(result)


def _product_tail(w: str) -> bool:
    return w in ORG_PRODUCT_TAILS or _tail(w) in ORG_PRODUCT_TAILS


def _page_or_work(tv: TextView, m: Mention) -> Mention | None:
    """The company mention ``m`` as a work (no name) or a page/product (MISC), or None."""
    n, e = len(tv.words), m.end
    while e < n and _product_tail(tv.words[e]) and tv.gap(e - 1, e) == " ":
        e += 1
    nxt = tv.words[e] if e < n and tv.gap(e - 1, e) == " " else ""
    if tv.words[e - 1] in ORG_WORK_TAILS or nxt in ORG_WORK_TAILS or (nxt and _tail(nxt) in ORG_WORK_TAILS):
        return m.moved(m.start, m.end, NO_NAME)
    if (e > m.end and _product_tail(tv.words[e - 1])) or tv.words[e - 1] in ORG_PRODUCT_TAILS:
        return m.moved(m.start, e, "MISC")
    return None


def numbers_are_no_names(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """An age, a year or an amount is no name: ``([44])``, ``[EUR 75.000]``."""
    return [m for m in ms if any(any(c.isalpha() for c in w) and not w.isupper() or len(w) > 3 and w.isalpha()
                                 for w in tv.words[m.start:m.end])
            or not any(c.isdigit() for w in tv.words[m.start:m.end] for c in w)]


def quoted_title(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A quoted title after a word for a work, product, event or programme is MISC:
    ``die Studie „Cybersecurity in Österreich 2023“``, ``Sparziel-App „Meiki“``,
    ``Kooperationsinitiative „KI+“``; a quoted award is one anywhere (``ist „Steuerberater des
    Jahres“``)."""
    out = ms
    n = len(tv.words)
    for i, w in enumerate(tv.words[:-2]):
        if w not in TITLE_QUOTES or i == 0:
            continue
        close = next((k for k in range(i + 1, min(i + 16, n)) if tv.words[k] in TITLE_QUOTES[w]
                      or not tv.same_line(i, k)), None)
        if close is None or close == i + 1 or not tv.same_line(i, close) or not tv.words[i + 1][:1].isupper():
            continue
        if not tv.words[i - 1].lower().endswith(TITLE_CUE_ENDINGS) and tv.words[close - 2:close] != ["des", "Jahres"]:
            continue   # no work's word before it, and no award (``„Steuerberater des Jahres“``)
        if any(tv.words[k] in {".", "!", "?"} for k in range(i + 1, close)):
            continue   # a sentence in quotes, no title
        out = replacing(out, Mention(i + 1, close, "MISC", "rule"))
    return out


def product_compound(doc: Doc, tv: TextView, ms: list[Mention], lemmas: frozenset = frozenset()) -> list[Mention]:
    """A hyphenated product word whose first part is a product of the document, or whose
    middle is a brand in camel case, is the product's name: ``Meiki-App`` (``Meiki`` a MISC
    of the document), ``SAP-PartnerEdge-Programm``; so is a product word after a name that is
    no common word (``Callisto-Release``, ``Eclipse-Plattform``, ``eID-Login``-less
    ``Jubula-Testtool``); ``SAP-Software`` is no name, and a release's name alone is the
    release elsewhere (``mit [Callisto]``)."""
    products = {tv.words[m.start] for m in ms if m.end - m.start == 1 and m.label == "MISC" and m.source != LOCAL}
    out = ms
    releases = set()
    alone: list = []   # the names that stand alone, read once when a compound needs them
    for i, w in enumerate(tv.words):
        if "-" not in w or not _product_compound_word(tv, w, products, alone, lemmas):
            continue
        if free(out, i, i + 1) or any(m.start == i and m.end == i + 1 and m.label != NO_NAME for m in out):
            out = replacing(out, Mention(i, i + 1, "MISC", "rule"))
            first = w.split("-")[0]
            if w.split("-")[-1].startswith("Release") and first not in places():
                releases.add(first)
    return _name_alone(tv, out, releases) if releases else out


def _product_compound_word(tv: TextView, w: str, products: set, alone: list, lemmas: frozenset) -> bool:
    """``w`` is a hyphenated product's name (see :func:`product_compound`); ``alone`` holds
    :func:`_names_alone` once it was needed."""
    parts = w.split("-")
    first, tail = parts[0], parts[-1]
    if not (first[:1].isupper() or _CAMEL_LOWER.match(first)) or not (tail in PRODUCT_CUES
                                                                     or tail in PRODUCT_COMPOUND_TAILS):
        return False
    if not first.replace("+", "").isalnum():
        return False   # ``Meiki“-App``: the quoted name is read by ``quoted_title``
    if first in products or any(_CAMEL.match(p) for p in parts[1:-1]):
        return True
    if tail not in PRODUCT_COMPOUND_TAILS or first in NOT_NAMES or (first in lemmas and first not in places()):
        return False   # ``Europa-Release``: a place names it too
    if not alone:
        alone.append(_names_alone(tv))
    return first in alone[0]


_CAMEL_LOWER = re.compile(r"^[a-z]{1,2}[A-Z]")   # ``eID``, ``eIDAS``, ``iOS``


def _names_alone(tv: TextView) -> set:
    """Capitalised words that stand alone as a name somewhere in the text, not at a sentence's
    start and before no other capitalised word (``von [Callisto] profitieren``): a compound's
    first part that is one names a product (``Callisto-Release``), a common word does not
    (``Rating-Plattform``, ``Standalone-Framework``)."""
    n = len(tv.words)
    return {tv.words[i] for i in capitalised(tv) if i > 0 and tv.same_line(i - 1, i)
            and tv.words[i - 1] not in {".", "!", "?", ":", "•", "„", "\"", "“"} and tv.words[i].isalnum()
            and (i + 1 >= n or not (tv.words[i + 1][:1].isupper() or tv.words[i + 1][:1] in "-‐"))}


def _name_alone(tv: TextView, ms: list[Mention], names: set) -> list[Mention]:
    """``names`` standing alone are MISC where no rule labelled them otherwise."""
    out = ms
    for i in capitalised(tv):
        if tv.words[i] in names and (i + 1 >= len(tv.words) or tv.words[i + 1][:1] not in "-‐" or tv.gap(i, i + 1)):
            hit = [m for m in out if m.start <= i < m.end]
            if not hit or (len(hit) == 1 and (hit[0].start, hit[0].end) == (i, i + 1) and not hit[0].source):
                out = replacing(out, Mention(i, i + 1, "MISC", "rule"))
    return out


def product_name_found(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Capitalised words before an English product head are a product the model missed:
    ``[Graphical Editor Framework]``, ``[Test and Performance Tools Platform]``, ``[Open
    eCard Library]``; a head alone (``das SDK``) or after an article is none."""
    out = ms
    for k in capitalised(tv):
        if tv.words[k] not in ENGLISH_PRODUCT_HEADS or not free(out, k, k + 1):
            continue
        before = next((m for m in out if m.end == k and m.label in {"ORG", "MISC", "LOC"}), None)
        if before is not None and tv.gap(k - 1, k) == " ":
            out = replacing(out, Mention(before.start, k + 1, "MISC", "rule"))   # ``[Graphical Editor] Framework``
            continue
        s = k
        while s > 0 and k - s < 5 and tv.same_line(s - 1, k) and tv.gap(s - 1, s) == " " and free(out, s - 1, s) \
                and (_product_word(tv, s - 1) or tv.words[s - 1] in {"and", "of", "for", "&"} and s < k):
            s -= 1
        while s < k and not _product_word(tv, s):
            s += 1
        if s < k:
            out = sorted(out + [Mention(s, k + 1, "MISC", "rule")])
    return out


def _product_word(tv: TextView, i: int) -> bool:
    w = tv.words[i]
    if _CAMEL_LOWER.match(w):
        return w.isalnum()   # ``eCard``: a brand, whatever the tagger reads
    return w[:1].isupper() and w.isalnum() and tv.tags[i] not in _FUNCTION_TAGS


_FUNCTION_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "PPOSAT", "PDAT", "PIAT", "PPER", "PRELS", "VVFIN"})


def common_noun_compound(doc: Doc, tv: TextView, ms: list[Mention], inflected=None,
                         nouns: frozenset = frozenset()) -> list[Mention]:
    """A one-word model name that ends in a common noun is a compound noun, no name:
    ``Kryptowährungen`` (``Währungen`` → ``Währung``), ``Cyberangriffen``, ``SEPA-Zahlungen``;
    a person or place also when it ends in a noun's base form (``Wareneingangsscanner``,
    ``Kommandozeilenaufruf``). ``inflected``: the lemmatizer's table of inflected forms (names
    do not inflect there), ``nouns``: the capitalised lemmas of that table; without them the
    rule reads nothing."""
    if not inflected:
        return ms
    # only persons and places: ``Bundestages``, ``Bundesrats`` are organisations ending in a noun
    return [m for m in ms if m.source or m.end - m.start != 1 or m.label not in {"PER", "LOC"}
            or not (_ends_in_inflected_noun(tv.words[m.start], inflected) or _ends_in_noun(tv.words[m.start], nouns))]


def _ends_in_noun(word: str, nouns: frozenset) -> bool:
    if len(word) < 12 or not word[:1].isupper() or _CAMEL.match(word) or "-" in word or word in surnames():
        return False
    return any((word[k].upper() + word[k + 1:]) in nouns for k in range(4, len(word) - 4))


def _ends_in_inflected_noun(word: str, inflected) -> bool:
    if len(word) < 8 or not word[:1].isupper() or _CAMEL.match(word) or word in surnames():
        return False   # ``Steinmeier`` is no compound of ``Eier``
    tail = word.rsplit("-", 1)[-1]
    for k in range(0, len(tail) - 4):
        if tail is word and k < 3:
            continue   # a real compound: the noun is shorter than the word
        part = tail[k:]
        part = part[:1].upper() + part[1:]
        if part in inflected and inflected[part] != part:
            return True
    return False


def org_with_country(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A country right after a company's name is part of it: ``Lenovo China``,
    ``ClimatePartner Austria`` (one organisation with its country variant)."""
    out = list(ms)
    for m in list(out):
        e = m.end
        if m.label != "ORG" or e >= len(tv.words) or tv.gap(e - 1, e) != " " or tv.words[e] not in countries():
            continue
        if e + 1 < len(tv.words) and tv.words[e + 1][:1] in "-‐":
            continue
        out = replacing(out, m.moved(m.start, e + 1, "ORG"))
    return out


def topic_after_cue(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A capitalised phrase after a subject-area word, or opened by one, is no name: ``im
    Bereich [Life Science]``, ``der Praxisgruppe [Mergers & Acquisitions]``, ``[Praxisgruppe
    Corporate/M&A]``."""
    return [m for m in ms if m.label == "PER" or (m.start == 0 or tv.words[m.start - 1] not in TOPIC_CUES)
            and not (m.end - m.start > 1 and tv.words[m.start] in TOPIC_CUES)]   # ``[Praxisgruppe Corporate/M&A]``


def about_heading(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """``Über ClimatePartner`` alone on its line opens the boilerplate about an
    organisation: the name is an ORG."""
    out = ms
    for i, w in enumerate(tv.words[:-1]):
        if w not in ABOUT_HEADINGS or (i and tv.same_line(i - 1, i) and tv.words[i - 1].strip()):
            continue
        e = _heading_name_end(tv, i)
        if e > i + 1 and all(m.label != "ORG" for m in out if m.start < e and i + 1 < m.end):
            out = replacing(out, Mention(i + 1, e, "ORG", "rule"))
    return out


def _heading_name_end(tv: TextView, i: int) -> int:
    """End of the name after the heading word at ``i`` when the rest of the line is a name of
    one to five words (``i + 1`` when it is not)."""
    e = i + 1
    while e < len(tv.words) and tv.same_line(i, e) and tv.words[e].strip():
        e += 1
    words = tv.words[i + 1:e]
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper():
        return i + 1
    ok = all(w[:1].isupper() or w in {"&", "-", "+", "."} or w[:1].isdigit() for w in words)
    return e if ok else i + 1


def compound_common_noun(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A span that ends in a hyphenated compound with a common-noun tail is no name
    (``UN Global Compact-Initiative``, ``Merger & Acquisitions-Aktivitäten``)."""
    return [m for m in ms if m.label == "PER" or _tail(tv.words[m.end - 1]) not in COMPOUND_NOUN_TAILS]


def compound_noun_no_name(doc: Doc, tv: TextView, ms: list[Mention], lemmas: frozenset = frozenset(),
                          inflected=None) -> list[Mention]:
    """A model name that ends in a hyphenated compound whose last part is a common noun is a
    compound noun, no name (``Likert-Skala``, ``FMA-Vorstandes``): the contract's compound use.
    One word, or a person's span (``[Neuer Plattform-Support]``); kept: an organisation's head
    (``Carlsberg-Gruppe``, ``Tongji-Universität``), a product word (read by
    ``product_compound``), ``Gaia-X``, places (``Sachsen-Anhalt``), double names and a
    project's name (``Eclipse Modeling-Projekt``); a compound of two common words
    (``Cloud-Infrastruktur``, ``Auswahl-Kommission``) also where it names an organisation."""
    if not lemmas:
        return ms
    out = []
    for m in ms:
        w = tv.words[m.end - 1]
        tail = w.rsplit("-", 1)[-1] if "-" in w.strip("-") else ""
        common = _common_compound(w, lemmas, inflected)
        if m.source or m.label == NO_NAME or not tail[:1].isupper() or len(tail) < 3 or len(w.split("-")[0]) < 2 \
                or (m.end - m.start > 1 and m.label != "PER") or not _common_noun(tail, lemmas, inflected) \
                or (m.label in {"LOC", "MISC"} and not common) \
                or not (common or not (is_org_cue(tail) or tail in PRODUCT_COMPOUND_TAILS or tail in PRODUCT_CUES)) \
                or _a_place(_text(tv, m.start, m.end)) or _double_name(w, m.label):
            out.append(m)
        else:
            out.append(m.moved(m.start, m.end, NO_NAME))
    return out


def _a_place(t: str) -> bool:
    """``Baden-Württemberg``, also in the genitive (``Saudi-Arabiens``)."""
    return t in places() or (t.endswith("s") and t[:-1] in places())


def common_compound_left(doc: Doc, tv: TextView, ms: list[Mention], lemmas: frozenset = frozenset(),
                         inflected=None) -> list[Mention]:
    """A compound of two common words that no rule made part of a name is no name
    (``Anbieter von [Cloud-Infrastruktur]``, ``von der [Auswahl-Kommission]``): marked, so that
    later steps (the roles' organisations) do not make one there. Last of the readers: a name
    that holds one (``Unterausschuss für Euro-Münzen``) is found first."""
    out = ms
    for i in tokens_at(tv, _HYPHEN_COMPOUND) if lemmas else ():
        if tv.words[i][:1].isupper() and _common_compound(tv.words[i], lemmas, inflected) and free(out, i, i + 1):
            out = sorted(out + [Mention(i, i + 1, NO_NAME, "rule")])
    return out


#: a hyphen before a capital: where a compound of two words may stand (the word is checked in Python)
_HYPHEN_COMPOUND = re.compile(r"-(?=[A-ZÄÖÜ])")


_COMPOUNDS: dict = {}   # word → _common_compound, per lemma table (the same table in a process)


def _common_compound(w: str, lemmas: frozenset, inflected) -> bool:
    key = (id(lemmas), w)
    if key not in _COMPOUNDS:
        if len(_COMPOUNDS) > 50_000:
            _COMPOUNDS.clear()
        _COMPOUNDS[key] = _two_common_words(w, lemmas, inflected)
    return _COMPOUNDS[key]


def _two_common_words(w: str, lemmas: frozenset, inflected) -> bool:
    """``Cloud-Infrastruktur``, ``Hosting-Dienstleistungen``, ``Auswahl-Kommission``: two parts,
    each a common word (of the lemma table, or a tech term of :data:`NOT_NAMES`); a place, a
    first name or a name of the document's own is none (``Europa-Universität``)."""
    parts = w.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return False
    first, tail = parts
    return (first in NOT_NAMES or _common_noun(first, lemmas, inflected)) and _common_noun(tail, lemmas, inflected) \
        and not _a_place(first) and not _a_place(tail) and first not in first_names()   # ``Ost-Europa``


def _common_noun(w: str, lemmas: frozenset, inflected) -> bool:
    """``Infrastruktur``, ``Ansätze`` (inflected), ``Entwicklungsplattform`` (a compound of one)."""
    if w in lemmas or (inflected is not None and w in inflected):
        return True
    return len(w) >= 9 and any((w[k].upper() + w[k + 1:]) in lemmas for k in range(3, len(w) - 4))


def _double_name(w: str, label: str) -> bool:
    """``Kramp-Karrenbauer``, ``Hans-Peter``: a person's parts of names (one is enough for a
    model person; ``Cloud``, a surname too, does not keep ``Cloud-Infrastruktur``)."""
    names = [p in first_names() or p in surnames() for p in w.split("-")]
    return any(names) if label == "PER" else all(names)


def _tail(word: str) -> str:
    return word.rsplit("-", 1)[-1] if "-" in word.strip("-") else ""


def lone_name_is_company(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A model PER with no first name, that no fuller person name of the document holds, is a
    company where a company's words stand before it: ``bei [Kofax]``, ``des technischen
    Dienstleisters [Worldline]``, ``von [Compana Software]``."""
    if not any(m.label == "PER" and not m.source and m.start > 0 and _company_before(tv, m.start) for m in ms):
        return ms
    persons = [set(tv.words[m.start:m.end]) for m in ms if m.label == "PER" and m.end - m.start > 1]
    seen = Counter(_text(tv, m.start, m.end) for m in ms if m.label == "PER")
    seen.update({_text(tv, m.start, m.end): 2 for m in ms if m.label == "LOC" and m.source == "gazetteer"})
    return [m.moved(m.start, m.end, "ORG") if m.label == "PER" and not m.source and m.start > 0
            and _company_like(tv, m, persons, seen) else m for m in ms]


def _company_like(tv: TextView, m: Mention, persons: list[set], seen: Counter) -> bool:
    """``m`` reads as a company: no first name, no surname (lexicon or a full name of the
    document), named once as a person or right after a company's noun (``des Dienstleisters
    [Worldline]``), and after a company's words."""
    words = [w for w in tv.words[m.start:m.end] if w.strip()]
    base = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]   # ``Obamas`` is Obama's
    noun_before = tv.words[m.start - 1].lower().endswith(COMPANY_NOUN_ENDINGS)
    if words[0] in first_names() or (seen[" ".join(words)] >= 2 and not noun_before) or any(
            set(words) <= p or set(base) <= p for p in persons):
        return False
    shape = (len(words) == 1 and not _surname(words[0])) or (len(words) == 2 and words[1] in COMPANY_WORDS)
    return shape and _company_before(tv, m.start)


def _surname(w: str) -> bool:
    """A surname of the lexicon, also in the genitive (``Merkels``)."""
    return w in surnames() or (w.endswith("s") and w[:-1] in surnames())


def _company_before(tv: TextView, s: int) -> bool:
    prev = tv.words[s - 1]
    return prev in COMPANY_CONTEXT_WORDS or prev.lower().endswith(COMPANY_NOUN_ENDINGS)


def place_by_context(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A name before ``, <known place>`` or after a place word is a place: ``in [Baoting],
    Hainan, China``, ``der Stadt [Baoting]`` (the entity step then labels its other mentions
    alike)."""
    out = []
    for m in ms:
        if m.label in {"PER", "ORG", "LOC"} and m.end - m.start == 1 and (_place_follows(tv, m.end) or (
                m.start > 0 and tv.words[m.start - 1] in PLACE_TYPE_WORDS)):
            m = Mention(m.start, m.end, "LOC", "gazetteer")   # also the model's LOC: evidence for its other mentions
        out.append(m)
    return out


def _place_follows(tv: TextView, e: int) -> bool:
    return e + 1 < len(tv.words) and tv.words[e] == "," and tv.words[e + 1] in places() \
        and tv.same_line(e, e + 1) and tv.words[e - 2:e - 1] != [","]


def institution(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Public bodies are organisations: a listed one (``Vereinten Nationen``), a one-word
    institution (``Finanzministerium``), or a head with its ``für``-phrase (``Bundesanstalt
    für Finanzdienstleistungsaufsicht``)."""
    out = ms
    for i in capitalised(tv):
        w = tv.words[i]
        if not (w in _INSTITUTION_WORDS or w.endswith(_INSTITUTION_TAILS)):
            continue   # most words: no institution's first word, one set lookup
        e = _institution_end(tv, i)
        if e > i and (free(out, i, e) or any(m.start == i and m.label != "ORG" and m.end <= e for m in out)):
            out = replacing(out, Mention(_body_of(tv, out, i), e, "ORG", "rule"))
    return out


def _body_of(tv: TextView, out: list[Mention], i: int) -> int:
    """Start of the body the institution at ``i`` is the genitive of: ``[Sicherheitsrat] der
    Vereinten Nationen`` is one organisation; after a title (``Generalsekretär der …``) or
    anything else the institution starts at ``i``."""
    if i < 2 or tv.words[i - 1] not in {"der", "des"}:
        return i
    k = i - 2
    head = next((m for m in out if m.end == k + 1 and m.label in {"ORG", ""}), None)
    if head is not None:
        return head.start
    w = tv.words[k]
    if w[:1].isupper() and free(out, k, k + 1) and not is_role_noun(w) and (is_org_cue(w) or w.lower().endswith(
            BODY_ENDINGS)):
        return k
    return i


def _institution_end(tv: TextView, i: int) -> int:
    """End of the institution's name that starts at word ``i`` (``i`` when none does)."""
    n, w = len(tv.words), tv.words[i]
    if i + 1 < n and w in _INSTITUTION_FIRSTS and f"{w} {tv.words[i + 1]}" in INSTITUTIONS:
        return i + 2
    low = w.lower()
    if w in INSTITUTIONS or (len(w) > 9 and low.endswith(INSTITUTION_ENDINGS)
                             and len(w) > len(_ending(low, INSTITUTION_ENDINGS)) + 2):
        return i + 1
    if w in INSTITUTION_HEADS and i + 2 < n and tv.words[i + 1] in {"für", "of", "for"} and tv.words[i + 2][:1].isupper():
        e = i + 3
        while e + 1 < n and tv.words[e] in {"und", "&", "-"} and tv.words[e + 1][:1].isupper():
            e += 2
        return e
    return i


_INSTITUTION_FIRSTS = frozenset(n.split()[0] for n in INSTITUTIONS if " " in n)
_INSTITUTION_WORDS = _INSTITUTION_FIRSTS | INSTITUTIONS | INSTITUTION_HEADS
_INSTITUTION_TAILS = tuple({e for e in INSTITUTION_ENDINGS} | {e.capitalize() for e in INSTITUTION_ENDINGS})


def _ending(low: str, endings: tuple) -> str:
    return next(x for x in endings if low.endswith(x))


@lru_cache(maxsize=1)
def _place_firsts() -> frozenset:
    """First words of the places of several words (``Den`` of ``Den Haag``, ``Vereinigten``
    of ``Vereinigten Arabischen Emiraten``)."""
    return frozenset(n.split()[0] for n in german_places() if " " in n)


def _place_word(w: str) -> bool:
    """A place of :func:`german_places`, also in the genitive (``Österreichs``, ``Chinas``)."""
    gp = german_places()
    return w in gp or (w.endswith("s") and w[:-1] in gp and not w[:-1].endswith(("s", "x", "z")))


def _known_place_end(tv: TextView, i: int, gp: frozenset) -> int:
    """End of the place of the tables at word ``i`` (``i`` when none): ``Den Haag``, ``den
    [Vereinigten Arabischen Emiraten]``, ``Österreichs``."""
    w, n = tv.words[i], len(tv.words)
    if w in _place_firsts():
        e = next((i + k for k in (4, 3, 2) if i + k <= n and " ".join(tv.words[i:i + k]) in gp), i)
        if e > i:
            return e
    return i + 1 if _place_word(w) else i


def known_place(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A country, city or region of the place tables is a place where the model found nothing
    or took it for a person: ``[China] und Europa``, ``Vertreter [Österreichs]``, ``Den Haag``."""
    out = ms
    n = len(tv.words)
    gp = german_places()
    for i in capitalised(tv):
        e = _known_place_end(tv, i, gp)
        if e == i or (e < n and tv.words[e][:1] in "-‐" and not tv.gap(e - 1, e)):
            continue   # ``China-Strategie``: a compound
        hit = [m for m in out if m.start < e and i < m.end]
        if not hit or all(m.label in {"PER", "LOC"} and i <= m.start and m.end <= e for m in hit):
            out = replacing(out, Mention(i, e, "LOC", "gazetteer"))
        elif e - i > 2 and all(m.label == "LOC" and m.start == i for m in hit):
            out = replacing(out, Mention(i, e, "LOC", "gazetteer"))   # ``[Vereinigten Arabischen] Emiraten``
    return out


def company_words_out(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A company word before a company's name and a title after it are no part of it:
    ``[Personalberatungsunternehmens] SpencerStuart``, ``KPMG [Partner]``, ``KPMG
    [Cybersecurity-Expert]:innenteam``."""
    out = []
    for m in ms:
        s, e = m.start, m.end
        if m.label == "ORG":
            while e - s > 1 and not _CAMEL.match(tv.words[e - 1]) and (
                    is_role_noun(tv.words[e - 1]) or _tail(tv.words[e - 1]) in ENGLISH_ROLES
                    or tv.words[e - 1] in ORG_TRAILING_NOUNS):
                e -= 1
            while e - s > 1 and tv.words[s].lower().endswith(COMPANY_NOUN_ENDINGS) and tv.words[s + 1][:1].isupper():
                s += 1
            while e - s > 1 and tv.words[e - 1][:1].islower():
                e -= 1   # ``Plädoyer des [Generalanwalts]``: no article left at the end (``FC Schalke 04`` keeps 04)
            if e < m.end and e - s == 1 and not (is_acronym(tv.words[s]) or _CAMEL.match(tv.words[s])):
                out.append(m.moved(m.start, m.end, NO_NAME))   # ``[Missions] Spezialist``: a title, no name
                continue
        out.append(m.moved(s, e, m.label))
    return out


def name_of_a_company(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A lone model PER that opens a company's name of the document is that company:
    ``sagt [Caritas] Generalsekretärin`` beside ``Caritas Österreich`` (ORG)."""
    heads = {tv.words[m.start] for m in ms if m.label == "ORG" and m.end - m.start > 1}
    heads -= {tv.words[m.start] for m in ms if m.label == "LOC" and m.end - m.start == 1}   # ``Baoting`` a place
    return [m.moved(m.start, m.end, "ORG") if m.label == "PER" and not m.source and m.end - m.start == 1
            and tv.words[m.start] in heads and tv.words[m.start] not in first_names() else m for m in ms]


def list_neighbours_agree(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A one-word model name between two names of one other label in a comma list takes
    their label: ``Epson, Fujitsu, [Microtek], Panasonic`` (PER → ORG)."""
    out = list(ms)
    for k in range(1, len(out) - 1):
        a, m, b = out[k - 1], out[k], out[k + 1]
        if m.source or m.end - m.start != 1 or a.label != b.label or a.label in {m.label, NO_NAME}:
            continue
        if tv.words[a.end:m.start] == [","] and tv.words[m.end:b.start] in ([","], ["und"], ["sowie"]):
            out[k] = m.moved(m.start, m.end, a.label)
    return out


def company_list(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A list of three or more names whose labelled members are mostly companies (two at
    least) is a list of companies: its unlabelled members and the model's persons there are
    companies too (``darunter Epson, [Fujitsu], Fuji Xerox, [Microtek], Panasonic und [Ricoh]``)."""
    out = ms
    if sum(m.label == "ORG" for m in ms) < 2:
        return ms
    for items in _name_lists(tv):
        labels = Counter(m.label for s, e in items for m in out if (m.start, m.end) == (s, e))
        if labels["ORG"] < 2 or labels["ORG"] <= sum(v for k, v in labels.items() if k != "ORG"):
            continue
        for s, e in items:
            if _unlabelled_item(tv, out, s, e):
                out = replacing(out, Mention(s, e, "ORG", "rule"))
    return out


def _unlabelled_item(tv: TextView, ms: list[Mention], s: int, e: int) -> bool:
    """The list item ``s:e`` holds no name yet, or the model's person; a tech term is none
    (``Twitter, Facebook und E-Mail``)."""
    if _text(tv, s, e) in NOT_NAMES:
        return False
    hit = [m for m in ms if m.start < e and s < m.end]
    return not hit or (len(hit) == 1 and (hit[0].start, hit[0].end) == (s, e) and hit[0].label == "PER"
                       and not hit[0].source)


_LIST_LINKS = frozenset({"und", "sowie", "oder", "and"})


def _name_lists(tv: TextView) -> list[list[tuple[int, int]]]:
    """Runs of three or more name-like items (one to three capitalised words) joined by commas
    and a last ``und``/``sowie``/``oder``, on one line: ``Epson, Fujitsu, Fuji Xerox und Ricoh``."""
    lists = []
    for i in tokens_at(tv, _COMMA_BETWEEN_NAMES):
        if tv.words[i] != "," or (lists and lists[-1][-1][1] > i):
            continue
        s = i
        while s > 0 and i - s < 3 and tv.same_line(s - 1, i) and _list_word(tv.words[s - 1]):
            s -= 1
        if s == i or (s > 0 and tv.words[s - 1] in {",", "("}):
            continue   # the list starts further back, or is no list of names
        items = _list_items(tv, s, i)
        if len(items) >= 3:
            lists.append(items)
    return lists


def _list_items(tv: TextView, s: int, k: int) -> list[tuple[int, int]]:
    """The items of the list whose first item is ``s:k`` (``k`` its first separator)."""
    n, items = len(tv.words), [(s, k)]
    while k < n and (tv.words[k] == "," or tv.words[k] in _LIST_LINKS) and tv.same_line(s, k):
        last = tv.words[k] in _LIST_LINKS or (k + 1 < n and tv.words[k + 1] in _LIST_LINKS)
        k += 2 if tv.words[k] == "," and k + 1 < n and tv.words[k + 1] in _LIST_LINKS else 1
        e = k
        while e < n and e - k < 3 and tv.same_line(s, e) and _list_word(tv.words[e]):
            e += 1
        if e == k:
            break
        items.append((k, e))
        k = e
        if last:
            break
    return items


#: a comma between two capitalised words: where a list of names may stand
_COMMA_BETWEEN_NAMES = re.compile(r", (?=[A-ZÄÖÜ0-9])")


def _list_word(w: str) -> bool:
    return (w[:1].isupper() or w[:1].isdigit()) and w[-1:] not in {".", ":"} and w not in _ITEM_STOPS \
        and any(c.isalpha() for c in w)


_ITEM_STOPS = frozenset({"Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Wir", "Sie", "Er", "Es", "Ich"})


def company_product(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A company's name and a brand word in camel case or capitals is the company's product:
    ``ABBYY FlexiCapture``, ``ABBYY Mobile Capture SDK``; a later ``FlexiCapture`` is that
    product too. ``KPMG Law`` (no such word) stays a company."""
    orgs = {tv.words[m.start] for m in ms if m.label == "ORG" and m.end - m.start == 1}
    out = []
    products = set()
    for m in ms:
        words = tv.words[m.start:m.end]
        if m.label == "ORG" and len(words) > 1 and words[0] in orgs and _brand_after_company(words[1:]):
            m = m.moved(m.start, m.end, "MISC")
            products.update(w for w in words[1:] if _CAMEL.match(w))
        out.append(m)
    return [m.moved(m.start, m.end, "MISC") if m.end - m.start == 1 and tv.words[m.start] in products
            and m.label in {"ORG", "PER"} else m for m in out]


def _brand_after_company(rest: list[str]) -> bool:
    """The words after a company's name hold a brand (camel case, capitals) and no legal form
    or country (``KPMG Österreich`` is the company)."""
    if any(w in LEGAL_FORMS or w in countries() for w in rest):
        return False
    return any(_CAMEL.match(w) or (w.isupper() and len(w) >= 3) for w in rest)


_SOFTWARE_FIRSTS = frozenset(n.split()[0] for n in SOFTWARE)


def known_software(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Operating systems, programming languages and software of the table are products:
    ``für [iOS] und [Android]``, ``[C++], [Java] und [Objective-C]``; a model name that opens
    with one is its edition (``Windows Vista`` ORG → MISC)."""
    out = ms
    n = len(tv.words)
    for i, w in enumerate(tv.words):
        if w not in _SOFTWARE_FIRSTS:
            continue
        for k in (3, 2, 1):
            if i + k <= n and " ".join(tv.words[i:i + k]) in SOFTWARE:
                hit = [m for m in out if m.start < i + k and i < m.end]
                if all(m.label != "MISC" and i <= m.start and m.end <= i + k for m in hit):
                    out = replacing(out, Mention(i, i + k, "MISC", "gazetteer"))
                elif len(hit) == 1 and hit[0].start == i and hit[0].label in {"ORG", "PER"} and not hit[0].source \
                        and hit[0].end - i <= k + 2:
                    out = replacing(out, hit[0].moved(i, hit[0].end, "MISC", "gazetteer"))   # ``Windows Vista``
                break
    return out


def brand_before_product_word(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A brand right before a product word is a product (``[INfuse] Scanner``, ``[ADOMO]
    Technologie``, ``[ABBYY Vantage] Plattform``), unless it is the document's company alone
    (``ABBYY Technologie`` holds no name)."""
    n = len(tv.words)
    # the document's companies: one-word ORGs that also stand without a product word after them
    companies = {tv.words[m.start] for m in ms if m.label == "ORG" and m.end - m.start == 1
                 and (m.end >= n or tv.words[m.end] not in PRODUCT_AFTER)}
    out = []
    for m in ms:
        e = m.end
        if m.label in {"ORG", "PER", "LOC"} and e < n and tv.words[e] in PRODUCT_AFTER and tv.gap(e - 1, e) == " " \
                and not (m.end - m.start == 1 and tv.words[m.start] in companies):
            m = m.moved(m.start, m.end, "MISC")
        out.append(m)
    return out


def person_needs_a_name(doc: Doc, tv: TextView, ms: list[Mention], nouns: frozenset = frozenset()) -> list[Mention]:
    """A model person with no first name that is no person's name: several words holding a
    company's name of the document (``[Managed Nextcloud]``: its product, ``Nextcloud`` alone
    or opening a company's name that no place opens), or a hyphenated common noun (``[Open-Source KI-Bibliothek]``,
    one word too: ``[Genehmigungs-Workflows]``, ``[KI-Skills]``). A lone word without a hyphen
    is left alone: news name people by surname (``Obama``, ``Merkels``)."""
    names = first_names()
    orgs = {tv.words[m.start] for m in ms if m.label == "ORG"} - places()   # ``Manchester City``: a place
    out = []
    for m in ms:
        words = [w for w in tv.words[m.start:m.end] if w.strip()]
        if m.label != "PER" or m.source or any(p in names for w in words for p in w.split("-")):
            out.append(m)   # ``Eva-Maria Hufschmitt``
        elif len(words) == 1:
            out.append(m.moved(m.start, m.end, NO_NAME) if _hyphenated_noun(words[0], nouns) else m)
        elif any(w in orgs for w in words):
            out.append(m.moved(m.start, m.end, "MISC"))
        elif any("-" in w and _noun_part(w.rsplit("-", 1)[-1], nouns) for w in words):
            out.append(m.moved(m.start, m.end, NO_NAME))
        else:
            out.append(m)
    return out


def _hyphenated_noun(w: str, nouns: frozenset) -> bool:
    """``Genehmigungs-Workflows``, ``KI-Skills``, ``Runtime-Plattform``: a hyphenated word with
    a common noun or tech term among its parts (a linking ``s`` dropped) and no surname."""
    parts = w.split("-")
    if len(parts) < 2 or any(p in surnames() for p in parts):
        return False   # ``Müller-Lüdenscheidt``
    return any(p in NOT_NAMES or _noun_part(p, nouns) or (p.endswith("s") and _noun_part(p[:-1], nouns))
               for p in parts)


def _noun_part(part: str, nouns: frozenset) -> bool:
    return part[:1].isupper() and (part in nouns or part in PRODUCT_CUES or part in PRODUCT_AFTER)


def product_name_head(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A name that ends in a product's word is the product: ``Sovereign Productivity Suite``,
    ``Eclipse Modeling Framework``, ``Data Tools Platform``."""
    return [m.moved(m.start, m.end, "MISC") if m.label in {"ORG", "PER", "LOC"} and m.end - m.start > 1
            and tv.words[m.end - 1] in PRODUCT_NAME_HEADS else m for m in ms]


def company_then_brand(doc: Doc, tv: TextView, ms: list[Mention], known=None,
                       lemmas: frozenset = frozenset()) -> list[Mention]:
    """A company's name and the unknown capitalised word after it are the company's product:
    ``[ABBYY] Vantage`` → MISC ``ABBYY Vantage``, ``ABBYY FineReader``; not a role, a work,
    a unit or a place (``KPMG Partner``, ``KPMG Studie``, ``KPMG Law``, ``KPMG Österreich``)."""
    out = ms
    for m in list(ms):
        e = m.end
        if m.label != "ORG" or m.end - m.start != 1 or e >= len(tv.words) or tv.gap(e - 1, e) != " ":
            continue
        w = tv.words[e]
        if not w[:1].isupper() or not _brand_word(w) or _common_word(w, known, lemmas):
            continue   # ``KPMG Organisation``, ``IONOS Rechenzentren``: the company and a noun
        if not free(out, e, e + 1) and not any(x.start == e and x.label == "MISC" for x in out):
            continue
        k = e + 1
        while k < len(tv.words) and tv.gap(k - 1, k) == " " and _brand_word(tv.words[k]) \
                and not _common_word(tv.words[k], known, lemmas) \
                and tv.words[k][:1].isupper() and free(out, k, k + 1):
            k += 1
        out = replacing(out, Mention(m.start, k, "MISC", "rule"))
    return out


def _common_word(w: str, known, lemmas: frozenset) -> bool:
    """A German word of the lemma table, inflected or compound (``Organisation``,
    ``Rechenzentren``, ``Automatisierungsvorhaben``): no brand after a company's name."""
    return known is not None and (w in known or _common_noun(w, lemmas, None))


def _brand_word(w: str) -> bool:
    return (w not in ORG_UNIT_WORDS and w not in ORG_WORK_TAILS and w not in ORG_TRAILING_NOUNS
            and w not in ORG_PRODUCT_TAILS and w not in LEGAL_FORMS and not is_role_noun(w)
            and w not in places() and not w.isdigit() and w not in TOPIC_CUES and w not in PRODUCT_AFTER
            and w not in first_names())


def trademark_notice(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """The names a trademark notice lists are brands (MISC) in that sentence: ``[ABBYY], das
    ABBYY Logo, [FineReader] und [FlexiCapture] sind entweder registrierte Warenzeichen oder
    …``; ``das ABBYY Logo`` is no list item, the owner after ``von`` stays the company."""
    out = ms
    for v in _notice_verbs(tv):
        s = v
        while s > 0 and tv.same_line(s - 1, v) and tv.words[s - 1] not in {".", ":", ";"} and v - s < 40:
            s -= 1
        for i, e in _notice_items(tv, s, v):
            hit = [m for m in out if m.start < e and i < m.end]
            if all(m.label != NO_NAME and i <= m.start and m.end <= e for m in hit):
                out = replacing(out, Mention(i, e, "MISC", LOCAL))
    return out


def _notice_items(tv: TextView, s: int, v: int) -> list[tuple[int, int]]:
    """The items between list separators in ``s:v`` that are capitalised words only (one to
    four; ``das ABBYY Logo`` is none)."""
    items, i = [], s
    while i < v:
        e = i
        while e < v and tv.words[e] not in {",", "und", "sowie", "and", "&"}:
            e += 1
        if 0 < e - i <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in tv.words[i:e]):
            items.append((i, e))
        i = e + 1
    return items


def _notice_verbs(tv: TextView) -> list[int]:
    """The ``sind``/``ist``/``are`` that a trademark noun follows within five words."""
    hits = []
    for k, w in enumerate(tv.words):
        if w in TRADEMARK_NOUNS and k > 1:
            v = next((j for j in range(k - 1, max(k - 6, 0), -1) if tv.words[j] in {"sind", "ist", "are", "is"}), None)
            if v is not None and tv.same_line(v, k):
                hits.append(v)
    return hits
