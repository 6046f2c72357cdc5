"""Organisations that German news names by a common word or a short form the model reads as
no name, a place or an adjective: parties, parliaments, governments, courts and public
authorities, international bodies (contract v3: ``entities.csv`` ORG; ``organizations.csv``
one organisation across its short forms).

Plain tables; :mod:`pipeline.components.entity_rules.organisations` reads them to find the
mentions and :mod:`pipeline.index.resolve` to join the forms of one organisation.
"""

#: Political parties: the name the index knows a party by → the other names and short forms it
#: goes by, predecessor names included where the party continued under a new name (``PDS`` →
#: ``Linkspartei.PDS`` → ``Die Linke``). Inflected forms (``Grünen``, ``Linken``) are the
#: reader's business (:data:`INFLECTED_ENDINGS`).
PARTIES = {
    # Germany
    "CDU": ("Christlich Demokratische Union", "Christlich Demokratische Union Deutschlands", "Christdemokraten"),
    "CSU": ("Christlich-Soziale Union", "Christlich-Soziale Union in Bayern", "Christsoziale"),
    "CDU/CSU": ("Unionsparteien",),
    "SPD": ("Sozialdemokratische Partei Deutschlands", "Sozialdemokraten"),
    "FDP": ("Freie Demokratische Partei", "Freie Demokraten", "Freien Demokraten", "F.D.P."),
    "Bündnis 90/Die Grünen": ("Grüne", "Grünen", "Die Grünen", "Bündnisgrüne", "Bündnisgrünen", "Bündnis 90"),
    "Die Linke": ("Linke", "Linken", "Linkspartei", "Linkspartei.PDS", "Die Linke.PDS", "PDS",
                  "Partei des Demokratischen Sozialismus", "Partei Die Linke"),
    "WASG": ("Wahlalternative Arbeit und soziale Gerechtigkeit",),
    "AfD": ("Alternative für Deutschland",),
    "NPD": ("Nationaldemokratische Partei Deutschlands",),
    "DVU": ("Deutsche Volksunion",),
    "Piratenpartei": ("Piraten", "Piratenpartei Deutschland"),
    "Freie Wähler": ("Freien Wähler",),
    "ÖDP": ("Ökologisch-Demokratische Partei",),
    "DKP": ("Deutsche Kommunistische Partei",),
    "SSW": ("Südschleswigscher Wählerverband",),
    "BSW": ("Bündnis Sahra Wagenknecht",),
    # youth organisations are their own (``Grüne Jugend`` is no mention of the Grünen)
    "Grüne Jugend": (),
    "Junge Union": (),
    "Jusos": ("Jungsozialisten",),
    "Junge Liberale": ("JuLis",),
    # Austria, Switzerland
    "ÖVP": ("Österreichische Volkspartei",),
    "SPÖ": ("Sozialdemokratische Partei Österreichs",),
    "FPÖ": ("Freiheitliche Partei Österreichs", "Freiheitlichen", "Freiheitliche"),
    "BZÖ": ("Bündnis Zukunft Österreich",),
    "NEOS": ("Das Neue Österreich",),
    "Schweizerische Volkspartei": (),   # not ``SVP``: Senior Vice President in corporate releases
    "FDP.Die Liberalen": (),
    # elsewhere, as German news writes them
    "Demokratische Partei (USA)": ("Demokratische Partei", "Demokraten"),
    # ``Republikaner`` is no short form here: Germany had a party of that name
    "Republikanische Partei (USA)": ("Republikanische Partei", "Grand Old Party", "GOP"),
    "Labour Party": ("Labour", "Labour-Partei"),
    "Konservative Partei (UK)": ("Tories", "Konservative Partei"),
}

#: Party names that are also ordinary words (an adjective, a plural noun): an organisation only
#: where no capitalised noun follows (``die Grünen fordern``, not ``Grüne Energie``) and not at
#: the start of a sentence, where every word is capitalised.
AMBIGUOUS_PARTY_WORDS = frozenset({
    "Grüne", "Grünen", "Linke", "Linken", "Piraten", "Demokraten", "Republikaner",
    "Freiheitliche", "Freiheitlichen", "Christdemokraten", "Sozialdemokraten", "Christsoziale",
    "Labour", "Tories", "Bündnisgrüne", "Bündnisgrünen",
})

#: Parliaments, governments, courts, armed forces and authorities: the name the index knows the
#: body by → its other names and short forms. A body of every state or country
#: (``Landtag``, ``Senat``) is no entry here: alone it names no one organisation across
#: documents (:data:`GENERIC_BODIES`).
BODIES = {
    # Germany
    "Deutscher Bundestag": ("Bundestag", "Bundestages", "Bundestags", "Deutschen Bundestag", "Deutschen Bundestages",
                            "Deutschen Bundestags"),
    "Bundesrat": ("Bundesrates", "Bundesrats", "Länderkammer"),
    "Bundesregierung": ("Bundeskabinett", "Bundeskabinetts", "Bundesregierung Deutschlands"),
    "Bundeskanzleramt": ("Kanzleramt", "Kanzleramts", "Bundeskanzleramts"),
    "Bundespräsidialamt": (),
    "Bundesverfassungsgericht": ("BVerfG", "Bundesverfassungsgerichts", "Bundesverfassungsgerichtes",
                                 "Bundes-Verfassungsgericht", "Bundes-Verfassungsgerichts"),
    "Bundesgerichtshof": ("BGH", "Bundesgerichtshofs", "Bundesgerichtshofes"),
    "Bundesverwaltungsgericht": ("BVerwG", "Bundesverwaltungsgerichts"),
    "Bundesarbeitsgericht": ("Bundesarbeitsgerichts",),
    "Bundessozialgericht": ("Bundessozialgerichts",),
    "Bundesfinanzhof": ("BFH", "Bundesfinanzhofs"),
    "Bundesanwaltschaft": ("Generalbundesanwalt", "Generalbundesanwalts"),
    "Bundeswehr": (),
    "Bundespolizei": (),
    "Bundeskriminalamt": ("BKA", "Bundeskriminalamts", "Bundeskriminalamtes"),
    "Bundesamt für Verfassungsschutz": ("Verfassungsschutz", "Verfassungsschutzes", "BfV"),
    "Bundesnachrichtendienst": ("BND", "Bundesnachrichtendienstes"),
    "Bundesagentur für Arbeit": ("Arbeitsagentur",),
    "Bundesbank": ("Deutsche Bundesbank", "Deutschen Bundesbank"),
    "Bundeskartellamt": ("Kartellamt", "Bundeskartellamts", "Kartellamts"),
    "Bundesnetzagentur": (),
    "Bundesamt für Migration und Flüchtlinge": ("BAMF",),
    "Innenministerkonferenz": ("IMK",),
    "Kultusministerkonferenz": ("KMK",),
    # Austria, Switzerland
    "Nationalrat": ("Nationalrats", "Nationalrates"),
    "Verfassungsgerichtshof": ("VfGH", "Verfassungsgerichtshofs"),
    "Verwaltungsgerichtshof": ("VwGH", "Verwaltungsgerichtshofs"),
    "Oesterreichische Nationalbank": ("OeNB", "Österreichische Nationalbank", "Oesterreichischen Nationalbank",
                                      "Österreichischen Nationalbank"),
    "Finanzmarktaufsicht": ("FMA", "Finanzmarktaufsichtsbehörde"),
    "Bundesheer": ("Bundesheers", "Bundesheeres"),
    # the United States
    "US-Senat": ("Senat der Vereinigten Staaten", "US-Senats", "US-Senates"),
    "US-Repräsentantenhaus": ("Repräsentantenhaus", "Repräsentantenhauses", "US-Repräsentantenhauses"),
    "US-Kongress": ("Kongress der Vereinigten Staaten", "US-Kongresses"),
    "US-Regierung": ("Regierung der Vereinigten Staaten", "US-Administration"),
    "Weißes Haus": ("Weiße Haus", "Weißen Haus", "Weißen Hauses"),
    "Pentagon": ("Pentagons",),
}

#: International bodies: the name the index knows the body by → its other names and short forms.
INTERNATIONAL_BODIES = {
    "Vereinte Nationen": ("Vereinten Nationen", "UN", "UNO", "Uno", "United Nations"),
    "UN-Sicherheitsrat": ("Sicherheitsrat der Vereinten Nationen", "Sicherheitsrats der Vereinten Nationen",
                          "Sicherheitsrates der Vereinten Nationen", "UN-Sicherheitsrats", "UN-Sicherheitsrates",
                          "Weltsicherheitsrat", "Weltsicherheitsrats", "Weltsicherheitsrates"),
    "UN-Generalversammlung": ("Generalversammlung der Vereinten Nationen", "UNO-Generalversammlung"),
    "Europäische Union": ("Europäischen Union", "EU"),
    "Europäische Kommission": ("Europäischen Kommission", "EU-Kommission", "Brüsseler Kommission"),
    "Europäisches Parlament": ("Europäischen Parlament", "Europäischen Parlaments", "EU-Parlament",
                               "EU-Parlaments", "Europaparlament", "Europaparlaments"),
    "Europäischer Rat": ("Europäischen Rat", "Europäischen Rates", "Europäischen Rats"),
    "Rat der Europäischen Union": ("EU-Ministerrat", "Ministerrat der EU"),
    "Europäischer Gerichtshof": ("Europäischen Gerichtshof", "Europäischen Gerichtshofs", "EuGH"),
    "Europäischer Gerichtshof für Menschenrechte": ("Europäischen Gerichtshof für Menschenrechte", "EGMR"),
    "Europäische Zentralbank": ("Europäischen Zentralbank", "EZB"),
    "Europarat": ("Europarats", "Europarates"),
    "Nato": ("NATO", "Nordatlantikpakt", "Nordatlantische Allianz"),
    "OSZE": ("Organisation für Sicherheit und Zusammenarbeit in Europa",),
    "OECD": ("Organisation für wirtschaftliche Zusammenarbeit und Entwicklung",),
    "Internationaler Währungsfonds": ("Internationalen Währungsfonds", "IWF", "IMF"),
    "Weltbank": ("Weltbank-Gruppe",),
    "Welthandelsorganisation": ("WTO",),
    "Weltgesundheitsorganisation": ("WHO",),
    "Internationale Atomenergiebehörde": ("Internationale Atomenergie-Organisation", "IAEA", "IAEO"),
    "Internationaler Strafgerichtshof": ("Internationalen Strafgerichtshof", "Internationalen Strafgerichtshofs",
                                         "IStGH"),
    "Afrikanische Union": ("Afrikanischen Union",),
    "Arabische Liga": ("Arabischen Liga",),
    "Opec": ("OPEC",),
    "Unicef": ("UNICEF",),
    "Unesco": ("UNESCO",),
    "UNHCR": ("UN-Flüchtlingshilfswerk", "UN-Flüchtlingshilfswerks", "Flüchtlingshilfswerk der Vereinten Nationen"),
    "Interpol": (),
    "Europol": (),
    "Frontex": (),
    "Internationales Olympisches Komitee": ("Internationalen Olympischen Komitee", "Internationalen Olympischen "
                                            "Komitees", "IOC"),
    "Fifa": ("FIFA",),
    "Uefa": ("UEFA",),
}

#: Broadcasters, newspapers and news agencies that German news cites by a short name: the name
#: the index knows them by → their other names. Names that are common words (``Bild``,
#: ``Welt``, ``Stern``, ``Focus``, ``Die Presse``) are left to the model.
MEDIA = {
    "ARD": ("Das Erste",),
    "ZDF": ("Zweites Deutsches Fernsehen", "Zweiten Deutschen Fernsehen", "Zweiten Deutschen Fernsehens"),
    "Deutschlandfunk": ("DLF",),
    "Deutsche Welle": ("Deutschen Welle",),
    "ORF": ("Österreichischer Rundfunk", "Österreichischen Rundfunk", "Österreichischen Rundfunks"),
    "SRF": ("Schweizer Radio und Fernsehen",),
    "RTL": (),
    "n-tv": ("ntv",),
    "BBC": ("British Broadcasting Corporation",),
    "CNN": (),
    "Der Spiegel": ("SPIEGEL",),
    "Spiegel Online": ("Spiegel-Online", "SPIEGEL ONLINE"),   # a separately named unit
    "Frankfurter Allgemeine Zeitung": ("Frankfurter Allgemeinen Zeitung", "FAZ", "F.A.Z."),
    "Süddeutsche Zeitung": ("Süddeutschen Zeitung",),
    "taz": ("tageszeitung",),
    "Handelsblatt": ("Handelsblatts",),
    "Neue Zürcher Zeitung": ("Neuen Zürcher Zeitung", "NZZ"),
    "Deutsche Presse-Agentur": ("Deutschen Presse-Agentur", "dpa"),
    "Agence France-Presse": ("AFP",),
    "Reuters": (),
    "Associated Press": (),   # not ``AP``: accounts payable in corporate releases
    "Austria Presse Agentur": ("APA",),
    "New York Times": (),
    "Washington Post": (),
}

#: Bodies that every state, city or country has (``Landtag``, ``Landesregierung``, ``Senat``):
#: an organisation in the text, but alone no name of one organisation across documents.
GENERIC_BODIES = frozenset({
    "Landtag", "Landtags", "Landtages", "Landesregierung", "Landeskabinett", "Landeskabinetts", "Senat",
    "Senats", "Senates", "Stadtrat", "Stadtrats", "Stadtrates", "Gemeinderat", "Gemeinderats", "Kreistag",
    "Kreistags", "Bürgerschaft", "Abgeordnetenhaus", "Abgeordnetenhauses", "Landesverfassungsgericht",
    "Verfassungsgericht", "Verfassungsgerichts", "Verfassungsgerichtes", "Staatsanwaltschaft", "Landgericht",
    "Landgerichts", "Amtsgericht", "Amtsgerichts", "Oberlandesgericht", "Oberlandesgerichts",
    "Verwaltungsgericht", "Verwaltungsgerichts", "Landeskriminalamt", "Landeskriminalamts", "Parlament",
    "Parlaments", "Regierung", "Kabinett", "Polizei",
})

#: Of :data:`GENERIC_BODIES`, the ones that are common nouns in every text (``die Regierung``,
#: ``das Parlament``): the reader leaves them to the model.
COMMON_BODY_WORDS = frozenset({"Parlament", "Parlaments", "Regierung", "Kabinett", "Polizei", "Senat", "Senats",
                               "Senates", "Staatsanwaltschaft"})

#: Endings German adds to a name in the genitive or after an article (``des Bundestages``,
#: ``der Grünen``): a table form with one of them is that form's organisation.
INFLECTED_ENDINGS = ("s", "es", "n")


def organisation_names() -> dict[str, str]:
    """Every name and short form of :data:`PARTIES`, :data:`BODIES`,
    :data:`INTERNATIONAL_BODIES` and :data:`MEDIA` → the name the organisation is known by."""
    out: dict[str, str] = {}
    for table in (PARTIES, BODIES, INTERNATIONAL_BODIES, MEDIA):
        for name, others in table.items():
            for form in (name, *others):
                out.setdefault(form, name)
    return out

#: Words of a match report: a text with one of them may name a club by its city
#: (``gegen Stuttgart``, ``Bayern München – Schalke 2:0``).
SPORTS_CUES = frozenset({
    "Bundesliga", "Bundesligist", "Bundesligisten", "Zweitligist", "Spieltag", "Spieltags", "Spieltages",
    "Tabellenführer", "Tabellenplatz", "Elfmeter", "Fußball", "Torschütze", "Champions", "DFB-Pokal",
    "Pokalfinale", "Heimspiel", "Auswärtsspiel", "Heimsieg", "Auswärtssieg", "Stürmer", "Mittelfeldspieler",
    "Torwart", "Schiedsrichter", "Halbzeit",
})   # not ``Aufstieg``, ``Tabelle``, ``Liga``: politics and business use them too

#: Parts of words of a match report (``Fußball-Bundesliga``, ``Bundesligaspiel``), lower case.
SPORTS_CUE_PARTS = ("bundesliga", "fußball", "spieltag", "champions league", "pokal")

#: Words of a club's name besides the city (``VfB Stuttgart``, ``Hamburger SV``, ``Hertha BSC``,
#: ``Borussia Dortmund``): a place next to one, in a match report, is the club's name.
CLUB_WORDS = frozenset({
    "FC", "SV", "SC", "TSV", "VfB", "VfL", "BV", "TSG", "SpVgg", "FSV", "SSV", "SG", "AC", "AS", "CF", "AFC",
    "RB", "BSC", "SK", "SSC", "FK", "KSC", "Borussia", "Eintracht", "Fortuna", "Arminia", "Alemannia",
    "Hertha", "Werder", "Energie", "Dynamo", "Hansa", "Kickers", "Union", "Inter", "Sporting", "Real",
    "Atlético", "Olympique", "Benfica", "Bayer", "Rot-Weiss", "Rot-Weiß", "Schalke",
})

#: Words right before a city that make it a club in a match report (``gegen Stuttgart``,
#: ``Tabellenführer Bremen``).
CLUB_BEFORE = frozenset({"gegen", "Gegner", "Tabellenführer", "Meister", "Aufsteiger", "Absteiger",
                         "Spitzenreiter", "Titelverteidiger", "Verfolger"})

#: The German and Austrian states, for telling whose ``Landtag`` or ``Landesregierung`` a
#: document means: the state → the stem of its adjective and its capital (``Stuttgarter Landtag``).
STATES = {
    "Baden-Württemberg": ("baden-württembergisch", "Stuttgart"),
    "Bayern": ("bayerisch", "München"),
    "Berlin": ("berlinisch", "Berlin"),
    "Brandenburg": ("brandenburgisch", "Potsdam"),
    "Bremen": ("bremisch", "Bremen"),
    "Hamburg": ("hamburgisch", "Hamburg"),
    "Hessen": ("hessisch", "Wiesbaden"),
    "Mecklenburg-Vorpommern": ("mecklenburg-vorpommersch", "Schwerin"),
    "Niedersachsen": ("niedersächsisch", "Hannover"),
    "Nordrhein-Westfalen": ("nordrhein-westfälisch", "Düsseldorf"),
    "Rheinland-Pfalz": ("rheinland-pfälzisch", "Mainz"),
    "Saarland": ("saarländisch", "Saarbrücken"),
    "Sachsen": ("sächsisch", "Dresden"),
    "Sachsen-Anhalt": ("sachsen-anhaltisch", "Magdeburg"),
    "Schleswig-Holstein": ("schleswig-holsteinisch", "Kiel"),
    "Thüringen": ("thüringisch", "Erfurt"),
    "Burgenland": ("burgenländisch", "Eisenstadt"),
    "Kärnten": ("kärntnerisch", "Klagenfurt"),
    "Niederösterreich": ("niederösterreichisch", "St. Pölten"),
    "Oberösterreich": ("oberösterreichisch", "Linz"),
    "Salzburg": ("salzburgerisch", "Salzburg"),
    "Steiermark": ("steirisch", "Graz"),
    "Tirol": ("tirolerisch", "Innsbruck"),
    "Vorarlberg": ("vorarlbergerisch", "Bregenz"),
    "Wien": ("wienerisch", "Wien"),
}
