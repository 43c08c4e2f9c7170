// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace twinatlas {

/**
 * A date at its own precision, typed as ISO 8601 ("1988", "1988-11", "1988-11-17"), with the
 * way the atlas will show it beside the field ("November 1988"), so the user sees that a year
 * alone is kept as a year and not turned into the 1st of January.
 */
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &iso);
    QLineEdit *lineEdit() const { return m_edit; }
    /** The date as shown beside the field; empty while it is not a date. */
    QString reading() const;

signals:
    void textChanged(const QString &text);

private:
    void updateReading();

    QLineEdit *m_edit;
    QLabel *m_reading;
};

} // namespace twinatlas
