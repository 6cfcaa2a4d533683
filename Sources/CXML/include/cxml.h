// A streaming XML reader on libxml2's SAX2 parser, for TBX glossaries. Plain C types only,
// so that Swift modules can import it next to Foundation, as CICU does for ICU.
#ifndef CXML_H
#define CXML_H

#include <stddef.h>

/// What the parser reports, with the caller's `context`. Names are qualified as written
/// (`xml:lang`, `tbx:term`); strings are UTF-8 and NUL-terminated unless a length is given.
typedef struct cxml_handler {
    void *context;
    /// An element starts, with `count` attributes: `names[i]` = `values[i]`.
    void (*start_element)(void *context, const char *name, int count, const char *const *names, const char *const *values);
    void (*end_element)(void *context, const char *name);
    /// Text or CDATA inside an element: `length` bytes, not NUL-terminated.
    void (*text)(void *context, const char *bytes, int length);
} cxml_handler;

/// Why a document could not be read.
typedef struct cxml_error {
    /// libxml2's error code (xmlParserErrors), 0 when there is none.
    int code;
    int line;
    int column;
    /// libxml2's message, on one line.
    char message[512];
} cxml_error;

/// Parses the document of `length` bytes at `bytes`, handing it to libxml2 in pieces (handed
/// a whole file over 10,000,000 bytes at once, libxml2 refuses it). The network is never used,
/// external entities and DTDs are not loaded, and entities the document declares are not
/// expanded into its text. Returns 1 when the document is well-formed; else 0, with `error`
/// filled. Call from one thread at a time the first time (libxml2 initialises itself then).
int cxml_parse(const char *bytes, size_t length, const cxml_handler *handler, cxml_error *error);

#endif
