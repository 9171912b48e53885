// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <QString>

namespace Continuity::TestSupport {

// A small plan written as text, for data-driven analysis tests. Tokens are separated by
// spaces or commas:
//   a>b        a hard-depends on b          a~b   a soft-depends on b
//   a>b@g/2    a needs b as a member of its redundancy group g with quorum 2
//   a[P t=0 r=2 rto=4 rpo=1 loss=100 ds]
//              attributes of a: P makes it a process (default: a service), t its assigned
//              tier, r recovery hours, rto/rpo targets, loss per hour, ds a data store
// Nodes are created on first mention; ids are the names.
Plan graphPlan(const QString &spec);

} // namespace Continuity::TestSupport
