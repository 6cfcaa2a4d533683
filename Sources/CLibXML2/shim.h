// libxml2, found with pkg-config (libxml-2.0; Debian package libxml2-dev). Only CXML
// includes it; see Package.swift.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
