// cspell.c: calls libhunspell (Debian's libhunspell-dev). See include/cspell.h.
#include "cspell.h"

#include <stdio.h>
#include <stdlib.h>

#include <hunspell/hunspell.h>

struct cspell_dictionary {
    Hunhandle *handle;
};

cspell_dictionary *cspell_open(const char *affix_path, const char *dictionary_path) {
    // Hunspell_create does not report missing files: check that both can be opened.
    FILE *affix = fopen(affix_path, "r");
    FILE *words = fopen(dictionary_path, "r");
    if (affix) fclose(affix);
    if (words) fclose(words);
    if (!affix || !words) return NULL;
    Hunhandle *handle = Hunspell_create(affix_path, dictionary_path);
    if (handle == NULL) return NULL;
    cspell_dictionary *dictionary = malloc(sizeof *dictionary);
    if (dictionary == NULL) {
        Hunspell_destroy(handle);
        return NULL;
    }
    dictionary->handle = handle;
    return dictionary;
}

void cspell_close(cspell_dictionary *dictionary) {
    if (dictionary == NULL) return;
    Hunspell_destroy(dictionary->handle);
    free(dictionary);
}

int32_t cspell_check(cspell_dictionary *dictionary, const char *word) {
    return Hunspell_spell(dictionary->handle, word) != 0;
}
