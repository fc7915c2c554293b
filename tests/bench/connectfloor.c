/* connectfloor: the least a connect sweep can cost on this machine, for tests/bench/sweep.
 *
 *   connectfloor PORT TIMEOUT_MS CONCURRENCY NETWORK/LENGTH [THREADS]
 *
 * THREADS threads (default 1), each with its own epoll set, a share of CONCURRENCY and every
 * THREADS-th address, as osmgmt's engine shards a sweep (issue 18); each makes the same system
 * calls per address as the engine (socket, SO_LINGER, connect, epoll_ctl; getsockopt and close
 * at the end) and nothing else: no classification, no agent handshake, no results kept, no
 * store. It prints its wall seconds and how the connects ended. Run it inside the lab
 * (tests/lab/run-lab) only.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct slot
{
    int fd;
    unsigned generation; /* a FIFO entry of an earlier use of the slot is stale */
};

struct pending
{
    int index;
    unsigned generation;
    double deadline;
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One thread's sweep: its own slots, deadline FIFO and counts. */
struct floor
{
    long counts[4]; /* connected, refused, timeout, other error */
    struct slot *slots;
    struct pending *fifo; /* deadline order: every deadline is start + timeout */
    long fifo_head, fifo_tail, capacity;
    uint64_t first, stride; /* its addresses: first, first + stride, ... */
    int failed;
};

static int port, v6;
static double timeout;
static unsigned char base[16];
static uint64_t total;

static void finish(struct floor *f, int index, int outcome)
{
    close(f->slots[index].fd);
    f->slots[index].fd = -1;
    f->slots[index].generation++;
    f->counts[outcome]++;
}

static int address_at(int v6, const unsigned char *base, uint64_t offset,
                      struct sockaddr_storage *out, int port)
{
    memset(out, 0, sizeof *out);
    if (!v6) {
        struct sockaddr_in *a = (struct sockaddr_in *)out;
        uint32_t first;
        memcpy(&first, base, 4);
        a->sin_family = AF_INET;
        a->sin_port = htons((uint16_t)port);
        a->sin_addr.s_addr = htonl(ntohl(first) + (uint32_t)offset);
        return sizeof *a;
    }
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)out;
    a->sin6_family = AF_INET6;
    a->sin6_port = htons((uint16_t)port);
    memcpy(&a->sin6_addr, base, 16);
    uint32_t low;
    memcpy(&low, base + 12, 4);
    low = htonl(ntohl(low) + (uint32_t)offset);
    memcpy((unsigned char *)&a->sin6_addr + 12, &low, 4);
    return sizeof *a;
}

static void *sweep(void *argument)
{
    struct floor *f = argument;
    const long capacity = f->capacity;
    f->slots = calloc((size_t)capacity, sizeof *f->slots);
    f->fifo = calloc((size_t)(total / f->stride + 1), sizeof *f->fifo); /* no wrap */
    int *free_slots = calloc((size_t)capacity, sizeof *free_slots);
    long free_count = 0;
    for (long i = capacity - 1; i >= 0; --i) {
        f->slots[i].fd = -1;
        free_slots[free_count++] = (int)i;
    }
    const int epoll = epoll_create1(0);
    struct epoll_event events[4096];
    const struct linger abortive = { 1, 0 };
    uint64_t next = f->first;
    long open = 0;
    while (next < total || open > 0) {
        while (next < total && free_count > 0) {
            struct sockaddr_storage target;
            const int size = address_at(v6, base, next, &target, port);
            next += f->stride;
            const int index = free_slots[--free_count];
            const int fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (fd < 0) {
                perror("socket");
                f->failed = 1;
                return NULL;
            }
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
            f->slots[index].fd = fd;
            ++open;
            if (connect(fd, (struct sockaddr *)&target, (socklen_t)size) == 0
                || errno != EINPROGRESS) {
                finish(f, index, errno == ECONNREFUSED ? 1 : errno == 0 ? 0 : 3);
                free_slots[free_count++] = index;
                --open;
                continue;
            }
            struct epoll_event event = { .events = EPOLLOUT, .data.u32 = (uint32_t)index };
            epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
            const struct pending entry = { index, f->slots[index].generation, now() + timeout };
            f->fifo[f->fifo_tail++] = entry;
        }
        int wait_ms = 50;
        if (f->fifo_head < f->fifo_tail) {
            const double until = f->fifo[f->fifo_head].deadline - now();
            wait_ms = until <= 0 ? 0 : (int)(until * 1000) + 1;
        }
        const int ready = epoll_wait(epoll, events, 4096, wait_ms);
        for (int i = 0; i < ready; ++i) {
            const int index = (int)events[i].data.u32;
            int error = 0;
            socklen_t size = sizeof error;
            getsockopt(f->slots[index].fd, SOL_SOCKET, SO_ERROR, &error, &size);
            finish(f, index, error == 0 ? 0 : error == ECONNREFUSED ? 1 : 3);
            free_slots[free_count++] = index;
            --open;
        }
        const double moment = now();
        while (f->fifo_head < f->fifo_tail) {
            const struct pending entry = f->fifo[f->fifo_head];
            const int index = entry.index;
            if (entry.generation != f->slots[index].generation) {
                ++f->fifo_head;
                continue;
            }
            if (entry.deadline > moment)
                break;
            ++f->fifo_head;
            finish(f, index, 2);
            free_slots[free_count++] = index;
            --open;
        }
    }
    close(epoll);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6) {
        fprintf(stderr,
                "usage: connectfloor PORT TIMEOUT_MS CONCURRENCY NETWORK/LENGTH [THREADS]\n");
        return 2;
    }
    port = atoi(argv[1]);
    timeout = atof(argv[2]) / 1000.0;
    const long capacity = atol(argv[3]);
    const int threads = argc == 6 ? atoi(argv[5]) : 1;
    char network[64];
    snprintf(network, sizeof network, "%s", argv[4]);
    char *slash = strchr(network, '/');
    if (!slash || capacity < 1 || threads < 1 || threads > 256 || threads > capacity)
        return 2;
    *slash = 0;
    const int length = atoi(slash + 1);
    v6 = strchr(network, ':') != NULL;
    if (inet_pton(v6 ? AF_INET6 : AF_INET, network, base) != 1 || (v6 ? 128 : 32) - length > 20)
        return 2;
    total = 1ull << ((v6 ? 128 : 32) - length);

    struct floor *floors = calloc((size_t)threads, sizeof *floors);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    const double started = now();
    for (int t = 0; t < threads; ++t) {
        /* The engine's split: the cap shared out, the first threads take what is left over. */
        floors[t].capacity = capacity / threads + (t < capacity % threads);
        floors[t].first = (uint64_t)t;
        floors[t].stride = (uint64_t)threads;
        if (t > 0 && pthread_create(&ids[t], NULL, sweep, &floors[t]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    sweep(&floors[0]);
    long counts[4] = { 0, 0, 0, 0 };
    int failed = floors[0].failed;
    for (int t = 0; t < threads; ++t) {
        if (t > 0)
            pthread_join(ids[t], NULL);
        failed |= floors[t].failed;
        for (int k = 0; k < 4; ++k)
            counts[k] += floors[t].counts[k];
    }
    if (failed)
        return 1;
    printf("%.3f s: %llu addresses, %d threads, %ld connected, %ld refused, %ld timeout, "
           "%ld other\n",
           now() - started, (unsigned long long)total, threads, counts[0], counts[1], counts[2],
           counts[3]);
    return 0;
}
