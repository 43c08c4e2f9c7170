// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/applyresult.h"
#include "edit/editrows.h"
#include "formproblems.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace twinatlas {

class DateField;
class PlaceField;
class SourceListEditor;

/**
 * Adds or edits a partnership: the two places (found as in the city list, or clicked on the
 * map), its kind and status, start and end at their own precision, a note and its sources.
 * Every change is checked at once by the rules the database keeps (EditValidator): the message
 * stands under the field at fault and OK stays disabled until none is left. OK hands the form
 * to the commit function; if the atlas still refuses, the dialog stays open and says why.
 */
class PartnershipDialog : public QDialog
{
    Q_OBJECT

public:
    using Commit = std::function<ApplyResult(const PartnershipDialog &)>;

    explicit PartnershipDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~PartnershipDialog() override;

    /** Edits this stored row (as RowStore reads it) and the sources it cites. */
    void setPartnership(const PartnershipRow &row, const QVector<SourceRow> &sources);
    /** A new partnership of these places (0 for none yet). */
    void setPlaces(qint64 placeId, qint64 partnerId = 0);
    bool isEditing() const { return m_row.id > 0; }

    /** The row the form stands for, every column (for an edit, the stored one changed). */
    PartnershipRow row() const;
    QVector<SourceRow> sources() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    PlaceField *placeField() const { return m_place; }
    PlaceField *partnerField() const { return m_partner; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *statusBox() const { return m_status; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    SourceListEditor *sourceEditor() const { return m_sources; }
    QPushButton *okButton() const { return m_ok; }
    /** The message shown beside a field (a column name, or title, url, sources). */
    QString problemText(const QString &field) const;

public slots:
    void accept() override;
    /** Checks the form as it stands and shows what is wrong. */
    void validate();

signals:
    /** The user wants to click this field's place on the map. */
    void mapPickRequested(twinatlas::PlaceField *field);

private:
    QVector<EditProblem> problems() const;

    QSqlDatabase m_db;
    PartnershipRow m_row;
    Commit m_commit;
    FormProblems m_problems;
    PlaceField *m_place;
    PlaceField *m_partner;
    QComboBox *m_kind;
    QComboBox *m_status;
    DateField *m_start;
    DateField *m_end;
    QPlainTextEdit *m_note;
    SourceListEditor *m_sources;
    QLabel *m_general;
    QPushButton *m_ok;
};

} // namespace twinatlas
