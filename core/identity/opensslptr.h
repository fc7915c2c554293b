#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QString>

#include <memory>

// Owning handles for the OpenSSL objects the identity code makes, so that every early return
// frees what it allocated.
namespace OpenSsl {

struct Free
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
    void operator()(PKCS12 *bundle) const { PKCS12_free(bundle); }
    void operator()(BIGNUM *number) const { BN_free(number); }
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

using Bio = std::unique_ptr<BIO, Free>;
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Certificate = std::unique_ptr<X509, Free>;
using Store = std::unique_ptr<X509_STORE, Free>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Free>;
using Pkcs12 = std::unique_ptr<PKCS12, Free>;
using BigNumber = std::unique_ptr<BIGNUM, Free>;
using CertificateStack = std::unique_ptr<STACK_OF(X509), Free>;

// The oldest queued OpenSSL error in words, and clears the queue ("unknown" when it is empty).
QString lastError();

QByteArray certificatePem(X509 *certificate);
QByteArray privateKeyPem(EVP_PKEY *key);
Certificate certificateFromPem(const QByteArray &pem);
Key privateKeyFromPem(const QByteArray &pem);

} // namespace OpenSsl
