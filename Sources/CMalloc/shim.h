#ifndef YEARBOOK_CMALLOC_SHIM_H
#define YEARBOOK_CMALLOC_SHIM_H
// glibc's malloc tuning (mallopt and its M_* parameters): <malloc.h>, which the Glibc module
// leaves out.
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
