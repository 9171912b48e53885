// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

namespace Continuity::FormParts {

// The parts every form of the Compliance area shares: a red line that names what the document
// refused (hidden while empty), and OK / Cancel.
inline QLabel *errorLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("dialogError"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01c1c"));
    label->hide();
    return label;
}

inline QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

inline void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Continuity::FormParts
