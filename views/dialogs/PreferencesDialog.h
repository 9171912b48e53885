// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QLineEdit;

namespace Continuity {

// Edit > Preferences: the language of the window (docs/translations.md), "System language"
// first, and the user's name as the audit trail records it beside the login
// (docs/audit-trail.md). The window applies the choices; this only asks.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `languages`: (code, name in itself); `current`: the chosen code, empty for the system's.
    PreferencesDialog(const QList<QPair<QString, QString>> &languages, const QString &current,
                      const QString &displayName, QWidget *parent = nullptr);

    QString language() const; // empty: the system's
    QString displayName() const;
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
    QLineEdit *m_name;
};

} // namespace Continuity
