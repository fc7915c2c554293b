#pragma once

#include <QString>

#include <utility>
#include <variant>

// The value of a Result that only says whether an action worked: Result<Done>.
struct Done
{
};

// A value or the reason there is none. Parsing in osmgmt returns one of these instead of
// spreading `bool *ok` out-parameters (STYLE.md); the error names the problem in words the
// administrator can act on.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    static Result failure(QString error) { return Result(Error { std::move(error) }); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(m_state).text; }

private:
    struct Error
    {
        QString text;
    };
    explicit Result(Error error)
        : m_state(std::move(error))
    { }

    std::variant<T, Error> m_state;
};
