// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the fuzz harnesses (issue 8), one function per importer. libFuzzer calls them
// through fuzz_*.cpp (built with clang by scripts/fuzz.sh); tst_fuzzcorpus replays the seed and
// regression corpus in tests/data/fuzz through them with the normal compiler, so that every
// finding stays fixed without clang in the test suite. Each returns 0 and must never crash,
// hang or leak, whatever the bytes.
namespace Continuity::Fuzz {

int csv(const std::uint8_t *data, std::size_t size);
// CI list and relationship list, separated by the first line that is exactly "====".
int cmdbImport(const std::uint8_t *data, std::size_t size);
int cmdbMapping(const std::uint8_t *data, std::size_t size);
// A ServiceNow incident export into the sample plan: a result without bad rows is a plan that
// plan JSON accepts, and importing it again changes nothing.
int snowIncidents(const std::uint8_t *data, std::size_t size);
int snowChanges(const std::uint8_t *data, std::size_t size);
int planJson(const std::uint8_t *data, std::size_t size);
// vCards read as an import reads them; what reads is written and must read back the same.
int vcard(const std::uint8_t *data, std::size_t size);
// A valid plan file changed row by row and value by value as the bytes say (past the schema's
// CHECK constraints and foreign keys, as a crafted file can be), then opened as the window
// opens it; a plan that opens must export to plan JSON that reads back, and survive the
// analyses (docs/fuzzing.md).
int planFile(const std::uint8_t *data, std::size_t size);

} // namespace Continuity::Fuzz
