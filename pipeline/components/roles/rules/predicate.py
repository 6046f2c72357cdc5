"""Clause readers with the person as subject: the finite verb right after the name (and its
parenthesis) or right before it (``Ab 2012 war X …``), then the clause up to its end.

- *predicative*: a role phrase as the predicate of ``sein``/``bleiben``/``werden``
  (``X ist seit 2019 CTO bei der Muster AG``, ``X bleibt Vorsitzender des Aufsichtsrats``,
  ``X ist Steuerberaterin und seit 2014 Teil von KPMG``);
- *activity*: ``als`` + role in any such clause (``X ist als Beraterin tätig``) and the
  organisation after ``bei`` (``X ist seit 2004 bei KPMG tätig``, ``X hat 2008 bei KPMG
  begonnen``), after ``zu``/``von`` of a move (``X wechselte 2018 zu KPMG``, ``X kommt
  von Y``), after ``Teil von`` (``X ist seit 2001 Teil von KPMG``), after ``an`` with
  ``tätig`` (``an der Universität Salzburg tätig``);
- *taking over*: ``X übernimmt die Leitung der Repräsentanz`` → role ``Leitung``.

The roles of the clause without an organisation of their own take the clause's; a clause
with an organisation and no role gives an affiliation row. The verbs are lemma tables in
``lang/role_links.py``; the phrases are read with the phrase grammar (``parse_role``,
``parse_np``)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import names_an_org
from pipeline.components.roles.words import MONTHS_TITLE, SENTENCE_STOPS, member_body, role_parts
from pipeline.lang import role_links as rl
from pipeline.text.phrases import ARTICLES, Phrase, entity_end, is_cap, parse_np, parse_role, word_span

#: Words that end the clause the reader looks at.
_CLAUSE_STOPS = SENTENCE_STOPS | {":", ",", "(", "“", "”", "„", "\"", "«", "»"}

Range = tuple[int, int]


def _finite_verb(m: Mention) -> Optional[tuple[int, int, str]]:
    """(verb word, first word of the predicate, verb lemma): the finite verb right after the
    name (``X ist …``) or right before it in an inverted clause (``2012 war X …``)."""
    ws, k = m.ws, m.after
    first = m.title_start if m.title_start is not None else m.name_start
    if first > 0 and ws[first - 1].pos == "ADP" and not ws[first].nl:
        return None   # ``Das Ziel von X ist …``: the name is no subject
    for v, start in ((k, k + 1), (m.name_start - 1, m.after)):
        if 0 <= v < len(ws) and v < m.lim and not (v == m.name_start - 1 and ws[m.name_start].nl):
            w = ws[v]
            if not (w.text[:1].islower() and (w.pos in ("AUX", "VERB") or w.tag.startswith("V"))):
                continue
            lemma = m.lemma(v)
            if (lemma in rl.PREDICATE_LEMMAS or lemma in rl.ACTIVITY_LEMMAS or lemma in rl.TAKE_OVER_LEMMAS
                    or lemma in rl.PERFECT_LEMMAS):
                return v, start, lemma
    return None


def _clause_end(m: Mention, s: int) -> int:
    """The end of the clause from word ``s``: a stop, the line's end or another person."""
    ws, e = m.ws, s
    limit = min(m.lim, s + m.config["clause_window"])
    while e < limit and ws[e].text not in _CLAUSE_STOPS and ws[e].label != "PER" and not _next_clause(ws, e, limit):
        e += 1
    return e


def _next_clause(ws, k: int, limit: int) -> bool:
    """``und arbeitete …``: a coordinator before a finite verb opens a clause of its own."""
    return ws[k].text in rl.COORDINATORS and k + 1 < limit and ws[k + 1].tag in ("VVFIN", "VAFIN", "VMFIN")


def _adverbial(w) -> bool:
    """A word of a time or focus adverbial before the predicate (``seit 2019``, ``zuvor``)."""
    t = w.text
    return t in rl.PREDICATE_ADVERBS or t[:1].isdigit() or t in MONTHS_TITLE or t.lower() in ("jänner", "feber")


def _org_np(m: Mention, s: int, e: int) -> Optional[Range]:
    """The organisation named by the noun phrase at word ``s`` (an article skipped): its
    first word is an ORG entity or an organisation word (``Universität``)."""
    ws = m.ws
    if s < e and ws[s].text in ARTICLES:
        s += 1
    if s >= e or not (ws[s].label == "ORG" or is_cap(ws[s])):
        return None
    n = parse_np(ws, s, e)
    if ws[s].label == "ORG" and ws[s - 1].ent != ws[s].ent:
        n = max(n, entity_end(ws, s, e))
    if ws[s].label != "ORG" and any(ws[k].label == "ORG" and ws[k - 1].text in ARTICLES for k in range(s + 1, n)):
        return None   # ``bei der Konferenz der Vereinten Nationen``: an event of the organisation
    if n > s and ws[n - 1].text.lower().rsplit("-", 1)[-1].endswith(rl.EVENT_HEADS):
        return None   # ``bei der Leichtathletik-WM``
    # an ORG entity or a name with an organisation word (``Muster Consulting``); not ``Teil der Gruppe``
    return (s, n) if n > s and names_an_org(ws, s, n) else None


def _clause_orgs(m: Mention, s: int, e: int, lemma: str) -> list[Range]:
    """The organisations the clause ``s:e`` names for its subject, in order."""
    ws = m.ws
    active = any(ws[k].text in rl.ACTIVITY_ADJECTIVES for k in range(s, e))
    moves = rl.MOVE_LINKS.get(lemma, frozenset())
    found = []
    at_work = lemma not in rl.MOTION_LEMMAS
    for k in range(s, e - 1):
        t = ws[k].text
        if (at_work and t in rl.CLAUSE_ORG_LINKS or t in moves or (active and t in rl.ACTIVITY_ORG_LINKS)
                or (t in rl.PART_OF_LINKS and k > s and ws[k - 1].text in rl.PART_OF)):
            o = _org_np(m, k + 1, e)
            if o is not None:
                found.append(o)
    return found


def _roles_at(m: Mention, k: int, e: int) -> list:
    """The role phrases from word ``k``: one, and the ones coordinated after it
    (``Wirtschaftsprüfer und Steuerberater``, ``Steuerberaterin sowie Autorin``)."""
    ws, out = m.ws, []
    while k < e:
        ph = parse_role(ws, k, e) if not _truncated(ws[k]) or not out else _truncated_role(ws, k)
        if ph is None:
            break
        out.append(ph)
        k = ph.end
        if ph.org is None and k < e:
            k = _member_orgs(m, ph, k, e, out)
        if not (k + 1 < e and ws[k].text in rl.SECOND_ROLE_LINKS):
            break
        k += 1
    return out


def _truncated(w) -> bool:
    """``-vortragende`` of ``Fachautorin und -vortragende``: a compound cut before its hyphen."""
    return w.text.startswith("-") and len(w.text) > 3 and w.text[1:2].isalpha()


def _truncated_role(ws, k: int) -> Phrase:
    """The cut compound at word ``k`` as a role of its own."""
    return Phrase((k, k + 1), None, k + 1, k, word_span(ws, k, k + 1), None)


def _member_orgs(m: Mention, ph: Phrase, k: int, e: int, out: list) -> int:
    """``Mitglied im Fachsenat X sowie in der Arbeitsgruppe Y``: a membership noun takes the
    body after ``im``/``in der``; one phrase per body (the word after them is returned)."""
    ws = m.ws
    body = member_body(ws, ph, k, e)
    if body is None:
        return k
    ph.org, ph.org_c, ph.end = body, word_span(ws, *body), body[1]
    k = body[1]
    while k + 1 < e and ws[k].text in rl.COORDINATORS:
        more = member_body(ws, ph, k + 1, e)
        if more is None:
            break
        out.append(Phrase(ph.role, more, more[1], k + 1, ph.role_c, word_span(ws, *more)))
        k = more[1]
    return k


def _predicate_roles(m: Mention, s: int, e: int, lemma: str) -> list:
    """The roles of the clause ``s:e``: after ``als`` anywhere, and for a copula the
    predicate noun after the adverbials and an article (again after ``und``:
    ``ist Steuerberaterin und seit 2014 …``)."""
    ws, out = m.ws, []
    copula = lemma in rl.PREDICATE_LEMMAS
    seeking, k = copula, s
    while k < e:
        t = ws[k].text
        if t == "als" and not (k > s and ws[k - 1].text in ("mehr", "weniger")):
            found = _roles_at(m, k + 1, e)
            out += found
            k = found[-1].end if found else k + 1
            seeking = False
            continue
        if seeking and _no_predicate(ws, k, e):
            seeking, k = False, k + 1
            continue
        if seeking and (t in ARTICLES or t in rl.PREDICATE_POSSESSIVES or _adverbial(ws[k])):
            k += 1
            continue
        if seeking:
            indefinite = k > s and ws[k - 1].text in rl.INDEFINITE_ARTICLES
            found = [p for p in _roles_at(m, k, e) if not indefinite or p.org_c is not None]
            out += found
            seeking = False
            if found:
                k = found[-1].end
                continue
        elif copula and t in rl.COORDINATORS:
            seeking = True
        k += 1
    return out


def _no_predicate(ws, k: int, e: int) -> bool:
    """Word ``k`` opens no predicate noun: an oblique article (``den Beirat``) or a partitive
    (``einer der größten Investoren``)."""
    t = ws[k].text
    if k > 0 and ws[k - 1].text in rl.ADVERBIAL_PREPOSITIONS:
        return False   # ``seit dem 25. Februar``: the article of an adverbial
    return t in rl.OBLIQUE_ARTICLES or (t in rl.PARTITIVES and k + 1 < e and ws[k + 1].text in ("der", "des"))


def _taken_function(m: Mention, s: int, e: int) -> Optional[tuple[Range, Optional[Range]]]:
    """``übernimmt die Leitung der Repräsentanz``: (function word, organisation after it)."""
    ws = m.ws
    for k in range(s, e):
        if ws[k].text in rl.TAKEN_FUNCTIONS and k > s and ws[k - 1].text in ARTICLES:
            org = None
            if k + 1 < e and ws[k + 1].text in rl.PART_OF_LINKS:
                n = parse_np(ws, k + 2, e)
                org = (k + 2, n) if n > k + 2 else None
            return (k, k + 1), org
    return None


def _object_org(m: Mention, s: int, e: int) -> Optional[Range]:
    """``X verstärkt ab sofort KPMG als Director``, ``X tritt der Muster AG als CFO bei``: the
    first ORG entity of the clause that no preposition governs (an article may stand before it)."""
    ws = m.ws
    for k in range(s, e):
        if ws[k].label == "ORG" and (k == 0 or ws[k - 1].ent != ws[k].ent):
            j = k - 1 if k - 1 >= s and ws[k - 1].text in ARTICLES else k
            if j - 1 >= s and (ws[j - 1].pos == "ADP" or ws[j - 1].text in rl.CLAUSE_ORG_LINKS):
                return None
            return k, entity_end(ws, k, e)
    return None


def _function_before(m: Mention, v: int) -> Optional[Range]:
    """``dessen Stellvertretung übernimmt X``: the function word right before the take-over
    verb at ``v`` after a possessive pronoun."""
    ws = m.ws
    if v >= 2 and ws[v - 1].text in rl.TAKEN_FUNCTIONS and ws[v - 2].text.lower() in rl.POSSESSIVE_PRONOUNS:
        return v - 1, v
    return None


def read_clause(m: Mention, s: int, e: int, lemma: str) -> None:
    """The statements of the clause ``s:e`` whose subject is the person and whose verb has
    ``lemma``: its roles, each with its own organisation or the clause's, and the clause's
    organisations as affiliations when no role takes them."""
    ws = m.ws
    orgs = _clause_orgs(m, s, e, lemma)
    if not orgs and lemma in rl.OBJECT_ORG_LEMMAS:
        obj = _object_org(m, s, e)
        orgs = [obj] if obj is not None else []
    shared = word_span(ws, *orgs[-1]) if orgs else None
    roles = _predicate_roles(m, s, e, lemma)
    taken = _taken_function(m, s, e) if lemma in rl.TAKE_OVER_LEMMAS else None
    if taken is not None:
        # ``übernimmt als CFO die Leitung der Beispiel GmbH``: the function's organisation is the clause's
        shared = word_span(ws, *taken[1]) if taken[1] and shared is None else shared
        m.add(word_span(ws, *taken[0]), shared)
    for ph in roles:
        for role in role_parts(ws, ph):
            m.add(role, ph.org_c or shared)
    for o in orgs:
        if not roles or word_span(ws, *o) != shared:
            m.add(None, word_span(ws, *o))


def predicate(m: Mention) -> None:
    """The rule."""
    found = _finite_verb(m)
    if found is None:
        return
    v, s, lemma = found
    if v < m.pa and lemma in rl.TAKE_OVER_LEMMAS:
        fn = _function_before(m, v)
        if fn is not None:
            m.add(word_span(m.ws, *fn), None)
    e = _clause_end(m, s)
    if lemma in rl.PERFECT_LEMMAS:
        lemma = _participle_lemma(m, s, e)
    if e > s and lemma:
        read_clause(m, s, e, lemma)


def _participle_lemma(m: Mention, s: int, e: int) -> str:
    """The lemma of the participle that ends the clause ``s:e`` of a perfect (``hat 2008 bei KPMG
    begonnen``) when it is an activity verb, else '' (``hatten Klagen beim Gericht eingereicht``)."""
    for k in range(s, e):   # the first participle: ``hat … vorgelegt und war … gestoßen``
        if m.ws[k].tag == "VVPP":
            lemma = m.lemma(k)
            return lemma if lemma in rl.ACTIVITY_LEMMAS or lemma in rl.TAKE_OVER_LEMMAS else ""
    return ""
