// cicu.c: calls into the system's ICU (Debian's libicu-dev). See include/cicu.h for why this
// file exists and for the conventions of every function.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/udata.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// MARK: Errors and locales

const char *cicu_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

int32_t cicu_locale_for_language_tag(const char *tag, char *locale, int32_t capacity,
                                     int32_t *parsed_length, int32_t *error) {
    return uloc_forLanguageTag(tag, locale, capacity, parsed_length, (UErrorCode *)error);
}

int32_t cicu_locale_language(const char *locale, char *language, int32_t capacity, int32_t *error) {
    return uloc_getLanguage(locale, language, capacity, (UErrorCode *)error);
}

int32_t cicu_display_language(const char *code, const char *display_locale, uint16_t *buffer,
                              int32_t capacity, int32_t *error) {
    return uloc_getDisplayLanguage(code, display_locale, (UChar *)buffer, capacity,
                                   (UErrorCode *)error);
}

int32_t cicu_locale_scripts(const char *locale, int32_t *scripts, int32_t capacity, int32_t *error) {
    return uscript_getCode(locale, (UScriptCode *)scripts, capacity, (UErrorCode *)error);
}

const char *cicu_iso_language(int32_t index) {
    const char *const *languages = uloc_getISOLanguages();
    for (int32_t position = 0; languages[position] != NULL; position++) {
        if (position == index) return languages[position];
    }
    return NULL;
}

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

// MARK: Break iteration

struct cicu_breaker {
    UBreakIterator *iterator;
};

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UBreakIteratorType type;
    switch (kind) {
    case CICU_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case CICU_BREAK_WORD: type = UBRK_WORD; break;
    case CICU_BREAK_LINE: type = UBRK_LINE; break;
    case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return NULL;
    cicu_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

void cicu_breaker_set_text(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                           int32_t *error) {
    ubrk_setText(breaker->iterator, (const UChar *)text, length, (UErrorCode *)error);
}

int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int32_t *boundaries, int32_t *statuses,
                                int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = boundary;
        statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

// MARK: Characters

int32_t cicu_script_of(int32_t code_point) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(code_point, &error);
    return U_FAILURE(error) ? -1 : (int32_t)script;
}

const char *cicu_script_short_name(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name ? name : "";
}

const char *cicu_script_name(int32_t script) {
    const char *name = uscript_getName((UScriptCode)script);
    return name ? name : "";
}

int32_t cicu_char_category(int32_t code_point) { return (int32_t)u_charType(code_point); }
int32_t cicu_is_alphabetic(int32_t code_point) { return u_hasBinaryProperty(code_point, UCHAR_ALPHABETIC); }
int32_t cicu_is_uppercase(int32_t code_point) { return u_hasBinaryProperty(code_point, UCHAR_UPPERCASE); }
int32_t cicu_is_lowercase(int32_t code_point) { return u_hasBinaryProperty(code_point, UCHAR_LOWERCASE); }
int32_t cicu_is_white_space(int32_t code_point) { return u_hasBinaryProperty(code_point, UCHAR_WHITE_SPACE); }
int32_t cicu_is_emoji_presentation(int32_t code_point) {
    return u_hasBinaryProperty(code_point, UCHAR_EMOJI_PRESENTATION);
}
int32_t cicu_is_extended_pictographic(int32_t code_point) {
    return u_hasBinaryProperty(code_point, UCHAR_EXTENDED_PICTOGRAPHIC);
}
int32_t cicu_east_asian_width(int32_t code_point) {
    return u_getIntPropertyValue(code_point, UCHAR_EAST_ASIAN_WIDTH);
}
double cicu_numeric_value(int32_t code_point) { return u_getNumericValue(code_point); }

// MARK: Strings

int32_t cicu_map_case(int32_t mapping, const char *locale, const uint16_t *text, int32_t length,
                      uint16_t *buffer, int32_t capacity, int32_t *error) {
    switch (mapping) {
    case CICU_CASE_LOWER:
        return u_strToLower((UChar *)buffer, capacity, (const UChar *)text, length, locale,
                            (UErrorCode *)error);
    case CICU_CASE_UPPER:
        return u_strToUpper((UChar *)buffer, capacity, (const UChar *)text, length, locale,
                            (UErrorCode *)error);
    case CICU_CASE_FOLD:
        return u_strFoldCase((UChar *)buffer, capacity, (const UChar *)text, length,
                             U_FOLD_CASE_DEFAULT, (UErrorCode *)error);
    default:
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *buffer,
                       int32_t capacity, int32_t *error) {
    const UNormalizer2 *normalizer;
    switch (form) {
    case CICU_NFC: normalizer = unorm2_getNFCInstance((UErrorCode *)error); break;
    case CICU_NFD: normalizer = unorm2_getNFDInstance((UErrorCode *)error); break;
    case CICU_NFKC: normalizer = unorm2_getNFKCInstance((UErrorCode *)error); break;
    case CICU_NFKD: normalizer = unorm2_getNFKDInstance((UErrorCode *)error); break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return 0;
    }
    if (U_FAILURE((UErrorCode)*error)) return 0;
    return unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)buffer, capacity,
                            (UErrorCode *)error);
}

// MARK: Numbers

int32_t cicu_number_symbol(const char *locale, int32_t symbol, uint16_t *buffer, int32_t capacity,
                           int32_t *error) {
    UNumberFormatSymbol which;
    switch (symbol) {
    case CICU_SYMBOL_DECIMAL: which = UNUM_DECIMAL_SEPARATOR_SYMBOL; break;
    case CICU_SYMBOL_GROUPING: which = UNUM_GROUPING_SEPARATOR_SYMBOL; break;
    case CICU_SYMBOL_PERCENT: which = UNUM_PERCENT_SYMBOL; break;
    case CICU_SYMBOL_PERMILL: which = UNUM_PERMILL_SYMBOL; break;
    case CICU_SYMBOL_MINUS: which = UNUM_MINUS_SIGN_SYMBOL; break;
    case CICU_SYMBOL_PLUS: which = UNUM_PLUS_SIGN_SYMBOL; break;
    case CICU_SYMBOL_CURRENCY: which = UNUM_CURRENCY_SYMBOL; break;
    case CICU_SYMBOL_EXPONENTIAL: which = UNUM_EXPONENTIAL_SYMBOL; break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return 0;
    }
    UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    int32_t length = unum_getSymbol(format, which, (UChar *)buffer, capacity, (UErrorCode *)error);
    unum_close(format);
    return length;
}

struct cicu_spellout {
    UNumberFormat *format;
};

cicu_spellout *cicu_spellout_open(const char *locale, int32_t lenient, int32_t *error) {
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return NULL;
    unum_setAttribute(format, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
    cicu_spellout *spellout = malloc(sizeof *spellout);
    if (spellout == NULL) {
        unum_close(format);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    spellout->format = format;
    return spellout;
}

void cicu_spellout_close(cicu_spellout *spellout) {
    if (spellout == NULL) return;
    unum_close(spellout->format);
    free(spellout);
}

double cicu_spellout_parse(cicu_spellout *spellout, const uint16_t *text, int32_t length,
                           int32_t *consumed, int32_t *error) {
    int32_t position = 0;
    UErrorCode status = U_ZERO_ERROR;
    double value = unum_parseDouble(spellout->format, (const UChar *)text, length, &position, &status);
    if (status == U_PARSE_ERROR || position <= 0) {
        *consumed = 0;
        return 0;
    }
    if (U_FAILURE(status)) {
        *error = status;
        *consumed = 0;
        return 0;
    }
    *consumed = position;
    return value;
}

int32_t cicu_spellout_format(cicu_spellout *spellout, double value, uint16_t *buffer,
                             int32_t capacity, int32_t *error) {
    return unum_formatDouble(spellout->format, value, (UChar *)buffer, capacity, NULL,
                             (UErrorCode *)error);
}

struct cicu_number_formatter {
    UNumberFormatter *formatter;
    UFormattedNumber *result;
};

cicu_number_formatter *cicu_number_formatter_open(const uint16_t *skeleton, int32_t length,
                                                  const char *locale, int32_t *error) {
    UNumberFormatter *formatter = unumf_openForSkeletonAndLocale((const UChar *)skeleton, length,
                                                                 locale, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return NULL;
    UFormattedNumber *result = unumf_openResult((UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) {
        unumf_close(formatter);
        return NULL;
    }
    cicu_number_formatter *wrapper = malloc(sizeof *wrapper);
    if (wrapper == NULL) {
        unumf_closeResult(result);
        unumf_close(formatter);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    wrapper->formatter = formatter;
    wrapper->result = result;
    return wrapper;
}

void cicu_number_formatter_close(cicu_number_formatter *formatter) {
    if (formatter == NULL) return;
    unumf_closeResult(formatter->result);
    unumf_close(formatter->formatter);
    free(formatter);
}

int32_t cicu_number_formatter_format_decimal(cicu_number_formatter *formatter, const char *number,
                                             uint16_t *buffer, int32_t capacity, int32_t *error) {
    unumf_formatDecimal(formatter->formatter, number, (int32_t)strlen(number), formatter->result,
                        (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    return unumf_resultToString(formatter->result, (UChar *)buffer, capacity, (UErrorCode *)error);
}

// MARK: Transliteration

struct cicu_transliterator {
    UTransliterator *transliterator;
};

cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t length, int32_t *error) {
    UTransliterator *transliterator = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, NULL, 0,
                                                   NULL, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return NULL;
    cicu_transliterator *wrapper = malloc(sizeof *wrapper);
    if (wrapper == NULL) {
        utrans_close(transliterator);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    wrapper->transliterator = transliterator;
    return wrapper;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, const uint16_t *text, int32_t length,
                           uint16_t *buffer, int32_t capacity, int32_t *error) {
    // utrans_transUChars works in place: copy the text into the buffer first.
    if (length > capacity) {
        *error = U_BUFFER_OVERFLOW_ERROR;
        return length * 4;
    }
    memcpy(buffer, text, (size_t)length * sizeof(uint16_t));
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit,
                       (UErrorCode *)error);
    return textLength;
}

// MARK: Dates

static UDateFormatSymbolType cicu_date_symbol_type(int32_t kind, int32_t *error) {
    switch (kind) {
    case CICU_MONTHS: return UDAT_MONTHS;
    case CICU_SHORT_MONTHS: return UDAT_SHORT_MONTHS;
    case CICU_STANDALONE_MONTHS: return UDAT_STANDALONE_MONTHS;
    case CICU_STANDALONE_SHORT_MONTHS: return UDAT_STANDALONE_SHORT_MONTHS;
    case CICU_WEEKDAYS: return UDAT_WEEKDAYS;
    case CICU_SHORT_WEEKDAYS: return UDAT_SHORT_WEEKDAYS;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return UDAT_MONTHS;
    }
}

static UDateFormat *cicu_open_date_format(const char *locale, int32_t *error) {
    return udat_open(UDAT_MEDIUM, UDAT_NONE, locale, NULL, 0, NULL, 0, (UErrorCode *)error);
}

int32_t cicu_date_symbol_count(const char *locale, int32_t kind, int32_t *error) {
    UDateFormatSymbolType type = cicu_date_symbol_type(kind, error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    UDateFormat *format = cicu_open_date_format(locale, error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    int32_t count = udat_countSymbols(format, type);
    udat_close(format);
    return count;
}

int32_t cicu_date_symbol(const char *locale, int32_t kind, int32_t index, uint16_t *buffer,
                         int32_t capacity, int32_t *error) {
    UDateFormatSymbolType type = cicu_date_symbol_type(kind, error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    UDateFormat *format = cicu_open_date_format(locale, error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    int32_t length = udat_getSymbols(format, type, index, (UChar *)buffer, capacity, (UErrorCode *)error);
    udat_close(format);
    return length;
}

// MARK: Exemplar characters

int32_t cicu_exemplar_ranges(const char *locale, int32_t kind, int32_t *ranges, int32_t capacity,
                             int32_t *error) {
    ULocaleDataExemplarSetType type;
    switch (kind) {
    case CICU_EXEMPLAR_STANDARD: type = ULOCDATA_ES_STANDARD; break;
    case CICU_EXEMPLAR_AUXILIARY: type = ULOCDATA_ES_AUXILIARY; break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return 0;
    }
    ULocaleData *data = ulocdata_open(locale, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    USet *set = ulocdata_getExemplarSet(data, NULL, USET_ADD_CASE_MAPPINGS, type, (UErrorCode *)error);
    ulocdata_close(data);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    // Ranges come first among a set's items, then strings (uset_getItem returns their length).
    int32_t count = 0;
    int32_t items = uset_getItemCount(set);
    for (int32_t item = 0; item < items; item++) {
        UChar32 start, end;
        UErrorCode itemError = U_ZERO_ERROR;
        int32_t stringLength = uset_getItem(set, item, &start, &end, NULL, 0, &itemError);
        if (stringLength != 0) continue;
        if (count < capacity) {
            ranges[2 * count] = start;
            ranges[2 * count + 1] = end;
        }
        count++;
    }
    uset_close(set);
    return count;
}

// MARK: Locale data (CLDR)

int32_t cicu_quotation_mark(const char *locale, int32_t which, uint16_t *buffer, int32_t capacity,
                            int32_t *error) {
    ULocaleDataDelimiterType type;
    switch (which) {
    case CICU_QUOTATION_START: type = ULOCDATA_QUOTATION_START; break;
    case CICU_QUOTATION_END: type = ULOCDATA_QUOTATION_END; break;
    case CICU_ALTERNATE_QUOTATION_START: type = ULOCDATA_ALT_QUOTATION_START; break;
    case CICU_ALTERNATE_QUOTATION_END: type = ULOCDATA_ALT_QUOTATION_END; break;
    default: *error = U_ILLEGAL_ARGUMENT_ERROR; return 0;
    }
    ULocaleData *data = ulocdata_open(locale, (UErrorCode *)error);
    if (U_FAILURE((UErrorCode)*error)) return 0;
    int32_t length = ulocdata_getDelimiter(data, type, (UChar *)buffer, capacity, (UErrorCode *)error);
    ulocdata_close(data);
    return length;
}

/// Copies `length` units of `text` into `buffer` with ICU's preflighting convention: the
/// length is returned whatever the capacity, and U_BUFFER_OVERFLOW_ERROR set when it exceeds it.
static int32_t cicu_copy_out(const UChar *text, int32_t length, uint16_t *buffer, int32_t capacity,
                             int32_t *error) {
    if (length > capacity) {
        *error = U_BUFFER_OVERFLOW_ERROR;
        return length;
    }
    memcpy(buffer, text, (size_t)length * sizeof(UChar));
    return length;
}

int32_t cicu_currency_name(const char *iso_code, const char *locale, const char *plural_category,
                           uint16_t *buffer, int32_t capacity, int32_t *error) {
    if (strlen(iso_code) != 3) {
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    UChar code[4];
    u_charsToUChars(iso_code, code, 4);
    UBool is_choice_format = false;
    int32_t length = 0;
    const UChar *name;
    if (plural_category == NULL) {
        name = ucurr_getName(code, locale, UCURR_LONG_NAME, &is_choice_format, &length,
                             (UErrorCode *)error);
    } else {
        name = ucurr_getPluralName(code, locale, &is_choice_format, plural_category, &length,
                                   (UErrorCode *)error);
    }
    if (U_FAILURE((UErrorCode)*error) || name == NULL) return 0;
    return cicu_copy_out(name, length, buffer, capacity, error);
}

/// Appends the plural-form patterns among the strings of `table` (`one`, `other` ...) to
/// `buffer` at `*written`, each followed by U+0000, counting what does not fit.
static void cicu_append_plural_patterns(UResourceBundle *table, uint16_t *buffer, int32_t capacity,
                                        int32_t *written) {
    static const char *const categories[] = {"zero", "one", "two", "few", "many", "other"};
    for (size_t index = 0; index < sizeof categories / sizeof categories[0]; index++) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t length = 0;
        const UChar *pattern = ures_getStringByKey(table, categories[index], &length, &status);
        if (U_FAILURE(status)) continue;
        for (int32_t unit = 0; unit <= length; unit++) {
            if (*written < capacity) buffer[*written] = unit < length ? pattern[unit] : 0;
            (*written)++;
        }
    }
}

int32_t cicu_unit_patterns(const char *locale, const char *unit, uint16_t *buffer,
                           int32_t capacity, int32_t *error) {
    // `length/kilometer`: the type, then the unit.
    const char *slash = strchr(unit, '/');
    char type[64];
    if (slash == NULL || slash == unit || (size_t)(slash - unit) >= sizeof type) {
        *error = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    memcpy(type, unit, (size_t)(slash - unit));
    type[slash - unit] = 0;
    const char *name = slash + 1;

    int32_t written = 0;
    int found = 0;
    char current[ULOC_FULLNAME_CAPACITY];
    strncpy(current, locale, sizeof current - 1);
    current[sizeof current - 1] = 0;
    // The locale and its parents, each bundle alone (ures_openDirect: no fallback inside it):
    // a regional locale holds only what differs from its language.
    while (current[0] != 0 && strcmp(current, "root") != 0) {
        UErrorCode status = U_ZERO_ERROR;
        UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "unit", current, &status);
        UResourceBundle *units = ures_getByKey(bundle, "units", NULL, &status);
        UResourceBundle *kind = ures_getByKey(units, type, NULL, &status);
        UResourceBundle *table = ures_getByKey(kind, name, NULL, &status);
        if (U_SUCCESS(status)) {
            found = 1;
            cicu_append_plural_patterns(table, buffer, capacity, &written);
            UErrorCode caseStatus = U_ZERO_ERROR;
            UResourceBundle *cases = ures_getByKey(table, "case", NULL, &caseStatus);
            int32_t count = U_SUCCESS(caseStatus) ? ures_getSize(cases) : 0;
            for (int32_t index = 0; index < count; index++) {
                UErrorCode itemStatus = U_ZERO_ERROR;
                UResourceBundle *grammaticalCase = ures_getByIndex(cases, index, NULL, &itemStatus);
                if (U_SUCCESS(itemStatus)) cicu_append_plural_patterns(grammaticalCase, buffer, capacity, &written);
                ures_close(grammaticalCase);
            }
            ures_close(cases);
        }
        ures_close(table);
        ures_close(kind);
        ures_close(units);
        ures_close(bundle);
        UErrorCode parentStatus = U_ZERO_ERROR;
        char parent[ULOC_FULLNAME_CAPACITY];
        int32_t length = uloc_getParent(current, parent, sizeof parent, &parentStatus);
        if (U_FAILURE(parentStatus) || length >= (int32_t)sizeof parent) break;
        memcpy(current, parent, (size_t)length + 1);
    }
    if (!found) {
        *error = U_MISSING_RESOURCE_ERROR;
        return 0;
    }
    if (written > capacity) *error = U_BUFFER_OVERFLOW_ERROR;
    return written;
}
