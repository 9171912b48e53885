// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Continuity::Language {

namespace {

const QString Key = QStringLiteral("language");

// Owned here: at most one set of translators is installed at a time.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString preferred()
{
    const QString code = QSettings().value(Key).toString();
    return available().contains(code) ? code : QString();
}

void setPreferred(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(Key);
    else
        QSettings().setValue(Key, code);
}

QString resolve(const QString &preferredCode)
{
    if (available().contains(preferredCode))
        return preferredCode;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void install(const QString &code)
{
    for (std::unique_ptr<QTranslator> *t : {&appTranslator(), &qtTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    // English carries the plural forms ("1 step", "2 steps"); the others translate everything.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/continuity_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (code != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    const QLocale system = QLocale::system();
    // The system's own locale when it speaks this language (de_CH keeps its formats), else
    // the language's main one.
    QLocale::setDefault(system.name().startsWith(code) ? system : QLocale(code));
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

} // namespace Continuity::Language
