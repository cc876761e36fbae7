/* A disk whose sync to stable storage takes SLOW_SYNC_US microseconds (default 2000), as a
 * spinning disk or a networked volume does, for measuring what group commit saves where a sync
 * is not nearly free. Preloaded into the benchmark only (see run.sh beside it); never into Trellis. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

static useconds_t delay(void) {
    const char *value = getenv("SLOW_SYNC_US");
    return value ? (useconds_t)atoi(value) : 2000;
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    usleep(delay());
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    usleep(delay());
    return real(fd);
}
