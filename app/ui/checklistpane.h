// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "edit/applyresult.h"
#include "formproblems.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace twinatlas {

class AtlasEdits;
class AtlasSelection;
class ChecklistModel;
class DateField;

/**
 * The collector's checklist for the selected place: each of its partners with its postcard
 * received (when, and a note: the sender, what the card shows), wanted, or not yet; how far
 * the collection has come ("5 of 12 twins"); and the list as CSV for a spreadsheet. Every
 * mark is an undoable edit (AtlasEdits).
 */
class ChecklistPane : public QWidget
{
    Q_OBJECT

public:
    ChecklistPane(QSqlDatabase db, AtlasSelection *selection, AtlasEdits *edits,
                  QWidget *parent = nullptr);
    ~ChecklistPane() override;

    /** Reads the checklist of the selected place again (after any change of the atlas). */
    void reload();
    void setReadOnly(bool readOnly);

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString progressText() const;
    DateField *dateField() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *receivedButton() const { return m_received; }
    QPushButton *wantedButton() const { return m_wanted; }
    QPushButton *notYetButton() const { return m_notYet; }
    QPushButton *exportButton() const { return m_export; }
    /** The partners whose card has been received, for the map to mark. */
    QSet<qint64> partnersWithCard() const;

    /** Marks the card of the partner in row as state, with the date and note in the fields. */
    ApplyResult mark(int row, ChecklistItem::State state);
    /** Writes the list shown as CSV (ChecklistCsvWriter); false with error set on failure. */
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void cardsChanged(const QSet<qint64> &partnersWithCard);

private:
    void showPlace(qint64 placeId);
    void currentRowChanged();
    void updateButtons();
    void exportAs();
    int currentRow() const;

    AtlasReader m_reader;
    AtlasSelection *m_selection;
    AtlasEdits *m_edits;
    ChecklistModel *m_model;
    QString m_placeUid;
    QString m_placeName;
    bool m_readOnly = false;
    FormProblems m_problems;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_heading;
    QLabel *m_progress;
    QTreeView *m_view;
    DateField *m_date;
    QLineEdit *m_note;
    QPushButton *m_received;
    QPushButton *m_wanted;
    QPushButton *m_notYet;
    QPushButton *m_export;
};

} // namespace twinatlas
