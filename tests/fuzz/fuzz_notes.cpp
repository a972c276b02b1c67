// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The person's notes for their summary (notes.json in their data folder): parsePersonalNotes,
// and a save that must read back to the same notes.
//
// Input format: the bytes of a notes file.
#include "core/summary/personalnotes.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace b12::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands bytes over
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto parsed = parsePersonalNotes(input, "notes.json");
    if (!parsed) {
        (void)parsed.error().toString();
        return 0;
    }
    auto again = parsePersonalNotes(serializePersonalNotes(parsed.value()), "notes.json");
    if (!again || !(again.value() == parsed.value())) {
        std::abort(); // what the app saves, it must read back unchanged
    }
    return 0;
}
