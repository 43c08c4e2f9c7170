// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry point; built only by tests/fuzz/run-fuzz.sh with clang's -fsanitize=fuzzer.
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return twinatlas::fuzz::runOne(data, size);
}
