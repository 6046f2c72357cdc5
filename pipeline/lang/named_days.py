"""Named days and holidays (``Ostern 2025``, ``Pfingstmontag``, ``Tag der Deutschen Einheit``).

The dates themselves come from the ``holidays`` package (its calendar groups compute
Easter, the Hebrew, Islamic, Hindu and Chinese calendars per year); this table only says
which of its days a German name means. A value is ``(group day, days after it)``, the
group day named as the ``holidays`` group method without ``_add_`` (``easter_sunday``);
the prefix ``julian:`` reads it in the Orthodox (Julian) church calendar. Names are lower
case as written; hyphens and apostrophes as written (``lag baomer``, ``tisha b'av``).
"""

#: Named days -> (holidays group day, days after it).
NAMED_DAYS = {
    # Christian year, Easter cycle
    "rosenmontag": ("carnival_monday", 0),
    "weiberfastnacht": ("carnival_monday", -4), "altweiberfastnacht": ("carnival_monday", -4),
    "fastnacht": ("carnival_tuesday", 0), "fastnachtsdienstag": ("carnival_tuesday", 0),
    "faschingsdienstag": ("carnival_tuesday", 0), "veilchendienstag": ("carnival_tuesday", 0),
    "mardi gras": ("carnival_tuesday", 0),
    "aschermittwoch": ("ash_wednesday", 0), "aschertag": ("ash_wednesday", 0), "aschetag": ("ash_wednesday", 0),
    "palmsonntag": ("palm_sunday", 0),
    "gründonnerstag": ("holy_thursday", 0), "hoher donnerstag": ("holy_thursday", 0),
    "heiliger donnerstag": ("holy_thursday", 0), "weißer donnerstag": ("holy_thursday", 0),
    "palmdonnerstag": ("holy_thursday", 0),
    "karfreitag": ("good_friday", 0), "stiller freitag": ("good_friday", 0), "hoher freitag": ("good_friday", 0),
    "karsamstag": ("holy_saturday", 0), "stiller samstag": ("holy_saturday", 0),
    "karsonnabend": ("holy_saturday", 0),
    "ostern": ("easter_sunday", 0), "ostersonntag": ("easter_sunday", 0), "easter": ("easter_sunday", 0),
    "ostermontag": ("easter_monday", 0),
    "christi himmelfahrt": ("ascension_thursday", 0), "himmelfahrt": ("ascension_thursday", 0),
    "himmelfahrtstag": ("ascension_thursday", 0),
    "pfingsten": ("pentecost", 0), "pfingstsonntag": ("pentecost", 0), "pentecost": ("pentecost", 0),
    "pfingstmontag": ("pentecost_monday", 0), "pentecost montag": ("pentecost_monday", 0),
    "dreifaltigkeitssonntag": ("trinity_sunday", 0), "dreifaltigkeitsfest": ("trinity_sunday", 0),
    "trinitatis": ("trinity_sunday", 0),
    "fronleichnam": ("corpus_christi_day", 0), "corpus christi": ("corpus_christi_day", 0),
    # Orthodox Easter cycle
    "orthodoxes osterfest": ("julian:easter_sunday", 0), "orthodoxe ostern": ("julian:easter_sunday", 0),
    "orthodoxer ostersonntag": ("julian:easter_sunday", 0), "orthodoxer ostermontag": ("julian:easter_monday", 0),
    "orthodoxer karsamstag": ("julian:holy_saturday", 0), "orthodoxer karfreitag": ("julian:good_friday", 0),
    "orthodoxer palmsonntag": ("julian:palm_sunday", 0),
    "lazarus-samstag": ("julian:palm_sunday", -1), "lazarus samstag": ("julian:palm_sunday", -1),
    "lazarussamstag": ("julian:palm_sunday", -1),
    "aschermontag": ("julian:ash_monday", 0), "reiner montag": ("julian:ash_monday", 0),
    "sauberer montag": ("julian:ash_monday", 0),
    # Christian year, fixed days
    "heilige drei könige": ("epiphany_day", 0), "dreikönigstag": ("epiphany_day", 0),
    "epiphanias": ("epiphany_day", 0),
    "mariä himmelfahrt": ("assumption_of_mary_day", 0),
    "allerheiligen": ("all_saints_day", 0), "allerseelen": ("all_souls_day", 0),
    "heiligabend": ("christmas_eve", 0), "heiliger abend": ("christmas_eve", 0),
    "heiligen abend": ("christmas_eve", 0),
    "weihnachten": ("christmas_day", 0), "erster weihnachtstag": ("christmas_day", 0),
    "erster weihnachtsfeiertag": ("christmas_day", 0), "ersten weihnachtsfeiertag": ("christmas_day", 0),
    "zweiter weihnachtstag": ("christmas_day_two", 0), "zweiter weihnachtsfeiertag": ("christmas_day_two", 0),
    "zweiten weihnachtsfeiertag": ("christmas_day_two", 0), "stephanstag": ("christmas_day_two", 0),
    # civil days
    "neujahr": ("new_years_day", 0), "neujahrstag": ("new_years_day", 0),
    "silvester": ("new_years_eve", 0), "silvesterabend": ("new_years_eve", 0),
    "tag der arbeit": ("labor_day", 0), "maifeiertag": ("labor_day", 0),
    "internationaler frauentag": ("womens_day", 0), "weltfrauentag": ("womens_day", 0),
    "europatag": ("europe_day", 0),
    # Hebrew calendar
    "jom kippur": ("yom_kippur", 0), "yom kippur": ("yom_kippur", 0),
    "rosch haschana": ("rosh_hashanah", 0), "rosh hashanah": ("rosh_hashanah", 0),
    "schmini azeret": ("sukkot", 7), "schemini azeret": ("sukkot", 7), "shemini atzeret": ("sukkot", 7),
    "simchat torah": ("sukkot", 8), "simchat tora": ("sukkot", 8),
    "lag baomer": ("lag_baomer", 0), "lag laomer": ("lag_baomer", 0),
    "chanukka": ("hanukkah", 0), "hanukkah": ("hanukkah", 0), "purim": ("purim", 0),
    "pessach": ("passover", 0), "passover": ("passover", 0), "schawuot": ("shavuot", 0),
    # Islamic calendar
    "eid al-fitr": ("eid_al_fitr_day", 0), "zuckerfest": ("eid_al_fitr_day", 0),
    "ramadanfest": ("eid_al_fitr_day", 0),
    "eid al-adha": ("eid_al_adha_day", 0), "id ul-adha": ("eid_al_adha_day", 0), "opferfest": ("eid_al_adha_day", 0),
    "bakr id": ("eid_al_adha_day", 0), "kurban bayramı": ("eid_al_adha_day", 0),
    "laylat al kadr": ("laylat_al_qadr_day", 0), "laylat al-qadr": ("laylat_al_qadr_day", 0),
    "lailat al-qadr": ("laylat_al_qadr_day", 0), "die nacht der bestimmung": ("laylat_al_qadr_day", 0),
    "die nacht der allmacht": ("laylat_al_qadr_day", 0),
    "islamisches neujahr": ("islamic_new_year_day", 0), "amun jadid": ("islamic_new_year_day", 0),
    "aschura": ("ashura_day", 0), "aschura-tag": ("ashura_day", 0), "ashura": ("ashura_day", 0),
    "mawlid al-nabawi": ("mawlid_day", 0), "maulid an-nabī": ("mawlid_day", 0), "mawlid": ("mawlid_day", 0),
    "isra and mi'raj": ("isra_and_miraj_day", 0), "aufstieg des propheten": ("isra_and_miraj_day", 0),
    "die nachtreise": ("isra_and_miraj_day", 0), "aufstieg in den himmel": ("isra_and_miraj_day", 0),
    "jamat ul-vida": ("jumuatul_wida", 0), "jumu'atul-wida": ("jumuatul_wida", 0),
    # Chinese calendar
    "chinesisches neujahr": ("chinese_new_years_day", 0), "chinesisches neujahrsfest": ("chinese_new_years_day", 0),
    "frühlingsfest": ("chinese_new_years_day", 0),
    # Hindu and Sikh calendar
    "dhanteras": ("diwali_india", -2), "dhanatrayodashi": ("diwali_india", -2),
    "diwali": ("diwali_india", 0), "deepavali": ("diwali_india", 0), "lakshmi puja": ("diwali_india", 0),
    "kali chaudas": ("naraka_chaturdashi", 0), "choti diwali": ("naraka_chaturdashi", 0),
    "bhai dooj": ("bhai_dooj", 0), "govardhan puja": ("govardhan_puja", 0), "annakut": ("govardhan_puja", 0),
    "chhath": ("chhath_puja", 0), "dala puja": ("chhath_puja", 0), "surya shashthi": ("chhath_puja", 0),
    "maha navami": ("maha_navami", 0), "maha saptami": ("maha_saptami", 0),
    "dussehra": ("dussehra", 0), "vijayadashami": ("dussehra", 0),
    "karva chauth": ("karwa_chauth", 0), "rakhi": ("raksha_bandhan", 0), "raksha bandhan": ("raksha_bandhan", 0),
    "mahavir jayanti": ("mahavir_jayanti", 0), "mahaveer janma kalyanak": ("mahavir_jayanti", 0),
    "maha shivaratri": ("maha_shivaratri", 0),
    "pongal": ("pongal", 0), "thai pongal": ("pongal", 0), "bogi pandigai": ("pongal", -1),
    "maattu pongal": ("pongal", 1), "kaanum pongal": ("pongal", 2), "kanni pongal": ("pongal", 2),
    "makara sankranthi": ("makar_sankranti", 0), "makar sankranti": ("makar_sankranti", 0),
    "maghi": ("makar_sankranti", 0),
    "vaisakhi": ("vaisakhi", 0), "baisakhi": ("vaisakhi", 0), "vasakhi": ("vaisakhi", 0),
    "vaishakhi": ("vaisakhi", 0),
    "onam": ("onam", 0), "thiru onam": ("onam", 0), "thiruvonam": ("onam", 0),
    "vasant panchami": ("basant_panchami", 0), "basant panchami": ("basant_panchami", 0),
    "chhoti holi": ("holika_dahan", 0), "holika dahan": ("holika_dahan", 0), "kamudu pyre": ("holika_dahan", 0),
    "krishna janmashtami": ("janmashtami", 0), "janmashtami": ("janmashtami", 0),
    "gokulashtami": ("janmashtami", 0),
    "holi": ("holi", 0), "dhulandi": ("holi", 0), "phagwah": ("holi", 0),
    "parsi neujahr": ("parsi_new_year", 0), "jamshedi navroz": ("parsi_new_year", 0),
    "guru gobind singh jayanti": ("guru_gobind_singh_jayanti", 0),
    "guru nanak jayanti": ("guru_nanak_jayanti", 0),
    "rabindra jayanti": ("rabindranath_birthday", 0), "rabindranath jayanti": ("rabindranath_birthday", 0),
    "guru ravidas jayanti": ("guru_ravidas_jayanti", 0), "guru ravidass jayanti": ("guru_ravidas_jayanti", 0),
    "guru ravidas geburtstag": ("guru_ravidas_jayanti", 0),
    "guru ravidass geburtstag": ("guru_ravidas_jayanti", 0),
    "valmiki jayanti": ("maharshi_valmiki_jayanti", 0), "maharishi valmiki jayanti": ("maharshi_valmiki_jayanti", 0),
    "pargat diwas": ("maharshi_valmiki_jayanti", 0),
}

#: Named days on a fixed calendar day that no ``holidays`` group holds: (month, day).
FIXED_NAMED_DAYS = {
    "tag der deutschen einheit": (10, 3), "reformationstag": (10, 31), "valentinstag": (2, 14),
    "nikolaustag": (12, 6), "halloween": (10, 31), "koningsdag": (4, 27), "königstag": (4, 27),
    "holocaustgedenktag": (1, 27), "holocaust-gedenktag": (1, 27),
}

#: Named days that are dates without a year after them, after one of ``NAMED_DAY_CUES``
#: (``zu Ostern``, ``vor Weihnachten``, ``am Tag der Deutschen Einheit``): days German
#: releases name. The others count only with a year (``Holi 2019``).
BARE_NAMED_DAYS = frozenset({
    "rosenmontag", "weiberfastnacht", "altweiberfastnacht", "fastnacht", "faschingsdienstag", "aschermittwoch",
    "palmsonntag", "gründonnerstag", "karfreitag", "karsamstag", "ostern", "ostersonntag", "ostermontag",
    "christi himmelfahrt", "himmelfahrt", "pfingsten", "pfingstsonntag", "pfingstmontag", "fronleichnam",
    "heilige drei könige", "dreikönigstag", "mariä himmelfahrt", "allerheiligen", "allerseelen", "heiligabend",
    "heiligen abend", "weihnachten", "ersten weihnachtsfeiertag", "zweiten weihnachtsfeiertag", "neujahr",
    "neujahrstag", "silvester", "tag der arbeit", "tag der deutschen einheit", "reformationstag",
    "valentinstag", "nikolaustag", "weltfrauentag",
})

#: Words before a named day without a year that make it a date: ``zu Ostern``, ``bis Pfingsten``.
NAMED_DAY_CUES = frozenset({"an", "am", "zu", "zum", "vor", "nach", "seit", "bis", "ab", "über", "um", "den", "zwischen",
                            "dem", "der", "und", "oder", "sowie", "bzw.", "vom", "kurz", "rund"})
