// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>

#include <map>
#include <memory>

namespace Continuity {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Catalogue)
};

} // namespace

Catalogue Catalogue::fromJson(const QByteArray &json, const QString &language, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() !=
                               QLatin1String("continuity-requirements")) {
        if (error)
            *error = Tr::tr("The requirements catalogue is not a catalogue of Continuity's.");
        return {};
    }
    Catalogue out;
    const QJsonArray frameworks = root.value(QLatin1String("frameworks")).toArray();
    for (const QJsonValue &f : frameworks) {
        Framework framework;
        framework.id = f[QLatin1String("id")].toString();
        framework.title = f[QLatin1String("title")].toString();
        framework.shortTitle = f[QLatin1String("short")].toString();
        if (framework.shortTitle.isEmpty())
            framework.shortTitle = framework.title;
        for (const QJsonValue &r : f[QLatin1String("requirements")].toArray()) {
            Requirement req;
            req.id = r[QLatin1String("id")].toString();
            req.framework = framework.id;
            req.clause = r[QLatin1String("clause")].toString();
            const QJsonObject titles = r[QLatin1String("title")].toObject();
            req.title = titles.value(language).toString();
            if (req.title.isEmpty())
                req.title = titles.value(QLatin1String("en")).toString();
            if (req.id.isEmpty() || out.m_index.contains(req.id))
                continue;
            out.m_index.insert(req.id, {out.m_frameworks.size(), framework.requirements.size()});
            framework.requirements.append(std::move(req));
        }
        out.m_frameworks.append(std::move(framework));
    }
    return out;
}

const Catalogue &Catalogue::shipped()
{
    // One per language, read once each: the window may switch language while it runs, and
    // workers ask too.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const Catalogue>> byLanguage;
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QMutexLocker lock(&mutex);
    std::unique_ptr<const Catalogue> &slot = byLanguage[language];
    if (!slot) {
        QFile file(QStringLiteral(":/catalogue/requirements.json"));
        slot = std::make_unique<const Catalogue>(file.open(QIODevice::ReadOnly)
                                                     ? fromJson(file.readAll(), language, nullptr)
                                                     : Catalogue());
    }
    return *slot;
}

const Requirement *Catalogue::requirement(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return nullptr;
    return &m_frameworks.at(it->first).requirements.at(it->second);
}

const Framework *Catalogue::framework(const QString &id) const
{
    for (const Framework &f : m_frameworks) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QString Catalogue::reference(const QString &id) const
{
    const Requirement *r = requirement(id);
    if (!r)
        return id;
    const Framework *f = framework(r->framework);
    return (f ? f->shortTitle : r->framework) + QLatin1Char(' ') + r->clause;
}

} // namespace Continuity
