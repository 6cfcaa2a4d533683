// cmarkdown.h: the C shim between mtlint and libcmark, the reference implementation of
// CommonMark (Debian's libcmark-dev). Plain C types only, like CICU: Swift sees neither
// cmark.h nor its enums. A document is parsed once and walked as a flat list of events, each
// node entered and, if it can hold others, left; source positions are cmark's: 1-based lines
// and 1-based columns counted in bytes of the line.
#ifndef CMARKDOWN_H
#define CMARKDOWN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Node kinds: mtlint's own numbers, so that a new cmark release cannot renumber them.
enum {
    CMARKDOWN_OTHER = 0,
    CMARKDOWN_DOCUMENT = 1,
    CMARKDOWN_BLOCK_QUOTE = 2,
    CMARKDOWN_LIST = 3,
    CMARKDOWN_ITEM = 4,
    CMARKDOWN_CODE_BLOCK = 5,
    CMARKDOWN_HTML_BLOCK = 6,
    CMARKDOWN_PARAGRAPH = 7,
    CMARKDOWN_HEADING = 8,
    CMARKDOWN_THEMATIC_BREAK = 9,
    CMARKDOWN_TEXT = 10,
    CMARKDOWN_SOFTBREAK = 11,
    CMARKDOWN_LINEBREAK = 12,
    CMARKDOWN_CODE = 13,
    CMARKDOWN_HTML_INLINE = 14,
    CMARKDOWN_EMPH = 15,
    CMARKDOWN_STRONG = 16,
    CMARKDOWN_LINK = 17,
    CMARKDOWN_IMAGE = 18,
};

/// One step of the walk.
typedef struct {
    int32_t kind;
    /// 1 when the node is entered, 0 when it is left (leaves are only entered).
    int32_t entering;
    int32_t start_line, start_column, end_line, end_column;
    /// The node's text (text, code, HTML), UTF-8, not NUL-terminated; NULL for others. Valid
    /// until the walk is freed.
    const char *literal;
    int32_t literal_length;
} cmarkdown_event;

typedef struct cmarkdown_walk cmarkdown_walk;

/// Parses `length` bytes of UTF-8 as CommonMark; NULL only when memory runs out.
cmarkdown_walk *cmarkdown_parse(const char *text, size_t length);

/// Fills `event` with the next step; 0 when the walk is over.
int32_t cmarkdown_next(cmarkdown_walk *walk, cmarkdown_event *event);

void cmarkdown_free(cmarkdown_walk *walk);

#ifdef __cplusplus
}
#endif

#endif
