#include "cxml.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

// What the callbacks need: the caller's handler, and the context of the document itself.
// libxml2 checks the text of a declared entity, at its first reference, with a context of its
// own that shares `_private` (and reports nothing for later references): callbacks from any
// context but the document's are ignored, so an entity's text never reaches the caller,
// whatever it holds. Foundation's XMLParser, which mtlint used before, dropped such
// references too, and crashed on a processing instruction without data (`<?a?>`), even one
// inside an entity.
typedef struct parse_state {
    const cxml_handler *handler;
    xmlParserCtxtPtr document;
} parse_state;

static const cxml_handler *handler_of(void *ctx) {
    if (ctx == NULL) return NULL;
    const parse_state *state = (const parse_state *)((xmlParserCtxtPtr)ctx)->_private;
    if (state == NULL || state->document != ctx) return NULL;
    return state->handler;
}

/// `prefix:local`, or `local`; NULL when memory runs out.
static char *qualified(const xmlChar *prefix, const xmlChar *local) {
    size_t prefix_length = prefix ? strlen((const char *)prefix) : 0;
    size_t local_length = strlen((const char *)local);
    char *name = malloc(prefix_length + (prefix ? 1 : 0) + local_length + 1);
    if (name == NULL) return NULL;
    char *end = name;
    if (prefix) {
        memcpy(end, prefix, prefix_length);
        end += prefix_length;
        *end++ = ':';
    }
    memcpy(end, local, local_length + 1);
    return name;
}

static void start_element(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                          int namespace_count, const xmlChar **namespaces, int count, int defaulted,
                          const xmlChar **attributes) {
    (void)uri; (void)namespace_count; (void)namespaces; (void)defaulted;
    const cxml_handler *handler = handler_of(ctx);
    if (handler == NULL || handler->start_element == NULL) return;
    char *name = qualified(prefix, local);
    char **names = calloc((size_t)count + 1, sizeof(char *));
    char **values = calloc((size_t)count + 1, sizeof(char *));
    int ok = name != NULL && names != NULL && values != NULL;
    int made = 0;
    // Five pointers per attribute: local name, prefix, URI, value start, value end.
    for (; ok && made < count; made++) {
        const xmlChar **attribute = attributes + 5 * made;
        size_t length = (size_t)(attribute[4] - attribute[3]);
        names[made] = qualified(attribute[1], attribute[0]);
        values[made] = malloc(length + 1);
        if (names[made] == NULL || values[made] == NULL) {
            ok = 0;
            made++;
            break;
        }
        memcpy(values[made], attribute[3], length);
        values[made][length] = 0;
    }
    if (ok) {
        handler->start_element(handler->context, name, count, (const char *const *)names, (const char *const *)values);
    } else {
        xmlStopParser((xmlParserCtxtPtr)ctx);
    }
    for (int index = 0; index < made; index++) {
        free(names[index]);
        free(values[index]);
    }
    free(names);
    free(values);
    free(name);
}

static void end_element(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)uri;
    const cxml_handler *handler = handler_of(ctx);
    if (handler == NULL || handler->end_element == NULL) return;
    char *name = qualified(prefix, local);
    if (name == NULL) {
        xmlStopParser((xmlParserCtxtPtr)ctx);
        return;
    }
    handler->end_element(handler->context, name);
    free(name);
}

static void text(void *ctx, const xmlChar *bytes, int length) {
    const cxml_handler *handler = handler_of(ctx);
    if (handler == NULL || handler->text == NULL) return;
    handler->text(handler->context, (const char *)bytes, length);
}

// Errors are read from the context when parsing ends, never printed.
static void silent_structured(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static void silent(void *context, const char *message, ...) { (void)context; (void)message; }

static void fill(cxml_error *error, int code, int line, int column, const char *message) {
    error->code = code;
    error->line = line;
    error->column = column;
    size_t length = 0;
    if (message != NULL) {
        // One line: libxml2 ends its messages with a line break, and some have more.
        for (; message[length] != 0 && length + 1 < sizeof error->message; length++) {
            char byte = message[length];
            error->message[length] = (byte == '\n' || byte == '\r' || byte == '\t') ? ' ' : byte;
        }
    }
    while (length > 0 && error->message[length - 1] == ' ') length--;
    error->message[length] = 0;
}

int cxml_parse(const char *bytes, size_t length, const cxml_handler *handler, cxml_error *error) {
    fill(error, 0, 0, 0, NULL);
    xmlInitParser();
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    // libxml2's own SAX2 handlers keep the document's DTD (entity declarations) as they must;
    // the caller's replace those for content, and nothing else reaches the caller.
    xmlSAXVersion(&sax, 2);
    sax.startElementNs = start_element;
    sax.endElementNs = end_element;
    sax.characters = text;
    sax.cdataBlock = text;
    sax.ignorableWhitespace = text;
    sax.processingInstruction = NULL;
    sax.comment = NULL;
    sax.reference = NULL;
    sax.serror = silent_structured;
    sax.error = silent;
    sax.warning = silent;
    sax.fatalError = silent;

    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL);
    if (context == NULL) {
        fill(error, XML_ERR_NO_MEMORY, 0, 0, "out of memory");
        return 0;
    }
    parse_state state = {handler, context};
    context->_private = &state;
    xmlCtxtUseOptions(context, XML_PARSE_NONET);

    const size_t piece = 1 << 16;
    size_t offset = 0;
    int failed = 0;
    while (!failed && offset < length) {
        size_t count = length - offset < piece ? length - offset : piece;
        failed = xmlParseChunk(context, bytes + offset, (int)count, 0) != 0;
        offset += count;
    }
    if (!failed) failed = xmlParseChunk(context, NULL, 0, 1) != 0;
    int well_formed = !failed && context->wellFormed;
    if (!well_formed) {
        xmlErrorPtr last = xmlCtxtGetLastError(context);
        if (last != NULL && last->code != 0) {
            fill(error, last->code, last->line, last->int2, last->message);
        } else {
            fill(error, XML_ERR_INTERNAL_ERROR, context->input ? context->input->line : 0,
                 context->input ? context->input->col : 0, "the XML parser stopped");
        }
    }
    if (context->myDoc != NULL) {
        xmlFreeDoc(context->myDoc);
        context->myDoc = NULL;
    }
    xmlFreeParserCtxt(context);
    return well_formed;
}
