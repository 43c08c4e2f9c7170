// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/editproblem.h"
#include "edit/editrows.h"
#include "formproblems.h"

#include <QVector>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace twinatlas {

/**
 * The sources a partnership or an event cites: the list of those already cited, and fields
 * for a new one (a title, and an http(s) address or the name of a document). A new source
 * typed into the fields counts without pressing "Add another": a user who fills them in and
 * presses OK means it. Double-clicking a listed source opens it only if it is a web link.
 */
class SourceListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SourceListEditor(QWidget *parent = nullptr);

    /** The sources cited now (with their ids). */
    void setSources(const QVector<SourceRow> &sources);
    /** The listed sources, then the one in the fields if any of them is filled in. */
    QVector<SourceRow> sources() const;
    /** Fills the fields of a new source, as a user would type it. */
    void setNewSource(const QString &title, const QString &url, const QString &document = {});

    /** At least one source needed (partnerships); empty fields with none listed is a problem. */
    void setRequired(bool required) { m_required = required; }
    /**
     * The problems of the new source's fields ("title", "url") and of the list ("sources"),
     * shown beside them unless quiet (untouched and empty).
     */
    QVector<EditProblem> check();
    QString message(const QString &field) const { return m_problems.message(field); }
    bool isTouched() const { return m_touched; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *documentEdit() const { return m_document; }
    QListWidget *listWidget() const { return m_list; }

signals:
    void changed();

private:
    bool hasNewSource() const;
    SourceRow newSource() const;
    void addListed(const SourceRow &source);
    void addNewToList();
    void removeCurrent();
    void openItem(QListWidgetItem *item);

    QListWidget *m_list;
    QPushButton *m_remove;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_document;
    QPushButton *m_addAnother;
    FormProblems m_problems;
    QVector<SourceRow> m_listed;
    bool m_required = false;
    bool m_touched = false;
};

} // namespace twinatlas
