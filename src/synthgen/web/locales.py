"""The form's locale list: Faker's locales under plain English names ("English (United States)"), the deprecated
ones left out. The value sent stays Faker's code (en_US), as the API and the CLI take it."""

from __future__ import annotations

from functools import lru_cache

from faker.config import AVAILABLE_LOCALES

DEPRECATED = {"fr_QC": "fr_CA"}  # Faker warns on use and names the replacement
DUPLICATES = {"dk_DK": "da_DK"}  # an older code of the same language and country (still taken by the API)

LANGUAGES = {
    "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian",
    "cs": "Czech", "da": "Danish", "de": "German", "dk": "Danish", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fil": "Filipino", "fr": "French",
    "ga": "Irish", "gu": "Gujarati", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ka": "Georgian", "ko": "Korean", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "mr": "Marathi", "mt": "Maltese", "ne": "Nepali", "ng": "Nigerian",
    "nl": "Dutch", "no": "Norwegian", "or": "Odia", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "tw": "Twi", "uk": "Ukrainian", "uz": "Uzbek", "vi": "Vietnamese", "yo": "Yoruba", "zh": "Chinese",
    "zu": "Zulu",
}

REGIONS = {
    "AA": "Arab world", "AE": "United Arab Emirates", "AL": "Albania", "AM": "Armenia", "AR": "Argentina",
    "AT": "Austria", "AU": "Australia", "AZ": "Azerbaijan", "BA": "Bosnia and Herzegovina", "BD": "Bangladesh",
    "BE": "Belgium", "BG": "Bulgaria", "BH": "Bahrain", "BR": "Brazil", "CA": "Canada", "CH": "Switzerland",
    "CL": "Chile", "CN": "China", "CO": "Colombia", "CY": "Cyprus", "CZ": "Czechia", "DE": "Germany",
    "DK": "Denmark", "DZ": "Algeria", "EE": "Estonia", "EG": "Egypt", "ES": "Spain", "ET": "Ethiopia",
    "FI": "Finland", "FR": "France", "GB": "United Kingdom", "GE": "Georgia", "GH": "Ghana", "GR": "Greece",
    "HR": "Croatia", "HU": "Hungary", "ID": "Indonesia", "IE": "Ireland", "IL": "Israel", "IN": "India",
    "IR": "Iran", "IS": "Iceland", "IT": "Italy", "JO": "Jordan", "JP": "Japan", "KE": "Kenya",
    "KR": "South Korea", "LI": "Liechtenstein", "LK": "Sri Lanka", "LT": "Lithuania", "LU": "Luxembourg",
    "LV": "Latvia", "MK": "North Macedonia", "MS": "Montserrat", "MT": "Malta", "MX": "Mexico", "NG": "Nigeria",
    "NL": "Netherlands", "NO": "Norway", "NP": "Nepal", "NZ": "New Zealand", "PH": "Philippines",
    "PK": "Pakistan", "PL": "Poland", "PS": "Palestine", "PT": "Portugal", "QC": "Quebec", "RO": "Romania",
    "RU": "Russia", "SA": "Saudi Arabia", "SE": "Sweden", "SI": "Slovenia", "SK": "Slovakia", "TH": "Thailand",
    "TR": "Turkey", "TW": "Taiwan", "UA": "Ukraine", "US": "United States", "UZ": "Uzbekistan", "VN": "Vietnam",
    "ZA": "South Africa",
}


def display_name(code: str) -> str:
    """'en_US' -> 'English (United States)', 'de' -> 'German'; an unknown part is shown as its code."""
    language, _, region = code.partition("_")
    name = LANGUAGES.get(language, code if not region else language)
    return f"{name} ({REGIONS.get(region, region)})" if region else name


@lru_cache(maxsize=1)
def locale_choices() -> tuple[tuple[str, str], ...]:
    """(plain name, code) for each locale Faker has and does not deprecate, sorted by name; where two codes get
    the same name the code is added so each label is unique."""
    codes = [c for c in AVAILABLE_LOCALES if c not in DEPRECATED and c not in DUPLICATES]
    names = [display_name(c) for c in codes]
    twice = {n for n in names if names.count(n) > 1}
    labelled = [(f"{n} [{c}]" if n in twice else n, c) for n, c in zip(names, codes, strict=True)]
    return tuple(sorted(labelled))


__all__ = ["DEPRECATED", "display_name", "locale_choices"]
