"""What tells a name's kind in a press release, for the entity rules (``press_entity_rules``).

Plain tables; the places come from Babel's CLDR territory names (German and English) plus
the cities below, which CLDR does not list.
"""
from __future__ import annotations

from functools import lru_cache

#: Capitalised words and acronyms of press releases that the model takes for names but that
#: name no one: tech terms, subject areas, business abbreviations (``Blockchain`` ORG,
#: ``KI`` ORG, ``ESG`` ORG in real releases). Compared case-sensitively, whole span.
NOT_NAMES = frozenset("""
KI AI ESG IT IoT M&A APT APTs HQ OCR ICR IDP RPA SDK NLP ML IIoT SaaS PaaS IaaS B2B B2C B2G HR PR M&A R&D F&E CO2 CO₂ GPT LLM API APIs
SDK UX UI CRM ERP MES PLM SCM BI OT ICT IKT KMU KMUs EBIT EBITDA EBT CAPEX OPEX ROI KPI KPIs
Blockchain Cloud Big Data Analytics Data Machine Learning Deep Learning Cybersecurity
Cyber Security Fintech FinTech Fintechs FinTechs Insurtech InsurTech Proptech PropTech
Start-up Start-ups Startup Startups Scale-up Scale-ups Homeoffice Home-Office Newsroom
Newsletter Podcast Webinar Webinare Livestream Online Digital Smart Green Tech Hightech
E-Mail E-Mails Internet Social Media Software Hardware Roadmap Update Updates Tool Tools
Einblicke Insights Highlights Keynote Keynotes Panel Workshop Workshops Masterclass
BPO BPM SSC FMCG SOA NDA SLA SLAs ECM DMS CMS EDI IAM SSO MFA VPN DNS IMAP SMTP HTTP HTTPS JSON XML PDF CSV
GUI IDE CPU GPU RAM SSD NFC RFID POS NDC NDCs AHS HTL HAK BHS MINT FAQ FAQs
""".split()) | frozenset({"Data & Analytics", "Big Data", "Machine Learning", "Deep Learning",
                          "Cyber Security", "Social Media", "Artificial Intelligence",
                          "Künstliche Intelligenz", "Generative AI", "Generative KI", "Circular Economy",
                          "Natural Language Processing", "Computer Vision", "Internet of Things", "Supply Chain",
                          "Corporate Governance", "Equity & Inclusion", "Diversity & Inclusion",
                          "Digital Transformation", "Customer Experience", "Process Mining", "Cloud Computing",
                          "Robotic Process Automation", "Intelligent Automation", "Business Intelligence",
                          "Data Analytics", "Data Science", "Edge Computing", "Quantum Computing",
                          "Content Intelligence", "Process Intelligence", "Task Mining", "Low Code", "No Code",
                          "Open Source", "Open-Source", "Open Source Software", "Open-Source-Software",
                          "Digital Intelligence", "Know How", "Know-how", "Customer Relationship Management",
                          "Enterprise Resource Planning", "Business Process Outsourcing", "Business Process Management",
                          "Shared Service Center", "Shared Services", "Human Resources", "Supply Chain Management"})

#: Word endings of a street name (``Porzellangasse 51``, ``Hauptstraße 5``, ``Am Wall 3``
#: is left to the model): with a house number after it, the word is a place.
STREET_ENDINGS = ("straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer",
                  "chaussee", "steig", "markt", "graben", "kai", "promenade", "park", "hof")

#: Street words written apart after an adjective (``Landsberger Str. 300``, ``Berliner Allee 5``).
STREET_WORDS = frozenset({"Straße", "Strasse", "Str.", "Str", "Allee", "Weg", "Platz", "Ring", "Damm", "Ufer",
                          "Chaussee", "Gasse", "Markt", "Tor", "Landstraße", "Hauptstraße"})

#: Marks that make the name before them a product or programme (``FlexiCapture™``, ``SAP®``
#: in ``SAP®-PartnerEdge®-Programm``).
PRODUCT_MARKS = frozenset({"™", "®", "(TM)", "(R)"})

#: Nouns that introduce a product, programme or service name right after them
#: (``die Plattform Muster Connect``, ``mit der Lösung FlexiCapture``) or close a hyphenated
#: product compound (``SAP-PartnerEdge-Programm``).
PRODUCT_CUES = frozenset("""
Produkt Produkts Produktes Produkte Lösung Lösungen Plattform Plattformen Software App Apps
Anwendung Programm Programms Programmes Tool Suite Produktlinie Produktfamilie Modell Modells
Modelle Serie Baureihe Marke Service Dienst Plugin Plug-in Betriebssystem Chip Prozessor
""".split())

#: Last words of an event's name (``Hannover Messe``, ``Web Summit``, ``Deutscher Nachhaltigkeitspreis``
#: via the ``-preis`` ending below).
EVENT_HEADS = frozenset("""
Messe Summit Gipfel Kongress Konferenz Conference Expo Festival Festspiele Biennale Triennale
Weltmeisterschaft Europameisterschaft Meisterschaft Meisterschaften Spiele Games Cup Award Awards
Preis Trophy Days Week Woche
""".split())

#: Endings of one-word event and award names (``Nachhaltigkeitspreis``, ``Innovationspreis``).
EVENT_ENDINGS = ("preis", "messe", "gipfel", "kongress", "konferenz", "festival", "award", "awards")

#: Shapes of event names written as one token: climate conferences, trade fairs with a year.
EVENT_SHAPES = (r"^COP\d{1,2}$", r"^(?:CES|MWC|IAA|IFA|EXPO|Expo)\d{0,4}$")

#: Postcode shapes before a town (``1090 Wien``, ``A-1090 Wien``, ``D-80331 München``, ``CH-8001``).
POSTCODE = r"^(?:[A-Z]{1,2}-)?\d{4,5}$"

#: Cities and regions that press releases name and CLDR's territory list leaves out.
CITIES = frozenset("""
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden
Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg
Wiesbaden Mönchengladbach Gelsenkirchen Aachen Braunschweig Kiel Chemnitz Halle Magdeburg Freiburg
Krefeld Mainz Lübeck Erfurt Oberhausen Rostock Kassel Hagen Potsdam Saarbrücken Hamm Ludwigshafen
Oldenburg Osnabrück Leverkusen Heidelberg Darmstadt Solingen Regensburg Herne Paderborn Ingolstadt
Offenbach Würzburg Fürth Ulm Heilbronn Pforzheim Wolfsburg Göttingen Bottrop Reutlingen Koblenz
Bremerhaven Erlangen Trier Jena Moers Siegen Hildesheim Salzgitter Cottbus Walldorf Herzogenaurach
Wien Graz Linz Salzburg Innsbruck Klagenfurt Villach Wels Dornbirn Bregenz Eisenstadt Feldkirch
Zürich Genf Basel Bern Lausanne Luzern Winterthur Zug Lugano Vaduz
Paris London Madrid Barcelona Rom Mailand Turin Neapel Lissabon Porto Amsterdam Rotterdam Brüssel
Antwerpen Luxemburg Kopenhagen Stockholm Oslo Helsinki Warschau Krakau Prag Brünn Budapest Bukarest
Sofia Athen Belgrad Zagreb Ljubljana Bratislava Dublin Edinburgh Manchester Birmingham Lyon
Marseille Toulouse Straßburg Nizza Bordeaux Den Haag Istanbul Ankara Kiew Moskau Minsk Riga
Tallinn Vilnius
Peking Beijing Shanghai Shenzhen Guangzhou Hongkong Hangzhou Chengdu Wuhan Tianjin Nanjing Haikou
Hainan Tokio Tokyo Osaka Seoul Singapur Bangkok Jakarta Manila Mumbai Delhi Bangalore Dubai
Abu Dhabi Doha Riad Tel Aviv Jerusalem Kairo Nairobi Lagos Johannesburg Kapstadt
New York Washington Boston Chicago San Francisco Los Angeles Seattle Austin Houston Dallas Miami
Atlanta Toronto Montreal Vancouver Mexiko-Stadt São Paulo Rio de Janeiro Buenos Aires Santiago
Sydney Melbourne Auckland Silicon Valley
Bayern Sachsen Hessen Thüringen Brandenburg Niedersachsen Nordrhein-Westfalen Baden-Württemberg
Rheinland-Pfalz Saarland Schleswig-Holstein Mecklenburg-Vorpommern Sachsen-Anhalt Tirol Vorarlberg
Kärnten Steiermark Burgenland Niederösterreich Oberösterreich Ruhrgebiet Europa Asien Afrika
Amerika Nordamerika Südamerika Lateinamerika Ozeanien Skandinavien Balkan Nahost
""".split()) | frozenset({"Den Haag", "Abu Dhabi", "Tel Aviv", "New York", "San Francisco", "Los Angeles",
                          "Mexiko-Stadt", "São Paulo", "Rio de Janeiro", "Buenos Aires", "Silicon Valley"})


#: Countries of several words in the dative and genitive (``in den Vereinigten Arabischen
#: Emiraten``, ``der Dominikanischen Republik``), which CLDR lists in the nominative only.
INFLECTED_COUNTRIES = frozenset({
    "Vereinigten Arabischen Emiraten", "Vereinigten Arabischen Emirate", "Vereinigten Staaten",
    "Vereinigten Königreich", "Vereinigten Königreichs", "Vereinigten Königreiches", "Dominikanischen Republik",
    "Tschechischen Republik", "Zentralafrikanischen Republik", "Demokratischen Republik Kongo",
    "Slowakischen Republik", "Islamischen Republik Iran", "Russischen Föderation",
})


@lru_cache(maxsize=1)
def countries() -> frozenset:
    """Country and region names in German and English (CLDR via Babel: ``Deutschland``,
    ``Österreich``, ``Germany``, ``Vereinigte Staaten``)."""
    from babel import Locale
    names = set()
    for lang in ("de", "en"):
        names.update(name for code, name in Locale(lang).territories.items() if code.isalpha())
    # ``EU`` stays out: the contract's sources label it an organisation
    return frozenset(names - {"EU", "Europäische Union", "European Union"}) | {"USA", "UK", "Großbritannien", "Holland"}


#: Places of the tables that are also common words or first names, so a bare mention is no
#: evidence of a place (``Essen``, ``Halle``, ``Zug``, ``Siegen``; English ``Jordan``, ``Chad``).
AMBIGUOUS_PLACES = frozenset("""
Essen Halle Zug Siegen Hamm Hagen Herne Moers Bottrop Hof Kiel Land Welt Jersey Guernsey Chad Niger Jordan
Georgia Man Turkey Dominica Guinea Bergen Weil Wels Marken Franken Park Ring Markt
""".split())


@lru_cache(maxsize=1)
def german_places() -> frozenset:
    """Places a bare capitalised word may be taken for: the German country names and the
    cities and regions above, without :data:`AMBIGUOUS_PLACES`."""
    from babel import Locale
    names = {n for c, n in Locale("de").territories.items() if c.isalpha()} - {"EU", "Europäische Union"}
    return frozenset((names | CITIES | INFLECTED_COUNTRIES) - AMBIGUOUS_PLACES)


@lru_cache(maxsize=1)
def places() -> frozenset:
    """Every place name of the tables: countries and the cities and regions above."""
    return countries() | CITIES

#: Words after a company's name that make the whole a page, product or programme of it
#: (``KPMG Newsroom``, ``KPMG Pressecenter``, ``Muster Impact Plan``): MISC, not the company.
ORG_PRODUCT_TAILS = frozenset("""
Newsroom Pressecenter Presseportal Pressebereich Mediacenter Mediathek Blog Podcast Website Webseite
Homepage App Plattform Monitor Index Barometer Report Plan Award Awards Lab Hub Academy Akademie
""".split())

#: Nouns after a company's name that make the whole a work about it, no name at all
#: (``KPMG Studie``, ``EY Umfrage``: the contract's compound use written apart).
ORG_WORK_TAILS = frozenset("""
Studie Studien Umfrage Umfragen Analyse Analysen Befragung Erhebung Untersuchung Auswertung Prognose
Trendstudie Marktstudie Kurzstudie Erhebungen Technologie Technologien Lösungen Logo Produkte
Dienstleistungen Angebote
""".split())

#: Nouns after which a capitalised phrase is a subject area, no name: ``im Bereich [Life
#: Science]``, ``Praxisgruppe [Mergers & Acquisitions]``, ``rund um Diversity, [Equity & Inclusion]``.
TOPIC_CUES = frozenset("""
Bereich Bereichs Bereiche Bereichen Geschäftsbereich Geschäftsfeld Geschäftsfeldern Fachbereich
Praxisgruppe Themenfeld Themenfeldern Themen Schwerpunkt Schwerpunkten Sparte Segment Segmenten
Branche Branchen Disziplin Fokusthema Kompetenzfeld Service-Line Serviceline
""".split())

#: Headings of the ``About X`` boilerplate: the name after them is the organisation.
ABOUT_HEADINGS = frozenset({"Über", "About", "Zu", "Ueber"})

#: Words before a country that make the state's full name (``Republik Österreich``).
STATE_WORDS = frozenset({"Republik", "Bundesrepublik", "Königreich", "Fürstentum", "Großherzogtum",
                         "Freistaat", "Land", "Kanton", "Provinz", "Region", "Emirat", "Sultanat"})

#: Tails of a hyphenated compound that make the whole a common noun, no name
#: (``UN Global Compact-Initiative``, ``Merger & Acquisitions-Aktivitäten``, ``KPMG-Studie``).
COMPOUND_NOUN_TAILS = ORG_WORK_TAILS | frozenset("""
Initiative Initiativen Aktivität Aktivitäten Deal Deals Markt Marktes Standort Standorte Strategie
Projekt Projekte Projekts Team Teams Kunden Mitarbeiter Mitarbeitende Sprecher Sprecherin
""".split())

#: Words before a lone name that make it a company: ``bei [Kofax]``, ``des Dienstleisters
#: [Worldline]``, ``von [Compana Software]`` (a lone name with no first name, that no full
#: name of the document holds, is a person only in a person's slot).
COMPANY_CONTEXT_WORDS = frozenset({"bei", "beim", "von", "vom", "mit", "für", "durch", "gegenüber"})
COMPANY_NOUN_ENDINGS = ("anbieter", "anbieters", "dienstleister", "dienstleisters", "hersteller", "herstellers",
                        "unternehmen", "unternehmens", "konzern", "konzerns", "abwickler", "abwicklers",
                        "entwickler", "entwicklers", "spezialist", "spezialisten", "partner", "partners",
                        "startup", "startups", "start-up", "start-ups", "firma", "marke", "tochter")

#: Ends of a one-word institution's name (``Finanzministerium``, ``Finanzmarktaufsichtsbehörde``):
#: with something before the ending, the word names one organisation. ``-behörde``, ``-verband``,
#: ``-kammer`` are left out: ``die Passbehörde``, ``der Landesverband`` name a kind, not one body.
INSTITUTION_ENDINGS = ("ministerium", "ministeriums", "aufsichtsbehörde", "nationalbank", "zentralbank")

#: Heads of an institution's name that a ``für``/``der``-phrase completes (``Bundesanstalt für
#: Finanzdienstleistungsaufsicht``, ``Ministerium für Wissenschaft und Technologie``).
INSTITUTION_HEADS = frozenset("""
Bundesanstalt Bundesamt Bundesministerium Ministerium Ministeriums Staatsministerium Landesamt
Institut Instituts Fraunhofer-Institut Max-Planck-Institut Zentrum Zentrums Agentur Kommission
Ausschuss Ausschusses Unterausschuss Unterausschusses Rat Rates Amt Amtes Bundesverband Verband
Verbandes Stiftung Akademie Universität Hochschule Kammer Behörde Senat Fachsenat Gesellschaft
""".split())

#: International and German public bodies that press releases name and the model misses.
INSTITUTIONS = frozenset({
    "Vereinten Nationen", "Vereinte Nationen", "Europäische Union", "Europäischen Union",
    "Europäische Kommission", "Europäischen Kommission", "Europäische Zentralbank",
    "Europäischen Zentralbank", "Europäisches Parlament", "Europäischen Parlament", "Europäischen Parlaments",
    "Weltbank", "Internationaler Währungsfonds", "Internationalen Währungsfonds", "Welthandelsorganisation",
    "Weltgesundheitsorganisation", "Bundesregierung", "Bundestag", "Bundesrat", "Bundesverfassungsgericht",
    "Bundeskartellamt", "Bundesnetzagentur", "Bundesbank", "Deutsche Bundesbank", "Deutschen Bundesbank",
    "Eurosystem", "Eurosystems", "Europarat", "Nationalrat", "Bundeskanzleramt",
})

#: Words before a quoted title that make it the name of a work, product, event or programme
#: (``die Studie „Cybersecurity in Österreich 2023“``, ``die App „Meiki“``, ``die Konferenz
#: „From Commitment to Implementation“``); compared with the end of the word before the quote,
#: so ``Sparziel-App``, ``Kooperationsinitiative`` and ``KI-Modell`` count.
TITLE_CUE_ENDINGS = ("studie", "umfrage", "survey", "report", "bericht", "buch", "film", "app", "plattform",
                     "lösung", "software", "programm", "initiative", "kampagne", "konferenz", "forum",
                     "subforum", "diskussion", "podiumsdiskussion", "preis", "award", "awards", "auszeichnung",
                     "label", "standard", "standards", "zertifizierungsstandards", "zertifikat", "modell",
                     "modells", "projekt", "projekts", "produkt", "produkts", "marke", "serie", "camp",
                     "veranstaltung", "event", "festival", "messe", "wettbewerb", "publikation", "titel", "motto",
                     "slogan", "reihe", "format", "podcast", "show", "magazin", "newsletter", "tool", "dienst",
                     "entwicklungsmodells")

#: Quotation marks that open and close a title.
TITLE_QUOTES = {"„": "“\"”", "\"": "\"”“", "»": "«", "«": "»", "‚": "‘’", "“": "”\""}


#: Common nouns after a company's name that are no part of it (``ABBYY Pressekontakt``,
#: ``KPMG Kunden``): the company is the name.
ORG_TRAILING_NOUNS = frozenset("""
Pressekontakt Pressestelle Kontakt Kunden Kundinnen Mitarbeiter Mitarbeitende Team Teams Experten
Expertinnen Produkte Produkten Standort Standorte Netzwerk Netzwerks Markenfamilie Geschäftsführung
""".split())

#: Operating systems, programming languages and software that press releases name as
#: products (MISC); words that are also common nouns or companies (``Word``, ``Teams``,
#: ``Oracle``) are left out.
SOFTWARE = frozenset({
    "Windows", "Linux", "Android", "iOS", "iPadOS", "macOS", "Mac OS", "MacOS", "watchOS", "Unix", "Ubuntu",
    "Debian", "Red Hat Enterprise Linux", "ChromeOS", "Chrome OS", "HarmonyOS", "Java", "JavaScript",
    "TypeScript", "Python", "C++", "C#", "Objective-C", "Kotlin", "Swift", "Rust", "Golang", "PHP", "Ruby",
    "Perl", "Scala", "HTML", "HTML5", "CSS", "SQL", "NoSQL", "Kubernetes", "Docker", "OpenShift", "Excel",
    "PowerPoint", "Outlook", "SharePoint", "OneDrive", "Office 365", "Microsoft 365", "Microsoft Teams",
    "Azure", "Microsoft Azure", "ChatGPT", "Copilot", "Chrome", "Firefox", "Safari", "Photoshop", "WordPress",
    "TensorFlow", "PyTorch", "Hadoop", "Spark", "PostgreSQL", "MySQL", "MongoDB", "S/4HANA", "SAP S/4HANA",
    "SAP HANA", "Bluetooth", "WLAN", "Wi-Fi", "USB", "LTE", "5G",
})

#: Words after a brand that make it a product (``[INfuse] Scanner``, ``[ADOMO] Technologie``,
#: ``[ABBYY Vantage] Plattform``) unless the brand is the company of the document, which then
#: holds no name (``ABBYY Technologie``: see :data:`ORG_WORK_TAILS`).
PRODUCT_AFTER = frozenset("""
Plattform Plattformen Technologie Scanner Software SDK App Apps Suite Version Release Engine API Tool
Toolkit Framework Bibliothek Library Lösung Cloud Server Client Modul Edition Serie
""".split())

#: Last words of a product's own name (``Sovereign Productivity Suite``, ``Eclipse Modeling
#: Framework``, ``Data Tools Platform``, ``Univention Corporate Server``, ``Sovereign Cloud Stack``).
PRODUCT_NAME_HEADS = frozenset("""
Suite Platform Plattform Framework Toolkit SDK Engine Library App Edition Server Stack Tools
Editor IDE Repository Cloud Project
""".split())

#: English product heads that close a name the model missed (``Graphical Editor Framework``,
#: ``Web Tools Platform``, ``Open eCard Library``, a study's ``Wasserstoff Deal Monitor``):
#: English words, so no German common noun phrase ends in them.
ENGLISH_PRODUCT_HEADS = frozenset("""
Platform Framework Toolkit SDK Library Server Stack Suite Editor Repository Project Monitor Survey Barometer
""".split())

#: Tails of a hyphenated product name whose first part is a name (``Callisto-Release``,
#: ``Eclipse-Plattform``, ``Jubula-Testtool``, ``Equinox-Laufzeitumgebung``); ``SAP-Software``,
#: ``ABBYY-Technologie`` and ``KPMG-Studie`` are compound uses of a company, no name.
PRODUCT_COMPOUND_TAILS = frozenset("""
Release Releases Plattform App Apps Tool Testtool Framework Client Editor Dienst Dienstes Laufzeitumgebung
Entwicklungsumgebung Suite SDK Toolkit Bibliothek Library Engine Plugin Plug-in Browser
""".split())

#: Words after a company's name that name a unit or a variant of the company, not a product of
#: it (``KPMG Law``, ``ABBYY Europe``, ``Siemens Energy``).
ORG_UNIT_WORDS = frozenset("""
Law Legal Tax Advisory Audit Consulting Ventures Foundation Stiftung Labs Research Capital Bank Group
Gruppe Holding Holdings Services Solutions Systems Technologies International Europe Deutschland
Austria Schweiz Energy Mobility Healthcare Digital Media Invest Investment Management Partners Institute
Institut Academy Akademie Germany Global Inc Corporation
""".split())

#: Second words of a company's name (``Compana Software``); a person's surname is none of them.
COMPANY_WORDS = frozenset({"Software", "Solutions", "Systems", "Technologies", "Technology", "Group", "Labs",
                           "Consulting", "Capital", "Partners", "Digital", "Networks", "Media", "Energy"})

#: Ends of a body's noun that an institution's genitive completes (``Sicherheitsrat der
#: Vereinten Nationen``, ``Entwicklungsprogramms der Vereinten Nationen``); ``Beschluss der
#: EU-Kommission`` has none of them.
BODY_ENDINGS = ("rat", "rats", "rates", "programm", "programms", "versammlung", "gericht", "gerichts",
                "gerichtshof", "gerichtshofs", "ausschuss", "ausschusses", "büro", "büros", "behörde", "agentur",
                "kommission", "organisation", "fonds", "bank", "sekretariat", "sekretariats", "parlament",
                "parlaments", "mission", "stiftung", "institut", "instituts", "akademie")

#: Nouns of a trademark notice (``ABBYY, FineReader und FlexiCapture sind eingetragene Marken
#: von …``): the names the notice lists before ``sind``/``ist`` are brands, MISC.
TRADEMARK_NOUNS = frozenset("""
Marke Marken Warenzeichen Markenzeichen Handelsmarke Handelsmarken Handelsnamen Dienstleistungsmarken
trademark trademarks
""".split())

#: Words whose number is a version of something else, no product's name (``Release 1.0 von DTP``,
#: ``Version 2.0``, ``Phase 3.1``).
VERSION_WORDS = frozenset({"Release", "Version", "Update", "Upgrade", "Stufe", "Phase", "Level", "Runde", "Kapitel",
                           "Abschnitt", "Punkt", "Ziffer", "Artikel", "Art.", "Nr.", "Schritt", "Teil", "Welle"})

#: Words before ``-Konzern``/``-Gruppe`` that name a sector or a country, not a company
#: (``IT-Konzern``, ``US-Konzern``, ``Windows-Konzern``).
GENERIC_GROUP_PREFIXES = frozenset({"IT", "US", "EU", "UK", "KI", "TK", "EDV", "ITK", "Pharma", "Energie", "Medien",
                                    "Chemie", "Auto", "Tech", "Software", "Internet", "Online", "Windows", "Handels",
                                    "Rüstungs", "Mode", "Lebensmittel", "Bau", "Stahl", "Öl", "Mineralöl", "Finanz",
                                    "Versicherungs", "Bank", "Telekom", "Tabak", "Getränke", "Agrar", "Staats"})
