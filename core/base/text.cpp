// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/text.h"

#include <algorithm>

namespace b12::core {

namespace {
bool isContinuation(unsigned char c) {
    return (c & 0xC0U) == 0x80U;
}
} // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if (c < 0x80U) {
            ++i;
            continue;
        }
        if ((c & 0xE0U) == 0xC0U) {
            length = 2;
            minimum = 0x80;
            code = c & 0x1FU;
        } else if ((c & 0xF0U) == 0xE0U) {
            length = 3;
            minimum = 0x800;
            code = c & 0x0FU;
        } else if ((c & 0xF8U) == 0xF0U) {
            length = 4;
            minimum = 0x10000;
            code = c & 0x07U;
        } else {
            return i;
        }
        if (i + length > text.size()) {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if (!isContinuation(next)) {
                return i;
            }
            code = (code << 6U) | (next & 0x3FU);
        }
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        if (code < minimum || code > 0x10FFFF || surrogate) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

int lineOfOffset(std::string_view text, std::size_t offset) {
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
    return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

std::string foldCase(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + ('a' - 'A'));
        } else if (c == 0xC3U && i + 1 < out.size()) {
            // U+00C0..U+00DE are the Latin-1 capitals; U+00D7 is the multiplication sign.
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80U && next <= 0x9EU && next != 0x97U) {
                out[i + 1] = static_cast<char>(next + 0x20U);
            }
            ++i;
        }
    }
    return out;
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::size_t utf8CharStart(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    while (offset > 0 && offset < text.size() &&
           isContinuation(static_cast<unsigned char>(text[offset]))) {
        --offset;
    }
    return offset;
}

} // namespace b12::core
