#ifndef YEARBOOK_CCMARK_SHIM_H
#define YEARBOOK_CCMARK_SHIM_H
#include <cmark.h>
#endif
