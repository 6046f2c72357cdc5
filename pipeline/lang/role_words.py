"""Role words: functions, titles and affiliations that a person can hold.

Plain data. Nouns are listed in their base (masculine singular) form; the
phrase grammar (``pipeline.text.phrases.is_role_noun``) adds the regular endings of
``lang/inflection.py`` (feminine ``-in``/``-innen``, genitive ``-s``/``-es``,
plural/weak ``-e``/``-en``/``-n``) and
accepts compounds that end in a listed noun (``Wirtschaftsminister``,
``Chefökonom``, ``Siemens-Chef``). Irregular forms are listed explicitly.
"""

#: Masculine agent nouns; feminine and inflected forms are derived.
ROLE_NOUNS = frozenset("""
Präsident Direktor Generaldirektor Chef Leiter Geschäftsführer Geschäftsleiter Vorstand
Minister Kanzler Bürgermeister Konsul Botschafter Gesandter Gouverneur Senator Landrat Stadtrat
Sekretär Staatssekretär Generalsekretär Kommissar Dekan Rektor Prorektor Professor Dozent
Ökonom Volkswirt Analyst Stratege Politiker Vertreter Repräsentant Sprecher Moderator
Koordinator Referent Manager Berater Gründer Mitgründer Inhaber Eigentümer Gesellschafter
Unternehmer Investor Entwickler Forscher Wissenschaftler Experte Spezialist Ingenieur Architekt
Autor Journalist Redakteur Herausgeber Verleger Intendant Kurator Dirigent Regisseur Trainer
Kapitän Richter Anwalt Staatsanwalt Notar Diktator Monarch König Kaiser Prinz Fürst Papst
Kardinal Bischof Erzbischof Pfarrer Pastor Rabbiner Imam Milliardär Millionär Kommandeur
General Admiral Oberst Offizier Polizeichef Polizeipräsident Oberstaatsanwalt Pressesprecher Kommandant
Beamter Mitarbeiter Angestellter Funktionär Aktivist Organisator Initiator Leiter Obmann
Ombudsmann Schatzmeister Kassenwart Syndikus Justiziar Prokurist Treuhänder Verwalter Administrator
Insolvenzverwalter Aufsichtsrat Beirat Kurator Delegierter Abgeordneter Parlamentarier
Fraktionschef Parteichef Vorsitzender Beauftragter Verantwortlicher Bevollmächtigter
Beigeordneter Stellvertreter Mitglied Vizepräsident Vizekanzler
Premierminister Ministerpräsident Regierungschef Staatschef Staatspräsident Bundespräsident
Bundeskanzler Oberbürgermeister Regierungssprecher Landeshauptmann Bundesrat Nationalrat
Landtagsabgeordneter Bundestagsabgeordneter Europaabgeordneter Generalkonsul Vizeminister
Chefökonom Chefarzt Arzt Oberarzt Facharzt Chemiker Physiker Biologe Historiker Soziologe
Philosoph Psychologe Jurist Informatiker Mediziner Epidemiologe Virologe Klimaforscher
Künstler Musiker Sänger Schauspieler Schriftsteller Dichter Fotograf Designer Komponist
Sportler Spieler Stürmer Torwart Weltmeister Olympiasieger Meister Pilot Astronaut
Diplomat Regent Sultan Emir Scheich Premier Bürgerrechtler Oppositionsführer Rebellenführer
Anführer Sprecherin Bürgermeisterin Partner Teilhaber Senior-Partner Seniorpartner
Bezirksrat Gemeinderat Kantonsrat Regierungsrat Landesrat Stadtrat
Rapper Polizist Pianist Gitarrist Influencer
Prüfer Revisor Gutachter Lektor Mentor Coach Techniker Planer Evangelist
""".split())

#: Role nouns only as the end of a compound (``Popstar``, ``Kasino-Boss``, ``Fußballprofi``,
#: ``Superstar``): alone they are mostly names (``Star Trek``, ``Hugo Boss``).
COMPOUND_ONLY_ROLE_NOUNS = frozenset({"Star", "Boss", "Profi"})

#: Adjectival nouns (``der Vorsitzende``, ``ein Vorsitzender``): stems, endings
#: ``-e``/``-er``/``-en``/``-em`` are derived.
ADJECTIVAL_ROLE_STEMS = frozenset("""
Vorsitzend Beauftragt Abgeordnet Verantwortlich Bevollmächtigt Beigeordnet Delegiert
Angestellt Gesandt Bedienstet Vorstehend Geschäftsführend Vortragend Sachverständig
""".split())

#: Irregular forms (umlaut plurals, loan words) accepted as they are.
IRREGULAR_FORMS = frozenset("""
Ärzte Ärztin Ärztinnen Chefärzte Anwälte Anwältin Anwältinnen Rechtsanwälte Rechtsanwältin
Staatsanwälte Staatsanwältin Bischöfe Erzbischöfe Päpste Kardinäle Generäle Räte Rätin
Beamte Beamten Beamtin Fürsten Königin Kaiserin Prinzessin Fürstin Äbtissin Abt
Vorständin Vorständinnen Vorstände Vorständen
""".split())

#: Loan roles used as written (English titles in German press releases).
ENGLISH_ROLES = frozenset("""
CEO CFO CTO COO CIO CMO CSO CDO CHRO CCO CRO CPO CISO President Vice-President Chairman Chairwoman
Director Manager Founder Co-Founder Cofounder Advisor Adviser Officer Head Chair
Consultant Economist Researcher Scientist Lecturer Engineer
Evangelist Representative Secretary Ambassador Governor Mayor
Spokesperson Spokesman Spokeswoman Coordinator
Partner Expert Specialist Analyst Strategist Architect Developer Leader Owner Principal
Counsel Controller Treasurer Auditor VP SVP EVP
""".split())

#: Capitalised English words that form one role with the following role word
#: (``Vice President``, ``Senior Advisor``, ``Chief Executive Officer``).
ENGLISH_ROLE_MODIFIERS = frozenset("""
Vice Senior Junior Chief Executive Managing General Deputy Regional Country Global Group
Technical Financial Operating Marketing Sales Product Project Program Programme Research
Principal Lead Head Assistant Associate Co Honorary Distinguished Corporate Strategic Key Interim
Acting Founding
""".split())

#: Prefixes of hyphen compounds that belong to the role and are not an
#: organisation (``Co-Vorsitzender``, ``Vize-Präsident``, ``Ex-Minister``).
ROLE_PREFIXES = frozenset("""
Co Ko Vize Ex Interims Senior Junior Chef Ober Unter Haupt Bundes Landes Stadt Staats
General Sonder Mit Ehren Alt Amts Vorstands Aufsichtsrats Geschäfts
""".split())

#: Modifiers kept inside the role (lower-case, all inflections listed where
#: the tagger may not mark them as adjectives).
ROLE_MODIFIERS = frozenset("""
stellv. stellvertr. stv. komm. ehem. gf. desig.
stellvertretend stellvertretende stellvertretender stellvertretenden stellvertretendem
ehemalig ehemalige ehemaliger ehemaligen ehemaligem früher frühere früherer früheren
designiert designierte designierter designierten designiertem
erster erste ersten erstem zweiter zweite zweiten dritter dritte dritten
neu neue neuer neuen neuem alte alter alten amtierende amtierender amtierenden
scheidende scheidender scheidenden kommissarische kommissarischer kommissarischen
wissenschaftliche wissenschaftlicher wissenschaftlichen kaufmännische kaufmännischer
kaufmännischen technische technischer technischen geschäftsführende geschäftsführender
geschäftsführenden leitende leitender leitenden langjährige langjähriger langjährigen
damalige damaliger damaligen künftige künftiger künftigen derzeitige derzeitiger derzeitigen
bisherige bisheriger bisherigen stellvertretende ständige ständiger ständigen
oberste oberster obersten einzige einziger einzigen ehemals zuletzt
""".split())

#: Words that open a parenthesis before its role (``(u.a. ehemals Mitglied des Vorstandes …)``).
PARENTHESIS_OPENERS = frozenset({"u.a.", "u.", "a.", "unter", "anderem", "etwa", "zuvor"})

#: Endings of abstract nouns: a name made of them is no person (``Spezialisierung
#: Umsatzrealisierung``) and a parenthesis opening with one is a topic, not an
#: affiliation (``Eberhard Bayerl (Digitalisierung im Rechnungswesen)``).
ABSTRACT_NOUN_ENDINGS = ("ierung", "ierungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "nahme", "ungen")

#: Words after which a capitalised word is an organisation, not a person:
#: their presence in a span marks it as an organisation (``Lenovo China`` is
#: not, ``ARQUM GmbH`` is).
ORG_CUES = frozenset("""
GmbH gGmbH mbH AG SE KG KGaA OHG eG e.V. e. V. Ltd. Ltd Inc. Inc Corp. Corp LLC LLP PLC plc
S.A. SA NV N.V. Co. Group group Gruppe Holding Holdings Konzern Werke Werk Bank Sparkasse
Universität University Hochschule Fachhochschule Akademie Academy Institut Institute Instituts
Fakultät Faculty College School Schule Klinikum Klinik Krankenhaus Zentrum Center Centre
Ministerium Ministeriums Ministry Amt Amtes Behörde Agentur Agency Bundesamt Landesamt
Polizei Polizeipräsidium Polizeidirektion Polizeiinspektion Polizeirevier Staatsanwaltschaft
Gericht Gerichtshof Bundesgerichtshof Landgericht Amtsgericht Verwaltung Regierung Senat
Stiftung Foundation Verband Verbandes Verein Vereins Gesellschaft Society Association Gewerkschaft
Kommission Commission Komitee Committee Council Rat Network Netzwerk Alliance Allianz
Partei Fraktion Union Organisation Organization Programme Program Programms Fund Fonds
Büro Office Bureau Kammer Handelskammer Forum Initiative Bündnis Kreis Bezirk Landkreis
Stadtverwaltung Gemeinde Stadtwerke Redaktion Verlag Media Consulting Management Partners
Solutions Systems Technologies Technology Labs Lab Services Capital Ventures Industries
Stabsstelle Pressestelle Presseabteilung Öffentlichkeitsarbeit Abteilung Referat Dezernat
Motors Electric Dynamics Airlines Airways Pharma Energy Insurance Communications Networks
""".split())

#: Articles that may open an apposition (``Max Lawson, ein Sprecher der …``).
APPOSITION_ARTICLES = frozenset("ein eine einer einem der die den dem".split())

#: Articles skipped before an organisation (``Professor an der …``).
ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen the".split())

#: Genitive articles that attach an organisation to a role (``Direktor des Instituts``).
GENITIVE_ARTICLES = frozenset({"des", "der"})

#: Prepositions that attach an organisation to a role (``Vizepräsident von ZTE``).
ORG_PREPOSITIONS = frozenset({"von", "vom", "bei", "beim", "am", "an", "at", "auf", "of"})

#: Prepositions whose phrase stays part of the role (``Sonderbeauftragter für …``).
ROLE_PREPOSITIONS = frozenset({"für", "for", "zuständig"})

#: Prepositions of a place after a role phrase, before the name that follows
#: (``des Bauhauptverbands in Deutschland, …``, ``Abgeordneter im Bundestag``).
PLACE_PREPOSITIONS = frozenset({"in", "im", "aus"})

#: Words after which a role word opens a new role phrase (``Präsident und Geschäftsführerin``).
PHRASE_SEPARATORS = frozenset({"und", ","})

#: Words that link the parts of one organisation name (``Institut für Automatisierung``,
#: ``Center for Sustainable Development``).
NAME_LINKS = frozenset({"für", "for", "of", "and", "&", "the", "de", "du", "et", "y", "+"})

#: Lower-case function words: never part of a name or role phrase edge.
FUNCTION_WORDS = frozenset("""
der die das des dem den ein eine einer eines einem einen und oder sowie aber auch noch als
wie wenn dass ob im am vom zum zur beim ins für von bei mit nach aus in an auf über unter
vor hinter neben zwischen durch gegen ohne um bis seit während wegen trotz sich sie er es wir
ihr ich man nicht nur sehr mehr eher immer wieder bereits schon jetzt dann dort hier so zu
seine seiner seinen seinem ihre ihrer ihren ihrem unsere unserer unseren diese dieser diesen
dieses jene jener jeden jede jeder alle allen einige einigen mehrere viele vielen andere
anderen anderer keine keinen keiner beide beiden
""".split())

#: Parenthesis contents after a name that are no affiliation: photo credits,
#: wire and author codes, social networks, sports country codes (``(GER)``).
NOT_AFFILIATIONS = frozenset("""
Foto Fotos Archiv Bild Bildquelle Quelle Video Grafik links rechts Mitte l. r. m. li. re.
Hrsg. Red. red. dpa AFP afp AP ap APA apa Reuters KNA kna epd EPD sda SDA ots OTS dts ddp
PRNewswire Business Wire GlobeNewswire pm PM Symbolbild Archivbild Twitter Facebook Instagram
LinkedIn Mastodon YouTube TikTok Bluesky Threads
GER AUT SUI BEL NED LUX FRA ITA ESP POR GBR IRL USA CAN MEX BRA ARG CHI COL JPN CHN KOR
PRK AUS NZL RSA KEN ETH NGR EGY MAR TUN ALG NOR SWE FIN DEN ISL POL CZE SVK SLO CRO SRB
BIH MNE MKD ALB GRE TUR CYP BUL ROU HUN UKR BLR RUS MDA LAT LTU EST GEO ARM AZE KAZ UZB
ISR IRI IND PAK THA VIE INA MAS SGP PHI JAM CUB ENG SCO WAL NIR
""".split())

#: Starts of contact-block lines that are neither a name nor the organisation
#: (``Stabsstelle Öffentlichkeitsarbeit``, ``Telefon: …``).
CONTACT_LINE_STARTS = (
    "Stabsstelle", "Pressestelle", "Presse", "Öffentlichkeitsarbeit", "Pressesprecher",
    "Kommunikation", "Pressekontakt", "Kontakt", "Rückfragen", "Telefon", "Tel.", "Fax",
    "E-Mail", "Mail", "Mobil", "Handy", "www.", "http",
)

#: Links inside foreign organisation names that join them without an org cue before
#: (``Bank of China``, ``Médecins du Monde``).
FOREIGN_NAME_LINKS = frozenset({"of", "and", "&", "de", "du", "et", "y"})

#: Lower-cased words after which a name phrase goes on as an organisation
#: (``Muster Group``, ``Beispiel GmbH``, ``Probe Holding``).
ORG_NAME_HEADS = frozenset({"group", "gmbh", "ag", "e.v.", "gruppe", "holding"})

#: Role words (lower-cased endings) that take a bare department complement after them:
#: ``Leiterin Personal und Recht``, ``Geschäftsführer Privatkunden``, ``Director Circular
#: Economy``; English role words always do (``Vice President Sales Europe``).
DEPARTMENT_HEAD_ENDINGS = (
    "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "direktor", "direktorin",
    "manager", "managerin", "partner", "partnerin", "vorstand", "vorständin", "prokurist",
    "prokuristin", "referent", "referentin", "koordinator", "koordinatorin", "experte", "expertin",
)

#: Links inside an English title or department (``President & General Manager``,
#: ``Head of Audit``, ``Central & Southern Europe``).
TITLE_LINKS = frozenset({"&", "and", "of", "for", "und", "-", "/"})

#: English prepositions that open a department after a title (``Head of Group Treasury``).
DEPARTMENT_PREPOSITIONS = frozenset({"of", "for"})

#: Prepositions after a department that name the organisation the title belongs to
#: (``Head of IT PLM Systems bei Muster``): the words before them are still the department.
WORKPLACE_PREPOSITIONS = frozenset({"bei", "beim", "at"})

#: Words that join two English titles (``President & General Manager``, ``Chairman and CEO``).
TITLE_COORDINATORS = frozenset({"&", "and"})

#: Coordinators that end a department when a role word follows (``Leiterin Personal und
#: Geschäftsführerin``, ``Head of Sales and CFO``).
DEPARTMENT_END_COORDINATORS = frozenset({"und", "and", "&"})

#: Gender forms of role nouns: ``Partner:innen``, ``Partner*innen``, ``Partner_innen``,
#: ``PartnerInnen`` (regex of the ending; the stem is checked as ``-innen``).
GENDER_PLURAL = r"(?::|\*|_|/)innen$|(?<=[a-zäöüß])Innen$"

#: Words of English departments, business areas and regions after a title
#: (``Vice President Sales Europe``, ``Director Circular Economy``): never a person's name.
DEPARTMENT_WORDS = frozenset("""
Sales Marketing Europe European Central Southern Northern Eastern Western Global International
Regional Region Operations Operation Finance Financial Audit Tax Advisory Consulting Deal Deals
Economy Circular Services Service Product Products Management Solutions Solution Business Unit
Units Development Research Strategy Treasury Communications Communication Corporate Legal
Compliance Risk Digital Technology Technologies Innovation Transformation Engineering Enterprise
Customer Customers Success Experience Partner Partnerships Channel Channels Alliances Growth
Investor Relations Public Affairs Human Resources People Talent Culture Data Analytics Cloud
Security Cybersecurity Software Infrastructure Supply Chain Procurement Logistics Quality
Sustainability ESG Retail Banking Insurance Markets Market Industry Industries Sector Public
Healthcare Health Energy Automotive Media Content Design Brand Brands Program Programs Portfolio
Strategic Accounts Account Key Commercial Group America Americas Asia Pacific Africa Middle East
Austria Germany Switzerland DACH EMEA APAC CEE SEE LATAM MENA Nordics Benelux Iberia Italy France
""".split())

#: Region codes after a title that are part of it (``VP Sales DACH``), not an organisation.
REGION_CODES = frozenset({"DACH", "EMEA", "APAC", "CEE", "SEE", "EU", "USA", "US", "UK", "LATAM", "MENA",
                          "AMER", "EMEIA", "DE", "AT", "CH", "NA"})

#: Legal forms and group words that close a company name (``Beispiel GmbH``, ``Muster Group``).
LEGAL_FORMS = frozenset("""
GmbH gGmbH mbH AG SE KG KGaA OHG eG e.V. Ltd. Ltd Inc. Inc Corp. Corp LLC LLP PLC plc S.A. SA NV
N.V. B.V. Co. Group Gruppe Holding Holdings Konzern
""".split())

#: Words that may stand between a name and ``als``/``zum``/``zur``/``neuer`` in a
#: personnel announcement (``Otto Muster wird ab sofort als CFO …``, ``… wurde zum
#: neuen CEO ernannt``, ``Lea Probe ist künftig neue Leiterin …``).
ANNOUNCEMENT_GAP = frozenset("""
hat ist war wird wurde werden bleibt übernimmt fungiert agiert tritt startet beginnt kommt wechselt
künftig zukünftig ab sofort bereits nun jetzt seit auch zudem ebenfalls damit dann mit Wirkung
arbeitet arbeitete tätig
""".split())

#: Nouns of an event: ``X war bei der Konferenz der Vereinten Nationen`` says where X was,
#: not where X works.
EVENT_NOUNS = frozenset("""
Konferenz Veranstaltung Tagung Messe Gipfel Gipfeltreffen Sitzung Feier Versammlung Pressekonferenz
Eröffnung Präsentation Verleihung Preisverleihung Zeremonie Diskussion Podiumsdiskussion Workshop
Kongress Summit Event Treffen Jahrestagung Hauptversammlung Vollversammlung Festakt Empfang
""".split())

#: Prepositions after a name (and an announcement gap) that name the person's organisation
#: (``Lea Probe arbeitet bei der Muster AG``, ``Otto Muster vom Beispiel-Netzwerk``).
AFFILIATION_PREPOSITIONS = frozenset({"bei", "beim", "von", "vom"})

#: Verbs between a plural title and a list of names (``Neue Partner sind A, B und C``).
LIST_VERBS = frozenset({"sind", "waren", "gehören", "angehören"})

#: Groups of people named by a list after ``, bestehend aus`` (``das Team der Muster AG,
#: bestehend aus A, B und C``); also every compound ending in ``-team``/``-gruppe``
#: (``Projektteam``, ``Muster-Team``, ``Arbeitsgruppe``). ``Gruppe`` alone is a company word.
GROUP_NOUNS = frozenset("""
Team Teams Gremium Gremiums Jury Konsortium Konsortiums Delegation Duo Trio Quartett Doppelspitze
Führungsspitze Geschäftsführung Leitung Präsidium Präsidiums Vorstand Vorstands Aufsichtsrat
Aufsichtsrats Beirat Beirats Kuratorium Kuratoriums Komitee Ausschuss Ausschusses
""".split())
GROUP_COMPOUND_ENDINGS = ("team", "teams", "gruppe")

#: Verbs of joining a group (``verstärkt das Team der Muster AG``, ``werden das
#: Managementteam von ABBYY verstärken``): the person belongs to the group's organisation.
JOINING_VERBS = frozenset("""
verstärkt verstärken verstärkte verstärkten ergänzt ergänzen ergänzte ergänzten komplettiert
komplettieren unterstützt unterstützen
""".split())

#: What links a group to its members' list (``, bestehend aus``).
MEMBER_LIST_OPENERS = frozenset({"bestehend"})

#: Stems of capitalised adjectival titles that open the title after them
#: (``Vorsitzende Richterin``, ``Leitender Oberstaatsanwalt``).
ADJECTIVAL_TITLE_STEMS = frozenset({"Vorsitzend", "Leitend", "Stellvertretend", "Geschäftsführend",
                                    "Amtierend", "Designiert", "Kommissarisch"})

#: Endings of those stems (``Vorsitzende``, ``Leitender``, ``Stellvertretenden``).
ADJECTIVAL_TITLE_ENDINGS = ("e", "er", "en")

#: Modifiers that open the new role in an announcement (``wird neuer CEO der Beispiel AG``).
ANNOUNCEMENT_NEW = frozenset({"neuer", "neue", "neuen", "neuem"})

#: Verbs whose subject is the organisation that gives a person a role (``KPMG … bestellt
#: Christian Legény als neuen Partner``, ``Mit Jahreswechsel ernennt KPMG Law A zu …``).
APPOINTING_VERBS = frozenset("""
ernennt ernannte bestellt bestellte beruft berief holt holte verpflichtet verpflichtete befördert beförderte
gewinnt gewann
erweitert erweiterte vergrößert vergrößerte verstärkt verstärkte
""".split())

#: Words of address lines in contact blocks: a line with one is no organisation line.
ADDRESS_WORDS = ("str.", "straße", "strasse", "gasse", "platz", "weg", "allee", "ring", "damm", "ufer",
                 "postfach", "@", "www", "http", "tel", "fax", "phone", "mobil")

#: Organisations that open closed compounds with a title (``Bahnchef``, ``Bundesbankpräsident``,
#: ``Telekomvorstand``): the first part is the organisation as written, the rest the role
#: (contract v3). Only names: ordinary first parts (``Konzern``, ``Abteilung``, ``Bank``) are
#: no organisation and keep the whole word as the role.
COMPOUND_ORG_NAMES = frozenset("""
Bahn Bundesbank Telekom Lufthansa Siemens Daimler Porsche Bosch Allianz Commerzbank Volkswagen
Opel Audi Bayer Henkel Adidas Puma Aldi Lidl Rewe Edeka Zalando Facebook Google Apple Amazon Microsoft
Tesla Yahoo Twitter Fifa Uefa Nato Bundeswehr Verdi Ufo Unicef Thyssenkrupp Continental Infineon
Airbus Boeing Ikea Nestlé Novartis Roche Eon RWE Uniper Vattenfall
""".split())

#: First parts of closed compounds that are no organisation even when the document tags them
#: (``Bundesinnenminister``, ``Landesrat``, ``Stadtrat``).
NOT_COMPOUND_ORGS = frozenset("""
Bund Bundes Land Landes Staat Staats Stadt Gemeinde Kreis Bezirk Konzern Firma Bank Regierung
""".split())
