// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace b12::core {

/// A problem found in input that came from outside the program: which file, which line
/// (1-based, 0 when the problem is not tied to a line) and what is wrong, in plain words.
struct Error {
    std::string file;
    int line = 0;
    std::string message;

    /// "file:line: message", or "file: message" when there is no line.
    [[nodiscard]] std::string toString() const;
};

/// Either a value or an Error. Core reports bad input through this, never by throwing
/// across its API or by exiting.
template <class T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<T>(m_data); }
    [[nodiscard]] T& value() & { return std::get<T>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace b12::core
