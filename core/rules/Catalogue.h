// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Continuity {

// The shipped catalogue of requirements controls answer (product/14-governance.md,
// docs/governance.md): frameworks and their requirements, each with a short title in our own
// words in English, German and French. It is data (resources/catalogue/requirements.json), read
// once; a new edition is a new framework entry, not code.
struct Requirement
{
    QString id;        // "iso22301:8.5"
    QString framework; // "iso22301"
    QString clause;    // "8.5"
    QString title;     // in the reader's language (English when there is none for it)
};

struct Framework
{
    QString id;
    QString title;      // "ISO 22301:2019"
    QString shortTitle; // "ISO 22301"
    QList<Requirement> requirements;
};

class Catalogue
{
public:
    // The shipped catalogue, titles in the language of QLocale() (read once per language).
    static const Catalogue &shipped();
    // Reads a catalogue from its JSON; an empty catalogue and the message when it is not one.
    static Catalogue fromJson(const QByteArray &json, const QString &language, QString *error);

    const QList<Framework> &frameworks() const { return m_frameworks; }
    const Requirement *requirement(const QString &id) const;
    const Framework *framework(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    // "ISO 22301 8.5": the framework's short title and the clause.
    QString reference(const QString &id) const;

private:
    QList<Framework> m_frameworks;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_index;
};

} // namespace Continuity
