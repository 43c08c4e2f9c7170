// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/teamconflict.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace twinatlas {

class AtlasDatabase;

/**
 * File ▸ Team conflicts…: every field changed here and on another desktop to different values
 * (and every row removed on one side and changed on the other), with both values, who made the
 * other change and when. The user keeps their own value (the next sync sends it) or takes the
 * team's; until then the local value stays.
 */
class TeamConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    TeamConflictsDialog(AtlasDatabase &atlas, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int count() const { return int(m_conflicts.size()); }

public slots:
    void reload();
    void settleSelected(bool keepLocal);

signals:
    /** A choice changed the atlas (the team's value was taken): the views should follow. */
    void atlasChanged();
    /** How many conflicts are left, after each choice. */
    void conflictsChanged(int count);

private:
    void updateButtons();

    AtlasDatabase &m_atlas;
    QVector<TeamConflict> m_conflicts;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace twinatlas
