#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

// One value of an enum with its stable key (what files, the store and the CLI keep: "online",
// "protocol-error") and, where the administrator reads it, its words (marked with
// QT_TRANSLATE_NOOP in the enum's context).
template<typename E> struct EnumKey
{
    E value;
    const char *key;
    const char *words = nullptr;
};

// The one table of an enum's keys and words, read both ways, so that a key, its value and its
// words never drift apart.
template<typename E, std::size_t N> class EnumKeys
{
public:
    constexpr EnumKeys(const char *context, std::array<EnumKey<E>, N> table)
        : m_context(context)
        , m_table(table)
    { }

    QString key(E value) const { return QLatin1String(find(value).key); }
    std::optional<E> fromKey(const QString &key) const
    {
        for (const EnumKey<E> &entry : m_table) {
            if (key == QLatin1String(entry.key))
                return entry.value;
        }
        return std::nullopt;
    }
    // The words for `value` in the administrator's language.
    QString words(E value) const
    {
        return QCoreApplication::translate(m_context, find(value).words);
    }

private:
    const EnumKey<E> &find(E value) const
    {
        for (const EnumKey<E> &entry : m_table) {
            if (entry.value == value)
                return entry;
        }
        Q_UNREACHABLE();
    }

    const char *m_context;
    std::array<EnumKey<E>, N> m_table;
};
