// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Continuity {

PreferencesDialog::PreferencesDialog(const QList<QPair<QString, QString>> &languages,
                                     const QString &current, const QString &displayName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_name(new QLineEdit(displayName))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    auto *note = new QLabel(tr("The window reopens in the chosen language, on the same plan."));
    note->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("As the account says"));
    m_name->setToolTip(tr("Recorded in the plan's audit trail beside your login with every change "
                          "you make"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Your &name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::displayName() const
{
    return m_name->text().trimmed();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace Continuity
