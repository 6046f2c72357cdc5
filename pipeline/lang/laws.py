"""Law names and abbreviations: the contract labels a law ``MISC`` (``DSGVO``, ``BGB``),
never a place or an organisation."""

#: Law abbreviations in capitals, which the shape below does not catch (it needs a
#: lower-case letter): German federal, Austrian and EU acts common in press releases.
#: Left out: those that are mostly something else (``AO``, ``BVG`` the Berlin transport
#: company, ``AG``).
LAW_ABBREVIATIONS = frozenset("""
DSGVO BDSG BGB HGB GG ZPO SGB EEG TKG TMG TTDSG UWG GWB AGG KWG VAG GEG
IFG UIG BauGB BetrVG NetzDG DSA DMA ABGB UGB ASVG DSG StGB StPO AktG GmbHG EStG UStG
KStG GewStG GewO EnWG VwVfG VwGO KSchG ArbZG InsO WpHG WpÜG StVO StVG BImSchG KrWG WHG IfSG
AufenthG AsylG MiLoG TzBfG BUrlG EntgFG LkSG UrhG MarkenG PatG BtMG WaffG JuSchG BVerfGG
GeschGehG HinSchG KAGB ZAG GwG BauO PflBG
""".split())

#: Shape of a law abbreviation with a lower-case letter: a capital, letters, and a
#: closing ``G`` (Gesetz), ``GB`` (Gesetzbuch), ``O`` (Ordnung) or ``VO`` (Verordnung):
#: ``AktG``, ``GmbHG``, ``EStG``, ``StGB``, ``VwGO``, ``BImSchG``.
LAW_ABBREVIATION_SHAPE = r"^[A-ZÄÖÜ](?=[A-Za-zÄÖÜäöüß]*[a-zäöüß])[A-Za-zÄÖÜäöüß]{0,7}(?:G|GB|O|VO)$"

#: Ends of one-word law names (``Grundgesetz``, ``Datenschutz-Grundverordnung``,
#: ``Lieferkettensorgfaltspflichtengesetz``, ``Bürgerliches Gesetzbuch``).
LAW_NAME_ENDINGS = ("gesetz", "gesetzes", "gesetzbuch", "gesetzbuches", "gesetzbuchs", "verordnung",
                    "richtlinie")

#: Words right before a law's abbreviation in a citation (``§ 823 BGB``, ``Art. 6 DSGVO``):
#: the opener, and what may stand between it and the abbreviation besides numbers.
CITATION_OPENERS = frozenset({"§", "§§", "Art.", "Artikel", "Paragraf", "Paragraph"})
CITATION_PARTS = frozenset({"Abs.", "Absatz", "S.", "Satz", "Nr.", "Nummer", "lit.", "Buchst.", "UAbs.",
                            "f.", "ff.", ",", "und", "bis", "i.V.m.", "iVm", "a", "b", "c", "d"})

#: Last words of a treaty's or programme's name (``Pariser Abkommen``, ``Vertrag von Lissabon``
#: is left to the model, ``Corporate Sustainability Reporting Directive``, ``Agenda 2030``).
TREATY_HEADS = frozenset("""
Abkommen Übereinkommen Vertrag Verträge Konvention Charta Protokoll Directive Regulation Act
Deal Taxonomie Taxonomy Goals Agenda Pakt Pact Agreement Accord Standards Standard
Abkommens Übereinkommens Vertrags Vertrages Protokolls Paktes Pakts License Licence Lizenz
""".split())

#: EU acts and standards, which the contract labels MISC like laws (``NIS2``, ``CSRD``).
EU_ACTS = frozenset("""
NIS2 NIS-2 CSRD CSDDD CSDD SFDR ESRS DORA MiCA MiCAR MiFID MiFID2 PSD2 PSD3 CBAM EU-CBAM GDPR AMLD
EU-Taxonomie IFRS US-GAAP HGB ISO
""".split())
