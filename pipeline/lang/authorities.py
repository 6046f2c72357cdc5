"""Courts and police units as they are named in court and police releases: a court's senate
(``Siebter Senat``), a court with its state or town (``Hessisches Landesarbeitsgericht``,
``Landgericht München``), a police unit with its town (``Polizeirevier Esslingen``).

Plain tables, read by ``components/entity_rules/authorities.py``.
"""
from __future__ import annotations

#: Police units that take the name of their town: ``Polizeirevier Esslingen``,
#: ``des Polizeipräsidiums Reutlingen``, ``beim Revier Heilbronn``.
POLICE_UNITS = frozenset("""
Polizeirevier Polizeireviers Polizeiposten Polizeipostens Polizeipräsidium Polizeipräsidiums Polizeiinspektion
Polizeidirektion Polizeistation Polizeiwache Polizeikommissariat Polizeikommissariats Polizeiautobahnstation
Verkehrspolizeiinspektion Kriminalpolizeiinspektion Kriminalinspektion Kriminalpolizeidirektion Revier Reviers
Polizeibezirk Polizeiabschnitt Polizeiabschnitts Autobahnpolizeirevier
""".split())

#: Courts below the federal ones, and prosecutors: a name with their state (``Hessisches
#: Landesarbeitsgericht``) or their town (``Landgericht München I``, ``Staatsanwaltschaft
#: Tübingen``), never alone (``das Arbeitsgericht``).
JUSTICE_BODIES = frozenset("""
Landesarbeitsgericht Landesarbeitsgerichts Landesarbeitsgerichtes Arbeitsgericht Arbeitsgerichts
Landessozialgericht Landessozialgerichts Sozialgericht Sozialgerichts Finanzgericht Finanzgerichts
Oberlandesgericht Oberlandesgerichts Landgericht Landgerichts Amtsgericht Amtsgerichts Verwaltungsgericht
Verwaltungsgerichts Oberverwaltungsgericht Oberverwaltungsgerichts Verwaltungsgerichtshof Verwaltungsgerichtshofs
Verfassungsgerichtshof Verfassungsgerichtshofs Staatsgerichtshof Staatsgerichtshofs Landesverfassungsgericht
Landesverfassungsgerichts Kammergericht Kammergerichts Staatsanwaltschaft Generalstaatsanwaltschaft
""".split())

#: A court's panel, named with its ordinal: ``vor dem Siebten Senat``, ``des Zehnten Senats``.
PANEL_WORDS = frozenset({"Senat", "Senats", "Senates", "Strafsenat", "Strafsenats", "Zivilsenat", "Zivilsenats",
                         "Kammer", "Revisionssenat", "Revisionssenats", "Wehrdienstsenat", "Wehrdienstsenats"})

#: Stems of the ordinals and of ``Großer`` before a panel (``Siebten``, ``Ersten``, ``Großen``).
PANEL_ORDINAL_STEMS = ("Erst", "Zweit", "Dritt", "Viert", "Fünft", "Sechst", "Siebt", "Siebent", "Acht", "Neunt",
                       "Zehnt", "Elft", "Zwölft", "Dreizehnt", "Vierzehnt", "Fünfzehnt", "Sechzehnt", "Siebzehnt",
                       "Achtzehnt", "Neunzehnt", "Zwanzigst", "Groß")
