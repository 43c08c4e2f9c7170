// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/editproblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

class QLabel;
class QWidget;

namespace twinatlas {

/**
 * The messages of a form's checks, each in a label right under its field, as the user types.
 * Fields are named by their column ("start_date"), as EditProblem names them, so that the
 * checks of EditValidator and the writer's refusals land beside the field they are about.
 * A problem of a field the form does not show goes to the general label.
 */
class FormProblems
{
    Q_DECLARE_TR_FUNCTIONS(FormProblems)

public:
    /** field with its message label under it, in a widget for a form layout's row. */
    QWidget *wrap(QWidget *field, const QString &name);
    /** A message label of its own for a field that is not one widget (a list). */
    void addLabel(const QString &name, QLabel *label);
    /** Where problems of no shown field go (usually above the buttons). */
    void setGeneralLabel(QLabel *label);

    /**
     * Shows the problems, except those of fields in quiet (empty fields the user has not got
     * to yet: a new form should not open full of complaints). Any problem, shown or not, counts
     * for hasProblems().
     */
    void show(const QVector<EditProblem> &problems, const QSet<QString> &quiet = {});
    bool hasProblems() const { return m_count > 0; }
    /** The message shown beside a field, or empty. */
    QString message(const QString &field) const;
    bool isShown(const QString &field) const;

    /** A label in the colour of error text, for messages under fields. */
    static QLabel *makeMessageLabel(QWidget *parent);

private:
    QHash<QString, QPointer<QLabel>> m_labels;
    QPointer<QLabel> m_general;
    int m_count = 0;
};

} // namespace twinatlas
