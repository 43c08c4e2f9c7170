// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/applyresult.h"
#include "edit/editrows.h"
#include "formproblems.h"
#include "geo/lonlat.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace twinatlas {

/**
 * Adds a place the gazetteer lacks (a district, a village) or corrects one: its name, country
 * and kind, and its position, typed in degrees or set by clicking the map. Checked as the
 * user types by EditValidator, like every form.
 */
class PlaceDialog : public QDialog
{
    Q_OBJECT

public:
    using Commit = std::function<ApplyResult(const PlaceDialog &)>;

    explicit PlaceDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~PlaceDialog() override;

    /** Edits this stored place (as RowStore reads it). */
    void setPlace(const PlaceRow &row);
    /** A new place starts in this country (the one the user is looking at). */
    void setCountry(const QString &alpha2);
    void setPosition(LonLat position);
    bool isEditing() const { return m_row.id > 0; }

    PlaceRow row() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *countryBox() const { return m_country; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *lonEdit() const { return m_lon; }
    QLineEdit *latEdit() const { return m_lat; }
    QToolButton *mapButton() const { return m_mapButton; }
    QPushButton *okButton() const { return m_ok; }
    QString problemText(const QString &field) const { return m_problems.message(field); }

    /** "Town", "District", ... for a stored place kind. */
    static QString kindText(const QString &kind);

public slots:
    void accept() override;
    void validate();

signals:
    /** The user wants to set the position by clicking the map. */
    void mapPickRequested();

private:
    /** Degrees from text in the C or the user's locale; nothing if it is not a number. */
    static std::optional<double> parseDegrees(const QString &text);

    QSqlDatabase m_db;
    PlaceRow m_row;
    Commit m_commit;
    FormProblems m_problems;
    QLineEdit *m_name;
    QComboBox *m_country;
    QComboBox *m_kind;
    QLineEdit *m_lon;
    QLineEdit *m_lat;
    QToolButton *m_mapButton;
    QLabel *m_general;
    QPushButton *m_ok;
};

} // namespace twinatlas
