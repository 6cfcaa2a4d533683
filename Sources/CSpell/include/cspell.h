// cspell.h: the C shim between mtlint and libhunspell, the spell checker behind LibreOffice
// and Firefox. mtlint uses it as a lexicon: is a word a common word of the language?
// Plain C types only, like CICU. Words are UTF-8 (every Debian hunspell dictionary is).
#ifndef CSPELL_H
#define CSPELL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cspell_dictionary cspell_dictionary;

/// Loads a dictionary from its .aff and .dic files; NULL when either cannot be read.
cspell_dictionary *cspell_open(const char *affix_path, const char *dictionary_path);
void cspell_close(cspell_dictionary *dictionary);

/// 1 when the dictionary accepts `word` (UTF-8, NUL-terminated) with its inflections, else 0.
int32_t cspell_check(cspell_dictionary *dictionary, const char *word);

#ifdef __cplusplus
}
#endif

#endif
