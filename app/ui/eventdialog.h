// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/applyresult.h"
#include "edit/editrows.h"
#include "formproblems.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace twinatlas {

class DateField;
class SourceListEditor;

/**
 * An event in the history of a partnership: its type (signed, renewed, …, note), the date at
 * its own precision, a description and its sources. The same form ends, suspends, resumes or
 * renews a partnership (setStatusChange): the type is then fixed, and the event's date is
 * what the partnership's end becomes. Checked as the user types, like every form.
 */
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    using Commit = std::function<ApplyResult(const EventDialog &)>;

    explicit EventDialog(QWidget *parent = nullptr);
    ~EventDialog() override;

    /** A new event of this partnership; title names it ("Düsseldorf – Reading"). */
    void setPartnership(qint64 partnershipId, const QString &title);
    /** Edits this stored event (as RowStore reads it) and the sources it cites. */
    void setEvent(const EventRow &row, const QVector<SourceRow> &sources, const QString &title);
    /**
     * The form for ending ("ended"), suspending, resuming or renewing: the type is fixed, and
     * an end cannot come before the partnership's start.
     */
    void setStatusChange(const QString &eventType, const QString &partnershipStart);

    EventRow row() const;
    QVector<SourceRow> sources() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    QComboBox *typeBox() const { return m_type; }
    DateField *dateField() const { return m_date; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    SourceListEditor *sourceEditor() const { return m_sources; }
    QPushButton *okButton() const { return m_ok; }
    QString problemText(const QString &field) const;

public slots:
    void accept() override;
    void validate();

private:
    EventRow m_row;
    QString m_partnershipStart;
    bool m_statusChange = false;
    Commit m_commit;
    FormProblems m_problems;
    QLabel *m_heading;
    QComboBox *m_type;
    DateField *m_date;
    QPlainTextEdit *m_description;
    SourceListEditor *m_sources;
    QLabel *m_general;
    QPushButton *m_ok;
};

} // namespace twinatlas
