// cicu.h: the C shim between mtlint and the system's ICU.
//
// Only plain C types appear here: ICU renames every function with its version (`ubrk_open` is a
// macro for `ubrk_open_72`), which Swift cannot import, and Foundation on Linux ships ICU headers
// of its own that clash with the system's. The .c file includes the system headers and calls ICU;
// Swift sees only these declarations.
//
// Conventions: text is UTF-16 (`const uint16_t *`, length in code units); every function that can
// fail takes `int32_t *error`, which holds an ICU UErrorCode (0 = success, > 0 = failure, < 0 = a
// warning) and must be 0 on entry. Locale arguments are ICU locale IDs (`it`, `pt_BR`); use
// cicu_locale_for_language_tag to turn a BCP 47 tag into one.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Errors and locales

/// The ICU name of an error code (`U_ILLEGAL_ARGUMENT_ERROR`); a static string.
const char *cicu_error_name(int32_t error);

/// Converts a BCP 47 tag (`pt-BR`) into an ICU locale ID (`pt_BR`). Returns the length written,
/// and in `parsed_length` how much of the tag was well-formed.
int32_t cicu_locale_for_language_tag(const char *tag, char *locale, int32_t capacity,
                                     int32_t *parsed_length, int32_t *error);

/// The language of a locale ID (`pt_BR` -> `pt`), or an empty string.
int32_t cicu_locale_language(const char *locale, char *language, int32_t capacity, int32_t *error);

/// The name of language `code` as written in `display_locale` (uloc_getDisplayLanguage).
int32_t cicu_display_language(const char *code, const char *display_locale, uint16_t *buffer,
                              int32_t capacity, int32_t *error);

/// The scripts a locale is written in (uscript_getCode: `ja` -> Kana, Hira, Hani); returns
/// how many were written.
int32_t cicu_locale_scripts(const char *locale, int32_t *scripts, int32_t capacity, int32_t *error);

/// The ISO 639 language code number `index` that ICU knows (uloc_getISOLanguages), or NULL
/// past the last one; static strings.
const char *cicu_iso_language(int32_t index);

/// The ICU version, e.g. "72.1".
void cicu_version(char *buffer, int32_t capacity);

// MARK: Break iteration

enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3,
};

typedef struct cicu_breaker cicu_breaker;

/// Opens a break iterator of `kind` for `locale`; NULL on failure.
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error);
void cicu_breaker_close(cicu_breaker *breaker);

/// Points the iterator at `text`, which must stay alive and unchanged while it is used.
void cicu_breaker_set_text(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                           int32_t *error);

/// Writes the next boundaries (after the current position) and the rule status of the segment
/// each one ends into the two arrays; returns how many were written (0 at the end).
/// The first call after set_text starts after offset 0.
int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int32_t *boundaries, int32_t *statuses,
                                int32_t capacity);

// MARK: Characters

/// The UScriptCode of a code point (uscript_getScript); negative on failure.
int32_t cicu_script_of(int32_t code_point);
/// The short (ISO 15924) and long names of a script code; static strings, "" if unknown.
const char *cicu_script_short_name(int32_t script);
const char *cicu_script_name(int32_t script);

/// The general category (UCharCategory) of a code point.
int32_t cicu_char_category(int32_t code_point);
/// Binary properties used by mtlint.
int32_t cicu_is_alphabetic(int32_t code_point);
int32_t cicu_is_uppercase(int32_t code_point);
int32_t cicu_is_lowercase(int32_t code_point);
int32_t cicu_is_white_space(int32_t code_point);
int32_t cicu_is_emoji_presentation(int32_t code_point);
int32_t cicu_is_extended_pictographic(int32_t code_point);
/// The UEastAsianWidth value of a code point.
int32_t cicu_east_asian_width(int32_t code_point);
/// The numeric value of a character (Han numerals included), or -123456789 when it has none.
double cicu_numeric_value(int32_t code_point);

// MARK: Strings

enum {
    CICU_CASE_LOWER = 0,
    CICU_CASE_UPPER = 1,
    CICU_CASE_FOLD = 2,
};
/// Maps the case of `text` (locale-aware for lower and upper). Returns the needed length;
/// when it exceeds `capacity`, call again with a larger buffer.
int32_t cicu_map_case(int32_t mapping, const char *locale, const uint16_t *text, int32_t length,
                      uint16_t *buffer, int32_t capacity, int32_t *error);

enum {
    CICU_NFC = 0,
    CICU_NFD = 1,
    CICU_NFKC = 2,
    CICU_NFKD = 3,
};
/// Normalizes `text`; returns the needed length (see cicu_map_case).
int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *buffer,
                       int32_t capacity, int32_t *error);

// MARK: Numbers

enum {
    CICU_SYMBOL_DECIMAL = 0,
    CICU_SYMBOL_GROUPING = 1,
    CICU_SYMBOL_PERCENT = 2,
    CICU_SYMBOL_PERMILL = 3,
    CICU_SYMBOL_MINUS = 4,
    CICU_SYMBOL_PLUS = 5,
    CICU_SYMBOL_CURRENCY = 6,
    CICU_SYMBOL_EXPONENTIAL = 7,
};
/// A number symbol of `locale`'s default numbering system; returns its length.
int32_t cicu_number_symbol(const char *locale, int32_t symbol, uint16_t *buffer, int32_t capacity,
                           int32_t *error);

typedef struct cicu_spellout cicu_spellout;
/// A rule-based spell-out parser for `locale`; lenient (`lenient` != 0) accepts case and
/// spacing that differ from the rules, at the cost of a collator built on the first parse.
cicu_spellout *cicu_spellout_open(const char *locale, int32_t lenient, int32_t *error);
void cicu_spellout_close(cicu_spellout *spellout);
/// Parses the longest spelled-out number at the start of `text`; `*consumed` is the number of
/// code units read (0 when nothing parsed, and then the result is 0).
double cicu_spellout_parse(cicu_spellout *spellout, const uint16_t *text, int32_t length,
                           int32_t *consumed, int32_t *error);
/// Spells out `value` in words.
int32_t cicu_spellout_format(cicu_spellout *spellout, double value, uint16_t *buffer,
                             int32_t capacity, int32_t *error);

typedef struct cicu_number_formatter cicu_number_formatter;
/// A number formatter from an ICU number skeleton (`compact-long`, `precision-integer` ...).
cicu_number_formatter *cicu_number_formatter_open(const uint16_t *skeleton, int32_t length,
                                                  const char *locale, int32_t *error);
void cicu_number_formatter_close(cicu_number_formatter *formatter);
/// Formats a decimal number given as an ASCII string ("1e9", "-0.25"), exactly.
int32_t cicu_number_formatter_format_decimal(cicu_number_formatter *formatter, const char *number,
                                             uint16_t *buffer, int32_t capacity, int32_t *error);

// MARK: Transliteration

typedef struct cicu_transliterator cicu_transliterator;
/// Opens a transliterator by its ICU id (`Any-Latin; Latin-ASCII`).
cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t length, int32_t *error);
void cicu_transliterator_close(cicu_transliterator *transliterator);
/// Transliterates `text` into `buffer`; returns the needed length (see cicu_map_case).
int32_t cicu_transliterate(cicu_transliterator *transliterator, const uint16_t *text, int32_t length,
                           uint16_t *buffer, int32_t capacity, int32_t *error);

// MARK: Dates

enum {
    CICU_MONTHS = 0,
    CICU_SHORT_MONTHS = 1,
    CICU_STANDALONE_MONTHS = 2,
    CICU_STANDALONE_SHORT_MONTHS = 3,
    CICU_WEEKDAYS = 4,
    CICU_SHORT_WEEKDAYS = 5,
};
/// How many names of `kind` the Gregorian calendar of `locale` has (12 months, 8 weekday
/// slots of which slot 0 is empty).
int32_t cicu_date_symbol_count(const char *locale, int32_t kind, int32_t *error);
/// Name `index` of `kind` (`agosto`, `ago`, `domenica` ...); returns its length.
int32_t cicu_date_symbol(const char *locale, int32_t kind, int32_t index, uint16_t *buffer,
                         int32_t capacity, int32_t *error);

// MARK: Exemplar characters

enum {
    CICU_EXEMPLAR_STANDARD = 0,
    CICU_EXEMPLAR_AUXILIARY = 1,
};
/// The letters a locale writes with (CLDR's exemplar characters through ulocdata), upper and
/// lower case, as code point ranges: `ranges[2 * i]` to `ranges[2 * i + 1]`, both included.
/// Multi-character entries (`ij` in Dutch) are left out. Returns how many ranges the set has;
/// when more than `capacity` ranges, only the first `capacity` are written: call again with room.
int32_t cicu_exemplar_ranges(const char *locale, int32_t kind, int32_t *ranges, int32_t capacity,
                             int32_t *error);

// MARK: Locale data (CLDR)

enum {
    CICU_QUOTATION_START = 0,
    CICU_QUOTATION_END = 1,
    CICU_ALTERNATE_QUOTATION_START = 2,
    CICU_ALTERNATE_QUOTATION_END = 3,
};
/// A quotation mark of `locale` (ulocdata_getDelimiter): Italian opens with `«` and closes
/// with `»`, and nested quotations with `“` and `”`. Returns its length.
int32_t cicu_quotation_mark(const char *locale, int32_t which, uint16_t *buffer, int32_t capacity,
                            int32_t *error);

/// The name of the currency `iso_code` (ISO 4217, `USD`) in `locale`: its long name
/// (ucurr_getName, `dollaro statunitense`) when `plural_category` is NULL, else its name after
/// a number of that plural category (ucurr_getPluralName with `one`, `few`, `other` ...:
/// `dollari statunitensi`). Where ICU has no name it gives the ISO code, with the warning
/// U_USING_DEFAULT_WARNING. Returns the length (see cicu_map_case).
int32_t cicu_currency_name(const char *iso_code, const char *locale, const char *plural_category,
                           uint16_t *buffer, int32_t capacity, int32_t *error);

/// The long-name patterns of measure unit `unit` in `locale`, as CLDR's unit data names the
/// unit (`length/kilometer`, `mass/pound`, `concentr/percent`, `duration/minute`): the
/// pattern of every plural form (`{0} chilometro`, `{0} chilometri`) and of every grammatical
/// case (German `{0} Kilometern`), from the `units` table of ICU's unit tree, in `locale` and
/// its parents (`pt_PT`, then `pt`; not root). Each pattern ends with a U+0000. Returns the
/// length (see cicu_map_case); U_MISSING_RESOURCE_ERROR when no locale of the chain has the
/// unit.
int32_t cicu_unit_patterns(const char *locale, const char *unit, uint16_t *buffer,
                           int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
