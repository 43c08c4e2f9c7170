// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace twinatlas::fuzz {

/**
 * One input through every reader of lists: the first byte picks the format (CSV, pasted list,
 * Wikidata JSON, detected), the rest is the file. Whatever the bytes, a reader must either
 * read them or refuse them with a fault that says where; anything else aborts, which the fuzzer
 * reports as a crash. Shared by the libFuzzer target and the corpus replay test.
 */
int runOne(const uint8_t *data, size_t size);

} // namespace twinatlas::fuzz
