"""A name's passport spelling in the Latin letters A–Z: ICAO Doc 9303 Part 3, section 6.

Tables A (multinational Latin), B (Cyrillic) and C (Arabic, the "X" scheme) of the ICAO
recommendation; Chinese characters become Hanyu Pinyin, the spelling of Chinese passports
(ICAO has no table for them). A name in a script without a table has no derived spelling: the
candidate types it as printed in the passport.
"""

import unicodedata

from pypinyin import Style, lazy_pinyin

# Table A, where ICAO's spelling is not the letter without its accent.
LATIN = {
    "Ä": "AE",
    "Å": "AA",
    "Æ": "AE",
    "Ð": "D",
    "Ö": "OE",
    "Ø": "OE",
    "Ü": "UE",
    "Þ": "TH",
    "ß": "SS",
    "ẞ": "SS",
    "Đ": "D",
    "Ħ": "H",
    "Ĳ": "IJ",
    "ı": "I",
    "Ŀ": "L",
    "Ł": "L",
    "Ŋ": "N",
    "Œ": "OE",
    "Ŧ": "T",
}

# Table B: Cyrillic (Russian, with the letters of Belarusian, Ukrainian, Serbian, Macedonian).
CYRILLIC = {
    "А": "A",
    "Б": "B",
    "В": "V",
    "Г": "G",
    "Д": "D",
    "Е": "E",
    "Ё": "E",
    "Ж": "ZH",
    "З": "Z",
    "И": "I",
    "Й": "I",
    "К": "K",
    "Л": "L",
    "М": "M",
    "Н": "N",
    "О": "O",
    "П": "P",
    "Р": "R",
    "С": "S",
    "Т": "T",
    "У": "U",
    "Ф": "F",
    "Х": "KH",
    "Ц": "TS",
    "Ч": "CH",
    "Ш": "SH",
    "Щ": "SHCH",
    "Ъ": "IE",
    "Ы": "Y",
    "Ь": "",
    "Э": "E",
    "Ю": "IU",
    "Я": "IA",
    "Ђ": "D",
    "Ѓ": "G",
    "Є": "IE",
    "Ѕ": "DZ",
    "І": "I",
    "Ї": "I",
    "Ј": "J",
    "Љ": "LJ",
    "Њ": "NJ",
    "Ћ": "C",
    "Ќ": "K",
    "Ў": "U",
    "Џ": "DZ",
    "Ґ": "G",
}

# Table C: Arabic letters; the short-vowel marks and the shadda are left out, as in passports.
ARABIC = {
    "ء": "XE",
    "آ": "XAA",
    "أ": "XAE",
    "ؤ": "U",
    "إ": "I",
    "ئ": "XI",
    "ا": "A",
    "ب": "B",
    "ة": "XTA",
    "ت": "T",
    "ث": "XTH",
    "ج": "J",
    "ح": "XH",
    "خ": "XKH",
    "د": "D",
    "ذ": "XDH",
    "ر": "R",
    "ز": "Z",
    "س": "S",
    "ش": "XSH",
    "ص": "XSS",
    "ض": "XDZ",
    "ط": "XTT",
    "ظ": "XZZ",
    "ع": "E",
    "غ": "G",
    "ف": "F",
    "ق": "Q",
    "ك": "K",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ه": "H",
    "و": "W",
    "ى": "XAY",
    "ي": "Y",
    "پ": "P",
    "چ": "XC",
    "ژ": "XJ",
    "ک": "XKK",
    "گ": "XGG",
    "ی": "XYA",
}
# Teh marbuta that ends a name component: "because feminine names often use teh marbuta".
ARABIC_FINAL_TEH_MARBUTA = "XAH"
# Kept as written; ICAO turns them into filler, our Latin fields keep space and hyphen.
SEPARATORS = {" ": " ", "-": "-"}
# Apostrophes are left out of the passport spelling (O'Brien → OBRIEN).
DROPPED = {"'", "’", "ʼ", "`", ".", "\u0640"}


def latin_spelling(name: str) -> str | None:
    """The ICAO spelling of `name` in capital A–Z, spaces and hyphens; None when a letter of it
    has no rule (for example Japanese kana): then only the passport can tell."""
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    parts: list[str] = []
    han_run: list[str] = []
    for index, char in enumerate(text):
        if _is_han(char):
            han_run.append(char)
            continue
        if han_run:
            parts.append(_pinyin(han_run))
            han_run = []
        spelled = _letter(char, following=text[index + 1 : index + 2])
        if spelled is None:
            return None
        parts.append(spelled)
    if han_run:
        parts.append(_pinyin(han_run))
    result = " ".join("".join(parts).split())
    return result or None


def _letter(char: str, *, following: str) -> str | None:
    if char in SEPARATORS:
        return SEPARATORS[char]
    if char in DROPPED or unicodedata.category(char).startswith("M"):
        return ""
    if "A" <= char.upper() <= "Z" and char.isascii():
        return char.upper()
    upper = char.upper() if len(char.upper()) == 1 else char
    if upper in LATIN:
        return LATIN[upper]
    if char in LATIN:
        return LATIN[char]
    if upper in CYRILLIC:
        return CYRILLIC[upper]
    if char == "ة" and (not following or following in SEPARATORS):
        return ARABIC_FINAL_TEH_MARBUTA
    if char in ARABIC:
        return ARABIC[char]
    # Any other accented Latin letter (É, Ñ, Č, Ş, …) is spelled without its accent.
    base = "".join(
        part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
    )
    if base.isascii() and base.isalpha():
        return base.upper()
    return None


def _is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def _pinyin(chars: list[str]) -> str:
    """Hanyu Pinyin as in Chinese passports: syllables of one name joined, ü written YU."""
    syllables = lazy_pinyin("".join(chars), style=Style.NORMAL, v_to_u=True)
    return "".join(syllables).replace("ü", "yu").upper()
