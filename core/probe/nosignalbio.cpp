#include "probe/nosignalbio.h"

#include "probe/rawsocket.h"

#include <openssl/bio.h>

namespace {

RawSocket::Handle socketOf(BIO *bio)
{
    return RawSocket::Handle(reinterpret_cast<intptr_t>(BIO_get_data(bio)));
}

int writeSocket(BIO *bio, const char *data, int size)
{
    BIO_clear_retry_flags(bio);
    const qint64 sent = RawSocket::send(socketOf(bio), data, size);
    if (sent < 0 && RawSocket::isTransient(RawSocket::lastError()))
        BIO_set_retry_write(bio);
    return int(sent);
}

int readSocket(BIO *bio, char *data, int size)
{
    BIO_clear_retry_flags(bio);
    const qint64 received = RawSocket::receive(socketOf(bio), data, size);
    if (received < 0 && RawSocket::isTransient(RawSocket::lastError()))
        BIO_set_retry_read(bio);
    return int(received);
}

long control(BIO *, int command, long, void *)
{
    // Writes go straight to the socket: there is never anything to flush.
    return command == BIO_CTRL_FLUSH ? 1 : 0;
}

int createBio(BIO *bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

BIO_METHOD *method()
{
    static BIO_METHOD *const made = [] {
        BIO_METHOD *m
            = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "osmgmt socket, no SIGPIPE");
        if (m) {
            BIO_meth_set_write(m, writeSocket);
            BIO_meth_set_read(m, readSocket);
            BIO_meth_set_ctrl(m, control);
            BIO_meth_set_create(m, createBio);
        }
        return m;
    }();
    return made;
}

} // namespace

namespace NoSignalBio {

BIO *create(qintptr socket)
{
    BIO_METHOD *m = method();
    BIO *bio = m ? BIO_new(m) : nullptr;
    if (bio)
        BIO_set_data(bio, reinterpret_cast<void *>(intptr_t(socket)));
    return bio;
}

} // namespace NoSignalBio
