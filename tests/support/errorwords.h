#pragma once

#include <QStringList>
#include <QtTest>

#include <initializer_list>

// Refusals name the problem: tests list the words an error text must carry.
inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

// Fails the test, naming the missing word, unless `error` carries every one of `words`.
#define QVERIFY_MENTIONS(error, words)                                                             \
    do {                                                                                           \
        const QString mentionsError = (error);                                                     \
        /* A named copy: `words({...}) << x` is a reference into a temporary, which a range-for */ \
        /* would not keep alive. */                                                                \
        const QStringList mentionsWords = (words);                                                 \
        for (const QString &mentionsWord : mentionsWords) {                                        \
            QVERIFY2(mentionsError.contains(mentionsWord),                                         \
                     qPrintable(                                                                   \
                         QStringLiteral("\"%1\" lacks \"%2\"").arg(mentionsError, mentionsWord))); \
        }                                                                                          \
    } while (false)
