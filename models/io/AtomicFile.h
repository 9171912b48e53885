// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Continuity {

// Every file the program writes (exports, maps, reports, copies of plans) is whole or absent
// (docs/decisions/untrusted-files.md): the bytes go to a temporary file in the target's
// folder, are written and synced with every step checked, the size is checked, and only then
// is it renamed over the target. On any failure the temporary file goes, the file that was
// there before is untouched, and the message names the file and what happened ("the disk is
// full").
namespace AtomicFile {

bool write(const QString &path, const QByteArray &bytes, QString *errorMessage);

// Makes a file written already at `temporary` (in the target's folder) the target: synced,
// checked to hold `expectedSize` bytes when given, renamed over `path`, the folder synced. On
// failure `temporary` is removed.
bool commit(const QString &temporary, const QString &path, std::optional<qint64> expectedSize,
            QString *errorMessage);

// The message for an operating system error number while writing `path`.
QString describeError(const QString &path, int error);

// Tests: make the next writes fail after `bytes` bytes as a full disk would (nullopt: never).
void failWritesAfterForTesting(std::optional<qint64> bytes);

} // namespace AtomicFile
} // namespace Continuity
