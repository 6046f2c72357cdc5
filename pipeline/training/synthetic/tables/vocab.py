"""Plain words of the synthetic releases: never entities (tables only)."""

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
QUARTERS = ["ersten Quartal", "zweiten Quartal", "dritten Quartal", "vierten Quartal",
            "ersten Halbjahr", "Geschäftsjahr", "ersten Quartal", "dritten Quartal"]
EQS_TOPICS = ["Quartals-/Zwischenmitteilung", "Personalie", "Jahresergebnis", "Kooperation",
              "Produkteinführung", "Expansion", "Fusionen & Übernahmen", "Prognose"]

# gender forms and neutral plurals (the tokenizer keeps ``Partner:innen`` whole)
CUSTOMERS = ["Kund:innen", "Kundinnen und Kunden", "Kund*innen", "Anwender:innen", "Betreiber",
             "Handwerksbetriebe", "Kommunen", "Kliniken", "Landwirt:innen", "Verbraucher:innen",
             "Mittelständler", "Stadtwerke", "Produktionsbetriebe", "Logistikunternehmen", "Patient:innen"]
# the people public bodies and NGOs speak of
BENEFICIARIES = ["Bürgerinnen und Bürger", "Kinder und Jugendliche", "Geflüchtete", "Familien",
                 "Menschen mit Behinderung", "Pflegebedürftige", "Verbraucher:innen", "Schüler:innen",
                 "Bürger:innen", "Kleinbäuer:innen", "Arbeitnehmer:innen", "Senior:innen"]
STAFF = ["Mitarbeitende", "Mitarbeiter:innen", "Mitarbeiterinnen und Mitarbeiter", "Beschäftigte",
         "Mitarbeiter*innen", "Kolleg:innen", "Mitarbeiter"]
SECTORS = [  # (dative, accusative): ``bei {sector}``, ``für {sector_acc}``
    ('Wasserstofftechnologie', 'Wasserstofftechnologie'),
    ('industrieller Automatisierung', 'industrielle Automatisierung'),
    ('Cybersicherheit', 'Cybersicherheit'), ('nachhaltiger Logistik', 'nachhaltige Logistik'),
    ('Elektromobilität', 'Elektromobilität'), ('digitaler Verwaltung', 'digitale Verwaltung'),
    ('Kreislaufwirtschaft', 'Kreislaufwirtschaft'), ('Batteriespeichern', 'Batteriespeicher'),
    ('Künstlicher Intelligenz', 'Künstliche Intelligenz'), ('Gebäudetechnik', 'Gebäudetechnik'),
    ('Telemedizin', 'Telemedizin'), ('Präzisionslandwirtschaft', 'Präzisionslandwirtschaft'),
    ('Halbleiterfertigung', 'Halbleiterfertigung'), ('Cloud-Infrastruktur', 'Cloud-Infrastruktur'),
    ('Wärmepumpen', 'Wärmepumpen'), ('Recycling von Kunststoffen', 'Recycling von Kunststoffen'),
    ('klimaneutraler Produktion', 'klimaneutrale Produktion'),
    ('digitaler Bildung', 'digitale Bildung'), ('Offshore-Windenergie', 'Offshore-Windenergie'),
    ('Lebensmittelsicherheit', 'Lebensmittelsicherheit'), ('Robotik', 'Robotik'),
    ('Pflege und Gesundheit', 'Pflege und Gesundheit')]
SECTOR_OFFER = ["Softwarelösungen für die Fertigungsindustrie", "Antriebs- und Steuerungstechnik",
                "Dienstleistungen rund um die Energiewende", "Medizinprodukten für Kliniken und Praxen",
                "Verpackungslösungen aus recycelten Materialien", "IT-Sicherheitslösungen",
                "Mess- und Prüftechnik", "Ladeinfrastruktur für Elektrofahrzeuge",
                "Spezialchemikalien", "Logistik- und Lagertechnik", "Cloud- und Datenplattformen",
                "Landtechnik", "Baustoffen", "Bio-Lebensmitteln", "Sensorik für die Industrie"]
SECTOR_BUYERS = ["Industrie und Handwerk", "dem Mittelstand", "der Automobilindustrie",
                 "dem Gesundheitswesen", "der öffentlichen Verwaltung", "der Energiewirtschaft",
                 "der Lebensmittelindustrie", "dem Handel", "der Bauwirtschaft"]
ORG_KINDS = ["Maschinenbauer", "Softwareanbieter", "Energieversorger", "Logistikdienstleister",
             "Chemiekonzern", "Medizintechnikhersteller", "Technologiekonzern", "Automobilzulieferer",
             "Spezialchemiehersteller", "IT-Dienstleister", "Verpackungshersteller", "Anlagenbauer",
             "Lebensmittelhersteller", "Halbleiterhersteller", "Batteriehersteller", "Online-Händler"]
SEGMENTS = ["Industrial Solutions", "Healthcare", "Mobility", "Energy Systems", "Digital Services",
            "Automotive", "Consumer", "Infrastructure", "Life Science"]
PRODUCT_KINDS = [("Steuerungsplattformen", "Steuerungsplattform"), ("Wärmepumpen", "Wärmepumpe"),
                 ("Sensoren", "Sensorlösung"), ("Analysesoftware", "Analysesoftware"),
                 ("Ladestationen", "Ladestation"), ("Roboterarme", "Robotiklösung"),
                 ("Sicherheitslösungen", "Sicherheitslösung"), ("Messgeräte", "Messlösung"),
                 ("Speichersysteme", "Speicherlösung"), ("Apps", "App")]
FEATURES = ["einer KI-gestützten Fehlererkennung", "Echtzeit-Monitoring", "einem modularen Aufbau",
            "einer intuitiven Bedienoberfläche", "Ende-zu-Ende-Verschlüsselung",
            "einer Laufzeit von bis zu zwölf Stunden", "automatischen Updates", "vorausschauender Wartung",
            "einem CO2-Rechner", "einer offenen API"]
TOPICS_PUBLIC = ["Zahl der Ausbildungsverträge steigt", "Arbeitslosigkeit sinkt leicht",
                 "Mehr Fördermittel für Wärmenetze", "Luftqualität in Städten verbessert",
                 "Breitbandausbau kommt voran", "Exporte gehen zurück", "Zahl der Insolvenzen steigt",
                 "Neue Regeln für Photovoltaik auf Dächern"]
TOPICS_PUBLIC_SENTENCE = ["Die Zahl der neu abgeschlossenen Ausbildungsverträge ist um {pct} gestiegen.",
                          "Im {month} waren {count} Menschen arbeitslos gemeldet, {pct} weniger als im Vorjahresmonat.",
                          "Die Exporte sanken im {quarter} um {pct} auf {money}.",
                          "Die Zahl der Unternehmensinsolvenzen lag im {month} um {pct} über dem Vorjahreswert."]
TOPICS_NGO = ["Konzerne verfehlen eigene Klimaziele", "Jedes fünfte Kind lebt in Armut",
              "Plastikmüll in Flüssen nimmt zu", "Menschenrechte in Lieferketten kaum geschützt",
              "Artensterben beschleunigt sich", "Mehr Hilfe für Geflüchtete nötig"]
TOPICS_NGO_SENTENCE = ["Mehr als {pct} der untersuchten Konzerne verfehlen ihre eigenen Klimaziele.",
                       "Jedes fünfte Kind in {country} ist von Armut bedroht.",
                       "Die Menge an Plastikmüll in Flüssen hat sich seit {year_past} fast verdoppelt.",
                       "Nur wenige Unternehmen prüfen die Einhaltung von Menschenrechten bei ihren Zulieferern."]
NGO_GOALS = ["den Schutz der Meere", "Bildungsgerechtigkeit", "eine sozial gerechte Energiewende",
             "Kinderrechte weltweit", "den Erhalt der Artenvielfalt", "faire Arbeitsbedingungen",
             "Transparenz in Politik und Wirtschaft", "eine bessere Pflege", "den Klimaschutz"]
FACILITIES = [("neue Berufsschulzentrum", "das neue Berufsschulzentrum"),
              ("Innovationszentrum", "das Innovationszentrum"),
              ("neue Feuerwache", "die neue Feuerwache"),
              ("Technologiepark", "den Technologiepark"),
              ("Radschnellweg", "den Radschnellweg"),
              ("neue Klärwerk", "das neue Klärwerk")]
REGIONS_WORLD = ["Europa", "Nordamerika", "Asien", "Südostasien", "Skandinavien", "Osteuropa",
                 "Lateinamerika", "der DACH-Region", "Nahost", "Afrika", "Westeuropa"]
PROGRAMMES_INTERNAL = ["„Fit for Future“", "„Next Level“", "„Performance 2027“", "„Focus“", "„Simplify“"]
FOUNDING_YEARS = list(range(1870, 2021))
LAW_FIRMS_STEMS = ["Gleiss Lutz", "Hengeler Mueller", "Noerr", "CMS Hasche Sigle", "Hogan Lovells",
                   "Freshfields Bruckhaus Deringer", "Luther", "Taylor Wessing"]
ROLE_SHORT = [("Chef", "Chefin"), ("Vorstand", "Vorständin"), ("Gründer", "Gründerin"),
              ("Manager", "Managerin"), ("Sprecher", "Sprecherin")]
TEL_LABELS = ["Tel.:", "Telefon:", "T:", "Tel:", "Fon:", "Phone:"]
MAIL_LABELS = ["E-Mail:", "Mail:", "E:", "E-Mail"]
STREET_SUFFIXES = ["straße", "str.", "weg", "allee", "ring", "platz", "damm", "gasse"]
STREET_FIXED = ["Hauptstraße", "Industriestraße", "Bahnhofstraße", "Am Hafen", "Im Technologiepark",
                "Gewerbering", "Friedrichstraße", "Unter den Linden", "Am Sandtorkai", "Kurfürstendamm",
                "Königsallee", "Leopoldstraße", "Theresienhöhe", "Bahnhofplatz",
                "Platz der Einheit", "Lindenstraße", "Schillerstraße", "Goethestraße", "Marktplatz"]
# nationality stems: +e/+en (``deutsche``, ``französischen``): adjectives, no entity
NATIONALITY_STEMS = ["deutsch", "französisch", "chinesisch", "US-amerikanisch", "japanisch", "europäisch",
                     "niederländisch", "schwedisch", "italienisch", "spanisch", "polnisch", "indisch",
                     "britisch", "österreichisch", "schweizerisch", "kanadisch", "brasilianisch"]
NATIONAL_NOUNS = ["Markt", "Standort", "Tochtergesellschaft", "Regierung", "Kund:innen", "Zulieferer"]
# place adjectives of large towns (``Münchner``): adjectives, no entity
PLACE_ADJECTIVES = {"München": "Münchner", "Berlin": "Berliner", "Hamburg": "Hamburger",
                    "Köln": "Kölner", "Frankfurt am Main": "Frankfurter", "Stuttgart": "Stuttgarter",
                    "Düsseldorf": "Düsseldorfer", "Leipzig": "Leipziger", "Dresden": "Dresdner",
                    "Hannover": "Hannoveraner", "Nürnberg": "Nürnberger", "Bremen": "Bremer",
                    "Wien": "Wiener", "Zürich": "Zürcher", "Graz": "Grazer", "Linz": "Linzer",
                    "Bonn": "Bonner", "Mainz": "Mainzer", "Kiel": "Kieler", "Essen": "Essener",
                    "Dortmund": "Dortmunder", "Karlsruhe": "Karlsruher", "Augsburg": "Augsburger",
                    "Regensburg": "Regensburger", "Basel": "Basler", "Bielefeld": "Bielefelder",
                    "Mannheim": "Mannheimer", "Freiburg": "Freiburger", "Ulm": "Ulmer", "Jena": "Jenaer"}
# large towns for datelines and headquarters (plus the OSM town list)
BIG_TOWNS_DE = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
                "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Bonn",
                "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Mainz", "Kiel", "Regensburg",
                "Bielefeld", "Freiburg", "Ulm", "Jena", "Potsdam", "Erfurt", "Magdeburg", "Rostock"]
TOWNS_AT_CH = [("Wien", "AT", "1010"), ("Graz", "AT", "8010"), ("Linz", "AT", "4020"),
               ("Salzburg", "AT", "5020"), ("Innsbruck", "AT", "6020"), ("Zürich", "CH", "8001"),
               ("Basel", "CH", "4051"), ("Bern", "CH", "3011"), ("Zug", "CH", "6300"),
               ("Luzern", "CH", "6003"), ("St. Gallen", "CH", "9000"), ("Lausanne", "CH", "1003")]
LANDER = ["Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
          "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz",
          "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"]
EXCHANGE_TOWNS = ["Frankfurt", "Frankfurt am Main", "Stuttgart", "München", "Düsseldorf", "Hamburg",
                  "Berlin"]
# countries that take an article in German (``in der Schweiz``): used only in the free list's stead
COUNTRIES_WITH_ARTICLE = {"Schweiz", "Türkei", "Slowakei", "Ukraine", "Mongolei", "Vereinigte Staaten",
                          "Niederlande", "Philippinen", "Vereinigte Arabische Emirate",
                          "Vereinigtes Königreich", "Iran", "Irak", "Libanon", "Jemen", "Sudan",
                          "Tschad", "Niger", "Senegal", "Kongo", "Malediven", "Bahamas", "Seychellen",
                          "Salomonen", "Marshallinseln", "Komoren", "Zentralafrikanische Republik",
                          "Dominikanische Republik", "Elfenbeinküste", "Kaimaninseln", "Färöer",
                          "Kirgisistan", "Vatikanstadt", "Gambia", "Oman"}
# frequent partner countries, weighted up against the free CLDR list
MAIN_COUNTRIES = ["Frankreich", "China", "Italien", "Spanien", "Polen", "Österreich", "Japan", "Indien",
                  "Brasilien", "Kanada", "Schweden", "Dänemark", "Tschechien", "Südkorea", "Mexiko",
                  "Großbritannien", "Norwegen", "Finnland", "Portugal", "Ungarn", "Rumänien",
                  "Südafrika", "Australien", "Singapur", "Vietnam", "Kenia", "Nigeria", "Ägypten",
                  "Marokko", "Chile", "Argentinien", "Indonesien", "Belgien", "Irland", "Israel"]
