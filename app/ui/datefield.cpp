// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "db/partialdate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace twinatlas {

DateField::DateField(QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_reading(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_edit->setMaxLength(10);
    // Room for the longest form and its placeholder; the reading takes the rest.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText())
                            + 16);
    m_reading->setObjectName(QStringLiteral("dateReading"));
    m_reading->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_reading, 1);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateReading();
        emit textChanged(text.trimmed());
    });
}

QString DateField::text() const
{
    return m_edit->text().trimmed();
}

void DateField::setText(const QString &iso)
{
    m_edit->setText(iso);
}

QString DateField::reading() const
{
    return m_reading->text();
}

void DateField::updateReading()
{
    const PartialDate date = PartialDate::fromIso(text());
    m_reading->setText(date.isValid() ? date.toDisplayString() : QString());
}

} // namespace twinatlas
