"""Rules that fix where a name starts and ends, or find one the model missed.

Each is a reader ``(doc, tv, mentions) -> mentions`` named for the construction it reads.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import (NO_NAME, Mention, capitalised, covers, free, longest_first,
                                                     replacing, tokens_at)
from pipeline.lang.name_evidence import (ABOUT_HEADINGS, COMPANY_WORDS, GENERIC_GROUP_PREFIXES, NOT_NAMES, POSTCODE,
                                         STREET_ENDINGS, STREET_WORDS, places)
from pipeline.lang.name_parts import NAME_PARTICLES, first_names
from pipeline.lang.months import MONTH_NAMES
from pipeline.lang.role_words import LEGAL_FORMS
from pipeline.lang.structure_cues import FOOTER_WIRE, WIRES
from pipeline.text.view import TextView

_POSTCODE = re.compile(POSTCODE)
_URL_OR_MAIL = re.compile(r"(?:@|^www\.|^https?:|\.(?:de|at|ch|com|org|net|eu|io)$)", re.I)
_SEPARATOR_LINE = re.compile(r"[\s_\-=*~#+.·•|]+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_URL_OR_MAIL_IN_LINE = re.compile(r"@|\bwww\.|https?:|\.(?:de|at|ch|com|org|net|eu|io)\b", re.I)
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-zA-Z]?(?:[-–/]\d{1,4}[a-zA-Z]?)?[,.]?$")

#: Legal-form words that only continue a legal form (``GmbH & Co. KG``), never start one.
_FORM_LINKS = frozenset({"&", "Co.", "Co", "KG", "mbH", "KGaA", "OHG"})
#: Legal forms that open a company name's tail; ``Group``/``Holding`` and the like close a
#: name too, but only after a name the model found (``Muster Group``), never on their own.
_OPENING_FORMS = frozenset(LEGAL_FORMS) - {"Group", "Gruppe", "Holding", "Holdings", "Konzern", "Co.", "SA"}


def _boilerplate_line(tv: TextView, toks) -> bool:
    """A separator line (``________``), a shouted wire footer (``OTS-ORIGINALTEXT
    PRESSEAUSSENDUNG UNTER …``), a web or e-mail line, or a phone line."""
    words = [i for i in toks if tv.words[i].strip()]
    if not words:
        return False
    line = tv.text[tv.starts[words[0]]:tv.ends[words[-1]]]
    if len(line) > 400:
        return False   # a paragraph, no boilerplate line
    if _SEPARATOR_LINE.fullmatch(line):
        return True
    if line.upper() == line and len(_LETTER_WORD.findall(line)) >= 4:
        return True
    if _URL_OR_MAIL_IN_LINE.search(line) and len(_LETTER_WORD.findall(line)) <= 4:
        return True
    return tv.words[words[0]].rstrip(":.") in {"Tel", "Telefon", "Fax", "Mobil", "Phone", "T", "F", "M"}


def no_name_in_boilerplate(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """Separator lines, shouted footers, web, e-mail and phone lines name no one, and no
    token of a URL or e-mail address is a name (``www.kpmg.at``, ``presse@muster.de``)."""
    if not ms:
        return ms
    # only the lines that hold a name matter; ``tv.line`` never decreases, so bisect finds them
    lines = {ln: range(bisect.bisect_left(tv.line, ln), bisect.bisect_right(tv.line, ln))
             for ln in {tv.line[m.start] for m in ms}}
    bad_lines = {ln for ln, toks in lines.items() if _boilerplate_line(tv, toks)}
    return [m for m in ms if tv.line[m.start] not in bad_lines
            and not any(_URL_OR_MAIL.search(tv.words[i]) for i in range(m.start, m.end))]


def lower_case_edges_out(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A lower-case word at a name's edge is no part of it (``[europäische] Blockchain``,
    ``[deutschen] Bahn``); a name of lower-case words only is kept when the tagger calls
    it a proper noun (``dena``)."""
    out = []
    for m in ms:
        s, e = m.start, m.end
        while s < e and _lower(tv, s) and tv.words[s] not in NAME_PARTICLES:
            s += 1
        while e > s and _lower(tv, e - 1):
            e -= 1
        if s == e and m.end - m.start == 1 and tv.poss[m.start] == "PROPN" and len(tv.words[m.start]) <= 6:
            s, e = m.start, m.end   # ``dena``, ``ebay``: one lower-case proper noun
        if s < e:
            out.append(m.moved(s, e, m.label))
    return out


def _lower(tv: TextView, i: int) -> bool:
    w = tv.words[i]
    return w[:1].islower() and not any(c.isupper() or c.isdigit() for c in w)   # ``eBay``, ``iPhone`` stay


def postcode_out_of_place(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A postcode is no part of the town (``[1090] Wien``, ``[D-80331] München``), and the
    town after a postcode at a line's start is a place: ``A-1090 Wien`` → LOC ``Wien``."""
    out = []
    for m in ms:
        s = m.start
        while s < m.end and _POSTCODE.match(tv.words[s]):
            s += 1
        if s < m.end:
            out.append(m.moved(s, m.end, m.label))
    for i in tokens_at(tv, _POSTCODE_CANDIDATE):
        if i < len(tv.words) - 1 and _postcode_opens(tv, i, tv.words[i]):
            e = _town_end(tv, i)
            if e > i + 1 and e - i <= 4 and not any(m.start <= i + 1 < m.end and m.label == "ORG" for m in out):
                out = replacing(out, Mention(i + 1, e, "LOC", "rule"))
    return out


_POSTCODE_CANDIDATE = re.compile(r"\d\d\d\d\d?(?= [A-ZÄÖÜ])")   # the word is checked by _postcode_opens
#: a street ending right before a space and a digit (``…gasse 51``): the word that holds it
#: (a word before a space and a digit; the word's ending is checked in Python: one cheap
#: expression instead of an alternation over every ending)
_STREET_CANDIDATE = re.compile(r" \d")   # the space's word: the one before it


def _postcode_opens(tv: TextView, i: int, w: str) -> bool:
    """Word ``i`` is a postcode at a line's start or after a comma or dash (``D - 80331``)."""
    if not (w[:1].isdigit() or w[1:2] == "-" or w[2:3] == "-") or not _POSTCODE.match(w):
        return False
    return not (i and tv.same_line(i - 1, i) and tv.words[i - 1] not in {",", "-", "–"})


def _town_end(tv: TextView, i: int) -> int:
    """End of the town's name after the postcode at ``i`` (``Frankfurt am Main``)."""
    e = i + 1
    while e < len(tv.words) and tv.same_line(i, e) and (tv.words[e][:1].isupper() or tv.words[e] in _TOWN_LINKS):
        e += 1
    while e > i + 1 and not tv.words[e - 1][:1].isupper():
        e -= 1
    return e


_TOWN_LINKS = frozenset({"a.", "am", "an", "der", "im", "bei"})


def street_with_house_number(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """``Porzellangasse 51``, ``Hauptstraße 5a``: a street name before a house number is a
    place (the number stays out); a street the model called a person or company is one too.
    Abbreviated (``Karlstr. 64``) and after its adjective (``Landsberger Str. 300``,
    ``Landsberger Straße 300``) the whole name is the place."""
    out = ms
    for i in tokens_at(tv, _STREET_CANDIDATE):
        street = _street_at(tv, i)
        if street is None:
            continue
        s, e = street
        if covers(out, s, e):
            out = replacing(out, Mention(s, e, "LOC", "rule"))
    return out


def _street_at(tv: TextView, i: int) -> tuple[int, int] | None:
    """The street's span whose name ends at word ``i`` before a house number, or None."""
    n = len(tv.words)
    if tv.words[i] == "." and i > 0 and not tv.gap(i - 1, i):
        i -= 1   # ``Karlstr`` ``.`` ``64``
    w = tv.words[i]
    e = i + 2 if i + 1 < n and tv.words[i + 1] == "." and not tv.gap(i, i + 1) else i + 1
    if e >= n or not w[:1].isupper() or not _HOUSE_NUMBER.match(tv.words[e]) or not tv.same_line(i, e):
        return None
    if not _street_word(w, e == i + 2):
        return None
    if e + 1 < n and tv.same_line(i, e + 1) and tv.words[e + 1][:1].islower():
        return None   # ``… gasse 5 bis …``: no address
    if w in STREET_WORDS:   # ``Landsberger Str.``; ``Platz 3``, ``Ring 2`` alone are no street
        return (i - 1, e) if i and _street_adjective(tv, i - 1) else None
    return i, e


def _street_word(w: str, dotted: bool) -> bool:
    """``Porzellangasse``, ``Karlstr`` (``dotted``: its full stop follows), ``Str.``, ``Allee``."""
    return (w.lower() + ("." if dotted else "")).endswith(STREET_ENDINGS) and (len(w) > 5 or w in STREET_WORDS)


def _street_adjective(tv: TextView, k: int) -> bool:
    """``Landsberger`` before ``Str.``: a capitalised ``-er`` word on the street's line."""
    w = tv.words[k]
    return w[:1].isupper() and w.endswith("er") and len(w) > 4 and tv.same_line(k, k + 1)


def legal_form_completes_company(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A legal form after a name belongs to the company's span, and makes it a company:
    ``[Muster Holding] Ltd.`` → ``Muster Holding Ltd.``, ``[Beispiel] GmbH & Co. KG``;
    ``[ARQUM] GmbH`` tagged PER → ORG."""
    out = []
    n = len(tv.words)
    for m in ms:
        e = _form_end(tv, m.end, n, after_form=_form(tv.words[m.end - 1]))
        label = "ORG" if e > m.end or (m.label in {"PER", "LOC"} and tv.words[m.end - 1] in _OPENING_FORMS
                                        and m.end - m.start > 1) else m.label
        out.append(m.moved(m.start, e, label))
    # overlaps after growing: the grown company wins
    return longest_first(out)


def _form(w: str) -> bool:
    """A legal form, also with the sentence's full stop glued on (``GmbH.``)."""
    return w in LEGAL_FORMS or w[-1:] == "." and w[:-1] in LEGAL_FORMS


def _form_end(tv: TextView, e: int, n: int, after_form: bool = False) -> int:
    """End of the legal-form tail that starts at token ``e`` (``e`` when there is none),
    with the descriptor after it (``AG Wirtschaftsprüfungsgesellschaft``)."""
    if e >= n or not tv.same_line(e - 1, e) or tv.gap(e - 1, e) not in {" ", ""}:
        return e
    if not _form(tv.words[e]):
        if not after_form:
            return e
        k = e   # ``KPMG Austria GmbH`` found: its descriptor may follow
    else:
        k = e + 1
    while k < n and tv.same_line(e, k) and tv.gap(k - 1, k) in {" ", ""}:
        w = tv.words[k]
        if w in _FORM_LINKS or w in LEGAL_FORMS or w.endswith("gesellschaft"):
            k += 1
        elif w.endswith("-") and k + 2 < n and tv.words[k + 1] == "und" and tv.words[k + 2].endswith("gesellschaft"):
            k += 3   # ``Wirtschaftsprüfungs- und Steuerberatungsgesellschaft``
        else:
            break
    while tv.words[k - 1] == "&":
        k -= 1
    return k


def company_before_legal_form(doc: Doc, tv: TextView, ms: list[Mention], known=None) -> list[Mention]:
    """A legal form no name holds closes a company the model missed: the capitalised words
    before it on its line (``bei der [Volocopter GmbH]``, ``die [ARQUM GmbH]``), or one
    lower-case brand that is no German word (``der [ecsec GmbH]``, ``[itemis AG]``)."""
    out = ms
    covered = {i for m in ms for i in range(m.start, m.end)}
    for i in capitalised(tv):
        w = tv.words[i]
        if i == 0 or not (w in _OPENING_FORMS or w[-1:] == "." and w[:-1] in _OPENING_FORMS):
            continue
        if i in covered:
            own = next(m for m in out if m.start <= i < m.end)
            if own.start == i and (i - 1) not in covered and _lower_brand(tv, i - 1, known):
                out = replacing(out, own.moved(i - 1, own.end, "ORG"))   # the model's ``[AG]`` of ``itemis AG``
            continue
        s = _company_start(tv, i, covered, known)
        if s < i:
            e = _form_end(tv, i, len(tv.words))
            if free(out, s, e):
                out = sorted(out + [Mention(s, e, "ORG", "rule")])
    return out


def _company_start(tv: TextView, i: int, covered: set, known) -> int:
    """Start of the company's name before the legal form at ``i`` (``i`` when none)."""
    s = i
    while s > 0 and i - s < 4 and tv.same_line(s - 1, i) and s - 1 not in covered and _name_word(tv, s - 1):
        s -= 1
    if s == i and (i - 1) not in covered and _lower_brand(tv, i - 1, known):
        s = i - 1
    return s


def _lower_brand(tv: TextView, k: int, known) -> bool:
    """Word ``k`` is a lower-case brand right before a legal form: letters and no word of the
    lemma table, inflected or not (``neue AG`` is none); the tagger reads such unknown words
    as anything, so only its function words count."""
    w = tv.words[k]
    return bool(known) and w.isalpha() and w.islower() and len(w) > 2 and w not in known \
        and tv.same_line(k, k + 1) and tv.tags[k] not in {"ART", "APPR", "APPRART", "KON", "PPOSAT", "PDAT", "ADJA",
                                                         "ADV", "PRELS", "PPER"}


def _name_word(tv: TextView, i: int) -> bool:
    w = tv.words[i]
    return (w[:1].isupper() or w[:1].isdigit() and any(c.isalpha() for c in w) or w in {"&", "+"}) \
        and tv.tags[i] not in {"ART", "APPR", "APPRART", "KON", "PPOSAT", "PDAT"} and w not in {"Die", "Der", "Das"}


def dateline_place_and_wire(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """The dateline's places are places and its wire in parentheses is the agency:
    ``Wien/Linz (OTS) -`` → LOC ``Wien``, LOC ``Linz``, ORG ``OTS``; ``Berlin, 3. Mai 2024``."""
    dl = doc._.dateline
    if dl is None:
        return ms
    out = ms
    i = bisect.bisect_left(tv.starts, dl.start)
    while i < len(tv.words) and tv.starts[i] < dl.end and (tv.words[i][:1].isupper() or tv.words[i] in {"/", ","}):
        if tv.words[i] == "," and not (i + 1 < len(tv.words) and tv.words[i + 1] in places()):
            break   # ``BAOTING, China, 23. Oktober``: a country after the town is a place too
        if tv.words[i] in {"/", ","}:
            i += 1
            continue
        e = _dateline_place_end(tv, i, dl.end)
        out = replacing(out, Mention(i, e, "LOC", "rule"))
        i = e
    for k in range(i, len(tv.words) - 2):
        if tv.starts[k] >= dl.end:
            break
        if tv.words[k] == "(" and tv.words[k + 2] == ")" and _wire_word(tv.words[k + 1]):
            out = replacing(out, Mention(k + 1, k + 2, "ORG", "rule"))
    return out


_FOOTER_WIRE = re.compile(FOOTER_WIRE)
#: A word each of ``FOOTER_WIRE``'s alternatives holds.
_FOOTER_WIRE_WORDS = ("übermittelt", "PRNewswire", "OTS", "ots")


def wire_in_footer(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """The distributor a footer names is an organisation, spelt lower-case or not:
    ``Polizeipräsidium Reutlingen, übermittelt durch [news aktuell]``, ``/[PRNewswire]/``."""
    out = ms
    if not any(w in tv.text for w in _FOOTER_WIRE_WORDS):
        return out   # a plain ``in`` is far cheaper than the expression's search
    for m in _FOOTER_WIRE.finditer(tv.text):
        g = next(k for k in range(1, (m.lastindex or 0) + 1) if m.group(k))
        s = bisect.bisect_left(tv.starts, m.start(g))
        e = bisect.bisect_left(tv.ends, m.end(g))
        if s < len(tv.starts) and e < len(tv.ends) and tv.starts[s] == m.start(g) and tv.ends[e] == m.end(g):
            out = replacing(out, Mention(s, e + 1, "ORG", "rule"))
    return out


def place_and_country_before_date(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A line that opens with a town, a country or region and a date is a dateline the layout
    did not read: ``OTTAWA, KANADA – 26. Juni 2006``, ``Ottawa, Canada - June 22, 2011``,
    ``Ludwigsburg, Deutschland, 26. Mai 2008`` → both places are LOC."""
    out = ms
    for i in tokens_at(tv, _TOWN_COMMA):
        found = _town_and_region(tv, out, i)
        for s, e in found or ():
            if covers(out, s, e):
                out = replacing(out, Mention(s, e, "LOC", "rule"))
    return out


def _town_and_region(tv: TextView, ms: list[Mention], i: int) -> tuple | None:
    """The town's and the region's spans of a dateline opening at word ``i``, or None."""
    n = len(tv.words)
    if i and tv.same_line(i - 1, i):
        return None   # not at a line's start
    k = i + 1
    while k < n and k - i < 3 and tv.words[k][:1].isupper() and tv.same_line(i, k):
        k += 1   # ``SAN FRANCISCO``
    if k + 2 >= n or tv.words[k] != "," or not tv.same_line(i, k + 2):
        return None
    region = k + 1
    known = tv.words[region] in places() or tv.words[region].title() in places() or any(
        m.start == region and m.end == region + 1 and m.label == "LOC" for m in ms)
    if known and tv.words[region + 1] in {",", "-", "–"} and _date_word(tv.words[region + 2]):
        return (i, k), (region, region + 1)
    return None


#: a capitalised word right after a line break: where a dateline may open
_TOWN_COMMA = re.compile(r"\n([A-ZÄÖÜ])")


def _date_word(w: str) -> bool:
    return w[:1].isdigit() or w.lower().rstrip(".") in MONTH_NAMES


def _dateline_place_end(tv: TextView, i: int, end: int) -> int:
    """End of the place that starts the dateline at word ``i`` (``Frankfurt am Main``,
    ``Bad Homburg``), before a slash, a wire or the dateline's end."""
    e = i + 1
    while (e < len(tv.words) and tv.words[e][:1].isupper() and tv.starts[e] < end and tv.words[e - 1] != "/"
           and tv.gap(e - 1, e) == " " and not _wire_word(tv.words[e])):
        e += 1
    return e


def _wire_word(w: str) -> bool:
    return w in WIRES


def company_glued_to_person(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A first name and surname at the end of a company span are a person of their own:
    ``ernennt [KPMG Law Karin Bruchbacher]`` → ORG ``KPMG Law``, PER ``Karin Bruchbacher``."""
    out = []
    names = first_names()
    for m in ms:
        e = m.end
        if m.label == "ORG" and e - m.start >= 3 and tv.words[e - 2] in names and tv.words[e - 1][:1].isupper() \
                and tv.words[e - 1] not in LEGAL_FORMS and tv.words[e - 3] not in names \
                and f"{tv.words[e - 3]} {tv.words[e - 2]}" not in places() \
                and (e - 2 - m.start >= 2 or tv.words[m.start].isupper()):   # not ``New York Times``
            out += [m.moved(m.start, e - 2, "ORG"), Mention(e - 2, e, "PER", "rule")]
        else:
            out.append(m)
    return out


def comma_ends_company(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A comma before ``und``/an article inside a company span ends it: ``[Institut für
    Anlageberatung], und der Tageszeitung``."""
    out = []
    for m in ms:
        cut = next((k for k in range(m.start + 1, m.end - 1) if tv.words[k] == ","
                    and tv.words[k + 1] in {"und", "der", "die", "das", "sowie", "oder"}), None)
        out.append(m.moved(m.start, cut, m.label) if cut is not None and m.label != "PER" else m)
    return out


def last_of_a_list(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """The last name of a list the model missed takes the list's label: ``Klynveld, Peat,
    Marwick und [Goerdeler]``, ``Paris, Stockholm und [Zürich]`` (two or more names of one
    label before it, joined by commas)."""
    out = ms
    by_end = {m.end: m for m in ms}
    for i, w in enumerate(tv.words[:-1]):
        if w not in {"und", "sowie", "and", "&"} or not tv.words[i + 1][:1].isupper() or tv.words[i + 1] in NOT_NAMES:
            continue   # ``Twitter und E-Mail``: a tech term ends no list of names
        prev = by_end.get(i)
        if prev is None or prev.label == NO_NAME or not free(out, i + 1, i + 2):
            continue
        before = by_end.get(prev.start - 1) if prev.start > 0 and tv.words[prev.start - 1] == "," else None
        if before is None or before.label != prev.label:
            continue
        e = i + 2
        while e < len(tv.words) and tv.words[e][:1].isupper() and tv.gap(e - 1, e) == " " and free(out, e, e + 1) \
                and prev.label == "PER" and e - i < 3:
            e += 1   # ``… und Anna Muster``
        out = sorted(out + [Mention(i + 1, e, prev.label, "rule")])
    return out


def company_everywhere(doc: Doc, tv: TextView, ms: list[Mention], known=None) -> list[Mention]:
    """A company the document names with its legal form (``Viakom GmbH``, ``Nextcloud GmbH``)
    or as a group (``die [Carlsberg-Gruppe]``, ``der [Muster-Konzern]``) is that company
    wherever its name stands alone: ``von [Viakom] vertrieben``, a model person or place there
    included (the strongest evidence decides the label)."""
    out, groups = _company_groups(tv, ms, known or ())
    names = _legal_form_names(tv, ms) | _about_names(tv, ms) | groups
    if not names:
        return out
    for i in capitalised(tv):
        if tv.words[i] not in names or (i + 1 < len(tv.words) and not tv.gap(i, i + 1)
                                        and tv.words[i + 1][:1] in "-‐"):
            continue
        hit = [m for m in out if m.start <= i < m.end]
        if not hit or (len(hit) == 1 and (hit[0].start, hit[0].end) == (i, i + 1) and hit[0].label in {"PER", "LOC"}
                       and not hit[0].source):
            out = replacing(out, Mention(i, i + 1, "ORG", "rule"))
    return out


def _company_groups(tv: TextView, ms: list[Mention], known) -> tuple[list[Mention], set[str]]:
    """The one-word compounds of a name and a group word (``Carlsberg-Gruppe``, ``VW-Konzern``)
    as ORG mentions where no mention overlaps them, and their names; not ``Tabellen-Gruppe``
    (a word of the lemmatizer's table, ``known``, before the group word) or ``China-Gruppe``
    (a place)."""
    out, names = ms, set()
    for i in tokens_at(tv, _GROUP_COMPOUND):
        m = _GROUP_COMPOUND_WORD.match(tv.words[i])
        if m is None or m.group(1) in known or m.group(1) in GENERIC_GROUP_PREFIXES or m.group(1) in places() or m.group(1) in LEGAL_FORMS:
            continue
        names.add(m.group(1))
        if free(out, i, i + 1):
            out = replacing(out, Mention(i, i + 1, "ORG", "rule"))
    return out, names


#: A compound of a name and a group word: ``Carlsberg-Gruppe``, ``Muster-Konzerns``.
_GROUP_COMPOUND = re.compile(r"[-‐](?:Gruppe|Konzern)")
_GROUP_COMPOUND_WORD = re.compile(r"^([A-ZÄÖÜ][\w&]*[a-zäöüß0-9&][\w&]*|[A-ZÄÖÜ]{2,})[-‐](?:Gruppe|Konzerns?)$")


def _about_names(tv: TextView, ms: list[Mention]) -> set[str]:
    """One-word companies of an ``Über X`` heading alone on its line (``Über Univention``)."""
    return {tv.words[m.start] for m in ms if m.label == "ORG" and m.end - m.start == 1 and m.start > 0
            and tv.words[m.start - 1] in ABOUT_HEADINGS and (m.end >= len(tv.words) or not tv.words[m.end].strip()
                                                              or not tv.same_line(m.start, m.end))
            and (m.start == 1 or not tv.same_line(m.start - 2, m.start - 1))}


def _legal_form_names(tv: TextView, ms: list[Mention]) -> set[str]:
    """The one-word names of companies written with their legal form (``Viakom GmbH``,
    ``Compana Software GmbH``)."""
    names = set()
    for m in ms:
        words = tv.words[m.start:m.end]
        if m.label != "ORG" or len(words) < 2 or not _form(words[-1]) or not words[0][:1].isupper() \
                or words[0] in LEGAL_FORMS:
            continue
        if all(w in COMPANY_WORDS for w in words[1:] if not _form(w)):
            names.add(words[0])
    return names
