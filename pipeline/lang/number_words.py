"""German number words as pieces of compound numerals (``zweihundertfünfzig``).

``NUMBER_LEXEMES`` are the pieces a numeral word is split into (longest match
first); ``hundert``/``tausend`` multiply what precedes them. ``FRACTION_WORDS``
are whole words with a fractional value. ``ONE_FORMS`` are the inflected
article/numeral ``ein`` (a count only in some contexts). ``VAGUE_BEFORE`` are
words that make a following ``Hundert``/``Tausend`` vague (``mehrere Hundert``).
"""

NUMBER_LEXEMES = {
    "null": 0, "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4,
    "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "sechzehn": 16, "siebzehn": 17,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}

#: Multipliers inside a numeral word.
NUMBER_MULTIPLIERS = {"hundert": 100, "tausend": 1000}

#: Connector inside a numeral word (``einundzwanzig``).
NUMBER_CONNECTOR = "und"

#: Whole words (or word endings) with a fractional value.
FRACTION_WORDS = {
    "eineinhalb": 1.5, "anderthalb": 1.5, "einundhalb": 1.5, "einhalb": 0.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5,
    "sechseinhalb": 6.5, "siebeneinhalb": 7.5, "achteinhalb": 8.5, "neuneinhalb": 9.5,
    "zehneinhalb": 10.5, "dreiviertel": 0.75,
}

#: Genitive/dative number words (contract v2: ``dreier Unternehmen`` → 3); lower case only,
#: ``ein Dreier`` is a noun.
NUMBER_GENITIVES = {"zweier": 2, "dreier": 3}

#: Inflected forms of ``ein``: a count only with a scale, a unit, ``einzig`` …
ONE_FORMS = {"ein", "eine", "einen", "einem", "einer", "eines", "eins"}

#: ``ein halbes``/``eine halbe`` …: adjective forms of one half.
HALF_FORMS = {"halb", "halbe", "halben", "halber", "halbes"}

#: ``ein viertel Liter``, ``ein dreiviertel Jahr``: quarter words after ``ein`` that make a fraction.
QUARTER_FORMS = {"viertel", "dreiviertel"}

#: Words before ``Hundert``/``Tausend``/``Dutzend`` that make the quantity vague.
VAGUE_BEFORE = {"mehrere", "einige", "viele", "etliche", "paar", "zig", "ein paar", "vielen", "mehreren",
                "einigen", "etlichen"}

#: Words after ``ein``/``eine`` that make it a real count (``ein einziges Grundstück``,
#: contract v2 ``ein weiterer``).
ONE_MARKERS = {"einzig", "einzige", "einzigen", "einziger", "einziges", "einzigem",
               "weiterer", "weitere", "weiteres", "weiteren", "weiterem"}

#: Words before ``ein``/``eine`` that make it a count (contract v2: ``nur ein``, ``mehr als ein``).
ONE_BEFORE = {"nur", "mehr als", "lediglich", "genau", "bloß", "weniger als", "höchstens", "mindestens",
              "maximal"}

#: Of ``ONE_BEFORE``, the focus particles: ``nur eine Blechtafel`` is no count; ``nur eine Schicht
#: am Tag`` is (a rate follows), so after these the one needs a per-period tail.
ONE_BEFORE_FOCUS = {"nur", "lediglich", "bloß"}

#: Words after ``ein`` that make it vague, not one (``ein paar Leute``).
ONE_VAGUE_AFTER = {"paar", "bisschen", "wenig", "wenige", "wenigen"}

#: Words before ``nur`` that make it a focus particle, not "only one" (``nicht nur eine wichtige
#: Maßnahme``, ``immer nur ein Riesenpaket``).
ONE_BEFORE_BLOCKERS = {"nicht", "immer", "auch", "eben", "doch", "ja", "wohl", "halt", "schon", "sondern"}

#: Decimal comma spelled out (``zwei Komma drei``).
DECIMAL_WORDS = {"komma"}

#: Fraction nouns/adjectives after a number (``drei halbe``, ``zwei Drittel``, ``drei Viertel``).
FRACTION_AFTER = {"halbe": 0.5, "halben": 0.5, "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2,
                  "achtel": 0.125, "zehntel": 0.1}

#: Fraction words that can stand for a number before a unit (``halber liter``, ``viertel liter``).
FRACTION_ALONE = {"halb": 0.5, "halbe": 0.5, "halben": 0.5, "halber": 0.5, "halbes": 0.5,
                  "viertel": 0.25, "dreiviertel": 0.75}

#: Words before a number that make it negative (``minus 5``).
NEGATIVE_WORDS = {"minus", "negativ", "-", "−"}
