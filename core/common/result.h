#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

// The value of a Result that only says whether an action worked: Result<Done>.
struct Done
{
};

// A value or the reason there is none. Parsing in osmgmt returns one of these instead of
// spreading `bool *ok` out-parameters (STYLE.md); the error names the problem in words the
// administrator can act on. Those words are the error unless a room keeps failures in kinds
// the caller tells apart: the directory's Result<T, DirectoryError> (DirectoryResult).
template<typename T, typename E = QString> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    // A typed error converts as a value does (`return error;`); words alone go through
    // failure(), so that a Result<QString> never takes its error for its value.
    template<typename F,
             std::enable_if_t<std::is_same_v<F, E> && !std::is_same_v<E, QString>, int> = 0>
    Result(F error)
        : m_state(Error { std::move(error) })
    { }
    static Result failure(E error) { return Result(Error { std::move(error) }); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // The error; E() (an empty text, a DirectoryError of no kind) when there is a value.
    E error() const { return ok() ? E() : std::get<Error>(m_state).error; }

private:
    struct Error
    {
        E error;
    };
    explicit Result(Error error)
        : m_state(std::move(error))
    { }

    std::variant<T, Error> m_state;
};

// The failure of reading a document at `path`, the path first: "listen.port: missing".
template<typename T> Result<T> failureAt(const QString &path, const QString &problem)
{
    return Result<T>::failure(path + QStringLiteral(": ") + problem);
}
