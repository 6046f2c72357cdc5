"""Sentence and block frames of the synthetic press releases (tables only).

A frame is text with ``{slot}`` fields that ``render.py`` fills from a
document's cast (``compose.py``).  Slots that are names become entity spans
(``{org}`` ORG, ``{p1}`` PER, ``{hq}`` LOC, ``{product}`` MISC, …); every
other slot is plain text.  A slot written with a capital first letter
(``{Org_nom}``) is the same slot, capitalised (``Die Beispiel AG``).
``{org_c}`` is the short company name *as plain text*, for compounds
(``{org_c}-Studie``: no entity).  ``{s…}`` slots are the speaker of a quote
(``s``, ``s_hon``, ``s_role``, ``s_last``, ``s_org_gen``, ``s_org_s``).
"""

# ---------------------------------------------------------------- headlines
HEADLINES = {
    "results": [
        "{org}: Umsatz steigt im {quarter} um {pct}",
        "{org_s} wächst {year} deutlich und bestätigt Prognose",
        "{org_s} steigert operatives Ergebnis im {quarter} {year}",
        "Starkes Geschäftsjahr: {org_s} erzielt Rekordumsatz von {money}",
        "{org} legt Zahlen für das Geschäftsjahr {year} vor",
        "{org_s} mit solidem {quarter} trotz schwacher Nachfrage in {country}",
        "{org_s}: Auftragseingang auf Rekordniveau, Ausblick angehoben",
        "Ergebnisrückgang bei {org_s}: Restrukturierung belastet {quarter}",
        "{org} erhöht Dividende auf {eur_small} je Aktie",
        "{org_s} schließt Geschäftsjahr {year} mit Umsatzplus von {pct} ab",
    ],
    "personnel": [
        "{pn} wird {pn_neu} {pn_role} {org_gen}",
        "{org_s} beruft {pn_hon}{pn} in den Vorstand",
        "Wechsel an der Spitze: {pn} folgt auf {pp} bei {org_s}",
        "Personalie: {pn} übernimmt als {pn_role} bei {org}",
        "{org} ernennt {pn} {pn_zum_role}",
        "{org_s} verstärkt Geschäftsführung mit {pn}",
        "{pn} {pn_neu} {pn_role} bei {org_s}",
        "Neue Führung für {org_s}: {pn_hon}{pn} tritt Amt am {date} an",
    ],
    "partnership": [
        "{org_s} und {par_s} vereinbaren strategische Partnerschaft",
        "{org} kooperiert mit {par} bei {sector}",
        "{org_s} übernimmt Mehrheit an {par}",
        "{org_s} und {par_s} gründen Joint Venture in {fcountry}",
        "Gemeinsam für {sector_acc}: {org_s} und {par_s} bündeln Kräfte",
        "{par} setzt künftig auf Lösungen von {org_s}",
        "{org_s} erweitert Netzwerk um {par_s} und stärkt Präsenz in {fcity}",
        "{org_s} schließt Rahmenvertrag mit {par} ab",
    ],
    "product": [
        "{org_s} stellt {product} vor",
        "Neu von {org_s}: {product} für {sector_acc}",
        "{product}: {org_s} bringt neue Generation auf den Markt",
        "{org_s} präsentiert {product} {auf_event_y}",
        "Mit {product} setzt {org_s} neue Maßstäbe bei {sector}",
        "{org} erweitert Portfolio um {product}",
        "{product} ab sofort auch in {country} erhältlich",
        "{org_s} launcht {product} – {customers} profitieren ab {month}",
    ],
    "event": [
        "{org_s} {auf_event_y}: Halle {hall}, Stand {stand}",
        "Einladung: {org_s} {auf_event} in {event_city}",
        "{event_y}: {org_s} zeigt Lösungen für {sector_acc}",
        "Messepremiere: {product} {auf_event_y}",
        "{org} stellt {auf_event_y} in {event_city} aus",
    ],
    "site": [
        "{org} lädt zum Kundenforum nach {hq} ein",
        "Über {count_small} Gäste beim Zukunftstag {org_gen} in {hq}",
        "{org_s} feiert {jubilee}-jähriges Jubiläum am Standort {hq}",
        "{org_s} eröffnet neues Werk in {fcity}",
        "Spatenstich in {city}: {org_s} baut neues Logistikzentrum",
        "{org_s} investiert {money} in den Standort {hq}",
    ],
    "public": [
        "{org}: {topic_public}",
        "{Org_nom} startet Förderaufruf im Programm {programme}",
        "Neue Zahlen {org_gen}: {topic_public}",
        "Was {law_nom} für Unternehmen in {land} bedeutet",
        "{s_role} {s} eröffnet {facility} in {city}",
        "{org_s} informiert über Änderungen durch {law_acc}",
        "{Org_nom} fördert Projekt in {city} mit {money}",
        "Gemeinsame Pressemitteilung {org_gen} und {par_gen}",
    ],
    "ngo": [
        "{org}: Bundesregierung muss bei {law_dat} nachbessern",
        "Neue Studie von {org_s}: {topic_ngo}",
        "Spendenaufruf: {org_s} hilft nach Überschwemmungen in {fcountry}",
        "{org_s} fordert von {event_dat} verbindliche Zusagen",
        "{Org_nom} zieht Bilanz: {topic_ngo}",
        "Appell an die Politik: {org_s} und {par_s} legen Positionspapier vor",
        "{org_c}-Report {year}: {topic_ngo}",
        "Aktionstag in {city}: {org_s} ruft zur Teilnahme auf",
    ],
}
SUBHEADLINES = {
    "results": ["Umsatz von {money} übertrifft Erwartungen", "EBIT-Marge steigt auf {pct}",
                "Prognose für {year_next} bestätigt", "Wachstum vor allem in {fcountry} und {fcountry2}"],
    "personnel": ["{pp} wechselt nach {years_n} Jahren in den Aufsichtsrat",
                  "Erfahrene Führungskraft aus der Branche", "Verantwortung für Vertrieb und Marketing in {region_world}"],
    "partnership": ["Gemeinsames Angebot ab {month} verfügbar", "Fokus auf {sector_acc} in {region_world}"],
    "product": ["Bis zu {pct} weniger Energieverbrauch", "Verfügbar ab {month} {year}",
                "Kompatibel mit {product2}"],
    "event": ["Fachbesucher:innen erwartet", "Live-Demonstrationen an allen Messetagen",
              "Halle {hall}, Stand {stand}"],
    "site": ["Rund {count_small} neue Arbeitsplätze", "Inbetriebnahme im {month} {year_next}",
             "Investition von {money}"],
    "public": ["Anträge bis zum {date} möglich", "Bürgerinnen und Bürger können sich beteiligen"],
    "ngo": ["Mehr als {count} Unterschriften gesammelt", "Forderungen an Bund und Länder"],
}

# ---------------------------------------------------------------- datelines
# {place} is a LOC, the wire markers are no entity
DATELINES = [
    "{place}, {date} – ",
    "{place}, {date}. ",
    "{place} (ots) - ",
    "{place} (ots) – ",
    "{PLACE}, {date} /PRNewswire/ -- ",
    "{place}, {date_num} – ",
    "{place} (APA-OTS) - ",
    "{place}, im {month} {year}. ",
    "{place}/{place2}, {date} – ",
    "{PLACE}, {date_en} /PRNewswire/ -- ",
    "{place} (pts/{date_num}/{time}) - ",
    "{place}, {date} (ots) – ",
    "{place}, den {date_num}: ",
    "{place} – ",
    "PRESSEMITTEILUNG\n{place}, {date} – ",
    "{place}, {date_num}. ",
    "{place}, {date} (pressetext) – ",
    "{PLACE} (ots) – ",
]
EQS_HEADER = [
    "EQS-News: {org} / Schlagwort(e): {eqs_topic}\n{org}: {headline}\n\n{date_num} / {time} CET/CEST\nFür den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
    "EQS-News: {org} / Schlagwort(e): {eqs_topic}\n{headline}\n\n{date_num} / {time} CET/CEST\nDer Emittent / Herausgeber ist für den Inhalt dieser Mitteilung verantwortlich.",
]
EQS_FOOTER = [
    "{date_num} CET/CEST Die EQS Distributionsservices umfassen gesetzliche Meldepflichten, Corporate News/Finanznachrichten und Pressemitteilungen.",
    "Sprache: Deutsch\nUnternehmen: {org}\n{street} {house}\n{postcode} {hq}\n{home_country}\nE-Mail: {email_ir}\nInternet: {url}\nISIN: {isin}\nWKN: {wkn}\nBörsen: Regulierter Markt in {exchange_town} (Prime Standard); Freiverkehr in {exchange_town2}",
]

# ---------------------------------------------------------------- lead paragraphs
LEADS = {
    "results": [
        "{Org_nom} hat im {quarter} {year} einen Umsatz von {money} erzielt und damit den Vorjahreswert um {pct} übertroffen. Das bereinigte EBIT stieg auf {money2}.",
        "{Org_s} blickt auf ein erfolgreiches Geschäftsjahr {year} zurück: Der Konzernumsatz wuchs um {pct} auf {money}, getragen von einer starken Nachfrage in {fcountry} und {region_world}.",
        "{Org_intro} hat seine vorläufigen Zahlen für das Geschäftsjahr {year} veröffentlicht. Trotz eines schwierigen Marktumfelds lag der Umsatz mit {money} leicht über dem Vorjahr.",
        "{Org_nom} ({ticker}) hat im {quarter} ein Ergebnis vor Zinsen und Steuern von {money} erwirtschaftet. Der Auftragseingang erreichte mit {money2} einen neuen Höchstwert.",
        "Die Geschäftsentwicklung {org_gen} blieb im {quarter} {year} hinter den Erwartungen zurück. Der Umsatz sank um {pct} auf {money}, vor allem wegen der schwachen Bauwirtschaft in {country}.",
    ],
    "personnel": [
        "Der Aufsichtsrat {org_gen} hat {pn_hon}{pn} mit Wirkung zum {date} {pn_zum_role} bestellt. {Pn_pron} folgt auf {pp}, {pp_der} nach {years_n} Jahren in den Ruhestand geht.",
        "{Org_nom} verstärkt ihr Führungsteam: {pn_hon}{pn} übernimmt ab dem {date} die Position als {pn_role}. Zuletzt war {pn_last} bei {par} in {fcity} tätig.",
        "{pn_hon}{pn} ist {pn_neu} {pn_role} {org_gen}. {Pn_pron} verantwortet künftig das Geschäft in {region_world} und berichtet direkt an {p1_role} {p1}.",
        "Personelle Veränderung bei {org_s}: {pp} verlässt das Unternehmen auf eigenen Wunsch zum {date}. Die Nachfolge tritt {pn_hon}{pn} an, {pn_der} seit {year_past} im Unternehmen ist.",
        "Wechsel in der Geschäftsführung {org_gen}: {pn} wurde {pn_zum_role} ernannt und ist damit für die Standorte in {city} und {city2} verantwortlich.",
    ],
    "partnership": [
        "{Org_nom} und {par_nom} haben eine strategische Partnerschaft im Bereich {sector_acc} vereinbart. Ziel ist es, gemeinsame Lösungen für {customers} in {region_world} zu entwickeln.",
        "{Org_s} übernimmt {share} der Anteile an {par_dat} mit Sitz in {fcity}. Über den Kaufpreis haben die Parteien Stillschweigen vereinbart; die Transaktion steht unter dem Vorbehalt der Zustimmung der Kartellbehörden.",
        "{Org_intro} und {par} aus {fcity} ({fcountry}) arbeiten künftig bei {sector} zusammen. Die Vereinbarung wurde am {date} in {city} unterzeichnet.",
        "{Par_nom} setzt bei der Modernisierung seiner Werke auf Technologie von {org_s}. Der Rahmenvertrag umfasst zunächst Standorte in {fcountry} und {country}.",
    ],
    "product": [
        "{Org_nom} erweitert ihr Portfolio um {product}, eine {product_kind_sg} für {customers} aus {sector_buyers}. Die Lösung ist ab {month} {year} in {country} und {fcountry} erhältlich.",
        "Mit {product} stellt {org_s} die nächste Generation seiner {product_kind} vor. Gegenüber dem Vorgängermodell {product2} sinkt der Energieverbrauch um bis zu {pct}.",
        "Ab sofort ist {product} von {org_s} verfügbar. Das System wurde gemeinsam mit {par} entwickelt und erfüllt bereits die Anforderungen {law_gen}.",
        "{Org_s} präsentiert {auf_event} in {event_city} erstmals {product}, eine {product_kind_sg} für {sector_buyers}.",
    ],
    "event": [
        "Vom {date} bis {date2} präsentiert {org_nom} {auf_event} in {event_city} Lösungen für {sector_acc}. Besucher:innen finden das Unternehmen in Halle {hall}, Stand {stand}.",
        "Zum ersten Mal ist {org_s} mit einem eigenen Stand {auf_event} vertreten. Vom {date} bis {date2} zeigt das Unternehmen in {event_city}, wie {product} den Alltag von {customers} verändert.",
        "{Org_intro} stellt {auf_event_y} aus. In Halle {hall} präsentiert das Unternehmen erstmals {product} und die weiterentwickelte Version von {product2}.",
    ],
    "site": [
        "{Org_nom} lädt am {date} zum Kundenforum in die Firmenzentrale nach {hq} ein. Im Mittelpunkt stehen {sector_acc} und die Anforderungen {law_gen}.",
        "Mehr als {count_small} Gäste aus Politik, Wirtschaft und Wissenschaft kamen am {date} zum Zukunftstag {org_gen} in {hq}, darunter {par_c}-{p2_role_short} {p2}.",
        "{Org_s} hat am {date} das neue Werk in {fcity} ({fcountry}) eröffnet. Rund {money} flossen in den Standort, an dem künftig {count_small} Mitarbeitende beschäftigt sind.",
        "Mit einem Festakt hat {org_nom} am {date} das {jubilee}-jährige Bestehen des Standorts {hq} gefeiert. Unter den Gästen waren {p2_role} {p2_hon}{p2} und zahlreiche Kund:innen.",
        "{Org_intro} baut ein neues Logistikzentrum in {city}. Am {date} erfolgte der symbolische Spatenstich; die Inbetriebnahme ist für {year_next} geplant.",
    ],
    "public": [
        "{Org_nom} hat am {date} neue Zahlen veröffentlicht: {topic_public_sentence}",
        "Mit dem Programm {programme} unterstützt {org_nom} Projekte in {land}, die {sector_acc} voranbringen. Insgesamt stehen {money} zur Verfügung.",
        "{s_role} {s_hon}{s} hat am {date} {facility_acc} in {city} eröffnet. Bund und Land haben das Vorhaben mit {money} gefördert.",
        "Ab dem {date} gelten neue Regeln: Mit {law_dat} ändern sich für Unternehmen und Verbraucher:innen in {land} zahlreiche Vorgaben. {Org_nom} informiert über die wichtigsten Punkte.",
        "{Org_nom} und {par_nom} haben in {city} eine Vereinbarung zur Zusammenarbeit bei {sector} unterzeichnet.",
    ],
    "ngo": [
        "{Org_nom} kritisiert den Entwurf {law_zu} als unzureichend. Aus Sicht der Organisation fehlen verbindliche Vorgaben für Unternehmen mit Sitz in {country}.",
        "Eine neue Studie {org_gen} zeigt: {topic_ngo_sentence}",
        "Nach den schweren Überschwemmungen in {fcountry} ruft {org_nom} zu Spenden auf. Teams vor Ort in {fcity} versorgen bereits {count} Menschen mit Trinkwasser und Lebensmitteln.",
        "Vor {event_dat} in {event_city} fordern {org_nom} und {par_nom} die Bundesregierung auf, die Zusagen aus {law_dat} einzuhalten.",
        "{Org_nom} hat in {city} ihren Jahresbericht {year} vorgestellt. Dank {count} Spender:innen konnten Projekte in {n_small} Ländern gefördert werden.",
    ],
}

# ---------------------------------------------------------------- body paragraphs
BODY = {
    "results": [
        "Besonders dynamisch entwickelte sich das Segment {segment}, dessen Umsatz um {pct} zulegte. In {fcountry} profitierte {org_s} von neuen Aufträgen aus der Automobilindustrie.",
        "Das Konzernergebnis nach Steuern lag bei {money}, nach {money2} im Vorjahr. Der Vorstand schlägt der Hauptversammlung am {date} eine Dividende von {eur_small} je Aktie vor.",
        "Für das Geschäftsjahr {year_next} erwartet das Management ein Umsatzwachstum im mittleren einstelligen Prozentbereich und eine EBIT-Marge zwischen {pct} und {pct2}.",
        "Die Zahl der Beschäftigten stieg zum Stichtag auf {count}; davon arbeiten rund {pct} außerhalb von {country}. Zum Jahresende beschäftigte das Unternehmen weltweit {count2} {staff}.",
        "Belastend wirkten höhere Energie- und Materialkosten sowie Wechselkurseffekte, vor allem in {fcountry}. Das Effizienzprogramm {programme_int} soll bis {year_next} Einsparungen von {money} bringen.",
        "Laut einer aktuellen {org_c}-Studie wollen {pct} der befragten Unternehmen ihre Investitionen in {sector_acc} erhöhen.",
        "Die vollständige Quartalsmitteilung steht auf der Website des Unternehmens zum Download bereit. Am {date} um {time} Uhr findet eine Telefonkonferenz für Analyst:innen und Investor:innen statt.",
    ],
    "personnel": [
        "{pn_last} bringt mehr als {years_n} Jahre Erfahrung in {sector} mit. Vor dem Wechsel zu {org_s} war {pn_last} unter anderem bei {par} und {par2} in {fcity} tätig.",
        "{pn_hon}{pn} studierte Betriebswirtschaftslehre an der {university} und promovierte anschließend an der {university2}.",
        "Der Aufsichtsrat dankt {pp} für die langjährige Arbeit. In dieser Zeit hat sich {org_s} zu einem der führenden Anbieter von {sector_offer} in {region_world} entwickelt.",
        "In der neuen Funktion verantwortet {pn_last} die Bereiche Vertrieb, Marketing und Service mit rund {count_small} Mitarbeitenden an den Standorten {city}, {city2} und {fcity}.",
        "{pp} wird dem Unternehmen als Berater{pp_in} erhalten bleiben und den Übergang bis Ende {year} begleiten.",
    ],
    "partnership": [
        "Im Rahmen der Kooperation bringt {par_s} seine Erfahrung in {sector} ein, während {org_s} die Fertigung in {hq} übernimmt.",
        "Die beiden Unternehmen planen, bis {year_next} gemeinsam rund {money} in Forschung und Entwicklung zu investieren. Ein erstes Pilotprojekt startet in {fcity}.",
        "{par} mit Hauptsitz in {fcity} beschäftigt rund {count} Mitarbeitende und ist in {n_small} Ländern aktiv.",
        "Die Partner:innen wollen insbesondere Kund:innen aus dem Mittelstand ansprechen, die ihre Prozesse nach den Vorgaben {law_gen} ausrichten müssen.",
        "Beraten wurde {org_s} bei der Transaktion von der Kanzlei {lawfirm}.",
    ],
    "product": [
        "{product} kombiniert {feature} mit {feature2}. Über eine offene Schnittstelle lässt sich das System in bestehende Umgebungen von {real_s} und anderen Anbietern einbinden.",
        "Entwickelt wurde die Lösung am Standort {hq} in enger Zusammenarbeit mit {customers} aus {country} und {fcountry}.",
        "{product} ist ab {month} {year} zum Preis von {eur_price} erhältlich. Für Bestandskund:innen bietet {org_s} ein Upgrade von {product2} an.",
        "Die Daten werden ausschließlich in Rechenzentren in {country} verarbeitet und entsprechen den Anforderungen {law_gen}.",
        "In einem Feldtest bei {par} in {fcity} reduzierte {product} die Ausfallzeiten um {pct}.",
    ],
    "event": [
        "Auf dem Stand zeigt {org_s} unter anderem {product} und {product2} in Live-Vorführungen. An allen Messetagen finden Live-Vorführungen statt.",
        "Das Programm umfasst Fachvorträge, Workshops und eine Podiumsdiskussion mit Vertreter:innen von {par} und der {university}.",
        "Die Teilnahme ist kostenfrei, eine Anmeldung ist bis zum {date} unter {url} möglich.",
        "Besucher:innen können sich am Stand für Fachgespräche mit den Expert:innen {org_gen} anmelden.",
    ],
    "site": [
        "Der Standort in {hq} wurde {year_founded} gegründet und ist heute mit {count_small} Beschäftigten der größte Arbeitgeber der Region.",
        "Das Programm umfasst Fachvorträge, Werksführungen und eine Podiumsdiskussion mit Vertreter:innen von {par} und der {university}.",
        "Das Gebäude erfüllt den Standard {green_label} und wird vollständig mit Strom aus erneuerbaren Energien versorgt.",
        "Bis Ende {year_next} sollen in {fcity} rund {count_small} neue Arbeitsplätze entstehen; die Ausbildung übernimmt ein Team aus {hq}.",
        "Grußworte sprachen unter anderem {p2_role} {p2} und Vertreter:innen der Stadt {city}.",
    ],
    "public": [
        "Antragsberechtigt sind Kommunen, kleine und mittlere Unternehmen sowie gemeinnützige Organisationen mit Sitz in {land}. Anträge können bis zum {date} eingereicht werden.",
        "Die Ergebnisse beruhen auf einer Befragung von {count} Haushalten in {n_small} Bundesländern. Die vollständige Auswertung erscheint im {month}.",
        "Gegenüber dem Vorjahr ist die Zahl um {pct} gestiegen. Besonders deutlich fiel der Anstieg in {city} und {city2} aus.",
        "Die Vorgaben {law_gen} gelten zunächst für Betriebe mit mehr als {count_small} Beschäftigten; kleinere Unternehmen folgen ab {year_next}.",
        "An dem Projekt beteiligen sich neben {org_dat} auch {par_nom} sowie die {university}.",
        "Bürgerinnen und Bürger können sich am {date} von {time} Uhr an im Rathaus von {city} über die Pläne informieren.",
    ],
    "ngo": [
        "Für die Studie wurden {count_small} Unternehmen aus {n_small} Branchen befragt. Nur {pct} gaben an, ihre Lieferketten in {fcountry} vollständig zu kennen.",
        "{Org_snom} fordert deshalb, {law_acc} auf alle Unternehmen ab {count_small} Beschäftigten auszuweiten und die Kontrolle durch das {authority} zu stärken.",
        "Spenden sind über das Spendenkonto {org_gen} oder online unter {url} möglich. Bereits {eur_donation} helfen, eine Familie einen Monat lang zu versorgen.",
        "Seit {year_founded} setzt sich {org_nom} für {ngo_goal} ein und wird von mehr als {count} Mitgliedern und Fördernden unterstützt.",
        "Die Organisation ist seit {years_n} Jahren in {fcountry} tätig und arbeitet dort mit lokalen Partnerorganisationen in {fcity} und {fcity2} zusammen.",
    ],
}

# ---------------------------------------------------------------- bullet lists
BULLET_INTROS = {
    "results": ["Die wichtigsten Kennzahlen im Überblick:", "Highlights des {quarter}s {year}:",
                "Das Geschäftsjahr {year} in Zahlen:"],
    "personnel": ["Stationen von {pn_last}:", "Zur Person:"],
    "partnership": ["Die Eckpunkte der Vereinbarung:", "Ziele der Zusammenarbeit:"],
    "product": ["Die wichtigsten Funktionen von {product}:", "Die Vorteile im Überblick:"],
    "event": ["Programmpunkte (Auswahl):", "Auf einen Blick:"],
    "site": ["Der neue Standort in Zahlen:", "Auf einen Blick:"],
    "public": ["Die wichtigsten Änderungen:", "Gefördert werden unter anderem:"],
    "ngo": ["Die zentralen Forderungen:", "Die Ergebnisse im Überblick:"],
}
BULLETS = {
    "results": ["Umsatz steigt um {pct} auf {money}", "EBIT bei {money2} (Vorjahr: {money3})",
                "Auftragseingang erreicht {money3}", "Prognose für {year_next} bestätigt",
                "Eigenkapitalquote von {pct2}", "Free Cashflow verbessert sich auf {money}",
                "Wachstum in {fcountry} über {pct}", "Dividendenvorschlag: {eur_small} je Aktie",
                "{count} Mitarbeitende weltweit"],
    "personnel": ["seit {year_past}: {pn_role_prev} bei {par}", "{year_past2}–{year_past}: Leitung des Standorts {fcity}",
                  "Studium an der {university}", "zuvor {years_n} Jahre bei {par2} in {city}",
                  "Mitglied im Beirat {ngo_gen}"],
    "partnership": ["gemeinsame Entwicklung von Lösungen für {sector_acc}", "Vertrieb über das Netzwerk von {par_s} in {region_world}",
                    "Pilotprojekt in {fcity} ab {month}", "Laufzeit von zunächst {n_small} Jahren",
                    "Investitionen von {money} bis {year_next}"],
    "product": ["bis zu {pct} geringerer Energieverbrauch", "Integration in {real_product}",
                "konform mit {law}", "Fernwartung über die App {product2}", "{n_small} Jahre Garantie",
                "zertifiziert nach {cert}", "verfügbar in {n_small} Sprachen"],
    "event": ["{date}: Eröffnung durch {p1_hon}{p1}", "Podiumsdiskussion mit {p2_hon}{p2} ({par_s})",
              "Live-Demo von {product}", "Workshop {law_zu}", "Networking-Abend im Foyer",
              "Halle {hall}, Stand {stand}"],
    "site": ["Fläche: {count} Quadratmeter", "Investition: {money}", "{count_small} Arbeitsplätze",
             "Photovoltaikanlage auf dem Dach", "Anbindung an den Hafen {fcity}"],
    "public": ["Förderquote von bis zu {pct}", "Beratung durch die {agency}", "Antragsfrist: {date}",
               "Informationsveranstaltung am {date2} in {city}", "Zuschüsse für {sector_acc}"],
    "ngo": ["verbindliche Klimaziele im Einklang mit {law_dat}", "mehr Mittel für {sector_acc}",
            "Schutz von {customers} in {fcountry}", "{pct} der Befragten unterstützen die Forderung",
            "Umsetzung bis spätestens {year_next}"],
}
BULLET_MARKS = ["- ", "• ", "* ", "– ", "· ", "o "]

# ---------------------------------------------------------------- quotes
QUOTE_TEXTS = {
    "results": [
        "Wir haben in einem herausfordernden Umfeld geliefert und unsere Profitabilität deutlich verbessert",
        "Das Wachstum in {fcountry} zeigt, dass unsere Strategie aufgeht",
        "Mit dem Auftragsbestand von {money} gehen wir zuversichtlich in das Jahr {year_next}",
        "Die Zahlen bestätigen unseren Kurs. Wir investieren weiter in {sector_acc} und in unsere Standorte in {country}",
        "Wir sind mit der Entwicklung im {quarter} nicht zufrieden und haben die notwendigen Maßnahmen eingeleitet",
    ],
    "personnel": [
        "Mit {pn_last} gewinnen wir {pn_expert} für {sector_acc}",
        "Wir danken {pp} für das große Engagement und wünschen {pp_dat_pron} für die Zukunft alles Gute",
        "{pn_last} kennt unsere Branche und unsere Kund:innen in {region_world} wie kaum jemand sonst",
    ],
    "personnel_new": [
        "Ich freue mich darauf, gemeinsam mit dem Team die nächste Wachstumsphase von {org_s} zu gestalten",
        "{org_s} hat in den vergangenen Jahren beeindruckende Fortschritte gemacht, und ich freue mich auf die neue Aufgabe",
        "Mein Ziel ist es, das Geschäft in {fcountry} und {fcountry2} weiter auszubauen",
    ],
    "partnership": [
        "Gemeinsam mit {par_s} können wir unseren Kund:innen in {region_world} ein deutlich breiteres Angebot machen",
        "Die Partnerschaft verbindet die Innovationskraft von {org_s} mit unserer Erfahrung in {sector}",
        "Für uns ist das ein wichtiger Schritt, um unsere Präsenz in {fcountry} auszubauen",
    ],
    "partnership_par": [
        "Wir kennen {org_s} seit vielen Jahren als verlässlichen Partner und freuen uns auf die Zusammenarbeit",
        "Für {par_s} ist die Kooperation der Schlüssel, um unseren Kund:innen in {fcountry} mehr zu bieten",
        "Gemeinsam mit {org_s} bringen wir Lösungen für {sector_acc} schneller auf den Markt",
    ],
    "product_par": [
        "Wir setzen {product} seit {month} in unserem Werk in {fcity} ein und sind von den Ergebnissen überzeugt",
        "Die Zusammenarbeit mit {org_s} bei der Entwicklung von {product} war eng und sehr konstruktiv",
    ],
    "product": [
        "Mit {product} reagieren wir auf den Wunsch vieler Kund:innen nach einfacheren und sichereren Lösungen",
        "{product} ist das Ergebnis von drei Jahren Entwicklungsarbeit in {hq}",
        "Unsere Tests bei {par_s} zeigen, wie viel Potenzial in {sector} steckt",
        "Wir bringen {product} zunächst in {country} auf den Markt und planen die Einführung in {fcountry} für {year_next}",
    ],
    "event": [
        "{Event_nom} ist für uns der wichtigste Treffpunkt mit Kund:innen aus aller Welt",
        "Wir freuen uns auf den Austausch mit Partner:innen und Besucher:innen in {event_city}",
        "Auf der Messe zeigen wir, was {product} im täglichen Einsatz leistet",
    ],
    "site": [
        "Der neue Standort in {fcity} stärkt unsere Lieferfähigkeit in {region_world}",
        "Mit der Investition bekennen wir uns klar zum Standort {hq}",
        "Ohne die Unterstützung der Stadt {city} und unserer Mitarbeitenden wäre dieser Tag nicht möglich gewesen",
    ],
    "public": [
        "Mit dem Programm schaffen wir Planungssicherheit für Kommunen und Unternehmen in {land}",
        "Die Zahlen zeigen, dass wir auf dem richtigen Weg sind, aber noch viel zu tun bleibt",
        "{Law_nom} bringt für viele Betriebe Entlastung, aber auch neue Pflichten",
        "{city} zeigt, wie Klimaschutz und wirtschaftliche Entwicklung zusammengehen",
    ],
    "ngo": [
        "Die Bundesregierung darf bei {law_dat} nicht vor der Wirtschaftslobby einknicken",
        "Die Menschen in {fcountry} brauchen jetzt schnelle und unbürokratische Hilfe",
        "Unsere Studie zeigt, dass freiwillige Selbstverpflichtungen nicht ausreichen",
        "Von {event_dat} muss ein klares Signal für {ngo_goal} ausgehen",
    ],
}
# quote frames: {q} is the quote text (no final punctuation), {o}/{c} the quote marks
QUOTE_FRAMES = [
    "{o}{q}{c}, sagte {s_hon}{s}, {s_role} {s_org_gen}.",
    "{o}{q}{c}, so {s_hon}{s}, {s_role} {s_org_bei}.",
    "{o}{q}.{c} {s_hon}{s}, {s_role} {s_org_gen}",
    "{o}{q}{c}, erklärt {s_hon}{s}, {s_role} {s_org_von}.",
    "{s_hon}{s}, {s_role} {s_org_gen}, betont: {o}{q}.{c}",
    "{o}{q}{c}, sagt {s_last}.",
    "{o}{q}{c}, ergänzt {s_hon}{s} ({s_org_s}).",
    "{s_role} {s_hon}{s} sagte: {o}{q}.{c}",
    "{o}{q}{c} – {s_hon}{s}, {s_role}, {s_org}",
    "{o}{q}{c}, fügt {s_last} hinzu.",
    "{o}{q}{c}, kommentiert {s_herrfrau} {s_last}.",
    "{s_org_c}-{s_role_short} {s} sagt: {o}{q}.{c}",
    "{o}{q}{c}, betont {s_hon}{s}, {s_der} {s_org_bei} als {s_role} tätig ist.",
    "{o}{q}{c}, sagte {s} {s_org_von} am {date} in {city}.",
    "Nach Einschätzung von {s_hon}{s}, {s_role} {s_org_gen}, ist das erst der Anfang: {o}{q}.{c}",
    "{o}{q}{c}, sagte {s_role} {s_hon}{s} bei der Vorstellung in {city}.",
    "{o}{q}{c}, unterstreicht {s_herrfrau} {s_hon}{s_last}.",
    "Auch {s_hon}{s} ({s_org_s}) zeigt sich zufrieden: {o}{q}.{c}",
    "{s}, {s_role} {s_org_gen}: {o}{q}.{c}",
    "{o}{q}{c}, erläutert {s_hon}{s}.",
    "{S_pron} ist überzeugt: {o}{q}.{c}",
    "{o}{q}{c}, so {s_last} weiter.",
    "{o}{q}{c}, sagt {s_hon}{s}, {s_der} das Projekt {s_org_bei} leitet.",
]
QUOTE_MARKS = [("„", "“"), ("„", "“"), ("„", "“"), ('"', '"'), ("»", "«")]

# ---------------------------------------------------------------- boilerplate
ABOUT_HEADINGS = {
    "corporate": ["Über {org_about}", "Über {org_acc}", "Über {org_about}:", "Über das Unternehmen",
                  "Unternehmensprofil", "Hintergrund", "Über {org_about}", "Über {org_acc}:"],
    "public": ["Über {org_about}", "Über {org_acc}:", "Hintergrund", "Zur Behörde"],
    "ngo": ["Über {org_about}", "Über {org_acc}:", "Hintergrund", "Über uns"],
}
ABOUT = {
    "corporate": [
        "{Org_nom} mit Sitz in {hq} ist ein führender Anbieter von {sector_offer}. Das {year_founded} gegründete Unternehmen beschäftigt rund {count} Mitarbeitende an {n_small} Standorten in {country}, {fcountry} und {fcountry2} und erzielte {year_past} einen Umsatz von {money}.",
        "{Org_s} entwickelt und vertreibt {sector_offer} für {customers} weltweit. Das Unternehmen wurde {year_founded} in {hq} gegründet, ist an der Börse in {exchange_town} notiert und gehört zu den Innovationsführern seiner Branche.",
        "Die {org} ist ein mittelständisches Familienunternehmen in {generation}. Generation mit Hauptsitz in {hq}. Mit Tochtergesellschaften in {fcountry} und {fcountry2} betreut {org_s} Kund:innen in mehr als {n_small} Ländern.",
        "{Org_s} ({org}) ist ein {year_founded} gegründetes Technologieunternehmen aus {hq}. Mehr als {count_small} Expert:innen arbeiten an Lösungen für {sector_acc}. Zu den Kunden zählen {real_s}, {real2_s} und zahlreiche mittelständische Unternehmen.",
        "{Org_nom} ist eine hundertprozentige Tochter der {par} mit Sitz in {fcity}. Am Standort {hq} entwickelt und fertigt das Unternehmen {sector_offer}.",
    ],
    "public": [
        "{Org_nom} ist eine Bundesbehörde im Geschäftsbereich des {ministry_gen}. Sie hat ihren Sitz in {hq} und beschäftigt rund {count_small} Mitarbeitende.",
        "{Org_nom} berät Politik, Wirtschaft und Öffentlichkeit in Fragen von {sector} und veröffentlicht regelmäßig Daten und Analysen.",
        "{Org_nom} ist Ansprechpartner für Unternehmen, Kommunen und Bürger:innen in {land} und fördert Projekte in den Bereichen {sector_acc} und Digitalisierung.",
    ],
    "ngo": [
        "{Org_nom} ist eine gemeinnützige, unabhängige Organisation, die sich seit {year_founded} für {ngo_goal} einsetzt. Sie finanziert sich überwiegend aus Spenden und Mitgliedsbeiträgen.",
        "{Org_snom} arbeitet in mehr als {n_small} Ländern mit lokalen Partnerorganisationen zusammen und trägt das DZI-Spendensiegel.",
        "{Org_nom} wurde {year_founded} in {hq} gegründet und vertritt heute die Interessen von mehr als {count} Mitgliedern.",
    ],
}

# ---------------------------------------------------------------- contact blocks
CONTACT_HEADINGS = ["Pressekontakt:", "Pressekontakt", "Kontakt für Medien:", "Medienkontakt:",
                    "Ansprechpartner:in für die Presse:", "Für Rückfragen:", "Kontakt:",
                    "Pressekontakt und Rückfragen:", "Investor Relations:", "Rückfragehinweis:"]
CONTACT_LINES = {
    "org": "{contact_org}",
    "person": "{p3_hon}{p3}",
    "person_role": "{p3_hon}{p3}, {p3_role}",
    "role": "{p3_role}",
    "street": "{street} {house}",
    "town": "{postcode} {hq}",
    "town_country": "{postcode} {hq}, {home_country}",
    "country": "{home_country}",
    "phone": "{tel_label} {phone}",
    "mobile": "Mobil: {mobile}",
    "email": "{mail_label} {email}",
    "email_bare": "{email}",
    "url": "{url}",
    "agency": "{pr_agency}",
    "department": "{department}",
}
# line sequences of a contact block
CONTACT_LAYOUTS = [
    ["org", "person", "role", "street", "town", "phone", "email", "url"],
    ["person_role", "phone", "email"],
    ["person", "org", "street", "town_country", "phone", "mobile", "email_bare"],
    ["org", "street", "town", "phone", "email", "url"],
    ["person", "role", "org", "phone", "email"],
    ["agency", "person", "street", "town", "phone", "email"],
    ["org", "department", "person", "street", "town", "phone", "email", "url"],
    ["person", "role", "department", "org", "street", "town", "phone", "mobile", "email"],
]
SEPARATORS = ["____", "________________________________", "***", "###", "---", "- Ende -",
              "Ende der Pressemitteilung", "___"]
CLOSERS = [
    "Weitere Informationen unter {url}.",
    "Bildmaterial zur honorarfreien Verwendung finden Sie unter {url_press}.",
    "Hinweis für Redaktionen: Fotos von {p1_hon}{p1} stehen unter {url_press} zum Download bereit.",
    "Die Pressemitteilung und Bildmaterial finden Sie auch online unter {url_press}.",
    "Diese Pressemitteilung enthält zukunftsgerichtete Aussagen, die auf den gegenwärtigen Erwartungen des Managements {org_gen} beruhen.",
    "Originalinhalt von: {org}, übermittelt durch {wire_org}",
    "Quelle: {org}",
    "Pressemitteilung als PDF herunterladen",
]

# sentences for any corporate release: nationality and place adjectives,
# compounds with a company name (no entity), gender forms
GENERIC_BODY = [
    "Auf dem {nat}en Markt ist {org_s} seit {year_founded} aktiv und zählt dort rund {count_small} Kund:innen.",
    "Die Tochtergesellschaft in {fcountry} mit Sitz in {fcity} soll bis {year_next} deutlich wachsen.",
    "Wie eine aktuelle {org_c}-Umfrage unter {count_small} Entscheider:innen zeigt, planen {pct} der Befragten höhere Investitionen in {sector_acc}.",
    "{Hq_team} arbeitet dafür eng mit {nat}en Partner:innen zusammen.",
    "{org_c}-Sprecher{p3_in} {p3} bestätigte die Pläne auf Anfrage.",
    "Nach Angaben {org_gen} sind davon rund {count_small} {staff} an {n_small} Standorten betroffen.",
    "Die {org_c}-Gruppe ist mit eigenen Gesellschaften in {fcountry}, {fcountry2} und {country} vertreten.",
    "Erst im {month} hatte {org_s} einen Auftrag aus {fcountry} über {money} erhalten.",
    "Die {org_c}-Aktie legte am Vormittag um {pct} zu.",
    "Unterstützt wird das Vorhaben vom {nat}en Wirtschaftsministerium.",
    "Zu den Kunden zählen unter anderem {any_org}, {any_org} und {any_org}.",
    "Dem Vorstand gehören neben {p1_hon}{p1} auch {any_person}, {any_person} und {any_person} an.",
    "Blockchain, Cloud-Computing und Künstliche Intelligenz verändern die Branche grundlegend. Einblicke in aktuelle Projekte gibt {org_s} auf {url}.",
    "Nachhaltigkeit ist fester Bestandteil der Unternehmensstrategie: Seit {year_past} ist {org_s} nach {cert} zertifiziert.",
    "Digitalisierung, Fachkräftemangel und Energiekosten bleiben die größten Herausforderungen, so das Ergebnis der {org_c}-Analyse.",
    "Weitere Standorte befinden sich in {city}, {city2}, {any_city} und {fcity}.",
    "Gegründet wurde {org_s} {year_founded} von {any_person} und {any_person} in einer Garage in {hq}.",
    "Neben {real_s} setzen auch {any_org} und {any_org} auf die Technologie aus {hq}.",
]
# sentences for public bodies and NGOs with enumerations and capitalised common nouns
GENERIC_PUBLIC = [
    "Auf dem Podium diskutieren {any_person} ({par_s}), {any_person} ({any_org}) und {any_person}.",
    "Unterstützt wird das Projekt von {any_org}, {any_org} und der {university}.",
    "Klimaschutz, Bildung und Gesundheit stehen im Mittelpunkt der Förderung. Einblicke in die Projekte gibt es unter {url}.",
    "Beteiligt sind die Städte {city}, {city2} und {any_city}.",
    "Die Partnerschaft mit {fcity} in {fcountry} besteht seit {year_founded}.",
    "Teilnehmende aus {fcountry}, {fcountry2} und {country} werden erwartet.",
]
