"""The role constructions, one module each, and ``ROLE_RULES``: the order in which
``extract_roles`` tries them on every person.

Every rule is a function ``rule(m: Mention) -> None`` that adds the statements it reads
through ``m.add`` (or ``m.rows.add`` for another person of a list). The first statement
of a (person, role, organisation) wins, so the order matters: the title right before the
name comes first, the contact block last. Two rules pass a position on through the
``Mention``: ``title_before`` sets ``title_start`` (read by ``comma_before_title``) and
``parenthesis`` sets ``after`` (read by ``apposition``, ``relative_clause`` and
``announcement``).

To add a construction: write one module here with its rule function and put it into
``ROLE_RULES`` at its place.
"""
from pipeline.components.roles.rules.announcement import announcement
from pipeline.components.roles.rules.apposition import apposition
from pipeline.components.roles.rules.before import english_title_before, title_before
from pipeline.components.roles.rules.comma_before import comma_before_title, role_before_name
from pipeline.components.roles.rules.contact import contact
from pipeline.components.roles.rules.group_members import group_members
from pipeline.components.roles.rules.joins_group import joins_group
from pipeline.components.roles.rules.list_title import list_head, list_title
from pipeline.components.roles.rules.paren import parenthesis
from pipeline.components.roles.rules.predicate import predicate
from pipeline.components.roles.rules.relative import relative_clause

#: (name, rule) in the order tried.
ROLE_RULES = (
    # ``Generalkonsul Huang Yiyang``, ``ÖVP-Chef und Wirtschaftsminister …``
    ("title_before", title_before),
    # ``Head of ESG Katharina Schönauer``
    ("english_title_before", english_title_before),
    # ``Der Kommandant der NATO-Truppen in Europa, General James L. Jones``
    ("comma_before_title", comma_before_title),
    # ``der Geschäftsführer des AIT, Wolfgang Knoll``, ``Der Sprecher des Ministeriums Joachim Laun``
    ("role_before_name", role_before_name),
    # ``Thilo Cunz (dena)``
    ("parenthesis", parenthesis),
    # ``Kern, der auch als ÖBB-Chef …``
    ("relative_clause", relative_clause),
    # ``Max Lawson, ein Sprecher der Hilfsorganisation``
    ("apposition", apposition),
    # ``bestellt X als neuen Partner``, ``X wird neuer CEO``, ``X arbeitet bei der Muster AG``
    ("announcement", announcement),
    # ``X ist seit 2019 CTO bei Y``, ``X ist bei Y tätig``, ``X wechselte zu Y``, ``X übernimmt die Leitung``
    ("predicate", predicate),
    # ``Neue Partner sind A, B und C``
    ("list_title", list_title),
    # ``Unter den neuen Partner:innen sind A, B``, ``Zu Partnern ernannt wurden A und B``, ``Neu im Vorstand: A``
    ("list_head", list_head),
    # ``das Team der Muster AG, bestehend aus A, B und C``
    ("group_members", group_members),
    # ``A und B werden das Managementteam von ABBYY verstärken``
    ("joins_group", joins_group),
    # a name alone on its line under an organisation line
    ("contact", contact),
)

__all__ = ["ROLE_RULES"]
