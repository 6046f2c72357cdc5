"""Name parts and fixed names for the synthetic releases (tables only).

Real institutions, events and laws are facts; company and person names are
built from parts (see ``cast.py``) or drawn from ``../shared/data/lexicons``.
"""

# legal forms: (form, weight); the form is part of the ORG span
GERMAN_LEGAL_FORMS = [("GmbH", 30), ("AG", 18), ("SE", 6), ("KG", 3), ("GmbH & Co. KG", 8),
                      ("eG", 2), ("KGaA", 1), ("mbH", 1)]
FOREIGN_LEGAL_FORMS = [("Ltd.", 8), ("Inc.", 8), ("plc", 3), ("S.A.", 4), ("LLC", 3), ("Corp.", 2),
                       ("B.V.", 3), ("N.V.", 1), ("S.p.A.", 2), ("AB", 2), ("A/S", 1), ("S.A.S.", 1),
                       ("Pty Ltd", 1), ("Co., Ltd.", 2), ("SA", 1), ("AS", 1), ("Oy", 1)]

# invented German-style company names: root + ending (+ a descriptor)
COMPANY_ROOTS = """Nord Süd West Ost Alpen Rhein Elb Main Isar Spree Weser Donau Solar Bio Data
Medi Terra Aqua Vita Inno Neo Proxi Velo Lumen Quant Cyber Agri Logi Ener Hydro Smart Opti
Klima Stahl Holz Textil Pharma Chem Mobil Fin Secur Tele Robo Sensor Green Blue Alu Cargo
Form Prim Tec Vario Maxi Omni Pro Uni Multi Ultra Spektra Astra Nova Fluxi Kera Poly""".split()
COMPANY_ENDINGS = """tec tronic werk plan sys med soft lab con via net gy motion vision works
tex line form mat log trans data sol star port gate flow care sense wave dyn""".split()
COMPANY_DESCRIPTORS = """Systems Technologies Solutions Energie Logistik Software Consulting
Medizintechnik Automation Immobilien Holding Group Gruppe Maschinenbau Elektronik Services
Digital Pharma Chemie Bau Mobility Finance Capital Ventures Analytics Robotics Vertrieb
Anlagenbau Verpackung Recycling Cloud Networks Health Foods Textil""".split()
# English names: adjective/colour + noun + business word
EN_FIRST = """Bright Blue Silver Green Red North Clear Swift Prime Bold True Deep Open Smart
High Next First Key Core Peak Iron Golden Summit Harbor Atlas Pioneer Horizon Evergreen
Quantum Vertex Apex Nimbus Falcon Cedar Maple Oak River Stone""".split()
EN_SECOND = """Path Wave Point Bridge Line Field Stone Rock Gate Way Leaf Light Stream Spark
Shield Tree Hill Peak Star Works Lab Mind Loop Box Sky""".split()
EN_BUSINESS = """Technologies Solutions Labs Partners Capital Group Holdings Systems Analytics
Software Networks Therapeutics Biosciences Energy Robotics Logistics Security Industries
Pharmaceuticals Media Semiconductors Materials""".split()
# fixed real companies (well known; short name, full name)
REAL_COMPANIES = [
    ("Siemens", "Siemens AG"), ("BASF", "BASF SE"), ("Bosch", "Robert Bosch GmbH"),
    ("SAP", "SAP SE"), ("Allianz", "Allianz SE"), ("Continental", "Continental AG"),
    ("Zeiss", "Carl Zeiss AG"), ("Henkel", "Henkel AG & Co. KGaA"), ("Lufthansa", "Deutsche Lufthansa AG"),
    ("Telekom", "Deutsche Telekom AG"), ("Merck", "Merck KGaA"), ("Infineon", "Infineon Technologies AG"),
    ("Vodafone", "Vodafone GmbH"), ("Microsoft", "Microsoft Corp."), ("Nvidia", "NVIDIA Corporation"),
    ("Schaeffler", "Schaeffler AG"), ("Trumpf", "TRUMPF SE + Co. KG"), ("Fresenius", "Fresenius SE & Co. KGaA"),
    ("Vattenfall", "Vattenfall GmbH"), ("EnBW", "EnBW Energie Baden-Württemberg AG"),
    ("Nestlé", "Nestlé S.A."), ("Roche", "F. Hoffmann-La Roche AG"), ("Novartis", "Novartis AG"),
    ("Unilever", "Unilever plc"), ("Airbus", "Airbus SE"), ("Volvo", "AB Volvo"),
    ("Schneider Electric", "Schneider Electric SE"), ("Capgemini", "Capgemini SE"),
    ("Accenture", "Accenture plc"), ("Salesforce", "Salesforce, Inc."), ("IBM", "IBM Deutschland GmbH"),
    ("Deloitte", "Deloitte GmbH"), ("PwC", "PricewaterhouseCoopers GmbH"), ("KPMG", "KPMG AG"),
    ("Huawei", "Huawei Technologies Co., Ltd."), ("Samsung", "Samsung Electronics Co., Ltd."),
    ("Volocopter", "Volocopter GmbH"), ("Withings", "Withings S.A."), ("Zalando", "Zalando SE"),
    ("Delivery Hero", "Delivery Hero SE"), ("Celonis", "Celonis SE"), ("N26", "N26 GmbH"),
]

# first and last names of many countries (the lexicons give German ones)
INTL_FIRST = {
    "f": """Emma Olivia Sophie Chloé Camille Lucía Sofía Giulia Chiara Aisha Fatma Elif Zeynep
Ayşe Anna Agnieszka Katarzyna Magdalena Ewa Jana Petra Lucie Ingrid Sigrid Astrid Mei Li Yan Xin
Priya Ananya Deepika Yuki Sakura Hana Ji-woo Seo-yeon Amara Chiamaka Nadia Leila Sara Laura
Isabella Maria Ana Beatriz Mariana Olga Irina Natalia Svetlana Oksana Aino Freya Nora Julie Claire
Hannah Rachel Sarah Jennifer Emily Grace Charlotte Amelia Ingeborg""".split(),
    "m": """James John Michael David Thomas Oliver Jack William Pierre Jean Louis Antoine
Carlos Javier Miguel Alejandro Marco Luca Giovanni Matteo Mehmet Mustafa Ahmet Emre Can Piotr
Tomasz Krzysztof Jan Pavel Lars Erik Henrik Nils Wei Jun Hao Ming Rahul Arjun Vikram Sanjay
Hiroshi Takeshi Kenji Min-jun Ji-ho Chinedu Kwame Omar Youssef Karim Ali João Pedro Rafael Lucas
Dmitri Sergei Andrei Oleksandr Mikko Sven Finn Liam Noah Ethan Daniel Robert Richard""".split(),
}
INTL_LAST = """Smith Johnson Williams Brown Taylor Wilson Clarke Evans Martin Bernard Dubois
Lefèvre Moreau Laurent García Fernández López Martínez Rodríguez Rossi Russo Bianchi Ferrari
Romano Yılmaz Kaya Demir Şahin Çelik Kowalski Nowak Wiśniewski Wójcik Novák Svoboda Dvořák
Andersson Johansson Larsen Nielsen Hansen Virtanen Korhonen Wang Zhang Liu Chen Yang Huang Zhao
Sharma Patel Gupta Singh Iyer Reddy Tanaka Suzuki Watanabe Sato Kim Park Lee Choi Okafor
Mensah Adeyemi Haddad Nasser Rahman Silva Santos Oliveira Pereira Costa Ivanov Petrov Kuznetsov
Shevchenko Kovalenko de Vries Jansen van Dijk Bakker Murphy O'Brien Kelly Horvat Novak""".split()

# honorifics and titles before a name (outside the PER span)
HONORIFICS = [("", 60), ("Dr. ", 18), ("Prof. Dr. ", 5), ("Prof. ", 2), ("Dipl.-Ing. ", 2),
              ("Dr.-Ing. ", 1), ("Mag. ", 1), ("Dr. h.c. ", 1)]

# roles by genre: (masculine form, feminine form); never entities
ROLES = {
    "corporate_top": [("Vorstandsvorsitzender", "Vorstandsvorsitzende"), ("CEO", "CEO"),
                      ("Geschäftsführer", "Geschäftsführerin"), ("Chief Executive Officer", "Chief Executive Officer"),
                      ("Gründer und CEO", "Gründerin und CEO"), ("Vorstandschef", "Vorstandschefin"),
                      ("Managing Director", "Managing Director"), ("Sprecher der Geschäftsführung", "Sprecherin der Geschäftsführung"),
                      ("Präsident", "Präsidentin")],
    "corporate": [("Finanzvorstand", "Finanzvorständin"), ("CFO", "CFO"), ("CTO", "CTO"),
                  ("Chief Operating Officer", "Chief Operating Officer"), ("Vertriebsleiter", "Vertriebsleiterin"),
                  ("Leiter Forschung und Entwicklung", "Leiterin Forschung und Entwicklung"),
                  ("Head of Sales", "Head of Sales"), ("Head of Sustainability", "Head of Sustainability"),
                  ("Bereichsleiter Produktmanagement", "Bereichsleiterin Produktmanagement"),
                  ("Vice President Europe", "Vice President Europe"), ("Chief Digital Officer", "Chief Digital Officer"),
                  ("Personalvorstand", "Personalvorständin"), ("Leiter des Geschäftsbereichs Energie", "Leiterin des Geschäftsbereichs Energie"),
                  ("Country Manager DACH", "Country Manager DACH"), ("Mitglied des Vorstands", "Mitglied des Vorstands"),
                  ("Chief Marketing Officer", "Chief Marketing Officer"), ("Werksleiter", "Werksleiterin")],
    "press": [("Pressesprecher", "Pressesprecherin"), ("Leiter Unternehmenskommunikation", "Leiterin Unternehmenskommunikation"),
              ("Head of Communications", "Head of Communications"), ("Referent Presse- und Öffentlichkeitsarbeit", "Referentin Presse- und Öffentlichkeitsarbeit"),
              ("Media Relations Manager", "Media Relations Manager"), ("Leiter Kommunikation", "Leiterin Kommunikation")],
    "ngo_top": [("Geschäftsführer", "Geschäftsführerin"), ("Vorsitzender", "Vorsitzende"),
                ("Vorstand", "Vorständin"), ("Bundesgeschäftsführer", "Bundesgeschäftsführerin"),
                ("Präsident", "Präsidentin"), ("Referent für Klimapolitik", "Referentin für Klimapolitik"),
                ("Leiter der Programmarbeit", "Leiterin der Programmarbeit"), ("Sprecher", "Sprecherin")],
    "expert": [("Professor für Wirtschaftsinformatik", "Professorin für Wirtschaftsinformatik"),
               ("Analyst", "Analystin"), ("Chefvolkswirt", "Chefvolkswirtin"), ("Studienleiter", "Studienleiterin"),
               ("Projektleiter", "Projektleiterin"), ("Senior Researcher", "Senior Researcher"),
               ("Leiter des Instituts", "Leiterin des Instituts")],
}

# public bodies: (nominative without article, genitive, article nom/gen/dat, short or "")
PUBLIC_BODIES = [
    ("Umweltbundesamt", "Umweltbundesamtes", "n", "UBA"),
    ("Statistische Bundesamt", "Statistischen Bundesamtes", "n", "Destatis"),
    ("Bundesagentur für Arbeit", "Bundesagentur für Arbeit", "f", "BA"),
    ("Bundesnetzagentur", "Bundesnetzagentur", "f", ""),
    ("Deutsche Wetterdienst", "Deutschen Wetterdienstes", "m", "DWD"),
    ("Bundesamt für Sicherheit in der Informationstechnik", "Bundesamtes für Sicherheit in der Informationstechnik", "n", "BSI"),
    ("Bundesministerium für Bildung und Forschung", "Bundesministeriums für Bildung und Forschung", "n", "BMBF"),
    ("Bundesministerium für Wirtschaft und Klimaschutz", "Bundesministeriums für Wirtschaft und Klimaschutz", "n", "BMWK"),
    ("Bundesministerium für Gesundheit", "Bundesministeriums für Gesundheit", "n", "BMG"),
    ("Bundesministerium für Digitales und Verkehr", "Bundesministeriums für Digitales und Verkehr", "n", "BMDV"),
    ("Auswärtige Amt", "Auswärtigen Amtes", "n", ""),
    ("Kraftfahrt-Bundesamt", "Kraftfahrt-Bundesamtes", "n", "KBA"),
    ("Bundesinstitut für Risikobewertung", "Bundesinstituts für Risikobewertung", "n", "BfR"),
    ("Robert Koch-Institut", "Robert Koch-Instituts", "n", "RKI"),
    ("Europäische Kommission", "Europäischen Kommission", "f", ""),
    ("Europäische Investitionsbank", "Europäischen Investitionsbank", "f", "EIB"),
    ("Kreditanstalt für Wiederaufbau", "Kreditanstalt für Wiederaufbau", "f", "KfW"),
    ("Deutsche Bundesbank", "Deutschen Bundesbank", "f", ""),
    ("Bundeskartellamt", "Bundeskartellamtes", "n", ""),
    ("Deutsche Zentrum für Luft- und Raumfahrt", "Deutschen Zentrums für Luft- und Raumfahrt", "n", "DLR"),
    ("Bundesanstalt für Finanzdienstleistungsaufsicht", "Bundesanstalt für Finanzdienstleistungsaufsicht", "f", "BaFin"),
    ("Deutsche Rentenversicherung", "Deutschen Rentenversicherung", "f", ""),
]
# public bodies built with a town or a Land: pattern, gender, short pattern
PUBLIC_PATTERNS = [
    ("Industrie- und Handelskammer {town}", "f", "IHK {town}"),
    ("Handwerkskammer {town}", "f", ""),
    ("Universität {town}", "f", ""),
    ("Technische Universität {town}", "f", "TU {town}"),
    ("Hochschule {town}", "f", ""),
    ("Polizeipräsidium {town}", "n", ""),
    ("Landratsamt {town}", "n", ""),
    ("Agentur für Arbeit {town}", "f", ""),
    ("Universitätsklinikum {town}", "n", ""),
    ("Wirtschaftsförderung {town}", "f", ""),
    ("Landesamt für Umwelt {land}", "n", ""),
    ("Ministerium für Wirtschaft, Arbeit und Tourismus {land}", "n", ""),
    ("Staatsministerium für Wissenschaft und Kunst", "n", ""),
    ("Fraunhofer-Institut für {field}", "n", ""),
    ("Max-Planck-Institut für {field}", "n", ""),
    ("Leibniz-Institut für {field}", "n", ""),
]
RESEARCH_FIELDS = """Solare Energiesysteme|Produktionstechnologie|Angewandte Informationstechnik|
Intelligente Analyse- und Informationssysteme|Bauphysik|Chemische Technologie|Werkstoffmechanik|
Kognitive Systeme|Materialfluss und Logistik|Agrartechnik und Bioökonomie|Gesellschaftsforschung|
Wirtschaftsforschung|Meeresforschung|Molekulare Medizin|Software- und Systemtechnik""".replace("\n", "").split("|")

# NGOs: (name, genitive, gender, short); gender "-": used without article
NGOS = [
    ("Deutsche Umwelthilfe", "Deutschen Umwelthilfe", "f", "DUH"),
    ("Naturschutzbund Deutschland", "Naturschutzbundes Deutschland", "m", "NABU"),
    ("Bund für Umwelt und Naturschutz Deutschland", "Bundes für Umwelt und Naturschutz Deutschland", "m", "BUND"),
    ("WWF Deutschland", "WWF Deutschland", "m", "WWF"),
    ("Greenpeace", "Greenpeace", "-", ""),
    ("Deutsche Rote Kreuz", "Deutschen Roten Kreuzes", "n", "DRK"),
    ("Welthungerhilfe", "Welthungerhilfe", "f", ""),
    ("Germanwatch", "Germanwatch", "-", ""),
    ("Transparency International Deutschland", "Transparency International Deutschland", "-", ""),
    ("Oxfam Deutschland", "Oxfam Deutschland", "-", "Oxfam"),
    ("Ärzte ohne Grenzen", "Ärzte ohne Grenzen", "-", ""),
    ("Brot für die Welt", "Brot für die Welt", "-", ""),
    ("Plan International Deutschland", "Plan International Deutschland", "-", "Plan International"),
    ("Save the Children Deutschland", "Save the Children Deutschland", "-", "Save the Children"),
    ("Deutscher Caritasverband", "Deutschen Caritasverbandes", "m", "Caritas"),
    ("Diakonie Deutschland", "Diakonie Deutschland", "f", "Diakonie"),
    ("foodwatch", "foodwatch", "-", ""),
    ("Verbraucherzentrale Bundesverband", "Verbraucherzentrale Bundesverbandes", "m", "vzbv"),
    ("Tafel Deutschland", "Tafel Deutschland", "f", ""),
    ("Deutsche Stiftung Denkmalschutz", "Deutschen Stiftung Denkmalschutz", "f", ""),
    ("SOS-Kinderdorf", "SOS-Kinderdorf", "-", ""),
    ("Aktion Deutschland Hilft", "Aktion Deutschland Hilft", "-", ""),
    ("Bundesverband der Deutschen Industrie", "Bundesverbandes der Deutschen Industrie", "m", "BDI"),
    ("Digitalverband Bitkom", "Digitalverbands Bitkom", "m", "Bitkom"),
    ("Verband der Automobilindustrie", "Verbands der Automobilindustrie", "m", "VDA"),
]
# invented associations: (pattern with {topic}/{town}/{land}, gender); often with e.V.
NGO_PATTERNS = [("Bündnis {topic}", "n"), ("Initiative {topic}", "f"), ("Netzwerk {topic}", "n"),
                ("Förderverein {topic}", "m"), ("Stiftung {topic}", "f"), ("Bürgerstiftung {town}", "f"),
                ("Verein {topic}", "m"), ("Aktionsbündnis {topic}", "n"), ("{topic} Deutschland", "-"),
                ("Landesverband {topic} {land}", "m")]
NGO_TOPICS = """Kinderrechte|Saubere Flüsse|Zukunft Wald|Bildung für alle|Klimaschutz jetzt|
Faire Mode|Offene Daten|Digitale Teilhabe|Lebendige Städte|Meere ohne Plastik|Pflege in Würde|
Artenvielfalt|Energiewende von unten|Mobilität für alle|Nachbarschaftshilfe|Ernährungsrat""".replace("\n", "").split("|")

# products and programmes (MISC): brand from the company + product word + version
PRODUCT_WORDS = """Suite Cloud Pro Max FlowControl SmartHub Connect Analytics Vision Edge Guard
Insight Pilot Sense Drive Motion Care Link Core Studio Manager Platform Scan One AIR Flex Eco
Plus Compact Station Vault Assist Secure Mobile Tracker""".split()
PRODUCT_VERSIONS = ["", "", "", " 2.0", " 3.1", " 4", " X", " X3", " 5G", " 2025", " Pro", " 7.4",
                    " Gen 2", " S", " 360", " 12", " Ultra", " Lite", " 3", " 2"]
TRADEMARKS = ["", "", "", "", "®", "™"]
PROGRAMMES = ["Horizon Europe", "Digital Jetzt", "Erasmus+", "Mittelstand-Digital", "EXIST",
              "Zukunftsinvestitionsprogramm", "KMU-innovativ", "LIFE", "Interreg", "Green Deal",
              "NextGenerationEU", "Deutschlandticket", "Bundesprogramm Ländliche Entwicklung",
              "Innovationspakt Mittelstand", "Aktionsprogramm Natürlicher Klimaschutz", "Startchancen-Programm"]
# trade fairs: (name, gender, town where it takes place); a year may follow inside the span
FAIRS = [
    ('Hannover Messe', "f", 'Hannover'), ('IAA Mobility', "f", 'München'), ('IFA', "f", 'Berlin'),
    ('bauma', "f", 'München'), ('Anuga', "f", 'Köln'), ('drupa', "f", 'Düsseldorf'),
    ('MEDICA', "f", 'Düsseldorf'), ('EuroShop', "f", 'Düsseldorf'),
    ('Intersolar Europe', "f", 'München'), ('embedded world', "f", 'Nürnberg'),
    ('CES', "f", 'Las Vegas'), ('Mobile World Congress', "m", 'Barcelona'),
    ('Frankfurter Buchmesse', "f", 'Frankfurt am Main'), ('gamescom', "f", 'Köln'),
    ('InnoTrans', "f", 'Berlin'), ('Light + Building', "f", 'Frankfurt am Main'),
    ('ISH', "f", 'Frankfurt am Main'), ('Fruit Logistica', "f", 'Berlin'),
    ('ITB Berlin', "f", 'Berlin'), ('Internationale Grüne Woche', "f", 'Berlin'),
    ('SMM', "f", 'Hamburg'), ('LogiMAT', "f", 'Stuttgart'), ('transport logistic', "f", 'München'),
    ('K-Messe', "f", 'Düsseldorf'), ('Automatica', "f", 'München'),
    ('Formnext', "f", 'Frankfurt am Main'), ('it-sa', "f", 'Nürnberg'), ('EMO', "f", 'Hannover'),
    ('Agritechnica', "f", 'Hannover'), ('FIBO', "f", 'Köln'), ('Expo Real', "f", 'München'),
    ('Eurobike', "f", 'Frankfurt am Main'), ('BIO International Convention', "f", 'San Diego'),
    ('Salone del Mobile', "m", 'Mailand'), ('Computex', "f", 'Taipeh')]
# conferences, summits, action weeks (public bodies, NGOs)
CONFERENCES = [
    ('Web Summit', "m", 'Lissabon'), ('re:publica', "f", 'Berlin'),
    ('Münchner Sicherheitskonferenz', "f", 'München'), ('Petersberger Klimadialog', "m", 'Berlin'),
    ('Digital-Gipfel', "m", 'Frankfurt am Main'), ('World Economic Forum', "m", 'Davos'),
    ('Tag der Industrie', "m", 'Berlin'), ('Europäische Mobilitätswoche', "f", 'Berlin'),
    ('Woche der Umwelt', "f", 'Berlin'), ('Deutscher Nachhaltigkeitstag', "m", 'Düsseldorf'),
    ('Smart Country Convention', "f", 'Berlin'), ('VivaTech', "f", 'Paris'),
    ('Slush', "f", 'Helsinki'), ('SXSW', "f", 'Austin')]
# numbered events: (name, gender, town)
EVENTS_NUMBERED = [("COP27", "f", "Scharm El-Scheich"), ("COP28", "f", "Dubai"), ("COP29", "f", "Baku"),
                   ("COP30", "f", "Belém"), ("G7-Gipfel", "m", "Hiroshima"), ("G20-Gipfel", "m", "Rio de Janeiro")]
GREEN_LABELS = ["DGNB Gold", "DGNB Platin", "LEED Gold", "BREEAM Excellent", "KfW-Effizienzhaus 40"]
# laws, treaties, regulations (MISC)
LAWS = [  # (name, gender); the genitive -es/-s is added in cast.law_slots
    ('DSGVO', "f"), ('Datenschutz-Grundverordnung', "f"), ('Lieferkettengesetz', "n"),
    ('Lieferkettensorgfaltspflichtengesetz', "n"), ('Gebäudeenergiegesetz', "n"),
    ('Pariser Abkommen', "n"), ('Pariser Klimaabkommen', "n"), ('CSRD', "f"), ('AI Act', "m"),
    ('Digital Services Act', "m"), ('Digital Markets Act', "m"), ('NIS2-Richtlinie', "f"),
    ('Cyber Resilience Act', "m"), ('Erneuerbare-Energien-Gesetz', "n"), ('EEG', "n"),
    ('Mindestlohngesetz', "n"), ('Hinweisgeberschutzgesetz', "n"),
    ('Kreislaufwirtschaftsgesetz', "n"), ('Klimaschutzgesetz', "n"), ('Wärmeplanungsgesetz', "n"),
    ('Medizinprodukteverordnung', "f"), ('EU-Entwaldungsverordnung', "f"),
    ('Onlinezugangsgesetz', "n"), ('Barrierefreiheitsstärkungsgesetz', "n"),
    ('Kyoto-Protokoll', "n"), ('Grundgesetz', "n"), ('Taxonomie-Verordnung', "f"),
    ('Batterieverordnung', "f"), ('Verpackungsgesetz', "n"), ('Data Act', "m"),
    ('Green Claims Directive', "f")]
# awards and certificates (MISC)
AWARDS = ["Deutscher Nachhaltigkeitspreis", "Red Dot Design Award", "iF Design Award", "German Innovation Award",
          "TOP 100", "Great Place to Work", "EcoVadis Gold", "Deutscher Gründerpreis", "Innovationspreis Reallabore",
          "European Inventor Award", "Deutscher Zukunftspreis"]

# universities in the dative (``an der {university}``); {town} is a German town
UNIVERSITIES_DAT = ["Technischen Universität München", "Universität {town}", "RWTH Aachen",
                    "Ludwig-Maximilians-Universität München", "Hochschule {town}", "Universität St. Gallen",
                    "ETH Zürich", "Wirtschaftsuniversität Wien", "London School of Economics",
                    "Technischen Universität Berlin", "Universität Mannheim", "Frankfurt School of Finance & Management",
                    "Hochschule für Technik und Wirtschaft Berlin", "Universität zu Köln", "Freien Universität Berlin",
                    "Karlsruher Institut für Technologie", "Sorbonne", "Harvard Business School"]
# neuter authorities (``durch das {authority}``)
AUTHORITIES = ["Bundesamt für Wirtschaft und Ausfuhrkontrolle", "Umweltbundesamt", "Bundeskartellamt",
               "Bundesamt für Justiz", "Landesamt für Verbraucherschutz"]
# feminine agencies (``durch die {agency}``)
AGENCIES = ["Deutsche Energie-Agentur", "Bundesagentur für Arbeit", "Sächsische Aufbaubank",
            "NRW.BANK", "Investitionsbank Berlin", "Deutsche Gesellschaft für Internationale Zusammenarbeit",
            "L-Bank", "Förderbank Bayern"]
MINISTRIES_GEN = ["Bundesministeriums für Wirtschaft und Klimaschutz", "Bundesministeriums für Umwelt, Naturschutz, nukleare Sicherheit und Verbraucherschutz",
                  "Bundesministeriums des Innern", "Bundesministeriums der Finanzen",
                  "Bundesministeriums für Bildung und Forschung", "Bundesministeriums für Arbeit und Soziales"]
# products of other companies (MISC)
REAL_PRODUCTS = ["SAP S/4HANA", "Microsoft Teams", "Microsoft Azure", "Salesforce Sales Cloud",
                 "Amazon Web Services", "Google Cloud", "Siemens Xcelerator", "iPhone", "Android",
                 "ChatGPT", "Windows 11", "Apple Pay", "SharePoint", "Slack", "Zoom", "Jira"]
PR_AGENCY_FORMS = ["{last} Kommunikation GmbH", "{last} PR", "{last} & Partner Public Relations GmbH",
                   "{last} Communications Ltd.", "{en} Communications GmbH"]

# roles of the head of a public body, by a word of its name (first match wins)
PUBLIC_ROLES = [
    ("Ministerium", [("Minister", "Ministerin"), ("Staatssekretär", "Staatssekretärin"), ("Pressesprecher", "Pressesprecherin")]),
    ("Universität", [("Präsident", "Präsidentin"), ("Rektor", "Rektorin"), ("Kanzler", "Kanzlerin")]),
    ("Hochschule", [("Präsident", "Präsidentin"), ("Rektor", "Rektorin")]),
    ("Landratsamt", [("Landrat", "Landrätin")]),
    ("kammer", [("Hauptgeschäftsführer", "Hauptgeschäftsführerin"), ("Präsident", "Präsidentin")]),
    ("Polizeipräsidium", [("Polizeipräsident", "Polizeipräsidentin"), ("Pressesprecher", "Pressesprecherin")]),
    ("Institut", [("Institutsleiter", "Institutsleiterin"), ("Direktor", "Direktorin"), ("Abteilungsleiter", "Abteilungsleiterin")]),
    ("Klinikum", [("Ärztlicher Direktor", "Ärztliche Direktorin"), ("Kaufmännischer Direktor", "Kaufmännische Direktorin")]),
    ("Kommission", [("Kommissar", "Kommissarin"), ("Vizepräsident", "Vizepräsidentin")]),
    ("Bank", [("Präsident", "Präsidentin"), ("Vorstandsmitglied", "Vorstandsmitglied"), ("Chefvolkswirt", "Chefvolkswirtin")]),
    ("", [("Präsident", "Präsidentin"), ("Vizepräsident", "Vizepräsidentin"), ("Leiter", "Leiterin"),
          ("Direktor", "Direktorin"), ("Pressesprecher", "Pressesprecherin"), ("Abteilungsleiter", "Abteilungsleiterin")]),
]

# lexicon entries that are no first names (titles, forms of address)
NOT_FIRST_NAMES = {"Herr", "Herrn", "Frau", "Fräulein", "Doktor", "Professor", "Dame", "Sir", "Lady",
                   "Graf", "Gräfin", "Baron", "Fürst", "Prinz", "Prinzessin", "König", "Königin",
                   "Kaiser", "Pater", "Bruder", "Schwester", "Onkel", "Tante", "Mutter", "Vater"}

# certifications and labels (MISC)
CERTIFICATES = ["ISO 27001", "ISO 14001", "ISO 9001", "ISO 50001", "TISAX", "EMAS", "Blauer Engel",
                "FSC", "B Corp", "EcoVadis Platin", "SA8000", "Grüner Knopf", "Fairtrade", "CE"]
DEPARTMENTS = ["Unternehmenskommunikation", "Corporate Communications", "Presse- und Öffentlichkeitsarbeit",
               "Pressestelle", "Investor Relations", "Marketing & Kommunikation", "Public Relations"]
