// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for Continuity::Fuzz::snowChanges (scripts/fuzz.sh).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Continuity::Fuzz::snowChanges(data, size);
}
