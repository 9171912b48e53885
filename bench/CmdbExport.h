// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Continuity::Bench {

// A seeded ServiceNow-shaped export in DIR: cis.csv (CI list with classes, criticality and the
// kept attributes, UTF-8 with a BOM, CRLF) and rels.csv (cmdb_rel_ci with sys_id references
// and a mix of relationship types), as the CMDB import reads them (PRODUCT §7).
void writeCmdbExport(const QString &dir, int cis, int relationships, quint64 seed);

} // namespace Continuity::Bench
