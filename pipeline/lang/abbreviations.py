"""German abbreviations that end in a period but never end a sentence.

Each entry becomes one tokenizer special case (the period stays on the token),
so a sentence splitter that only breaks at free-standing periods never breaks
after them. Multi-part abbreviations (``z. B.``) are listed part by part.
"""

#: Titles, honorifics and functions.
TITLES = (
    "Dr.", "Prof.", "Dipl.", "Dipl.-Ing.", "Dr.-Ing.", "Dr.med.", "Dr.phil.", "Dr.rer.nat.",
    "Ing.", "Mag.", "Hr.", "Fr.", "Hrn.", "stellv.", "Stellv.", "Präs.", "Vors.", "Gen.",
    "Sen.", "Jun.", "jun.", "sen.", "Bfm.", "Ltd.", "Co.", "Inc.", "Corp.", "gGmbH.",
    # Austrian and gendered academic titles
    "Mag.a", "MMag.", "Univ.-Prof.", "Univ.-Doz.", "Ao.Univ.-Prof.", "DDr.", "Dr.in", "Prof.in",
)

#: Scale words and units written with a period.
SCALES = ("Mio.", "Mrd.", "Tsd.", "Bio.", "Mill.", "Std.", "Min.", "Sek.", "Mon.", "Jh.", "Jhd.", "Jhdt.")

#: References and legal citations.
REFERENCES = (
    "Nr.", "Nrn.", "Abs.", "Art.", "Az.", "Bd.", "Bl.", "Kap.", "Ziff.", "lit.", "S.", "Tel.",
    "Fax.", "Str.", "Hs.", "Anm.", "Abb.", "Tab.", "Aufl.", "Hrsg.", "Verf.", "Bsp.",
)

#: Everyday abbreviations, including the parts of ``z. B.``, ``u. a.``, ``d. h.``.
COMMON = (
    "ca.", "bzw.", "usw.", "etc.", "ggf.", "evtl.", "vgl.", "sog.", "inkl.", "exkl.", "zzgl.",
    "abzgl.", "gem.", "bspw.", "insb.", "insbes.", "einschl.", "ehem.", "geb.", "gest.",
    "mind.", "max.", "min.", "rd.", "zz.", "zzt.", "z.", "B.", "u.", "a.", "d.", "h.", "o.",
    "ä.", "v.", "Chr.", "i.", "R.", "S.", "Mrz.", "St.", "Jan.", "Feb.", "Apr.", "Aug.",
    "Sept.", "Sep.", "Okt.", "Nov.", "Dez.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.",
    "z.B.", "u.a.", "d.h.", "o.ä.", "u.U.", "i.d.R.", "v.a.", "z.T.", "s.o.", "s.u.",
)

ABBREVIATIONS = tuple(dict.fromkeys(TITLES + SCALES + REFERENCES + COMMON))

#: Capitalised words that, after a number with a period (``2025.``), show that the
#: period ended a sentence rather than marking an ordinal (``7. Juli``,
#: ``2. Chinesisch-Europäischen Forums``).
SENTENCE_STARTERS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ich Ihr Man
Dies Diese Dieser Dieses Diesen Damit Dabei Dazu Daher Dann Denn Doch Danach Darüber
Auch Aber Allerdings Als Am An Auf Aus Bei Bis Durch Für Gegen Im In Mit Nach Neben
Nun Ob Ohne Seit So Sowohl Trotz Um Und Unter Vom Von Vor Während Wie Wo Zudem Zum
Zur Zu Zwischen Insgesamt Außerdem Weitere Weiterhin Jedoch Laut Hier Heute Nicht
Kein Keine Alle Jeder Jede Jedes Viele Mehr Was Wer Wenn Weil Obwohl Inzwischen
Gleichzeitig Zugleich Zeitgleich Derzeit Bereits Erst Schon Noch Somit Deshalb Deswegen
""".split())
