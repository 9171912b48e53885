// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;

namespace Continuity {

// Edit > Preferences: the language of the window (docs/translations.md), "System language"
// first. The window applies the choice; this only asks.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `languages`: (code, name in itself); `current`: the chosen code, empty for the system's.
    PreferencesDialog(const QList<QPair<QString, QString>> &languages, const QString &current,
                      QWidget *parent = nullptr);

    QString language() const; // empty: the system's
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
};

} // namespace Continuity
