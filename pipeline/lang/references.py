"""Named things cited by a code or made by a maker: technical standards (``DIN EN 81-70``,
``ISO 27001``), EU acts by number (``Richtlinie 2003/88/EG``), licences (``CC-BY 4.0``)
and vehicles by make (``mit seinem Mercedes``, ``VW Lupo``).

Plain tables, read by ``components/entity_rules/references.py``.
"""
from __future__ import annotations

#: Bodies whose code and number name a standard: ``DIN 18040``, ``DIN EN ISO 9001``,
#: ``ISO/IEC 27001``, ``VDE 0100``.
NORM_BODIES = frozenset({"DIN", "ISO", "EN", "IEC", "VDE", "VDI", "ISO/IEC", "DIN-EN", "ETSI", "IEEE", "ÖNORM",
                         "SN", "BS", "ANSI"})

#: Heads of an EU act cited by number: ``Richtlinie 2003/88/EG``, ``Verordnung (EU) 2016/679``.
EU_ACT_HEADS = frozenset({"Richtlinie", "Verordnung", "Durchführungsverordnung", "Durchführungsbeschluss",
                          "Beschluss", "Entscheidung", "Rahmenbeschluss", "Richtlinien", "Verordnungen"})

#: What may stand in parentheses between the head and the number: ``(EU)``, ``(EG)``, ``(RL)``.
EU_ACT_MARKERS = frozenset({"EU", "EG", "EWG", "RL", "EGKS", "Euratom"})

#: Makes of cars and motorbikes, for vehicles named by make (police releases: ``der Mercedes``).
CAR_MAKES = frozenset("""
VW Volkswagen Mercedes Mercedes-Benz BMW Audi Opel Ford Renault Peugeot Citroën Citroen Fiat Seat Skoda Škoda
Toyota Nissan Mazda Honda Hyundai Kia Volvo Porsche Dacia Lexus Tesla Smart Mini Suzuki Mitsubishi Subaru
Chevrolet Jeep Jaguar Daihatsu Lancia Saab Cupra Alfa Chrysler Dodge Harley-Davidson Yamaha Kawasaki Ducati KTM
Vespa Piaggio MAN Iveco Scania DAF
""".split())

#: Determiners of a masculine or neuter noun before a make: a car (``der Wagen``), where the
#: company is feminine (``die BMW AG``) or without article (``bei BMW``).
VEHICLE_DETERMINERS = frozenset({"den", "dem", "einem", "einen", "eines", "seinem", "seinen", "seines", "ihrem",
                                 "ihren", "ihres", "dessen", "deren", "sein", "ein", "der"})

#: Words after a make that make it the company, not a vehicle (``der BMW Group``).
COMPANY_AFTER_MAKE = frozenset({"Group", "Gruppe", "Konzern", "Konzerns", "AG", "GmbH", "SE", "Werk", "Werke",
                                "Werks", "Bank", "Financial", "Services", "Stiftung", "Vorstand", "Chef",
                                "Sprecher", "Sprecherin", "Händler", "Niederlassung", "Motorsport", "Motor", "Motors",
                                "Company", "Corporation", "Holding", "International", "Deutschland", "Austria",
                                "Schweiz", "Trucks", "Automobile", "Automobil", "Classic", "Museum", "Arena"})
