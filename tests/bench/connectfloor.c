/* connectfloor: the least a connect sweep can cost on this machine, for tests/bench/sweep.
 *
 *   connectfloor PORT TIMEOUT_MS CONCURRENCY NETWORK/LENGTH
 *
 * One thread, one epoll set, the same system calls per address as osmgmt's engine (socket,
 * SO_LINGER, connect, epoll_ctl; getsockopt and close at the end) and nothing else: no
 * classification, no agent handshake, no results kept, no store. It prints its wall seconds
 * and how the connects ended. Run it inside the lab (tests/lab/run-lab) only.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
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

static long counts[4]; /* connected, refused, timeout, other error */
static struct slot *slots;
static struct pending *fifo; /* deadline order: every deadline is start + timeout */
static long fifo_head, fifo_tail, capacity;

static void finish(int index, int outcome)
{
    close(slots[index].fd);
    slots[index].fd = -1;
    slots[index].generation++;
    counts[outcome]++;
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

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: connectfloor PORT TIMEOUT_MS CONCURRENCY NETWORK/LENGTH\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const double timeout = atof(argv[2]) / 1000.0;
    capacity = atol(argv[3]);
    char network[64];
    snprintf(network, sizeof network, "%s", argv[4]);
    char *slash = strchr(network, '/');
    if (!slash || capacity < 1)
        return 2;
    *slash = 0;
    const int length = atoi(slash + 1);
    unsigned char base[16];
    const int v6 = strchr(network, ':') != NULL;
    if (inet_pton(v6 ? AF_INET6 : AF_INET, network, base) != 1 || (v6 ? 128 : 32) - length > 20)
        return 2;
    const uint64_t total = 1ull << ((v6 ? 128 : 32) - length);

    slots = calloc((size_t)capacity, sizeof *slots);
    fifo = calloc((size_t)total, sizeof *fifo); /* one entry per address: no wrap */
    int *free_slots = calloc((size_t)capacity, sizeof *free_slots);
    long free_count = 0;
    for (long i = capacity - 1; i >= 0; --i) {
        slots[i].fd = -1;
        free_slots[free_count++] = (int)i;
    }
    const int epoll = epoll_create1(0);
    struct epoll_event events[4096];
    const struct linger abortive = { 1, 0 };
    const double started = now();
    uint64_t next = 0;
    long open = 0;
    while (next < total || open > 0) {
        while (next < total && free_count > 0) {
            struct sockaddr_storage target;
            const int size = address_at(v6, base, next++, &target, port);
            const int index = free_slots[--free_count];
            const int fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (fd < 0) {
                perror("socket");
                return 1;
            }
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
            slots[index].fd = fd;
            ++open;
            if (connect(fd, (struct sockaddr *)&target, (socklen_t)size) == 0
                || errno != EINPROGRESS) {
                finish(index, errno == ECONNREFUSED ? 1 : errno == 0 ? 0 : 3);
                free_slots[free_count++] = index;
                --open;
                continue;
            }
            struct epoll_event event = { .events = EPOLLOUT, .data.u32 = (uint32_t)index };
            epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
            const struct pending entry = { index, slots[index].generation, now() + timeout };
            fifo[fifo_tail++] = entry;
        }
        int wait_ms = 50;
        if (fifo_head < fifo_tail) {
            const double until = fifo[fifo_head].deadline - now();
            wait_ms = until <= 0 ? 0 : (int)(until * 1000) + 1;
        }
        const int ready = epoll_wait(epoll, events, 4096, wait_ms);
        for (int i = 0; i < ready; ++i) {
            const int index = (int)events[i].data.u32;
            int error = 0;
            socklen_t size = sizeof error;
            getsockopt(slots[index].fd, SOL_SOCKET, SO_ERROR, &error, &size);
            finish(index, error == 0 ? 0 : error == ECONNREFUSED ? 1 : 3);
            free_slots[free_count++] = index;
            --open;
        }
        const double moment = now();
        while (fifo_head < fifo_tail) {
            const struct pending entry = fifo[fifo_head];
            const int index = entry.index;
            if (entry.generation != slots[index].generation) {
                ++fifo_head;
                continue;
            }
            if (entry.deadline > moment)
                break;
            ++fifo_head;
            finish(index, 2);
            free_slots[free_count++] = index;
            --open;
        }
    }
    printf("%.3f s: %llu addresses, %ld connected, %ld refused, %ld timeout, %ld other\n",
           now() - started, (unsigned long long)total, counts[0], counts[1], counts[2], counts[3]);
    return 0;
}
