// chtml.c: calls gumbo (Debian's libgumbo-dev). See include/chtml.h.
#include "chtml.h"

#include <stdlib.h>
#include <string.h>

#include <gumbo.h>

struct chtml_walk {
    GumboOptions options;
    GumboOutput *output;
    const char *input;
    /// The node to visit next and whether it is being entered or left; NULL when done. The
    /// walk follows parent links and sibling indexes, so that no nesting depth can overflow
    /// a stack.
    GumboNode *node;
    int entering;
};

chtml_walk *chtml_parse(const char *html, size_t length) {
    chtml_walk *walk = calloc(1, sizeof *walk);
    if (!walk) return NULL;
    walk->options = kGumboDefaultOptions;
    // Parse errors are not read: gumbo need not keep a list of them.
    walk->options.max_errors = 0;
    walk->input = html;
    walk->output = gumbo_parse_with_options(&walk->options, html, length);
    if (!walk->output) {
        free(walk);
        return NULL;
    }
    walk->node = walk->output->document;
    walk->entering = 1;
    return walk;
}

static GumboVector *children_of(GumboNode *node) {
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: return &node->v.element.children;
    default: return NULL;
    }
}

static int is_element(GumboNode *node) {
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

static const char *name_of(GumboNode *node) {
    GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_UNKNOWN ? "" : gumbo_normalized_tagname(tag);
}

int32_t chtml_next(chtml_walk *walk, chtml_event *event) {
    while (walk->node) {
        GumboNode *node = walk->node;
        int emitted = 0;
        memset(event, 0, sizeof *event);
        if (walk->entering) {
            if (is_element(node)) {
                event->kind = CHTML_ELEMENT_START;
                event->name = name_of(node);
                event->is_html = node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
                const GumboStringPiece *tag = &node->v.element.original_tag;
                if (tag->data && tag->length > 0) {
                    event->source_offset = tag->data - walk->input;
                    event->source_length = (int64_t)tag->length;
                }
                emitted = 1;
            } else if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
                const GumboText *text = &node->v.text;
                event->kind = CHTML_TEXT;
                event->text = text->text;
                event->text_length = (int64_t)strlen(text->text);
                if (text->original_text.data) {
                    event->source_offset = text->original_text.data - walk->input;
                    event->source_length = (int64_t)text->original_text.length;
                } else {
                    event->source_offset = -1;
                }
                emitted = 1;
            }
            GumboVector *children = children_of(node);
            if (children && children->length > 0) {
                walk->node = children->data[0];
            } else {
                walk->entering = 0;
            }
        } else {
            if (is_element(node)) {
                event->kind = CHTML_ELEMENT_END;
                event->name = name_of(node);
                event->is_html = node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
                const GumboStringPiece *tag = &node->v.element.original_end_tag;
                if (tag->data && tag->length > 0) {
                    event->source_offset = tag->data - walk->input;
                    event->source_length = (int64_t)tag->length;
                }
                emitted = 1;
            }
            GumboNode *parent = node->parent;
            if (node == walk->output->document || !parent) {
                walk->node = NULL;
            } else {
                GumboVector *siblings = children_of(parent);
                size_t next = node->index_within_parent + 1;
                if (siblings && next < siblings->length) {
                    walk->node = siblings->data[next];
                    walk->entering = 1;
                } else {
                    walk->node = parent;
                }
            }
        }
        if (emitted) return 1;
    }
    return 0;
}

void chtml_free(chtml_walk *walk) {
    if (!walk) return;
    gumbo_destroy_output(&walk->options, walk->output);
    free(walk);
}
