// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QString>

namespace Continuity {

// consumer → provider (PRODUCT §2). A hard dependency may belong to one of the consumer's
// redundancy groups, named by `group`; empty means ungrouped.
struct Dependency
{
    QString consumer;
    QString provider;
    Strength strength = Strength::Hard;
    QString group;

    friend bool operator==(const Dependency &, const Dependency &) = default;
};

// A consumer's named set of hard dependencies of which it needs `quorum` (PRODUCT §2).
struct RedundancyGroup
{
    QString consumer;
    QString name;
    int quorum = 1;

    friend bool operator==(const RedundancyGroup &, const RedundancyGroup &) = default;
};

} // namespace Continuity
