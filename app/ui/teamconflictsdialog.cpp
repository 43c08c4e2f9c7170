// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconflictsdialog.h"

#include "db/atlasdatabase.h"
#include "team/teamrowtext.h"
#include "team/teamsync.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twinatlas {

TeamConflictsDialog::TeamConflictsDialog(AtlasDatabase &atlas, QWidget *parent)
    : QDialog(parent),
      m_atlas(atlas),
      m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_keep(new QPushButton(tr("&Keep Mine"), this)),
      m_take(new QPushButton(tr("&Take the Team's"), this))
{
    setObjectName(QStringLiteral("teamConflictsDialog"));
    setWindowTitle(tr("Team Conflicts"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("teamConflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Row"), tr("Field"), tr("Yours"), tr("The team's"), tr("Changed by")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    m_keep->setToolTip(tr("Keep your value; the next sync sends it to the team."));
    m_take->setToolTip(tr("Take the other value into this atlas now."));
    connect(m_keep, &QPushButton::clicked, this, [this] { settleSelected(true); });
    connect(m_take, &QPushButton::clicked, this, [this] { settleSelected(false); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TeamConflictsDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_take, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void TeamConflictsDialog::reload()
{
    QString error;
    m_list->clear();
    if (!TeamSync::conflicts(m_atlas, &m_conflicts, &error)) {
        m_conflicts.clear();
        m_summary->setText(tr("The conflicts could not be read: %1").arg(error));
        updateButtons();
        return;
    }
    const TeamRowText text(m_atlas.connection());
    const QLocale locale;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const TeamConflict &c = m_conflicts.at(i);
        QString field, mine, theirs;
        if (c.field < 0) {
            field = tr("The whole %1").arg(TeamKinds::kindLabel(c.kind));
            mine = c.localDeleted ? tr("Removed") : tr("Changed");
            theirs = c.remoteDeleted ? tr("Removed") : tr("Changed");
        } else {
            field = TeamKinds::fieldLabel(c.kind, c.field);
            mine = text.value(c.kind, c.field, c.localValue);
            theirs = text.value(c.kind, c.field, c.remoteValue);
        }
        const QDateTime localAt = QDateTime::fromString(c.localAt, Qt::ISODateWithMs);
        if (localAt.isValid())
            mine = tr("%1 (you, %2)").arg(mine, locale.toString(localAt.toLocalTime(), QLocale::ShortFormat));
        const QString who = c.remoteAt.isValid()
                ? tr("%1, %2").arg(c.remoteBy, locale.toString(c.remoteAt.toLocalTime(), QLocale::ShortFormat))
                : c.remoteBy;
        auto *item = new QTreeWidgetItem(m_list, {text.row(c.kind, c.key), field, mine, theirs, who});
        item->setData(0, Qt::UserRole, i);
        for (int column = 0; column < 5; ++column)
            item->setToolTip(column, item->text(column));
    }
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    m_summary->setText(m_conflicts.isEmpty()
                               ? tr("No conflicts: this atlas and the team agree.")
                               : tr("These were changed here and by someone else since the last "
                                    "sync. Until you choose, your value stays here and the team "
                                    "keeps the other."));
    if (!m_conflicts.isEmpty() && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void TeamConflictsDialog::settleSelected(bool keepLocal)
{
    QVector<TeamConflict> chosen;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        chosen << m_conflicts.value(item->data(0, Qt::UserRole).toInt());
    bool changed = false;
    for (const TeamConflict &c : std::as_const(chosen)) {
        QString error;
        if (!TeamSync::settle(m_atlas, c, keepLocal, &error)) {
            QMessageBox::warning(this, tr("Cannot Settle the Conflict"), error);
            break;
        }
        changed = changed || !keepLocal;
    }
    reload();
    if (changed)
        emit atlasChanged();
    emit conflictsChanged(int(m_conflicts.size()));
}

void TeamConflictsDialog::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
}

} // namespace twinatlas
