#pragma once

#include <QtGlobal>

typedef struct bio_st BIO;

// A BIO over a connected non-blocking socket that sends without SIGPIPE (RawSocket::send:
// MSG_NOSIGNAL, SO_NOSIGPIPE on macOS, nothing to do on Windows). OpenSSL's own
// socket BIO writes without it, and a peer that resets the connection mid-handshake would
// then kill the whole process with SIGPIPE; a sweep meets thousands of such peers, and the
// engine must not change the process's signal handling for everyone else.
namespace NoSignalBio {
// A new BIO on `socket` (a RawSocket::Handle, not owned: closing it stays the caller's job), or
// null.
BIO *create(qintptr socket);
} // namespace NoSignalBio
