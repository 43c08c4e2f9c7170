// SPDX-License-Identifier: GPL-3.0-or-later
#include "formproblems.h"

#include <QLabel>
#include <QVBoxLayout>

namespace twinatlas {

QLabel *FormProblems::makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // Readable on light and dark themes alike: the theme's link colour is tuned for both, and
    // a red of the same lightness reads as a warning.
    QColor red = palette.color(QPalette::Link);
    red.setHsv(2, std::max(160, red.saturation()), red.value());
    palette.setColor(QPalette::WindowText, red);
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget *FormProblems::wrap(QWidget *field, const QString &name)
{
    auto *box = new QWidget(field->parentWidget());
    // As tall as the field and its message, never taller: a dialog's spare height must not
    // open gaps under the fields (it goes above the buttons instead).
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *label = makeMessageLabel(box);
    label->setObjectName(name + QStringLiteral("Problem"));
    label->setBuddy(field);
    layout->addWidget(label);
    m_labels.insert(name, label);
    return box;
}

void FormProblems::addLabel(const QString &name, QLabel *label)
{
    label->setObjectName(name + QStringLiteral("Problem"));
    m_labels.insert(name, label);
}

void FormProblems::setGeneralLabel(QLabel *label)
{
    m_general = label;
}

void FormProblems::show(const QVector<EditProblem> &problems, const QSet<QString> &quiet)
{
    m_count = int(problems.size());
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const EditProblem &p : problems) {
        if (quiet.contains(p.field))
            continue;
        if (m_labels.value(p.field))
            byField[p.field] << p.message;
        else
            general << p.message;
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (!it.value())
            continue;
        // One message per field is enough to act on; the first is the most basic.
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.value(0));
        it.value()->setVisible(!messages.isEmpty());
    }
    if (m_general) {
        general.removeDuplicates();
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
}

QString FormProblems::message(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    if (label)
        return label->isVisibleTo(label->parentWidget()) ? label->text() : QString();
    return {};
}

bool FormProblems::isShown(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label && label->isVisibleTo(label->window()) && !label->text().isEmpty();
}

} // namespace twinatlas
