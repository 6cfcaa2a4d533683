// chtml.h: the C shim between mtlint and gumbo, an HTML5 parser (Debian's libgumbo-dev) that
// reads any page the way browsers do, errors included, and keeps where each text node stands in
// the input. Plain C types only, like CICU. A page is parsed once and walked as a flat list of
// events: elements entered and left, text nodes with their decoded text and their place.
#ifndef CHTML_H
#define CHTML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    CHTML_ELEMENT_START = 1,
    CHTML_ELEMENT_END = 2,
    /// Text, or white space only (gumbo tells them apart; both are text of the page).
    CHTML_TEXT = 3,
};

/// One step of the walk.
typedef struct {
    int32_t kind;
    /// Elements: the lower-case tag name (`p`, `br`), "" for a tag HTML does not define.
    const char *name;
    /// Elements: 1 in HTML's namespace, 0 inside SVG or MathML.
    int32_t is_html;
    /// Text: its characters with references decoded and line ends made LF, UTF-8, not
    /// NUL-terminated. Valid until the walk is freed.
    const char *text;
    int64_t text_length;
    /// Text: the bytes of the input it was read from (it may hold a tag the parser ignored);
    /// element start: its start tag; element end: its end tag; length 0 when the parser
    /// implied the tag.
    int64_t source_offset;
    int64_t source_length;
} chtml_event;

typedef struct chtml_walk chtml_walk;

/// Parses `length` bytes of UTF-8 as an HTML5 document; NULL only when memory runs out.
chtml_walk *chtml_parse(const char *html, size_t length);

/// Fills `event` with the next step; 0 when the walk is over.
int32_t chtml_next(chtml_walk *walk, chtml_event *event);

void chtml_free(chtml_walk *walk);

/// The HTML5 named character reference `name` (without `&`, with its `;` if it has one):
/// writes its one or two code points and returns how many, or 0 for a name HTML does not
/// define. `AElig` and `AElig;` are both names (the legacy ones also stand without `;`).
int32_t chtml_entity(const char *name, int32_t length, uint32_t *codepoints);

#ifdef __cplusplus
}
#endif

#endif
