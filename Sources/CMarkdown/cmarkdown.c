// cmarkdown.c: calls libcmark (Debian's libcmark-dev). See include/cmarkdown.h.
#include "cmarkdown.h"

#include <stdlib.h>
#include <string.h>

#include <cmark.h>

struct cmarkdown_walk {
    cmark_node *document;
    cmark_iter *iterator;
};

cmarkdown_walk *cmarkdown_parse(const char *text, size_t length) {
    cmarkdown_walk *walk = calloc(1, sizeof *walk);
    if (!walk) return NULL;
    // Source positions on; no smart punctuation, so that text stays as written.
    walk->document = cmark_parse_document(text, length, CMARK_OPT_SOURCEPOS);
    walk->iterator = walk->document ? cmark_iter_new(walk->document) : NULL;
    if (!walk->iterator) {
        cmarkdown_free(walk);
        return NULL;
    }
    return walk;
}

static int32_t kind_of(cmark_node_type type) {
    switch (type) {
    case CMARK_NODE_DOCUMENT: return CMARKDOWN_DOCUMENT;
    case CMARK_NODE_BLOCK_QUOTE: return CMARKDOWN_BLOCK_QUOTE;
    case CMARK_NODE_LIST: return CMARKDOWN_LIST;
    case CMARK_NODE_ITEM: return CMARKDOWN_ITEM;
    case CMARK_NODE_CODE_BLOCK: return CMARKDOWN_CODE_BLOCK;
    case CMARK_NODE_HTML_BLOCK: return CMARKDOWN_HTML_BLOCK;
    case CMARK_NODE_PARAGRAPH: return CMARKDOWN_PARAGRAPH;
    case CMARK_NODE_HEADING: return CMARKDOWN_HEADING;
    case CMARK_NODE_THEMATIC_BREAK: return CMARKDOWN_THEMATIC_BREAK;
    case CMARK_NODE_TEXT: return CMARKDOWN_TEXT;
    case CMARK_NODE_SOFTBREAK: return CMARKDOWN_SOFTBREAK;
    case CMARK_NODE_LINEBREAK: return CMARKDOWN_LINEBREAK;
    case CMARK_NODE_CODE: return CMARKDOWN_CODE;
    case CMARK_NODE_HTML_INLINE: return CMARKDOWN_HTML_INLINE;
    case CMARK_NODE_EMPH: return CMARKDOWN_EMPH;
    case CMARK_NODE_STRONG: return CMARKDOWN_STRONG;
    case CMARK_NODE_LINK: return CMARKDOWN_LINK;
    case CMARK_NODE_IMAGE: return CMARKDOWN_IMAGE;
    default: return CMARKDOWN_OTHER;
    }
}

int32_t cmarkdown_next(cmarkdown_walk *walk, cmarkdown_event *event) {
    cmark_event_type step = cmark_iter_next(walk->iterator);
    if (step == CMARK_EVENT_DONE || step == CMARK_EVENT_NONE) return 0;
    cmark_node *node = cmark_iter_get_node(walk->iterator);
    memset(event, 0, sizeof *event);
    event->kind = kind_of(cmark_node_get_type(node));
    event->entering = step == CMARK_EVENT_ENTER;
    event->start_line = cmark_node_get_start_line(node);
    event->start_column = cmark_node_get_start_column(node);
    event->end_line = cmark_node_get_end_line(node);
    event->end_column = cmark_node_get_end_column(node);
    const char *literal = cmark_node_get_literal(node);
    if (literal) {
        event->literal = literal;
        event->literal_length = (int32_t)strlen(literal);
    }
    return 1;
}

void cmarkdown_free(cmarkdown_walk *walk) {
    if (!walk) return;
    if (walk->iterator) cmark_iter_free(walk->iterator);
    if (walk->document) cmark_node_free(walk->document);
    free(walk);
}
