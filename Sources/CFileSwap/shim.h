#ifndef YEARBOOK_CFILESWAP_SHIM_H
#define YEARBOOK_CFILESWAP_SHIM_H
// Swaps two paths in one step, so that a reader of either path always finds one of the two
// trees whole: the output folder is replaced this way. The Glibc module leaves renameat2 out
// (glibc declares it only for _GNU_SOURCE), so it is declared here; the call is linked
// directly, which a static executable needs (dlsym finds nothing there).
#if defined(__linux__)
#include <fcntl.h>
extern int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
static inline int yearbook_exchange(const char *a, const char *b) {
  return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */);
}
#elif defined(__APPLE__)
#include <stdio.h>
static inline int yearbook_exchange(const char *a, const char *b) {
  return renamex_np(a, b, RENAME_SWAP);
}
#else
#include <errno.h>
static inline int yearbook_exchange(const char *a, const char *b) {
  (void)a;
  (void)b;
  errno = ENOSYS;
  return -1;
}
#endif
#endif
