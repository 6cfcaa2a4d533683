// The floor of mtlint's speed: read each file, convert it to UTF-16 and run ICU's word break
// iterator over it, nothing else. mtlint tokenizes the same way, so it cannot be faster.
// Usage: floor FILE_OR_FOLDER...   (folders: every *.txt below them)
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static long long total_words = 0;
static UBreakIterator *words = NULL;

static void tokenize(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { fprintf(stderr, "floor: %s: cannot open\n", path); exit(3); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc((size_t)size + 1);
    if (fread(bytes, 1, (size_t)size, file) != (size_t)size) { fprintf(stderr, "floor: %s: short read\n", path); exit(3); }
    fclose(file);
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(NULL, 0, &length, bytes, (int32_t)size, &error);
    error = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * ((size_t)length + 1));
    u_strFromUTF8(text, length + 1, &length, bytes, (int32_t)size, &error);
    if (U_FAILURE(error)) { fprintf(stderr, "floor: %s: %s\n", path, u_errorName(error)); exit(3); }
    ubrk_setText(words, text, length, &error);
    for (int32_t end = ubrk_next(words); end != UBRK_DONE; end = ubrk_next(words)) {
        if (ubrk_getRuleStatus(words) >= UBRK_WORD_NONE_LIMIT) total_words++;
    }
    free(text);
    free(bytes);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void walk(const char *path) {
    struct stat info;
    if (stat(path, &info) != 0) { fprintf(stderr, "floor: %s: no such file\n", path); exit(3); }
    if (!S_ISDIR(info.st_mode)) { tokenize(path); return; }
    DIR *folder = opendir(path);
    char **names = NULL;
    size_t count = 0;
    for (struct dirent *entry = readdir(folder); entry; entry = readdir(folder)) {
        if (entry->d_name[0] == '.') continue;
        names = realloc(names, sizeof(char *) * (count + 1));
        size_t length = strlen(path) + strlen(entry->d_name) + 2;
        names[count] = malloc(length);
        snprintf(names[count++], length, "%s/%s", path, entry->d_name);
    }
    closedir(folder);
    qsort(names, count, sizeof(char *), by_name);
    for (size_t index = 0; index < count; index++) {
        size_t length = strlen(names[index]);
        if (stat(names[index], &info) == 0 && S_ISDIR(info.st_mode)) walk(names[index]);
        else if (length > 4 && strcmp(names[index] + length - 4, ".txt") == 0) tokenize(names[index]);
        free(names[index]);
    }
    free(names);
}

int main(int argc, char **argv) {
    UErrorCode error = U_ZERO_ERROR;
    words = ubrk_open(UBRK_WORD, "it", NULL, 0, &error);
    if (U_FAILURE(error)) { fprintf(stderr, "floor: %s\n", u_errorName(error)); return 2; }
    for (int index = 1; index < argc; index++) walk(argv[index]);
    printf("%lld words\n", total_words);
    ubrk_close(words);
    return 0;
}
